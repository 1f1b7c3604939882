#!/usr/bin/python3
"""Charts of lmsim's runs of the occupational mobility network model (docs/validation.md).

Usage
    omn_charts.py LMSIM_BINARY PEERS_DIR OUT_DIR

Runs lmsim on scenarios/validation/omn_cycle.toml and omn_automation.toml, each on the complete
network (A = 1/n) and on the synthetic surrogate network of PEERS_DIR, into a temporary folder,
and writes two SVG charts to OUT_DIR:

    omn_beveridge_curve.svg   vacancy rate against unemployment rate in the business-cycle run
    omn_automation.svg        unemployment rate and target demand in the automation run

The model is that of del Rio-Chanona, Mealy, Beguerisse-Diaz, Lafond & Farmer (2021),
J. R. Soc. Interface 18:20200898; the data in PEERS_DIR are theirs and stay outside lmsim's data
set. Unemployment rate 100 u / (e + u), vacancy rate 100 v / (e + v), with e, u and v summed over
the 464 occupations. The SVG files keep their text as text and carry no date, so a rerun with the
same lmsim and matplotlib writes the same bytes. Needs h5py, numpy and matplotlib.
"""
import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time

import h5py
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the non-interactive backend)
import numpy as np  # noqa: E402

plt.rcParams.update({
    "svg.fonttype": "none",       # text stays text in SVG
    "svg.hashsalt": "lmsim-omn",  # fixed ids in the SVG, so reruns write the same bytes
    "text.parse_math": False,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
})

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
NETWORK_FILE = "surrogate_network_464_seed12345.csv"
PROBABILITIES_FILE = "ipums_variables_subset.csv"
# Network option of lmsim run, label in the charts, colour, line style.
NETWORKS = [
    ("complete", "complete network (A = 1/n)", "#404040", "-"),
    (NETWORK_FILE, "synthetic surrogate network (20 neighbours per occupation)", "#d95f02", "--"),
]
CYCLE_START = 80        # first step of the business cycle (omn_cycle.toml)
SHOCK_START = 100       # first step of the automation shock (omn_automation.toml)
SHOCK_END = 331         # step 100 + 231.1 (30 years of 6.75-week steps)
DAYS_PER_YEAR = 365.25
CITATION = ("Model: del Rio-Chanona, Mealy, Beguerisse-Diaz, Lafond & Farmer (2021), "
            "J. R. Soc. Interface 18:20200898.")
SVG_METADATA = {"Date": None}


def run_lmsim(binary, peers, scenario, network, out):
    subprocess.run([binary, "run", os.path.join(REPOSITORY, "scenarios", "validation", scenario),
                    "--data-dir", peers, "--network", network, "--out", out, "--overwrite",
                    "-q"], check=True)


def read_run(path):
    """Totals over region and occupation per step, the time axis in days, and the ids and target
    demand per occupation."""
    with h5py.File(path, "r") as f:
        totals = {k: f[k][:].sum(axis=(1, 2)) for k in ("employed", "unemployed", "vacancies")}
        totals["days"] = f["time"][:]
        totals["occupation"] = [c.decode() if isinstance(c, bytes) else str(c)
                                for c in f["occupation"][:]]
        totals["target_demand"] = f["target_demand"][:].sum(axis=1)  # time x occupation
    e, u, v = totals["employed"], totals["unemployed"], totals["vacancies"]
    totals["unemployment_rate"] = 100.0 * u / (e + u)
    totals["vacancy_rate"] = 100.0 * v / (e + v)
    totals["years"] = totals["days"] / DAYS_PER_YEAR
    return totals


def read_probabilities(peers):
    with open(os.path.join(peers, PROBABILITIES_FILE), newline="") as f:
        return {row["id"]: float(row["auto_prob_average"]) for row in csv.DictReader(f)}


def add_source(figure, scenario):
    figure.text(0.01, 0.01, CITATION + "\nlmsim run of scenarios/validation/" + scenario +
                " with the authors' data (shared/peers/omn).\nThe surrogate network is "
                "synthetic, not the published empirical network.", fontsize=6.5,
                color="#555555", ha="left", va="bottom")


