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
    "military": (0.069, "EST", "2025 outflow ~3,016 (S02's half-year 1,603 scaled to the 2025 "
                 "stock) / 43,800 mean personnel; 7.5% in 2024 (S02 1,603 x 2 / 42,700)"),
    "civilian": (0.070, "EST", "7% a year, the civilian rate of CBS's flows 2015-2017 (S22: "
                 "4,540 leaving of ~54,000 persons, 8.4% for all staff, civilians below)"),
    "reservist": (0.064, "EST", "2024: ~460 leaving of ~7,200 (S10 'bijna 7500' Sep 2024, S03 "
                  "9,172 Dec 2025 with 'ruim 1400' added in 2025)"),
}

# Each stream's share of the growth when a target is given as one total: Defensie's plan to 2030
# adds about 11,000 military (45,000 to 56,000, S04) and about 10,800 reservists (9,172 to
# 20,000, S09) and holds the civilian posts (100,000 less those two targets leaves 24,000-26,000
# for civilians, about today's 25,828): half military, half reservists (EST).
GROWTH_SHARE = {
    "military": (0.50, "EST", "S04 +11,000 military of the plan's +20,000 (S12)"),
    "civilian": (0.00, "EST", "civilian posts held (100,000 - 56,000 - 20,000 = 24,000, about today's 25,828)"),
    "reservist": (0.50, "EST", "S09 +10,828 reservists of the plan's +20,000 (S12)"),
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
]


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
    add("dienjaar entries (S02): military 5,600, 6,000, 6,500, then 7,000 (9,000 less about 2,000 reservist")
    add("and dienjaar entries); civilians 3,800 (the 2024-2025 level, S06, plus 5%); reservists 2,500, 3,000,")
    add("then 3,500 (the 2025 inflow of about 1,900 rising with applications, S46, and the weerbaarheidstraining")
    add("after which trainees become reservists, S13). It is an upper path: Defensie missed its own military")
    add("recruitment aim in 2024 (1,884 against 2,500 in a half-year, S02).")
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
    add("Defensie's 2030 aim (100,000: 56,000 military, 20,000 reservists) lies within this ceiling; the")
    add("ambition of 200,000 (S13, no year published) does not lie within it by 2035.")
    add("")
    add("| id | source | URL | exact text used |")
    add("|---|---|---|---|")
    for sid, title, url, quote in SOURCES:
        add("| %s | %s | %s | \"%s\" |" % (sid, title, url, quote))
    add("")
    return L
