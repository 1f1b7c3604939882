"""The tables of the annex: annual employment, vacancies and tension per occupation, the
scenario-versus-reference comparison, the tension class of every region and occupation and the
defence formation. Defence is no UWV occupation class: it has no row in the tension tables and
no column of classes; its formation has a table of its own. Tension needs the WW counts of every
file: without them the tension tables are left out.

Each table is written three ways (docs/report.md, "Tables"):
- a CSV file for programs: one row per scenario and line, the scenario in a column, no
  thousands separator; in Dutch separated by semicolons with a decimal comma (as Dutch Excel
  reads a CSV file), in English by commas with a decimal point;
- a sheet of the workbook and a table of the page, to paste into a report: a title, a line of
  units, the rows grouped under a heading per scenario, a total row per scenario and notes below;
  every number in the workbook a number cell with a number format, which Excel shows in the
  reader's own separators.
How a table is shown (units, notes, decimals, groups, total rows) travels with it as its
DataFrame's attrs["layout"], so that each entry stays (file id, title, table).
"""
import csv
import html
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from number_format import format_date, format_number, round_half_away
from texts import tension_class

# Excel's number format of a column by its decimals: whole numbers with a thousands separator,
# percent values (0-100, the unit in the header) with one decimal, tension with two.
NUMBER_FORMATS = {0: "#,##0", 1: "0.0", 2: "0.00", 3: "0.000"}
# The CSV separator of each language: Dutch Excel expects semicolons, as its decimal is a comma.
CSV_SEPARATORS = {"nl": ";", "en": ","}
# The code of a total row in the code column (codes such as BRC01 are not translated either).
TOTAL_CODE = "TOTAL"
# Tension where there are vacancies but no WW benefits under six months: in CSV as programs read
# it, in the workbook and on the page as a reader does.
INFINITE_CSV = "inf"
INFINITE_SHOWN = "∞"


@dataclass
class Layout:
    """How a table is shown beside its values."""
    lang: str
    units: str  # the line under the title
    notes: list  # sentences under the table, the source line last
    decimals: dict  # numeric column -> decimals; every other column holds text
    group: str = None  # column whose values head groups of rows in the workbook and on the page
    totals: list = field(default_factory=list)  # positions of total rows (shown in bold)
    starts: list = field(default_factory=list)  # where the rows of each file begin


def _starts_after(totals):
    """Where each file's rows start in a table whose files each end in a total row."""
    return [0] + [position + 1 for position in totals[:-1]]


def rounded(value, digits):
    """A table value: whole numbers as integers, others to `digits` decimals, halves away from
    zero; missing (NaN) and infinite values are kept as they are (written as empty and inf)."""
    return round_half_away(value, digits)


def table_years(years):
    """The years a printed table shows: the first, every fifth year, and the last."""
    chosen = [y for y in years if y == years[0] or y == years[-1] or y % 5 == 0]
    return sorted(set(chosen))


def source_line(results, version, lang, texts):
    """'Source: lmsim V, "A" vs "B"; annual means; made 8 December 2026' (the reference's date)."""
    names = " vs ".join(f'"{r.title}"' for r in results)
    return texts["source"].format(version=version, scenarios=names,
                                  created=format_date(results[0].created, lang))


def defence_row_note(results, texts):
    """Where the files have defence posts: the note that the DEF row counts those employed by
    Defensie, and the reservists a scenario adds are in the defence table (they keep their
    civilian jobs, docs/levers.md), so DEF grows less than the posts filled."""
    return [texts["note_defence_row"]] if any(r.has_defence_posts for r in results) else []


def _with_layout(rows, layout):
    table = pd.DataFrame(rows)
    table.attrs["layout"] = layout
    return table


def _uwv_sum(values, result):
    """The sum over UWV occupation classes (defence left out), year x occupation -> year."""
    return values.isel(occupation=np.flatnonzero(result.uwv)).sum("occupation", skipna=False)


def _total_tension(vacancies, ww):
    """Summed vacancies over summed WW benefits, as UWV computes tension; inf without WW."""
    vacancies, ww = float(vacancies), float(ww)
    if ww != ww or vacancies != vacancies:
        return float("nan")
    return vacancies / ww if ww > 0 else float("inf")


