#!/usr/bin/env python3
"""A baseline against the published outlook to 2040: every band with its source.

Usage: outlook_check.py RESULT.h5 [--markdown FILE] [--chart FILE.svg]

Reads a result file of `lmsim run` (the stock-flow engine, monthly steps, 2025-2040) and checks
the national figures against the bands below, each with the published figure it rests on
(shared/data/outlook_2025_2040.csv; docs/validation.md, "Outlook"). Prints, per year, the model's
figures beside the published ones and every check with PASS or FAIL; exits 0 when every band
holds, 1 when one does not, 2 when the file lacks what the checks need.

Definitions (docs/validation.md):
- unemployment: national unemployed / (working + unemployed), ages 15-74, annual mean of the
  monthly rates;
- jobs: employee jobs + zzp; growth: compound annual rate of the annual means;
- vacancies: annual mean of the month-end stock;
- tension: annual-mean vacancies / annual-mean WW benefits running less than 6 months, over
  UWV's occupation classes (defence, no UWV class, apart), as the run summary gives it;
- potential labour force: persons aged 20 to the AOW age (in months), annual mean;
- defence: posts filled (employed in occupation DEF), annual mean.

After 2030 the demand outlook is an assumption (employment follows labour supply at structural
unemployment), so the bands of later years test that assumption, not a forecast.
"""
import argparse
import sys

import h5py
import numpy as np

WORKING = ("employed", "self_employed", "student_side_job", "working_pensioner")
UNEMPLOYED = ("unemployed_short", "unemployed_long")

# The published figures the bands rest on (shared/data/outlook_2025_2040.csv).
PUBLISHED = {
    "unemployment": [
        (2025, 3.8, "CPB CEP 2025"), (2026, 4.0, "CPB CEP 2025"),
        (2027, 4.3, "RaboResearch Dec 2025"), (None, 5.25, "structural level, Voorjaarsnota 2024"),
    ],
    "jobs growth": [
        (2025, 0.7, "UWV Arbeidsmarktprognose 2024-2025"),
        (2026, 0.2, "UWV 2025-2027: +1.1% over three years"),
        (2028, 0.35, "ROA expansion demand to 2028"),
    ],
    "vacancies": [
        (2024, 404000, "CBS 2024-Q4"), (2025, 389000, "CBS 2025-Q2"), (2025, 387000, "CBS 2025-Q3"),
    ],
    "tension": [
        (2023, 4.32, "UWV 2023-Q1"), (2024, 3.67, "UWV 2024-Q1 (413,000 / 112,500)"),
        (2024, 4.0, "UWV 2024-Q2 (418,900 / 104,800)"),
    ],
    "potential labour force": [
        (2025, 10.9e6, "CBS: 'ruim 10,9 miljoen'"), (2035, 11.0e6, "CBS: 'bijna 11 miljoen'"),
    ],
}

# (name, years, low, high, source) of every band; values in the units of the table below.
BANDS = [
    ("unemployment", range(2026, 2041), 3.5, 5.3,
     "CPB CEP 2025 (3.8% 2025, 4.0% 2026), RaboResearch Dec 2025 (4.3% 2027), structural 5.25% "
     "(Voorjaarsnota 2024)"),
    ("jobs growth 2025-2030", [2030], 0.1, 0.8,
     "UWV +0.7% 2025 and +1.1% over 2025-2027; ROA expansion demand about 0.35% a year; "
     "0.6% a year 2012-2024 (UWV)"),
    ("vacancies", range(2026, 2031), 300e3, 420e3,
     "CBS: 404,000 2024-Q4, 389,000 2025-Q2, 387,000 2025-Q3, about 380,000 2025-Q4"),
    ("tension", [2025], 2.8, 4.3, "UWV: 3.7 2024-Q1, 4.0 2024-Q2, 4.32 2023-Q1"),
    ("tension", range(2026, 2041), 1.5, 4.5, "UWV's range since 2022 with a margin"),
    ("potential labour force", [2035], 11.0e6 * 0.97, 11.0e6 * 1.03,
     "CBS: almost 11.0 million aged 20 to the AOW age in 2035, within 3%"),
    ("defence posts filled", [2030], 0.0, 100e3 - 1e-9,
     "Defensie (March 2025): 100,000 in 2030 is the lever's target, not the baseline's"),
]


def text(values):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in values]


def first_year(f):
    """The calendar year of the first time step of an open result file (CF time units)."""
    units = f["time"].attrs["units"]
    units = units.decode() if isinstance(units, bytes) else units
    return int(units.split("since ")[1][:4])


