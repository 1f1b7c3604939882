"""The annex of a sweep file (lmsim report SWEEP.h5; docs/report.md, "Sweep files"): fan charts
of the range of outcomes over the sweep's points (median, 25th-75th and 5th-95th percentile per
year) of the national outputs and, for a chosen region, of its regional outputs; the share of the
points in each UWV tension class per year (for designs that sample the parameters'
distributions); tables of the percentiles in a year and of the class shares. Charts go through
charts.ChartWriter, tables through tables.write_tables, the page, PDF and manifest through
annex_files.finish_annex.
"""
import html

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

import annex_files
import charts
import tables as annex_tables
from number_format import format_date
from results import ReportInputError
from sweep_results import PERCENTILES, Sweep
from texts import TENSION_BOUNDS, TENSION_CLASSES, TEXTS

FAN_COLOUR = "#2c7fb8"
# Each output's label key in texts, divisor and unit key.
OUTPUT_AXES = {
    "employed": ("employment", 1e3, "persons_thousands"),
    "unemployed": ("unemployed", 1e3, "persons_thousands"),
    "unemployment_rate": ("unemployment_rate", 1.0, "percent_units"),
    "tension": ("tension", 1.0, "tension_units"),
}


def _fan(axis, years, percentiles, scale, texts):
    """Median line over a 5th-95th and a darker 25th-75th percentile band."""
    p05, p25, p50, p75, p95 = (np.asarray(p, dtype=float) / scale for p in percentiles)
    axis.fill_between(years, p05, p95, color=FAN_COLOUR, alpha=0.2, lw=0)
    axis.fill_between(years, p25, p75, color=FAN_COLOUR, alpha=0.4, lw=0)
    axis.plot(years, p50, color=FAN_COLOUR, lw=1.8)
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    axis.set_xlabel(texts["year"])
    axis.grid(axis="y", color="#dddddd", lw=0.6)


def _fan_handles(texts):
    return [Patch(facecolor=FAN_COLOUR, alpha=0.2, label=texts["fan_p05_p95"]),
            Patch(facecolor=FAN_COLOUR, alpha=0.6, label=texts["fan_p25_p75"]),
            plt.Line2D([0], [0], color=FAN_COLOUR, lw=1.8, label=texts["fan_median"])]


def fan_chart(writer, sweep, region_index, scope, texts):
    """The fan chart of every output the file holds for the scope (the country or a region)."""
    outputs = sweep.outputs(region_index)
    figure, axes = plt.subplots(1, len(outputs), figsize=(3.2 * len(outputs) + 1, 4.2),
                                squeeze=False)
    for axis, output in zip(axes[0], outputs):
        label, scale, units = OUTPUT_AXES[output]
        _fan(axis, sweep.years, sweep.percentiles(output, region_index), scale, texts)
        if output == "tension":
            edges = [0.0] + TENSION_BOUNDS + [1e9]
            for k in range(len(edges) - 1):
                axis.axhspan(edges[k], edges[k + 1], color=charts.CLASS_COLOURS[k], alpha=0.12,
                             lw=0, zorder=0)
            top = np.nanmax(np.where(np.isfinite(sweep.percentiles(output, region_index)),
                                     sweep.percentiles(output, region_index), np.nan))
            axis.set_ylim(0, 1.1 * top if np.isfinite(top) and top > 0 else 5.0)
        axis.set_title(texts[label])
        axis.set_ylabel(texts[units])
    title = texts["fan_title"].format(points=sweep.points, scope=scope)
    figure.legend(handles=_fan_handles(texts), loc="lower center", ncol=3, frameon=False,
                  bbox_to_anchor=(0.5, 0.04))
    figure.suptitle(title, fontsize=12, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.12, 1, 0.95))
    chart_id = "fan" if region_index is None else "fan_region"
    names = ", ".join(texts[OUTPUT_AXES[o][0]].lower() for o in outputs)
    alt = texts["fan_alt"].format(outputs=names, scope=scope, first=sweep.years[0],
                                  last=sweep.years[-1], points=sweep.points)
    writer.save(figure, chart_id, title, texts["fan_caption"], alt)


def class_chart(writer, sweep, region_index, scope, texts, lang):
    """Stacked shares of the points in each UWV tension class, per year."""
    shares = sweep.class_shares(region_index)
    figure, axis = plt.subplots(figsize=(10, 4.6))
    bottom = np.zeros(len(sweep.years))
    for k, name in enumerate(TENSION_CLASSES[lang]):
        axis.bar(sweep.years, 100.0 * shares[:, k], bottom=bottom, color=charts.CLASS_COLOURS[k],
                 label=name, width=0.8)
        bottom += 100.0 * np.nan_to_num(shares[:, k])
    axis.set_ylim(0, 100)
    axis.set_ylabel(texts["class_share_units"])
    axis.set_xlabel(texts["year"])
    axis.xaxis.set_major_locator(MaxNLocator(integer=True))
    handles, labels = axis.get_legend_handles_labels()  # listed as stacked: tightest on top
    axis.legend(handles[::-1], labels[::-1], loc="center left", bbox_to_anchor=(1.0, 0.5),
                frameon=False)
    title = texts["class_title"].format(scope=scope)
    figure.suptitle(title, fontsize=12, x=0.01, ha="left")
    figure.tight_layout(rect=(0, 0.03, 1, 0.95))
    chart_id = "classes" if region_index is None else "classes_region"
    alt = texts["class_alt"].format(scope=scope, first=sweep.years[0], last=sweep.years[-1],
                                    points=sweep.points)
    writer.save(figure, chart_id, title, texts["class_caption"], alt)


