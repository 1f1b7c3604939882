"""Checks of the annex of a sweep file (lmsim report SWEEP.h5; docs/report.md, "Sweep files"),
called from check_report.py's main():
- a small Latin-hypercube sweep (stock-flow, 2025-2026, 8 points) gives fan charts of the
  country and the region chosen by name and charts of the tension class probabilities;
- the table of percentiles equals numpy's percentiles over the points, recomputed here from the
  sweep file with h5py, for every national output and the region's outputs;
- the class probabilities equal the share of the points in each UWV class (each bound in the
  class above), recomputed here, per year, for the country and the region;
- the same file marked as a grid gives no probabilities and says why;
- a sweep beside a run's result file, a misspelt region, and a region by name in a sweep file
  without names (an older lmsim's) are refused with exit code 2 and a message saying what to
  do, and leave nothing behind.
"""
import json
import re
import shutil

import h5py
import numpy as np

from checks import check, command_output, read_annex_csv

PERCENTILES = [5, 25, 50, 75, 95]
# UWV's class bounds (docs/report.md): each bound is the first value of the class above.
CLASS_BOUNDS = [0.25, 0.67, 1.5, 4.0]

SWEEP = """title = "Sweep of the annex check"
scenario = "{scenario}"
design = "latin-hypercube"
points = 8
seed = 5

[parameters.demand_growth_per_year]
distribution = "uniform"
min = 0.0
max = 0.03

[parameters.labour_migration_scale]
distribution = "triangular"
min = 0.4
mode = 1.0
max = 1.2
"""


_run = command_output


def _rows(path):
    return read_annex_csv(path)


def make_sweep(binary, source, work):
    """A two-year, eight-point sweep of the baseline (stock-flow: about a second a point)."""
    scenario = work / "short_baseline.toml"
    scenario.write_text(f'base = "{source}/scenarios/baseline.toml"\nend = "2026-12"\n')
    sweep_file = work / "uncertainty_sweep.toml"
    sweep_file.write_text(SWEEP.format(scenario=scenario))
    out = work / "uncertainty_sweep.h5"
    _run([binary, "sweep", sweep_file, "--out", out, "--overwrite", "--threads", "2", "-q"])
    return out


def _values(sweep, name, region):
    """point x year values of an output for 'all' (national) or a region code."""
    with h5py.File(sweep, "r") as f:
        if region == "all":
            return f[name][:]
        regions = [r.decode() for r in f["region"][:]]
        return f[f"region_{name}"][:, :, regions.index(region)]


def _label(sweep, code):
    """'Midden-Utrecht (AM13)': the region as the annex names it, from the file's names."""
    with h5py.File(sweep, "r") as f:
        regions = [r.decode() for r in f["region"][:]]
        name = f["region_name"][regions.index(code)].decode()
    return f"{name} ({code})"


def check_percentiles(annex, sweep, region, year_index):
    label = _label(sweep, region)
    rows = _rows(annex / "percentiles.csv")
    header = rows[0]
    check([r[0] for r in rows[1:]] == [f"p{p:02d}" for p in PERCENTILES],
          "sweep: the percentile table has p05, p25, p50, p75 and p95")
    columns = [("all", "employed", "Netherlands: Employment", 0),
               ("all", "unemployed", "Netherlands: Unemployed", 0),
               ("all", "unemployment_rate", "Netherlands: Unemployment rate", 2),
               ("all", "tension", "Netherlands: Tension", 2),
               (region, "employed", f"{label}: Employment", 0),
               (region, "unemployment_rate", f"{label}: Unemployment rate", 2),
               (region, "tension", f"{label}: Tension", 2)]
    for scope, name, column, digits in columns:
        check(column in header, f"sweep: the percentile table has a column {column} ({header})")
        values = _values(sweep, name, scope)[:, year_index]
        expected = np.percentile(values, PERCENTILES)
        shown = [float(r[header.index(column)]) for r in rows[1:]]
        tolerance = 0.5 * 10.0 ** -digits + 1e-9
        check(all(abs(s - e) <= tolerance for s, e in zip(shown, expected)),
              f"sweep: {column} percentiles {shown} equal numpy's {list(expected)}")
        check(shown == sorted(shown) and shown[0] < shown[-1],
              f"sweep: {column} percentiles rise and spread over the points")


