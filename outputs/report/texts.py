"""The words of the forecast annex in Dutch and English: titles, labels, units, explanations.

One dictionary per language with the same keys; annex.py picks one with --lang.
"""

# The UWV tension classes (spanningsindicator), from loose to tight, with UWV's boundaries as
# outputs/tension_class.hpp has them: below 0.25 zeer ruim; 0.25 to below 0.67 ruim; 0.67 to
# below 1.5 gemiddeld; 1.5 to below 4 krap; 4 or more zeer krap. Each bound is the first value of
# the next class.
TENSION_BOUNDS = [0.25, 0.67, 1.5, 4.0]
TENSION_CLASSES = {
    "nl": ["zeer ruim", "ruim", "gemiddeld", "krap", "zeer krap"],
    "en": ["very loose", "loose", "average", "tight", "very tight"],
}

TEXTS = {
    "nl": {
        "annex_title": "Bijlage arbeidsmarktprognose",
        "netherlands": "Nederland (alle {regions} arbeidsmarktregio's)",
        "scope": "Gebied",
        "reference": "referentie",
        "year": "jaar",
        "occupation": "beroepsklasse",
        "occupation_code": "code",
        "scenario": "scenario",
        "region": "arbeidsmarktregio",
        "employment": "Werkgelegenheid",
        "vacancies": "Openstaande vacatures",
        "unemployed": "Werklozen",
        "tension": "Spanning",
        "tension_class": "spanningsklasse",
        "comparison": "Scenario tegenover referentie",
        "tension_classes": "Spanningsklassen",
        "totals": "Totalen",
        "persons_thousands": "personen (x 1.000)",
        "vacancies_thousands": "vacatures (x 1.000)",
        "tension_units": "vacatures per WW-uitkering < 6 mnd",
        "annual_mean": "jaargemiddelde van maandcijfers",
        "band": "90%-band over replicaties",
        "source": "Bron: lmsim {version}, {scenarios}; jaargemiddelden; gemaakt {created}",
        "difference": "verschil",
        "heatmap_title": "Spanningsklasse per regio en beroepsklasse, {year}: {scenario}",
        "employment_title": "Werkgelegenheid per beroepsklasse, {scope}",
        "vacancies_title": "Openstaande vacatures per beroepsklasse, {scope}",
        "tension_title": "Spanning per beroepsklasse, {scope}",
        "totals_title": "Werkgelegenheid, vacatures en werkloosheid, {scope}",
        "intro": (
            "Deze bijlage toont de prognose van lmsim voor {scope}, {first}-{last}, "
            "maand voor maand berekend en hier als jaargemiddelden weergegeven. "
            "Spanning is het aantal openstaande vacatures per WW-uitkering korter dan "
            "zes maanden, ingedeeld in de klassen van het UWV (zeer ruim onder 0,25; ruim 0,25 "
            "tot 0,67; gemiddeld 0,67 tot 1,5; krap 1,5 tot 4; zeer krap 4 of meer)."
        ),
        "intro_compare": (
            "Het scenario wordt vergeleken met de referentie \"{reference}\"; de tabel "
            "'Scenario tegenover referentie' geeft de verschillen in {year}."
        ),
        "intro_bands": "Waar replicaties zijn, geven de banden het 5e tot 95e percentiel.",
        "downloads": "Tabellen: Excel-werkmap {xlsx} (een blad per tabel) en CSV-bestanden.",
        "svg_link": "SVG",
        "charts": "Grafieken",
        "tables": "Tabellen",
        "files": "Bestanden",
    },
    "en": {
        "annex_title": "Labour-market forecast annex",
        "netherlands": "the Netherlands (all {regions} labour-market regions)",
        "scope": "Area",
        "reference": "reference",
        "year": "year",
        "occupation": "occupation class",
        "occupation_code": "code",
        "scenario": "scenario",
        "region": "labour-market region",
        "employment": "Employment",
        "vacancies": "Open vacancies",
        "unemployed": "Unemployed",
        "tension": "Tension",
        "tension_class": "tension class",
        "comparison": "Scenario versus reference",
        "tension_classes": "Tension classes",
        "totals": "Totals",
        "persons_thousands": "persons (thousands)",
        "vacancies_thousands": "vacancies (thousands)",
        "tension_units": "vacancies per WW benefit < 6 months",
        "annual_mean": "annual mean of monthly values",
        "band": "90% band over replicates",
        "source": "Source: lmsim {version}, {scenarios}; annual means; made {created}",
        "difference": "difference",
        "heatmap_title": "Tension class by region and occupation, {year}: {scenario}",
        "employment_title": "Employment by occupation class, {scope}",
        "vacancies_title": "Open vacancies by occupation class, {scope}",
        "tension_title": "Tension by occupation class, {scope}",
        "totals_title": "Employment, vacancies and unemployment, {scope}",
        "intro": (
            "This annex shows lmsim's projection for {scope}, {first}-{last}, computed "
            "month by month and shown here as annual means. Tension is the number of open "
            "vacancies per WW unemployment benefit of less than six months, in UWV's classes "
            "(very loose below 0.25; loose 0.25 to below 0.67; average 0.67 to below 1.5; tight "
            "1.5 to below 4; very tight 4 or more)."
        ),
        "intro_compare": (
            "The scenario is compared with the reference \"{reference}\"; the table "
            "'Scenario versus reference' gives the differences in {year}."
        ),
        "intro_bands": "Where replicates exist, the bands span the 5th to 95th percentile.",
        "downloads": "Tables: Excel workbook {xlsx} (one sheet per table) and CSV files.",
        "svg_link": "SVG",
        "charts": "Charts",
        "tables": "Tables",
        "files": "Files",
    },
}


def tension_class(value, lang):
    """The UWV class of a tension value, in the annex's language ('n/a' for a missing value)."""
    index = tension_class_index(value)
    return "n/a" if index != index else TENSION_CLASSES[lang][index]


def tension_class_index(value):
    """0 (very loose) .. 4 (very tight): the first class whose upper bound lies above the value
    (a bound belongs to the class above it); NaN when missing."""
    if value != value:
        return float("nan")
    for i, bound in enumerate(TENSION_BOUNDS):
        if value < bound:
            return i
    return len(TENSION_BOUNDS)
