"""Checks of lmsim report --region with region groups (called from check_report.py): an annex of
a province covers the sum of its regions, its tension is the summed vacancies over the summed WW
counts, the page says the province is approximated and names the municipalities left out with
their population share (from region_groups.csv); several regions and groups add up; an unknown
group and a bad groups file exit 2."""
import csv
import json
import re
import shutil

import h5py

from checks import check, command_output, read_annex_csv

WW = "ww_under_6_months"


_run = command_output


def _summed_means(path, name, regions):
    """year -> occupation vector of annual means summed over the regions (codes)."""
    with h5py.File(path, "r") as f:
        data = f[name][:]
        codes = [r.decode() for r in f["region"][:]]
    data = data[:, [codes.index(r) for r in regions], :].sum(axis=1)
    return {2025 + y: data[12 * y:12 * y + 12].mean(axis=0) for y in range(len(data) // 12)}


def _rows(path):
    return read_annex_csv(path)


def _province(source, code):
    with open(source / "scenarios/data/region_groups.csv", newline="", encoding="utf-8") as f:
        return next(row for row in csv.DictReader(f) if row["code"] == code)


def _annex(binary, work, name, files, *options, expect=0):
    annex = work / name
    shutil.rmtree(annex, ignore_errors=True)
    output = _run([binary, "report", *files, "--out", annex, *options], expect=expect)
    return annex, output


def check_area_marked(annex, members):
    """The charts of all regions mark the annex's own regions (bold labels), and only them."""
    for chart in ("effect_regions_1.svg", "effect_heatmap_1.svg"):
        svg = (annex / chart).read_text(encoding="utf-8")
        labels = re.findall(r'<text style="([^"]*)"[^>]*>(AM\d\d) [^<]*</text>', svg)
        bold = sorted({code for style, code in labels if "700" in style or "bold" in style})
        check(len({code for _, code in labels}) == 35 and bold == sorted(members),
              f"PV-UT: {chart} marks exactly the group's regions {members}: {bold}")


def check_province_annex(binary, source, base, other, work):
    utrecht = _province(source, "PV-UT")
    members = utrecht["regions"].split()
    annex, _ = _annex(binary, work, "annex_pv_ut", [base, other], "--lang", "en",
                      "--region", "PV-UT")
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check(manifest["scope_regions"] == members, f"PV-UT: the annex covers {members}")
    check(manifest["scope"] == "Province of Utrecht (PV-UT)", "PV-UT: the scope names the group")
    note = manifest["scope_note"]
    share = f"{100 * float(utrecht['left_out_population_share']):.1f}%"
    check("an approximation of the province" in note and "Eemnes (AM12)" in note and
          f"({share} of the province's population)" in note,
          f"PV-UT: the page says it approximates the province: {note}")
    check(note in manifest["intro"], "PV-UT: the note is a paragraph of the page")
    check_area_marked(annex, members)
    employment = _rows(annex / "employment.csv")
    header = employment[0]
    expected = _summed_means(base, "employed", members)
    for o, row in enumerate(employment[1:15]):
        for year in (2025, 2040):
            value = float(row[header.index(str(year))])
            check(abs(value - expected[year][o]) <= 0.5 + 1e-6,
                  f"PV-UT: employed {row[1]} {year} = {value}, the sum of its regions in h5py "
                  f"gives {expected[year][o]}")
    tension = _rows(annex / "tension.csv")
    vacancies = _summed_means(base, "vacancies", members)
    ww = _summed_means(base, WW, members)
    for o, row in enumerate(tension[1:14]):
        value = float(row[tension[0].index("2040")])
        wanted = vacancies[2040][o] / ww[2040][o]
        check(abs(value - wanted) <= 0.005 + 1e-9,
              f"PV-UT: tension {row[1]} 2040 = {value}, summed vacancies / summed WW = {wanted}")


def check_several_areas(binary, base, work):
    """Regions, a province and an own group at once, in Dutch: the annex covers their sum."""
    own = work / "own_groups.csv"
    own.write_text("code,name,regions\nRING,Ring,AM13 AM18\n", encoding="utf-8")
    annex, _ = _annex(binary, work, "annex_areas", [base], "--lang", "nl",
                      "--region", "AM13,Provincie Flevoland", "--region", "ring",
                      "--region", "am13", "--groups", own)
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check(manifest["scope_regions"] == ["AM11", "AM13", "AM18"],
          "several areas: their regions once each")
    check(manifest["scope"] == "Midden-Utrecht (AM13), Provincie Flevoland (PV-FL), Ring (RING)",
          f"several areas: the scope names each: {manifest['scope']}")
    check("een benadering van de provincie" in manifest["scope_note"] and
          "Zeewolde (AM06)" in manifest["scope_note"] and
          "Ring omvat de arbeidsmarktregio's Midden-Utrecht (AM13), Groot Amsterdam (AM18)"
          in manifest["scope_note"], f"several areas: the Dutch notes: {manifest['scope_note']}")
    employment = _rows(annex / "employment.csv")
    expected = _summed_means(base, "employed", ["AM11", "AM13", "AM18"])
    for o, row in enumerate(employment[1:15]):
        value = float(row[employment[0].index("2030")])
        check(abs(value - expected[2030][o]) <= 0.5 + 1e-6,
              f"several areas: employed {row[1]} is the sum of the regions")


def check_group_mistakes(binary, base, work):
    _, output = _annex(binary, work, "annex_bad", [base], "--region", "PV-XX", expect=2)
    check("--region 'PV-XX': no such region or group" in output and "PV-" in output,
          f"unknown group: exit 2 with a suggestion: {output}")
    check(not (work / "annex_bad").exists(), "unknown group: no annex left behind")
    own = work / "bad_groups.csv"
    own.write_text("code,name,regions\nRING,Ring,AM13 AM18 AM13\n", encoding="utf-8")
    _, output = _annex(binary, work, "annex_bad", [base], "--region", "Ring", "--groups", own,
                       expect=2)
    check(f"{own}:2:3: regions: region AM13 is given twice" in output,
          f"bad groups file: exit 2 naming file, line and key: {output}")
    check(not (work / "annex_bad").exists(), "bad groups file: no annex left behind")
    own.write_text("code,name,regions\nam18,Ring,AM13 AM18\n", encoding="utf-8")
    _, output = _annex(binary, work, "annex_bad", [base], "--region", "AM13", "--groups", own,
                       expect=2)
    check(f"{own}:2: code: group am18 has the code or name of a region" in output,
          f"a group coded as a region: exit 2 naming file and line: {output}")


def check_groups(binary, source, base, other, work):
    check_province_annex(binary, source, base, other, work)
    check_several_areas(binary, base, work)
    check_group_mistakes(binary, base, work)
