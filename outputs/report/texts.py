"""The words of the forecast annex in Dutch and English: titles, labels, units, explanations.

One dictionary per language with the same keys; annex.py picks one with --lang.
"""
from number_format import format_number, format_percent

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
            "Vooruitzicht en aannames: "
            "{outlook}"
        ),
        "tension_intro": (
            "Spanning is, zoals het UWV haar berekent, het jaargemiddelde van de openstaande "
            "vacatures gedeeld door het jaargemiddelde van de lopende WW-uitkeringen korter dan "
            "zes maanden (naar woonregio en beroep), ingedeeld in de klassen van het UWV (zeer "
            "ruim onder 0,25; ruim 0,25 tot 0,67; gemiddeld 0,67 tot 1,5; krap 1,5 tot 4; zeer "
            "krap 4 of meer). Defensie is geen beroepsklasse van het UWV: zij staat niet in de "
            "spanningstabellen en -grafieken en heeft haar eigen maat, de vullingsgraad van de "
            "formatie."
        ),
        "no_ww_counts": (
            "{path} bevat geen WW-tellingen (ww_under_6_months; een resultaatbestand van een "
            "oudere lmsim): de spanning wordt niet getoond. Reken het scenario opnieuw door."
        ),
        "outlook_heading": "Vooruitzicht en aannames",
        "no_outlook": "geen vooruitzicht vastgelegd (een resultaatbestand van een oudere lmsim)",
        "demand_held": ("geen vraagvooruitzicht: de doelvraag blijft op het niveau van de eerste "
                        "maand"),
        "demand_follows": "de doelvraag volgt {file}",
        "demand_sources": " (bronnen: {sources})",
        "demand_after": "; na 2030 is dat een aanname, geen prognose",
        "demand_structural": ("de werkgelegenheid volgt het arbeidsaanbod bij structurele "
                              "werkloosheid"),
        "supply_outlook": ("migratie en instroom op 15 jaar volgen de CBS-prognose "
                           "(population_outlook.csv)"),
        "supply_none": ("geen bevolkingsvooruitzicht: instroom op 15 jaar en migratie blijven op "
                        "het niveau van de parameters"),
        "aow_law": ("bij wet vastgesteld tot en met {year}, daarna verwacht volgens de wettelijke "
                    "regel (koppeling aan de levensverwachting)"),
        "aow_unknown": "volgens aow_age.csv (geen jaar bij wet vastgelegd)",
        "defence_outlook": ("de basis houdt de defensieformatie op haar omvang bij de start (de "
                            "ongeveer 80.000 medewerkers van december 2025 en de open plaatsen); "
                            "groei naar 100.000 is de hefboom defence_expansion"),
        "topics": {"outlook": "Vooruitzicht", "demand": "Vraag", "supply": "Aanbod",
                   "aow": "AOW-leeftijd", "defence": "Defensie"},
        "other_outlook": "\"{title}\": {demand}",
        "defence_formation": ("Defensieformatie (geen UWV-beroepsklasse): {filled} van {posts} "
                              "posten bezet, vullingsgraad {rate}"),
        "defence_title": "Defensieformatie",
        "posts": "posten (formatie)",
        "filled": "bezet (werkzaam en reservisten)",
        "fill_rate": "vullingsgraad (%)",
        "intro_compare": (
            "Het scenario wordt vergeleken met de referentie \"{reference}\"; de tabel "
            "'Scenario tegenover referentie' geeft de verschillen in {year}."
        ),
        "intro_bands": "Waar replicaties zijn, geven de banden het 5e tot 95e percentiel.",
        "shared_years": (
            "De bestanden beslaan niet dezelfde jaren ({ends}); deze bijlage toont de jaren "
            "die ze alle volledig bevatten, {first}-{last}."
        ),
        "downloads": "Tabellen: Excel-werkmap {xlsx} (een blad per tabel) en CSV-bestanden.",
        "svg_link": "SVG",
        "charts": "Grafieken",
        "tables": "Tabellen",
        "files": "Bestanden",
        # region groups
        "group_approximation": (
            "{name} staat hier voor de hele arbeidsmarktregio's {regions}, een benadering van "
            "de provincie."
        ),
        "group_members": "{name} omvat de arbeidsmarktregio's {regions}.",
        "group_left_out": (
            "Niet meegeteld zijn {municipalities} ({share} van de inwoners van de provincie)."
        ),
        "group_included": (
            "Wel meegeteld zijn {municipalities} uit andere provincies ({share} van de inwoners "
            "van de groep)."
        ),
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
            "month by month and shown here as annual means. Outlook and assumptions: "
            "{outlook}"
        ),
        "tension_intro": (
            "Tension is computed as UWV computes it: the annual mean of open vacancies divided by "
            "the annual mean of WW unemployment benefits running less than six months (by region "
            "of residence and occupation), in UWV's classes (very loose below 0.25; loose 0.25 to "
            "below 0.67; average 0.67 to below 1.5; tight 1.5 to below 4; very tight 4 or more). "
            "Defence is not a UWV occupation class: it is left out of the tension tables and "
            "charts and has its own measure, the fill rate of its formation."
        ),
        "no_ww_counts": (
            "{path} has no WW counts (ww_under_6_months; a result file of an older lmsim): "
            "tension is not shown. Run its scenario again."
        ),
        "outlook_heading": "Outlook and assumptions",
        "no_outlook": "no outlook recorded (a result file of an older lmsim)",
        "demand_held": "no demand outlook: target demand is held at its first-month level",
        "demand_follows": "target demand follows {file}",
        "demand_sources": " (sources: {sources})",
        "demand_after": "; after 2030 it is an assumption, not a forecast",
        "demand_structural": "employment follows the labour supply at structural unemployment",
        "supply_outlook": ("migration and entrants at 15 follow the CBS forecast "
                           "(population_outlook.csv)"),
        "supply_none": ("no population outlook: entrants at 15 and migration stay at the "
                        "parameters' levels"),
        "aow_law": ("by law to {year}, expected from the legal rule after (linked to life "
                    "expectancy)"),
        "aow_unknown": "as aow_age.csv gives it (no year fixed by law recorded)",
        "defence_outlook": ("the baseline holds the defence formation at its size at the start (the "
                            "about 80,000 personnel of December 2025 and the open posts); growth "
                            "toward 100,000 is the defence_expansion lever's"),
        "topics": {"outlook": "Outlook", "demand": "Demand", "supply": "Supply",
                   "aow": "AOW age", "defence": "Defence"},
        "other_outlook": "\"{title}\": {demand}",
        "defence_formation": ("Defence formation (not a UWV occupation class): {filled} of "
                              "{posts} posts filled, fill rate {rate}"),
        "defence_title": "Defence formation",
        "posts": "posts (formation)",
        "filled": "filled (employed and reservists)",
        "fill_rate": "fill rate (%)",
        "intro_compare": (
            "The scenario is compared with the reference \"{reference}\"; the table "
            "'Scenario versus reference' gives the differences in {year}."
        ),
        "intro_bands": "Where replicates exist, the bands span the 5th to 95th percentile.",
        "shared_years": (
            "The files cover different years ({ends}); this annex shows the years all of them "
            "hold in full, {first}-{last}."
        ),
        "downloads": "Tables: Excel workbook {xlsx} (one sheet per table) and CSV files.",
        "svg_link": "SVG",
        "charts": "Charts",
        "tables": "Tables",
        "files": "Files",
        # region groups
        "group_approximation": (
            "{name} here means the whole labour-market regions {regions}, an approximation of "
            "the province."
        ),
        "group_members": "{name} covers the labour-market regions {regions}.",
        "group_left_out": (
            "Left out: {municipalities} ({share} of the province's population)."
        ),
        "group_included": (
            "Included from other provinces: {municipalities} ({share} of the group's "
            "population)."
        ),
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