def _per_occupation(results, lang, texts, values_of, total_of, digits, uwv_only=False):
    """Rows per scenario x occupation with a year per column, and a total row per scenario."""
    rows, totals = [], []
    for result in results:
        values, total = values_of(result), total_of(result)
        years = table_years(result.years)
        for o, code in enumerate(result.occupations):
            if uwv_only and not result.uwv[o]:
                continue
            row = {texts["scenario"]: result.title, texts["occupation_code"]: code,
                   texts["occupation"]: result.occupation_names[lang][o]}
            for year in years:
                row[str(year)] = rounded(values.sel(year=year).values[o], digits)
            rows.append(row)
        totals.append(len(rows))
        row = {texts["scenario"]: result.title, texts["occupation_code"]: TOTAL_CODE,
               texts["occupation"]: texts["total"]}
        for year in years:
            row[str(year)] = rounded(total(year), digits)
        rows.append(row)
    year_columns = [str(y) for y in table_years(results[0].years)]
    return rows, totals, {column: digits for column in year_columns}


def _count_table(results, region_index, lang, texts, name, units):
    def values_of(result):
        return result.annual(name, region_index).central

    def total_of(result):
        totals = values_of(result).sum("occupation", skipna=False)
        return lambda year: totals.sel(year=year).values

    rows, totals, decimals = _per_occupation(results, lang, texts, values_of, total_of, 0)
    notes = [texts["note_total"], *defence_row_note(results, texts),
             source_line(results, results[0].version, lang, texts)]
    return _with_layout(rows, Layout(lang, units, notes, decimals, texts["scenario"], totals,
                                     _starts_after(totals)))


def employment_table(results, region_index, lang, texts):
    return _count_table(results, region_index, lang, texts, "employed", texts["employment_units"])


def vacancies_table(results, region_index, lang, texts):
    return _count_table(results, region_index, lang, texts, "vacancies",
                        texts["vacancies_units"])


def _summed_tension(result, region_index):
    """year -> tension of the UWV occupation classes together, from their summed parts."""
    vacancies = _uwv_sum(result.annual("vacancies", region_index).central, result)
    ww = _uwv_sum(result.annual("ww_under_6_months", region_index).central, result)
    return lambda year: _total_tension(vacancies.sel(year=year), ww.sel(year=year))


def tension_table(results, region_index, year, lang, texts):
    rows, totals, decimals = _per_occupation(
        results, lang, texts, lambda r: r.annual_tension(region_index).central,
        lambda r: _summed_tension(r, region_index), 2, uwv_only=True)
    classes = []  # in the order of the rows: each file's UWV classes, then its total
    for result in results:
        tension = result.annual_tension(region_index).central.sel(year=year).values
        classes += [tension_class(float(t), lang) for t, uwv in zip(tension, result.uwv) if uwv]
        classes.append(tension_class(_summed_tension(result, region_index)(year), lang))
    for row, name in zip(rows, classes):
        row[f"{texts['tension_class']} {year}"] = name
    notes = [texts["note_tension_total"], texts["note_classes"]]
    if any(row[c] == float("inf") for row in rows for c in decimals):
        notes.append(texts["note_infinite"])
    notes.append(source_line(results, results[0].version, lang, texts))
    units = texts["tension_table_units"].format(year=year)
    return _with_layout(rows, Layout(lang, units, notes, decimals, texts["scenario"], totals,
                                     _starts_after(totals)))


def _comparison_values(result, region_index, year, with_tension):
    """Employed, vacancies (and tension) per occupation in a year, each with its total."""
    employed = result.annual("employed", region_index).central.sel(year=year)
    vacancies = result.annual("vacancies", region_index).central.sel(year=year)
    values = {"employed": (employed.values, float(employed.sum(skipna=False))),
              "vacancies": (vacancies.values, float(vacancies.sum(skipna=False)))}
    if with_tension:
        tension = result.annual_tension(region_index).central.sel(year=year).values
        values["tension"] = (tension, _summed_tension(result, region_index)(year))
    return values