def arrow(ax, x, y, t, colour):
    ax.annotate("", xy=(x[t + 1], y[t + 1]), xytext=(x[t - 1], y[t - 1]),
                arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.2,
                            "mutation_scale": 12, "shrinkA": 0, "shrinkB": 0})


def beveridge_chart(runs, out_dir):
    figure, ax = plt.subplots(figsize=(6.6, 5.2))
    figure.subplots_adjust(left=0.1, right=0.97, top=0.9, bottom=0.2)
    for (_, label, colour, _), r in zip(NETWORKS, runs):
        x, y = r["unemployment_rate"], r["vacancy_rate"]
        ax.plot(x[:CYCLE_START], y[:CYCLE_START], color=colour, lw=0.8, ls=":", alpha=0.6)
        ax.plot(x[CYCLE_START - 1:], y[CYCLE_START - 1:], color=colour, lw=1.2, label=label)
        ax.plot(x[CYCLE_START - 1], y[CYCLE_START - 1], "o", color=colour, ms=4)
        # Direction of travel over the last full cycle (103 steps), four arrows.
        last = len(x) - 2
        for t in range(last - 103 + 13, last, 26):
            arrow(ax, x, y, t, colour)
    x0, y0 = runs[0]["unemployment_rate"][0], runs[0]["vacancy_rate"][0]
    ax.annotate("initial state (step 0)", (x0, y0), xytext=(x0 + 0.4, y0 - 0.25), fontsize=7.5,
                color="#555555", arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6})
    xs, ys = runs[0]["unemployment_rate"][CYCLE_START - 1], runs[0]["vacancy_rate"][CYCLE_START - 1]
    ax.annotate(f"steady state before the cycle (step {CYCLE_START - 1});\n"
                f"dotted: the approach from step 0", (xs, ys), xytext=(5.2, 3.3), fontsize=7.5,
                color="#555555", arrowprops={"arrowstyle": "-", "color": "#999999", "lw": 0.6})
    ax.set_xlabel("unemployment rate, % (100 u / (e + u))")
    ax.set_ylabel("vacancy rate, % (100 v / (e + v))")
    ax.set_title("Beveridge curve of the business-cycle run: a counter-clockwise loop\n"
                 f"(464 occupations, steps of 6.75 weeks, cycle from step {CYCLE_START}, "
                 "period 103 steps)", fontsize=9.5)
    ax.legend(loc="upper right", frameon=False, fontsize=8)
    ax.set_xlim(left=0)
    ax.set_ylim(bottom=0)
    add_source(figure, "omn_cycle.toml")
    figure.savefig(os.path.join(out_dir, "omn_beveridge_curve.svg"), metadata=SVG_METADATA)
    plt.close(figure)


def demand_index(run, probabilities, pick):
    """Target demand of the occupations whose automation probability is pick(p), summed, as %
    of its level at step 0."""
    p = np.array([probabilities[c] for c in run["occupation"]])
    chosen = p == pick(p)
    demand = run["target_demand"][:, chosen].sum(axis=1)
    return 100.0 * demand / demand[0], int(chosen.sum()), float(pick(p))


