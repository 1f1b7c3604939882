"""Differences between a scenario and the reference: per year and occupation, per region in one
year, with a replicate-paired 95% interval where both files hold the same replicates.

Central values are the replicate means (or the `mean` statistic) of Result.annual. The interval
pairs replicate i of the scenario with replicate i of the reference (same seeds, docs/output.md),
so the noise both runs share drops out of the difference.
"""
from dataclasses import dataclass

import numpy as np


@dataclass
class Effect:
    years: list
    occupations: list
    reference: np.ndarray  # [year, occupation] central values
    scenario: np.ndarray
    absolute: np.ndarray  # scenario - reference
    percent: np.ndarray  # 100 * absolute / reference (NaN where the reference is 0)
    low: np.ndarray | None = None  # replicate-paired 95% interval of the difference
    high: np.ndarray | None = None
    within_noise: np.ndarray | None = None  # the interval holds 0


@dataclass
class RegionEffect:
    regions: list
    region_names: list
    occupations: list
    reference: np.ndarray  # [region, occupation] in one year
    scenario: np.ndarray
    absolute: np.ndarray
    percent: np.ndarray


def _percent(absolute, reference):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(reference != 0, 100.0 * absolute / reference, np.nan)


def _paired_replicates(reference, scenario):
    return (reference.ensemble == "replicate" and scenario.ensemble == "replicate"
            and reference.ds.sizes["replicate"] == scenario.ds.sizes["replicate"])


def _effect(reference, scenario, ref_values, scen_values, occupations):
    """ref_values, scen_values: annual values (year x occupation, maybe x replicate)."""
    ref_central = np.asarray(reference._central(ref_values).transpose("year", ...).values, float)
    scen_central = np.asarray(scenario._central(scen_values).transpose("year", ...).values, float)
    absolute = scen_central - ref_central
    effect = Effect(list(reference.years), occupations, ref_central, scen_central, absolute,
                    _percent(absolute, ref_central))
    if _paired_replicates(reference, scenario):
        paired = (scen_values - ref_values).transpose("year", ..., "replicate")
        effect.low = np.asarray(paired.quantile(0.025, "replicate").values, float)
        effect.high = np.asarray(paired.quantile(0.975, "replicate").values, float)
        effect.within_noise = (effect.low <= 0) & (effect.high >= 0)
    return effect


def effect_by_occupation(reference, scenario, variable, region_index):
    """The effect per year x occupation of an extensive variable for the scope."""
    return _effect(reference, scenario, reference._scoped(variable, region_index),
                   scenario._scoped(variable, region_index), list(reference.occupations))


def effect_total(reference, scenario, variable, region_index):
    """The effect per year on the variable summed over occupations (occupations == ["total"])."""
    def total(result):
        return result._scoped(variable, region_index).sum("occupation", skipna=False) \
            .expand_dims(occupation=["total"], axis=-1)
    return _effect(reference, scenario, total(reference), total(scenario), ["total"])


def effect_by_region(reference, scenario, variable, year):
    """The effect per region x occupation in one year (central values)."""
    def values(result):
        annual = result._central(result._annual[variable].sel(year=year))
        return np.asarray(annual.transpose("region", "occupation").values, float)
    ref, scen = values(reference), values(scenario)
    return RegionEffect(list(reference.regions), list(reference.region_names),
                        list(reference.occupations), ref, scen, scen - ref,
                        _percent(scen - ref, ref))
