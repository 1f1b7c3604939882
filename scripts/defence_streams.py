"""Defence personnel by stream and Defensie's recruitment capacity (defence_streams.csv,
defence_recruitment.csv), for the defence_expansion lever (docs/levers.md).

Every figure is a constant below with its source id; the ids, URLs and exact quotes are in the
SOURCES.md section this module writes (sources_section). SRC: a published figure; EST: derived
or assumed here, with the method stated next to it. Standard library only.
"""

STREAMS = ["military", "civilian", "reservist"]

# Persons in post, 1 December 2025.
PERSONNEL = {
    "military": (45_000, "SRC", "S04: 'staat nu op 45.000 strijders'"),
    "civilian": (25_828, "EST", "80,000 (S03) - 45,000 military (S04) - 9,172 reservists (S03)"),
    "reservist": (9_172, "SRC", "S03: 'In totaal zijn er nu 9172 reservisten'"),
}

# Leaving Defensie, a share of the stream's personnel a year.
OUTFLOW_RATE = {
    "military": (0.069, "EST", "2025 outflow ~3,016: 2024's 3,206 (2 x 1,603, S02) x 1,603/1,704, "
                 "the fall from 2023 to 2024 (S02) repeated, over 43,800 mean personnel; 7.5% in "
                 "2024 (3,206 / 42,700)"),
    "civilian": (0.070, "EST", "7% a year, an estimate: no civilian outflow is published; CBS's "
                 "flows of 2017 give 8.4% for all staff (S22: 4,540 leaving of ~54,000)"),
    "reservist": (0.064, "EST", "2024: ~460 leaving of ~7,200 (S10 'bijna 7500' Sep 2024, S03 "
                  "9,172 Dec 2025 with 'ruim 1400' added in 2025)"),
}

# Each stream's share of the growth when a target is given as one total. Defensie's aims to 2030
# add 11,000 military (45,000 to 56,000, S04) and 10,828 reservists (9,172 to 20,000, S03, S09),
# near-equal parts (0.504 and 0.496) of their sum, 21,828; with the civilians held the aims add
# to 101,828, "about 100,000" (S12). Half military, half reservists, civilians held (EST): a
# total of 100,000 then gives 55,000 military and 19,172 reservists.
GROWTH_SHARE = {
    "military": (0.50, "EST", "11,000 of the aims' 21,828 (S04), rounded to a half"),
    "civilian": (0.00, "EST", "civilian posts held: 100,000 less the aims of 56,000 and 20,000 leaves 24,000, about today's 25,828"),
    "reservist": (0.50, "EST", "10,828 of the aims' 21,828 (S03, S09), rounded to a half"),
}

# Reservists keep a civilian job (the other streams do not): the share of them with one, and the
# share of its hours they give up for their service.
CIVILIAN_JOB_SHARE = {"military": 0.0, "civilian": 0.0, "reservist": 0.75}
CIVILIAN_JOB_NOTE = ("EST: students, older and non-working reservists left out (S21 'jongeren die de "
                     "functie combineren met een studie of reguliere baan'; S42 age limit)")
CIVILIAN_HOURS_SERVED = {"military": 0.0, "civilian": 0.0, "reservist": 0.046}
CIVILIAN_HOURS_NOTE = ("EST: 20.9 days served a year (65% Natres at 16 days, S18 '120 opleidings- en "
                       "trainingsuren per jaar'; 35% specialists at 30 days, S09 'een paar dagen per "
                       "maand'), half of them in civilian working time (S17 'buiten normale "
                       "werktijden'), of 228 working days: 20.9 x 0.5 / 228")