class Figures:
    """The national annual figures of a result file."""

    def __init__(self, path):
        with h5py.File(path, "r") as f:
            needed = ["population_by_status", "employed", "vacancies", "ww_under_6_months",
                      "potential_labour_force"]
            missing = [name for name in needed if name not in f]
            if missing:
                raise KeyError(f"{path} lacks {', '.join(missing)}: run the baseline with "
                               "every variable (no `variables` selection)")
            status = text(f["status"][:])
            occupation = text(f["occupation"][:])
            start = first_year(f)
            civilian = [o for o, code in enumerate(occupation) if code != "DEF"]
            pop = f["population_by_status"][:]
            working = pop[:, :, [status.index(s) for s in WORKING]].sum(axis=(1, 2))
            unemployed = pop[:, :, [status.index(s) for s in UNEMPLOYED]].sum(axis=(1, 2))
            self.monthly = {
                "unemployment": 100.0 * unemployed / (working + unemployed),
                "unemployed": unemployed,
                "jobs": f["employed"][:].sum(axis=(1, 2)),
                "vacancies": f["vacancies"][:].sum(axis=(1, 2)),
                "ww": f["ww_under_6_months"][:].sum(axis=(1, 2)),
                "civilian vacancies": f["vacancies"][:, :, civilian].sum(axis=(1, 2)),
                "civilian ww": f["ww_under_6_months"][:, :, civilian].sum(axis=(1, 2)),
                "potential labour force": f["potential_labour_force"][:].sum(axis=1),
                "defence posts filled": f["employed"][:, :, occupation.index("DEF")].sum(axis=1),
            }
        months = len(self.monthly["jobs"])
        if months % 12:
            raise ValueError(f"{path} does not hold whole calendar years ({months} months)")
        self.years = list(range(start, start + months // 12))

    def mean(self, name, year):
        i = 12 * (year - self.years[0])
        return float(np.mean(self.monthly[name][i:i + 12]))

    def value(self, name, year):
        if name == "tension":
            return self.mean("civilian vacancies", year) / self.mean("civilian ww", year)
        if name == "vacancies per 100 unemployed":
            return 100.0 * self.mean("vacancies", year) / self.mean("unemployed", year)
        if name == "jobs growth 2025-2030":
            return 100.0 * ((self.mean("jobs", year) / self.mean("jobs", year - 5)) ** 0.2 - 1.0)
        if name == "jobs growth":
            return 100.0 * (self.mean("jobs", year) / self.mean("jobs", year - 1) - 1.0)
        return self.mean(name, year)


def checks(figures):
    """(name, year, value, low, high, source, passed) of every band."""
    out = []
    for name, years, low, high, source in BANDS:
        for year in years:
            if year not in figures.years or (name == "jobs growth 2025-2030"
                                             and year - 5 not in figures.years):
                out.append((name, year, float("nan"), low, high, source, False))
                continue
            value = figures.value(name, year)
            out.append((name, year, value, low, high, source, low <= value <= high))
    return out


def fmt(name, value):
    if np.isnan(value):
        return "missing"
    if name in ("unemployment", "jobs growth", "jobs growth 2025-2030"):
        return f"{value:.2f}%"
    if name in ("tension",):
        return f"{value:.2f}"
    if name == "vacancies per 100 unemployed":
        return f"{value:.0f}"
    return f"{value:,.0f}"


def table(figures):
    names = ["unemployment", "jobs", "jobs growth", "vacancies", "vacancies per 100 unemployed",
             "ww", "tension", "potential labour force", "defence posts filled"]
    heads = ["unemployment", "jobs (employee + zzp)", "jobs growth", "vacancies",
             "vacancies per 100 unemployed", "WW under 6 months", "tension",
             "potential labour force", "defence posts filled"]
    lines = ["| year | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    for year in figures.years:
        row = [fmt(n, figures.value(n, year)) if (n != "jobs growth" or year > figures.years[0])
               else "" for n in names]
        lines.append(f"| {year} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def chart(figures, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    panels = [("unemployment", "unemployment (%)", 1.0), ("vacancies", "vacancies (x 1,000)", 1e-3),
              ("tension", "tension (vacancies per WW < 6 months)", 1.0),
              ("potential labour force", "potential labour force (million)", 1e-6)]
    fig, axes = plt.subplots(2, 2, figsize=(11, 7.5))
    years = figures.years
    for ax, (name, label, scale) in zip(axes.flat, panels):
        ax.plot(years, [figures.value(name, y) * scale for y in years], color="#1f4e79",
                label="lmsim baseline")
        for band_name, band_years, low, high, _ in BANDS:
            if band_name != name:
                continue
            ys = list(band_years)
            lo, hi = low * scale, high * scale
            ax.fill_between([ys[0] - 0.5, ys[-1] + 0.5], lo, hi, color="#9dc3e6", alpha=0.35,
                            label="band" if ys[0] == min(b[1][0] for b in BANDS if b[0] == name)
                            else None)
        for year, value, source in PUBLISHED.get(name, []):
            if year is None:
                ax.axhline(value * scale, color="#c00000", linestyle=":", linewidth=1)
                ax.annotate(source, (years[-1], value * scale), fontsize=7, color="#c00000",
                            va="bottom", ha="right")
            else:
                ax.plot([year], [value * scale], "o", color="#c00000", markersize=4)
        ax.set_title(label, fontsize=10)
        ax.set_xlim(2022.5, years[-1] + 0.5)
        ax.grid(alpha=0.3)
    axes.flat[0].plot([], [], "o", color="#c00000", markersize=4, label="published")
    axes.flat[0].legend(fontsize=8, loc="center left")
    fig.suptitle("lmsim baseline against the published outlook (bands: docs/validation.md)",
                 fontsize=11)
    fig.tight_layout()
    fig.savefig(path, metadata={"Date": None} if path.endswith(".svg") else None)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("result")
    parser.add_argument("--markdown", help="write the per-year table as Markdown to this file")
    parser.add_argument("--chart", help="write the chart (published points and bands) here")
    args = parser.parse_args()
    try:
        figures = Figures(args.result)
    except (OSError, KeyError, ValueError) as error:
        print(f"outlook_check: {error}", file=sys.stderr)
        return 2
    print(table(figures))
    print()
    failed = 0
    for name, year, value, low, high, source, passed in checks(figures):
        failed += not passed
        print(f"{'PASS' if passed else 'FAIL'} {name} {year}: {fmt(name, value)} in "
              f"[{fmt(name, low)}, {fmt(name, high)}] ({source})")
    if args.markdown:
        with open(args.markdown, "w", encoding="utf-8") as out:
            out.write(table(figures) + "\n")
    if args.chart:
        chart(figures, args.chart)
    print(f"outlook_check: {failed} band(s) left" if failed else "outlook_check: every band holds")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
