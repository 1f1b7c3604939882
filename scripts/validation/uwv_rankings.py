#!/usr/bin/env python3
"""The 2025 tension of regions and occupation classes beside UWV's published classes.

Usage: uwv_rankings.py RESULT.h5 [YEAR]

Reads a baseline result file and scenarios/validation/uwv_tension_{regions,occupations}.csv
(UWV's classes and tensions as published; scenarios/validation/README.md) and prints two
Markdown tables for docs/validation.md, "Rankings": the regions by the model's tension in YEAR
(default 2025: annual-mean vacancies over annual-mean WW benefits under 6 months) with UWV's class
of the latest quarter published for the region, and the occupation classes likewise (defence is
no UWV class and is left out). UWV's classes are those of the annex (outputs/report/texts.py).
"""
import csv
import os
import sys

import h5py
import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "outputs", "report"))
from texts import TENSION_CLASSES, tension_class  # noqa: E402  (UWV's classes, as the annex)
from outlook_check import first_year, text  # noqa: E402  (same folder: result-file helpers)


def uwv_class(tension):
    return tension_class(tension, "nl")


def latest(rows, key):
    """The row of the latest period for each key."""
    out = {}
    for row in rows:
        if row[key] not in out or row["period"] > out[row[key]]["period"]:
            out[row[key]] = row
    return out


def main():
    path = sys.argv[1]
    year = int(sys.argv[2]) if len(sys.argv) > 2 else 2025
    with h5py.File(path, "r") as f:
        regions = text(f["region"][:])
        names = text(f["region_name"][:])
        occupations = text(f["occupation"][:])
        occupation_names = text(f["occupation_name"][:])
        first = first_year(f)
        months = slice(12 * (year - first), 12 * (year - first + 1))
        vacancies = f["vacancies"][months].mean(axis=0)
        ww = f["ww_under_6_months"][months].mean(axis=0)
    civilian = [o for o, code in enumerate(occupations) if code != "DEF"]
    by_region = vacancies[:, civilian].sum(axis=1) / ww[:, civilian].sum(axis=1)
    by_occupation = vacancies.sum(axis=0) / ww.sum(axis=0)
    with open(os.path.join(ROOT, "scenarios", "validation", "uwv_tension_regions.csv")) as f:
        uwv_regions = latest(csv.DictReader(f), "region")
    with open(os.path.join(ROOT, "scenarios", "validation", "uwv_tension_occupations.csv")) as f:
        uwv_groups = list(csv.DictReader(f))

    print(f"Regions by tension in {year} (civilian occupations)\n")
    print("| rank | region | model tension | model class | UWV class (period) |")
    print("|---|---|---|---|---|")
    order = np.argsort(-by_region, kind="stable")
    for rank, r in enumerate(order, 1):
        uwv = uwv_regions.get(regions[r])
        published = f"{uwv['class']} ({uwv['period']})" if uwv else ""
        print(f"| {rank} | {regions[r]} {names[r]} | {by_region[r]:.2f} | "
              f"{uwv_class(by_region[r])} | {published} |")
    counts = {name: 0 for name in TENSION_CLASSES["nl"]}
    for value in by_region:
        counts[uwv_class(value)] += 1
    print("\nRegions per class: " + ", ".join(f"{n} {c}" for c, n in counts.items() if n))

    print(f"\nOccupation classes by tension in {year}\n")
    print("| rank | class | model tension | model class | UWV groups published (period: tension or class) |")
    print("|---|---|---|---|---|")
    for rank, o in enumerate(sorted(civilian, key=lambda o: -by_occupation[o]), 1):
        groups = [g for g in uwv_groups if g["brc_class"] == occupations[o]]
        published = "; ".join(f"{g['uwv_group']} ({g['period']}: {g['tension'] or g['class']})"
                              for g in groups)
        print(f"| {rank} | {occupations[o]} {occupation_names[o]} | {by_occupation[o]:.2f} | "
              f"{uwv_class(by_occupation[o])} | {published} |")


if __name__ == "__main__":
    main()