# Gross recruits a year at most (training capacity and the labour market), by stream. The
# last year holds after it. 2025: the year's inflow (EST from S03's net growth and the outflow
# rates). 2026 on: Defensie's aim of at least 9,000 military recruits a year from 2029 (S05),
# reservists and dienjaar entries included (S02), reached in steps: military 5,600, 6,000,
# 6,500, then 7,000 (9,000 less ~2,000 reservist and dienjaar entries, EST); civilians 3,800
# (the 2024-2025 level, S06 '3.500 mensen als burgerpersoneel', plus 5%, EST); reservists 2,500,
# 3,000, then 3,500 (EST: the 2025 inflow of ~1,900, rising with applications, S46, and the
# weerbaarheidstraining after which trainees become reservists, S13).
RECRUITMENT = {
    2025: {"military": 5_322, "civilian": 3_604, "reservist": 1_940},
    2026: {"military": 5_600, "civilian": 3_800, "reservist": 2_500},
    2027: {"military": 6_000, "civilian": 3_800, "reservist": 3_000},
    2028: {"military": 6_500, "civilian": 3_800, "reservist": 3_500},
    2029: {"military": 7_000, "civilian": 3_800, "reservist": 3_500},
}

SOURCES = [
    ("S02", "ANP 17-09-2024, Stand van Defensie najaar 2024 (via Welingelichte Kringen)",
     "https://welingelichtekringen.nl/samenleving/defensie-weet-meer-personeel-te-werven-maar-haalt-ambities-niet",
     "Er kwamen 1884 militairen bij, tegenover 1691 een jaar geleden. Ook vertrokken er minder militairen "
     "(1603 in plaats van 1704). [...] Het uiteindelijke doel is dat er over vijf jaar 9000 militairen "
     "jaarlijks bijkomen. Dan gaat het niet alleen om beroepsmilitairen maar ook om reservisten en "
     "dienjaarmilitairen. [...] Volgens Defensie is de beschikbare opleidingscapaciteit het belangrijkste knelpunt."),
    ("S03", "NOS figures via Omroep Brabant, 24-12-2025",
     "https://www.omroepbrabant.nl/nieuws/6001209/onderwijsassistent-peter-is-ook-reservist-in-het-leger-en-dit-is-waarom",
     "Bij de laatste telling, op 1 december, werkten bijna 80.000 mensen bij Defensie. Dat waren er in 2022 "
     "nog 67.400. Alleen al in dit nog lopende jaar kwamen er 5567 mensen bij. [...] Daarvan zijn er dit jaar "
     "ruim 1400 bij gekomen. In totaal zijn er nu 9172 reservisten in Nederland."),
    ("S04", "GeenStijl 17-12-2025, on the same NOS figures",
     "https://www.geenstijl.nl/5187362/defensie-20percent",
     "Het beroepsleger groeide met een kleine 5% minder hard en staat nu op 45.000 strijders. Het doel is "
     "dat dit er in 2030 56.000 zijn."),
    ("S05", "Hart van Nederland 09-2024, on the Defensienota 2024",
     "https://www.hartvannederland.nl/politiek/beleid/artikelen/zo-wil-defensie-tegen-2030-duizenden-nieuwe-militairen-werven",
     "met een instroom van minimaal 9.000 militairen per jaar vanaf 2029"),
    ("S06", "svjmedia 21-03-2025", "https://svjmedia.nl/onair/wp-json/wp/v2/posts/2085",
     "In 2024 meldden zich maar liefst 4.000 nieuwe militairen aan en gingen 3.500 mensen als "
     "burgerpersoneel aan de slag."),
    ("S09", "NH Nieuws 2024",
     "https://www.nhnieuws.nl/nieuws/n147540/defensie-probeert-meer-reservisten-te-werven-met-hulp-van-werkgevers",
     "moet het aantal parttime militairen in 2030 zijn gegroeid naar 20.000 [...] een paar dagen per maand"),
    ("S10", "KVBK (Militaire Spectator), Beschikbaarheid van reservisten in een Artikel 5-scenario",
     "https://kvbk.prod.ysci.nl/artikelen/beschikbaarheid-van-reservisten-een-artikel-5-scenario",
     "In september 2024 waren er bijna 7500 reservisten werkzaam voor Defensie"),
    ("S12", "Kamerstuk 33763-164 (28-05-2025)",
     "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D24749&id=2025D24749",
     "Het aantal van ongeveer 100.000 is gebaseerd op de omvang van de huidige formatie van Defensie [...] "
     "De personele groei omvat zowel beroepsmilitairen, reservisten (veelal in deeltijd) als burgerpersoneel."),
    ("S13", "Blik op Nieuws 03-2025, on the Kamerbrief of 24-03-2025",
     "https://www.blikopnieuws.nl/nieuws/305618/defensie-zet-fors-in-op-schaalbare-krijgsmacht.html",
     "Defensie groeit door naar 100.000 mensen in 2030. Mogelijk verdubbelt dat aantal daarna nog. [...] "
     "Direct daarna worden ze reservist."),
    ("S17", "defensie.nl, Informatie voor werkgevers van reservisten",
     "https://www.defensie.nl/onderwerpen/reservisten/informatie-voor-werkgevers",
     "Defensie roostert een belangrijk deel van de militaire activiteiten in buiten normale werktijden."),
    ("S18", "Omroep Zeeland 03-2018",
     "https://www.omroepzeeland.nl/nieuws/104620/Marinekazerne-sluit-maar-de-Natres-mag-er-voorlopig-blijven",
     "Een reservist heeft de verplichting om 120 opleidings- en trainingsuren per jaar vol te maken."),
    ("S21", "Volkskrant 07-2018",
     "https://www.volkskrant.nl/nieuws-achtergrond/terreur-dreiging-dan-zet-het-leger-reservisten-in-voor-beveiliging~b22909bd/",
     "Reservisten zijn veelal afgezwaaide oud-militairen of jongeren die de functie combineren met een "
     "studie of reguliere baan."),
    ("S22", "CBS news 2019/38 (flows 2015-2017)",
     "https://www.cbs.nl/nl-nl/nieuws/2019/38/terugloop-defensiepersoneel-neemt-af",
     "In 2017 vertrokken ruim 4,5 duizend personeelsleden bij Defensie. Met een instroom van ruim 4,2 "
     "duizend personen [...] In 2017 telde Defensie bijna 54 duizend personeelsleden."),
    ("S42", "Hart van Nederland 03-2025",
     "https://www.hartvannederland.nl/politiek/beleid/artikelen/defensie-dienjaar-uitbreiding-reservisten-jongeren-rusland",
     "Ronald Rutten is 63 jaar, maar hij mag hij niet langer als reservist voor het leger werken."),
    ("S46", "AWVN podcast description 21-10-2025",
     "https://castbox.fm/episode/Stijgend-aantal-reservisten-heeft-gevolgen-voor-werkgevers%3A-%E2%80%98Zorgen%2C-want-werk-gaat-gewoon-door%E2%80%99-id2483671-id858644551",
     "Defensie heeft in dit jaar al ruim vierduizend sollicitaties voor een opleiding ontvangen, dat zijn "
     "er flink meer dan de ruim drieduizend over heel 2024."),
    ("S24", "I&O Research / LISA via noventas.mobi (2018)",
     "https://noventas.mobi/index.php/waar-zijn-de-militairen-gelegerd/",
     "Bovenaan staat Den Helder met bijna 7.000 banen, ruim 27 procent van de totale werkgelegenheid in de "
     "gemeente. Daarna volgen Oirschot (26 procent), Westerveld (21 procent) en Woensdrecht (17 procent). "
     "Utrecht en Den Haag hebben natuurlijk veel defensiebanen (beide rond de 3.300) [...] In de afgelopen 20 "
     "jaar nam de werkgelegenheid bij defensie af van bijna 68.000 in 1996 naar 48.700 in 2017. [...] Voor de "
     "gemeente Weert was de impact het grootst: met de sluiting van de Koninklijke Militaire School verdwenen "
     "bijna 1.000 banen"),
    ("S25", "Rijksoverheid 04-07-2025",
     "https://www.rijksoverheid.nl/actueel/nieuws/2025/07/04/samenwerking-voor-groei-van-kazernes-op-de-veluwe",
     "Op dit moment werken er ruim 2.000 mensen op de kazerne in Stroe en 1.000 in Ermelo."),
    ("S26", "Omroep Brabant 05-2024",
     "https://www.omroepbrabant.nl/nieuws/4470713/dreiging-uit-rusland-zet-vliegbasis-gilze-rijen-in-volle-oorlogsmodus",
     "de 1400 medewerkers van vliegbasis Gilze-Rijen"),
    ("S27", "BN DeStem 10-2017",
     "https://www.bndestem.nl/bergen-op-zoom/commandant-vliegbasis-woensdrecht-zwaait-af~a84b8da9/",
     "Vliegbasis Woensdrecht, met circa 2.000 banen de grootste lokale werkgever."),
    ("S28", "Vliegende Hollander (KLu) 2015",
     "https://magazines.defensie.nl/vliegendehollander/2015/01/vliegbewegingen-eindhoven-2014",
     "Op de vliegbasis verdienen 1.200 man hun boterham"),
    ("S29", "NRC 06-02-2023",
     "https://www.nrc.nl/nieuws/2023/02/06/kazerne-in-assen-blijft-toch-open-militaire-school-verhuist-naar-havelte-a4156263",
     "Assen is de thuisbasis van het 13 Infanteriebataljon [...] goed voor zo'n duizend banen. [...] waardoor "
     "zo'n zeshonderd banen uit de provincie Drenthe verdwijnen."),
    ("S30", "De Stadsbron 02-2022", "https://destadsbron.nl/nl/de_Bernhardkazerne",
     "Nu herbergt de kazerne, waar dagelijks zo'n 1500 militairen en medewerkers rondlopen, het grootste "
     "militaire opleidingscentrum van Nederland."),
    ("S31", "NOS 02-2020; NRC 03-2018",
     "https://nos.nl/artikel/2323000-in-vlissingen-kun-je-niet-meer-dan-je-wapen-schoonmaken-en-een-rondje-lopen.html ; "
     "https://www.nrc.nl/nieuws/2018/03/20/een-niet-terug-te-draaien-verhuizing-wat-moet-het-korps-mariniers-in-zeeland-a1596407",
     "de beslissing van het kabinet om de marinierskazerne in Doorn niet naar Vlissingen maar naar Nieuw "
     "Milligen bij Apeldoorn te verplaatsen\" (NOS) / \"de Utrechtse Van Braam Houckgeestkazerne (waar circa "
     "1.800 mariniers zitten) (NRC)"),
    ("S32", "marineschepen.nl 01-2018",
     "https://marineschepen.nl/dossiers/verhuizing-korps-mariniers-doorn-vlissingen.html",
     "De nieuwe kazerne is een samenvoeging van de voormalige Marinekazerne Vlissingen (in 2018 gesloten)"),
    ("S33", "NRC 09-01-2017",
     "https://www.nrc.nl/nieuws/2017/01/09/honderden-marechaussees-te-kort-op-schiphol-a1540333",
     "De bezetting van marechaussees op Schiphol bedraagt op dit moment 1800 man."),
    ("S55", "Rijksoverheid 26-03-2018",
     "https://www.rijksoverheid.nl/actueel/nieuws/2018/03/26/defensienota-sluiting-aantal-militaire-complexen-van-de-baan",
     "De Korporaal van Oudheusdenkazerne in Hilversum, de Joost Dourleinkazerne op Texel en de Koningin "
     "Wilhelminakazerne in Ossendrecht blijven open."),
]



