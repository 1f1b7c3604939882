"""The findings of the annex's first page: a few sentences made from the figures by fixed rules
(docs/report.md, "Findings"), in the annex's language, with units.

With a reference and scenarios, per scenario in the chosen year and the annex's area:
1. the change in employment (persons and percent), or that it is within the noise;
2. the occupation class with the largest relative change beyond the noise;
3. the labour-market region with the largest relative change in employment beyond the noise
   (over all regions, whatever the area);
4. how many region x UWV occupation cells change tension class (tighter, looser);
5. the fill rate of the defence formation, where the area has defence posts.
With one file the same topics describe the change from the first year to the chosen year.

"Beyond the noise": where both files hold the same replicates, the replicate-paired 95%
interval of the difference (differences.py) does not hold 0; otherwise, and for regions, the
change is at least NOISE_PERCENT percent and NOISE_PERSONS persons in size.
"""
import numpy as np

from differences import effect_by_occupation, effect_by_region, effect_total
from number_format import format_number, format_percent
from texts import tension_class_index

# The threshold for files without paired replicates (a deterministic stock-flow run has no
# sampling noise): a smaller change lies below what the input data, CBS counts with their own
# margins, can tell apart, so the findings do not report it as an effect (docs/report.md).
NOISE_PERCENT = 0.05
NOISE_PERSONS = 100.0


def beyond_threshold(absolute, percent):
    """The documented threshold for files without paired replicates."""
    return np.isfinite(percent) & (np.abs(percent) >= NOISE_PERCENT) & \
        (np.abs(absolute) >= NOISE_PERSONS)


def beyond_noise(effect, row):
    """Per occupation: the change in year row of an Effect is beyond the noise."""
    if effect.within_noise is not None:
        return ~effect.within_noise[row] & np.isfinite(effect.percent[row])
    return beyond_threshold(effect.absolute[row], effect.percent[row])


def paired_replicates(reference, scenario):
    """Both files hold the same replicates: differences.py gives a paired interval."""
    return (reference.ensemble == "replicate" and scenario.ensemble == "replicate"
            and reference.ds.sizes["replicate"] == scenario.ds.sizes["replicate"])


def rule_sentence(reference, scenarios, texts, lang):
    """The sentence that states the noise rule the findings used."""
    if scenarios and all(paired_replicates(reference, s) for s in scenarios):
        return texts["findings_rule_ensemble"]
    stock_flow = all(r.engine == "stock-flow" for r in [reference, *scenarios])
    key = "findings_rule_threshold" if stock_flow else "findings_rule_threshold_unpaired"
    return texts[key].format(
        percent=format_percent(NOISE_PERCENT / 100, lang, decimals=2),
        persons=format_number(NOISE_PERSONS, lang))


def _change(absolute, percent, lang):
    return (format_number(absolute, lang, signed=True),
            format_percent(percent / 100, lang, decimals=2, signed=True))


def _largest(percent, eligible):
    """The index of the largest |percent| among the eligible entries, or None."""
    if not eligible.any():
        return None
    return int(np.nanargmax(np.where(eligible, np.abs(percent), -np.inf)))


def employment_finding(reference, scenario, region_index, year, scope, texts, lang):
    effect = effect_total(reference, scenario, "employed", region_index)
    row = effect.years.index(year)
    change, percent = _change(effect.absolute[row, 0], effect.percent[row, 0], lang)
    if beyond_noise(effect, row)[0]:
        key = "finding_employment"
    else:
        key = "finding_employment_small" if effect.within_noise is None \
            else "finding_employment_noise"
    return texts[key].format(title=scenario.title, scope=scope, year=year, change=change,
                             percent=percent)


def occupation_finding(reference, scenario, region_index, year, texts, lang):
    effect = effect_by_occupation(reference, scenario, "employed", region_index)
    row = effect.years.index(year)
    o = _largest(effect.percent[row], beyond_noise(effect, row))
    if o is None:
        key = "finding_occupation_small" if effect.within_noise is None \
            else "finding_occupation_none"
        return texts[key].format(title=scenario.title, year=year)
    change, percent = _change(effect.absolute[row, o], effect.percent[row, o], lang)
    name = f"{reference.occupations[o]} {reference.occupation_names[lang][o]}"
    return texts["finding_occupation"].format(title=scenario.title, year=year, occupation=name,
                                              change=change, percent=percent)


def region_finding(reference, scenario, year, texts, lang):
    """None where no region changes beyond the threshold."""
    effect = effect_by_region(reference, scenario, "employed", year)
    ref, absolute = effect.reference.sum(axis=1), effect.absolute.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        percent = np.where(ref != 0, 100.0 * absolute / ref, np.nan)
    r = _largest(percent, beyond_threshold(absolute, percent))
    if r is None:
        return None
    change, percent_text = _change(absolute[r], percent[r], lang)
    return texts["finding_region"].format(
        title=scenario.title, year=year, region=f"{effect.region_names[r]} ({effect.regions[r]})",
        change=change, percent=percent_text)


