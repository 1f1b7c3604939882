#!/usr/bin/env python3
"""Result files damaged by overwritten 4 KB blocks: `lmsim info` and `lmsim export` either refuse
such a file (exit code 2, a message naming it) or give everything the intact file holds. A
damaged file must never be read as valid with a variable silently missing
(docs/errors.md, "Result files").

Usage: check_damaged_blocks.py LMSIM_BINARY SOURCE_DIR WORK_DIR

The damage is made by a seeded generator, so every run tests the same files: the baseline of
2025-2026 (every variable) is written once, then
- in each of COPIES copies one block of 4 KB, at an offset drawn from random.Random(SEED), is
  overwritten with bytes drawn from the same generator (damage anywhere: data chunks, heaps);
- in one copy per object of the file (dataset), the first 16 bytes of its object header (its
  address from h5py) are overwritten with bytes from the same generator: the file still lists
  the object, but HDF5 cannot read it. Such files were read as valid without the variable.
Each command runs under a time limit (a hang guard) and a memory limit.
"""
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import h5py

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "outputs"))
from checks import check, run, summary  # noqa: E402

SEED = 20261128
COPIES = 101
BLOCK = 4096
HEADER_BYTES = 16
GUARD = ["timeout", "120", "prlimit", "--as=4000000000"]


def info_variables(text):
    """The variable names `lmsim info` lists (the lines after 'variables  N')."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("variables"))
    names = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        names.append(line.split()[0])
    return names


def exported_variables(folder):
    """The variables of an export: the first column of variables.csv, and the CSV files."""
    rows = (folder / "variables.csv").read_text(encoding="utf-8").splitlines()[1:]
    listed = [row.split(",")[0] for row in rows]
    files = sorted(p.stem for p in folder.glob("*.csv") if p.name != "variables.csv")
    return listed, files


def lmsim(binary, *args):
    return subprocess.run(GUARD + [binary, *map(str, args)], capture_output=True, text=True)


def main():
    binary, source, work = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3])
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    scenario = work / "short.toml"
    scenario.write_text(f'base = "{source / "scenarios" / "baseline.toml"}"\n'
                        'start = "2025-01"\nend = "2026-12"\n', encoding="utf-8")
    intact = work / "intact.h5"
    run([binary, "run", str(scenario), "--variables", "all", "--out", str(intact), "-q"])
    names = info_variables(run([binary, "info", str(intact)]).stdout)
    check(len(names) >= 10, f"the intact file lists its variables ({names})")
    run([binary, "export", str(intact), "--csv", str(work / "intact_csv"), "-q"])
    check(exported_variables(work / "intact_csv") == (names, sorted(names)),
          "the intact file exports every variable")

    data = intact.read_bytes()
    generator = random.Random(SEED)
    damages = []
    for _ in range(COPIES):
        offset = generator.randrange(len(data) // BLOCK) * BLOCK
        damages.append((offset, generator.randbytes(BLOCK)))
    with h5py.File(intact, "r") as f:
        headers = sorted(h5py.h5o.get_info(f[name].id).addr for name in f)
    check(len(headers) >= len(names), f"h5py finds every object header ({len(headers)})")
    for address in headers:
        damages.append((address, generator.randbytes(HEADER_BYTES)))

    refused = 0
    for copy, (offset, replacement) in enumerate(damages):
        damaged = bytearray(data)
        damaged[offset:offset + len(replacement)] = replacement
        path = work / f"damaged_{copy:03d}.h5"
        path.write_bytes(bytes(damaged))
        what = f"copy {copy} ({len(replacement)} bytes at offset {offset})"

        info = lmsim(binary, "info", path)
        check(info.returncode in (0, 2), f"{what}: info exits 0 or 2, not {info.returncode}: "
              f"{info.stderr[-500:]}")
        if info.returncode == 2:
            refused += 1
            check(str(path) in info.stderr and "lmsim: error:" in info.stderr,
                  f"{what}: info names the damaged file: {info.stderr[-500:]}")
        else:
            check(info_variables(info.stdout) == names,
                  f"{what}: info read it as valid, so it lists every variable: {info.stdout}")

        folder = work / f"csv_{copy:03d}"
        export = lmsim(binary, "export", path, "--csv", folder, "-q")
        check(export.returncode in (0, 2), f"{what}: export exits 0 or 2, not "
              f"{export.returncode}: {export.stderr[-500:]}")
        if export.returncode == 2:
            check(str(path) in export.stderr and not folder.exists(),
                  f"{what}: export names the damaged file and writes nothing")
        else:
            check(exported_variables(folder) == (names, sorted(names)),
                  f"{what}: export read it as valid, so it writes every variable")
            shutil.rmtree(folder)
        path.unlink()
    print(f"{refused} of {len(damages)} damaged copies refused, the others read in full")
    check(refused > 0, "some damage is found (the generator damages the file)")
    summary()


if __name__ == "__main__":
    main()
