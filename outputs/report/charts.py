"""The charts of the annex, drawn with matplotlib and saved as PNG (300 dpi) and SVG, sized for a
portrait A4 page (16 cm wide): employment, vacancies and tension per occupation (small
multiples, every file a line, bands for ensembles), totals for the area, a region x occupation
heat map of the UWV tension class, and for every scenario its effect against the reference
(differences.py): per occupation in the chosen year and for the total over the years, per region,
and a region x occupation heat map of the change in percent.
Defence is no UWV occupation class: the tension chart and the tension heat maps leave it out.
They need the WW counts of every file, and are left out where a file has none.
Every chart has a title, axis labels with units, a legend or labels at the lines' ends, a source
line naming the scenarios and the lmsim version, and an alt text (a sentence saying what it
shows and its main value). Files differ by colour (Okabe-Ito's colour-blind-safe palette) and by
line style. Tick labels use the language's separators (number_format.py). SVG keeps its text as
text, so it can be searched and edited.
"""
import itertools
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (after choosing the non-interactive backend)
import numpy as np  # noqa: E402
from matplotlib.colors import BoundaryNorm, ListedColormap, TwoSlopeNorm  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402
from matplotlib.ticker import FixedLocator, Formatter, MaxNLocator  # noqa: E402

import differences  # noqa: E402
from number_format import format_number, format_percent  # noqa: E402
from texts import TENSION_BOUNDS, TENSION_CLASSES, tension_class_index  # noqa: E402

plt.rcParams.update({
    "svg.fonttype": "none",  # text stays text in SVG
    "text.parse_math": False,  # scenario titles and names are plain text, "$" included
    "font.family": "DejaVu Sans",
    "font.size": 7,
    "axes.titlesize": 7.5,
    "axes.labelsize": 7,
    "xtick.labelsize": 6.5,
    "ytick.labelsize": 6.5,
    "legend.fontsize": 7,
    "axes.spines.top": False,
    "axes.spines.right": False,
})

# A portrait A4 page's text width (16 cm) and print resolution.
WIDTH = 6.3
DPI = 300
# Okabe & Ito's colour-blind-safe palette: the reference in black, scenarios after it.
COLOURS = ["#000000", "#D55E00", "#0072B2", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]
# Line styles, so files differ in grey print and for readers who do not tell the colours apart.
STYLES = ["-", "--", ":", "-.", (0, (5, 1, 1, 1, 1, 1)), (0, (1, 1)), (0, (8, 2))]
# Effects: an increase in blue, a decrease in vermillion (Okabe-Ito); RdBu for the heat map,
# a diverging ColorBrewer map that is colour-blind safe.
UP, DOWN = "#0072B2", "#D55E00"
# The labels of the annex's own regions in the charts of all regions (Okabe-Ito's bluish green,
# apart from the bars' blue and vermillion).
AREA_COLOUR = "#009E73"
DIVERGING = "RdBu"
# UWV classes from very loose (blue) to very tight (red) (ColorBrewer RdYlBu, colour-blind safe).
CLASS_COLOURS = ["#2c7bb6", "#abd9e9", "#ffffbf", "#fdae61", "#d7191c"]
# The effect heat map's colour scale ends at this percentile of the cells' absolute changes, so
# that one occupation with a large effect (defence in defence_expansion) does not wash out the
# others; cells beyond it are drawn in the darkest colour and carry their value.
HEAT_SCALE_PERCENTILE = 90
_ZERO_LINES = itertools.count(1)


def title_lines(title, width):
    """A chart title in lines of at most `width` characters, broken at spaces only, so that a
    name such as Midden-Utrecht or 2025-2040 stays whole, as the page and manifest write it."""
    return "\n".join(textwrap.wrap(title, width, break_on_hyphens=False))


def _finite(values):
    values = np.asarray(values, dtype=float)
    return np.where(np.isfinite(values), values, np.nan)


