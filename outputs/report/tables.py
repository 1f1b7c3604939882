"""The tables of the annex: annual employment, vacancies and tension per occupation, the
scenario-versus-reference comparison, the tension class of every region and occupation and the
defence formation. Written as CSV files and as one xlsx workbook with a sheet per table
(openpyxl through pandas). Defence is no UWV occupation class: it has no row in the tension
tables and no column of classes; its formation has a table of its own. Tension needs the WW
counts of every file: without them the tension tables are left out.
"""
import numpy as np
import pandas as pd

from texts import tension_class


def rounded(value, digits):
    """A table value: whole numbers as integers, others to `digits` decimals; missing (NaN) and
    infinite values are kept as they are (written as empty and inf)."""
    value = float(value)
    if not np.isfinite(value):
        return value
    return int(round(value)) if digits == 0 else round(value, digits)


def table_years(years):
    """The years a printed table shows: the first, every fifth year, and the last."""
    chosen = [y for y in years if y == years[0] or y == years[-1] or y % 5 == 0]
    return sorted(set(chosen))


def _per_occupation(results, lang, texts, values_of, digits, uwv_only=False):
    rows = []
    for result in results:
        values = values_of(result)
        for o, code in enumerate(result.occupations):
            if uwv_only and not result.uwv[o]:
                continue
            row = {texts["scenario"]: result.title, texts["occupation_code"]: code,
                   texts["occupation"]: result.occupation_names[lang][o]}
            for year in table_years(result.years):
                row[str(year)] = rounded(values.sel(year=year).values[o], digits)
            rows.append(row)
    return pd.DataFrame(rows)


def employment_table(results, region_index, lang, texts):
    return _per_occupation(results, lang, texts,
                           lambda r: r.annual("employed", region_index).central, 0)


def vacancies_table(results, region_index, lang, texts):
    return _per_occupation(results, lang, texts,
                           lambda r: r.annual("vacancies", region_index).central, 0)


def tension_table(results, region_index, year, lang, texts):
    table = _per_occupation(results, lang, texts,
                            lambda r: r.annual_tension(region_index).central, 2, uwv_only=True)
    classes = []
    for result in results:
        tension = result.annual_tension(region_index).central.sel(year=year).values
        classes += [tension_class(float(t), lang) for t, uwv in zip(tension, result.uwv) if uwv]
    table[f"{texts['tension_class']} {year}"] = classes
    return table


def comparison_table(results, region_index, year, lang, texts, with_tension=True):
    """Each scenario against the first file (the reference), per occupation, in one year; with
    tension and its classes where every file has WW counts (empty for defence, no UWV class)."""
    reference = results[0]
    rows = []
    ref_employed = reference.annual("employed", region_index).central.sel(year=year).values
    ref_vacancies = reference.annual("vacancies", region_index).central.sel(year=year).values
    if with_tension:
        ref_tension = reference.annual_tension(region_index).central.sel(year=year).values
    for result in results[1:]:
        employed = result.annual("employed", region_index).central.sel(year=year).values
        vacancies = result.annual("vacancies", region_index).central.sel(year=year).values
        if with_tension:
            tension = result.annual_tension(region_index).central.sel(year=year).values
        for o, code in enumerate(result.occupations):
            row = {
                texts["scenario"]: result.title,
                texts["occupation_code"]: code,
                texts["occupation"]: result.occupation_names[lang][o],
                f"{texts['employment']} {texts['reference']}": rounded(ref_employed[o], 0),
                f"{texts['employment']} {texts['scenario']}": rounded(employed[o], 0),
                f"{texts['employment']} {texts['difference']}":
                    rounded(employed[o] - ref_employed[o], 0),
                f"{texts['vacancies']} {texts['reference']}": rounded(ref_vacancies[o], 0),
                f"{texts['vacancies']} {texts['scenario']}": rounded(vacancies[o], 0),
                f"{texts['vacancies']} {texts['difference']}":
                    rounded(vacancies[o] - ref_vacancies[o], 0),
            }
            if with_tension:
                uwv = result.uwv[o]  # defence: no tension, no class (empty cells)
                row.update({
                    f"{texts['tension']} {texts['reference']}":
                        rounded(ref_tension[o], 2) if uwv else None,
                    f"{texts['tension']} {texts['scenario']}":
                        rounded(tension[o], 2) if uwv else None,
                    f"{texts['tension_class']} {texts['reference']}":
                        tension_class(float(ref_tension[o]), lang) if uwv else None,
                    f"{texts['tension_class']} {texts['scenario']}":
                        tension_class(float(tension[o]), lang) if uwv else None,
                })
            rows.append(row)
    return pd.DataFrame(rows)


def tension_class_table(results, year, lang, texts):
    """The class of every region x occupation in a year, for each file."""
    rows = []
    for result in results:
        tension = result.tension_by_region(year).values  # region x occupation
        for r, code in enumerate(result.regions):
            row = {texts["scenario"]: result.title, "code": code,
                   texts["region"]: result.region_names[r]}
            for o, occupation in enumerate(result.occupations):
                if result.uwv[o]:  # defence has no UWV class
                    row[occupation] = tension_class(float(tension[r, o]), lang)
            rows.append(row)
    return pd.DataFrame(rows)


def defence_table(results, year, lang, texts):
    """The defence formation in a year, for each file: the country and every region with posts.
    None where no file has defence."""
    rows = []
    for result in results:
        areas = [(None, "NL", texts["netherlands"].format(regions=len(result.regions)))]
        areas += [(r, result.regions[r], result.region_names[r])
                  for r in result.regions_with_defence(year)]
        for region_index, code, name in areas:
            formation = result.defence_formation(year, region_index)
            if formation is None:
                break
            filled, posts = formation
            rows.append({texts["scenario"]: result.title, "code": code, texts["region"]: name,
                         texts["posts"]: rounded(posts, 0), texts["filled"]: rounded(filled, 0),
                         texts["fill_rate"]: rounded(100.0 * filled / posts, 1) if posts > 0
                         else None})
    return pd.DataFrame(rows) if rows else None


def make_tables(results, region_index, year, lang, texts):
    """(file id, sheet title, table) for every table of the annex: the tension tables only where
    every file has WW counts, the defence table only where the files have defence."""
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


def write_tables(tables, folder, workbook_name):
    """CSV per table and one workbook with a sheet per table (header frozen, columns sized)."""
    for file_id, _, table in tables:
        table.replace([np.inf], "inf").to_csv(folder / f"{file_id}.csv", index=False)
    with pd.ExcelWriter(folder / workbook_name, engine="openpyxl") as workbook:
        for _, title, table in tables:
            sheet = title[:31]  # Excel's limit on sheet names
            table.replace([np.inf], "inf").to_excel(workbook, sheet_name=sheet, index=False,
                                                    freeze_panes=(1, 0))
            worksheet = workbook.sheets[sheet]
            for row in worksheet.iter_rows():
                for cell in row:
                    if cell.data_type == "f":  # text such as "=x" is a title, not a formula
                        cell.data_type = "s"
            for column, header in zip(worksheet.columns, table.columns):
                width = max([len(str(header))] + [len(str(v)) for v in table[header]])
                worksheet.column_dimensions[column[0].column_letter].width = min(width + 2, 60)
