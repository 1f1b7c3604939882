"""The HTML page of the annex: a short explanation, every chart (PNG, with a link to its SVG)
and every table, in one self-contained folder that opens from disk or a web server.

The page has print styles (A4, each section on a new page, no chart or table split) and is
printed to annex_LANG.pdf by headless Chromium (write_pdf).

A small script marks the page once its images have loaded (data-charts-loaded on <body>), so a
headless browser test can check that the charts really load.
"""
import ctypes
import html
import os
import shutil
import signal
import subprocess
import tempfile

import numpy as np

# The browser that prints the page to PDF: Debian's chromium (scripts/setup.sh installs it);
# LMSIM_CHROMIUM names another Chromium-like binary.
CHROMIUM = "chromium"
# Seconds a print may take; the page is local, so this is far more than it needs.
PDF_TIMEOUT = 300

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1250px; margin: 2em auto;
       color: #222; line-height: 1.45; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.25em; margin-top: 2em; }}
h3 {{ font-size: 1.05em; margin: 1.2em 0 0.4em; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; border: 1px solid #ddd; }}
figcaption {{ font-size: 0.9em; color: #555; }}
table {{ border-collapse: collapse; font-size: 0.8em; margin: 1em 0; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: right; }}
th {{ background: #f0f0f0; }} td:nth-child(-n+3) {{ text-align: left; }}
table.stamp th, table.stamp td {{ text-align: left; vertical-align: top; }}
.source {{ font-size: 0.85em; color: #555; }}
.question {{ font-size: 1.1em; }}
.scenario p {{ margin: 0.3em 0; }} .scenario ul {{ margin: 0.2em 0 0.6em; }}
.description, .lever-source, .rule {{ font-size: 0.9em; color: #444; }}
ul.finding-groups {{ padding-left: 0; list-style: none; }}
ul.findings li {{ margin-bottom: 0.2em; }}
nav ul {{ list-style: none; padding-left: 1.2em; }} nav > ul {{ padding-left: 0; }}
@page {{ size: A4; margin: 16mm 14mm 16mm 14mm; }}
@media print {{
  body {{ max-width: none; margin: 0; font-size: 9.5pt; line-height: 1.35; }}
  section.page {{ break-before: page; }}
  h2 {{ margin-top: 0; }}
  h2, h3 {{ break-after: avoid; }}
  figure, table, tr, .scenario, ul.finding-groups > li, nav li {{ break-inside: avoid; }}
  figure img {{ max-height: 225mm; object-fit: contain; }}
  table {{ font-size: 7.5pt; }}
  a {{ color: inherit; text-decoration: none; }}
  .file-link, .downloads {{ display: none; }}  /* links to files mean nothing on paper */
  section.first-page {{ font-size: 9pt; }}  /* the first page stays one page */
  section.first-page .description, section.first-page .lever-source {{ font-size: 8pt; }}
  p.units {{ break-after: avoid; }}
  p.notes {{ break-before: avoid; break-inside: avoid; }}
}}
</style>
</head>
<body data-charts-total="{chart_count}" data-charts-loaded="0">
<section id="summary" class="first-page">
<h1>{title}</h1>
{first_page}
<p class="source">{source}</p>
</section>
<section id="contents" class="page">
<h2>{contents_heading}</h2>
<nav>{contents}</nav>
</section>
<section id="explanation" class="page">
<h2>{explanation_heading}</h2>
{intro}
<p class="source">{source}</p>
<p class="downloads">{downloads}</p>
</section>
<section id="charts" class="page">
<h2>{charts_heading}</h2>
{figures}
</section>
<section id="tables" class="page">
<h2>{tables_heading}</h2>
{tables}
</section>
<section id="method" class="page">
<h2>{method_heading}</h2>
{method}
</section>
<script>
window.addEventListener("load", function () {{
  var images = Array.prototype.slice.call(document.querySelectorAll("figure img"));
  var loaded = images.filter(function (img) {{ return img.complete && img.naturalWidth > 0; }});
  document.body.setAttribute("data-charts-loaded", String(loaded.length));
}});
</script>
</body>
</html>
"""

# The sections of the first page and of the Verantwoording, as first_page.py and
# method_sources.py name their headings (id, key in texts.py).
SUMMARY_PARTS = [("question", "question_heading"), ("scenarios", "scenarios_heading"),
                 ("findings", "findings_heading"), ("outlook", "outlook_heading")]
METHOD_PARTS = [("method-model", "method_model_heading"), ("limitations", "limitations_heading"),
                ("estimated-inputs", "estimated_heading"), ("reproducibility", "stamp_heading")]


def _figure(chart, texts):
    alt = html.escape(chart["alt"])
    return (f'<figure id="{chart["id"]}"><img src="{chart["png"]}" alt="{alt}">'
            f'<figcaption>{html.escape(chart["title"])} ({html.escape(chart["caption"])}). '
            f'<a class="file-link" href="{chart["svg"]}">{texts["svg_link"]}</a></figcaption>'
            "</figure>")


def _table(title, file_id, table):
    from tables import html_table  # the tables say how they are shown (tables.py, Layout)

    return html_table(title, file_id, table)


def _link(target, label, children=()):
    nested = f"<ul>{''.join(children)}</ul>" if children else ""
    return f'<li><a href="#{target}">{html.escape(label)}</a>{nested}</li>'


def contents(charts, tables, texts):
    """The table of contents: every section of the page, its charts, tables and parts."""
    def parts(items):
        return [_link(i, texts[key]) for i, key in items]
    return "<ul>" + "".join([
        _link("summary", texts["page_summary"], parts(SUMMARY_PARTS)),
        _link("explanation", texts["page_explanation"]),
        _link("charts", texts["charts"], [_link(c["id"], c["title"]) for c in charts]),
        _link("tables", texts["tables"], [_link(f"table-{i}", t) for i, t, _ in tables]),
        _link("method", texts["method_heading"], parts(METHOD_PARTS))]) + "</ul>"


def write_page(path, lang, title, intro, source, downloads, charts, tables, texts, first_page,
               method):
    """intro: the paragraphs of the explanation; first_page and method: the HTML of the first
    page (below its title) and of the Verantwoording (below its heading)."""
    page = PAGE.format(
        lang=lang, title=html.escape(title), first_page=first_page,
        contents_heading=texts["page_contents"], contents=contents(charts, tables, texts),
        explanation_heading=texts["page_explanation"],
        intro="\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in intro),
        source=html.escape(source),
        downloads=downloads, chart_count=len(charts), charts_heading=texts["charts"],
        figures="\n".join(_figure(c, texts) for c in charts), tables_heading=texts["tables"],
        tables="\n".join(_table(t, i, table) for i, t, table in tables),
        method_heading=texts["method_heading"], method=method)
    path.write_text(page, encoding="utf-8")


def find_chromium():
    """The path of the browser that prints the PDF, or None where there is none."""
    name = os.environ.get("LMSIM_CHROMIUM") or CHROMIUM
    return shutil.which(name)


def _die_with_parent():
    """Chromium goes when the annex maker goes (killed with lmsim: docs/report.md)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _stop(process):
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def write_pdf(chromium, page, pdf):
    """Prints the page to a PDF with headless Chromium (A4 and margins from the page's CSS, no
    header or footer). Raises OSError where Chromium fails."""
    with tempfile.TemporaryDirectory(prefix="lmsim-chromium-") as profile:
        command = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--disable-background-networking", "--disable-component-update",
                   "--disable-sync", f"--user-data-dir={profile}", "--no-pdf-header-footer",
                   f"--print-to-pdf={pdf.resolve()}", page.resolve().as_uri()]
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                   text=True, start_new_session=True,
                                   preexec_fn=_die_with_parent)
        try:
            _, errors = process.communicate(timeout=PDF_TIMEOUT)
        except subprocess.TimeoutExpired:
            _stop(process)
            raise OSError(f"{chromium} did not print {page.name} to {pdf.name} within "
                          f"{PDF_TIMEOUT} s") from None
        except BaseException:  # a signal: take Chromium's helpers along
            _stop(process)
            raise
    if process.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        last = (errors.strip().splitlines() or ["no message"])[-1]
        raise OSError(f"{chromium} could not print {page.name} to {pdf.name} (exit code "
                      f"{process.returncode}: {last})")
