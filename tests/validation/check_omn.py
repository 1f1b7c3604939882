#!/usr/bin/env python3
"""lmsim against the published occupational mobility network (OMN) model, with h5py and numpy.

Usage: check_omn.py LMSIM_BINARY SOURCE_DIR WORK_DIR [PEERS_DIR]
PEERS_DIR (default SOURCE_DIR/../shared/peers/omn) holds the published data of del Rio-Chanona,
Mealy, Beguerisse-Diaz, Lafond & Farmer (2021, J. R. Soc. Interface 18:20200898) and its
README, the specification. The data are for validation only and are not part of lmsim's data
set; where the folder is absent the check says so and exits 77, which CTest reports as skipped.

Runs scenarios/validation/omn_{steady,automation,cycle}.toml (600 steps of 6.75 weeks, one
region, 464 occupations) five times: steady on the complete network (A = 1/n), automation and
cycle on the complete network and on the file network (surrogate_network_464_seed12345.csv), and
checks:
1. Reference: per step, lmsim's totals over occupations of employed, unemployed, vacancies and
   target_demand equal those of the independent numpy implementation
   scripts/validation/omn_reference.py (imported; simulate()) to 1e-9 relative at every step.
   Both implement the README's equations, so any difference in the order of the updates, the
   floors, the matching function or the demand paths shows here. The largest relative
   difference per variable and run is printed.
2. Conservation: in the published model e + u changes by h - x = 0, so employed + unemployed
   (totals) is the same at every step to 1e-12 relative; and the books of the flows close: per
   step, the change of unemployed equals separations - hires (totals) to 1e-9 relative of
   unemployed. lmsim records at time index t the flows of the step from t-1 to t (index 0, the
   initial state, holds zero flows), so u[t] - u[t-1] is compared with separations[t] - hires[t]
   for t = 1..599. There is no on-the-job search (on_the_job_search_scale = 0), so every hire is
   an exit from unemployment (job_to_job is zero, which is checked too).
3. Published qualitative results: steady/complete settles at an unemployment rate
   100 u / (e + u) near 4.1% (between 4.0 and 4.2 at step 99 and at the last step);
   automation/complete is near 4.1% at step 99, before the shock, and peaks during the
   transition (the largest rate of steps 100..599 is at least 0.3 percentage points above the
   step-99 rate, at a step between 100 and 100 + 231, the shock's 30 years); in both cycle runs
   the Beveridge loop of (unemployment rate, vacancy rate 100 v / (e + v)) over one full period
   after the transient (steps 400..502, 103 steps) turns counter-clockwise (positive shoelace
   area).
4. Sparse against dense storage, end to end: lmsim stores the network sparse where at most 10%
   of its entries are non-zero (OccupationalMobility::kSparseDensity), so the file network
   (21 non-zeros per row of 464, checked here) is evaluated sparse and the complete network
   dense. The command line cannot force the file network into dense storage, so the end-to-end
   check is check 1 on the file-network runs: lmsim's sparse evaluation against the reference's
   dense numpy matrix products, to 1e-9 relative. (tests/models/test_occupational_mobility.cpp
   compares the two storages of one matrix directly.)
5. Determinism: automation on the file network again with --threads 2 gives every dataset of the
   file (numbers bit for bit, text value for value) identical to --threads 1.
6. The data are not copied: the results name the peers folder as their data directory, and no
   file under SOURCE_DIR/scenarios/data is named like a peer data file or has the content of one.
"""
import hashlib
import os
import shutil
import sys
import time

import h5py
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "outputs"))
from checks import check, datasets, run, summary  # noqa: E402

STEPS = 600
OCCUPATIONS = 464
STEP_DAYS = 47.25  # 6.75 weeks
NETWORK_FILE = "surrogate_network_464_seed12345.csv"
RUNS = [("steady", "complete"), ("automation", "complete"), ("automation", "file"),
        ("cycle", "complete"), ("cycle", "file")]
TOTALS = ["employed", "unemployed", "vacancies", "target_demand"]
SHOCK_START, SHOCK_STEPS = 100, 231          # 30 x 52 / 6.75 = 231.1 steps
LOOP = (400, 502)                            # one period of 103 steps after the transient


def max_rel(a, b):
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), np.finfo(float).tiny)))


