#!/usr/bin/env python3
"""The outlook validation as a test: runs a scenario and the outlook check on its result.

Usage: check_outlook.py LMSIM_BINARY SOURCE_DIR WORK_DIR SCENARIO [--expect-fail BAND]

Without --expect-fail the check must pass (every band of scripts/validation/outlook_check.py
holds). With it the check must fail, and among the failed bands must be BAND (such as
"unemployment"): a check that passes whatever the model does would pass here too.
"""
import os
import subprocess
import sys


def main():
    args = sys.argv[1:]
    expect_fail = None
    if "--expect-fail" in args:
        i = args.index("--expect-fail")
        expect_fail = args[i + 1]
        del args[i:i + 2]
    lmsim, source, work, scenario = args
    os.makedirs(work, exist_ok=True)
    out = os.path.join(work, os.path.splitext(os.path.basename(scenario))[0] + ".h5")
    run = subprocess.run([lmsim, "run", scenario, "--out", out, "--overwrite", "--quiet"],
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout + run.stderr)
        print(f"FAILED: lmsim run {scenario} exited {run.returncode}")
        return 1
    check = subprocess.run(
        [sys.executable, os.path.join(source, "scripts", "validation", "outlook_check.py"), out],
        capture_output=True, text=True)
    print(check.stdout + check.stderr)
    if expect_fail is None:
        return 0 if check.returncode == 0 else 1
    failed = [line for line in check.stdout.splitlines() if line.startswith("FAIL " + expect_fail)]
    if check.returncode != 1 or not failed:
        print(f"FAILED: the check should have failed with band '{expect_fail}' left "
              f"(exit {check.returncode})")
        return 1
    print(f"the check fails as it should: {len(failed)} year(s) of '{expect_fail}' out of band")
    return 0


if __name__ == "__main__":
    sys.exit(main())