def percentile_table(sweep, region_index, year, scope, texts, lang, source):
    """One row per percentile, one column per output (the country's, then the region's), in the
    year; a column per output keeps whole persons whole and rates with decimals."""
    y = sweep.years.index(year)
    scopes = [(None, texts["netherlands_short"])]
    if region_index is not None:
        scopes.append((region_index, scope))
    table = pd.DataFrame({texts["percentile"]: [f"p{p:02d}" for p in PERCENTILES]})
    decimals = {}
    for index, area in scopes:
        for output in sweep.outputs(index):
            digits = 0 if OUTPUT_AXES[output][1] > 1 else 2
            values = sweep.percentiles(output, index)[:, y]
            column = f"{area}: {texts[OUTPUT_AXES[output][0]]}"
            table[column] = [annex_tables.rounded(v, digits) for v in values]
            decimals[column] = digits
    units = texts["percentiles_units"].format(year=year, points=sweep.points)
    table.attrs["layout"] = annex_tables.Layout(lang, units, [source], decimals)
    return table


def class_table(sweep, region_index, scope, texts, lang, source):
    """Per year the share of the points (%) in each UWV tension class, for the country and the
    region; None where the file holds no tension."""
    rows = []
    for index, area in [(None, texts["netherlands_short"])] + (
            [(region_index, scope)] if region_index is not None else []):
        shares = sweep.class_shares(index)
        if shares is None:
            continue
        for y, year in enumerate(sweep.years):
            row = {texts["scope"]: area, texts["year"]: year}
            for k, name in enumerate(TENSION_CLASSES[lang]):
                row[name] = annex_tables.rounded(100.0 * shares[y, k], 1)
            rows.append(row)
    if not rows:
        return None
    table = pd.DataFrame(rows)
    units = texts["class_units"].format(points=sweep.points)
    table.attrs["layout"] = annex_tables.Layout(
        lang, units, [source], {name: 1 for name in TENSION_CLASSES[lang]})
    return table


def introduction(sweep, scope, year, texts):
    first = texts["sweep_intro"].format(
        title=sweep.title, points=sweep.points, design=sweep.design, engine=sweep.engine,
        scope=scope, first=sweep.years[0], last=sweep.years[-1])
    if sweep.engine == "abm":
        first += " " + texts["sweep_replicates"].format(replicates=sweep.replicates)
    second = (texts["sweep_probabilities"] if sweep.gives_probabilities
              else texts["sweep_grid"]).format(design=sweep.design, year=year)
    return [first, second]


def one_region(regions):
    """The one region a sweep annex shows ('all' where --region is not given): a sweep file
    keeps regions, not region x occupation cells, so groups and several regions are refused."""
    names = [name.strip() for option in regions for name in option.split(",") if name.strip()]
    if len(names) > 1:
        raise ReportInputError(f"--region {','.join(names)}: the annex of a sweep file shows one "
                               "region (or all); name one")
    return names[0] if names else "all"


def build_sweep_annex(arguments, folder):
    """The annex of one sweep file; returns the names of the files written."""
    texts = TEXTS[arguments.lang]
    sweep = Sweep(arguments.files[0], arguments.lang)
    region_index = sweep.region_index(one_region(arguments.region))
    year = arguments.year if arguments.year is not None else sweep.years[-1]
    if year not in sweep.years:
        raise ReportInputError(f"--year {year}: outside the horizon of {sweep.path} "
                               f"({sweep.years[0]}-{sweep.years[-1]})")
    national = texts["netherlands"].format(regions=len(sweep.regions))
    scope = national if region_index is None else sweep.region_label(region_index)
    source = texts["source"].format(version=arguments.version, scenarios=f'"{sweep.title}"',
                                    created=format_date(sweep.created, arguments.lang))
    writer = charts.ChartWriter(folder, source, arguments.version)
    fan_chart(writer, sweep, None, national, texts)
    if region_index is not None:
        fan_chart(writer, sweep, region_index, scope, texts)
    if sweep.gives_probabilities:
        for index, area in [(None, national)] + ([(region_index, scope)]
                                                  if region_index is not None else []):
            if sweep.class_shares(index) is not None:
                class_chart(writer, sweep, index, area, texts, arguments.lang)
    table_list = [("percentiles", texts["percentiles_title"].format(year=year),
                   percentile_table(sweep, region_index, year, scope, texts, arguments.lang,
                                    source))]
    classes = class_table(sweep, region_index, scope, texts, arguments.lang, source) \
        if sweep.gives_probabilities else None
    if classes is not None:
        table_list.append(("class_probabilities", texts["class_table_title"], classes))
    workbook = f"annex_{arguments.lang}.xlsx"
    annex_tables.write_tables(table_list, folder, workbook)
    intro = introduction(sweep, scope, year, texts)
    title = f"{texts['sweep_annex_title']}: {scope}"
    page = {"title": title, "intro": intro, "source": source,
            "first_page": "\n".join(f"<p>{html.escape(p)}</p>" for p in intro),
            "method": f"<p>{html.escape(texts['sweep_method'])}</p>"}
    manifest = {"title": title, "scope": scope, "year": year, "source": source, "intro": intro,
                "files": arguments.files}
    written = annex_files.finish_annex(folder, arguments.lang, page, writer.charts, table_list,
                                       workbook, texts, manifest)
    return written
