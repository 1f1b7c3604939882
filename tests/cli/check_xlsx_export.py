#!/usr/bin/env python3
"""Opens the workbook of `lmsim export --annual --xlsx` with openpyxl and holds it against the CSV
export of the same options and against the result file.

Usage: check_xlsx_export.py LMSIM_BINARY SCENARIO WORK_DIR
Runs the scenario, exports some variables (monthly, by year of their own, by age, a ratio) as
CSV and as a workbook, then checks: the CSV reads back with Python's csv module, every row as
wide as its header (names holding commas are quoted); the workbook has a sheet `variables`
listing what variables.csv lists, then a sheet per variable; each sheet has the CSV's header and
rows, text cells equal to the CSV's text, years and ages as whole numbers, values as numbers with
a number format, equal to the CSV's to the 16 significant digits a workbook stores; the annual
means of `employed` add up to the mean of the result file's months; the header row is frozen.
Exits non-zero with a message on the first failure; prints 'N passed, 0 failed' at the end.
"""
import csv
import math
import subprocess
import sys
from pathlib import Path

import h5py
import numpy as np
import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "outputs"))
from checks import check, run, summary  # noqa: E402

VARIABLES = ["employed", "tension", "participation", "retirements_employees",
             "retirements_employees_by_age"]
NOT_FINITE = {"inf", "-inf", "nan"}
# Values are stored with 16 significant digits: equal to the shortest round-trip text of the CSV
# to a few units in the 16th digit.
RELATIVE_TOLERANCE = 1e-14


def csv_rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def check_csv_shape(name, rows):
    widths = {len(r) for r in rows}
    check(widths == {len(rows[0])}, f"{name}.csv: every row as wide as its header ({widths})")


def cell_problem(header, cell, text):
    """What is wrong with a cell that should hold the CSV's `text` in column `header`, or None."""
    if header == "value":
        if text in NOT_FINITE:
            return None if cell.value == text else f"'{text}' kept as text (got {cell.value!r})"
        if cell.data_type != "n" or not isinstance(cell.value, (int, float)):
            return f"a number (got {cell.value!r})"
        if cell.number_format == "General":
            return "a number format"
        if not math.isclose(cell.value, float(text), rel_tol=RELATIVE_TOLERANCE, abs_tol=1e-300):
            return f"{cell.value!r} equals the CSV's {text}"
        return None
    if header in ("year", "age"):
        ok = cell.data_type == "n" and cell.value == int(text)
        return None if ok else f"the whole number {text} (got {cell.value!r})"
    return None if cell.value == text else f"the CSV's text {text!r} (got {cell.value!r})"


def check_sheet(name, sheet, rows):
    sheet_rows = list(sheet.iter_rows())
    check(len(sheet_rows) == len(rows), f"{name}: {len(rows)} rows as in the CSV "
                                        f"(got {len(sheet_rows)})")
    header = rows[0]
    check([c.value for c in sheet_rows[0]] == header, f"{name}: the CSV's header {header}")
    problem = None
    for number, (cells, texts) in enumerate(zip(sheet_rows[1:], rows[1:]), start=2):
        if len(cells) != len(texts):
            problem = f"row {number}: {len(texts)} cells (got {len(cells)})"
        for column, cell, text in zip(header, cells, texts):
            problem = problem or cell_problem(column, cell, text)
            if problem:
                problem = f"row {number}, column {column}: {problem}"
                break
        if problem:
            break
    check(problem is None, f"{name}: every cell as the CSV's ({problem})")


def check_employed_against_file(result_file, sheet_rows):
    """The annual means of 2030 summed over all cells: the mean of the file's 2030 months."""
    with h5py.File(result_file, "r") as f:
        days = f["time"][:]
        employed = f["employed"][:]
    months_2030 = [t for t, d in enumerate(days)
                   if (np.datetime64("2025-01-01") + np.timedelta64(int(d), "D")).astype(
                       "datetime64[Y]").astype(int) + 1970 == 2030]
    check(len(months_2030) == 12, "12 months of 2030 in the result file")
    expected = float(employed[months_2030].sum()) / 12.0
    header = [c.value for c in sheet_rows[0]]
    year, value = header.index("year"), header.index("value")
    total = sum(r[value].value for r in sheet_rows[1:] if r[year].value == 2030)
    check(math.isclose(total, expected, rel_tol=1e-12),
          f"employed 2030 in the workbook {total} equals the file's mean {expected}")


def main():
    binary, scenario, work_dir = sys.argv[1:4]
    work = Path(work_dir)
    work.mkdir(parents=True, exist_ok=True)
    result = work / "xlsx_check.h5"
    subprocess.run([binary, "run", scenario, "--out", str(result), "--overwrite", "--quiet"],
                   check=True)
    chosen = [a for v in VARIABLES for a in ("--variable", v)]
    folder, workbook = work / "xlsx_check_csv", work / "xlsx_check.xlsx"
    run([binary, "export", str(result), "--annual", "--csv", str(folder), "--overwrite", "-q"]
        + chosen)
    run([binary, "export", str(result), "--annual", "--xlsx", str(workbook), "--overwrite",
         "-q"] + chosen)

    book = openpyxl.load_workbook(workbook, read_only=True)
    check(book.sheetnames == ["variables"] + VARIABLES,
          f"sheets: variables, then one per variable ({book.sheetnames})")
    catalogue = csv_rows(folder / "variables.csv")
    listed = [[c.value for c in r] for r in book["variables"].iter_rows()]
    check(listed[0] == catalogue[0][:-1] + ["sheet"], f"variables sheet header ({listed[0]})")
    check([r[:-1] for r in listed[1:]] == [r[:-1] for r in catalogue[1:]],
          "variables sheet lists what variables.csv lists")
    check([r[-1] for r in listed[1:]] == VARIABLES, "each variable's sheet named after it")

    for name in VARIABLES:
        rows = csv_rows(folder / f"{name}.csv")
        check_csv_shape(name, rows)
        check_sheet(name, book[name], rows)
    employed = csv_rows(folder / "employed.csv")
    name_nl = employed[0].index("occupation_name_nl")
    check(any("," in r[name_nl] for r in employed[1:]),
          "an occupation name holding a comma reads back whole from the CSV")
    check_employed_against_file(result, list(book["employed"].iter_rows()))
    book.close()

    # The header row stays in view: openpyxl reads the frozen pane in full (not read-only) mode.
    small = work / "xlsx_check_small.xlsx"
    run([binary, "export", str(result), "--annual", "--xlsx", str(small), "--overwrite", "-q",
         "--variable", "participation", "--region", "AM13"])
    full = openpyxl.load_workbook(small)
    for sheet in full.worksheets:
        check(sheet.freeze_panes == "A2", f"{sheet.title}: header row frozen ({sheet.freeze_panes})")
    summary()


if __name__ == "__main__":
    main()
