#!/usr/bin/env python3
"""The forecast annex of `lmsim report`, checked as a consultant would use it.

Usage: check_report.py LMSIM_BINARY SOURCE_DIR WORK_DIR

Runs the baseline and the defence-expansion scenario, makes the annex in Dutch (whole country)
and in English (Midden-Utrecht), and checks:
- every table, chart (PNG and SVG), the workbook and the HTML page exist;
- table values equal annual means recomputed here from the result files with h5py (rounded as
  the tables round them): tension = annual vacancies / annual WW benefits under 6 months, with
  UWV's classes; defence is in no tension table or heat map, and its formation (employed / target
  demand) has a table of its own; the workbook holds the same tables as the CSV files, one sheet
  each;
- the page's first paragraph names the outlook the run assumed (demand path, CBS forecast, AOW
  age, defence), in Dutch and English;
- a file without WW counts (an older lmsim's) gives an annex without tension and a line saying
  so; UWV's class boundaries (texts.py) put each bound in the class above;
- charts are readable: the SVG (text kept as text) holds the title, axis labels with units, a
  legend naming both scenarios and a source line with the scenario titles and lmsim's version;
  the PNG has that source line in its metadata and is not blank;
- the HTML page renders in headless Chromium with every chart loaded (the page's own script
  counts the images that loaded) and a screenshot that is not blank;
- a file with a replicate dimension gives uncertainty bands and tables of the replicate mean;
- files whose horizons end apart give an annex of the years all of them hold, which says so;
- mistakes (unknown region, existing folder, year outside the horizon, a file that is not a
  result) give exit code 2 and a message saying what is wrong, and leave nothing behind.
Exits non-zero with a message on the first failure; prints 'N passed, 0 failed' at the end.
"""
import csv
import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import h5py
import numpy as np
import openpyxl
import xarray as xr
from PIL import Image

import report_checks_page
import report_checks_tables  # noqa: E402  (beside this script, like checks)
import report_checks_titles
from checks import check, command_output, read_annex_csv, summary
from report_checks_effects import check_effects, check_paired_band
from report_checks_uncertainty import check_sweep_annex
from report_checks_groups import check_groups

# The annex maker's own words and class rule (outputs/report/texts.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "outputs" / "report"))
import texts  # noqa: E402

WW = "ww_under_6_months"


def without_ww_counts(path, copy):
    """A copy of the result file without WW counts, as an older lmsim wrote it."""
    ds = xr.open_dataset(path, engine="h5netcdf").load()
    ds.drop_vars([WW]).to_netcdf(copy, engine="h5netcdf")
    return copy


run = command_output


