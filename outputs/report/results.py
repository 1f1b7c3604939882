"""A result file of lmsim as the annex sees it: annual means per occupation for one region or
the whole country, with uncertainty bands where the file holds replicates.

A deterministic file (stock-flow engine) gives one path. A file with a `replicate` dimension
gives the mean over replicates and the 5th and 95th percentiles of the annual values, computed
exactly from the replicates. A file with a `statistic` dimension (mean, p05, p95 per month)
gives the annual mean of each statistic: for the band this is an approximation, because the
mean of monthly percentiles is not the percentile of the annual mean.
"""
import csv
import difflib

import numpy as np
import xarray as xr

# Variables that add up over regions (counts of persons or vacancies); tension does not and is
# recomputed from them, as UWV computes it: vacancies over WW benefits under 6 months.
EXTENSIVE = ["employed", "vacancies", "unemployed", "target_demand"]
# UWV's denominator: WW benefits running less than 6 months, by region of residence and
# occupation. Result files of an older lmsim lack it: they are shown without tension.
WW_COUNTS = "ww_under_6_months"
# Defence: not one of UWV's occupation classes (outputs/tension_class.hpp); its own indicator is
# the fill rate of its formation (defence_filled / defence_posts; in files without them,
# employed / target demand of DEF).
DEFENCE = "DEF"
# Defensie's formation (posts wanted) and posts filled, by region (lmsim run's result files).
DEFENCE_FORMATION = ["defence_posts", "defence_filled"]
# The attributes in which lmsim run records the outlook it assumed (outputs/assumptions.hpp).
OUTLOOK_ATTRIBUTES = ["demand_outlook", "demand_outlook_sources", "population_outlook_sources",
                      "aow_age_law_until"]


class ReportInputError(Exception):
    """A problem with the command line or the files that the user can fix (exit code 2)."""


def _text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def text_in_language(attrs, name, lang, default=""):
    """A text attribute in the annex's language: `title_nl` for "title" in a Dutch annex where
    the file has it, else `title` (docs/scenarios.md, "Title and description in Dutch and
    English"); `default` where the file has neither."""
    translated = _text(attrs.get(f"{name}_{lang}", "")) if lang else ""
    return translated or _text(attrs.get(name, default))


class Band:
    """Annual values per year x occupation: the central path and, for ensembles, a band."""

    def __init__(self, central, low=None, high=None):
        self.central = central
        self.low = low
        self.high = high

    @property
    def has_band(self):
        return self.low is not None


