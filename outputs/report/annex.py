#!/usr/bin/env python3
"""lmsim's forecast annex: tables (CSV and xlsx), charts (PNG and SVG), an HTML page and its PDF
for one region or the whole country, in Dutch or English, from one or more result files (the
first is the reference). Started by `lmsim report`, which checks the files first; usable on its own:

    annex.py --out DIR [--lang nl|en] [--region CODE|NAME|all ...] [--groups FILE ...]
             [--year YEAR] [--version V] FILE [FILE ...]

--region may be given several times and name regions and region groups (a province such as
PV-UT, or a group of a --groups file: CSV with columns code, name, regions; docs/data.md); the
annex covers the sum of their regions.

DIR is an existing empty folder. `lmsim report` makes it under a temporary name, and publishes
it under the name the user asked for only when this program has exited 0 and its manifest
(manifest.json, written last, listing every file written) is complete (docs/report.md). Exit
codes: 0 done, 1 failure (for example a full disk), 2 invalid input.
"""
import argparse
import signal
import sys
from pathlib import Path

try:
    import annex_files
    import charts
    import findings
    import first_page
    import effect_tables
    import method_sources
    import tables as annex_tables
    from fan_charts import build_sweep_annex
    from number_format import format_percent
    from results import (ReportInputError, Result, check_same_layout, read_region_groups,
                         shared_years)
    from sweep_results import sweep_alone
    from texts import (TEXTS, compare_sentence, defence_formation, demand_sentence,
                       outlook_sentences)