def _highest(values):
    """The largest finite value, or nan when there is none (a cell with infinite tension)."""
    values = values[np.isfinite(values)]
    return float(values.max()) if values.size else float("nan")


def colour(i):
    return COLOURS[i % len(COLOURS)]


def style(i):
    return STYLES[i % len(STYLES)]


def short(text, width):
    return textwrap.shorten(text, width, placeholder="...")


class NumberTicks(Formatter):
    """Tick labels with the language's separators and as many decimals as the tick step needs
    (the locator's steps are 1, 2 and 5 times a power of ten)."""

    def __init__(self, lang, signed=False):
        self.lang = lang
        self.signed = signed

    def __call__(self, value, position=None):
        locs = sorted(getattr(self, "locs", []))
        step = min(np.diff(locs)) if len(locs) > 1 else abs(value) or 1.0
        decimals = max(0, int(np.ceil(-np.log10(step) - 1e-9)))
        return format_number(value, self.lang, decimals, self.signed and value != 0)


def _number_axis(axis, lang, signed=False):
    """A value axis (axis.xaxis or axis.yaxis) with few, round, separated ticks."""
    axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 5, 10]))
    axis.set_major_formatter(NumberTicks(lang, signed))


def _year_axis(axis, years):
    """Year ticks that never run together: every fifth year (the first and last where fewer)."""
    ticks = [y for y in years if y % 5 == 0]
    if len(ticks) < 2:
        ticks = sorted({years[0], years[-1]})
    axis.xaxis.set_major_locator(FixedLocator(ticks))
    axis.xaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _p: f"{v:.0f}"))


def _zero_line(axis, vertical=False):
    """The line of no change; its SVG element's id starts with zero_line (tests find it)."""
    line = (axis.axvline if vertical else axis.axhline)(0, color="#333333", lw=0.8, zorder=3)
    line.set_gid(f"zero_line_{next(_ZERO_LINES)}")  # ids unique within an SVG file


class ChartWriter:
    """Saves figures as PNG and SVG in the annex folder and remembers what each shows."""

    def __init__(self, folder, source, version):
        self.folder = folder
        self.source = source
        self.version = version
        self.charts = []

    def save(self, figure, chart_id, title, caption, alt):
        figure.text(0.01, 0.002, "\n".join(textwrap.wrap(self.source, 150)), fontsize=5.5,
                    color="#555555", ha="left", va="bottom")
        png = f"{chart_id}.png"
        svg = f"{chart_id}.svg"
        # bbox_inches="tight": long tick labels (regions, occupations) are never cut off.
        figure.savefig(self.folder / png, dpi=DPI, bbox_inches="tight", pad_inches=0.08,
                       metadata={"Title": title, "Software": f"lmsim {self.version}",
                                 "Source": self.source, "Description": alt})
        figure.savefig(self.folder / svg, bbox_inches="tight", pad_inches=0.08,
                       metadata={"Title": title, "Description": alt})
        plt.close(figure)
        self.charts.append({"id": chart_id, "title": title, "caption": caption, "alt": alt,
                            "png": png, "svg": svg})


def _legend_handles(results, any_band, texts):
    handles = [Line2D([0], [0], color=colour(i), lw=1.5, ls=style(i), label=r.title)
               for i, r in enumerate(results)]
    if any_band:
        handles.append(Patch(facecolor="#999999", alpha=0.3, label=texts["band"]))
    return handles


def _end_labels(axis, x, ends, labels, colours):
    """A label at each line's end, pushed apart where lines end close together (by its number
    of lines)."""
    bottom, top = axis.get_ylim()
    gap = 0.085 * (top - bottom) * max(label.count("\n") + 1 for label in labels)
    order = sorted(range(len(ends)), key=lambda i: ends[i] if np.isfinite(ends[i]) else bottom)
    placed = []
    for i in order:
        y = ends[i] if np.isfinite(ends[i]) else bottom
        if placed and y < placed[-1] + gap:
            y = placed[-1] + gap
        placed.append(y)
        axis.annotate(labels[i], xy=(x, ends[i]), xytext=(x, y), textcoords="data",
                      xycoords="data", ha="left", va="center", fontsize=6, color=colours[i],
                      annotation_clip=False)


