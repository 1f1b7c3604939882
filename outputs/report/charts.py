"""The charts of the annex, drawn with matplotlib and saved as PNG and SVG: employment,
vacancies and tension per occupation (small multiples, every file as a line, bands for
ensembles), totals for the area, and a region x occupation heat map of the UWV tension class.
Defence is no UWV occupation class: the tension chart and the heat maps leave it out. They need
the WW counts of every file, and are left out where a file has none.
Every chart has a title, axis labels with units, a legend and a source line naming the
scenarios and the lmsim version. SVG keeps its text as text, so it can be searched and edited.
"""
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the non-interactive backend)
import numpy as np  # noqa: E402
from matplotlib.colors import BoundaryNorm, ListedColormap  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from texts import TENSION_BOUNDS, TENSION_CLASSES, tension_class_index  # noqa: E402

plt.rcParams.update({
    "svg.fonttype": "none",  # text stays text in SVG
    "text.parse_math": False,  # scenario titles and names are plain text, "$" included
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
})

# Colour of each file: the reference in dark grey, scenarios in distinct colours.
COLOURS = ["#404040", "#d95f02", "#1b9e77", "#7570b3", "#e7298a", "#66a61e"]
# UWV classes from very loose (blue) to very tight (red).
CLASS_COLOURS = ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"]


def _finite(values):
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, np.nan)


def _highest(values):
    """The largest finite value, or nan when there is none (a cell with infinite tension)."""
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else float("nan")


class ChartWriter:
    """Saves figures as PNG and SVG in the annex folder and remembers what each shows."""

    def __init__(self, folder, source, version):
        self.folder = folder
        self.source = source
        self.version = version
        self.charts = []

    def save(self, figure, chart_id, title, caption):
        figure.text(0.01, 0.005, self.source, fontsize=7, color="#555555", ha="left",
                    va="bottom")
        png = f"{chart_id}.png"
        svg = f"{chart_id}.svg"
        figure.savefig(self.folder / png, dpi=100, metadata={
            "Title": title, "Software": f"lmsim {self.version}", "Source": self.source})
        figure.savefig(self.folder / svg, metadata={"Title": title})
        plt.close(figure)
        self.charts.append({"id": chart_id, "title": title, "caption": caption, "png": png,
                            "svg": svg})


def _legend_handles(results, any_band, texts):
    handles = [Line2D([0], [0], color=COLOURS[i % len(COLOURS)], lw=2,
                      ls="-" if i == 0 else "--", label=r.title) for i, r in enumerate(results)]
    if any_band:
        handles.append(Patch(facecolor="#999999", alpha=0.3, label=texts["band"]))
    return handles


def _small_multiples(results, bands, texts, lang, title, units, scale, tension=False):
    """One panel per occupation (per UWV occupation class for tension); bands[i] is the Band of
    results[i] (year x occupation)."""
    shown = [o for o in range(len(results[0].occupations)) if not tension or results[0].uwv[o]]
    occupations = [results[0].occupations[o] for o in shown]
    columns = 4
    rows = int(np.ceil((len(occupations) + 1) / columns))
    figure, axes = plt.subplots(rows, columns, figsize=(12, 2.6 * rows + 0.8), sharex=True)
    axes = axes.ravel()
    years = results[0].years
    for panel, axis in enumerate(axes[:len(occupations)]):
        o = shown[panel]
        name = results[0].occupation_names[lang][o]
        axis.set_title("\n".join(textwrap.wrap(f"{occupations[panel]} {name}", 34)), fontsize=8)
        if tension:
            edges = [0.0] + TENSION_BOUNDS + [1e9]
            for k in range(5):
                axis.axhspan(edges[k], edges[k + 1], color=CLASS_COLOURS[k], alpha=0.18, lw=0)
        for i, band in enumerate(bands):
            colour = COLOURS[i % len(COLOURS)]
            central = _finite(band.central.isel(occupation=o).values) / scale
            axis.plot(years, central, color=colour, lw=1.6, ls="-" if i == 0 else "--")
            if band.has_band:
                axis.fill_between(years, _finite(band.low.isel(occupation=o).values) / scale,
                                  _finite(band.high.isel(occupation=o).values) / scale,
                                  color=colour, alpha=0.25, lw=0)
        if tension:
            tops = [_highest(np.asarray(b.central.isel(occupation=o).values)) for b in bands]
            top = max((t for t in tops if np.isfinite(t)), default=float("nan"))
            axis.set_ylim(0, max(5.0, 1.1 * top) if np.isfinite(top) else 5.0)
        if panel % columns == 0:
            axis.set_ylabel(units)
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))
        axis.grid(axis="y", color="#dddddd", lw=0.6)
    for axis in axes[len(occupations):]:
        axis.axis("off")
    for o in range(max(0, len(occupations) - columns), len(occupations)):
        axes[o].set_xlabel(texts["year"])  # the lowest panel of each column
        axes[o].tick_params(labelbottom=True)
    handles = _legend_handles(results, any(b.has_band for b in bands), texts)
    if tension:
        handles += [Patch(facecolor=CLASS_COLOURS[k], alpha=0.4, label=TENSION_CLASSES[lang][k])
                    for k in range(5)]
    axes[len(occupations)].legend(handles=handles, loc="upper left", frameon=False, fontsize=8)
    figure.suptitle(title, fontsize=12, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.025, 1, 0.97))
    return figure