def shoelace(x, y):
    """Signed area of the closed polygon (x, y): positive when it turns counter-clockwise."""
    return 0.5 * float(np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y))


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def lmsim_run(binary, source_dir, peers, name, network, out, threads=1):
    scenario = os.path.join(source_dir, "scenarios", "validation", f"omn_{name}.toml")
    run([binary, "run", scenario, "--data-dir", peers,
         "--network", "complete" if network == "complete" else NETWORK_FILE,
         "--out", out, "--overwrite", "-q", "--threads", str(threads), "--variables", "all"])


def main():
    if len(sys.argv) not in (4, 5):
        print(__doc__.split("\n\n")[1])
        sys.exit(2)
    binary, source_dir, work = sys.argv[1:4]
    peers = sys.argv[4] if len(sys.argv) == 5 else os.path.join(source_dir, "..", "shared",
                                                                "peers", "omn")
    peers = os.path.abspath(peers)
    if not os.path.isdir(peers):
        print(f"The published OMN data are absent ({peers} does not exist): "
              "the check against del Rio-Chanona et al. (2021) is skipped.")
        sys.exit(77)
    started = time.monotonic()

    sys.path.insert(0, os.path.join(source_dir, "scripts", "validation"))
    import omn_reference  # noqa: E402

    shutil.rmtree(work, ignore_errors=True)  # a fresh folder: no results of an earlier check
    os.makedirs(work)

    e0, p = omn_reference.load_data(peers)
    check(len(e0) == OCCUPATIONS, f"the peers' data hold {OCCUPATIONS} occupations ({len(e0)})")
    networks = {kind: omn_reference.load_network(peers, kind, len(e0))
                for kind in ("complete", "file")}
    density = float(np.count_nonzero(networks["file"])) / networks["file"].size
    print(f"file network: {100 * density:.2f}% of entries non-zero (lmsim stores it sparse at "
          f"<= 10%); complete network: 100% (dense)")
    check(density <= 0.1, "the file network is sparse enough for lmsim's sparse storage, so the "
          "file-network runs check sparse evaluation against the reference's dense numpy")

    results = {}
    for name, network in RUNS:
        out = os.path.join(work, f"{name}_{network}.h5")
        lmsim_run(binary, source_dir, peers, name, network, out)
        with h5py.File(out, "r") as f:
            what = f"{name}/{network}"
            for ds in TOTALS + ["hires", "separations", "openings", "unemployed_short",
                                "job_to_job"]:
                check(f[ds].shape == (STEPS, 1, OCCUPATIONS),
                      f"{what}: {ds} is time x region x occupation ({f[ds].shape})")
            check(f["time"].attrs["units"].decode() == "days since 2016-01-01",
                  f"{what}: time in days since 2016-01-01")
            check(np.allclose(f["time"][:], STEP_DAYS * np.arange(STEPS), rtol=0, atol=1e-9),
                  f"{what}: one step is 6.75 weeks (47.25 days)")
            check(os.path.realpath(f.attrs["data_dir"].decode()) == os.path.realpath(peers),
                  f"{what}: the result names the peers folder as its data directory")
            total = {ds: f[ds][:].sum(axis=(1, 2)) for ds in
                     TOTALS + ["hires", "separations", "job_to_job"]}
        results[(name, network)] = total

    # 1 and 4. Per-step totals against the independent reference (dense numpy).
    print("largest relative difference from scripts/validation/omn_reference.py over 600 steps:")
    print(f"  {'run':22s}" + "".join(f"{v:>15s}" for v in TOTALS))
    diffs = {}
    for name, network in RUNS:
        ref = omn_reference.simulate(e0, p, networks[network], name, steps=STEPS)
        total = results[(name, network)]
        diffs[(name, network)] = {v: max_rel(total[v], ref[v]) for v in TOTALS}
        print(f"  {name + '/' + network:22s}" +
              "".join(f"{diffs[(name, network)][v]:15.3e}" for v in TOTALS))
    for key, d in diffs.items():
        for v in TOTALS:
            check(d[v] <= 1e-9, f"{key[0]}/{key[1]}: {v} equals the reference's to 1e-9 relative "
                  f"at every step (largest difference {d[v]:.3e})")

    # 2. Conservation. Flows at index t are those of the step t-1 -> t; index 0 holds zeros.
    print("conservation (largest relative deviation):")
    for name, network in RUNS:
        what = f"{name}/{network}"
        t = results[(name, network)]
        labour = t["employed"] + t["unemployed"]
        spread = float(np.max(np.abs(labour - labour[0])) / labour[0])
        check(t["hires"][0] == 0 and t["separations"][0] == 0,
              f"{what}: the initial state (index 0) records no flows")
        check(np.all(t["job_to_job"] == 0),
              f"{what}: no job-to-job moves, so every hire leaves unemployment")
        books = np.abs(np.diff(t["unemployed"]) - (t["separations"][1:] - t["hires"][1:]))
        books = float(np.max(books / t["unemployed"][1:]))
        print(f"  {what:22s} e + u: {spread:.3e}   du - (separations - hires): {books:.3e}")
        check(spread <= 1e-12, f"{what}: employed + unemployed is constant to 1e-12 ({spread:.3e})")
        check(books <= 1e-9, f"{what}: u[t] - u[t-1] = separations[t] - hires[t] to 1e-9 of u "
              f"({books:.3e})")

    # 3. Published qualitative results.
    def rates(key):
        t = results[key]
        e, u, v = t["employed"], t["unemployed"], t["vacancies"]
        return 100 * u / (e + u), 100 * v / (e + v)

    ur, _ = rates(("steady", "complete"))
    print(f"steady/complete: unemployment rate {ur[99]:.4f}% at step 99, {ur[-1]:.4f}% at step "
          f"{STEPS - 1}")
    check(4.0 <= ur[99] <= 4.2 and 4.0 <= ur[-1] <= 4.2,
          f"steady/complete settles near 4.1% ({ur[99]:.4f}%, {ur[-1]:.4f}%)")

    ur, _ = rates(("automation", "complete"))
    peak_step = SHOCK_START + int(np.argmax(ur[SHOCK_START:]))
    peak = float(ur[peak_step])
    print(f"automation/complete: unemployment rate {ur[99]:.4f}% at step 99 (before the shock), "
          f"peak {peak:.4f}% at step {peak_step} (+{peak - ur[99]:.4f} points)")
    check(4.0 <= ur[99] <= 4.2,
          f"automation/complete is near 4.1% before the shock ({ur[99]:.4f}%)")
    check(peak >= ur[99] + 0.3, f"automation/complete: the rate peaks at least 0.3 points above "
          f"its level before the shock ({peak:.4f}% against {ur[99]:.4f}%)")
    check(SHOCK_START <= peak_step <= SHOCK_START + SHOCK_STEPS,
          f"automation/complete: the peak is during the transition (step {peak_step})")

    for network in ("complete", "file"):
        ur, vr = rates(("cycle", network))
        a, b = LOOP
        area = shoelace(ur[a:b + 1], vr[a:b + 1])
        print(f"cycle/{network}: Beveridge loop of steps {a}..{b}: signed area {area:.4f} "
              f"(percentage points squared; positive = counter-clockwise)")
        check(area > 0, f"cycle/{network}: the (u, v) loop turns counter-clockwise ({area:.4f})")

    # 5. Determinism over threads.
    one = os.path.join(work, "automation_file.h5")
    two = os.path.join(work, "automation_file_threads2.h5")
    lmsim_run(binary, source_dir, peers, "automation", "file", two, threads=2)
    da, db = datasets(one), datasets(two)
    check(sorted(da) == sorted(db), "--threads 1 and 2: the same datasets")
    for name in da:
        check(da[name] == db[name], f"--threads 2 against 1: dataset {name} identical bit for bit")
    print(f"automation/file: all {len(da)} datasets identical bit for bit with --threads 1 and 2")

    # 6. The published data are not copied into lmsim's data set.
    peer_files = {f: sha256(os.path.join(peers, f)) for f in sorted(os.listdir(peers))
                  if f.lower().endswith(".csv")}
    stems = [os.path.splitext(f)[0].lower() for f in peer_files]
    hashes = set(peer_files.values())
    data_dir = os.path.join(source_dir, "scenarios", "data")
    check(os.path.isdir(data_dir), f"lmsim's data set is at {data_dir}")
    seen = 0
    for root, _, files in os.walk(data_dir):
        for f in files:
            seen += 1
            path = os.path.join(root, f)
            check(not any(s in f.lower() for s in stems),
                  f"{path} is not named like a peer data file ({', '.join(peer_files)})")
            check(sha256(path) not in hashes, f"{path} is not a copy of a peer data file")
    print(f"none of the {seen} files of scenarios/data is named like or equal to the "
          f"{len(peer_files)} peer data files")

    print(f"runtime {time.monotonic() - started:.1f} s")
    summary()


if __name__ == "__main__":
    main()
