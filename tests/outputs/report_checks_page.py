"""Checks of the annex page a consultant pastes: its first page, contents, Verantwoording and PDF
(docs/report.md, "The first page" and "The PDF"). Called from check_report.py's main() with the
annexes it made (Dutch for the whole country, English for Midden-Utrecht).

- the first page's findings hold the change in employment in the chosen year, its noise
  verdict, the occupation with the largest relative change and the defence fill rate, all
  recomputed here from the result files with h5py;
- the levers of defence_expansion with their sizes and timing appear, read from the scenario the
  file stores;
- every link of the table of contents points to an id on the page;
- the reproducibility stamp holds the seed and version of each file, and reproducibility.txt
  every data checksum;
- the PDF is listed in the manifest, its first page holds the title and a finding, and every
  h2 section starts a page of its own;
- without Chromium the annex is written without PDF and a line says so.
"""
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import unicodedata
from pathlib import Path

import h5py
import numpy as np
from pypdf import PdfReader

from checks import check

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "outputs" / "report"))
from number_format import format_number, format_percent  # noqa: E402

# The noise threshold of findings.py for files without paired replicates (docs/report.md).
NOISE_PERCENT, NOISE_PERSONS = 0.05, 100


def attribute(path, name):
    with h5py.File(path, "r") as f:
        value = f.attrs[name]
    return value.decode() if isinstance(value, bytes) else str(value)


def annual(path, name, year, region):
    """The annual mean of a variable in a year, per occupation (time x region x occupation) or
    in all (time x region), for a region code or 'all'."""
    with h5py.File(path, "r") as f:
        data = f[name][:]
        regions = [r.decode() for r in f["region"][:]]
    first = int(tomllib.loads(attribute(path, "scenario"))["start"][:4])  # monthly from January
    data = data.sum(axis=1) if region == "all" else data[:, regions.index(region)]
    start = 12 * (year - first)
    return data[start:start + 12].mean(axis=0)


def occupation_codes(path):
    with h5py.File(path, "r") as f:
        return [o.decode() for o in f["occupation"][:]]


def section(page, name):
    """The HTML of a <section id=name> of the page."""
    match = re.search(rf'<section id="{name}"[^>]*>(.*?)</section>', page, re.S)
    check(match is not None, f"the page has a section '{name}'")
    return html.unescape(match.group(1))