def employment_chart(writer, results, region_index, scope, texts, lang):
    title = texts["employment_title"].format(scope=scope)
    bands = [r.annual("employed", region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["persons_thousands"], 1e3)
    writer.save(figure, "employment", title, texts["annual_mean"])


def vacancies_chart(writer, results, region_index, scope, texts, lang):
    title = texts["vacancies_title"].format(scope=scope)
    bands = [r.annual("vacancies", region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["vacancies_thousands"],
                              1e3)
    writer.save(figure, "vacancies", title, texts["annual_mean"])


def tension_chart(writer, results, region_index, scope, texts, lang):
    title = texts["tension_title"].format(scope=scope)
    bands = [r.annual_tension(region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["tension_units"], 1.0,
                              tension=True)
    writer.save(figure, "tension", title, texts["tension_units"])


def totals_chart(writer, results, region_index, scope, texts):
    title = texts["totals_title"].format(scope=scope)
    panels = [("employed", texts["employment"], texts["persons_thousands"]),
              ("vacancies", texts["vacancies"], texts["vacancies_thousands"]),
              ("unemployed", texts["unemployed"], texts["persons_thousands"])]
    figure, axes = plt.subplots(1, 3, figsize=(12, 4.2))
    years = results[0].years
    any_band = False
    for axis, (name, label, units) in zip(axes, panels):
        for i, result in enumerate(results):
            band = result.annual_total(name, region_index)
            colour = COLOURS[i % len(COLOURS)]
            axis.plot(years, band.central.values / 1e3, color=colour, lw=1.8,
                      ls="-" if i == 0 else "--")
            if band.has_band:
                any_band = True
                axis.fill_between(years, band.low.values / 1e3, band.high.values / 1e3,
                                  color=colour, alpha=0.25, lw=0)
        axis.set_title(label)
        axis.xaxis.set_major_locator(MaxNLocator(integer=True))
        axis.set_xlabel(texts["year"])
        axis.set_ylabel(units)
        axis.grid(axis="y", color="#dddddd", lw=0.6)
    figure.legend(handles=_legend_handles(results, any_band, texts), loc="lower center",
                  ncol=min(len(results) + 1, 4), frameon=False, bbox_to_anchor=(0.5, 0.04))
    figure.suptitle(title, fontsize=12, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.12, 1, 0.95))
    writer.save(figure, "totals", title, texts["annual_mean"])


def heatmap_chart(writer, result, index, year, texts, lang):
    title = texts["heatmap_title"].format(year=year, scenario=result.title)
    shown = [o for o in range(len(result.occupations)) if result.uwv[o]]  # defence: no class
    tension = result.tension_by_region(year).values[:, shown]
    classes = np.vectorize(tension_class_index, otypes=[float])(tension)
    figure, axis = plt.subplots(figsize=(12, 11))
    colours = ListedColormap(CLASS_COLOURS)
    image = axis.imshow(classes, cmap=colours, norm=BoundaryNorm(np.arange(-0.5, 5.5), 5),
                        aspect="auto")
    axis.set_yticks(range(len(result.regions)))
    axis.set_yticklabels([f"{c} {n}" for c, n in zip(result.regions, result.region_names)],
                         fontsize=7)
    axis.set_xticks(range(len(shown)))
    names = [textwrap.shorten(result.occupation_names[lang][o], 26, placeholder="...")
             for o in shown]
    axis.set_xticklabels([f"{result.occupations[o]} {name}" for o, name in zip(shown, names)],
                         rotation=60, ha="right", fontsize=7)
    axis.set_xlabel(texts["occupation"])
    axis.set_ylabel(texts["region"])
    bar = figure.colorbar(image, ax=axis, ticks=range(5), fraction=0.03)
    bar.ax.set_yticklabels(TENSION_CLASSES[lang])
    bar.set_label(f"{texts['tension_class']} ({texts['tension_units']})")
    figure.suptitle(title, fontsize=12, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.02, 1, 0.97))
    writer.save(figure, f"heatmap_{index + 1}", title, texts["tension_class"])


def make_charts(writer, results, region_index, scope, year, texts, lang):
    with_tension = all(r.has_ww_counts for r in results)
    employment_chart(writer, results, region_index, scope, texts, lang)
    vacancies_chart(writer, results, region_index, scope, texts, lang)
    if with_tension:
        tension_chart(writer, results, region_index, scope, texts, lang)
    totals_chart(writer, results, region_index, scope, texts)
    if with_tension:
        for index, result in enumerate(results):
            heatmap_chart(writer, result, index, year, texts, lang)
    return writer.charts
