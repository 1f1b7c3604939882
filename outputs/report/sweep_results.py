"""A sweep file of lmsim (lmsim sweep; docs/sweep.md, "The result file") as the annex sees it:
every point's national outputs per year and its regional outputs per year x region, with the
percentiles over the points and the share of points in each UWV tension class.

The points of a random, Latin-hypercube or Sobol design are a sample of the parameters'
distributions, each point equally likely: their percentiles and class shares estimate the range
and the probabilities of the outcomes. The points of a grid are chosen levels, not a sample: the
annex shows their range but no probabilities (docs/report.md, "Sweep files").
"""
import difflib

import h5py
import numpy as np

from results import ReportInputError, text_in_language
from texts import TENSION_CLASSES, tension_class_index

# The percentiles of the fan charts and the percentile table.
PERCENTILES = [5, 25, 50, 75, 95]
# The national outputs of the fan chart, in its order (the sweep also keeps vacancies).
NATIONAL_OUTPUTS = ["employed", "unemployed", "unemployment_rate", "tension"]
# The regional outputs a sweep keeps (point x year x region) and the national output each is;
# sweep files of an older lmsim lack region_employed.
REGIONAL_OUTPUTS = {"region_employed": "employed",
                    "region_unemployment_rate": "unemployment_rate",
                    "region_tension": "tension"}
# Designs whose points are a sample of the parameters' distributions (docs/sweep.md, "Designs").
SAMPLE_DESIGNS = ["random", "latin-hypercube", "sobol"]


def _text(value):
    return value.decode() if isinstance(value, bytes) else str(value)


def is_sweep_file(path):
    """True for a file written by lmsim sweep (a point dimension with parameter values)."""
    try:
        with h5py.File(path, "r") as f:
            return "point" in f and "parameter_value" in f
    except (OSError, ValueError):  # not HDF5 or unreadable: the run reader says why
        return False


def sweep_alone(paths):
    """True when the annex is of a sweep: one sweep file, given alone. A sweep beside other
    files is refused: its points are not one path to compare with a run."""
    sweeps = [path for path in paths if is_sweep_file(path)]
    if not sweeps:
        return False
    if len(paths) > 1:
        raise ReportInputError(f"{sweeps[0]}: a sweep file (lmsim sweep) cannot be compared with "
                               "other files in one annex; give it alone (lmsim report "
                               f"{sweeps[0]} --out DIR) for its range of outcomes")
    return True


class Sweep:
    def __init__(self, path, lang=None):
        """`lang` ("nl", "en"): the annex's language, for the title."""
        self.path = path
        try:
            with h5py.File(path, "r") as f:
                attrs = {name: _text(value) for name, value in f.attrs.items()}
                self.years = [int(y) for y in f["year"][:]]
                self.regions = [_text(r) for r in f["region"][:]]
                # Region names: in sweep files of this lmsim, not in those of an older one.
                self.region_names = ([_text(r) for r in f["region_name"][:]]
                                     if "region_name" in f else None)
                self.values = {name: np.asarray(f[name][:], dtype=float)
                               for name in NATIONAL_OUTPUTS + list(REGIONAL_OUTPUTS)
                               if name in f or name in NATIONAL_OUTPUTS}
                self.points = int(f["point"].shape[0])
        except (OSError, KeyError, ValueError) as error:
            raise ReportInputError(f"{path}: cannot read the sweep file ({error})") from error
        self.title = text_in_language(attrs, "title", lang, path)
        self.design = attrs.get("design", "?")
        self.engine = attrs.get("engine", "?")
        self.replicates = attrs.get("replicates", "1")
        self.created = attrs.get("created", "?")

    @property
    def gives_probabilities(self):
        """Whether the points are a sample of the parameters' distributions."""
        return self.design in SAMPLE_DESIGNS

    def region_index(self, region):
        """The index of a region code or name (names where the file holds them); None for
        'all'."""
        if region == "all":
            return None
        for i, code in enumerate(self.regions):
            names = [code.lower()] + ([self.region_names[i].lower()] if self.region_names else [])
            if region.lower() in names:
                return i
        if self.region_names is None:
            raise ReportInputError(f"--region '{region}': no such region code in {self.path}, "
                                   "a sweep file of an older lmsim that names its regions by "
                                   f"code only; use a code such as {self.regions[0]}, or 'all'")
        close = difflib.get_close_matches(region, self.regions + self.region_names, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ReportInputError(f"--region '{region}': no such region in {self.path}{hint}; use a "
                               "code such as AM13, a name such as Midden-Utrecht, or 'all'")

    def region_label(self, region_index):
        """'Midden-Utrecht (AM13)', or the code in a file without names."""
        code = self.regions[region_index]
        return f"{self.region_names[region_index]} ({code})" if self.region_names else code

    def points_by_year(self, output, region_index=None):
        """point x year values of a national output, or of its regional one in a region."""
        if region_index is None:
            return self.values[output]
        regional = next(name for name, national in REGIONAL_OUTPUTS.items() if national == output)
        return self.values[regional][:, :, region_index]

    def outputs(self, region_index=None):
        """The outputs the file holds values of, for the country or a region (tension is NaN
        in a sweep whose model records no WW counts, and is then left out)."""
        names = NATIONAL_OUTPUTS if region_index is None else [
            national for regional, national in REGIONAL_OUTPUTS.items()
            if regional in self.values]
        return [name for name in names
                if np.isfinite(self.points_by_year(name, region_index)).any()
                or np.isinf(self.points_by_year(name, region_index)).any()]

    def percentiles(self, output, region_index=None):
        """PERCENTILES x year: the percentiles over the points (linear between order statistics,
        numpy's default), of the points with a value."""
        values = self.points_by_year(output, region_index)
        return np.nanpercentile(values, PERCENTILES, axis=0)

    def class_shares(self, region_index=None):
        """year x class: the share of the points in each UWV tension class, of the points with
        a tension value; None where the file holds no tension."""
        if "tension" not in self.outputs(region_index):
            return None
        tension = self.points_by_year("tension", region_index)
        classes = np.vectorize(tension_class_index, otypes=[float])(tension)
        shares = np.zeros((len(self.years), len(TENSION_CLASSES["en"])))
        for y in range(len(self.years)):
            known = classes[:, y][np.isfinite(classes[:, y])]
            for k in range(shares.shape[1]):
                shares[y, k] = np.mean(known == k) if known.size else np.nan
        return shares
