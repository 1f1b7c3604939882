"""The files every annex ends with, whatever it shows: the page (index.html), its PDF printed
by headless Chromium where there is one, and the manifest (manifest.json, written last: lmsim
report publishes the annex only once it is complete; docs/report.md)."""
import html
import json
import sys

import html_page


def finish_annex(folder, lang, page, charts, tables, workbook, texts, manifest, records=()):
    """Writes the page, the PDF and the manifest; returns the names of every file written.

    page: title, intro, source, first_page and method (html_page.write_page's texts);
    manifest: the annex's own entries (title, scope, year, files, ...); records: further files
    the annex wrote (such as reproducibility.txt)."""
    chromium = html_page.find_chromium()
    pdf = f"annex_{lang}.pdf"
    downloads = texts["downloads"].format(
        xlsx=f'<a href="{workbook}">{html.escape(workbook)}</a>')
    if chromium is not None:
        downloads += " " + texts["pdf_download"].format(pdf=f'<a href="{pdf}">{pdf}</a>')
    html_page.write_page(folder / "index.html", lang, page["title"], page["intro"],
                         page["source"], downloads, charts, tables, texts, page["first_page"],
                         page["method"])
    written = [name for chart in charts for name in (chart["png"], chart["svg"])]
    written += [f"{i}.csv" for i, _, _ in tables] + [workbook, *records, "index.html"]
    if chromium is not None:
        html_page.write_pdf(chromium, folder / "index.html", folder / pdf)
        written.append(pdf)
    else:
        print(f"lmsim report: note: no {pdf}: the PDF needs Chromium ({html_page.CHROMIUM}, "
              "Debian package chromium, installed by scripts/setup.sh; LMSIM_CHROMIUM names "
              "another); the rest of the annex is written", file=sys.stderr)
    manifest = {"generator": "lmsim report", "lang": lang, **manifest,
                "pdf": pdf if chromium is not None else None, "charts": charts,
                "tables": [{"id": i, "title": t, "csv": f"{i}.csv"} for i, t, _ in tables],
                "workbook": workbook, "written": written}
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False),
                                          encoding="utf-8")
    return written