# The demand outlook's tag for the years after 2030, which follow an assumption
# (scenarios/data/demand_outlook.csv; outputs/assumptions.cpp reads it the same way).
STRUCTURAL_TAG = "labour supply at structural unemployment"


def demand_sentence(outlook, texts):
    """What the run assumed about demand (outputs/assumptions.cpp, demand_sentence)."""
    if not outlook["demand_outlook"]:
        return texts["demand_held"]
    sources = outlook.get("demand_outlook_sources", "")
    tags = [tag for tag in sources.split("; ") if tag]
    after = texts["demand_structural"] if STRUCTURAL_TAG in tags else (tags[-1] if tags else "")
    text = texts["demand_follows"].format(file=outlook["demand_outlook"])
    if sources:
        text += texts["demand_sources"].format(sources=sources)
    text += texts["demand_after"]
    return text + (": " + after if after else "")


def outlook_sentences(outlook, has_defence, texts):
    """(topic, sentence) pairs of the run's outlook and main assumptions, from the attributes of
    its result file (None: the file recorded none), as lmsim run and lmsim info print them."""
    topics = texts["topics"]
    if outlook is None:
        return [(topics["outlook"], texts["no_outlook"])]
    supply = outlook.get("population_outlook_sources")
    law = outlook.get("aow_age_law_until")
    sentences = [(topics["demand"], demand_sentence(outlook, texts)),
                 (topics["supply"], texts["supply_outlook"] if supply else texts["supply_none"]),
                 (topics["aow"], texts["aow_law"].format(year=law) if law
                  else texts["aow_unknown"])]
    if has_defence:
        sentences.append((topics["defence"], texts["defence_outlook"]))
    return sentences


def defence_formation(filled, posts, lang, texts):
    """'Defence formation (not a UWV occupation class): N of M posts filled, fill rate X%'."""
    rate = filled / posts if posts > 0 else float("nan")
    return texts["defence_formation"].format(filled=format_number(filled, lang),
                                             posts=format_number(posts, lang),
                                             rate=format_percent(rate, lang))