# ------------------------------------------------------------------ persons by region (defence.csv)
# Persons at the workplace in December 2025 by labour-market region: located military and
# civilian staff at the main sites (LISA 2017 job counts and site figures from the news, each
# brought to 2025), 12% dispersed by population 15-74, scaled to 70,828 staff; the 9,172
# reservists split half by population 15-74 and half by the staff of the region (EST).
import csv
import math
import os

# Regions: jobs per inhabitant of small gemeenten outside defence (EST 0.45; checked on Woensdrecht)
JOBS_PER_INHABITANT_SMALL = 0.45
# Scale of a location figure to the 2025 level, by the year it refers to (EST). LISA 2017:
# 70,828 employees 2025 / 48,700 defence jobs 2017 (S24) = 1.454.
LISA_2017_TOTAL = 48_700
SCALE = {"LISA2017": None, "pre2020": 1.15, "2020-23": 1.10, "2024-25": 1.00, "EST2025": 1.00}
DISPERSED_SHARE = 0.12       # EST share of employees in dispersed posts (KMar brigades, recruitment,
                             # DBBO, small sites), split by population 15-74
RES_BY_POP = 0.5             # EST: reservists split half by population 15-74, half by garrison employees

# Locations: (gemeente or label, AM region, value, basis, civilian share, status, source)
# value: persons/jobs at the location in the year of `basis`; "share:x" = defence share x of all
# jobs in the gemeente (LISA 2017, S24), turned into jobs with JOBS_PER_INHABITANT_SMALL.
# Civilian shares are EST (HQ/materiel/shipyard sites high, barracks low).
LOCATIONS = [
    ("Den Helder (naval base, Marinebedrijf, De Kooy)", "Den Helder", 7000, "LISA2017", 0.35, "SRC", "S24 LISA 2017 via I&O Research: 'Den Helder met bijna 7.000 banen'"),
    ("Den Haag (ministry, staffs, Frederikkazerne)", "'s-Gravenhage", 3300, "LISA2017", 0.55, "SRC", "S24 'Utrecht en Den Haag ... beide rond de 3.300'"),
    ("Haaglanden other (Rijswijk etc.)", "AM21", 300, "LISA2017", 0.40, "EST", "EST"),
    ("Utrecht (Kromhoutkazerne: army staff, DMO/COMMIT)", "Utrecht", 3300, "LISA2017", 0.55, "SRC", "S24 (see above)"),
    ("Doorn (mariniers, Van Braam Houckgeestkazerne)", "Utrechtse Heuvelrug", 1800, "2020-23", 0.05, "SRC", "S31 NOS 2020 / NRC 2018: 'circa 1.800 mariniers'; move to Nieuw Milligen (AM06) decided 2020"),
    ("Zeist / Huis ter Heide / De Bilt", "AM13", 300, "EST2025", 0.20, "EST", "EST"),
    ("Amersfoort (Bernhardkazerne)", "Amersfoort", 1500, "2020-23", 0.15, "SRC", "S30 De Stadsbron 2022: 'dagelijks zo'n 1500 militairen en medewerkers'"),
    ("Soest/Soesterberg, Leusden", "AM14", 500, "EST2025", 0.25, "EST", "EST"),
    ("Oirschot (13 Lichte Brigade, OCRIJ)", "Oirschot", "share:0.26", "LISA2017", 0.10, "SRC", "S24 'Oirschot (26 procent)'"),
    ("Eindhoven air base", "Eindhoven", 1200, "pre2020", 0.15, "SRC", "S28 KLu 2015: 'Op de vliegbasis verdienen 1.200 man hun boterham'"),
    ("Havelte (Westerveld; 43 Mech. Brigade)", "Westerveld", "share:0.21", "LISA2017", 0.10, "SRC", "S24 'Westerveld (21 procent)'"),
    ("Havelte: 45 Pantserinfanteriebataljon leaves Drenthe", "Westerveld", -600, "2020-23", 0.0, "SRC", "S29 NRC 2023: 'zo'n zeshonderd banen uit de provincie Drenthe'"),
    ("Oldebroek/'t Harde (artillery), Wezep (genie), Zwolle", "AM36", 1500, "EST2025", 0.12, "EST", "EST"),
    ("Woensdrecht air base and logistics centre", "Woensdrecht", "share:0.17", "LISA2017", 0.35, "SRC", "S24 'Woensdrecht (17 procent)'; S27 'circa 2.000 banen' (cross-check)"),
    ("Breda (KMA) and Roosendaal (KCT)", "AM25", 2200, "EST2025", 0.15, "EST", "EST"),
    ("Gilze-Rijen air base (helicopters)", "Gilze en Rijen", 1400, "2024-25", 0.15, "SRC", "S26 Omroep Brabant 2024: 'de 1400 medewerkers van vliegbasis Gilze-Rijen'"),
    ("Volkel air base, Vught, 's-Hertogenbosch", "AM27", 2000, "EST2025", 0.15, "EST", "EST (no figure found for Volkel)"),
    ("Stroe (Barneveld)", "Barneveld", 2000, "2024-25", 0.15, "SRC", "S25 Rijksoverheid 2025-07-04: 'werken er ruim 2.000 mensen op de kazerne in Stroe'"),
    ("Ede/Harskamp (Mauritskazerne, Oostdorp)", "Ede", 400, "EST2025", 0.15, "EST", "EST (Ede garrison left in 2010; small return)"),
    ("Ermelo", "Ermelo", 1000, "2024-25", 0.15, "SRC", "S25 'en 1.000 in Ermelo'"),
    ("Apeldoorn (KMar training centre, Kleiberg), Harderwijk", "AM06", 1800, "EST2025", 0.25, "EST", "EST"),
    ("Arnhem/Schaarsbergen (11 Luchtmobiele Brigade), Deelen", "AM07", 2500, "EST2025", 0.10, "EST", "EST (no figure found)"),
    ("Assen (Johan Willem Frisokazerne)", "Assen", 1000, "2020-23", 0.20, "SRC", "S29 NRC 2023: 'goed voor zo'n duizend banen'"),
    ("Zoutkamp/Marnewaard, Groningen", "AM01", 400, "EST2025", 0.15, "EST", "EST"),
    ("Leeuwarden air base, Vliehors", "AM02", 1500, "EST2025", 0.15, "EST", "EST (no figure found)"),
    ("Schiphol (KMar)", "Haarlemmermeer", 1800, "pre2020", 0.05, "SRC", "S33 NRC/RD 2017: 'Op Schiphol zijn 1800 marechaussees actief'"),
    ("Amsterdam (Marine Etablissement)", "AM18", 400, "EST2025", 0.40, "EST", "EST"),
    ("Rotterdam (marines, port KMar)", "AM22", 900, "EST2025", 0.15, "EST", "EST"),
    ("Vlissingen (marine barracks closed 2018)", "AM24", 150, "EST2025", 0.30, "EST", "S32 marineschepen.nl: 'Marinekazerne Vlissingen (in 2018 gesloten)'; remainder EST"),
    ("Hilversum (Korporaal van Oudheusdenkazerne)", "Hilversum", 500, "EST2025", 0.30, "EST", "S55 Rijksoverheid 2018: Korporaal van Oudheusdenkazerne stays open; size EST"),
    ("Maastricht/Brunssum", "AM30", 500, "EST2025", 0.30, "EST", "EST"),
    ("Weert (KMS closed; Weerterheide)", "AM33", 300, "EST2025", 0.20, "EST", "S24 'met de sluiting van de Koninklijke Militaire School verdwenen bijna 1.000 banen'; remainder EST"),
    ("Venlo / De Peel (Venray)", "AM29", 400, "EST2025", 0.20, "EST", "EST"),
    ("Flevoland (Lelystad)", "AM11", 150, "EST2025", 0.30, "EST", "EST"),
]



