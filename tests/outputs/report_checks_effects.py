"""Checks of the annex's effects against the reference (outputs/report/differences.py,
effect_tables.py and the effect charts in charts.py), called from check_report.py:
- the effect tables' values equal scenario minus reference recomputed here from the two result
  files with h5py, absolute and in percent, per occupation with the area's total and per region
  with the country's total;
- the effect charts' SVG holds the title, the axis labels with their units and a zero line;
  every PNG is 300 dpi; every chart has an alt text, which the page's <img> carries;
- level charts tell files apart by line style and write ticks with the language's separators;
- two files with the same replicates give the band of the replicate-paired differences in the
  table (recomputed here) and in the chart; files without replicates give none.
"""
import html
import json
import re
import sys
from pathlib import Path

import h5py
import numpy as np
from PIL import Image

from checks import check, read_annex_csv

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "outputs" / "report"))
from number_format import format_number, format_percent  # noqa: E402

BAND = (2.5, 97.5)  # percentiles of the paired differences (differences.BAND_QUANTILES)
UNITS = {"nl": ("verschil met referentie (personen)", "verschil met referentie (%)"),
         "en": ("difference from reference (persons)", "difference from reference (%)")}
HEADERS = {"nl": {"employed": "Werkgelegenheid", "vacancies": "Openstaande vacatures",
                  "difference": "verschil", "percent": "verschil (%)",
                  "low": "verschil 2,5e percentiel", "high": "verschil 97,5e percentiel"},
           "en": {"employed": "Employment", "vacancies": "Open vacancies",
                  "difference": "difference", "percent": "difference (%)",
                  "low": "difference 2.5th percentile", "high": "difference 97.5th percentile"}}


def annual(path, name, region):
    """Annual means [replicate, year, occupation] (one replicate for a deterministic file) for a
    region code or 'all'; the files start in January 2025 with monthly steps, and an ensemble
    has its replicates first (check_report.make_ensemble)."""
    with h5py.File(path, "r") as f:
        data = f[name][:]
        regions = [r.decode() for r in f["region"][:]]
    if data.ndim == 3:
        data = data[np.newaxis]
    data = data.sum(axis=2) if region == "all" else data[:, :, regions.index(region), :]
    years = data.shape[1] // 12
    return np.stack([data[:, 12 * y:12 * y + 12].mean(axis=1) for y in range(years)], axis=1)


def by_region(path, name, year_index):
    """Annual means [replicate, region, occupation] in one year."""
    with h5py.File(path, "r") as f:
        data = f[name][:]
    if data.ndim == 3:
        data = data[np.newaxis]
    return data[:, 12 * year_index:12 * year_index + 12].mean(axis=1)


def read_csv(path):
    rows = read_annex_csv(path)
    return rows[0], rows[1:]


def close(text, expected, tolerance):
    return abs(float(text) - float(expected)) <= tolerance + 1e-9 * max(1.0, abs(expected))


def check_difference(header, row, label, reference, scenario, what):
    """The row's reference, scenario, difference and percent columns of one variable."""
    difference = scenario - reference
    percent = 100.0 * difference / reference
    for column, expected, tolerance in ((f"{label} {what['reference']}", reference, 0.5),
                                        (f"{label} {what['scenario']}", scenario, 0.5),
                                        (f"{label} {what['difference']}", difference, 0.5),
                                        (f"{label} {what['percent']}", percent, 0.0005)):
        value = row[header.index(column)]
        check(close(value, expected, tolerance),
              f"{column} of {row[1]} = {value}, h5py gives {expected}")


def labels(lang):
    words = dict(HEADERS[lang])
    words.update({"reference": "referentie", "scenario": "scenario"} if lang == "nl"
                 else {"reference": "reference", "scenario": "scenario"})
    return words


def check_occupation_table(annex, reference, scenario, region, lang, year_index):
    header, rows = read_csv(annex / "effect_occupations.csv")
    what = labels(lang)
    check(len(rows) == 15 and rows[-1][1] == "TOTAL",
          f"{lang}: effect table: a row per occupation and the total")
    for name in ("employed", "vacancies"):
        ref = annual(reference, name, region).mean(axis=0)[year_index]
        sce = annual(scenario, name, region).mean(axis=0)[year_index]
        for o, row in enumerate(rows[:14]):
            check_difference(header, row, what[name], ref[o], sce[o], what)
        check_difference(header, rows[14], what[name], ref.sum(), sce.sum(), what)
    return header, rows


def check_region_table(annex, reference, scenario, lang, year_index):
    header, rows = read_csv(annex / "effect_regions.csv")
    what = labels(lang)
    with h5py.File(reference, "r") as f:
        codes = [r.decode() for r in f["region"][:]]
    check([row[1] for row in rows] == codes + ["NL"],
          f"{lang}: effect table by region: a row per region and the country")
    for name in ("employed", "vacancies"):
        ref = by_region(reference, name, year_index).mean(axis=0).sum(axis=1)
        sce = by_region(scenario, name, year_index).mean(axis=0).sum(axis=1)
        for r, row in enumerate(rows[:-1]):
            check_difference(header, row, what[name], ref[r], sce[r], what)
        check_difference(header, rows[-1], what[name], ref.sum(), sce.sum(), what)