class Result:
    def __init__(self, path, lang=None):
        """`lang` ("nl", "en"): the annex's language, for the title and description."""
        self.path = path
        self.lang = lang
        try:
            self.ds = xr.open_dataset(path, engine="h5netcdf").load()
        except Exception as error:  # xarray and h5py raise many kinds; all mean "unreadable"
            raise ReportInputError(f"{path}: cannot read the result file ({error})") from error
        missing = [v for v in EXTENSIVE if v not in self.ds.variables]
        if missing:
            raise ReportInputError(f"{path}: {missing[0]}: variable missing (not a result file "
                                   "of lmsim run, or one that wrote only the variables of its "
                                   "scenario's [outputs]? Run it again with --variables all)")
        attrs = self.ds.attrs
        self.title = text_in_language(attrs, "title", lang, path)
        self.version = _text(attrs.get("lmsim_version", "?"))
        self.created = _text(attrs.get("created", "?"))
        self.engine = _text(attrs.get("engine", "?"))  # stock-flow or abm
        self.has_ww_counts = WW_COUNTS in self.ds.variables
        # The outlook the run assumed; None for a file that recorded none.
        self.outlook = ({name: _text(attrs[name]) for name in OUTLOOK_ATTRIBUTES if name in attrs}
                        if "demand_outlook" in attrs else None)
        self.regions = [_text(r) for r in self.ds["region"].values]
        self.region_names = [_text(r) for r in self.ds["region_name"].values]
        self.occupations = [_text(o) for o in self.ds["occupation"].values]
        self.occupation_names = {
            "en": [_text(o) for o in self.ds["occupation_name"].values],
            "nl": [_text(o) for o in self.ds["occupation_name_nl"].values],
        }
        self.time_values = [str(t) for t in self.ds["time"].values]
        self.data_checksums = _text(attrs.get("data_checksums", ""))
        years = self.ds["time"].dt.year
        self.years = sorted({int(y) for y in years.values})
        self.all_years = list(self.years)  # the file's own, whatever keep_years keeps
        self.uwv = np.array([o != DEFENCE for o in self.occupations])
        self.defence = self.occupations.index(DEFENCE) if DEFENCE in self.occupations else None
        self.ensemble = "replicate" if "replicate" in self.ds.dims else (
            "statistic" if "statistic" in self.ds.dims else None)
        # Defensie's formation and posts filled (time x region), where the file holds them, in
        # an ensemble file with the ensemble's dimension (else DEF's demand and employed serve).
        self.has_defence_posts = all(
            v in self.ds.variables and (self.ensemble is None or self.ensemble in self.ds[v].dims)
            for v in DEFENCE_FORMATION)
        annual = (EXTENSIVE + ([WW_COUNTS] if self.has_ww_counts else [])
                  + (DEFENCE_FORMATION if self.has_defence_posts else []))
        self._annual = self.ds[annual].groupby("time.year").mean("time")
        self.months_by_year = {year: int((years == year).sum()) for year in self.years}

    def text_in_language(self, name):
        """A text attribute of the file (`description`) in the annex's language."""
        return text_in_language(self.ds.attrs, name, self.lang)

    def keep_years(self, years):
        """Keeps only these years (the years all files of an annex hold in full)."""
        self.years = [y for y in self.years if y in years]
        self._annual = self._annual.sel(year=self.years)

    def _area(self, wanted, groups):
        """The region or group one argument names (code or name, case-insensitive), or None."""
        key = wanted.strip().lower()
        for i, (code, name) in enumerate(zip(self.regions, self.region_names)):
            if key in (code.lower(), name.lower()):
                return Area(code, name, [i], None)
        for group in groups:
            if key in (group.code.lower(), group.name.lower(), group.name_en.lower()):
                missing = [r for r in group.regions if r not in self.regions]
                if missing:
                    raise ReportInputError(f"{group.path}:{group.line}: regions: region "
                                           f"{missing[0]} of group {group.code} is not in "
                                           f"{self.path}")
                return Area(group.code, group.name,
                            [i for i, r in enumerate(self.regions) if r in group.regions], group)
        return None

    def areas(self, wanted, groups=()):
        """The regions and groups (RegionGroup) that --region arguments name, in the order named,
        each once; an argument that names none may list several separated by commas. [] for
        none or 'all' (the whole country)."""
        if not wanted or wanted == ["all"]:
            return []
        for group in groups:  # a group coded as a region could never be selected
            if group.code.lower() in [r.lower() for r in self.regions + self.region_names]:
                raise ReportInputError(f"{group.path}:{group.line}: code: group {group.code} has "
                                       "the code or name of a region; give your group another "
                                       "code")
        found = []
        for argument in wanted:
            area = self._area(argument, groups)
            parts = [area] if area else [self._area(p, groups) or p for p in argument.split(",")]
            for part in parts:
                if isinstance(part, str):
                    close = difflib.get_close_matches(
                        part.strip(), self.regions + self.region_names +
                        [g.code for g in groups] + [g.name for g in groups], n=1)
                    hint = f" (did you mean '{close[0]}'?)" if close else ""
                    raise ReportInputError(
                        f"--region '{part.strip()}': no such region or group in {self.path}"
                        f"{hint}; use a code such as AM13 or PV-UT, a name such as "
                        "Midden-Utrecht, or 'all'")
                if all(part.code != a.code for a in found):
                    found.append(part)
        return found

    @staticmethod
    def region_indices(areas):
        """The regions of the areas, each once, in the file's order; None for the whole country
        (no areas)."""
        if not areas:
            return None
        return sorted({i for area in areas for i in area.regions})

    def scope_name(self, areas, texts, lang="en"):
        """The name of what the annex covers: the country, or the regions and groups named."""
        if not areas:
            return texts["netherlands"].format(regions=len(self.regions))
        return ", ".join(f"{area.label(lang)} ({area.code})" for area in areas)

    def _scoped(self, name, region_index):
        """Values of the scope: the whole country (None), one region (an index), or the sum over
        a list of region indices. A missing (NaN) value makes a sum missing, not smaller."""
        values = self._annual[name]
        if region_index is None:
            return values.sum("region", skipna=False)
        if isinstance(region_index, (int, np.integer)):
            return values.isel(region=region_index)
        return values.isel(region=list(region_index)).sum("region", skipna=False)

    def _band(self, values, summed=False):
        """Central path and band of annual values that may carry replicates or statistics. A
        file of statistics has percentiles per cell only: a sum of cells (summed) gets its mean
        and no band, since the percentiles of a sum are not the sums of its parts'."""
        if self.ensemble == "replicate":
            return Band(values.mean("replicate"), values.quantile(0.05, "replicate"),
                        values.quantile(0.95, "replicate"))
        if self.ensemble == "statistic":
            if summed:
                return Band(values.sel(statistic="mean"))
            return Band(values.sel(statistic="mean"), values.sel(statistic="p05"),
                        values.sel(statistic="p95"))
        return Band(values)

    def annual(self, name, region_index):
        """Annual means of an extensive variable, year x occupation, for the scope."""
        one_region = isinstance(region_index, (int, np.integer))
        return self._band(self._scoped(name, region_index), summed=not one_region)

    def annual_total(self, name, region_index):
        """Annual means of an extensive variable summed over occupations, per year. For a
        replicate ensemble the band comes from the total of each replicate, not from summed
        percentiles; a file of statistics gives no band for it."""
        return self._band(self._scoped(name, region_index).sum("occupation", skipna=False),
                          summed=True)

    def _tension(self, vacancies, ww):
        """UWV tension: annual mean vacancies over annual mean WW benefits under 6 months (the
        rule of lmsim's run summary and compare); infinite where there are none; NaN (no class)
        for defence, which is no UWV occupation class."""
        tension = xr.where(ww > 0, vacancies / ww.where(ww > 0), np.inf)
        return tension.where(xr.DataArray(self.uwv, dims="occupation"))

    def annual_tension(self, region_index):
        """Tension per year x occupation for the scope (defence NaN). Only for a file with WW
        counts (has_ww_counts)."""
        tension = self._tension(self._scoped("vacancies", region_index),
                                self._scoped(WW_COUNTS, region_index))
        if self.ensemble == "statistic":  # no percentiles of a ratio from percentiles of its parts
            return Band(tension.sel(statistic="mean"))
        return self._band(tension)

    def _central(self, values):
        if self.ensemble == "replicate":
            return values.mean("replicate")
        if self.ensemble == "statistic":
            return values.sel(statistic="mean")
        return values

    def tension_by_region(self, year):
        """Tension per region x occupation in a year (central value; defence NaN)."""
        return self._central(self._tension(self._annual["vacancies"].sel(year=year),
                                           self._annual[WW_COUNTS].sel(year=year)))

    def defence_formation(self, year, region_index):
        """(filled, posts) of the defence formation in a year: annual means of defence_filled
        and defence_posts, or in files without them DEF employed and target demand (central
        values), for the scope; None without defence."""
        if self.defence is None:
            return None
        if self.has_defence_posts:  # Defensie's three streams, the reservists included
            values = [float(self._central(self._scoped(name, region_index).sel(year=year)))
                      for name in DEFENCE_FORMATION]
            return values[1], values[0]
        values = [float(self._central(self._scoped(name, region_index)
                                      .isel(occupation=self.defence).sel(year=year)))
                  for name in ("employed", "target_demand")]
        return values[0], values[1]

    def regions_with_defence(self, year):
        """The indices of the regions with defence posts (target demand above 0) in a year."""
        if self.defence is None:
            return []
        posts = self._central(self._annual["target_demand"].sel(year=year)
                              .isel(occupation=self.defence))
        return [r for r in range(len(self.regions)) if float(posts.isel(region=r)) > 0]