def _read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _largest_remainder(values, total):
    s = sum(values)
    raw = [v / s * total for v in values]
    fl = [int(math.floor(v)) for v in raw]
    for i in sorted(range(len(raw)), key=lambda i: (-(raw[i] - fl[i]), i))[: total - sum(fl)]:
        fl[i] += 1
    return fl


def regional_personnel(shared):
    """Persons (military, civilian and reservist) by region, integers summing to personnel_total(),
    and per region the locations it holds (label, persons in 2025 before the common scaling,
    SRC/EST)."""
    am = _read_csv(os.path.join(shared, "arbeidsmarktregios.csv"))
    regions = [r["am_code"] for r in am]
    pop = {r["am_code"]: float(r["EST_pop_15_74_2024"]) for r in am}
    gm = {r["gm_name"]: r for r in _read_csv(os.path.join(shared, "gemeenten_arbeidsmarktregio.csv"))}
    staff = PERSONNEL["military"][0] + PERSONNEL["civilian"][0]
    scale = dict(SCALE)
    scale["LISA2017"] = staff / LISA_2017_TOTAL
    located = {r: 0.0 for r in regions}
    where_located = {r: [] for r in regions}
    for label, where, value, basis, _civilian_share, status, _src in LOCATIONS:
        reg = gm[where]["am_code"] if where in gm else where
        if isinstance(value, str) and value.startswith("share:"):
            share = float(value.split(":")[1])
            value = share / (1 - share) * JOBS_PER_INHABITANT_SMALL * float(gm[where]["pop_2021_pc4"])
        located[reg] += value * scale[basis]
        where_located[reg].append((label, value * scale[basis], status))
    dispersed = DISPERSED_SHARE * staff
    k = (staff - dispersed) / sum(located.values())
    total_pop = sum(pop.values())
    staff_r = {r: located[r] * k + dispersed * pop[r] / total_pop for r in regions}
    reservists = PERSONNEL["reservist"][0]
    res_r = {r: reservists * (RES_BY_POP * pop[r] / total_pop + (1 - RES_BY_POP) * staff_r[r] / staff)
             for r in regions}
    persons = _largest_remainder([staff_r[r] + res_r[r] for r in regions], personnel_total())
    return dict(zip(regions, persons)), where_located, k