def annual_means(path, name, region):
    """year -> occupation vector of annual means, for a region code or 'all'."""
    with h5py.File(path, "r") as f:
        data = f[name][:]
        regions = [r.decode() for r in f["region"][:]]
        months = f["time"].shape[0]
    data = data.sum(axis=1) if region == "all" else data[:, regions.index(region), :]
    return {2025 + y: data[12 * y:12 * y + 12].mean(axis=0) for y in range(months // 12)}


def formation_means(path, name):
    """year -> national annual mean of a time x region variable (defence_posts, defence_filled)."""
    with h5py.File(path, "r") as f:
        data = f[name][:].sum(axis=1)
    return {2025 + y: data[12 * y:12 * y + 12].mean() for y in range(len(data) // 12)}


def check_class_boundaries():
    """UWV's classes: each bound belongs to the class above it (4 is zeer krap)."""
    for value, expected in ((0.0, "zeer ruim"), (0.2499, "zeer ruim"), (0.25, "ruim"),
                            (0.6699, "ruim"), (0.67, "gemiddeld"), (1.4999, "gemiddeld"),
                            (1.5, "krap"), (3.9999, "krap"), (4.0, "zeer krap"),
                            (float("inf"), "zeer krap")):
        check(texts.tension_class(value, "nl") == expected, f"class of {value} is {expected}")
    check(texts.tension_class(4.0, "en") == "very tight", "4 is very tight")
    check(texts.tension_class(float("nan"), "en") == "n/a", "a missing value has no class")


read_csv = read_annex_csv


def check_tables(annex, base, other, region, lang):
    employment = read_csv(annex / "employment.csv")
    header = employment[0]
    check(header[:3] == (["scenario", "code", "beroepsklasse"] if lang == "nl"
                         else ["scenario", "code", "occupation class"]), f"{lang}: table header")
    check(all(str(y) in header for y in (2025, 2030, 2035, 2040)), f"{lang}: years 2025..2040")
    for path, rows in ((base, employment[1:15]), (other, employment[16:30])):  # a total each
        expected = annual_means(path, "employed", region)
        for o, row in enumerate(rows):
            for year in (2025, 2030, 2040):
                value = float(row[header.index(str(year))])
                check(abs(value - expected[year][o]) <= 0.5 + 1e-6,
                      f"{lang}: employed {row[1]} {year} = {value}, h5py gives {expected[year][o]}")
    tension = read_csv(annex / "tension.csv")
    vacancies = annual_means(base, "vacancies", region)
    ww = annual_means(base, WW, region)
    # UWV's occupation classes only: 13 rows and a total per file, defence (the 14th) left out.
    check(len(tension) == 1 + 2 * 14 and all(row[1] != "DEF" for row in tension),
          f"{lang}: tension has a row per UWV occupation class, none for defence")
    for o, row in enumerate(tension[1:14]):
        expected = vacancies[2030][o] / ww[2030][o]
        check(abs(float(row[tension[0].index("2030")]) - expected) <= 0.005 + 1e-9,
              f"{lang}: tension {row[1]} 2030 = annual vacancies / annual WW benefits")
        last = vacancies[2040][o] / ww[2040][o]  # the class column is of the chosen year
        check(row[-1] == texts.tension_class(last, lang), f"{lang}: class of {row[1]} in 2040")
    classes = read_csv(annex / "tension_classes.csv")
    check(classes[0][3:] == [f"BRC{i:02d}" for i in range(1, 14)],
          f"{lang}: the heat-map table has a column per UWV class, none for defence")
    comparison = read_csv(annex / "comparison.csv")
    check(len(comparison) == 16, f"{lang}: comparison has a row per occupation and a total")
    for row in comparison[1:]:
        check(abs(int(float(row[4])) - int(float(row[3])) - int(float(row[5]))) <= 1,
              f"{lang}: difference = scenario - reference for {row[1]}")
    defence = [row for row in comparison[1:] if row[1] == "DEF"][0]
    check(float(defence[5]) > 0, f"{lang}: defence expansion raises defence employment")
    check(defence[9:] == ["", "", "", ""], f"{lang}: defence has no tension or class ({defence})")
    formation = read_csv(annex / "defence.csv")
    for path, national in ((base, formation[1]),
                           (other, [row for row in formation[1:] if row[1] == "NL"][1])):
        filled = formation_means(path, "defence_filled")
        posts = formation_means(path, "defence_posts")
        check(national[1] == "NL" and abs(float(national[3]) - posts[2040]) <= 0.5 + 1e-6
              and abs(float(national[4]) - filled[2040]) <= 0.5 + 1e-6,
              f"{lang}: defence formation of the country: defence_posts and defence_filled "
              f"({national})")
        check(abs(float(national[5]) - 100 * filled[2040] / posts[2040]) <= 0.05 + 1e-9,
              f"{lang}: fill rate = defence_filled / defence_posts")
    # The scenario's reservists are posts filled outside DEF: the formation is more than DEF.
    other_national = [row for row in formation[1:] if row[1] == "NL"][1]
    check(float(other_national[3]) > annual_means(other, "target_demand", "all")[2040][-1] + 1000,
          f"{lang}: the expansion's formation holds the reservists' posts beside DEF's demand")
    regional = [row for row in formation[1:] if row[0] == formation[1][0] and row[1] != "NL"]
    with h5py.File(base, "r") as f:
        with_posts = (f["target_demand"][-12:, :, -1].mean(axis=0) > 0).sum()
    check(len(regional) == with_posts, f"{lang}: a row per region with defence posts")
    workbook = openpyxl.load_workbook(annex / f"annex_{lang}.xlsx", read_only=True)
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check([t["title"][:31] for t in manifest["tables"]] == workbook.sheetnames,
          f"{lang}: one sheet per table, named by its title")
    # Each sheet against its CSV file, totals, separators and words of the tables.
    report_checks_tables.check_tables_annex(annex, lang, [base, other], region, manifest["year"],
                                            annual_means, manifest)


def svg_text(path):
    return html.unescape(" ".join(re.findall(r">([^<>]+)</text>", path.read_text("utf-8"))))


def check_charts(annex, titles, lang, version):
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    ids = [c["id"] for c in manifest["charts"]]
    check(ids == ["employment", "vacancies", "tension", "totals", "heatmap_1", "heatmap_2",
                  "effect_employment_1", "effect_regions_1", "effect_heatmap_1"],
          f"{lang}: the charts of the annex ({ids})")
    units = {"nl": "personen", "en": "persons"}[lang]
    year_label = {"nl": "jaar", "en": "year"}[lang]
    for chart in manifest["charts"]:
        text = svg_text(annex / chart["svg"])
        check(chart["title"] in text, f"{lang}: {chart['svg']} has its title")
        check(f"lmsim {version}" in text and all(t in text for t in titles),
              f"{lang}: {chart['svg']} has a source line with version and scenarios")
        if chart["id"] in ("employment", "vacancies", "tension", "totals", "effect_employment_1"):
            check(all(t in text for t in titles[:2]) and year_label in text,
                  f"{lang}: {chart['svg']} has a legend and axis labels")
        image = Image.open(annex / chart["png"])
        check(image.size[0] >= 1000 and image.size[1] >= 400, f"{lang}: {chart['png']} size")
        check(f"lmsim {version}" in image.text.get("Source", ""), f"{lang}: PNG source metadata")
        pixels = np.asarray(image.convert("L"), dtype=float)
        check((pixels < 128).mean() > 0.005, f"{lang}: {chart['png']} is not blank")
    check(units in svg_text(annex / "employment.svg"), f"{lang}: employment axis has units")
    check("DEF " in svg_text(annex / "employment.svg"), f"{lang}: employment shows defence")
    for chart in ("tension", "heatmap_1", "heatmap_2"):
        check("DEF " not in svg_text(annex / f"{chart}.svg"),
              f"{lang}: {chart} leaves defence out (no UWV occupation class)")
    tension_units = {"nl": "vacatures per WW-uitkering", "en": "vacancies per WW benefit"}[lang]
    check(tension_units in svg_text(annex / "tension.svg"), f"{lang}: tension axis has units")


def check_page_in_chromium(annex, work):
    charts = len(json.loads((annex / "manifest.json").read_text(encoding="utf-8"))["charts"])
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={work / 'chromium-profile'}"]
    url = (annex / "index.html").resolve().as_uri()
    dom = subprocess.run(["chromium"] + flags + ["--virtual-time-budget=10000", "--dump-dom", url],
                         capture_output=True, text=True, timeout=120).stdout
    body = re.search(r"<body[^>]*>", dom)
    check(body is not None, "Chromium rendered the page")
    total = re.search(r'data-charts-total="(\d+)"', body.group(0))
    loaded = re.search(r'data-charts-loaded="(\d+)"', body.group(0))
    check(total and loaded and int(total.group(1)) == charts and loaded.group(1) == total.group(1),
          f"every chart loaded in Chromium ({body.group(0)})")
    shot = work / "screenshot.png"
    subprocess.run(["chromium"] + flags + ["--window-size=1300,1800", f"--screenshot={shot}",
                                           url], capture_output=True, timeout=120)
    pixels = np.asarray(Image.open(shot).convert("L"), dtype=float)
    check(pixels.shape == (1800, 1300), "screenshot taken")
    check((pixels < 128).mean() > 0.01 and pixels.std() > 20, "the screenshot shows the page")


def make_ensemble(base, path, replicates=5):
    """A result file with a replicate dimension: the baseline scaled by 1 +- 2% per replicate."""
    ds = xr.open_dataset(base, engine="h5netcdf").load()
    factors = xr.DataArray(1 + 0.02 * np.linspace(-1, 1, replicates), dims="replicate",
                           coords={"replicate": np.arange(replicates, dtype=float)})
    for name in ["employed", "vacancies", "unemployed", WW, "target_demand"]:
        ds[name] = (ds[name] * factors).transpose("replicate", ...)
        ds[name].attrs = xr.open_dataset(base, engine="h5netcdf")[name].attrs
    ds.attrs["title"] = "Ensemble test"
    ds.to_netcdf(path, engine="h5netcdf")


def check_intro(annex, lang):
    """The page opens with the outlook the run assumed, and labels the defence formation."""
    intro = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))["intro"]
    page = html.unescape((annex / "index.html").read_text(encoding="utf-8"))
    expected = {
        "nl": ["Vooruitzicht en aannames: Vraag: de doelvraag volgt demand_outlook.csv (bronnen: "
               "UWV 2025;", "na 2030 is dat een aanname, geen prognose: de werkgelegenheid volgt "
               "het arbeidsaanbod bij structurele werkloosheid", "CBS-prognose "
               "(population_outlook.csv)", "bij wet vastgesteld tot en met 2031",
               "80.000 medewerkers van december 2025 en de open plaatsen"],
        "en": ["Outlook and assumptions: Demand: target demand follows demand_outlook.csv "
               "(sources: UWV 2025;", "after 2030 it is an assumption, not a forecast: "
               "employment follows the labour supply at structural unemployment",
               "CBS forecast (population_outlook.csv)", "AOW age: by law to 2031",
               "80,000 personnel of December 2025 and the open posts"]}[lang]
    for words in expected:
        check(words in intro[0] and words in page, f"{lang}: first paragraph says '{words}'")
    label = {"nl": "Defensieformatie (geen UWV-beroepsklasse): ",
             "en": "Defence formation (not a UWV occupation class): "}[lang]
    check(label in intro[-1] and label in page, f"{lang}: the defence formation is labelled")


def check_without_ww_counts(binary, base, work):
    """An older lmsim's file: no tension tables, charts or heat maps, and a line saying why."""
    old = without_ww_counts(base, work / "old.h5")
    annex = work / "annex_old"
    shutil.rmtree(annex, ignore_errors=True)
    output = run([binary, "report", old, "--out", annex, "--lang", "en"])
    check("wrote 3 charts and 3 tables" in output, f"no tension without WW counts: {output}")
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check([c["id"] for c in manifest["charts"]] == ["employment", "vacancies", "totals"],
          "without WW counts: no tension chart or heat map")
    check([t["id"] for t in manifest["tables"]] == ["employment", "vacancies", "defence"],
          "without WW counts: no tension tables")
    check(f"{old} has no WW counts (ww_under_6_months; a result file of an older lmsim): "
          "tension is not shown. Run its scenario again." in manifest["intro"][1],
          "without WW counts: the page says why tension is missing")


def check_shorter_horizon(binary, base, work):
    """A run that ends in 2035 beside one that ends in 2040: the annex shows 2025-2035 and says
    so; a year only one of them holds is refused."""
    short = work / "short.h5"
    ds = xr.open_dataset(base, engine="h5netcdf").load()
    keep = int((ds["time"].dt.year <= 2035).sum())
    ds = ds.isel(time=slice(0, keep))
    ds.attrs["title"] = "Ends in 2035"
    ds.to_netcdf(short, engine="h5netcdf")
    annex = work / "annex_short"
    shutil.rmtree(annex, ignore_errors=True)
    run([binary, "report", base, short, "--out", annex, "--lang", "en"])
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check(manifest["year"] == 2035, "shorter horizon: the default year is the last both hold")
    check("The files cover different years" in manifest["intro"][0]
          and "this annex shows the years all of them hold in full, 2025-2035." in
          manifest["intro"][0], f"shorter horizon: the page says which years: {manifest['intro']}")
    header = read_csv(annex / "employment.csv")[0]
    check("2035" in header and "2040" not in header, f"shorter horizon: tables end in 2035: {header}")
    message = run([binary, "report", base, short, "--out", work / "x", "--year", "2038"],
                  expect=2)
    check("--year 2038: outside the years all files hold in full (2025-2035)" in message,
          f"shorter horizon: a year only one file holds is refused: {message}")


def main():
    binary, source, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    check_class_boundaries()
    report_checks_tables.check_number_format()
    base, other = work / "baseline.h5", work / "defence.h5"
    run([binary, "run", source / "scenarios/baseline.toml", "--out", base, "--overwrite", "-q"])
    run([binary, "run", source / "scenarios/defence_expansion.toml", "--out", other,
         "--overwrite", "-q"])
    version = run([binary, "--version"]).split()[1]

    for lang, region, code in (("nl", "all", "all"), ("en", "Midden-Utrecht", "AM13")):
        annex = work / f"annex_{lang}"
        shutil.rmtree(annex, ignore_errors=True)
        output = run([binary, "report", base, other, "--out", annex, "--lang", lang,
                      "--region", region])
        check("wrote 9 charts and 8 tables" in output, f"{lang}: report says what it wrote")
        check(not list(work.glob(".lmsim.tmp.*")), f"{lang}: no temporary folder left")
        check_tables(annex, base, other, code, lang)
        check_charts(annex, report_checks_titles.titles_in(lang, [base, other]), lang, version)
        check_intro(annex, lang)
        check_effects(annex, base, other, code, lang)
        page = (annex / "index.html").read_text(encoding="utf-8")
        heading = re.search(r"<h1>(.*)</h1>", page).group(1)
        area = "Midden-Utrecht (AM13)" if code == "AM13" else "Nederland"
        check(f'lang="{lang}"' in page and area in heading, f"{lang}: page language and area")
    check_page_in_chromium(work / "annex_nl", work)
    report_checks_titles.check_titles({lang: work / f"annex_{lang}" for lang in ("nl", "en")},
                                      [base, other])
    report_checks_page.check_page(binary, base, other, work)
    # The PDF is checked above, in both languages and without Chromium. The annexes below check
    # other things: they take the documented path without a renderer (no PDF, a note), which
    # spares the suite a Chromium start per annex (docs/testing.md, "How long CI takes").
    os.environ["LMSIM_CHROMIUM"] = str(work / "no-such-chromium")
    check_without_ww_counts(binary, base, work)
    check_shorter_horizon(binary, base, work)
    check_sweep_annex(binary, source, work)
    check_groups(binary, source, base, other, work)

    ensemble = work / "ensemble.h5"
    make_ensemble(base, ensemble)
    annex = work / "annex_ensemble"
    shutil.rmtree(annex, ignore_errors=True)
    run([binary, "report", ensemble, "--out", annex, "--lang", "en", "--region", "AM13"])
    check("90% band over replicates" in svg_text(annex / "employment.svg"), "ensemble: band legend")
    check("percentile" in (annex / "index.html").read_text(encoding="utf-8"),
          "ensemble: the page explains the bands")
    rows = read_csv(annex / "employment.csv")
    expected = annual_means(base, "employed", "AM13")  # mean of factors is exactly 1
    for o, row in enumerate(rows[1:15]):
        check(abs(float(row[rows[0].index("2030")]) - expected[2030][o]) <= 0.5 + 1e-6,
              "ensemble: tables show the replicate mean")

    paired = work / "ensemble_other.h5"
    make_ensemble(other, paired)
    annex = work / "annex_paired"
    shutil.rmtree(annex, ignore_errors=True)
    run([binary, "report", ensemble, paired, "--out", annex, "--lang", "en", "--region", "AM13"])
    check_paired_band(annex, ensemble, paired, "AM13")

    # Mistakes: exit code 2, a message that says what to do, nothing left behind.
    existing = work / "annex_nl"
    before = sorted(p.name for p in existing.iterdir())
    message = run([binary, "report", base, "--out", existing], expect=2)
    check("already exists; pass --overwrite" in message, "existing annex is not replaced")
    check(sorted(p.name for p in existing.iterdir()) == before, "existing annex untouched")
    # --overwrite replaces only an earlier annex: never a folder of the user's, nor a file.
    user_folder = work / "user_folder"
    shutil.rmtree(user_folder, ignore_errors=True)
    user_folder.mkdir()
    (user_folder / "notes.txt").write_text("mine")
    message = run([binary, "report", base, "--out", user_folder, "--overwrite"], expect=2)
    check("not an annex made by lmsim report" in message, "a user's folder is not replaced")
    check((user_folder / "notes.txt").read_text() == "mine", "the user's folder is untouched")
    a_file = work / "a_file.txt"
    a_file.write_text("mine")
    message = run([binary, "report", base, "--out", a_file, "--overwrite"], expect=2)
    check("exists and is not a folder" in message and a_file.read_text() == "mine",
          "a file named as --out is not replaced")
    shutil.copy(base, user_folder / "base.h5")
    message = run([binary, "report", user_folder / "base.h5", "--out", user_folder,
                   "--overwrite"], expect=2)
    check((user_folder / "base.h5").exists(), "an input inside --out is never removed")
    message = run([binary, "report", base, "--out", work / "x", "--region", "Midden-Utrech"],
                  expect=2)
    check("did you mean 'Midden-Utrecht'" in message, f"misspelt region: {message}")
    message = run([binary, "report", base, "--out", work / "x", "--year", "2050"], expect=2)
    check("--year 2050: outside the horizon" in message, "year outside the horizon")
    message = run([binary, "report", base, "--out", work / "x", "--lang", "de"], expect=2)
    check("--lang must be nl or en" in message, "unknown language")
    not_a_result = work / "notes.h5"
    not_a_result.write_text("not HDF5")
    message = run([binary, "report", not_a_result, "--out", work / "x"], expect=2)
    check(str(not_a_result) in message and "not an HDF5 file" in message, "not a result file")
    check(not (work / "x").exists() and not list(work.glob(".lmsim.tmp.*")), "nothing left behind")
    summary()


if __name__ == "__main__":
    main()
