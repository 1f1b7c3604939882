"""The HTML page of the annex: a short explanation, every chart (PNG, with a link to its SVG)
and every table, in one self-contained folder that opens from disk or a web server.

A small script marks the page once its images have loaded (data-charts-loaded on <body>), so a
headless browser test can check that the charts really load.
"""
import html

import numpy as np

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{title}</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; max-width: 1250px; margin: 2em auto;
       color: #222; line-height: 1.45; }}
h1 {{ font-size: 1.6em; }} h2 {{ font-size: 1.25em; margin-top: 2em; }}
figure {{ margin: 1.5em 0; }} figure img {{ max-width: 100%; border: 1px solid #ddd; }}
figcaption {{ font-size: 0.9em; color: #555; }}
table {{ border-collapse: collapse; font-size: 0.8em; margin: 1em 0; }}
th, td {{ border: 1px solid #ccc; padding: 2px 6px; text-align: right; }}
th {{ background: #f0f0f0; }} td:nth-child(-n+3) {{ text-align: left; }}
.source {{ font-size: 0.85em; color: #555; }}
</style>
</head>
<body data-charts-total="{chart_count}" data-charts-loaded="0">
<h1>{title}</h1>
{intro}
<p class="source">{source}</p>
<p>{downloads}</p>
<h2>{charts_heading}</h2>
{figures}
<h2>{tables_heading}</h2>
{tables}
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


def _figure(chart, texts):
    return (f'<figure id="{chart["id"]}"><img src="{chart["png"]}" alt="{html.escape(chart["alt"])}">'
            f'<figcaption>{html.escape(chart["title"])} ({html.escape(chart["caption"])}). '
            f'<a href="{chart["svg"]}">{texts["svg_link"]}</a></figcaption></figure>')


def _table(title, file_id, table):
    body = table.replace([np.inf], "inf").to_html(index=False, border=0, na_rep="")
    return (f'<h3 id="table-{file_id}">{html.escape(title)} '
            f'(<a href="{file_id}.csv">CSV</a>)</h3>\n{body}')


def write_page(path, lang, title, intro, source, downloads, charts, tables, texts):
    """intro: the paragraphs that open the page."""
    page = PAGE.format(
        lang=lang, title=html.escape(title),
        intro="\n".join(f"<p>{html.escape(paragraph)}</p>" for paragraph in intro),
        source=html.escape(source),
        downloads=downloads, chart_count=len(charts), charts_heading=texts["charts"],
        figures="\n".join(_figure(c, texts) for c in charts), tables_heading=texts["tables"],
        tables="\n".join(_table(t, i, table) for i, t, table in tables))
    path.write_text(page, encoding="utf-8")