def _comparison_row(texts, lang, title, code, name, reference, scenario, uwv):
    """One line of the comparison: reference, scenario and difference of employed and
    vacancies; tension and classes of both (empty for defence, no UWV occupation class)."""
    row = {texts["scenario"]: title, texts["occupation_code"]: code, texts["occupation"]: name}
    for key, label in (("employed", texts["employment"]), ("vacancies", texts["vacancies"])):
        row[f"{label} {texts['reference']}"] = rounded(reference[key], 0)
        row[f"{label} {texts['scenario']}"] = rounded(scenario[key], 0)
        row[f"{label} {texts['difference']}"] = rounded(scenario[key] - reference[key], 0)
    if "tension" in reference:
        for label, values in ((texts["reference"], reference), (texts["scenario"], scenario)):
            row[f"{texts['tension']} {label}"] = rounded(values["tension"], 2) if uwv else None
        for label, values in ((texts["reference"], reference), (texts["scenario"], scenario)):
            row[f"{texts['tension_class']} {label}"] = \
                tension_class(float(values["tension"]), lang) if uwv else None
    return row


def comparison_table(results, region_index, year, lang, texts, with_tension=True):
    """Each scenario against the first file (the reference), per occupation, in one year, with a
    total row per scenario; with tension and its classes where every file has WW counts (empty
    for defence, no UWV class)."""
    reference = _comparison_values(results[0], region_index, year, with_tension)
    rows, totals = [], []
    for result in results[1:]:
        scenario = _comparison_values(result, region_index, year, with_tension)
        for o, code in enumerate(result.occupations):
            rows.append(_comparison_row(
                texts, lang, result.title, code, result.occupation_names[lang][o],
                {key: values[o] for key, (values, _) in reference.items()},
                {key: values[o] for key, (values, _) in scenario.items()}, result.uwv[o]))
        totals.append(len(rows))
        rows.append(_comparison_row(
            texts, lang, result.title, TOTAL_CODE, texts["total"],
            {key: total for key, (_, total) in reference.items()},
            {key: total for key, (_, total) in scenario.items()}, True))
    decimals = {f"{label} {kind}": 0 for label in (texts["employment"], texts["vacancies"])
                for kind in (texts["reference"], texts["scenario"], texts["difference"])}
    if with_tension:
        decimals.update({f"{texts['tension']} {texts[kind]}": 2
                         for kind in ("reference", "scenario")})
    notes = [texts["note_difference"], texts["note_total"], *defence_row_note(results, texts)]
    if with_tension:
        notes.append(texts["note_tension_total"])
    notes.append(source_line(results, results[0].version, lang, texts))
    units = texts["comparison_units"].format(year=year)
    return _with_layout(rows, Layout(lang, units, notes, decimals, texts["scenario"], totals,
                                     _starts_after(totals)))


def tension_class_table(results, year, lang, texts):
    """The class of every region x occupation in a year, for each file."""
    rows, starts = [], []
    for result in results:
        starts.append(len(rows))
        tension = result.tension_by_region(year).values  # region x occupation
        for r, code in enumerate(result.regions):
            row = {texts["scenario"]: result.title, "code": code,
                   texts["region"]: result.region_names[r]}
            for o, occupation in enumerate(result.occupations):
                if result.uwv[o]:  # defence has no UWV class
                    row[occupation] = tension_class(float(tension[r, o]), lang)
            rows.append(row)
    notes = [texts["note_classes"], source_line(results, results[0].version, lang, texts)]
    units = texts["tension_classes_units"].format(year=year)
    return _with_layout(rows, Layout(lang, units, notes, {}, texts["scenario"], [], starts))


def defence_table(results, year, lang, texts):
    """The defence formation in a year, for each file: the country (the total) and every region
    with posts. None where no file has defence."""
    rows, totals = [], []
    for result in results:
        areas = [(None, "NL", texts["netherlands"].format(regions=len(result.regions)))]
        areas += [(r, result.regions[r], result.region_names[r])
                  for r in result.regions_with_defence(year)]
        for region_index, code, name in areas:
            formation = result.defence_formation(year, region_index)
            if formation is None:
                break
            if region_index is None:
                totals.append(len(rows))
            filled, posts = formation
            rows.append({texts["scenario"]: result.title, "code": code, texts["region"]: name,
                         texts["posts"]: rounded(posts, 0), texts["filled"]: rounded(filled, 0),
                         texts["fill_rate"]: rounded(100.0 * filled / posts, 1) if posts > 0
                         else None})
    if not rows:
        return None
    decimals = {texts["posts"]: 0, texts["filled"]: 0, texts["fill_rate"]: 1}
    notes = [texts["note_defence"], source_line(results, results[0].version, lang, texts)]
    units = texts["defence_units"].format(year=year)
    return _with_layout(rows, Layout(lang, units, notes, decimals, texts["scenario"], totals,
                                     totals))  # each file's rows start with the country


