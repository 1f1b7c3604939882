"""The check counter of the Python test scripts: check() stops at the first failure with its
message; summary() prints how many checks passed. Also what several scripts share: running a
command that must exit with a given code, and reading every dataset of a result file for a
bit-for-bit comparison."""
import csv
import re
import subprocess
import sys

_passed = 0


def check(condition, message):
    global _passed
    if not condition:
        print("FAILED: " + message)
        print(f"{_passed} passed, 1 failed")
        sys.exit(1)
    _passed += 1


def summary():
    print(f"{_passed} passed, 0 failed")


def run(args, env=None, expect=0):
    result = subprocess.run(args, capture_output=True, text=True, env=env)
    check(result.returncode == expect,
          f"{' '.join(args)} exits {expect} (got {result.returncode}): {result.stderr[-2000:]}")
    return result


def datasets(path):
    """Every dataset of the file as raw bytes (so that NaN and -0.0 compare bit for bit); text
    datasets as their list of strings."""
    import h5py  # only the scripts that read result files need h5py

    out = {}

    def keep(name, obj):
        if not isinstance(obj, h5py.Dataset):
            return
        values = obj[()]
        out[name] = repr(values.tolist()) if values.dtype.kind in "OSU" else values.tobytes()

    with h5py.File(path, "r") as f:
        f.visititems(keep)
    return out


def read_annex_csv(path):
    """The rows of an annex CSV file; a Dutch one (semicolons, decimal commas) with its decimal
    commas read as points (report_checks_tables.py checks how each language writes them)."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        dutch = ";" in f.readline()
        f.seek(0)
        rows = list(csv.reader(f, delimiter=";" if dutch else ","))
    if dutch:
        rows = [[re.sub(r"^(-?\d+),(\d+)$", r"\1.\2", cell) for cell in row] for row in rows]
    return rows


def command_output(command, expect=0):
    """Runs a command that must exit with `expect`; its stdout and stderr together."""
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True)
    check(result.returncode == expect,
          f"{' '.join(map(str, command))} exited {result.returncode}, expected {expect}:\n"
          f"{result.stdout}{result.stderr}")
    return result.stdout + result.stderr