def _small_multiples(results, bands, texts, lang, title, units, tension=False):
    """One panel per occupation (per UWV occupation class for tension); bands[i] is the Band of
    results[i] (year x occupation)."""
    shown = [o for o in range(len(results[0].occupations)) if not tension or results[0].uwv[o]]
    occupations = [results[0].occupations[o] for o in shown]
    columns = 3
    rows = int(np.ceil((len(occupations) + 1) / columns))
    figure, axes = plt.subplots(rows, columns, figsize=(WIDTH, 1.55 * rows + 0.6), sharex=True)
    axes = axes.ravel()
    years = results[0].years
    for panel, axis in enumerate(axes[:len(occupations)]):
        o = shown[panel]
        name = results[0].occupation_names[lang][o]
        axis.set_title("\n".join(textwrap.wrap(f"{occupations[panel]} {name}", 30)), fontsize=6.5)
        if tension:
            edges = [0.0] + TENSION_BOUNDS + [1e9]
            for k in range(5):
                axis.axhspan(edges[k], edges[k + 1], color=CLASS_COLOURS[k], alpha=0.35, lw=0)
        for i, band in enumerate(bands):
            central = _finite(band.central.isel(occupation=o).values)
            axis.plot(years, central, color=colour(i), lw=1.1, ls=style(i))
            if band.has_band:
                axis.fill_between(years, _finite(band.low.isel(occupation=o).values),
                                  _finite(band.high.isel(occupation=o).values),
                                  color=colour(i), alpha=0.2, lw=0)
        if tension:
            tops = [_highest(np.asarray(b.central.isel(occupation=o).values)) for b in bands]
            top = max((t for t in tops if np.isfinite(t)), default=float("nan"))
            axis.set_ylim(0, max(5.0, 1.1 * top) if np.isfinite(top) else 5.0)
        if panel % columns == 0:
            axis.set_ylabel("\n".join(textwrap.wrap(units, 24, break_on_hyphens=False)))
        _number_axis(axis.yaxis, lang)
        _year_axis(axis, years)
        axis.grid(axis="y", color="#dddddd", lw=0.5)
    for axis in axes[len(occupations):]:
        axis.axis("off")
    for o in range(max(0, len(occupations) - columns), len(occupations)):
        axes[o].set_xlabel(texts["year"])  # the lowest panel of each column
        axes[o].tick_params(labelbottom=True)
    handles = _legend_handles(results, any(b.has_band for b in bands), texts)
    handles = [Line2D([0], [0], color=h.get_color(), lw=1.5, ls=h.get_linestyle(),
                      label="\n".join(textwrap.wrap(h.get_label(), 30)))
               if isinstance(h, Line2D) else h for h in handles]
    classes = [Patch(facecolor=CLASS_COLOURS[k], alpha=0.4, label=TENSION_CLASSES[lang][k])
               for k in range(5)] if tension else []
    spare = axes[len(occupations):]
    if classes and len(spare) > 1:  # the classes beside the files, not below them
        spare[1].legend(handles=classes[::-1], loc="upper left", frameon=False, fontsize=6.5)
        classes = []
    spare[0].legend(handles=handles + classes, loc="upper left", frameon=False, fontsize=6.5)
    figure.suptitle(title, fontsize=9, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.02, 1, 0.98))
    return figure


def _levels_alt(results, values, texts, lang, key, scope, year):
    """The alt text of a level chart: what it shows and the reference's total in the year."""
    files = ", ".join(f'"{r.title}"' for r in results)
    return texts[key].format(scope=scope, first=results[0].years[0], last=results[0].years[-1],
                             files=files, year=year, value=format_number(values, lang))


