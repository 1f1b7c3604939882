"""Checks of the annex's tables as a consultant pastes them (docs/report.md, "Tables"), called
from check_report.py:
- numbers and dates in Dutch and English (number_format.py): separators, negative values, zero,
  missing values, rounding of halves, dates from an ISO time stamp;
- CSV files: Dutch ones separated by semicolons with decimal commas and no thousands
  separator, English ones by commas with decimal points; their values equal annual means
  recomputed from the result files with h5py; a total row per scenario equal to the sum of its
  rows, tension's total equal to summed vacancies over summed WW benefits;
- the workbook: every number a number cell with its number format, no number stored as text,
  the header bold and frozen, the rows grouped under a heading per scenario as in the CSV file,
  a units line and notes with the source line;
- the page: the tables grouped per scenario with the language's separators;
- the Dutch annex calls itself a verkenning, never a prognose, and dates its source line in
  Dutch.
"""
import csv
import re
import sys
from datetime import datetime
from pathlib import Path

import h5py
import numpy as np
import openpyxl

from checks import check

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "outputs" / "report"))
import number_format  # noqa: E402
import texts  # noqa: E402

WW = "ww_under_6_months"
SEPARATORS = {"nl": ";", "en": ","}
# A number as each language's CSV file writes it: no thousands separator, its decimal sign.
CSV_NUMBER = {"nl": re.compile(r"^-?\d+(,\d+)?$"), "en": re.compile(r"^-?\d+(\.\d+)?$")}
# Month names written here, not taken from number_format.py, which is what is checked.
MONTHS = {"nl": "januari februari maart april mei juni juli augustus september oktober "
                "november december".split(),
          "en": "January February March April May June July August September October "
                "November December".split()}
ANY_NUMBER = re.compile(r"^[-+]?[\d.,]+$")


def check_number_format():
    """format_number, format_percent and format_date in both languages."""
    cases = [  # (value, lang, decimals, expected)
        (1234567.891, "nl", 2, "1.234.567,89"), (1234567.891, "en", 2, "1,234,567.89"),
        (-1234.5, "nl", 1, "-1.234,5"), (-1234.5, "en", 1, "-1,234.5"),
        (0, "nl", 0, "0"), (-0.0, "en", 2, "0.00"), (-0.004, "nl", 2, "0,00"),
        (-0.4, "en", 0, "0"), (2.5, "nl", 0, "3"), (-2.5, "en", 0, "-3"),
        (0.125, "nl", 2, "0,13"), (4.555, "en", 2, "4.56"), (39017, "nl", 0, "39.017"),
        (float("nan"), "nl", 0, "n.b."), (float("nan"), "en", 2, "n/a"), (None, "nl", 0, "n.b."),
    ]
    for value, lang, decimals, expected in cases:
        got = number_format.format_number(value, lang, decimals)
        check(got == expected, f"format_number({value}, {lang}, {decimals}) = {expected}, "
                               f"got {got}")
    check(number_format.format_number(1234567.5, "nl", 1, grouping=False) == "1234567,5"
          and number_format.format_number(-1234567.5, "en", 1, grouping=False) == "-1234567.5",
          "format_number without grouping: no thousands separator")
    check(number_format.format_number(1234, "nl", signed=True) == "+1.234"
          and number_format.format_number(-0.2, "en", signed=True) == "0",
          "format_number signed: + before a positive value, no sign on zero")
    check(number_format.format_percent(0.042, "nl") == "4,2%"
          and number_format.format_percent(-0.042, "en") == "-4.2%"
          and number_format.format_percent(float("nan"), "nl") == "n.b.",
          "format_percent in Dutch and English")
    for stamp, lang, expected in (("2026-12-08T00:38:33Z", "nl", "8 december 2026"),
                                  ("2026-12-08T00:38:33Z", "en", "8 December 2026"),
                                  ("2025-03-01T23:59:59Z", "nl", "1 maart 2025"),
                                  ("?", "nl", "?")):
        got = number_format.format_date(stamp, lang)
        check(got == expected, f"format_date({stamp}, {lang}) = {expected}, got {got}")
    nl = texts.TEXTS["nl"]
    check(texts.compare_sentence(1, "R", 2040, nl).startswith("Het scenario wordt")
          and texts.compare_sentence(3, "R", 2040, nl).startswith("De drie scenario's worden")
          and texts.compare_sentence(2, "R", 2040, texts.TEXTS["en"]).startswith(
              "The two scenarios are"), "the comparison sentence in the singular and plural")


