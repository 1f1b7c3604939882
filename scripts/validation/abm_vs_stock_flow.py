#!/usr/bin/env python3
"""Compares one agent-based run with the stock-flow run of the same scenario (docs/abm.md,
sections 1 and 4): national employed, unemployed, vacancies and FTE supply (largest relative
difference of the annual means and of the monthly values), employee retirements and RVU entries
over the horizon, and the shares of the persons' traits.

    lmsim run scenarios/baseline.toml --engine abm --out abm.h5
    lmsim run scenarios/baseline.toml --out stock_flow.h5
    python3 scripts/validation/abm_vs_stock_flow.py abm.h5 stock_flow.h5
"""
import argparse

import h5py
import numpy as np


def national(f, name):
    return f[name][:].sum(axis=(1, 2))


def annual_means(x):
    whole_years = len(x) // 12 * 12
    return x[:whole_years].reshape(-1, 12).mean(axis=1)


def labels(f, name):
    return [v.decode() if isinstance(v, bytes) else str(v) for v in f[name][:]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("abm")
    parser.add_argument("stock_flow")
    args = parser.parse_args()
    with h5py.File(args.abm, "r") as a, h5py.File(args.stock_flow, "r") as s:
        for name in ["employed", "unemployed", "vacancies", "fte_supply"]:
            x, y = national(a, name), national(s, name)
            annual = np.abs(annual_means(x) / annual_means(y) - 1).max()
            monthly = np.abs(x[1:] / y[1:] - 1).max()  # the first month has no flows yet
            print(f"{name}: annual within {100 * annual:.3f}%, monthly within {100 * monthly:.3f}%")
        x = a["retirements_employees"][1:].sum()
        y = s["retirements_employees"][1:].sum()
        print(f"employee retirements: {x:,.0f} against {y:,.0f} ({100 * (x / y - 1):+.3f}%)")
        statuses = labels(a, "status")
        employed, rvu = statuses.index("employed"), statuses.index("rvu")
        x = a["flows"][1:, employed, rvu].sum()
        y = s["flows"][1:, employed, rvu].sum()
        print(f"RVU entries: {x:,.0f} against {y:,.0f} ({100 * (x / y - 1):+.2f}%)")
        traits = a["persons_with_trait"][:]
        names = labels(a, "trait")
        employees = a["population_by_status"][:, :, employed].sum(axis=1)
        workers = national(a, "employed")
        for trait, of, whom in [("flex_employees", employees, "employees"),
                                ("rvu_eligible_employees", employees, "employees"),
                                ("part_time_workers", workers, "workers")]:
            share = traits[:, names.index(trait)] / of
            print(f"{trait}: {100 * share.min():.2f}-{100 * share.max():.2f}% of {whom}")


if __name__ == "__main__":
    main()
