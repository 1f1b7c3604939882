#!/usr/bin/env python3
"""Opens a result file of `lmsim run` with h5py and checks its layout and its values.

Usage: check_result_file.py LMSIM_BINARY SCENARIO WORK_DIR
Runs the scenario, then checks: dimension scales attached to every variable (netCDF-4 layout),
CF time units, region and occupation codes with names, units and English and Dutch long names
on every variable, the scenario, parameters and outlook stored in the file, and values that must
hold between variables (shortage = target demand - employed; tension = vacancies / WW benefits
under 6 months, which never exceed the unemployed; the potential labour force within the
population aged 15-74; population by status conserved by the recorded flows). Exits non-zero
with a message on the first failure; prints 'N passed, 0 failed' at the end.
"""
import subprocess
import sys

import h5py
import numpy as np

from checks import check, summary


def text(values):
    return [v.decode() if isinstance(v, bytes) else v for v in values]


def main():
    binary, scenario, work_dir = sys.argv[1:4]
    out = f"{work_dir}/check.h5"
    subprocess.run([binary, "run", scenario, "--out", out, "--overwrite", "--quiet"], check=True)
    f = h5py.File(out, "r")

    # Dimensions and coordinates.
    regions = text(f["region"][:])
    check(len(regions) == 35 and "AM13" in regions and "AM04" not in regions, "35 region codes")
    check(text(f["region_name"][:])[regions.index("AM13")] == "Midden-Utrecht", "region names")
    occupations = text(f["occupation"][:])
    check(len(occupations) == 14 and occupations[-1] == "DEF", "14 occupation codes, defence last")
    check(f["time"].attrs["units"].decode() == "days since 2025-01-01", "CF time units")
    check(f["time"].shape == (192,) and f["time"][1] == 31 and f["time"][12] == 365, "monthly time axis")

    # Every variable: dimension scales attached, units and names.
    for name in ["employed", "unemployed", "unemployed_short", "vacancies", "hires", "separations",
                 "job_to_job", "target_demand", "shortage", "fte_supply", "tension"]:
        v = f[name]
        check(v.shape == (192, 35, 14), f"{name} has shape time x region x occupation")
        check([d.label for d in v.dims] == ["time", "region", "occupation"], f"{name} dimension labels")
        check(all(len(d) == 1 for d in v.dims), f"{name} has a dimension scale on every axis")
        for attribute in ["units", "long_name", "long_name_nl"]:
            check(len(v.attrs[attribute]) > 0, f"{name} has {attribute}")

    # Run metadata.
    for attribute in ["scenario", "parameters", "seed", "engine", "lmsim_version", "data_checksums", "created"]:
        check(attribute in f.attrs, f"global attribute {attribute}")
    check(b"separation_rate = " in f.attrs["parameters"], "all parameter values stored")
    check(b"title = " in f.attrs["scenario"], "resolved scenario stored")
    check(b"ww_benefit_share" not in f.attrs["parameters"], "no WW share among the parameters")
    # The outlook the run assumed, from its data set (docs/output.md, "Global attributes").
    check(f.attrs["demand_outlook"] == b"demand_outlook.csv", "demand outlook file stored")
    check(f.attrs["demand_outlook_sources"].startswith(b"UWV 2025; "), "demand outlook sources")
    check(b"85751NED" in f.attrs["population_outlook_sources"], "population outlook sources")
    check(f.attrs["aow_age_law_until"] == b"2031", "last year of the AOW age by law")

    # Relations between variables.
    check(np.allclose(f["shortage"][:], f["target_demand"][:] - f["employed"][:], rtol=0, atol=1e-6),
          "shortage = target demand - employed")
    ww = f["ww_under_6_months"][:]
    check(np.allclose(f["tension"][:], f["vacancies"][:] / ww, rtol=1e-12),
          "tension = vacancies / WW benefits under 6 months")
    check(np.all(ww >= 0) and np.all(ww <= f["unemployed"][:] * (1 + 1e-12)),
          "WW recipients under 6 months are unemployed persons of their cell")
    potential = f["potential_labour_force"][:]
    population = f["population_by_status"][:].sum(axis=2)  # time x region
    check(np.all(potential > 0.5 * population) and np.all(potential < population),
          "potential labour force (20 to the AOW age) within the population aged 15-74")
    population = f["population_by_status"][:].sum(axis=1)  # time x status
    flows = f["flows"][:]  # time x from x to (last index: outside)
    net = flows.sum(axis=1)[:, :-1] - flows.sum(axis=2)[:, :-1]
    change = np.diff(population, axis=0)
    check(np.allclose(change, net[1:], rtol=0, atol=1e-6 * population.max()), "stocks change by the recorded flows")

    # A planner's question: Midden-Utrecht, employed / vacancies / tension per occupation in 2030.
    r = regions.index("AM13")
    year = slice(60, 72)
    employed = f["employed"][year, r, :].mean(axis=0)
    vacancies = f["vacancies"][year, r, :].mean(axis=0)
    check(employed.shape == (14,) and np.all(employed > 0) and np.all(vacancies > 0), "Midden-Utrecht 2030 by occupation")
    # The same file through xarray, with both netCDF-4 engines, and no extra arguments.
    import xarray as xr
    for engine in ["netcdf4", "h5netcdf"]:
        ds = xr.open_dataset(out, engine=engine)
        check(dict(ds.sizes)["region"] == 35 and dict(ds.sizes)["occupation"] == 14, f"xarray ({engine}) dimensions")
        check(str(ds["time"].values[12])[:10] == "2026-01-01", f"xarray ({engine}) decodes CF time")
        check(np.array_equal(ds["employed"].sel(region="AM13").values, f["employed"][:, r, :]),
              f"xarray ({engine}) values equal h5py's")
        check(ds["vacancies"].attrs["units"] == "vacancies", f"xarray ({engine}) units")
        ds.close()
    # netCDF's own tool reads the header.
    header = subprocess.run(["ncdump", "-h", out], check=True, capture_output=True, text=True).stdout
    check("time = 192 ;" in header and "double employed(time, region, occupation) ;" in header, "ncdump -h")

    # Without compression every variable is one contiguous block, and reads the same.
    plain = f"{work_dir}/check_uncompressed.h5"
    subprocess.run([binary, "run", scenario, "--out", plain, "--overwrite", "--quiet", "--compress", "0"],
                   check=True)
    g = h5py.File(plain, "r")
    check(f["employed"].chunks is not None and g["employed"].chunks is None,
          "chunked when compressed, contiguous without")
    check(all(np.array_equal(f[name][...], g[name][...]) for name in ("employed", "vacancies", "flows")),
          "the same values with and without compression")
    ds = xr.open_dataset(plain, engine="netcdf4")
    check(ds["employed"].shape == (192, 35, 14), "xarray opens the contiguous file")
    ds.close()
    summary()


if __name__ == "__main__":
    main()