def stream_rows():
    """Rows of defence_streams.csv."""
    rows = []
    for s in STREAMS:
        status = "SRC" if PERSONNEL[s][1] == "SRC" and OUTFLOW_RATE[s][1] == "SRC" else "EST"
        rows.append([s, str(PERSONNEL[s][0]), "%.3f" % OUTFLOW_RATE[s][0], "%.2f" % GROWTH_SHARE[s][0],
                     "%.2f" % CIVILIAN_JOB_SHARE[s], "%.3f" % CIVILIAN_HOURS_SERVED[s], status])
    return rows


def recruitment_rows():
    """Rows of defence_recruitment.csv."""
    return [[str(y)] + [str(RECRUITMENT[y][s]) for s in STREAMS] + ["EST"] for y in sorted(RECRUITMENT)]


def personnel_total():
    return sum(PERSONNEL[s][0] for s in STREAMS)


def capacity_path(last_year):
    """Personnel by stream in December of each year when every stream recruits at capacity from
    December 2025 (monthly, as the lever computes it): the ceiling the checks report."""
    stock = {s: float(PERSONNEL[s][0]) for s in STREAMS}
    path = {}
    for year in range(2026, last_year + 1):
        cap = RECRUITMENT[min(year, max(RECRUITMENT))]
        for _ in range(12):
            for s in STREAMS:
                stock[s] = stock[s] * (1.0 - OUTFLOW_RATE[s][0] / 12.0) + cap[s] / 12.0
        path[year] = dict(stock)
    return path