def read_annex_csv(path, lang):
    """The rows of a CSV file of the annex, read as Excel in that language reads it; numeric
    cells as floats, checked to be written as that language's CSV writes numbers."""
    raw = path.read_bytes()
    check(raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: UTF-8 with a byte-order mark for Excel")
    with open(path, newline="", encoding="utf-8-sig") as file:
        rows = list(csv.reader(file, delimiter=SEPARATORS[lang]))
    widths = {len(row) for row in rows}
    check(len(widths) == 1 and widths.pop() > 3,
          f"{path.name}: every row has the header's columns with '{SEPARATORS[lang]}'")
    return rows


def csv_number(cell, lang, what):
    """A numeric CSV cell as a float: written with the language's decimal sign and no thousands
    separator (inf for infinite tension, empty for a missing value)."""
    if cell in ("", "inf"):
        return float("nan") if cell == "" else float("inf")
    check(CSV_NUMBER[lang].match(cell) is not None,
          f"{lang}: {what}: '{cell}' is a number as a {lang} CSV file writes it")
    return float(cell.replace(",", ".")) if lang == "nl" else float(cell)


def _groups(rows):
    """scenario title -> its rows (without the header), in order."""
    groups = {}
    for row in rows[1:]:
        groups.setdefault(row[0], []).append(row)
    return groups


def check_counts(annex, lang, paths, region, annual_means, name, file_id):
    """employment.csv / vacancies.csv: each value the rounded annual mean from h5py; a total row
    per scenario equal to the summed annual means and, within rounding, to the sum of its rows."""
    rows = read_annex_csv(annex / f"{file_id}.csv", lang)
    header = rows[0]
    years = [c for c in header if c.isdigit()]
    groups = _groups(rows)
    check(len(groups) == len(paths), f"{lang}: {file_id}: a group of rows per file")
    for path, (title, group) in zip(paths, groups.items()):
        expected = annual_means(path, name, region)
        body, total = group[:-1], group[-1]
        check(total[1] == "TOTAL" and total[2] == texts.TEXTS[lang]["total"],
              f"{lang}: {file_id}: the last row of '{title}' is its total ({total[:3]})")
        for year in years:
            column = header.index(year)
            values = [csv_number(row[column], lang, f"{file_id} {row[1]} {year}") for row in body]
            for o, value in enumerate(values):
                check(abs(value - expected[int(year)][o]) <= 0.5 + 1e-6,
                      f"{lang}: {file_id} {body[o][1]} {year} = {value}, h5py gives "
                      f"{expected[int(year)][o]}")
            summed = csv_number(total[column], lang, f"{file_id} total {year}")
            check(abs(summed - expected[int(year)].sum()) <= 0.5 + 1e-6,
                  f"{lang}: {file_id} total {year} = {summed}, the sum of the annual means is "
                  f"{expected[int(year)].sum()}")
            check(abs(summed - sum(values)) <= 0.5 * len(values) + 1e-6,
                  f"{lang}: {file_id} total {year} = the sum of its rows within their rounding")


def check_tension_totals(annex, lang, paths, region, year, annual_means):
    """tension.csv: the total of each file is its summed vacancies over its summed WW benefits
    (UWV's occupation classes, defence left out), never a sum of tensions; with its class in the
    annex's year."""
    rows = read_annex_csv(annex / "tension.csv", lang)
    header = rows[0]
    years = [c for c in header if c.isdigit()]
    for path, (title, group) in zip(paths, _groups(rows).items()):
        with h5py.File(path, "r") as f:
            uwv = np.array([o.decode() != "DEF" for o in f["occupation"][:]])
        vacancies, ww = annual_means(path, "vacancies", region), annual_means(path, WW, region)
        total = group[-1]
        check(total[1] == "TOTAL", f"{lang}: tension: the last row of '{title}' is its total")
        for shown in years:
            expected = vacancies[int(shown)][uwv].sum() / ww[int(shown)][uwv].sum()
            got = csv_number(total[header.index(shown)], lang, f"tension total {shown}")
            check(abs(got - expected) <= 0.005 + 1e-9,
                  f"{lang}: tension total {shown} of '{title}' = {got}, summed vacancies / "
                  f"summed WW give {expected}")
            summed = sum(csv_number(row[header.index(shown)], lang, "tension")
                         for row in group[:-1])
            check(abs(got - summed) > 0.01, f"{lang}: tension total {shown} of '{title}' is no "
                                            "sum of the rows' tensions")
        expected = vacancies[year][uwv].sum() / ww[year][uwv].sum()
        check(total[-1] == texts.tension_class(expected, lang),
              f"{lang}: the class of the total of '{title}' is that of its tension in {year}")


def check_comparison_totals(annex, lang, paths, region, year, annual_means):
    """comparison.csv: a total row per scenario; reference, scenario and difference of employed
    and vacancies equal the summed annual means; tension of the totals from the summed parts."""
    rows = read_annex_csv(annex / "comparison.csv", lang)
    header = rows[0]
    words = texts.TEXTS[lang]
    for path, (title, group) in zip(paths[1:], _groups(rows).items()):
        total = group[-1]
        check(total[1] == "TOTAL", f"{lang}: comparison: the last row of '{title}' is its total")
        for name, label in (("employed", words["employment"]),
                            ("vacancies", words["vacancies"])):
            reference = annual_means(paths[0], name, region)[year].sum()
            scenario = annual_means(path, name, region)[year].sum()
            for kind, expected in (("reference", reference), ("scenario", scenario),
                                   ("difference", scenario - reference)):
                column = header.index(f"{label} {words[kind]}")
                got = csv_number(total[column], lang, f"comparison total {label} {kind}")
                check(abs(got - expected) <= 0.5 + 1e-6,
                      f"{lang}: comparison total {label} {kind} = {got}, h5py gives {expected}")
        with h5py.File(path, "r") as f:
            uwv = np.array([o.decode() != "DEF" for o in f["occupation"][:]])
        vacancies = annual_means(path, "vacancies", region)[year][uwv].sum()
        ww = annual_means(path, WW, region)[year][uwv].sum()
        got = csv_number(total[header.index(f"{words['tension']} {words['scenario']}")], lang,
                         "comparison total tension")
        check(abs(got - vacancies / ww) <= 0.005 + 1e-9,
              f"{lang}: comparison total tension = summed vacancies / summed WW")


def expected_formats(file_id, header, lang):
    """column -> the number format of its cells in the workbook (None for text)."""
    words = texts.TEXTS[lang]
    if file_id in ("employment", "vacancies", "tension"):
        code = "0.00" if file_id == "tension" else "#,##0"
        return {c: code if c.isdigit() else None for c in header}
    if file_id == "comparison":
        return {c: ("0.00" if c.startswith(words["tension"] + " ") else "#,##0")
                if c.split(" ")[0] in (words["employment"], words["tension"])
                or c.startswith(words["vacancies"] + " ") else None for c in header}
    if file_id.startswith("effect_"):  # numbers: persons whole, percentages to 3 decimals
        numeric = (words["employment"] + " ", words["vacancies"] + " ")
        return {c: ("0.000" if c.endswith("(%)") else "#,##0") if c.startswith(numeric)
                else None for c in header}
    if file_id == "defence":
        return {c: {words["posts"]: "#,##0", words["filled"]: "#,##0",
                    words["fill_rate"]: "0.0"}.get(c) for c in header}
    return {c: None for c in header}


def check_sheet(sheet, table, rows, lang):
    """A sheet: title, units, bold frozen header without the scenario column, a heading per
    scenario with its rows as in the CSV file (numbers as number cells with their format), the
    total in bold without code, then the notes ending in the source line."""
    name = table["title"]
    cells = list(sheet.iter_rows())
    check(cells[0][0].value == table["title"] and cells[1][0].value,
          f"{lang}: sheet {name}: title and units line")
    header = rows[0]
    check([c.value for c in cells[2] if c.value is not None] == header[1:]
          and all(c.font.b for c in cells[2] if c.value is not None),
          f"{lang}: sheet {name}: the bold header is the CSV's without the scenario column")
    check(sheet.freeze_panes == "A4", f"{lang}: sheet {name}: header frozen ({sheet.freeze_panes})")
    formats = expected_formats(table["id"], header, lang)
    line = 3
    for title, group in _groups(rows).items():
        check(cells[line][0].value == title and cells[line][0].font.b
              and all(c.value is None for c in cells[line][1:]),
              f"{lang}: sheet {name}: a bold heading '{title}' above its rows")
        line += 1
        for row in group:
            shown = cells[line]
            line += 1
            is_total = row[1] in ("TOTAL", "NL")
            for column, (cell, value) in enumerate(zip(shown, row[1:]), start=1):
                code = formats[header[column]]
                if code is None or value == "inf":
                    check(cell.data_type == "s" or cell.value is None, f"{lang}: {name}: text")
                    expected = None if value in ("", "TOTAL") else value
                    if value == "inf":
                        expected = "∞"
                    check(cell.value == expected and not (isinstance(cell.value, str) and
                                                          ANY_NUMBER.match(cell.value)),
                          f"{lang}: sheet {name}: '{cell.value}' is the CSV's '{value}' as text")
                elif value == "":
                    check(cell.value is None, f"{lang}: sheet {name}: an empty cell stays empty")
                else:
                    check(cell.data_type == "n" and cell.number_format == code,
                          f"{lang}: sheet {name} {row[1]} {header[column]}: a number cell with "
                          f"format {code} (got {cell.data_type}, {cell.number_format})")
                    check(abs(cell.value - csv_number(value, lang, name)) < 1e-9,
                          f"{lang}: sheet {name}: {cell.value} equals its CSV's {value}")
                if is_total and cell.value is not None:
                    check(cell.font.b, f"{lang}: sheet {name}: the total row is bold")
    notes = [r[0].value for r in cells[line + 1:]]
    check(all(c.value is None for c in cells[line]) and len(notes) >= 2 and all(notes),
          f"{lang}: sheet {name}: notes under the table after an empty row")
    check(notes[-1].startswith(texts.TEXTS[lang]["source"].split("{")[0]),
          f"{lang}: sheet {name}: its notes end in the source line")
    for index, column in enumerate(header[1:], start=1):
        letter = cells[2][index - 1].column_letter
        longest = max(len(str(column)), *(len(str(r[index])) for r in rows[1:]))
        check(sheet.column_dimensions[letter].width >= min(longest, 58),
              f"{lang}: sheet {name}: column {column} is wide enough for its values")
    return notes


def check_workbook(annex, lang, manifest):
    """Every sheet of the workbook against its CSV file; returns the notes of every sheet."""
    workbook = openpyxl.load_workbook(annex / f"annex_{lang}.xlsx")
    notes = []
    for table in manifest["tables"]:
        rows = read_annex_csv(annex / table["csv"], lang)
        notes += check_sheet(workbook[table["title"][:31]], table, rows, lang)
    return notes


def check_page_tables(annex, lang):
    """The page groups each table per scenario and writes numbers with the language's
    separators: the employment total of the first file as a report writes it."""
    page = (annex / "index.html").read_text(encoding="utf-8")
    rows = read_annex_csv(annex / "employment.csv", lang)
    groups = _groups(rows)
    for title in groups:
        check(f'<tr class="group"><th colspan="{len(rows[0]) - 1}"' in page and
              f">{title}</th></tr>" in page.replace("&quot;", '"'),
              f"{lang}: the page heads the rows of '{title}' with its title")
    total = int(csv_number(list(groups.values())[0][-1][-1], lang, "employment total"))
    shown = f"{total:,}".replace(",", "." if lang == "nl" else ",")
    check(f"<td style=\"text-align:right\">{shown}</td>" in page,
          f"{lang}: the page shows the employment total as {shown}")


def created_date(path, lang):
    """The date of the result file's `created` attribute as a report writes it."""
    with h5py.File(path, "r") as f:
        stamp = f.attrs["created"].decode()
    moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    return f"{moment.day} {MONTHS[lang][moment.month - 1]} {moment.year}"


def check_words(annex, lang, manifest, notes, base):
    """The source line dated in the language; the Dutch annex a verkenning, never a prognose
    (CBS's own forecast, the CBS-prognose, and 'geen prognose' excepted)."""
    made = {"nl": "gemaakt", "en": "made"}[lang]
    date = f"{made} {created_date(base, lang)}"
    check(manifest["source"].endswith(date) and all(date in note for note in notes
                                                     if note.startswith(manifest["source"][:5])),
          f"{lang}: the source line ends '{date}' ({manifest['source']})")
    if lang != "nl":
        return
    check("Bijlage arbeidsmarktverkenning" in manifest["title"] and "verkenning" in
          manifest["intro"][0], "nl: the annex calls itself a verkenning")
    page = (annex / "index.html").read_text(encoding="utf-8")
    words = " ".join([page, manifest["title"], *manifest["intro"], *notes])
    left = re.sub(r"CBS-prognose|geen prognose", "", words)
    check("prognose" not in left.lower(), "nl: no 'prognose' in the annex's own words")


def check_tables_annex(annex, lang, paths, region, year, annual_means, manifest):
    """Every check of this module on one annex (called once per language)."""
    for name, file_id in (("employed", "employment"), ("vacancies", "vacancies")):
        check_counts(annex, lang, paths, region, annual_means, name, file_id)
    check_tension_totals(annex, lang, paths, region, year, annual_means)
    check_comparison_totals(annex, lang, paths, region, year, annual_means)
    notes = check_workbook(annex, lang, manifest)
    check_page_tables(annex, lang)
    check_words(annex, lang, manifest, notes, paths[0])