class RegionGroup:
    """A row of a groups file (region_groups.csv of the data set, or a user's --groups file):
    code, name, name_en, member region codes, and for a province its approximation: the
    municipalities left out and taken in with their population shares (docs/data.md)."""

    def __init__(self, row, path, line):
        self.path, self.line = path, line
        self.code = row.get("code", "").strip()
        self.name = row.get("name", "").strip()
        self.name_en = (row.get("name_en") or "").strip() or self.name
        self.regions = [r for r in (row.get("regions") or "").replace(";", " ").split() if r]
        self.note = (row.get("note") or "").strip()
        self.left_out = _municipalities(row.get("left_out"))
        self.included = _municipalities(row.get("included"))
        self.left_out_share = float(row.get("left_out_population_share") or 0)
        self.included_share = float(row.get("included_population_share") or 0)
        if not self.code or not self.name or not self.regions:
            raise ReportInputError(f"{path}:{line}: a group needs a code, a name and regions")


def _municipalities(listed):
    """'Eemnes AM12;Rhenen AM38' -> [('Eemnes', 'AM12'), ('Rhenen', 'AM38')]; [] for none."""
    if not listed or listed.strip() == "none":
        return []
    return [tuple(part.strip().rsplit(" ", 1)) for part in listed.split(";") if part.strip()]


def read_region_groups(paths):
    """The groups of the files, in order (lmsim report has checked them, cli/region_options)."""
    groups = []
    for path in paths:
        with open(path, newline="", encoding="utf-8-sig") as f:
            for line, row in enumerate(csv.DictReader(f), start=2):
                groups.append(RegionGroup(row, path, line))
    return groups


class Area:
    """A region or group of an annex's scope: code, name, region indices, and its RegionGroup
    (None for a region)."""

    def __init__(self, code, name, regions, group):
        self.code, self.name, self.regions, self.group = code, name, regions, group

    def label(self, lang):
        return self.group.name_en if self.group is not None and lang == "en" else self.name


def _one_starts_the_other(a, b):
    """The shorter list of months is the start of the longer: same start and steps."""
    n = min(len(a), len(b))
    return n > 0 and a[:n] == b[:n]


def check_same_layout(results):
    """Files compared in one annex must share regions, occupations, data set, first month and
    steps; their horizons may end apart."""
    reference = results[0]
    for other in results[1:]:
        for what, label in (("regions", "regions"), ("occupations", "occupations"),
                            ("data_checksums", "data checksums")):
            if getattr(other, what) != getattr(reference, what):
                raise ReportInputError(f"{other.path}: its {label} differ from those of "
                                       f"{reference.path}; an annex compares runs of the same "
                                       "data set and start")
        if not _one_starts_the_other(other.time_values, reference.time_values):
            raise ReportInputError(f"{other.path}: its months differ from those of "
                                   f"{reference.path} (another first month or other steps); an "
                                   "annex compares runs of the same data set and start")


def shared_years(results):
    """The calendar years every file holds in full (the same months in each), in order."""
    first = results[0].months_by_year
    return [year for year, months in first.items()
            if all(r.months_by_year.get(year) == months for r in results[1:])]