def check_class_probabilities(annex, sweep, region, years):
    rows = _rows(annex / "class_probabilities.csv")
    header = rows[0]
    classes = ["very loose", "loose", "average", "tight", "very tight"]
    check(header[2:] == classes, f"sweep: a column per UWV class ({header})")
    for scope, label in (("all", "Netherlands"), (region, _label(sweep, region))):
        tension = _values(sweep, "tension", scope)
        index = np.digitize(tension, CLASS_BOUNDS)  # a bound belongs to the class above
        lines = [r for r in rows[1:] if r[0] == label]
        check([int(r[1]) for r in lines] == years, f"sweep: {label} has a row per year")
        for y, line in enumerate(lines):
            expected = [100.0 * np.mean(index[:, y] == k) for k in range(5)]
            shown = [float(v) for v in line[2:]]
            check(all(abs(s - e) <= 0.05 + 1e-9 for s, e in zip(shown, expected)),
                  f"sweep: {label} {years[y]} class shares {shown} equal {expected}")
            check(abs(sum(shown) - 100.0) <= 0.25, f"sweep: {label} {years[y]} shares add to 100")


def check_sweep_annex(binary, source, work):
    sweep = make_sweep(binary, source, work)
    with h5py.File(sweep, "r") as f:
        years = [int(y) for y in f["year"][:]]
        title = f.attrs["title"].decode()
    annex = work / "annex_sweep"
    shutil.rmtree(annex, ignore_errors=True)
    output = _run([binary, "report", sweep, "--out", annex, "--lang", "en", "--region",
                   "Midden-Utrecht", "--year", str(years[0])])
    check("wrote 4 charts and 2 tables" in output, f"sweep: report says what it wrote ({output})")
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    ids = [c["id"] for c in manifest["charts"]]
    check(ids == ["fan", "fan_region", "classes", "classes_region"], f"sweep: the charts ({ids})")
    fan = " ".join(re.findall(r">([^<>]+)</text>", (annex / "fan.svg").read_text("utf-8")))
    for words in ("5th-95th percentile", "25th-75th percentile", "median", "Unemployment rate",
                  "Tension", title):
        check(words in fan, f"sweep: the fan chart shows '{words}'")
    check_percentiles(annex, sweep, "AM13", 0)
    check_class_probabilities(annex, sweep, "AM13", years)
    page = (annex / "index.html").read_text(encoding="utf-8")
    check("estimates the probability" in page, "sweep: the page says what the shares estimate")

    # A grid's points are no sample: no probabilities, and the page says why.
    grid = work / "uncertainty_grid.h5"
    shutil.copy(sweep, grid)
    with h5py.File(grid, "r+") as f:
        f.attrs["design"] = np.bytes_("grid")
    annex = work / "annex_grid"
    shutil.rmtree(annex, ignore_errors=True)
    output = _run([binary, "report", grid, "--out", annex, "--lang", "nl"])
    check("wrote 1 charts and 1 tables" in output, f"grid: only the fan and percentiles ({output})")
    page = (annex / "index.html").read_text(encoding="utf-8")
    check("geen steekproef" in page and "niet gegeven" in page,
          "grid: the page says its points give no probabilities")
    check(not (annex / "class_probabilities.csv").exists(), "grid: no class probabilities")
    rows = _rows(annex / "percentiles.csv")
    employed = np.percentile(_values(grid, "employed", "all")[:, -1], PERCENTILES)
    check(all(abs(float(r[1]) - e) <= 0.5 for r, e in zip(rows[1:], employed)),
          "grid: the percentiles are of the last year by default")

    # Mistakes: exit code 2, a message saying what to do, nothing left behind.
    base = work / "baseline.h5"
    message = _run([binary, "report", base, sweep, "--out", work / "y"], expect=2)
    check(f"{sweep}: a sweep file (lmsim sweep) cannot be compared" in message
          and "give it alone" in message and "--variables all" not in message,
          f"sweep beside a run: {message}")
    message = _run([binary, "report", sweep, "--out", work / "y", "--region", "Midden-Utrech"],
                   expect=2)
    check("did you mean 'Midden-Utrecht'" in message, f"sweep: a misspelt region: {message}")
    with h5py.File(grid, "r+") as f:  # as an older lmsim wrote it: region codes only
        del f["region_name"]
    message = _run([binary, "report", grid, "--out", work / "y", "--region", "Midden-Utrecht"],
                   expect=2)
    check("names its regions by code only" in message and "AM01" in message,
          f"sweep: a region by name in a file without names: {message}")
    check(not (work / "y").exists() and not list(work.glob(".lmsim.tmp.*")),
          "sweep: nothing left behind")