def sources_section():
    """SOURCES.md section of defence_streams.csv and defence_recruitment.csv."""
    L = []
    add = L.append
    n = lambda v: "{:,.0f}".format(v)  # noqa: E731
    add("### defence_streams.csv and defence_recruitment.csv")
    add("Defensie counts its people in three streams: **military** (beroepsmilitairen, dienjaar participants")
    add("included), **civilian** (burgerpersoneel) and **reservist** (all reservists). The three sum to")
    add("defence.csv's %s persons of December 2025. Written by `scripts/defence_streams.py`, which holds" % n(personnel_total()))
    add("every figure as a constant next to its source; `status` is SRC where the stream's personnel and")
    add("outflow are published figures, EST otherwise (the notes below give the method).")
    add("")
    add("The 45,000 military and the aim of 56,000 rest on one secondary source (S04, on figures NOS obtained).")
    add("")
    add("`defence_streams.csv`, one row per stream:")
    add("")
    add("| column | military | civilian | reservist | source or method |")
    add("|---|---|---|---|---|")
    add("| `personnel` (1 Dec 2025) | %s | %s | %s | %s; %s; %s |" % (
        n(PERSONNEL["military"][0]), n(PERSONNEL["civilian"][0]), n(PERSONNEL["reservist"][0]),
        PERSONNEL["military"][2], PERSONNEL["civilian"][2], PERSONNEL["reservist"][2]))
    add("| `outflow_rate` (a year) | %.3f | %.3f | %.3f | %s; %s; %s |" % (
        OUTFLOW_RATE["military"][0], OUTFLOW_RATE["civilian"][0], OUTFLOW_RATE["reservist"][0],
        OUTFLOW_RATE["military"][2], OUTFLOW_RATE["civilian"][2], OUTFLOW_RATE["reservist"][2]))
    add("| `growth_share` | %.2f | %.2f | %.2f | %s; %s; %s |" % (
        GROWTH_SHARE["military"][0], GROWTH_SHARE["civilian"][0], GROWTH_SHARE["reservist"][0],
        GROWTH_SHARE["military"][2], GROWTH_SHARE["civilian"][2], GROWTH_SHARE["reservist"][2]))
    add("| `civilian_job_share` | 0 | 0 | %.2f | %s |" % (CIVILIAN_JOB_SHARE["reservist"], CIVILIAN_JOB_NOTE))
    add("| `civilian_hours_served` | 0 | 0 | %.3f | %s |" % (CIVILIAN_HOURS_SERVED["reservist"], CIVILIAN_HOURS_NOTE))
    add("")
    add("`defence_recruitment.csv` gives, per year and stream, the **gross recruits a year at most**: what")
    add("training capacity and the labour market allow (Defensie names training capacity as its main")
    add("bottleneck, S02). The last year holds after the table. All rows are EST: 2025 is the year's inflow")
    add("derived from the net growth (+5,567, S03) and the outflow rates; from 2026 the path rises to")
    add("Defensie's aim of at least 9,000 military recruits a year from 2029 (S05), which counts reservists and")
    add("dienjaar entries (S02): military 5,600, 6,000, 6,500, then 7,000 (an estimate: 9,000 less about 2,000")
    add("reservist entries); civilians 3,800 (the 2024-2025 level, S06, plus 5%); reservists 2,500, 3,000, then")
    add("3,500 (the 2025 inflow of about 1,900 rising with applications, S46, and the weerbaarheidstraining after")
    add("which trainees become reservists, S13). It is an upper path: from 2029 its 7,000 military and 3,500")
    add("reservists are 1,500 above Defensie's own aim of 9,000 for the two, and Defensie missed its own")
    add("military recruitment aim in 2024 (1,884 against 2,500 in a half-year, S02).")
    add("")
    path = capacity_path(2035)
    add("Personnel when every stream recruits at this capacity from December 2025 (the ceiling of the")
    add("`defence_expansion` lever; docs/levers.md):")
    add("")
    add("| December | military | civilian | reservist | total |")
    add("|---|---|---|---|---|")
    for year in (2026, 2028, 2030, 2035):
        p = path[year]
        add("| %d | %s | %s | %s | %s |" % (year, n(p["military"]), n(p["civilian"]), n(p["reservist"]),
                                          n(sum(p.values()))))
    add("")
    within_2030 = path[2030]["military"] >= 56_000 and path[2030]["reservist"] >= 20_000
    within_2035 = sum(path[2035].values()) >= 200_000
    add("Defensie's 2030 aims (56,000 military, 20,000 reservists) %s this ceiling (the reservists with a"
        % ("lie within" if within_2030 else "do not lie within"))
    add("margin of %s); the ambition of 200,000 (S13, no year published) %s within it by 2035."
        % (n(path[2030]["reservist"] - 20_000), "lies" if within_2035 else "does not lie"))
    add("")
    add("| id | source | URL | exact text used |")
    add("|---|---|---|---|")
    for sid, title, url, quote in SOURCES:
        add("| %s | %s | %s | \"%s\" |" % (sid, title, url, quote))
    add("")
    return L
