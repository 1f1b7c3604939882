#!/usr/bin/python3
"""The effect of every shipped scenario against the baseline, beside its published anchors.

Runs scenarios/baseline.toml and every other scenarios/*.toml with the stock-flow engine, and
prints per scenario a markdown table of its effect in 2030 and 2035 (means over the calendar
year, scenario minus baseline):

- national employment, in persons and in %: `employed`, employees and zzp by place of work,
  summed over regions and occupations (working pensioners and students with a side job are not
  in it);
- the three regions whose employment changes most, in % of the region's baseline: `employed`
  by place of work, summed over occupations;
- the three occupations whose employment changes most, in %: `employed` summed over regions;

followed by the published figures that scenarios/validation/lever_anchors.csv holds for the
scenario (value, band, year, source and the row's `check`), or "none". Most of them are not
about national employment: tests/models/levers/test_lever_effects.cpp holds the effect against
them in the model output each row's `model_quantity` names; this script does not judge.

Usage (from the repository root, after building):

    /usr/bin/python3 scripts/lever_effects.py [--lmsim build/cli/lmsim] [--out-dir DIR] [--jobs N]

--out-dir keeps the result files (one per scenario, SCENARIO.h5) in DIR; without it they go to
a temporary folder that is removed at the end. --jobs runs that many scenarios at once (each
with its share of the cores). Needs h5py (Debian's python3-h5py, installed by scripts/setup.sh).
"""

import argparse
import concurrent.futures
import csv
import datetime
import os
import subprocess
import sys
import tempfile

import h5py

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCENARIOS = os.path.join(ROOT, "scenarios")
ANCHORS = os.path.join(SCENARIOS, "validation", "lever_anchors.csv")
YEARS = (2030, 2035)


def run_scenario(lmsim, name, out_dir, threads):
    out = os.path.join(out_dir, name + ".h5")
    command = [lmsim, "run", os.path.join(SCENARIOS, name + ".toml"), "-o", out, "--overwrite",
               "--engine", "stock-flow", "--threads", str(threads), "--variables", "employed",
               "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit("lmsim run %s failed:\n%s%s" % (name, done.stdout, done.stderr))
    return out


def labels(dataset):
    return [x.decode() if isinstance(x, bytes) else str(x) for x in dataset[:]]


class Result:
    """`employed` of a result file, by calendar year: mean over the year's months."""

    def __init__(self, path):
        with h5py.File(path, "r") as f:
            units = f["time"].attrs["units"]
            units = units.decode() if isinstance(units, bytes) else units
            start = datetime.date.fromisoformat(units.split("since ")[1].strip()[:10])
            self.years = [(start + datetime.timedelta(days=float(d))).year for d in f["time"][:]]
            self.employed = f["employed"][:]  # time x region x occupation
            self.regions = labels(f["region"])
            self.region_names = labels(f["region_name"])
            self.occupations = labels(f["occupation"])
            self.occupation_names = labels(f["occupation_name"])

    def in_year(self, year):
        months = [t for t, y in enumerate(self.years) if y == year]
        if not months:
            return None
        return self.employed[months].mean(axis=0)


def signed(x, digits=0):
    return "{:+,.{}f}".format(x, digits)


def most_changed(scenario, base, names, codes, n=3):
    change = {i: scenario[i] / base[i] - 1.0 for i in range(len(base)) if base[i] > 0}
    top = [i for i in sorted(change, key=lambda i: abs(change[i]), reverse=True)[:n]
           if abs(change[i]) >= 5e-5]
    if not top:
        return "none changes by 0.005% or more"
    return ", ".join("%s %s %s%%" % (codes[i], names[i], signed(100.0 * change[i], 2)) for i in top)


def effect_rows(scenario, base):
    rows = {"national employment (persons)": [], "national employment (%)": [],
            "most affected regions (% of employment by place of work)": [],
            "most affected occupations (% of employment)": []}
    for year in YEARS:
        s, b = scenario.in_year(year), base.in_year(year)
        if s is None or b is None:
            for key in rows:
                rows[key].append("outside the run")
            continue
        keys = list(rows)
        rows[keys[0]].append(signed(s.sum() - b.sum()))
        rows[keys[1]].append(signed(100.0 * (s.sum() / b.sum() - 1.0), 3) + "%")
        rows[keys[2]].append(most_changed(s.sum(axis=1), b.sum(axis=1), base.region_names,
                                          base.regions))
        rows[keys[3]].append(most_changed(s.sum(axis=0), b.sum(axis=0), base.occupation_names,
                                          base.occupations))
    return rows


def anchors_of(name):
    with open(ANCHORS, encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["scenario"] == name]


def anchor_line(row):
    band = ""
    if row["low"] or row["high"]:
        band = ", band %s..%s" % (row["low"] or "-inf", row["high"] or "inf")
    return "- %s: %s %s%s (%s; %s; row `%s`)" % (row["quantity"], row["value"], row["unit"],
                                                  band, row["year"], row["source"], row["check"])


def title_of(path):
    with h5py.File(path, "r") as f:
        title = f.attrs.get("title", "")
    return title.decode() if isinstance(title, bytes) else str(title)


def print_scenario(name, path, base):
    scenario = Result(path)
    title = title_of(path)
    print("## %s%s\n" % (name, " (" + title + ")" if title else ""))
    print("| effect against the baseline | %s |" % " | ".join(str(y) for y in YEARS))
    print("|---|" + "---|" * len(YEARS))
    for label, cells in effect_rows(scenario, base).items():
        print("| %s | %s |" % (label, " | ".join(cells)))
    print()
    anchors = anchors_of(name)
    if anchors:
        print("Published anchors:\n")
        for row in anchors:
            print(anchor_line(row))
    else:
        print("Published anchors: none")
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lmsim", default=os.path.join(ROOT, "build", "cli", "lmsim"),
                        help="the lmsim binary (default: build/cli/lmsim)")
    parser.add_argument("--out-dir", help="keep the result files here (default: a temporary "
                                          "folder, removed at the end)")
    parser.add_argument("--jobs", type=int, default=1, help="scenarios run at once (default 1)")
    args = parser.parse_args()
    if not os.access(args.lmsim, os.X_OK):
        sys.exit("no lmsim binary at %s: build it first, or give --lmsim" % args.lmsim)
    names = sorted(f[:-5] for f in os.listdir(SCENARIOS) if f.endswith(".toml"))
    names.remove("baseline")
    jobs = max(1, args.jobs)
    threads = max(1, (os.cpu_count() or 1) // jobs)
    with tempfile.TemporaryDirectory() as tmp:
        out_dir = args.out_dir or tmp
        os.makedirs(out_dir, exist_ok=True)
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
            paths = dict(zip(["baseline"] + names,
                             pool.map(lambda n: run_scenario(args.lmsim, n, out_dir, threads),
                                      ["baseline"] + names)))
        base = Result(paths["baseline"])
        print("# Effects of the shipped scenarios (stock-flow engine, means over the year)\n")
        for name in names:
            print_scenario(name, paths[name], base)


if __name__ == "__main__":
    main()