def area_regions(result, region_index):
    """The indices of the regions of the annex's area: all for the whole country (None), the
    one region or the regions of a group (a list)."""
    if region_index is None:
        return list(range(len(result.regions)))
    return [region_index] if isinstance(region_index, int) else list(region_index)


def class_indices(result, year, region_index):
    """The UWV class index of every region x UWV occupation cell of the area in a year (NaN: no
    class)."""
    tension = np.asarray(result.tension_by_region(year).transpose("region", "occupation").values,
                         float)[area_regions(result, region_index)][:, result.uwv]
    return np.vectorize(tension_class_index, otypes=[float])(tension)


def tension_finding(reference, scenario, region_index, year, scope, texts):
    """None where a file lacks WW counts."""
    if not (reference.has_ww_counts and scenario.has_ww_counts):
        return None
    before = class_indices(reference, year, region_index)
    after = class_indices(scenario, year, region_index)
    known = np.isfinite(before) & np.isfinite(after)
    tighter = int((after[known] > before[known]).sum())
    looser = int((after[known] < before[known]).sum())
    key = "finding_tension" if tighter + looser else "finding_tension_none"
    return texts[key].format(title=scenario.title, year=year, scope=scope,
                             changed=tighter + looser, cells=int(before.size), tighter=tighter,
                             looser=looser)


def _fill_rate(formation, lang):
    filled, posts = formation
    return format_percent(filled / posts if posts > 0 else float("nan"), lang)


def defence_finding(reference, scenario, region_index, year, scope, texts, lang):
    """None where the area has no defence posts in the scenario."""
    formation = scenario.defence_formation(year, region_index)
    before = reference.defence_formation(year, region_index)
    if formation is None or formation[1] <= 0 or before is None:
        return None
    return texts["finding_defence"].format(
        title=scenario.title, scope=scope, year=year, rate=_fill_rate(formation, lang),
        filled=format_number(formation[0], lang), posts=format_number(formation[1], lang),
        reference_rate=_fill_rate(before, lang))


def comparison_findings(results, region_index, year, scope, texts, lang):
    """(scenario title, sentences) per scenario against the reference."""
    reference = results[0]
    groups = []
    for scenario in results[1:]:
        sentences = [
            employment_finding(reference, scenario, region_index, year, scope, texts, lang),
            occupation_finding(reference, scenario, region_index, year, texts, lang),
            region_finding(reference, scenario, year, texts, lang),
            tension_finding(reference, scenario, region_index, year, scope, texts),
            defence_finding(reference, scenario, region_index, year, scope, texts, lang)]
        groups.append((scenario.title, [s for s in sentences if s is not None]))
    return groups


def single_file_findings(result, region_index, year, scope, texts, lang):
    """One file: the change from its first year to the chosen year, tight cells, defence."""
    first = result.years[0]
    employed = result.annual("employed", region_index).central
    start, end = employed.sel(year=first).values, employed.sel(year=year).values
    absolute = end - start
    with np.errstate(divide="ignore", invalid="ignore"):
        percent = np.where(start != 0, 100.0 * absolute / start, np.nan)
    total_change = absolute.sum()
    change, percent_text = _change(total_change, 100.0 * total_change / start.sum(), lang)
    sentences = [texts["finding_level"].format(scope=scope, year=year,
                                               level=format_number(end.sum(), lang),
                                               change=change, percent=percent_text, first=first)]
    o = _largest(percent, beyond_threshold(absolute, percent))
    if o is not None and year != first:
        change, percent_text = _change(absolute[o], percent[o], lang)
        sentences.append(texts["finding_occupation_growth"].format(
            first=first, year=year, change=change, percent=percent_text,
            occupation=f"{result.occupations[o]} {result.occupation_names[lang][o]}"))
    if result.has_ww_counts:
        classes = class_indices(result, year, region_index)
        sentences.append(texts["finding_tight_cells"].format(
            year=year, scope=scope, tight=int((classes >= 3).sum()), cells=int(classes.size)))
    formation = result.defence_formation(year, region_index)
    if formation is not None and formation[1] > 0:
        sentences.append(texts["finding_defence_single"].format(
            scope=scope, year=year, rate=_fill_rate(formation, lang),
            filled=format_number(formation[0], lang), posts=format_number(formation[1], lang)))
    return sentences


def engines_note(results, texts):
    """A sentence where the files come from different engines: their differences are then in
    part the engines', not the scenario's ('' where all files share one engine)."""
    engines = sorted({r.engine for r in results})
    return texts["engines_differ"].format(engines=", ".join(engines)) if len(engines) > 1 else ""


def findings(results, region_index, year, scope, texts, lang):
    """The first page's findings: ([(scenario title, sentences), ...], the sentence stating the
    noise rule). With one file, one group under its own title."""
    if len(results) == 1:
        return ([(results[0].title,
                  single_file_findings(results[0], region_index, year, scope, texts, lang))],
                rule_sentence(results[0], [], texts, lang))
    rule = rule_sentence(results[0], results[1:], texts, lang)
    note = engines_note(results, texts)
    return (comparison_findings(results, region_index, year, scope, texts, lang),
            f"{note} {rule}" if note else rule)