def employment_chart(writer, results, region_index, scope, year, texts, lang):
    title = texts["employment_title"].format(scope=scope)
    bands = [r.annual("employed", region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["persons_units"])
    total = float(results[0].annual_total("employed", region_index).central.sel(year=year))
    alt = _levels_alt(results, total, texts, lang, "employment_alt", scope, year)
    writer.save(figure, "employment", title, texts["annual_mean"], alt)


def vacancies_chart(writer, results, region_index, scope, year, texts, lang):
    title = texts["vacancies_title"].format(scope=scope)
    bands = [r.annual("vacancies", region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["vacancies_axis"])
    total = float(results[0].annual_total("vacancies", region_index).central.sel(year=year))
    alt = _levels_alt(results, total, texts, lang, "vacancies_alt", scope, year)
    writer.save(figure, "vacancies", title, texts["annual_mean"], alt)


def tension_chart(writer, results, region_index, scope, year, texts, lang):
    title = texts["tension_title"].format(scope=scope)
    bands = [r.annual_tension(region_index) for r in results]
    figure = _small_multiples(results, bands, texts, lang, title, texts["tension_units"],
                              tension=True)
    tension = bands[0].central.sel(year=year).values
    tight = sum(1 for t, uwv in zip(tension, results[0].uwv) if uwv and tension_class_index(t) >= 3)
    alt = texts["tension_alt"].format(scope=scope, first=results[0].years[0],
                                      last=results[0].years[-1], year=year, tight=tight,
                                      classes=int(results[0].uwv.sum()),
                                      reference=results[0].title)
    writer.save(figure, "tension", title, texts["tension_units"], alt)


def totals_chart(writer, results, region_index, scope, year, texts, lang):
    title = texts["totals_title"].format(scope=scope)
    panels = [("employed", texts["employment"], texts["persons_units"]),
              ("vacancies", texts["vacancies"], texts["vacancies_axis"]),
              ("unemployed", texts["unemployed"], texts["persons_units"])]
    figure, axes = plt.subplots(3, 1, figsize=(WIDTH, 7.2), sharex=True)
    years = results[0].years
    any_band = False
    # Whole titles where they fit in two short lines: the years that tell scenarios apart
    # ("... in 2030") come last.
    labels = ["\n".join(textwrap.wrap(r.title, 24, max_lines=2, placeholder="..."))
              for r in results]
    for axis, (name, label, units) in zip(axes, panels):
        ends = []
        for i, result in enumerate(results):
            band = result.annual_total(name, region_index)
            axis.plot(years, band.central.values, color=colour(i), lw=1.4, ls=style(i))
            ends.append(float(band.central.values[-1]))
            if band.has_band:
                any_band = True
                axis.fill_between(years, band.low.values, band.high.values, color=colour(i),
                                  alpha=0.2, lw=0)
        axis.set_title(label, loc="left")
        axis.set_ylabel(units)
        _number_axis(axis.yaxis, lang)
        _year_axis(axis, years)
        axis.grid(axis="y", color="#dddddd", lw=0.5)
        axis.set_xlim(years[0], years[-1])
        _end_labels(axis, years[-1] + 0.3, ends, labels, [colour(i) for i in range(len(results))])
    axes[-1].set_xlabel(texts["year"])
    axes[-1].tick_params(labelbottom=True)
    figure.legend(handles=_legend_handles(results, any_band, texts), loc="lower left",
                  ncol=min(len(results) + 1, 3), frameon=False, bbox_to_anchor=(0.01, 0.025))
    figure.suptitle(title, fontsize=9, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.08, 0.8, 0.97))
    total = float(results[0].annual_total("employed", region_index).central.sel(year=year))
    alt = _levels_alt(results, total, texts, lang, "totals_alt", scope, year)
    writer.save(figure, "totals", title, texts["annual_mean"], alt)


def _occupation_labels(result, indices, lang, width):
    return [f"{result.occupations[o]} {short(result.occupation_names[lang][o], width)}"
            for o in indices]


def heatmap_chart(writer, result, index, year, texts, lang):
    title = texts["heatmap_title"].format(year=year, scenario=result.title)
    shown = [o for o in range(len(result.occupations)) if result.uwv[o]]  # defence: no class
    tension = result.tension_by_region(year).values[:, shown]
    classes = np.vectorize(tension_class_index, otypes=[float])(tension)
    figure, axis = plt.subplots(figsize=(WIDTH, 8.2))
    colours = ListedColormap(CLASS_COLOURS)
    image = axis.imshow(classes, cmap=colours, norm=BoundaryNorm(np.arange(-0.5, 5.5), 5),
                        aspect="auto")
    _region_rows(axis, result.regions, result.region_names, range(len(result.regions)))
    axis.set_xticks(range(len(shown)))
    axis.set_xticklabels(_occupation_labels(result, shown, lang, 24), rotation=60, ha="right")
    axis.set_xlabel(texts["occupation"])
    axis.set_ylabel(texts["region"])
    bar = figure.colorbar(image, ax=axis, ticks=range(5), fraction=0.04, pad=0.02)
    bar.ax.set_yticklabels(TENSION_CLASSES[lang])
    bar.set_label(f"{texts['tension_class']} ({texts['tension_units']})")
    figure.suptitle(title_lines(title, 90), fontsize=9, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.02, 1, 0.97))
    tight = int(np.sum(classes >= 3))
    alt = texts["heatmap_alt"].format(year=year, scenario=result.title, tight=tight,
                                      cells=classes.size)
    writer.save(figure, f"heatmap_{index + 1}", title, texts["tension_class"], alt)