def flat(text):
    """Text without white space and with ligatures split (as pypdf extracts a PDF's text)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def check_findings(first, base, other, region, year, lang):
    """The change in employment, its noise verdict, the occupation with the largest relative
    change and the defence fill rate, recomputed with h5py."""
    ref = annual(base, "employed", year, region)
    scen = annual(other, "employed", year, region)
    change = scen.sum() - ref.sum()
    percent = 100 * change / ref.sum()
    words = f"{format_number(change, lang, signed=True)} " \
        f"{'personen' if lang == 'nl' else 'persons'} " \
        f"({format_percent(percent / 100, lang, decimals=2, signed=True)})"
    check(words in first, f"{lang}: the first page gives the change in employment in {year}: "
          f"'{words}'")
    beyond = abs(percent) >= NOISE_PERCENT and abs(change) >= NOISE_PERSONS
    verdict = {("nl", True): "verandert in", ("nl", False): "nauwelijks",
               ("en", True): "changes by", ("en", False): "hardly changes"}[lang, beyond]
    check(verdict in first, f"{lang}: the employment finding says '{verdict}' "
          f"({change:+.0f}, {percent:+.3f}%)")
    absolute = scen - ref
    with np.errstate(divide="ignore", invalid="ignore"):
        relative = np.where(ref != 0, 100 * absolute / ref, np.nan)
    eligible = (np.abs(relative) >= NOISE_PERCENT) & (np.abs(absolute) >= NOISE_PERSONS)
    largest = int(np.nanargmax(np.where(eligible, np.abs(relative), -np.inf)))
    code = occupation_codes(base)[largest]
    expected = f"{format_number(absolute[largest], lang, signed=True)}"
    check(re.search(rf"{code} [^:]*: {re.escape(expected)}", first) is not None,
          f"{lang}: the largest relative change is in {code} ({expected})")
    posts = annual(other, "defence_posts", year, region)
    filled = annual(other, "defence_filled", year, region)
    if posts > 0:
        rate = format_percent(filled / posts, lang)
        check(f"{rate} ({format_number(filled, lang)}" in first,
              f"{lang}: the first page gives the defence fill rate {rate}")


def check_levers(first, other):
    """Every lever of the scenario the file stores, with its numbers and its profile."""
    scenario = tomllib.loads(attribute(other, "scenario"))
    check(len(scenario["levers"]) > 0, "defence_expansion has levers")
    for lever in scenario["levers"]:
        check(lever["type"] in first, f"the first page names the lever {lever['type']}")
        for key, value in lever.items():
            if isinstance(value, (int, float)):
                check(f"{key} = {value}" in first, f"the first page gives {key} = {value}")
        profile = lever["profile"]
        timing = f"{profile['shape']} {profile['from']} .. {profile['to']}"
        check(timing in first, f"the first page gives the lever's timing '{timing}'")


def check_contents(page):
    """Every link of the table of contents resolves to an id on the page."""
    nav = re.search(r"<nav>(.*?)</nav>", page, re.S).group(1)
    targets = re.findall(r'href="#([^"]+)"', nav)
    ids = set(re.findall(r'id="([^"]+)"', page))
    check(len(targets) >= 10, f"the table of contents has links ({len(targets)})")
    for target in targets:
        check(target in ids, f"the contents link #{target} points to an id on the page")


def check_stamp(annex, page, files):
    method = section(page, "method")
    record = (annex / "reproducibility.txt").read_text(encoding="utf-8")
    for path in files:
        for name in ("seed", "lmsim_version"):
            value = attribute(path, name)
            check(f"<td>{value}</td>" in method, f"the stamp holds {name} {value} of {path}")
        for line in attribute(path, "data_checksums").splitlines():
            check(f"  {line}" in record, f"reproducibility.txt holds '{line}'")


def check_pdf(annex, page, lang):
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    pdf = annex / f"annex_{lang}.pdf"
    check(pdf.name in manifest["written"] and pdf.stat().st_size > 0,
          f"{lang}: the PDF is written and listed in the manifest")
    pages = [flat(p.extract_text()) for p in PdfReader(pdf).pages]
    title = html.unescape(re.search(r"<h1>(.*)</h1>", page).group(1))
    finding = manifest["findings"][0]["sentences"][0]
    check(pages[0].startswith(flat(title)), f"{lang}: the PDF's first page starts with the title")
    check(flat(finding) in pages[0], f"{lang}: the PDF's first page holds '{finding}'")
    headings = [html.unescape(h) for h in re.findall(r"<h2>(.*?)</h2>", page)]
    check(len(headings) >= 5 and len(pages) >= len(headings) + 1,
          f"{lang}: {len(pages)} PDF pages for the first page and {len(headings)} sections")
    for heading in headings:
        check(any(text.startswith(flat(heading)) for text in pages[1:]),
              f"{lang}: the section '{heading}' starts a page of its own in the PDF")


def check_without_chromium(binary, base, work):
    """No Chromium: the annex without PDF, and a line that says so."""
    annex = work / "annex_no_pdf"
    shutil.rmtree(annex, ignore_errors=True)
    environment = dict(os.environ, LMSIM_CHROMIUM=str(work / "no-such-chromium"))
    result = subprocess.run([binary, "report", base, "--out", annex, "--lang", "en"],
                            capture_output=True, text=True, env=environment)
    check(result.returncode == 0, f"without Chromium the annex is written: {result.stderr}")
    check("no annex_en.pdf: the PDF needs Chromium" in result.stderr,
          f"without Chromium a line says there is no PDF: {result.stderr}")
    manifest = json.loads((annex / "manifest.json").read_text(encoding="utf-8"))
    check(not (annex / "annex_en.pdf").exists() and "annex_en.pdf" not in manifest["written"]
          and "annex_en.pdf" not in (annex / "index.html").read_text(encoding="utf-8"),
          "without Chromium no PDF is written, listed or linked")


def check_page(binary, base, other, work):
    """The annexes annex_nl (whole country) and annex_en (AM13) check_report.py made of the
    baseline and defence expansion, in their last year."""
    year = 2040
    for lang, region in (("nl", "all"), ("en", "AM13")):
        annex = work / f"annex_{lang}"
        page = (annex / "index.html").read_text(encoding="utf-8")
        first = section(page, "summary")
        check_findings(first, base, other, region, year, lang)
        check_levers(first, other)
        check_contents(page)
        check_stamp(annex, page, [base, other])
        check_pdf(annex, page, lang)
    check_without_chromium(binary, base, work)