def make_tables(results, region_index, year, lang, texts):
    """(file id, sheet title, table) for every table of the annex: the tension tables only where
    every file has WW counts, the defence table only where the files have defence. Each table's
    attrs["layout"] says how it is shown (Layout)."""
    with_tension = all(r.has_ww_counts for r in results)
    tables = [
        ("employment", texts["employment"], employment_table(results, region_index, lang, texts)),
        ("vacancies", texts["vacancies"], vacancies_table(results, region_index, lang, texts)),
    ]
    if with_tension:
        tables.append(("tension", texts["tension"],
                       tension_table(results, region_index, year, lang, texts)))
    if len(results) > 1:
        tables.append(("comparison", texts["comparison"],
                       comparison_table(results, region_index, year, lang, texts, with_tension)))
    if with_tension:
        tables.append(("tension_classes", f"{texts['tension_classes']} {year}",
                       tension_class_table(results, year, lang, texts)))
    defence = defence_table(results, year, lang, texts)
    if defence is not None:
        tables.append(("defence", f"{texts['defence_title']} {year}", defence))
    return tables


# ---- Cells as each output writes them ------------------------------------------------------

def _is_missing(value):
    return value is None or (isinstance(value, float) and value != value)


def _is_number(value):
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


def csv_cell(value, decimals, lang):
    """A value as the CSV file holds it: no thousands separator, the language's decimal sign,
    empty when missing, 'inf' for infinite tension."""
    if _is_missing(value):
        return ""
    if decimals is None or not _is_number(value):
        return str(value)
    if np.isinf(value):
        return INFINITE_CSV if value > 0 else "-" + INFINITE_CSV
    return format_number(value, lang, decimals, grouping=False)


def shown_cell(value, decimals, lang):
    """A value as the page shows it: the language's separators, thousands grouped; a total row
    has no code (its name says Total)."""
    if _is_missing(value) or value == TOTAL_CODE:
        return ""
    if decimals is None or not _is_number(value):
        return str(value)
    if np.isinf(value):
        return INFINITE_SHOWN if value > 0 else "-" + INFINITE_SHOWN
    return format_number(value, lang, decimals)


def _groups(table, layout):
    """(heading, [(position, row)]) per file's group of rows, in order (two files may have the
    same title); one group without heading for a table without a group column."""
    records = list(enumerate(table.to_dict("records")))
    if layout.group is None:
        return [(None, records)]
    bounds = layout.starts + [len(records)]
    return [(records[start][1][layout.group], records[start:stop])
            for start, stop in zip(bounds, bounds[1:])]


def _shown_columns(table, layout):
    return [c for c in table.columns if c != layout.group]


# ---- CSV -----------------------------------------------------------------------------------

def write_csv(table, path):
    """Every row with every column (the scenario too), as programs and Excel read it back. UTF-8
    with a byte-order mark, so that Excel does not read it as the Windows code page."""
    layout = table.attrs["layout"]
    with open(path, "w", newline="", encoding="utf-8-sig") as file:
        writer = csv.writer(file, delimiter=CSV_SEPARATORS[layout.lang])
        writer.writerow(table.columns)
        for row in table.to_dict("records"):
            writer.writerow(csv_cell(row[c], layout.decimals.get(c), layout.lang)
                            for c in table.columns)


# ---- Workbook ------------------------------------------------------------------------------

BOLD = Font(bold=True)
ITALIC = Font(italic=True)
RIGHT = Alignment(horizontal="right")


def _text_cell(cell):
    """Text such as "=x" (a scenario title) stays text, not a formula."""
    if cell.data_type == "f":
        cell.data_type = "s"
    return cell


def _append_text_row(sheet, text, font=None):
    sheet.append([text])
    cell = _text_cell(sheet.cell(row=sheet.max_row, column=1))
    if font is not None:
        cell.font = font


def _sheet_value(value, decimals):
    """A cell's value in the workbook: numbers as numbers, missing as empty, infinite as ∞; a
    total row has no code (its name says Total)."""
    if _is_missing(value) or value == TOTAL_CODE:
        return None
    if decimals is not None and _is_number(value):
        if np.isinf(value):
            return INFINITE_SHOWN if value > 0 else "-" + INFINITE_SHOWN
        return value.item() if isinstance(value, (np.integer, np.floating)) else value
    return str(value)


