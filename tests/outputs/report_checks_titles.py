"""Checks that the annex shows each scenario by the title and description of its language
(docs/report.md, "Scenario titles"; docs/scenarios.md, "Title and description in Dutch and
English"). Called from check_report.py's main() with the result files of the shipped baseline and
defence_expansion and the annexes it made of them (Dutch, English).

- titles_in(lang, files): the titles an annex of that language shows, read from the files with
  h5py: `title_<lang>` where the file has it, else `title`; check_charts of check_report.py looks
  for them in every chart's source line and legend;
- the shipped scenarios give both languages: each file has `title_nl` and `title_en`, and they
  differ for the baseline (so that the checks below can tell the languages apart);
- each annex's employment legend and first page hold every file's title of its language and not
  the other language's where it differs, and the first page the scenario's own description of its
  language;
- the Dutch annex of the shipped baseline has no English "Baseline" in its page or charts.
"""
import html
import re

import h5py

from checks import check


def _attribute(path, name):
    with h5py.File(path) as f:
        value = f.attrs.get(name, b"")
    return value.decode() if isinstance(value, bytes) else str(value)


def titles_in(lang, files):
    """The title of each file in the annex's language, as the annex picks it."""
    return [_attribute(path, f"title_{lang}") or _attribute(path, "title") for path in files]


def _page_text(annex):
    return html.unescape((annex / "index.html").read_text(encoding="utf-8"))


def _svg_text(path):
    return html.unescape(" ".join(re.findall(r">([^<>]+)</text>", path.read_text("utf-8"))))


def _first_page(annex):
    """The page up to its contents: the findings and the scenarios with their descriptions."""
    page = _page_text(annex)
    end = page.find('<section id="contents"')
    return page if end < 0 else page[:end]


def check_titles(annexes, files):
    """annexes: {"nl": folder, "en": folder} of the files (baseline first)."""
    for path in files:
        for lang in ("nl", "en"):
            check(_attribute(path, f"title_{lang}") and _attribute(path, f"description_{lang}"),
                  f"{path.name}: the result file has title_{lang} and description_{lang}")
    base = files[0]
    check(_attribute(base, "title_nl") != _attribute(base, "title_en"),
          f"{base.name}: its Dutch and English titles differ")
    for lang, other in (("nl", "en"), ("en", "nl")):
        annex = annexes[lang]
        legend = _svg_text(annex / "employment.svg")
        first_page = _first_page(annex)
        for path in files:
            own, foreign = _attribute(path, f"title_{lang}"), _attribute(path, f"title_{other}")
            check(own in legend and own in first_page,
                  f"{lang}: legend and first page show {path.name}'s title_{lang} '{own}'")
            if foreign != own and foreign not in own:
                check(foreign not in legend and foreign not in first_page,
                      f"{lang}: no title_{other} '{foreign}' of {path.name} in legend or page")
            description = _attribute(path, f"description_{lang}")
            check(description in first_page,
                  f"{lang}: the first page shows {path.name}'s description_{lang}")
    dutch = [_page_text(annexes["nl"])] + [_svg_text(p) for p in annexes["nl"].glob("*.svg")]
    check(not any(re.search(r"\bBaseline\b", text) for text in dutch),
          "nl: no English 'Baseline' on the page or in the charts of the Dutch annex")
