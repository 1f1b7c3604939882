"""A scenario's effect: its annual values minus those of the reference, absolute and in percent
of the reference, per occupation, for the area's total and per region (docs/report.md, "Effects
against the reference").

Central values are those the annex shows everywhere (the mean over replicates, or the `mean`
statistic). Where both files hold the same `replicate` dimension, replicate k of the scenario is
paired with replicate k of the reference (they share their random draws), and the band is the
2.5th to 97.5th percentile of those paired differences: an effect whose band holds 0 cannot be
told apart from the replicates' noise. Files without replicates, or with percentiles only (a
`statistic` dimension), have no band: percentiles of two files cannot be paired.
"""
from dataclasses import dataclass

import numpy as np

# The paired band: 2.5th to 97.5th percentile of the replicate-paired differences (a 95% band).
BAND_QUANTILES = (0.025, 0.975)
TOTAL = "total"


@dataclass
class Effect:
    """Per year x occupation, for the area."""
    years: list
    occupations: list  # codes, or [TOTAL]
    reference: np.ndarray  # central values [year, occupation]
    scenario: np.ndarray
    absolute: np.ndarray  # scenario - reference
    percent: np.ndarray  # 100 * absolute / reference, nan where reference == 0
    low: np.ndarray | None  # 2.5th percentile of replicate-paired differences, else None
    high: np.ndarray | None  # 97.5th percentile
    within_noise: np.ndarray | None  # low <= 0 <= high, else None

    @property
    def has_band(self):
        return self.low is not None


@dataclass
class RegionEffect:
    """Per region x occupation, in one year (central values)."""
    regions: list
    region_names: list
    occupations: list
    reference: np.ndarray  # [region, occupation]
    scenario: np.ndarray
    absolute: np.ndarray
    percent: np.ndarray

    def totals(self):
        """(reference, absolute, percent) of the sum over occupations, per region."""
        reference = self.reference.sum(axis=1)
        absolute = self.absolute.sum(axis=1)
        return reference, absolute, percent_of(absolute, reference)


def percent_of(absolute, reference):
    """100 * absolute / reference; nan where the reference is 0."""
    absolute = np.asarray(absolute, dtype=float)
    reference = np.asarray(reference, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(reference != 0, 100.0 * absolute / np.where(reference != 0, reference, 1),
                        np.nan)


def paired(reference, scenario):
    """Whether replicate k of one file can be paired with replicate k of the other."""
    if reference.ensemble != "replicate" or scenario.ensemble != "replicate":
        return False
    ours, theirs = reference.ds["replicate"].values, scenario.ds["replicate"].values
    return len(ours) == len(theirs) and bool(np.all(ours == theirs))


def _effect(reference, scenario, reference_values, scenario_values, occupations):
    """An Effect from annual values (year x occupation, with replicates where the files have
    them) of both files."""
    ref = np.asarray(reference._central(reference_values).transpose("year", ...).values,
                     dtype=float)
    sce = np.asarray(scenario._central(scenario_values).transpose("year", ...).values,
                     dtype=float)
    absolute = sce - ref
    low = high = within = None
    if paired(reference, scenario):
        differences = (scenario_values - reference_values).transpose("replicate", "year", ...)
        low, high = np.quantile(np.asarray(differences.values, dtype=float), BAND_QUANTILES,
                                axis=0)
        within = (low <= 0) & (0 <= high)
    return Effect(years=list(reference.years), occupations=occupations, reference=ref,
                  scenario=sce, absolute=absolute, percent=percent_of(absolute, ref), low=low,
                  high=high, within_noise=within)


def effect_by_occupation(reference, scenario, variable, region_index):
    """The scenario's effect on an extensive variable per year x occupation, for the scope."""
    return _effect(reference, scenario, reference._scoped(variable, region_index),
                   scenario._scoped(variable, region_index), list(reference.occupations))


def effect_total(reference, scenario, variable, region_index):
    """The effect on the sum over occupations (summed per replicate before the percentiles)."""
    def total(result):
        return result._scoped(variable, region_index).sum("occupation", skipna=False) \
            .expand_dims(occupation=[TOTAL], axis=-1)
    return _effect(reference, scenario, total(reference), total(scenario), [TOTAL])


def effect_by_region(reference, scenario, variable, year):
    """The effect per region x occupation in one year (central values)."""
    def values(result):
        return np.asarray(result._central(result._annual[variable].sel(year=year))
                          .transpose("region", "occupation").values, dtype=float)
    ref, sce = values(reference), values(scenario)
    absolute = sce - ref
    return RegionEffect(regions=list(reference.regions),
                        region_names=list(reference.region_names),
                        occupations=list(reference.occupations), reference=ref, scenario=sce,
                        absolute=absolute, percent=percent_of(absolute, ref))