def automation_chart(runs, probabilities, out_dir):
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(6.6, 6.8), sharex=True,
                                         gridspec_kw={"height_ratios": [3, 2]})
    figure.subplots_adjust(left=0.12, right=0.97, top=0.86, bottom=0.16, hspace=0.12)
    years = runs[0]["years"]
    for ax in (top, bottom):
        ax.axvspan(years[SHOCK_START], years[SHOCK_END], color="#e8e8e8", lw=0)
    for (_, label, colour, style), r in zip(NETWORKS, runs):
        top.plot(r["years"], r["unemployment_rate"], color=colour, ls=style, lw=1.3, label=label)
    top.text(years[SHOCK_START] + 0.5, 0.3, f"automation shock, steps {SHOCK_START}-{SHOCK_END} "
             "(30 years)", fontsize=7.5, color="#555555", va="bottom")
    top.set_ylabel("unemployment rate, %")
    top.set_ylim(0, 1.3 * max(r["unemployment_rate"].max() for r in runs))
    top.legend(loc="upper left", frameon=False, fontsize=8)
    top.set_title("Automation run: demand shifts from automatable occupations over 30 years\n"
                  "(464 occupations, Frey-Osborne automation probabilities, total demand "
                  "unchanged)", fontsize=9.5)
    # Target demand is the same on both networks: it depends on D0 and p only.
    most, n_most, p_most = demand_index(runs[0], probabilities, np.max)
    least, n_least, p_least = demand_index(runs[0], probabilities, np.min)
    bottom.plot(years, least, color="#1b9e77", lw=1.3,
                label=f"least automatable ({n_least} occupations, p = {p_least:g})")
    bottom.plot(years, most, color="#7570b3", lw=1.3,
                label=f"most automatable ({n_most} occupations, p = {p_most:g})")
    bottom.axhline(100.0, color="#999999", lw=0.6, ls=":")
    bottom.set_ylabel("target demand,\n% of step 0")
    bottom.set_xlabel("years since the start of the run (steps of 6.75 weeks)")
    bottom.set_xlim(0, years[-1])
    bottom.set_ylim(0, max(least.max(), 100.0) * 1.1)
    bottom.legend(loc="lower left", frameon=False, fontsize=8)
    step_days = runs[0]["days"][1] - runs[0]["days"][0]
    steps = top.secondary_xaxis("top", functions=(
        lambda y: y * DAYS_PER_YEAR / step_days, lambda s: s * step_days / DAYS_PER_YEAR))
    steps.set_xlabel("step", fontsize=8)
    steps.tick_params(labelsize=7.5)
    add_source(figure, "omn_automation.toml")
    figure.savefig(os.path.join(out_dir, "omn_automation.svg"), metadata=SVG_METADATA)
    plt.close(figure)


def summary(cycle, automation):
    for (_, label, _, _), c, a in zip(NETWORKS, cycle, automation):
        rate = a["unemployment_rate"]
        peak = int(np.argmax(rate))
        x, y = c["unemployment_rate"][CYCLE_START:], c["vacancy_rate"][CYCLE_START:]
        area = 0.5 * float(np.sum(x[:-1] * y[1:] - x[1:] * y[:-1]))
        print(f"{label}: unemployment rate {rate[SHOCK_START - 1]:.2f}% at step "
              f"{SHOCK_START - 1}, peak {rate[peak]:.2f}% at step {peak} "
              f"({a['years'][peak]:.1f} years), {rate[-1]:.2f}% at step {len(rate) - 1}; "
              f"Beveridge loop {'counter-clockwise' if area > 0 else 'clockwise'} "
              f"(u {x.min():.2f}-{x.max():.2f}%, v {y.min():.2f}-{y.max():.2f}%)")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lmsim", metavar="LMSIM_BINARY")
    ap.add_argument("peers", metavar="PEERS_DIR", help="folder of the published data")
    ap.add_argument("out", metavar="OUT_DIR", help="folder of the SVG charts")
    args = ap.parse_args(argv)
    binary = os.path.abspath(args.lmsim)
    peers = os.path.abspath(args.peers)
    os.makedirs(args.out, exist_ok=True)
    start = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="omn_charts_") as scratch:
        results = {}
        for run in ("cycle", "automation"):
            results[run] = []
            for i, (network, _, _, _) in enumerate(NETWORKS):
                out = os.path.join(scratch, f"{run}_{i}.h5")
                run_lmsim(binary, peers, f"omn_{run}.toml", network, out)
                results[run].append(read_run(out))
    beveridge_chart(results["cycle"], args.out)
    automation_chart(results["automation"], read_probabilities(peers), args.out)
    summary(results["cycle"], results["automation"])
    print(f"wrote omn_beveridge_curve.svg and omn_automation.svg to {args.out} in "
          f"{time.monotonic() - start:.1f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