def _region_rows(axis, codes, names, order):
    axis.set_yticks(range(len(order)))
    axis.set_yticklabels([f"{codes[r]} {names[r]}" for r in order], fontsize=6)


def _area_regions(region_index):
    """The regions of the annex's area as a set of indices; empty for the whole country."""
    if region_index is None:
        return set()
    return {int(region_index)} if isinstance(region_index, (int, np.integer)) \
        else {int(r) for r in region_index}


def _mark_area_rows(axis, order, area):
    """The rows of the annex's own regions in bold and colour, so that a planner finds them
    among all 35 regions."""
    for label, region in zip(axis.get_yticklabels(), order):
        if region in area:
            label.set_fontweight("bold")
            label.set_color(AREA_COLOUR)


def _signed(value, lang, decimals=0):
    return format_number(value, lang, decimals, signed=True)


def _signed_percent(value, lang, decimals=2):
    return format_percent(value / 100.0, lang, decimals, signed=True)


def _bars(axis, values, low, high, within, labels, lang, percent):
    """Horizontal bars of changes (increase blue, decrease vermillion; pale where the paired band
    holds 0), the value written at each bar's end, the band as a whisker."""
    positions = np.arange(len(values))
    colours = [UP if v >= 0 else DOWN for v in np.nan_to_num(values)]
    alphas = [0.35 if within is not None and w else 1.0 for w in
              (within if within is not None else [False] * len(values))]
    for y, v, c, a in zip(positions, values, colours, alphas):
        axis.barh(y, 0 if not np.isfinite(v) else v, color=c, alpha=a, height=0.7)
    if low is not None:
        axis.errorbar(values, positions, xerr=[values - low, high - values], fmt="none",
                      ecolor="#333333", elinewidth=0.7, capsize=1.5)
    _zero_line(axis, vertical=True)
    axis.set_yticks(positions)
    axis.set_yticklabels(labels)
    if not axis.yaxis_inverted():  # the first row on top (axes sharing y invert once)
        axis.invert_yaxis()
    finite = np.concatenate([values[np.isfinite(values)]] +
                            ([low[np.isfinite(low)], high[np.isfinite(high)]]
                             if low is not None else []))
    left, right = (min(0.0, finite.min()), max(0.0, finite.max())) if finite.size else (-1, 1)
    room = 0.35 * (right - left or 1.0)  # for the value labels
    axis.set_xlim(left - (room if left < 0 else 0), right + (room if right > 0 else 0.05 * room))
    for y, v in zip(positions, values):
        text = _signed_percent(v, lang) if percent else _signed(v, lang)
        end = v if np.isfinite(v) else 0.0
        edge = max(end, high[y]) if low is not None and v >= 0 else \
            (min(end, low[y]) if low is not None else end)
        axis.annotate(text, xy=(edge, y), xytext=(2 if v >= 0 else -2, 0),
                      textcoords="offset points", ha="left" if v >= 0 else "right",
                      va="center", fontsize=5.5)
    _number_axis(axis.xaxis, lang, signed=True)
    axis.grid(axis="x", color="#dddddd", lw=0.5)
    axis.set_axisbelow(True)


