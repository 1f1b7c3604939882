#!/usr/bin/env python3
"""Checks the ensemble files of `lmsim run --engine abm --replicates N --keep-replicates` against
a direct computation with numpy from the kept replicates.

Usage: check_ensemble_file.py LMSIM_BINARY BASELINE_SCENARIO WORK_DIR
Runs the baseline for half a year at scale 1:500 with 4 replicates, then checks: the statistics
file holds every variable with a leading `statistic` dimension (mean, sd, p05, p50, p95) and the
replicates file the same variables with a leading `replicate` dimension; every statistic equals
numpy's (mean, std with ddof=1, quantile with linear interpolation) of the replicates, where all
replicates are finite; the replicates differ; the tension-class probabilities equal the shares of
replicates in each UWV class of the annual tension (annual vacancies over annual WW benefits under
6 months; none for defence) and add up to 1; both files open in xarray.
"""
import subprocess
import sys

import h5py
import numpy as np
import xarray as xr

from checks import check, summary

CLASSES = ["zeer ruim", "ruim", "gemiddeld", "krap", "zeer krap"]


def text(values):
    return [v.decode() if isinstance(v, bytes) else v for v in values]


def uwv_class(tension):
    if tension < 0.25:
        return 0
    if tension < 0.67:
        return 1
    if tension < 1.5:
        return 2
    if tension < 4.0:
        return 3
    return 4


def main():
    binary, baseline, work_dir = sys.argv[1:4]
    scenario = f"{work_dir}/ensemble_scenario.toml"
    with open(scenario, "w") as f:
        f.write(f'base = "{baseline}"\ntitle = "Ensemble check"\nend = "2025-06"\n')
    out = f"{work_dir}/ensemble.h5"
    replicates_out = f"{work_dir}/ensemble.replicates.h5"
    subprocess.run([binary, "run", scenario, "--engine", "abm", "--scale", "500", "--replicates",
                    "4", "--keep-replicates", "--out", out, "--overwrite", "--quiet"], check=True)
    stats = h5py.File(out, "r")
    kept = h5py.File(replicates_out, "r")
    check(text(stats["statistic"][:]) == ["mean", "sd", "p05", "p50", "p95"], "statistic labels")
    check(list(kept["replicate"][:]) == [0, 1, 2, 3], "replicate coordinate")
    check(stats.attrs["replicates"].decode() == "4", "replicates attribute")
    names = [n for n in kept if "replicate" in [d.label for d in kept[n].dims] and n != "replicate"]
    check(len(names) >= 18, f"replicates file holds the variables ({len(names)})")
    for name in names:
        values = kept[name][:]
        s = stats[name][:]
        check(s.shape == (5,) + values.shape[1:], f"{name}: statistic x the replicate's shape")
        finite = np.all(np.isfinite(values), axis=0)
        with np.errstate(invalid="ignore"):  # infinite tension where a cell has no short-term unemployed
            expected = [values.mean(axis=0), values.std(axis=0, ddof=1),
                        np.quantile(values, 0.05, axis=0), np.quantile(values, 0.5, axis=0),
                        np.quantile(values, 0.95, axis=0)]
        for k, label in enumerate(["mean", "sd", "p05", "p50", "p95"]):
            got = s[k][finite]
            want = expected[k][finite]
            check(np.allclose(got, want, rtol=1e-12, atol=1e-9 * (1 + np.abs(want).max(initial=0))),
                  f"{name}: {label} equals numpy's over the kept replicates")
    employed = kept["employed"][:]
    check(np.any(employed[0] != employed[1]), "replicates differ")

    # Tension classes of the annual tension of each replicate: annual vacancies over annual WW
    # benefits under 6 months; defence (the last occupation) is no UWV class and has none.
    p = stats["tension_class_probability"][:]
    check(text(stats["tension_class"][:]) == CLASSES, "tension classes")
    vacancies = kept["vacancies"][:].sum(axis=1)  # one year (2025-01 .. 2025-06)
    benefits = kept["ww_under_6_months"][:].sum(axis=1)
    expected = np.zeros(p.shape[1:])
    for r in range(vacancies.shape[0]):
        for region in range(vacancies.shape[1]):
            for occupation in range(vacancies.shape[2]):
                ww = benefits[r, region, occupation]
                tension = vacancies[r, region, occupation] / ww if ww > 0 else np.inf
                expected[region, occupation, uwv_class(tension)] += 1 / vacancies.shape[0]
    expected[:, -1, :] = np.nan
    check(p.shape == (1,) + expected.shape,
          "tension_class_probability: year x region x occupation x class")
    check(np.allclose(p[0], expected, atol=1e-12, equal_nan=True),
          "tension-class probabilities from the replicates, none for defence")
    check(np.allclose(p[0, :, :-1].sum(axis=-1), 1.0, atol=1e-12), "probabilities add up to 1")

    for path in (out, replicates_out):
        ds = xr.open_dataset(path, engine="netcdf4")
        check("employed" in ds and ds["employed"].dims[0] in ("statistic", "replicate"),
              f"{path} opens in xarray")
        ds.close()
    summary()


if __name__ == "__main__":
    main()