def _column_widths(table, layout, columns):
    """Each column as wide as its header and its values as the reader sees them."""
    widths = []
    for column in columns:
        decimals = layout.decimals.get(column)
        values = [shown_cell(v, decimals, layout.lang) for v in table[column]]
        widths.append(min(max([len(str(column))] + [len(v) for v in values]) + 2, 60))
    return widths


def write_sheet(sheet, title, table):
    """Title, units, the header (bold, frozen), the rows under a heading per scenario with the
    total row in bold, and the notes."""
    layout = table.attrs["layout"]
    columns = _shown_columns(table, layout)
    _append_text_row(sheet, title, Font(bold=True, size=12))
    _append_text_row(sheet, layout.units, ITALIC)
    sheet.append(list(columns))
    for index, column in enumerate(columns, start=1):
        cell = _text_cell(sheet.cell(row=sheet.max_row, column=index))
        cell.font = BOLD
        if column in layout.decimals:
            cell.alignment = RIGHT
    sheet.freeze_panes = f"A{sheet.max_row + 1}"  # the rows down to the header stay in view
    for heading, rows in _groups(table, layout):
        if heading is not None:
            _append_text_row(sheet, heading, BOLD)
        for position, row in rows:
            sheet.append([_sheet_value(row[c], layout.decimals.get(c)) for c in columns])
            for index, column in enumerate(columns, start=1):
                cell = _text_cell(sheet.cell(row=sheet.max_row, column=index))
                if column in layout.decimals:
                    cell.number_format = NUMBER_FORMATS[layout.decimals[column]]
                    cell.alignment = RIGHT
                if position in layout.totals:
                    cell.font = BOLD
    sheet.append([])
    for note in layout.notes:
        _append_text_row(sheet, note)
    for index, width in enumerate(_column_widths(table, layout, columns), start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = width


def write_tables(tables, folder, workbook_name):
    """A CSV file per table and one workbook with a sheet per table."""
    for file_id, _, table in tables:
        write_csv(table, folder / f"{file_id}.csv")
    workbook = Workbook()
    workbook.remove(workbook.active)
    for _, title, table in tables:
        write_sheet(workbook.create_sheet(title[:31]), title, table)  # Excel's limit on names
    workbook.save(folder / workbook_name)


# ---- The page ------------------------------------------------------------------------------

LEFT_STYLE = ' style="text-align:left"'
RIGHT_STYLE = ' style="text-align:right"'


def _html_row(row, columns, layout, bold):
    cells = []
    for column in columns:
        decimals = layout.decimals.get(column)
        style = RIGHT_STYLE if decimals is not None else LEFT_STYLE
        cells.append(f"<td{style}>{html.escape(shown_cell(row[column], decimals, layout.lang))}"
                     "</td>")
    weight = ' class="total" style="font-weight:bold"' if bold else ""
    return f"<tr{weight}>{''.join(cells)}</tr>"


def html_table(title, file_id, table):
    """A table of the page: title with a link to its CSV file, units, the rows under a heading
    per scenario with the total row in bold, and the notes."""
    layout = table.attrs["layout"]
    columns = _shown_columns(table, layout)
    header = "".join(f"<th{RIGHT_STYLE if c in layout.decimals else LEFT_STYLE}>"
                     f"{html.escape(str(c))}</th>" for c in columns)
    body = []
    for heading, rows in _groups(table, layout):
        if heading is not None:
            body.append(f'<tr class="group"><th colspan="{len(columns)}"{LEFT_STYLE}>'
                        f"{html.escape(str(heading))}</th></tr>")
        body += [_html_row(row, columns, layout, position in layout.totals)
                 for position, row in rows]
    notes = "<br>".join(html.escape(note) for note in layout.notes)
    return (f'<h3 id="table-{file_id}">{html.escape(title)} '
            f'<span class="file-link">(<a href="{file_id}.csv">CSV</a>)</span></h3>\n'
            f'<p class="units">{html.escape(layout.units)}</p>\n'
            f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>\n" + "\n".join(body) +
            f'\n</tbody>\n</table>\n<p class="notes" style="font-size:0.85em;color:#555">{notes}'
            "</p>")