def _effect_over_years(axis, effect, values, low, high, lang, colour_of_scenario):
    years = effect.years
    axis.plot(years, values, color=colour_of_scenario, lw=1.4)
    if low is not None:
        axis.fill_between(years, low, high, color=colour_of_scenario, alpha=0.2, lw=0)
    _zero_line(axis)
    _year_axis(axis, years)
    _number_axis(axis.yaxis, lang, signed=True)
    axis.grid(axis="y", color="#dddddd", lw=0.5)


def effect_chart(writer, results, index, region_index, scope, year, texts, lang):
    """One scenario's effect on employment: per occupation in the year (absolute and percent)
    and the area's total over the years (absolute and percent), with the paired band."""
    reference, scenario = results[0], results[index]
    by_occupation = differences.effect_by_occupation(reference, scenario, "employed",
                                                     region_index)
    total = differences.effect_total(reference, scenario, "employed", region_index)
    row = by_occupation.years.index(year)
    title = texts["effect_title"].format(scenario=scenario.title, reference=reference.title,
                                         scope=scope)
    bottom = 0.1 if by_occupation.has_band else 0.07
    figure = plt.figure(figsize=(WIDTH, 7.8))
    bars = figure.add_gridspec(1, 2, left=0.36, right=0.97, top=0.88, bottom=0.42, wspace=0.18)
    lines = figure.add_gridspec(1, 2, left=0.12, right=0.97, top=0.3, bottom=bottom + 0.04,
                                wspace=0.32)
    absolute_axis = figure.add_subplot(bars[0, 0])
    percent_axis = figure.add_subplot(bars[0, 1], sharey=absolute_axis)
    labels = _occupation_labels(reference, range(len(reference.occupations)), lang, 34)
    band = by_occupation.has_band

    def year_row(values):
        return None if values is None else values[row]
    _bars(absolute_axis, by_occupation.absolute[row], year_row(by_occupation.low),
          year_row(by_occupation.high), year_row(by_occupation.within_noise), labels, lang,
          percent=False)
    percent_low = percent_high = None
    if band:
        percent_low = differences.percent_of(by_occupation.low[row], by_occupation.reference[row])
        percent_high = differences.percent_of(by_occupation.high[row],
                                              by_occupation.reference[row])
    _bars(percent_axis, by_occupation.percent[row], percent_low, percent_high,
          year_row(by_occupation.within_noise), labels, lang, percent=True)
    percent_axis.tick_params(labelleft=False)
    absolute_axis.set_title(texts["effect_per_occupation"].format(year=year), loc="left")
    absolute_axis.set_xlabel(texts["effect_persons"])
    percent_axis.set_xlabel(texts["effect_percent"])
    absolute_axis.set_ylabel(texts["occupation"])

    line_colour = colour(index)
    over_absolute = figure.add_subplot(lines[0, 0])
    over_percent = figure.add_subplot(lines[0, 1])
    low = total.low[:, 0] if total.has_band else None
    high = total.high[:, 0] if total.has_band else None
    _effect_over_years(over_absolute, total, total.absolute[:, 0], low, high, lang, line_colour)
    _effect_over_years(over_percent, total, total.percent[:, 0],
                       None if low is None else differences.percent_of(low, total.reference[:, 0]),
                       None if high is None else differences.percent_of(high,
                                                                        total.reference[:, 0]),
                       lang, line_colour)
    over_absolute.set_title(texts["effect_total_years"], loc="left")
    over_absolute.set_ylabel(texts["effect_persons"])
    over_percent.set_ylabel(texts["effect_percent"])
    for axis in (over_absolute, over_percent):
        axis.set_xlabel(texts["year"])
    if band:
        figure.legend(handles=[Patch(facecolor=line_colour, alpha=0.3,
                                     label=texts["paired_band"]),
                               Patch(facecolor="#888888", alpha=0.35, label=texts["within_noise"])],
                      loc="lower left", frameon=False, bbox_to_anchor=(0.01, 0.015), ncol=2)
    figure.suptitle(title_lines(title, 95), fontsize=9, x=0.01, ha="left")
    biggest = int(np.argmax(np.nan_to_num(np.abs(by_occupation.absolute[row]), nan=-1.0)))
    alt = texts["effect_alt"].format(
        scenario=scenario.title, reference=reference.title, scope=scope, year=year,
        total=_signed(total.absolute[row, 0], lang),
        percent=_signed_percent(total.percent[row, 0], lang),
        occupation=f"{reference.occupations[biggest]} "
                   f"{reference.occupation_names[lang][biggest]}",
        change=_signed(by_occupation.absolute[row, biggest], lang))
    writer.save(figure, f"effect_employment_{index}", title, texts["effect_caption"], alt)


