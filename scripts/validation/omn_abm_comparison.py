#!/usr/bin/env python3
"""The agent-based engine against the mean-field (stock-flow) path on the published runs of the
occupational mobility network model (del Rio-Chanona et al. 2021; docs/validation.md).

Usage: omn_abm_comparison.py LMSIM PEERS_DIR [--scale K] [--replicates N] [--runs RUN/NET ...]

For each run (steady/complete, automation/complete, automation/file, cycle/complete,
cycle/file) it runs the stock-flow engine once and the agent-based engine N times at 1 in K
(seeds 1..N, each an independent replicate), and reports, for the national totals of employed,
unemployed and vacancies at every step:
- the largest relative difference between the replicates' mean and the mean-field path;
- the share of steps where that difference is within 3 standard errors of the mean
  (sd over replicates / sqrt(N));
and, for the unemployment rate, the mean-field and agent-based values at step 99 (before the
shocks), at the automation peak and at the last step. The agent-based engine draws each
person's events from the same rates (docs/abm.md); its mean differs from the mean-field path by
noise and by the nonlinearity of the urn-ball matching in small cells (an occupation of the
published data has on average 300,000 workers, at 1 in 1000 about 300 agents and 4 unemployed).
Only the totals are kept; each run's file is deleted after reading.
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import h5py
import numpy as np

SCENARIOS = {"steady": "omn_steady.toml", "automation": "omn_automation.toml",
             "cycle": "omn_cycle.toml"}
NETWORKS = {"complete": "complete", "file": "surrogate_network_464_seed12345.csv"}
VARIABLES = ["employed", "unemployed", "vacancies"]


def totals(path):
    with h5py.File(path, "r") as f:
        return {v: f[v][()].sum(axis=(1, 2)) for v in VARIABLES}


def run(lmsim, source, peers, run_name, network, out, extra):
    scenario = os.path.join(source, "scenarios", "validation", SCENARIOS[run_name])
    args = [lmsim, "run", scenario, "--data-dir", peers, "--network", NETWORKS[network],
            "--out", out, "--overwrite", "-q", "--compress", "0"] + extra
    subprocess.run(args, check=True)
    result = totals(out)
    os.remove(out)
    return result


def rate(t):
    return 100.0 * t["unemployed"] / (t["employed"] + t["unemployed"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lmsim")
    parser.add_argument("peers")
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--replicates", type=int, default=20)
    parser.add_argument("--runs", nargs="*", default=["steady/complete", "automation/complete",
                                                      "automation/file", "cycle/complete",
                                                      "cycle/file"])
    args = parser.parse_args()
    source = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
    print(f"agent-based engine at 1 in {args.scale}, {args.replicates} replicates, "
          "against the mean-field path\n")
    print("| run | variable | largest relative difference of the mean | steps within 3 SE |"
          " unemployment rate, step 99: mean field / ABM | at the end |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for name in args.runs:
            run_name, network = name.split("/")
            started = time.time()
            path = os.path.join(work, "run.h5")
            mean_field = run(args.lmsim, source, args.peers, run_name, network, path, [])
            replicates = [run(args.lmsim, source, args.peers, run_name, network, path,
                              ["--engine", "abm", "--scale", str(args.scale), "--seed", str(s)])
                          for s in range(1, args.replicates + 1)]
            for v in VARIABLES:
                values = np.array([r[v] for r in replicates])
                mean = values.mean(axis=0)
                se = values.std(axis=0, ddof=1) / np.sqrt(len(replicates))
                difference = np.abs(mean - mean_field[v])
                relative = float(np.max(difference / mean_field[v]))
                within = float(np.mean(difference <= 3.0 * se))
                rates = ""
                if v == "unemployed":
                    abm_rate = np.mean([rate(r) for r in replicates], axis=0)
                    mf_rate = rate(mean_field)
                    rates = (f" {mf_rate[99]:.3f}% / {abm_rate[99]:.3f}% |"
                             f" {mf_rate[-1]:.3f}% / {abm_rate[-1]:.3f}%")
                    if run_name == "automation":
                        peak = 100 + int(np.argmax(mf_rate[100:]))
                        rates += (f"; peak {mf_rate[peak]:.3f}% (step {peak}) / "
                                  f"{abm_rate[100:].max():.3f}% (step "
                                  f"{100 + int(np.argmax(abm_rate[100:]))})")
                else:
                    rates = " | "
                print(f"| {name} | {v} | {relative:.2e} | {100 * within:.0f}% |{rates} |")
            print(f"<!-- {name}: {time.time() - started:.0f} s -->", file=sys.stderr)


if __name__ == "__main__":
    main()