def svg_text(path):
    return html.unescape(" ".join(re.findall(r">([^<>]+)</text>", path.read_text("utf-8"))))


def check_effect_charts(annex, lang, index=1):
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    charts = {c["id"]: c for c in manifest["charts"]}
    for chart_id in (f"effect_employment_{index}", f"effect_regions_{index}",
                     f"effect_heatmap_{index}"):
        check(chart_id in charts, f"{lang}: the annex has the chart {chart_id}")
        svg = annex / charts[chart_id]["svg"]
        text = svg_text(svg)
        check(charts[chart_id]["title"] in text, f"{lang}: {chart_id}.svg has its title")
        check(UNITS[lang][1] in text, f"{lang}: {chart_id}.svg has the axis label in percent")
        if chart_id != f"effect_heatmap_{index}":  # the heat map's scale is its colour bar
            check(re.search(r'id="zero_line_\d+"', svg.read_text("utf-8")) is not None,
                  f"{lang}: {chart_id}.svg draws the line of no change")
    check(UNITS[lang][0] in svg_text(annex / f"effect_employment_{index}.svg"),
          f"{lang}: the effect chart has the axis label in persons")
    check(len(re.findall(r'id="zero_line_\d+"',
                         (annex / f"effect_employment_{index}.svg").read_text("utf-8"))) == 4,
          f"{lang}: each of the effect chart's four panels has a zero line")


def check_every_chart(annex, lang):
    """300 dpi, an alt text in the manifest and on the page, separators in the ticks, line
    styles in the level charts."""
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    page = (annex / "index.html").read_text(encoding="utf-8")
    for chart in manifest["charts"]:
        dpi = Image.open(annex / chart["png"]).info.get("dpi", (0, 0))
        check(round(dpi[0]) == 300 and round(dpi[1]) == 300, f"{lang}: {chart['png']} is 300 dpi")
        alt = chart.get("alt", "")
        check(len(alt) > 40 and alt.endswith(".") and alt != chart["title"],
              f"{lang}: {chart['id']} has an alt text ({alt!r})")
        check(f'alt="{html.escape(alt)}"' in page, f"{lang}: the page's image of {chart['id']} "
              "carries its alt text")
    thousands = r"\d\.\d{3}" if lang == "nl" else r"\d,\d{3}"
    employment = svg_text(annex / "employment.svg")
    check(re.search(thousands, employment) is not None and "x 1.000" not in employment,
          f"{lang}: employment ticks with the language's thousands separator")
    check("stroke-dasharray" in (annex / "totals.svg").read_text("utf-8"),
          f"{lang}: the files' lines differ in style, not only in colour")


def check_alt_values(annex, reference, scenario, region, lang, year_index, year):
    """The effect chart's alt text gives the area's change in the year, in persons and percent."""
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    alt = [c["alt"] for c in manifest["charts"] if c["id"] == "effect_employment_1"][0]
    ref = annual(reference, "employed", region).mean(axis=0)[year_index].sum()
    sce = annual(scenario, "employed", region).mean(axis=0)[year_index].sum()
    persons = format_number(sce - ref, lang, signed=True)
    percent = format_percent((sce - ref) / ref, lang, 2, signed=True)
    check(str(year) in alt and f"{persons} " in alt and f"({percent})" in alt,
          f"{lang}: the effect chart's alt text gives the change {persons} ({percent}): {alt}")


def check_effects(annex, reference, scenario, region, lang):
    """The effect tables and charts of an annex of two deterministic files."""
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    year = manifest["year"]
    year_index = year - 2025
    header, _ = check_occupation_table(annex, reference, scenario, region, lang, year_index)
    check(not any(HEADERS[lang]["low"] in h for h in header),
          f"{lang}: files without replicates: no band columns")
    check_region_table(annex, reference, scenario, lang, year_index)
    check_effect_charts(annex, lang)
    check_every_chart(annex, lang)
    check_alt_values(annex, reference, scenario, region, lang, year_index, year)


def check_paired_band(annex, reference, scenario, region):
    """Two files with the same replicates: the band of the paired differences (English)."""
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    year_index = manifest["year"] - 2025
    header, rows = check_occupation_table(annex, reference, scenario, region, "en", year_index)
    differences = annual(scenario, "employed", region) - annual(reference, "employed", region)
    check(differences.shape[0] > 1, "ensemble: the files hold replicates")
    low, high = np.percentile(differences[:, year_index], BAND, axis=0)
    total_low, total_high = np.percentile(differences[:, year_index].sum(axis=1), BAND)
    for o, row in enumerate(rows):
        expected = (low[o], high[o]) if o < 14 else (total_low, total_high)
        for column, value in zip(("low", "high"), expected):
            text = row[header.index(f"Employment {HEADERS['en'][column]}")]
            check(close(text, value, 0.5), f"ensemble: band {column} of {row[1]} = {text}, "
                  f"h5py gives {value}")
    check(float(rows[-1][header.index("Employment difference 2.5th percentile")]) <
          float(rows[-1][header.index("Employment difference 97.5th percentile")]),
          "ensemble: the band of the total has a width")
    text = svg_text(annex / "effect_employment_1.svg")
    check("95% band of the differences paired by replicate" in text,
          "ensemble: the effect chart shows the paired band")
    check_effect_charts(annex, "en")