def effect_regions_chart(writer, results, index, year, texts, lang, area=frozenset()):
    """The change of each region's total employment in the year, in percent, sorted; the
    absolute change written at each bar."""
    reference, scenario = results[0], results[index]
    effect = differences.effect_by_region(reference, scenario, "employed", year)
    _, absolute, percent = effect.totals()
    order = list(np.argsort(np.nan_to_num(percent))[::-1])
    title = texts["effect_regions_title"].format(scenario=scenario.title, year=year)
    figure, axis = plt.subplots(figsize=(WIDTH, 0.16 * len(order) + 1.6))
    labels = [f"{effect.regions[r]} {effect.region_names[r]}" for r in order]
    _bars(axis, percent[order], None, None, None, labels, lang, percent=True)
    _mark_area_rows(axis, order, area)
    for y, r in enumerate(order):  # the absolute change beside the percent, at the axis' right
        axis.annotate(_signed(absolute[r], lang), xy=(1.0, y), xycoords=("axes fraction", "data"),
                      xytext=(4, 0), textcoords="offset points", ha="left", va="center",
                      fontsize=5.5, color="#333333")
    axis.annotate(texts["persons_units"], xy=(1.0, 1.0), xycoords="axes fraction",
                  xytext=(4, 4), textcoords="offset points", ha="left", va="bottom", fontsize=6)
    axis.set_xlabel(texts["effect_percent"])
    axis.set_ylabel(texts["region"])
    figure.suptitle(title_lines(title, 95), fontsize=9, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.02, 0.9, 0.97))
    alt = texts["effect_regions_alt"].format(
        scenario=scenario.title, year=year, regions=len(order),
        first=effect.region_names[order[0]], first_change=_signed_percent(percent[order[0]],
                                                                          lang),
        last=effect.region_names[order[-1]], last_change=_signed_percent(percent[order[-1]],
                                                                         lang))
    writer.save(figure, f"effect_regions_{index}", title, texts["effect_caption"], alt)


