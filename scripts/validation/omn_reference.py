#!/usr/bin/python3
"""Independent reference implementation of the occupational mobility network (OMN) model.

What it is
    A small, pure-numpy implementation of the deterministic mean-field solution of the
    occupational mobility network model of del Rio-Chanona, Mealy, Beguerisse-Diaz, Lafond &
    Farmer (2021), "Occupational mobility and automation: a data-driven network model",
    J. R. Soc. Interface 18:20200898.  The authors' replication package (labornet.py and a
    Julia agent simulation) is Zenodo record 4453162 (CC BY 4.0).  This script does NOT use
    that code: it follows, equation by equation and in the same order, the specification in
    shared/peers/omn/README.md (states, floors, initial state and the three target-demand
    paths steady / automation / cycle).

How lmsim uses it
    lmsim's validation tests run the same five configurations (steady/complete,
    automation/complete, automation/file, cycle/complete, cycle/file) and compare lmsim's
    per-step totals of employed, unemployed, vacancies and target demand with this script's
    output to 1e-9 relative.  The data in the peers folder are for tests only and are not
    part of lmsim's data set.

Usage
    omn_reference.py --data-dir DIR --run {steady,automation,cycle} --network {complete,file}
                     [--out FILE.csv] [--steps 600] [--check-dense]
    Output: CSV `step,employed,unemployed,vacancies,target_demand`, one row per step
    t = 0..T-1 (t = 0 is the initial state), totals over occupations, numbers as '.17g'.

    `simulate(e0, p, A, run, steps=600)` is importable and returns a dict of numpy arrays.
"""

import argparse
import math
import os
import sys

import numpy as np

DU = 0.01600001                # separation rate delta_u
DV = 0.01200001                # vacancy opening rate delta_v
GU = GV = 10 * DU              # gamma_u = gamma_v
FLOOR = 1e-15                  # every state is floored at this after each step
NETWORK_FILE = "surrogate_network_464_seed12345.csv"


def load_data(data_dir):
    """Employment e0 and automation probability p, aligned by occupation id."""
    emp = np.genfromtxt(os.path.join(data_dir, "ipums_employment_2016_subset.csv"),
                        delimiter=",", names=True)
    var = np.genfromtxt(os.path.join(data_dir, "ipums_variables_subset.csv"),
                        delimiter=",", names=True)
    emp = emp[np.argsort(emp["id"], kind="stable")]
    var = var[np.argsort(var["id"], kind="stable")]
    if not np.array_equal(emp["id"], var["id"]):
        raise ValueError("the two data files do not list the same occupation ids")
    return (np.asarray(emp["IPUMS_CPS_av_monthly_employment_whole_period"], dtype=float),
            np.asarray(var["auto_prob_average"], dtype=float))


def load_network(data_dir, kind, n):
    if kind == "complete":
        return np.full((n, n), 1.0 / n)          # A_ij = 1/n, diagonal included
    A = np.loadtxt(os.path.join(data_dir, NETWORK_FILE), delimiter=",")
    if A.shape != (n, n):
        raise ValueError(f"network is {A.shape}, expected {(n, n)}")
    return A


def target_demand(run, t, D0, p):
    """d*(t) for the three runs of the README."""
    if run == "steady":
        return D0
    if run == "automation":
        if t < 100:
            return D0
        Ts = 30 * 52 / 6.75                      # shock duration in steps
        h = Ts / 2
        k = -math.log(1 / 0.9999 - 1) / h
        t0 = 100 + h
        Df = D0 * (1 - p) * D0.sum() / (D0 * (1 - p)).sum()   # total demand unchanged
        return D0 + (Df - D0) / (1 + math.exp(-k * (t - t0)))
    if run == "cycle":
        if t < 80:
            return D0
        return D0 * (1 - 0.065 * math.sin(2 * math.pi * (t + 80) / 103))
    raise ValueError(f"unknown run {run!r}")


def match_probability(theta):
    """p_j = theta_j (1 - exp(-1/theta_j)); theta = inf (S_j = 0) gives 0, see flows()."""
    with np.errstate(divide="ignore", invalid="ignore"):
        pm = theta * (1 - np.exp(-1 / theta))
    # S_j = 0 means nobody applies to j, so s_ij = f_ij = 0 whatever p_j is; p_j = 0 avoids
    # inf * 0 = nan.
    return np.where(np.isfinite(theta), pm, 0.0)


def flows(A, u, v):
    """Hires h_j and exits x_i without forming the n x n matrices s_ij, f_ij.

    S_j = sum_i u_i A_ij v_j / (A v)_i = v_j (A^T (u / A v))_j
    x_i = u_i sum_j q_ij p_j          = u_i (A (v p))_i / (A v)_i
    h_j = sum_i s_ij p_j              = S_j p_j
    """
    Av = A @ v
    S = v * (A.T @ (u / Av))
    with np.errstate(divide="ignore"):
        theta = v / S
    pm = match_probability(theta)
    x = u * (A @ (v * pm)) / Av
    h = S * pm
    return h, x


