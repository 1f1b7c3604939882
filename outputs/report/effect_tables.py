"""The effect tables of the annex: every scenario minus the reference in the chosen year, per
occupation (with the area's total) and per region (with the country's total), for employment and
open vacancies, absolute and in percent of the reference (differences.py). Where both files
hold the same replicates, the occupation table also gives the 2.5th and 97.5th percentile of
the replicate-paired differences in employment. Entries as tables.make_tables gives them:
(file id, sheet title, table); the values stay numbers.
"""
import pandas as pd

import differences
from tables import TOTAL_CODE, Layout, rounded, source_line

VARIABLES = (("employed", "employment"), ("vacancies", "vacancies"))
PERCENT_DIGITS = 3  # effects are often a tenth of a percent


def _columns(texts, key, reference, scenario, absolute, percent):
    label = texts[key]
    return {f"{label} {texts['reference']}": rounded(reference, 0),
            f"{label} {texts['scenario']}": rounded(scenario, 0),
            f"{label} {texts['difference']}": rounded(absolute, 0),
            f"{label} {texts['difference_percent']}": rounded(percent, PERCENT_DIGITS)}


def _band_columns(texts, effect, row, column):
    label = texts["employment"]
    if not effect.has_band:
        return {f"{label} {texts['band_low']}": None, f"{label} {texts['band_high']}": None}
    return {f"{label} {texts['band_low']}": rounded(effect.low[row, column], 0),
            f"{label} {texts['band_high']}": rounded(effect.high[row, column], 0)}


def effect_occupation_table(results, region_index, year, lang, texts):
    """Per scenario, a row per occupation and one for the area's total."""
    reference = results[0]
    with_band = any(differences.paired(reference, r) for r in results[1:])
    rows, totals = [], []
    for scenario in results[1:]:
        effects = {name: (differences.effect_by_occupation(reference, scenario, name,
                                                           region_index),
                          differences.effect_total(reference, scenario, name, region_index))
                   for name, _ in VARIABLES}
        t = effects["employed"][0].years.index(year)
        names = reference.occupation_names[lang] + [texts["total"]]
        for o, code in enumerate(reference.occupations + [TOTAL_CODE]):
            row = {texts["scenario"]: scenario.title, texts["occupation_code"]: code,
                   texts["occupation"]: names[o]}
            for name, key in VARIABLES:
                by_occupation, total = effects[name]
                effect, column = (by_occupation, o) if o < len(reference.occupations) \
                    else (total, 0)
                row.update(_columns(texts, key, effect.reference[t, column],
                                    effect.scenario[t, column], effect.absolute[t, column],
                                    effect.percent[t, column]))
                if name == "employed" and with_band:
                    row.update(_band_columns(texts, effect, t, column))
            rows.append(row)
        totals.append(len(rows) - 1)
    return _with_effect_layout(rows, totals, results, year, lang, texts)


def effect_region_table(results, year, lang, texts):
    """Per scenario, a row per region (the sum over occupations) and one for the country."""
    reference = results[0]
    rows, country_rows = [], []
    for scenario in results[1:]:
        totals = {name: differences.effect_by_region(reference, scenario, name, year).totals()
                  for name, _ in VARIABLES}
        country = {name: differences.effect_total(reference, scenario, name, None)
                   for name, _ in VARIABLES}
        t = reference.years.index(year)
        areas = [(r, code, reference.region_names[r]) for r, code in enumerate(reference.regions)]
        areas.append((None, "NL", texts["netherlands"].format(regions=len(reference.regions))))
        for r, code, name in areas:
            row = {texts["scenario"]: scenario.title, "code": code, texts["region"]: name}
            for variable, key in VARIABLES:
                if r is None:
                    effect = country[variable]
                    values = (effect.reference[t, 0], effect.scenario[t, 0],
                              effect.absolute[t, 0], effect.percent[t, 0])
                else:
                    ref, absolute, percent = totals[variable]
                    values = (ref[r], ref[r] + absolute[r], absolute[r], percent[r])
                row.update(_columns(texts, key, *values))
            rows.append(row)
        country_rows.append(len(rows) - 1)
    return _with_effect_layout(rows, country_rows, results, year, lang, texts)


def _with_effect_layout(rows, totals, results, year, lang, texts):
    """The table with its Layout (tables.py): a group per scenario ending in its total row;
    persons whole, percentages to PERCENT_DIGITS decimals."""
    table = pd.DataFrame(rows)
    text_columns = {texts["scenario"], texts["occupation_code"], texts["occupation"], "code",
                    texts["region"]}
    decimals = {column: PERCENT_DIGITS if column.endswith(texts["difference_percent"]) else 0
                for column in table.columns if column not in text_columns}
    notes = [texts["note_difference"], source_line(results, results[0].version, lang, texts)]
    units = texts["effect_units"].format(year=year)
    starts = [0] + [position + 1 for position in totals[:-1]]
    table.attrs["layout"] = Layout(lang, units, notes, decimals, texts["scenario"], totals, starts)
    return table


def make_effect_tables(results, region_index, year, lang, texts):
    """The effect tables; none with a single file."""
    if len(results) < 2:
        return []
    return [("effect_occupations", f"{texts['effect_occupations']} {year}",
             effect_occupation_table(results, region_index, year, lang, texts)),
            ("effect_regions", f"{texts['effect_regions']} {year}",
             effect_region_table(results, year, lang, texts))]