def _heat_limit(values):
    """The effect heat map's colour limit: symmetric around 0 (HEAT_SCALE_PERCENTILE)."""
    finite = np.abs(values[np.isfinite(values)])
    if not finite.size:
        return 1.0
    limit = float(np.percentile(finite, HEAT_SCALE_PERCENTILE))
    if finite.max() <= 1.5 * limit:
        limit = float(finite.max())
    return limit if limit > 0 else 1.0


def effect_heatmap_chart(writer, results, index, year, texts, lang, area=frozenset()):
    """The change in percent of every region x occupation in the year (diverging, symmetric)."""
    reference, scenario = results[0], results[index]
    effect = differences.effect_by_region(reference, scenario, "employed", year)
    percent = effect.percent
    limit = _heat_limit(percent)
    title = texts["effect_heatmap_title"].format(scenario=scenario.title, year=year)
    figure, axis = plt.subplots(figsize=(WIDTH, 8.2))
    image = axis.imshow(np.clip(percent, -limit, limit), cmap=DIVERGING,
                        norm=TwoSlopeNorm(0.0, -limit, limit), aspect="auto")
    _region_rows(axis, effect.regions, effect.region_names, range(len(effect.regions)))
    _mark_area_rows(axis, range(len(effect.regions)), area)
    axis.set_xticks(range(len(effect.occupations)))
    axis.set_xticklabels(_occupation_labels(reference, range(len(effect.occupations)), lang, 24),
                         rotation=60, ha="right")
    outside = np.isfinite(percent) & (np.abs(percent) > limit)
    # Beyond the scale: the value itself, with as many decimals as the scale's limit needs to
    # be told apart from it (a limit of 0.11 needs two).
    decimals = 1 if limit >= 1 else 2
    for r, o in zip(*np.nonzero(outside)):
        axis.text(o, r, format_number(percent[r, o], lang, decimals, signed=True), ha="center",
                  va="center", fontsize=4.5, color="white")
    axis.set_xlabel(texts["occupation"])
    axis.set_ylabel(texts["region"])
    bar = figure.colorbar(image, ax=axis, fraction=0.04, pad=0.02,
                          extend="both" if outside.any() else "neither")
    _number_axis(bar.ax.yaxis, lang, signed=True)
    bar.set_label(texts["effect_percent"])
    figure.suptitle(title_lines(title, 90), fontsize=9, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.02, 1, 0.97))
    largest = np.unravel_index(np.argmax(np.nan_to_num(np.abs(percent), nan=-1.0)),
                               percent.shape)
    alt = texts["effect_heatmap_alt"].format(
        scenario=scenario.title, year=year,
        limit=format_number(limit, lang, 2),
        region=effect.region_names[largest[0]], occupation=effect.occupations[largest[1]],
        change=_signed_percent(percent[largest], lang))
    writer.save(figure, f"effect_heatmap_{index}", title, texts["effect_caption"], alt)


def make_charts(writer, results, region_index, scope, year, texts, lang):
    with_tension = all(r.has_ww_counts for r in results)
    employment_chart(writer, results, region_index, scope, year, texts, lang)
    vacancies_chart(writer, results, region_index, scope, year, texts, lang)
    if with_tension:
        tension_chart(writer, results, region_index, scope, year, texts, lang)
    totals_chart(writer, results, region_index, scope, year, texts, lang)
    if with_tension:
        for index, result in enumerate(results):
            heatmap_chart(writer, result, index, year, texts, lang)
    for index in range(1, len(results)):  # every scenario against the reference
        effect_chart(writer, results, index, region_index, scope, year, texts, lang)
        area = _area_regions(region_index)
        effect_regions_chart(writer, results, index, year, texts, lang, area)
        effect_heatmap_chart(writer, results, index, year, texts, lang, area)
    return writer.charts