def flows_dense(A, u, v):
    """The same flows, literally as in the README, with explicit n x n matrices."""
    q = A * v[None, :] / (A * v[None, :]).sum(axis=1)[:, None]
    s = u[:, None] * q
    S = s.sum(axis=0)
    with np.errstate(divide="ignore"):
        theta = v / S
    pm = match_probability(theta)
    f = s * pm[None, :]
    return f.sum(axis=0), f.sum(axis=1)


def max_rel_diff(a, b):
    return float(np.max(np.abs(a - b) / np.maximum(np.abs(b), np.finfo(float).tiny)))


def simulate(e0, p, A, run, steps=600, check_dense=0):
    """Run the mean-field model; return per-step totals and the final per-occupation state.

    e0: employment per occupation, p: automation probability, A: n x n network (row i =
    occupation of the applicant), run: 'steady' | 'automation' | 'cycle'.  check_dense > 0
    also computes the first `check_dense` steps with dense matrices and asserts agreement to
    1e-12 relative; the largest difference is returned as 'dense_max_rel_diff'.
    """
    e0 = np.asarray(e0, dtype=float)
    p = np.asarray(p, dtype=float)
    A = np.asarray(A, dtype=float)
    e = e0.copy()
    u = DU * e0
    v = DV * e0
    D0 = e0 + u
    out = {k: np.empty(steps) for k in ("employed", "unemployed", "vacancies", "target_demand")}
    out["step"] = np.arange(steps)
    out["employed"][0], out["unemployed"][0], out["vacancies"][0] = e.sum(), u.sum(), v.sum()
    out["target_demand"][0] = D0.sum()
    dense_diff = 0.0
    for t in range(1, steps):
        d = target_demand(run, t, D0, p)
        D = e + v - d
        w = DU * e + (1 - DU) * np.minimum(e, GU * np.maximum(0.0, D))
        nv = DV * e + (1 - DV) * np.minimum(e, GV * np.maximum(0.0, -D))
        h, x = flows(A, u, v)
        if t <= check_dense:
            hd, xd = flows_dense(A, u, v)
            new = (u + w - x, e + h - w, v + nv - h)
            newd = (u + w - xd, e + hd - w, v + nv - hd)
            diff = max(max_rel_diff(a, b) for a, b in zip((h, x) + new, (hd, xd) + newd))
            dense_diff = max(dense_diff, diff)
            assert diff <= 1e-12, f"step {t}: factored and dense flows differ by {diff:.3e}"
        u, e, v = u + w - x, e + h - w, v + nv - h
        u, e, v = np.maximum(u, FLOOR), np.maximum(e, FLOOR), np.maximum(v, FLOOR)
        out["employed"][t], out["unemployed"][t], out["vacancies"][t] = e.sum(), u.sum(), v.sum()
        out["target_demand"][t] = d.sum()
    out.update(final_e=e, final_u=u, final_v=v)
    if check_dense:
        out["dense_max_rel_diff"] = dense_diff
    return out


def write_csv(res, stream):
    cols = ("employed", "unemployed", "vacancies", "target_demand")
    stream.write("step," + ",".join(cols) + "\n")
    for t in range(len(res["step"])):
        stream.write(str(t) + "," + ",".join(format(float(res[c][t]), ".17g") for c in cols) + "\n")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", required=True)
    ap.add_argument("--run", required=True, choices=("steady", "automation", "cycle"))
    ap.add_argument("--network", required=True, choices=("complete", "file"))
    ap.add_argument("--out", help="output CSV (default: stdout)")
    ap.add_argument("--steps", type=int, default=600, help="T, number of rows incl. t = 0")
    ap.add_argument("--check-dense", action="store_true",
                    help="also compute the first 5 steps with explicit n x n matrices")
    args = ap.parse_args(argv)
    if args.steps < 1:
        ap.error("--steps must be at least 1")

    e0, p = load_data(args.data_dir)
    A = load_network(args.data_dir, args.network, len(e0))
    res = simulate(e0, p, A, args.run, args.steps, check_dense=5 if args.check_dense else 0)
    if args.check_dense:
        print(f"check-dense: largest relative difference over the first 5 steps "
              f"= {res['dense_max_rel_diff']:.3e}", file=sys.stderr)
    if args.out:
        with open(args.out, "w", newline="") as f:
            write_csv(res, f)
    else:
        write_csv(res, sys.stdout)


if __name__ == "__main__":
    main()
