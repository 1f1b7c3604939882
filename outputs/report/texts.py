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
        "annex_title": "Bijlage arbeidsmarktverkenning",
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
            "Deze bijlage toont de verkenning met lmsim voor {scope}, {first}-{last}, "
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
            "formatie. Werkgelegenheid en vacatures tellen naar de regio van het werk, "
            "werklozen en WW-uitkeringen naar de woonregio: in een regio met veel pendel "
            "verschillen die twee."
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
                              "formatieplaatsen bezet, vullingsgraad {rate}"),
        "defence_title": "Defensieformatie",
        "posts": "formatieplaatsen",
        "filled": "bezet (werkzaam en reservisten)",
        "fill_rate": "vullingsgraad (%)",
        "intro_compare": (
            "Het scenario wordt vergeleken met de referentie \"{reference}\"; de tabel "
            "'Scenario tegenover referentie' geeft de verschillen in {year}."
        ),
        "intro_bands": "Waar replicaties zijn, geven de banden het 5e tot 95e percentiel.",
        "intro_bands_statistics": (
            "Een bestand met alleen statistieken per cel ({path}) heeft percentielen per regio en "
            "beroepsklasse, niet van sommen: voor het land, een groep regio's en totalen toont "
            "de bijlage daarvan alleen het gemiddelde."
        ),
        "shared_years": (
            "De bestanden beslaan niet dezelfde jaren ({ends}); deze bijlage toont de jaren "
            "die ze alle volledig bevatten, {first}-{last}."
        ),
        "downloads": "Tabellen: Excel-werkmap {xlsx} (een blad per tabel) en CSV-bestanden.",
        "svg_link": "SVG",
        "charts": "Grafieken",
        "tables": "Tabellen",
        "files": "Bestanden",
        # first page and method (first_page.py, findings.py, method_sources.py)
        "page_summary": "Samenvatting",
        "question_heading": "Vraag",
        "question_compare": (
            "Wat betekent {scenarios} voor de arbeidsmarkt van {scope}, tegenover de referentie "
            "\"{reference}\"? Horizon {first}-{last}; de bevindingen gelden voor {year}."
        ),
        "question_compare_many": (
            "Wat betekenen {scenarios} voor de arbeidsmarkt van {scope}, tegenover de referentie "
            "\"{reference}\"? Horizon {first}-{last}; de bevindingen gelden voor {year}."
        ),
        "and": "en",
        "count_words": ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht",
                        "negen", "tien", "elf", "twaalf"],
        "question_single": (
            "Hoe ontwikkelt de arbeidsmarkt van {scope} zich in \"{reference}\"? Horizon "
            "{first}-{last}; de bevindingen gelden voor {year}."
        ),
        "scenarios_heading": "Scenario's en hun hefbomen",
        "reference_marker": "referentie",
        "no_levers": "geen hefbomen: ongewijzigd beleid",
        "inherited_description": "Beschrijving overgenomen van {base}: {text}",
        "lever_source": "bron van de omvang: {source} (docs/levers.md, {type})",
        "lever_sources": {
            "defence_expansion": "Kamerbrief 'Onze mensen, onze toekomst' (maart 2025): 100.000 "
                                 "in 2030",
            "labour_migration_decline": "illustratief; het IBO Arbeidsmigratie (2025) noemt geen "
                                        "omvang",
            "aow_age_path": "illustratief pad",
            "rvu_change": "illustratief of contrafeitelijk; 13.000 gebruikers in 2024 (SZW)",
            "sector_shock": "illustratief; CBS: 60.000 banen verloren door faillissementen in "
                            "een crisisjaar",
            "local_shock": "illustratief: geen gepubliceerd plan",
            "housing_constraint": "illustratief",
            "zzp_enforcement": "illustratief; CBS: 62.000 zzp'ers minder in 2025",
            "mantelzorg": "SCP: een kwart van de werkenden geeft mantelzorg, ongeveer een uur "
                          "per week minder werk",
            "reservist_hours": "defence_streams.csv (Defensie)",
            "participation": "illustratief",
            "sector_priority": "illustratief",
            "llo_retraining": "illustratief",
            "demand_cycle": "del Rio-Chanona e.a. (2021), alleen voor validatie",
            "automation_shock": "del Rio-Chanona e.a. (2021), alleen voor validatie",
        },
        "lever_source_unknown": "zie docs/levers.md",
        "findings_heading": "Bevindingen",
        "findings_rule_ensemble": (
            "Een verschil geldt als buiten de ruis als het 95%-interval van het verschil tussen "
            "gepaarde replicaties 0 niet bevat."
        ),
        "findings_rule_threshold": (
            "Een verschil telt als bevinding vanaf {percent} en {persons} personen: een "
            "stock-flowberekening heeft geen toevalsruis, maar een kleiner verschil valt binnen "
            "wat de invoercijfers kunnen onderscheiden."
        ),
        "engines_differ": (
            "Let op: de bestanden zijn met verschillende rekenmodellen gemaakt ({engines}); hun "
            "verschillen zijn deels die van de rekenmodellen, niet van het scenario."
        ),
        "findings_rule_threshold_unpaired": (
            "Een verschil telt als bevinding vanaf {percent} en {persons} personen. De "
            "agentgebaseerde berekening heeft toevalsruis, maar deze bestanden hebben geen "
            "gepaarde replicaties om haar per verschil te meten: een verschil boven de drempel "
            "kan nog ruis zijn."
        ),
        "finding_employment": (
            "De werkgelegenheid in {scope} verandert in {year} met {change} "
            "personen ({percent}) tegenover de referentie."
        ),
        "finding_employment_noise": (
            "De werkgelegenheid in {scope} verandert in {year} nauwelijks tegenover "
            "de referentie: {change} personen ({percent}), niet buiten de ruis."
        ),
        "finding_occupation": (
            "De grootste relatieve verandering in {year} is bij {occupation}: "
            "{change} personen ({percent})."
        ),
        "finding_occupation_none": (
            "Geen beroepsklasse verandert in {year} buiten de ruis."
        ),
        "finding_employment_small": (
            "De werkgelegenheid in {scope} verandert in {year} nauwelijks tegenover "
            "de referentie: {change} personen ({percent}), onder de drempel hieronder."
        ),
        "finding_occupation_small": (
            "Geen beroepsklasse verandert in {year} boven de drempel hieronder."
        ),
        "finding_region": (
            "Van de arbeidsmarktregio's verandert {region} in {year} het sterkst: "
            "{change} werkzame personen ({percent})."
        ),
        "finding_tension": (
            "In {changed} van de {cells} combinaties van regio en beroepsklasse in {scope} is de "
            "spanningsklasse in {year} anders dan in de referentie ({tighter} krapper, {looser} "
            "ruimer)."
        ),
        "finding_tension_none": (
            "Geen van de {cells} combinaties van regio en beroepsklasse in {scope} heeft in "
            "{year} een andere spanningsklasse dan in de referentie."
        ),
        "finding_defence": (
            "De vullingsgraad van de defensieformatie in {scope} is in {year} {rate} "
            "({filled} van {posts} formatieplaatsen), in de referentie {reference_rate}."
        ),
        "finding_level": (
            "De werkgelegenheid in {scope} is in {year} {level} personen: {change} ({percent}) "
            "sinds {first}."
        ),
        "finding_occupation_growth": (
            "De grootste relatieve verandering van {first} tot {year} is bij {occupation}: "
            "{change} personen ({percent})."
        ),
        "finding_tight_cells": (
            "In {year} zijn {tight} van de {cells} combinaties van regio en beroepsklasse in "
            "{scope} krap of zeer krap."
        ),
        "finding_defence_single": (
            "De vullingsgraad van de defensieformatie in {scope} is in {year} {rate} ({filled} "
            "van {posts} formatieplaatsen)."
        ),
                "page_contents": "Inhoud",
        "page_explanation": "Toelichting",
        "pdf_download": "De bijlage als PDF: {pdf}.",
        "method_heading": "Verantwoording",
        "method_model_heading": "Methode",
        "method_engines": {
            "stock-flow": (
                "lmsim rekent met het stock-flowmodel: het volgt de verwachte aantallen personen "
                "van 15 tot en met 74 jaar per arbeidsmarktregio, leeftijd, opleiding en status, "
                "en de banen en vacatures per regio en beroepsklasse. Het model is "
                "deterministisch: de seed wordt vastgelegd maar niet gebruikt."
            ),
            "abm": (
                "lmsim rekent met het agentgebaseerde model: elke agent staat voor {scale} "
                "personen; toeval (met de vastgelegde seed) bepaalt wie werk vindt, verliest of "
                "de arbeidsmarkt verlaat. Replicaties met andere trekkingen geven de "
                "onzekerheid."
            ),
        },
        "method_common": (
            "Het model rekent per maand van {start} tot en met {end}; deze bijlage toont "
            "jaargemiddelden van de maandcijfers. De bevindingen, de tabellen van één jaar en de "
            "kaarten gebruiken het peiljaar {year}. De vergelijkingen van het model staan in "
            "docs/model.md."
        ),
        "limitations_heading": "Beperkingen",
        "limitations": [
            "Na 2030 is de vraag een aanname (de vraag volgt het arbeidsaanbod), geen prognose.",
            "Regionale cijfers en de verdeling over beroepsklassen zijn grotendeels geschat uit "
            "landelijke en provinciale cijfers (zie Geschatte invoer).",
            "Spanning rekent met gemodelleerde WW-uitkeringen korter dan zes maanden, niet met "
            "de tellingen van het UWV.",
            ("De formatieplaatsen van Defensie zijn die van het model: de formatie van december "
             "2025 met de groei van de hefboom, over de regio's verdeeld naar de huidige "
             "aanwezigheid van Defensie (een schatting)."),
            "Een hefboom geeft het effect van een beleidskeuze binnen het model; zijn omvang "
            "komt uit de genoemde bron of is illustratief.",
            "Overige vereenvoudigingen staan in docs/model.md, 'Known limitations'.",
        ],
        "estimated_heading": "Geschatte invoer",
        "estimated_intro": (
            "Deze invoerbestanden van de run zijn (deels) geschat, niet gemeten; "
            "scenarios/data/SOURCES.md en docs/data.md zeggen hoe (regels met EST zijn "
            "schattingen):"
        ),
        "estimated_inputs": {
            "occupations.csv": "uren en zzp-aandeel uit landelijke cijfers; zwaar werk buiten "
                               "BRC01",
            "sector_occupation.csv": "beroepenmix per sector, passend gemaakt op landelijke "
                                     "totalen",
            "population.csv": "verdeling naar opleiding",
            "labour_market.csv": "regiototalen uit provinciecijfers; verdeling over beroepen",
            "defence.csv": "uit de ligging van de grote kazernes",
            "defence_streams.csv": "uitstroom, groeiaandelen en reservisten",
            "defence_recruitment.csv": "wervingscapaciteit uit de doelen van Defensie",
            "regional_mobility.csv": "pendelmodel uit 2016",
            "occupational_mobility.csv": "kansen op overstap tussen beroepen",
            "education_occupation.csv": "opleidingsmix per beroep",
            "status_by_age.csv": "geijkt op landelijke totalen",
            "age_rates.csv": "geijkt op landelijke stromen",
            "aow_age.csv": "na 2031 verwacht volgens de wettelijke regel",
            "rvu.csv": "inkomensgrens na 2026 geïndexeerd",
            "migration.csv": "arbeidsmigranten per beroep",
            "labour_migrant_regions.csv": "aankomst per regio (EST in elke regel)",
            "population_outlook.csv": "geïnterpoleerde jaren en geschatte geboorten (EST)",
            "demand_outlook.csv": "na 2030 een aanname; verschillen tussen beroepen",
            "demand_outlook_roa_expansion.csv": "na 2030 een aanname",
        },
        "stamp_heading": "Reproduceerbaarheid",
        "stamp_file": "bestand",
        "stamp_version": "lmsim-versie",
        "stamp_engine": "model",
        "stamp_seed": "seed",
        "stamp_scale": "schaal (personen per agent)",
        "stamp_replicates": "replicaties",
        "stamp_created": "gemaakt",
        "stamp_checksums": "gegevens",
        "stamp_checksums_value": "{count} bestanden, samenvatting {digest}",
        "stamp_demand": "vraagvooruitzicht",
        "stamp_population": "bevolkingsvooruitzicht",
        "stamp_full_list": ("De volledige controlesommen (fnv1a64 per gegevensbestand) en de "
                            "scenario's staan in {file}."),
        "estimated_items": "{estimated} van {count} jaarbronnen geschat (EST)",
        "levers_unknown": ("geen scenario vastgelegd (een resultaatbestand van een oudere lmsim): "
                           "hefbomen onbekend"),
        # tables
        "intro_compare_many": (
            "De {count} scenario's worden elk vergeleken met de referentie \"{reference}\"; de "
            "tabel 'Scenario tegenover referentie' geeft de verschillen in {year}."
        ),
        "total": "Totaal",
        "employment_units": "aantal werkzame personen, jaargemiddelde van maandcijfers",
        "vacancies_units": "aantal openstaande vacatures, jaargemiddelde van maandcijfers",
        "tension_table_units": ("openstaande vacatures per lopende WW-uitkering korter dan zes "
                                "maanden (jaargemiddelden); spanningsklasse in {year}"),
        "comparison_units": ("personen en openstaande vacatures (jaargemiddelden); spanning in "
                             "vacatures per WW-uitkering korter dan zes maanden; {year}"),
        "tension_classes_units": "spanningsklasse van het UWV per arbeidsmarktregio, {year}",
        "defence_units": ("formatieplaatsen en bezette plaatsen (jaargemiddelden), "
                          "vullingsgraad in procenten; {year}"),
        "note_total": ("Totaal: berekend uit de onafgeronde waarden; door afronding kan het "
                       "afwijken van de som van de regels."),
        "note_tension_total": ("De spanning van het totaal is de som van de vacatures gedeeld "
                               "door de som van de WW-uitkeringen van de UWV-beroepsklassen, geen "
                               "som van spanningen; defensie is geen UWV-beroepsklasse en telt "
                               "niet mee."),
        "note_difference": ("Verschil: scenario min referentie. Het is negatief waar het "
                            "scenario lager uitkomt dan de referentie: minder werkenden of minder "
                            "openstaande vacatures."),
        "note_classes": ("Klassen van het UWV: zeer ruim onder 0,25; ruim 0,25 tot 0,67; "
                         "gemiddeld 0,67 tot 1,5; krap 1,5 tot 4; zeer krap 4 of meer "
                         "vacatures per WW-uitkering korter dan zes maanden."),
        "note_defence": ("Bezet: werkzaam bij Defensie en reservisten; vullingsgraad: bezet "
                         "gedeeld door formatieplaatsen. De regel Nederland is het totaal van de "
                         "regio's."),
        "note_infinite": "∞: vacatures zonder lopende WW-uitkeringen korter dan zes maanden.",
        "note_defence_row": ("DEF telt wie bij Defensie werkt. Reservisten die een scenario "
                             "toevoegt, houden hun civiele baan en tellen in hun eigen "
                             "beroepsklasse; als bezette formatieplaatsen staan ze in de tabel "
                             "Defensieformatie."),
        # effects against the reference, chart units and alt texts
        "persons_units": "personen",
        "vacancies_axis": "vacatures",
        "employment_alt": ("Kleine grafieken per beroepsklasse met de werkgelegenheid in {scope}, "
                           "{first}-{last}, een lijn per bestand ({files}); in {year} telt de "
                           "referentie in totaal {value} werkenden."),
        "vacancies_alt": ("Kleine grafieken per beroepsklasse met de openstaande vacatures in "
                          "{scope}, {first}-{last}, een lijn per bestand ({files}); in {year} "
                          "heeft de referentie in totaal {value} openstaande vacatures."),
        "tension_alt": ("Kleine grafieken per UWV-beroepsklasse met de spanning in {scope}, "
                        "{first}-{last}, over de banden van de UWV-klassen; in {year} zijn in "
                        "\"{reference}\" {tight} van de {classes} beroepsklassen krap of zeer "
                        "krap."),
        "totals_alt": ("Lijngrafieken van de totale werkgelegenheid, vacatures en werkloosheid in "
                       "{scope}, {first}-{last}, een lijn per bestand ({files}); in {year} telt "
                       "de referentie {value} werkenden."),
        "heatmap_alt": ("Raster van de spanningsklasse per arbeidsmarktregio en UWV-beroepsklasse "
                        "in {year} voor \"{scenario}\"; {tight} van de {cells} cellen zijn krap "
                        "of zeer krap."),
        "effect_title": ("Effect op de werkgelegenheid: \"{scenario}\" min \"{reference}\", "
                         "{scope}"),
        "effect_per_occupation": "Per beroepsklasse, {year}",
        "effect_total_years": "Totaal van het gebied, per jaar",
        "effect_persons": "verschil met referentie (personen)",
        "effect_percent": "verschil met referentie (%)",
        "paired_band": "95%-band van de gepaarde verschillen tussen replicaties",
        "effect_caption": "scenario min referentie, jaargemiddelden",
        "effect_alt": ("Staafdiagrammen van het verschil in werkgelegenheid per beroepsklasse in "
                       "{year} tussen \"{scenario}\" en \"{reference}\" in {scope}, in personen en "
                       "procenten, en lijnen van het verschil in het totaal per jaar; in {year} "
                       "verandert de werkgelegenheid met {total} personen ({percent}), het meest "
                       "in {occupation} ({change})."),
        "effect_regions_title": ("Verandering van de werkgelegenheid per arbeidsmarktregio, "
                                 "{year}: \"{scenario}\" min referentie"),
        "effect_regions_alt": ("Gesorteerd staafdiagram van de procentuele verandering van de "
                               "totale werkgelegenheid in {year} in elk van de {regions} "
                               "arbeidsmarktregio's door \"{scenario}\"; het grootst in {first} "
                               "({first_change}), het kleinst in {last} ({last_change})."),
        "effect_heatmap_title": ("Verandering van de werkgelegenheid per regio en beroepsklasse "
                                 "(%), {year}: \"{scenario}\" min referentie"),
        "effect_heatmap_alt": ("Raster van de procentuele verandering van de werkgelegenheid per "
                               "arbeidsmarktregio en beroepsklasse in {year} door \"{scenario}\", "
                               "kleurschaal van -{limit}% tot +{limit}%; de grootste verandering "
                               "is {change} in {region}, {occupation}."),
        "effect_occupations": "Effect per beroepsklasse",
        "effect_regions": "Effect per regio",
        "difference_percent": "verschil (%)",
        "effect_units": ("personen en vacatures, jaargemiddelden van maandcijfers, {year}; "
                         "verschil in procenten van de referentie"),
        "band_low": "verschil 2,5e percentiel",
        "band_high": "verschil 97,5e percentiel",
        "within_noise": "licht: de band bevat 0 (binnen de ruis)",
        # uncertainty: the annex of a sweep file (fan_charts.py)
        "sweep_annex_title": "Bijlage bandbreedte van de prognose",
        "netherlands_short": "Nederland",
        "percentile": "percentiel",
        "unemployment_rate": "Werkloosheid",
        "percent_units": "procent van de beroepsbevolking",
        "fan_title": "Bandbreedte over de {points} punten van de sweep, {scope}",
        "fan_caption": ("mediaan, 25e tot 75e en 5e tot 95e percentiel van de punten, per jaar; "
                        "jaargemiddelden"),
        "fan_alt": ("Waaiergrafieken van {outputs} in {scope}, {first}-{last}: per jaar de mediaan "
                    "van de {points} punten met banden van het 25e tot 75e en het 5e tot 95e "
                    "percentiel."),
        "fan_p05_p95": "5e-95e percentiel",
        "fan_p25_p75": "25e-75e percentiel",
        "fan_median": "mediaan",
        "class_title": "Kans op elke spanningsklasse van het UWV, {scope}",
        "class_caption": "aandeel van de punten van de sweep in elke klasse, per jaar",
        "class_alt": ("Gestapelde staven per jaar, {first}-{last}, van het aandeel van de {points} "
                      "punten in elke spanningsklasse van het UWV in {scope}, van zeer ruim tot "
                      "zeer krap."),
        "class_share_units": "aandeel van de punten (%)",
        "percentiles_title": "Percentielen {year}",
        "class_table_title": "Kansen op spanningsklassen",
        "percentiles_units": ("percentielen over de {points} punten van de verkenning, "
                              "jaargemiddelden van maandcijfers, {year}"),
        "class_units": "aandeel van de {points} punten per UWV-spanningsklasse, in procenten",
        "sweep_method": ("Elk punt is een doorrekening van hetzelfde scenario met andere waarden "
                         "van de onzekere parameters, gekozen door het ontwerp van de verkenning "
                         "(docs/sweep.md); de percentielen en kansen zijn die over de punten."),
        "sweep_intro": (
            "Deze bijlage toont de bandbreedte van de uitkomsten van de sweep \"{title}\": "
            "{points} punten ({design}, {engine}), elk een doorrekening met andere waarden van "
            "de onzekere parameters, voor {scope}, {first}-{last}. De waaiers geven per jaar de "
            "mediaan en het 25e tot 75e en 5e tot 95e percentiel over de punten. Per regio "
            "bewaart een sweep de werkgelegenheid, de werkloosheid en de spanning, niet de "
            "beroepsklassen."
        ),
        "sweep_replicates": (
            "Elk punt is het gemiddelde van {replicates} replicaties met dezelfde toevalsgetallen "
            "in elk punt: de bandbreedte is die van de parameters, niet van de steekproefruis."
        ),
        "sweep_probabilities": (
            "De punten van dit ontwerp ({design}) zijn een steekproef uit de verdelingen van de "
            "parameters, elk punt even waarschijnlijk: het aandeel van de punten in een "
            "spanningsklasse schat de kans op die klasse, en de percentielen schatten de "
            "bandbreedte. De tabel 'Percentielen {year}' geeft ze voor {year}."
        ),
        "sweep_grid": (
            "De punten van een rooster (grid) zijn gekozen niveaus, geen steekproef uit de "
            "verdelingen van de parameters: de waaiers tonen hun spreiding, maar kansen op "
            "spanningsklassen volgen er niet uit en worden niet gegeven. De tabel "
            "'Percentielen {year}' geeft de spreiding in {year}."
        ),
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
        "annex_title": "Labour-market projection annex",
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
            "charts and has its own measure, the fill rate of its formation. Employment and "
            "vacancies count by region of work, the unemployed and WW benefits by region of "
            "residence: in a region with much commuting the two differ."
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
        "defence_outlook": ("the baseline holds the defence formation at its size at the start "
                            "(the about 80,000 personnel of December 2025 and the open posts); "
                            "growth toward 100,000 is the defence_expansion lever's"),
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
        "intro_bands_statistics": (
            "A file of statistics per cell only ({path}) has percentiles per region and "
            "occupation class, not of sums: for the country, a group of regions and totals the "
            "annex shows its mean alone."
        ),
        "shared_years": (
            "The files cover different years ({ends}); this annex shows the years all of them "
            "hold in full, {first}-{last}."
        ),
        "downloads": "Tables: Excel workbook {xlsx} (one sheet per table) and CSV files.",
        "svg_link": "SVG",
        "charts": "Charts",
        "tables": "Tables",
        "files": "Files",
        # first page and method (first_page.py, findings.py, method_sources.py)
        "page_summary": "Summary",
        "question_heading": "Question",
        "question_compare": (
            "What does {scenarios} mean for the labour market of {scope}, against the reference "
            "\"{reference}\"? Horizon {first}-{last}; the findings are for {year}."
        ),
        "question_compare_many": (
            "What do {scenarios} mean for the labour market of {scope}, against the reference "
            "\"{reference}\"? Horizon {first}-{last}; the findings are for {year}."
        ),
        "and": "and",
        "count_words": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                        "nine", "ten", "eleven", "twelve"],
        "question_single": (
            "How does the labour market of {scope} develop in \"{reference}\"? Horizon "
            "{first}-{last}; the findings are for {year}."
        ),
        "scenarios_heading": "Scenarios and their levers",
        "reference_marker": "reference",
        "no_levers": "no levers: no policy change",
        "inherited_description": "Description inherited from {base}: {text}",
        "lever_source": "source of the size: {source} (docs/levers.md, {type})",
        "lever_sources": {
            "defence_expansion": "Kamerbrief 'Onze mensen, onze toekomst' (March 2025): 100,000 "
                                 "in 2030",
            "labour_migration_decline": "illustrative; the IBO Arbeidsmigratie (2025) quantifies "
                                        "no size",
            "aow_age_path": "illustrative path",
            "rvu_change": "illustrative or counterfactual; 13,000 users in 2024 (SZW)",
            "sector_shock": "illustrative; CBS: 60,000 jobs lost to bankruptcies in a crisis "
                            "year",
            "local_shock": "illustrative: no published plan",
            "housing_constraint": "illustrative",
            "zzp_enforcement": "illustrative; CBS: 62,000 fewer zzp in 2025",
            "mantelzorg": "SCP: a quarter of the workers give care, about one hour a week less "
                          "work",
            "reservist_hours": "defence_streams.csv (Defensie)",
            "participation": "illustrative",
            "sector_priority": "illustrative",
            "llo_retraining": "illustrative",
            "demand_cycle": "del Rio-Chanona et al. (2021), for validation only",
            "automation_shock": "del Rio-Chanona et al. (2021), for validation only",
        },
        "lever_source_unknown": "see docs/levers.md",
        "findings_heading": "Findings",
        "findings_rule_ensemble": (
            "A difference counts as beyond the noise where the 95% interval of the difference "
            "between paired replicates does not hold 0."
        ),
        "findings_rule_threshold": (
            "A difference counts as a finding when it is at least {percent} and {persons} "
            "persons: a stock-flow run has no sampling noise, but a smaller difference lies "
            "within what its input figures can tell apart."
        ),
        "engines_differ": (
            "Note: the files come from different engines ({engines}); their differences are in "
            "part the engines', not the scenario's."
        ),
        "findings_rule_threshold_unpaired": (
            "A difference counts as a finding when it is at least {percent} and {persons} "
            "persons. The agent-based engine has sampling noise, but these files have no paired "
            "replicates to measure it for each difference: a difference above the threshold may "
            "still be noise."
        ),
        "finding_employment": (
            "Employment in {scope} in {year} changes by {change} persons "
            "({percent}) against the reference."
        ),
        "finding_employment_noise": (
            "Employment in {scope} in {year} hardly changes against the reference: "
            "{change} persons ({percent}), not beyond the noise."
        ),
        "finding_occupation": (
            "The largest relative change in {year} is in {occupation}: {change} "
            "persons ({percent})."
        ),
        "finding_occupation_none": (
            "No occupation class changes beyond the noise in {year}."
        ),
        "finding_employment_small": (
            "Employment in {scope} in {year} hardly changes against the reference: "
            "{change} persons ({percent}), below the threshold given below."
        ),
        "finding_occupation_small": (
            "No occupation class changes above the threshold given below in {year}."
        ),
        "finding_region": (
            "Of the labour-market regions, {region} changes most in {year}: "
            "{change} employed persons ({percent})."
        ),
        "finding_tension": (
            "In {changed} of the {cells} region x occupation cells of {scope} the tension class "
            "in {year} differs from the reference's ({tighter} tighter, {looser} looser)."
        ),
        "finding_tension_none": (
            "None of the {cells} region x occupation cells of {scope} has another tension class "
            "in {year} than in the reference."
        ),
        "finding_defence": (
            "The fill rate of the defence formation in {scope} in {year} is {rate} "
            "({filled} of {posts} posts), in the reference {reference_rate}."
        ),
        "finding_level": (
            "Employment in {scope} in {year} is {level} persons: {change} ({percent}) since "
            "{first}."
        ),
        "finding_occupation_growth": (
            "The largest relative change from {first} to {year} is in {occupation}: {change} "
            "persons ({percent})."
        ),
        "finding_tight_cells": (
            "In {year}, {tight} of the {cells} region x occupation cells of {scope} are tight or "
            "very tight."
        ),
        "finding_defence_single": (
            "The fill rate of the defence formation in {scope} in {year} is {rate} ({filled} of "
            "{posts} posts)."
        ),
        "page_contents": "Contents",
        "page_explanation": "Explanation",
        "pdf_download": "The annex as a PDF: {pdf}.",
        "method_heading": "Method and sources",
        "method_model_heading": "Method",
        "method_engines": {
            "stock-flow": (
                "lmsim computes with the stock-flow model: it follows the expected numbers of "
                "persons aged 15 to 74 by labour-market region, age, education and status, and "
                "the jobs and vacancies by region and occupation class. The model is "
                "deterministic: the seed is recorded but unused."
            ),
            "abm": (
                "lmsim computes with the agent-based model: each agent stands for {scale} "
                "persons; chance (with the recorded seed) decides who finds or loses work or "
                "leaves the labour market. Replicates with other draws give the uncertainty."
            ),
        },
        "method_common": (
            "The model computes month by month from {start} to {end}; this annex shows annual "
            "means of the monthly values. The findings, the tables of one year and the maps use "
            "the year {year}. docs/model.md gives the model's equations."
        ),
        "limitations_heading": "Limitations",
        "limitations": [
            "After 2030 demand is an assumption (demand follows the labour supply), not a "
            "forecast.",
            "Regional figures and the split over occupation classes are mostly estimated from "
            "national and provincial figures (see Estimated inputs).",
            "Tension uses modelled WW benefits shorter than six months, not UWV's counts.",
            ("The defence posts are the model's: the formation of December 2025 with the lever's "
             "growth, spread over the regions by where Defensie is based now (an estimate)."),
            "A lever gives the effect of a policy choice within the model; its size comes from "
            "the source named or is illustrative.",
            "Other simplifications are listed in docs/model.md, 'Known limitations'.",
        ],
        "estimated_heading": "Estimated inputs",
        "estimated_intro": (
            "These input files of the run are (partly) estimated, not measured; "
            "scenarios/data/SOURCES.md and docs/data.md say how (rows marked EST are "
            "estimates):"
        ),
        "estimated_inputs": {
            "occupations.csv": "hours and zzp share from national figures; heavy work outside "
                               "BRC01",
            "sector_occupation.csv": "occupation mix per sector, fitted to national totals",
            "population.csv": "split by education",
            "labour_market.csv": "region totals from provincial figures; split over occupations",
            "defence.csv": "from the locations of the main bases",
            "defence_streams.csv": "outflow, growth shares and reservists",
            "defence_recruitment.csv": "recruitment capacity from Defensie's aims",
            "regional_mobility.csv": "a 2016 commuting model",
            "occupational_mobility.csv": "chances of moving between occupations",
            "education_occupation.csv": "education mix per occupation",
            "status_by_age.csv": "calibrated to national totals",
            "age_rates.csv": "calibrated to national flows",
            "aow_age.csv": "after 2031 expected from the legal rule",
            "rvu.csv": "income threshold indexed after 2026",
            "migration.csv": "labour migrants per occupation",
            "labour_migrant_regions.csv": "arrivals per region (EST in every row)",
            "population_outlook.csv": "interpolated years and estimated births (EST)",
            "demand_outlook.csv": "an assumption after 2030; differences between occupations",
            "demand_outlook_roa_expansion.csv": "an assumption after 2030",
        },
        "stamp_heading": "Reproducibility",
        "stamp_file": "file",
        "stamp_version": "lmsim version",
        "stamp_engine": "engine",
        "stamp_seed": "seed",
        "stamp_scale": "scale (persons per agent)",
        "stamp_replicates": "replicates",
        "stamp_created": "made",
        "stamp_checksums": "data",
        "stamp_checksums_value": "{count} files, digest {digest}",
        "stamp_demand": "demand outlook",
        "stamp_population": "population outlook",
        "stamp_full_list": ("The full checksums (fnv1a64 per data file) and the scenarios are in "
                            "{file}."),
        "estimated_items": "{estimated} of {count} yearly sources estimated (EST)",
        "levers_unknown": ("no scenario recorded (a result file of an older lmsim): levers "
                           "unknown"),
        # tables
        "intro_compare_many": (
            "The {count} scenarios are each compared with the reference \"{reference}\"; the "
            "table 'Scenario versus reference' gives the differences in {year}."
        ),
        "total": "Total",
        "employment_units": "number of persons employed, annual mean of monthly values",
        "vacancies_units": "number of open vacancies, annual mean of monthly values",
        "tension_table_units": ("open vacancies per WW benefit running less than six months "
                                "(annual means); tension class in {year}"),
        "comparison_units": ("persons and open vacancies (annual means); tension in vacancies "
                             "per WW benefit running less than six months; {year}"),
        "tension_classes_units": "UWV tension class by labour-market region, {year}",
        "defence_units": "posts and posts filled (annual means), fill rate in percent; {year}",
        "note_total": ("Total: computed from the unrounded values; after rounding it may differ "
                       "from the sum of the rows."),
        "note_tension_total": ("The tension of the total is the sum of vacancies divided by the "
                               "sum of WW benefits of the UWV occupation classes, not a sum of "
                               "tensions; defence is not a UWV occupation class and is left out."),
        "note_difference": ("Difference: scenario minus reference. It is negative where the "
                            "scenario comes out lower than the reference: fewer employed or fewer "
                            "open vacancies."),
        "note_classes": ("UWV's classes: very loose below 0.25; loose 0.25 to below 0.67; "
                         "average 0.67 to below 1.5; tight 1.5 to below 4; very tight 4 or more "
                         "vacancies per WW benefit running less than six months."),
        "note_defence": ("Filled: employed by Defence and reservists; fill rate: filled divided "
                         "by posts. The row for the Netherlands is the total of the regions."),
        "note_infinite": "∞: vacancies without any WW benefit running less than six months.",
        "note_defence_row": ("DEF counts those employed by Defensie. Reservists a scenario adds "
                             "keep their civilian jobs and count in their own occupation class; "
                             "as posts filled they are in the table Defence formation."),
        # effects against the reference, chart units and alt texts
        "persons_units": "persons",
        "vacancies_axis": "vacancies",
        "employment_alt": ("Small multiples per occupation class of employment in {scope}, "
                           "{first}-{last}, one line per file ({files}); in {year} the reference "
                           "has {value} employed in total."),
        "vacancies_alt": ("Small multiples per occupation class of open vacancies in {scope}, "
                          "{first}-{last}, one line per file ({files}); in {year} the reference "
                          "has {value} open vacancies in total."),
        "tension_alt": ("Small multiples per UWV occupation class of tension in {scope}, "
                        "{first}-{last}, over the bands of UWV's classes; in {year}, {tight} of "
                        "the {classes} occupation classes are tight or very tight in "
                        "\"{reference}\"."),
        "totals_alt": ("Line charts of total employment, vacancies and unemployment in {scope}, "
                       "{first}-{last}, one line per file ({files}); in {year} the reference has "
                       "{value} employed."),
        "heatmap_alt": ("Grid of the tension class of every labour-market region and UWV "
                        "occupation class in {year} for \"{scenario}\"; {tight} of the {cells} "
                        "cells are tight or very tight."),
        "effect_title": ("Effect on employment: \"{scenario}\" minus \"{reference}\", {scope}"),
        "effect_per_occupation": "By occupation class, {year}",
        "effect_total_years": "Total of the area, by year",
        "effect_persons": "difference from reference (persons)",
        "effect_percent": "difference from reference (%)",
        "paired_band": "95% band of the differences paired by replicate",
        "effect_caption": "scenario minus reference, annual means",
        "effect_alt": ("Bar charts of the difference in employment by occupation class in {year} "
                       "between \"{scenario}\" and \"{reference}\" in {scope}, in persons and "
                       "percent, and lines of the difference in the total by year; in {year} "
                       "employment changes by {total} persons ({percent}), most in {occupation} "
                       "({change})."),
        "effect_regions_title": ("Change in employment by labour-market region, {year}: "
                                 "\"{scenario}\" minus reference"),
        "effect_regions_alt": ("Sorted bar chart of the percentage change in total employment in "
                               "{year} in each of the {regions} labour-market regions under "
                               "\"{scenario}\"; largest in {first} ({first_change}), smallest in "
                               "{last} ({last_change})."),
        "effect_heatmap_title": ("Change in employment by region and occupation class (%), "
                                 "{year}: \"{scenario}\" minus reference"),
        "effect_heatmap_alt": ("Grid of the percentage change in employment of every "
                               "labour-market region and occupation class in {year} under "
                               "\"{scenario}\", colour scale from -{limit}% to +{limit}%; the "
                               "largest change is {change} in {region}, {occupation}."),
        "effect_occupations": "Effect by occupation class",
        "effect_regions": "Effect by region",
        "difference_percent": "difference (%)",
        "effect_units": ("persons and vacancies, annual means of monthly values, {year}; "
                         "difference in percent of the reference"),
        "band_low": "difference 2.5th percentile",
        "band_high": "difference 97.5th percentile",
        "within_noise": "pale: the band holds 0 (within the noise)",
        # uncertainty: the annex of a sweep file (fan_charts.py)
        "sweep_annex_title": "Annex: range of the forecast",
        "netherlands_short": "Netherlands",
        "percentile": "percentile",
        "unemployment_rate": "Unemployment rate",
        "percent_units": "percent of the labour force",
        "fan_title": "Range of outcomes over the sweep's {points} points, {scope}",
        "fan_caption": ("median, 25th to 75th and 5th to 95th percentile of the points, per "
                        "year; annual means"),
        "fan_alt": ("Fan charts of {outputs} in {scope}, {first}-{last}: each year's median of "
                    "the {points} points with bands from the 25th to the 75th and from the 5th "
                    "to the 95th percentile."),
        "fan_p05_p95": "5th-95th percentile",
        "fan_p25_p75": "25th-75th percentile",
        "fan_median": "median",
        "class_title": "Probability of each UWV tension class, {scope}",
        "class_caption": "share of the sweep's points in each class, per year",
        "class_alt": ("Stacked bars per year, {first}-{last}, of the share of the {points} points "
                      "in each UWV tension class in {scope}, from very loose to very tight."),
        "class_share_units": "share of the points (%)",
        "percentiles_title": "Percentiles {year}",
        "class_table_title": "Tension class probabilities",
        "percentiles_units": ("percentiles over the {points} points of the sweep, annual means "
                              "of monthly values, {year}"),
        "class_units": "share of the {points} points in each UWV tension class, in percent",
        "sweep_method": ("Each point is a run of the same scenario with other values of the "
                         "uncertain parameters, chosen by the sweep's design (docs/sweep.md); the "
                         "percentiles and probabilities are those over the points."),
        "sweep_intro": (
            "This annex shows the range of outcomes of the sweep \"{title}\": {points} points "
            "({design}, {engine}), each a run with other values of the uncertain parameters, for "
            "{scope}, {first}-{last}. The fans give each year's median and the 25th to 75th and "
            "5th to 95th percentiles over the points. By region a sweep keeps employment, the "
            "unemployment rate and tension, not the occupations."
        ),
        "sweep_replicates": (
            "Each point is the mean of {replicates} replicates with the same random numbers at "
            "every point: the range is that of the parameters, not of sampling noise."
        ),
        "sweep_probabilities": (
            "The points of this design ({design}) are a sample of the parameters' "
            "distributions, each point equally likely: the share of the points in a tension "
            "class estimates the probability of that class, and the percentiles estimate the "
            "range. The table 'Percentiles {year}' gives them for {year}."
        ),
        "sweep_grid": (
            "The points of a grid are chosen levels, not a sample of the parameters' "
            "distributions: the fans show their spread, but no probabilities of tension classes "
            "follow from them, and none are given. The table 'Percentiles {year}' gives the "
            "spread in {year}."
        ),
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


def compare_sentence(count, reference, year, texts):
    """How the scenarios are compared with the reference, in the singular for one scenario and
    the plural for several."""
    key = "intro_compare" if count == 1 else "intro_compare_many"
    return texts[key].format(count=count_word(count, texts), reference=reference, year=year)


def count_word(count, texts):
    """A small count in words, as a report writes it ("drie scenario's"); digits from 13 on."""
    words = texts["count_words"]
    return words[count] if 0 <= count < len(words) else str(count)


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