except ImportError as error:  # a missing Debian package, most likely
    sys.exit(f"lmsim report: error: {error}: the report needs Python 3 with matplotlib, xarray, "
             "h5netcdf and openpyxl (Debian: python3-matplotlib python3-xarray python3-h5netcdf "
             "python3-openpyxl; scripts/setup.sh installs them)")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(prog="lmsim report", description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    parser.add_argument("--region", action="append", default=[])
    parser.add_argument("--groups", action="append", default=[])
    parser.add_argument("--year", type=int)
    parser.add_argument("--version", default="?")
    return parser.parse_args(argv)


def stop_on_signal(signal_number, frame):  # noqa: ARG001  (signal handler signature)
    raise SystemExit(128 + signal_number)  # says so in one line instead of a traceback


def build_annex(arguments, folder):
    if sweep_alone(arguments.files):  # a sweep's range of outcomes (fan_charts.py)
        return build_sweep_annex(arguments, folder)
    texts = TEXTS[arguments.lang]
    results = [Result(path, arguments.lang) for path in arguments.files]
    check_same_layout(results)
    reference = results[0]
    years = shared_years(results)
    if not years:
        raise ReportInputError(f"{results[-1].path}: holds no calendar year in full that "
                               f"{reference.path} also holds: nothing to compare")
    horizons_differ = any(r.years != years for r in results)
    for result in results:
        result.keep_years(years)
    areas = reference.areas(arguments.region, read_region_groups(arguments.groups))
    region_index = reference.region_indices(areas)
    year = arguments.year if arguments.year is not None else years[-1]
    if year not in years:
        span = f"{years[0]}-{years[-1]}" if len(years) > 1 else f"{years[0]}"
        where = "the years all files hold in full" if len(results) > 1 else \
            f"the horizon of {reference.path}"
        raise ReportInputError(f"--year {year}: outside {where} ({span})")
    scope = reference.scope_name(areas, texts, arguments.lang)
    source = annex_tables.source_line(results, arguments.version, arguments.lang, texts)

    writer = charts.ChartWriter(folder, source, arguments.version)
    chart_list = charts.make_charts(writer, results, region_index, scope, year, texts,
                                    arguments.lang)
    table_list = annex_tables.make_tables(results, region_index, year, arguments.lang, texts)
    table_list += effect_tables.make_effect_tables(results, region_index, year,
                                                   arguments.lang, texts)
    workbook = f"annex_{arguments.lang}.xlsx"
    annex_tables.write_tables(table_list, folder, workbook)

    intro = introduction(results, region_index, scope, year, texts, arguments.lang,
                         horizons_differ)
    notes = area_notes(areas, reference, texts, arguments.lang)
    if notes:
        intro.insert(1, notes)
    title = f"{texts['annex_title']}: {scope}"
    groups, rule = findings.findings(results, region_index, year, scope, texts, arguments.lang)
    page = {"title": title, "intro": intro, "source": source,
            "first_page": first_page.first_page(results, scope, year, texts, groups, rule),
            "method": method_sources.method_section(results, year, texts)}
    method_sources.write_record(results, folder / method_sources.RECORD_FILE)
    manifest = {"title": title, "scope": scope,
                "scope_regions": [reference.regions[i] for i in (region_index or [])],
                "scope_note": notes, "year": year, "source": source, "intro": intro,
                "findings": [{"scenario": title, "sentences": group} for title, group in groups],
                "files": arguments.files}
    written = annex_files.finish_annex(folder, arguments.lang, page, chart_list, table_list,
                                       workbook, texts, manifest,
                                       records=[method_sources.RECORD_FILE])
    return written


def introduction(results, region_index, scope, year, texts, lang, horizons_differ=False):
    """The page's paragraphs: what the annex shows and the outlook the reference run assumed;
    how tension is computed (or why it is not shown); the defence formation."""
    reference = results[0]
    outlook = " ".join(f"{topic}: {sentence}." for topic, sentence in
                       outlook_sentences(reference.outlook, reference.defence is not None, texts))
    first = texts["intro"].format(scope=scope, first=reference.years[0],
                                  last=reference.years[-1], outlook=outlook)
    if horizons_differ:
        first += " " + texts["shared_years"].format(
            ends=", ".join(f'"{r.title}" {r.all_years[0]}-{r.all_years[-1]}' for r in results),
            first=reference.years[0], last=reference.years[-1])
    for other in results[1:]:  # a scenario on another demand path says so
        if other.outlook is not None and reference.outlook is not None and \
                demand_sentence(other.outlook, texts) != demand_sentence(reference.outlook, texts):
            first += " " + texts["other_outlook"].format(
                title=other.title, demand=demand_sentence(other.outlook, texts)) + "."
    missing = [r.path for r in results if not r.has_ww_counts]
    second = " ".join(texts["no_ww_counts"].format(path=path) for path in missing) if missing \
        else texts["tension_intro"]
    if len(results) > 1:
        second += " " + compare_sentence(len(results) - 1, reference.title, year, texts)
    if any(r.ensemble for r in results):
        second += " " + texts["intro_bands"]
    for result in results:
        if result.ensemble == "statistic":
            second += " " + texts["intro_bands_statistics"].format(path=result.path)
    paragraphs = [first, second]
    formations = []
    for result in results:
        formation = result.defence_formation(year, region_index)
        if formation is not None and formation[1] > 0:
            label = defence_formation(formation[0], formation[1], lang, texts)
            formations.append(f"{label} ({year}{', ' + result.title if len(results) > 1 else ''})")
    if formations:
        paragraphs.append(" ".join(f"{f}." for f in formations))
    return paragraphs


def area_notes(areas, reference, texts, lang):
    """The paragraph that says which regions each group of the scope covers, and for a province
    that it is an approximation: the municipalities left out and taken in, with their shares of
    the population (region_groups.csv)."""
    sentences = []
    for area in areas:
        group = area.group
        if group is None:
            continue
        regions = ", ".join(f"{reference.region_names[i]} ({reference.regions[i]})"
                            for i in area.regions)
        key = "group_approximation" if group.note else "group_members"
        sentence = texts[key].format(name=area.label(lang), regions=regions)
        for places, share, text in ((group.left_out, group.left_out_share, "group_left_out"),
                                    (group.included, group.included_share, "group_included")):
            if places:
                sentence += " " + texts[text].format(
                    municipalities=", ".join(f"{name} ({region})" for name, region in places),
                    share=format_percent(share, lang))
        sentences.append(sentence)
    return " ".join(sentences)


def check_output_folder(folder):
    """The annex is written into an existing empty folder (lmsim report makes it)."""
    if not folder.is_dir() or any(folder.iterdir()):
        raise ReportInputError(f"{folder}: --out must name an existing empty folder")


def main(argv):
    arguments = parse_arguments(argv)
    folder = Path(arguments.out)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop_on_signal)
    try:
        check_output_folder(folder)
        build_annex(arguments, folder)
    except ReportInputError as error:
        print(f"lmsim report: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"lmsim report: error: cannot write the annex {folder}: {error}", file=sys.stderr)
        return 1
    except SystemExit as stop:
        print("lmsim report: stopped by a signal; no annex written", file=sys.stderr)
        return stop.code
    except Exception as error:  # noqa: BLE001  (anything else is a bug: say so in one line)
        print(f"lmsim report: error: internal error while making the annex: "
              f"{type(error).__name__}: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
