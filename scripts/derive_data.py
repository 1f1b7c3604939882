#!/usr/bin/env python3
"""Derive lmsim's default data set (scenarios/data/*.csv and SOURCES.md).

Inputs: the public facts in shared/data (see its README.md for the original sources) and a few
published figures kept as constants below with their source (AOW rule, CBS life expectancy at 65,
births, the CBS population forecast's migration, the Utrecht figures of the AIZ infographic
provincie Utrecht of June 2025, the job-to-job rates of CBS quoted in InZicht Magazine AIZ of
June 2025). Where labour migrants arrive (labour_migrant_regions.csv) is estimated by
scripts/labour_migrant_regions.py, from the files written here and its own published figures.
Python 3 standard library only. The output is deterministic: rerunning gives byte-identical files.

Usage: python3 scripts/derive_data.py [--shared DIR] [--out DIR]
  --shared  directory with the shared facts (default: ../shared/data relative to the repo root)
  --out     output directory (default: scenarios/data in the repo root)

Every estimate below carries a comment saying what it is based on; SOURCES.md (written by this
script) lists the source, period and status (exact / estimated) of every file and column, and
the consistency checks the script verified.
"""

import argparse
import csv
import io
import math
import os
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------------------------------------
# National 2025 targets (reference date of the starting stocks: 2025-01)
# ---------------------------------------------------------------------------------------------
POP_TARGET = 13_600_000.0      # population 15..74, 1-1-2025 (CBS longread, nl_facts.csv)
EMP_TARGET = 9_850_000.0       # werkzame beroepsbevolking incl. self-employed (2025, nl_facts)
UNEMP_TARGET = 390_000.0       # unemployed (2025, nl_facts: 387k Apr 2025, 3.8%)
VAC_TARGET = 389_000.0         # open vacancies end 2025Q2 (nl_facts)
DEF_TARGET = 80_000            # defence personnel incl. civilians and reservists, Dec 2025
INACTIVE_POTENTIAL_TARGET = 420_000.0  # EST: CBS semi-unemployed (no work, seeking or available but not both): 436k 2017Q2, 381k 2021Q2; between the two
CARE_VACANCIES = 68_000.0      # vacancies in care (zorg en welzijn), 2025Q2 (nl_facts)
DEATHS_TARGET = 49_000.0       # deaths 15..74 per year (2024, nl_facts)
EMIGRATION_TARGET = 186_000.0  # emigration 15..74 per year (2024, nl_facts)
IMMIGRATION_TOTAL = 277_000.0  # immigration 15..74 per year (2024, nl_facts)
TURNED_15 = 197_000.0          # persons turning 15 per year (2024, nl_facts)
RETIREMENTS_TARGET = 93_000.0  # employees retiring per year (2024, nl_facts)
RETIRE_AT_AOW_SHARE = 0.40     # share of those retiring at exactly 67 (2024, nl_facts)
NEW_VAC_PER_QUARTER = 347_000.0  # new vacancies 2025Q2 (nl_facts), to turn a stock into a flow
UTRECHT_EMPLOYED = 921_000.0   # AIZ infographic provincie Utrecht, June 2025 (InZicht Magazine AIZ)
UTRECHT_UNEMPLOYED = 33_000.0
UTRECHT_VACANCIES = 102_110.0
ZZP_NATIONAL = 0.12            # zzp share of the employed: CBS 85278NED, 1,230k zzp in 2023 of about 9.8 million employed (12.5%), rounded

AGES = list(range(15, 75))
EDU = ["low", "mid", "high"]
OCC = ["BRC%02d" % i for i in range(1, 14)] + ["DEF"]
BRC = OCC[:13]

# The official names of the BRC 2014 classes (CBS, Beroepenindeling ROA-CBS 2014), with their
# punctuation and diacritics; shared/data spells them without (see check_official_names).
OCC_NAMES = {
    "BRC01": ("Pedagogische beroepen", "Education and childcare occupations"),
    "BRC02": ("Creatieve en taalkundige beroepen", "Creative and linguistic occupations"),
    "BRC03": ("Commerciële beroepen", "Commercial and sales occupations"),
    "BRC04": ("Bedrijfseconomische en administratieve beroepen",
              "Business economics and administrative occupations"),
    "BRC05": ("Managers", "Managers"),
    "BRC06": ("Openbaar bestuur, veiligheid en juridische beroepen (excl. defensie)",
              "Public administration, security and legal occupations (excl. defence)"),
    "BRC07": ("Technische beroepen", "Technical occupations"),
    "BRC08": ("ICT beroepen", "ICT occupations"),
    "BRC09": ("Agrarische beroepen", "Agricultural occupations"),
    "BRC10": ("Zorg en welzijn beroepen", "Care and welfare occupations"),
    "BRC11": ("Dienstverlenende beroepen", "Service occupations"),
    "BRC12": ("Transport en logistiek beroepen", "Transport and logistics occupations"),
    "BRC13": ("Beroepsklasse overig/onbekend", "Other or unknown occupations"),
    "DEF": ("Defensie (militairen, burgerpersoneel en reservisten)",
            "Defence (military personnel, civilians and reservists)"),
}

# occupations.csv estimates (documented in SOURCES.md; reasoning next to each number)
WEEKLY_HOURS = {  # average contract hours per week of persons working in the occupation
    "BRC01": 26.5,  # teachers ~30 h, childcare and teaching assistants ~24 h; mostly women
    "BRC02": 28.5,  # many part-time freelancers
    "BRC03": 27.0,  # shop staff largely part-time
    "BRC04": 31.5,  # office work, mixed
    "BRC05": 39.0,  # managers nearly all full-time
    "BRC06": 35.0,  # police, policy officials, lawyers: mostly full-time
    "BRC07": 37.0,  # technical: mostly men, full-time
    "BRC08": 37.5,  # ICT: mostly full-time
    "BRC09": 35.0,  # agrarian: long hours for farmers, seasonal part-time for workers
    "BRC10": 25.5,  # care: very high part-time share (women ~ 85%)
    "BRC11": 23.5,  # services (cleaning, catering, hairdressing): small contracts
    "BRC12": 32.5,  # drivers full-time, warehouse staff mixed
    "BRC13": 28.0,  # other/unknown: national part-time mix
    "DEF": 38.5,    # military full-time; reservists' hours are their civilian job's hours
}
ZZP_RAW = {  # share self-employed without staff (scaled below so the national mean is 12%)
    "BRC01": 0.07, "BRC02": 0.38, "BRC03": 0.09, "BRC04": 0.08, "BRC05": 0.08, "BRC06": 0.06,
    "BRC07": 0.20, "BRC08": 0.15, "BRC09": 0.25, "BRC10": 0.10, "BRC11": 0.14, "BRC12": 0.07,
    "BRC13": 0.10, "DEF": 0.0,
}
# Heavy work (RVU eligibility). No table gives the RVU-eligible share by occupation: what counts
# as heavy work is set per collective agreement (cao) or sector scheme and validated by a
# third party (SZW letter, Kamerstuk 32043 nr. 685, May 2025). The closest published measure by
# occupation is the CBS/TNO NEA indicator 'regelmatig veel kracht zetten' (regularly exert a lot
# of force, % of employees), StatLine 84435NED (BRC 2014). Published NEA 2021 values:
NEA2021_HEAVY_TOTAL = 18.2       # "Totaal 2021 18,2"
NEA2021_HEAVY_BRC01 = 7.9        # "01 Pedagogische beroepen 2021 7,9"
NEA2021_HEAVY_LEVEL = {1: 35.6, 2: 29.0, 3: 13.6, 4: 4.6, "unknown": 26.3}  # by ISCO skill level
NEA2020_HEAVY_CONSTRUCTION = 31.0  # NEA 2020 by sector: "in de bouw ... veel kracht (31%)" (vzinfo.nl)
# The rows of BRC02..BRC13 were not available: each class takes the NEA figure of the skill
# level (or sector) of the bulk of its employees (SRC for BRC01 only, EST for the others).
_L = NEA2021_HEAVY_LEVEL
HEAVY_WORK_PROXY = {  # occupation: (NEA %, basis)
    "BRC02": (_L[4], "skill level 4 (desk work)"),
    "BRC03": (_L[3], "skill level 3 (shop staff with office work)"),
    "BRC04": (_L[4], "skill level 4 (desk work)"),
    "BRC05": (_L[4], "skill level 4 (desk work)"),
    "BRC06": (_L[3], "skill level 3 (police and security with office and legal work)"),
    "BRC07": (NEA2020_HEAVY_CONSTRUCTION, "construction sector 2020 (construction, metal, installation trades)"),
    "BRC08": (_L[4], "skill level 4 (desk work)"),
    "BRC09": (_L[1], "skill level 1 (elementary field and greenhouse work)"),
    "BRC10": ((_L[2] + _L[3]) / 2, "mean of skill levels 2 and 3 (carers with nurses)"),
    "BRC11": ((_L[1] + _L[2]) / 2, "mean of skill levels 1 and 2 (cleaners, kitchen staff)"),
    "BRC12": ((_L[1] + _L[2]) / 2, "mean of skill levels 1 and 2 (order pickers, drivers)"),
    "BRC13": (_L["unknown"], "skill level unknown"),
}
# DEF: professional military (statutory age discharge, counted by UWV among RVU starts),
# 45,000 of 80,000 defence personnel (NOS figures, December 2025).
DEF_PROFESSIONAL_MILITARY = 45_000


def heavy_work_shares(occ_total):
    """Heavy-work share per occupation and the common scale factor of the proxies.

    BRC01 is the published NEA value (SRC). BRC02..BRC13 take their proxy times one factor s
    chosen so that the employment-weighted mean over BRC01..BRC13 is the published NEA total
    (EST). DEF is the share of professional military (EST). Rounded to 3 decimals.
    """
    civil = sum(occ_total[o] for o in BRC)
    rest = sum(occ_total[o] * HEAVY_WORK_PROXY[o][0] for o in BRC if o != "BRC01")
    s = (NEA2021_HEAVY_TOTAL * civil - occ_total["BRC01"] * NEA2021_HEAVY_BRC01) / rest
    heavy = {"BRC01": round(NEA2021_HEAVY_BRC01 / 100.0, 3)}
    for o in BRC[1:]:
        heavy[o] = round(HEAVY_WORK_PROXY[o][0] * s / 100.0, 3)
    heavy["DEF"] = round(DEF_PROFESSIONAL_MILITARY / DEF_TARGET, 3)
    return heavy, s


# The official names of the SBI 2008 sections (CBS, Standaard Bedrijfsindeling 2008), with their
# punctuation and diacritics; shared/data spells them without (see check_official_names).
SECTOR_NL = {
    "A": "Landbouw, bosbouw en visserij", "B": "Delfstoffenwinning", "C": "Industrie",
    "D": "Energievoorziening", "E": "Waterbedrijven en afvalbeheer", "F": "Bouwnijverheid",
    "G": "Handel", "H": "Vervoer en opslag", "I": "Horeca", "J": "Informatie en communicatie",
    "K": "Financiële dienstverlening", "L": "Verhuur en handel van onroerend goed",
    "M": "Specialistische zakelijke diensten", "N": "Verhuur en overige zakelijke diensten",
    "O": "Openbaar bestuur en overheidsdiensten", "P": "Onderwijs",
    "Q": "Gezondheids- en welzijnszorg", "R": "Cultuur, sport en recreatie",
    "S": "Overige dienstverlening",
}
SECTOR_EN = {
    "A": "Agriculture, forestry and fishing", "B": "Mining and quarrying", "C": "Manufacturing",
    "D": "Electricity and gas supply", "E": "Water supply and waste management",
    "F": "Construction", "G": "Wholesale and retail trade", "H": "Transportation and storage",
    "I": "Accommodation and food services", "J": "Information and communication",
    "K": "Financial services", "L": "Real estate", "M": "Professional, scientific and technical",
    "N": "Administrative and support services", "O": "Public administration and defence",
    "P": "Education", "Q": "Human health and social work", "R": "Arts, entertainment and recreation",
    "S": "Other service activities",
    "TU": "Households; extraterritorial organisations; unknown (residual)",
}

# Prior sector x occupation mix (percent of the sector's employment; renormalised, then RAS).
# Judgement from the content of the BRC classes and SBI sections; see SOURCES.md.
SECTOR_OCC_PRIOR = {
    #      01   02   03   04   05   06   07   08   09   10   11   12   13  DEF
    "A":  [0.2, 0.5, 4.0, 5.0, 4.0, 0.3, 8.0, 0.5, 65., 0.5, 2.0, 6.0, 4.0, 0],
    "B":  [0.0, 1.0, 3.0, 15., 8.0, 2.0, 50., 5.0, 1.0, 0.0, 2.0, 8.0, 5.0, 0],
    "C":  [0.2, 2.0, 7.0, 13., 6.0, 0.5, 50., 4.0, 1.0, 0.3, 3.0, 9.0, 4.0, 0],
    "D":  [0.0, 1.0, 8.0, 20., 8.0, 3.0, 40., 10., 0.0, 0.0, 2.0, 3.0, 5.0, 0],
    "E":  [0.0, 0.0, 3.0, 12., 6.0, 2.0, 35., 3.0, 2.0, 0.0, 8.0, 25., 4.0, 0],
    "F":  [0.0, 1.5, 4.0, 9.0, 6.0, 0.5, 68., 1.5, 0.5, 0.0, 1.0, 4.0, 4.0, 0],
    "G":  [0.0, 2.0, 42., 13., 7.0, 0.5, 8.0, 4.0, 1.0, 0.5, 3.0, 15., 4.0, 0],
    "H":  [0.0, 0.0, 5.0, 14., 5.0, 1.0, 7.0, 3.0, 0.0, 0.0, 3.0, 58., 4.0, 0],
    "I":  [0.0, 1.0, 8.0, 4.0, 6.0, 0.0, 2.0, 0.0, 0.0, 0.0, 72., 2.0, 5.0, 0],
    "J":  [0.0, 15., 12., 13., 8.0, 1.0, 2.0, 45., 0.0, 0.0, 0.0, 0.0, 4.0, 0],
    "K":  [0.0, 1.0, 12., 55., 10., 5.0, 0.0, 12., 0.0, 0.0, 1.0, 0.0, 4.0, 0],
    "L":  [0.0, 2.0, 30., 35., 10., 3.0, 8.0, 2.0, 0.0, 0.0, 5.0, 0.0, 5.0, 0],
    "M":  [0.5, 7.0, 5.0, 35., 8.0, 12., 15., 10., 0.5, 1.5, 1.0, 0.5, 4.0, 0],
    "N":  [0.5, 1.0, 7.0, 12., 3.0, 5.0, 17., 3.0, 3.0, 1.0, 25., 18., 6.0, 0],
    "O":  [1.0, 2.0, 2.0, 27., 5.0, 32., 5.0, 6.0, 0.5, 2.0, 3.0, 2.0, 4.0, 12.],
    "P":  [72., 2.0, 0.0, 8.0, 3.0, 1.0, 2.0, 2.0, 0.0, 3.0, 4.0, 0.0, 3.0, 0],
    "Q":  [6.0, 0.0, 0.5, 8.0, 2.0, 0.5, 1.0, 1.0, 0.0, 75., 5.0, 0.5, 3.0, 0],
    "R":  [10., 30., 10., 10., 5.0, 1.0, 3.0, 2.0, 2.0, 1.0, 20., 1.0, 5.0, 0],
    "S":  [2.0, 5.0, 8.0, 10., 3.0, 6.0, 5.0, 1.0, 0.0, 5.0, 50., 0.0, 5.0, 0],
    "TU": [8.0, 0.0, 3.0, 5.0, 0.0, 0.0, 5.0, 0.0, 2.0, 10., 50., 2.0, 15., 0],
}

# Regional modulation of the national occupation mix (labour_market.csv employed). Judgement
# from well-known regional specialisations (no regional occupation table in shared/data); the
# matrix is RAS-fitted afterwards, so national occupation totals and region totals stay exact.
REGION_OCC_FACTOR = {
    "AM01": {"BRC01": 1.05, "BRC10": 1.10, "BRC09": 1.30},            # university city + rural
    "AM02": {"BRC09": 2.00, "BRC07": 1.10, "BRC08": 0.70},            # dairy farming
    "AM03": {"BRC09": 1.80, "BRC07": 1.15, "BRC08": 0.70},
    "AM05": {"BRC07": 1.20, "BRC09": 1.30},                          # Twente industry
    "AM06": {"BRC09": 1.20},
    "AM07": {"BRC09": 0.80, "BRC10": 1.05},
    "AM08": {"BRC01": 1.10, "BRC10": 1.10, "BRC08": 1.10, "BRC09": 0.70},
    "AM09": {"BRC09": 1.80, "BRC07": 1.20, "BRC08": 0.70},
    "AM10": {"BRC09": 1.80, "BRC12": 1.30, "BRC08": 0.80},            # fruit growing, logistics
    "AM11": {"BRC09": 1.70, "BRC12": 1.20},                          # arable farming, logistics
    "AM12": {"BRC02": 1.50, "BRC05": 1.20, "BRC09": 0.50},            # media (Hilversum)
    "AM13": {"BRC08": 1.50, "BRC02": 1.20, "BRC04": 1.15, "BRC05": 1.15, "BRC06": 1.10,
             "BRC09": 0.40, "BRC07": 0.85},                           # services city
    "AM14": {"BRC08": 1.20, "BRC04": 1.10, "BRC09": 0.80},
    "AM15": {"BRC09": 2.00},                                         # bulbs, arable farming
    "AM17": {"BRC12": 1.10},
    "AM18": {"BRC08": 1.50, "BRC02": 1.60, "BRC04": 1.15, "BRC05": 1.15, "BRC06": 1.10,
             "BRC09": 0.30, "BRC07": 0.75},                           # capital, Schiphol
    "AM19": {"BRC09": 1.30, "BRC08": 1.05},                          # bulbs
    "AM20": {"BRC09": 1.50},
    "AM21": {"BRC06": 1.50, "BRC04": 1.10, "BRC08": 1.20, "BRC09": 1.20, "BRC07": 0.90},  # govt, Westland
    "AM22": {"BRC12": 1.30, "BRC07": 1.10},                          # port of Rotterdam
    "AM23": {"BRC07": 1.25, "BRC12": 1.10},                          # maritime industry
    "AM24": {"BRC09": 1.80, "BRC07": 1.15, "BRC12": 1.10, "BRC08": 0.70},
    "AM25": {"BRC12": 1.30, "BRC09": 1.30, "BRC07": 1.05},
    "AM26": {"BRC12": 1.35, "BRC09": 1.10},                          # Tilburg logistics
    "AM27": {"BRC09": 1.40, "BRC07": 1.10, "BRC12": 1.10},
    "AM28": {"BRC08": 1.40, "BRC07": 1.15, "BRC05": 1.05},            # Brainport Eindhoven
    "AM29": {"BRC09": 2.20, "BRC12": 1.50, "BRC07": 1.10, "BRC08": 0.70},  # Venlo, horticulture
    "AM30": {"BRC10": 1.10, "BRC09": 0.80},
    "AM32": {"BRC09": 1.60, "BRC07": 1.25},
    "AM33": {"BRC12": 1.10, "BRC09": 1.40, "BRC07": 1.10},
    "AM34": {"BRC09": 1.60},                                         # greenhouses
    "AM35": {"BRC12": 1.30, "BRC07": 1.15, "BRC09": 1.30},
    "AM36": {"BRC09": 1.40, "BRC07": 1.05},
    "AM37": {"BRC07": 1.15, "BRC09": 0.80},                          # IJmond steel
    "AM38": {"BRC09": 1.50, "BRC07": 1.05},
}

# Unemployment per employed person relative to the national mean, by (last) occupation.
UNEMP_FACTOR = {
    "BRC01": 0.70, "BRC02": 1.40, "BRC03": 1.30, "BRC04": 0.90, "BRC05": 0.60, "BRC06": 0.80,
    "BRC07": 0.90, "BRC08": 0.70, "BRC09": 1.10, "BRC10": 0.60, "BRC11": 1.50, "BRC12": 1.30,
    "BRC13": 2.00, "DEF": 0.30,
}
# Vacancies per employed person relative to the others (BRC10 is fixed at 68,000 instead).
VAC_TENSION = {
    "BRC01": 1.10, "BRC02": 0.60, "BRC03": 0.85, "BRC04": 0.75, "BRC05": 0.55, "BRC06": 0.80,
    "BRC07": 1.45, "BRC08": 1.50, "BRC09": 1.00, "BRC10": None, "BRC11": 1.25, "BRC12": 1.10,
    "BRC13": 0.50, "DEF": 1.40,
}
# Vacancies per 100 unemployed by province, 2025Q1 (nl_facts.csv); other provinces: national 101.
VAC_PER_100_UNEMP = {"Utrecht": 130.0, "Zeeland": 121.0, "Gelderland": 112.0, "Limburg": 109.0,
                     "Groningen": 69.0}
VAC_PER_100_NATIONAL = 101.0

# Labour migration by occupation (arrivals per year for work) and mean stay in years.
MIGRATION = {
    "BRC01": (800, 5.0), "BRC02": (600, 5.0), "BRC03": (1500, 4.0), "BRC04": (3000, 5.0),
    "BRC05": (800, 6.0), "BRC06": (300, 5.0), "BRC07": (20000, 3.5), "BRC08": (5000, 6.0),
    "BRC09": (14000, 2.0), "BRC10": (2500, 5.0), "BRC11": (9000, 3.0), "BRC12": (22000, 3.0),
    "BRC13": (500, 3.0), "DEF": (0, 1.0),
}

# ---------------------------------------------------------------------------------------------
# AOW age (aow_age.csv). Algemene Ouderdomswet art. 7a as amended by the Wet verandering koppeling
# AOW-leeftijd (Stb. 2020, 503): the AOW age of year t rises by 3 months when
#   V = 2/3 * (L - 20.64) - (P - 67) >= 0.25,
# L the CBS projection of the gender-neutral period life expectancy at 65 in year t, P the AOW
# age in year t-1 (years); it never falls, and is fixed 5 years ahead.
# ---------------------------------------------------------------------------------------------
AOW_LAW_MONTHS = {2025: 804, 2026: 804, 2027: 804,         # 67 years (law; nl_facts.csv)
                  2028: 807, 2029: 807, 2030: 807, 2031: 807}  # 67y3m (law; outlook_2025_2040.csv)
AOW_REFERENCE_LE = (2064, 100)   # 20.64 years, the law's reference life expectancy at 65
# CBS projection of the life expectancy at 65, in hundredths of a year: 20.96 for 2030 (CBS news
# Nov 2024 'Prognose levensverwachting 65-jarigen: 20,96 jaar in 2030') and 21.08 for 2031
# ('de prognose van 2024', quoted in CBS news Nov 2025 '65-jarige in 2031 leeft naar verwachting
# nog 21 jaar'); both from the Kernprognose 2024-2070. Later years are not in any source found:
# extended by the slope of those two years, +0.12 a year (EST; in line with the 0.10-0.15 a year
# an actuary (KPMG) cites in De Telegraaf).
AOW_LE65_HUNDREDTHS = {2030: 2096, 2031: 2108}
AOW_LE65_SLOPE_HUNDREDTHS = 12
# The Bevolkingsprognose 2023-2070 had 21.00 for 2030 ('de vorige prognose', CBS news Nov 2024):
# used only to show that the expected path does not depend on the vintage.
AOW_LE65_2023_VINTAGE_2030 = 2100

# ---------------------------------------------------------------------------------------------
# population_outlook.csv: entrants at 15, immigration and emigration aged 15-74, 2025-2040.
# ---------------------------------------------------------------------------------------------
OUTLOOK_YEARS = list(range(2025, 2041))
# Live births by year (CBS). 2010-2020: StatLine 37422ned 'Geboorte; kerncijfers'; 2022: 37422ned
# (167,504); 2021: '179 duizend' (CBS Statistische Trends 'Kernprognose 2022-2070', Dec 2022);
# 2023: 'ruim 164.000', 3,500 fewer than 2022 (CBS, as reported by Veldhovens Weekblad).
BIRTHS = {2010: 184397, 2011: 180060, 2012: 175959, 2013: 171341, 2014: 175181, 2015: 170510,
          2016: 172520, 2017: 169836, 2018: 168525, 2019: 169680, 2020: 168681, 2021: 179000,
          2022: 167504, 2023: 164000}
# 2024 and 2025: no CBS count of live births found (EST). 2024: 164,013 births of 28 weeks or more
# (live and stillborn; Staat van Volksgezondheid en Zorg, CBS SSB, provisional 2024) times the 2022
# ratio of live births to that count (167,504 / 165,365, CBS 37422ned). 2025: as 2024 (CBS Nov 2025:
# 125 thousand births in the first three quarters, about as many as a year earlier).
BIRTHS_28W_2024 = 164013
BIRTHS_28W_2022 = 165365
# Migration: CBS Bevolkingsprognose 2023-2070 (15 Dec 2023), StatLine 85751NED 'Prognose
# immigratie en emigratie; leeftijd, 2023-2070', all ages: (immigration, emigration incl.
# administrative corrections). The latest vintage whose migration path is found offline.
MIG_FORECAST = {2024: (323309, 201225), 2030: (308688, 241717), 2040: (309565, 248877)}
# Ages 15-74 in 2024 (nl_facts.csv: CBS longread De arbeidsmarkt in cijfers 2024) over all ages in
# 2024: immigration about 316,000 (CBS, Jul 2025, via ANP); emigration 205,000 incl.
# administrative corrections (De Telegraaf column, 2nd-hand; 316,000 minus net migration of about
# 110,000 (growth 103,000, natural growth about -6,000) gives about the same).
MIG_ALL_AGES_2024 = (316000, 205000)

# Education mix prior per occupation (low, mid, high) -- RAS-fitted to the employed mix below.
EDU_OCC_PRIOR = {
    "BRC01": (0.06, 0.30, 0.64), "BRC02": (0.07, 0.28, 0.65), "BRC03": (0.25, 0.50, 0.25),
    "BRC04": (0.10, 0.40, 0.50), "BRC05": (0.05, 0.27, 0.68), "BRC06": (0.07, 0.35, 0.58),
    "BRC07": (0.28, 0.52, 0.20), "BRC08": (0.04, 0.26, 0.70), "BRC09": (0.38, 0.45, 0.17),
    "BRC10": (0.08, 0.52, 0.40), "BRC11": (0.45, 0.45, 0.10), "BRC12": (0.42, 0.48, 0.10),
    "BRC13": (0.35, 0.40, 0.25), "DEF": (0.15, 0.55, 0.30),
}

# Occupational similarity (symmetric; default SIM_BASE) for occupational_mobility.csv.
SIM_BASE = 0.15
SIM_PAIRS = {
    ("BRC07", "BRC12"): 1.0, ("BRC07", "BRC09"): 0.8, ("BRC09", "BRC12"): 0.6,
    ("BRC07", "BRC08"): 0.5, ("BRC03", "BRC11"): 1.0, ("BRC03", "BRC04"): 0.8,
    ("BRC04", "BRC11"): 0.4, ("BRC11", "BRC12"): 0.6, ("BRC02", "BRC03"): 0.6,
    ("BRC01", "BRC10"): 1.0, ("BRC10", "BRC11"): 0.6, ("BRC01", "BRC02"): 0.5,
    ("BRC04", "BRC08"): 1.0, ("BRC05", "BRC08"): 0.8, ("BRC04", "BRC05"): 1.0,
    ("BRC04", "BRC06"): 0.8, ("BRC05", "BRC06"): 0.6, ("BRC02", "BRC08"): 0.5,
    ("BRC06", "DEF"): 1.0, ("BRC07", "DEF"): 0.8, ("BRC12", "DEF"): 0.8,
}
SIM_OTHER_BRC13 = 0.5  # BRC13 (other/unknown) is equally close to everything
SELF_WEIGHT = {o: 0.70 for o in OCC}
SELF_WEIGHT["DEF"] = 0.60

# Municipalities of the province of Utrecht (26 gemeenten, 2025), for the anchor comparison.
UTRECHT_PROVINCE_GM = [
    "GM0307", "GM0308", "GM0310", "GM0312", "GM0313", "GM0317", "GM0321", "GM0327", "GM0331",
    "GM0335", "GM0339", "GM0340", "GM0342", "GM0344", "GM0345", "GM0351", "GM0352", "GM0353",
    "GM0355", "GM0356", "GM0589", "GM0632", "GM0736", "GM1581", "GM1904", "GM1961",
]

# ---------------------------------------------------------------------------------------------
# Labour-demand outlook 2025-2040 (demand_outlook.csv, demand_outlook_roa_expansion.csv)
# ---------------------------------------------------------------------------------------------
OUTLOOK_YEARS = list(range(2025, 2041))
# Source tags written in the files' `source` column (the model prints the distinct ones).
TAG_UWV_2025 = "UWV 2025"
TAG_UWV_2025_2027 = "UWV 2025-2027"
TAG_ROA_2028 = "ROA 2028"
TAG_ROA_HELD = "ROA 2028 held to 2030"
TAG_SUPPLY = "labour supply at structural unemployment"
TAG_ROA_CONTINUED = "ROA expansion demand continued"
# Growth of jobs by SBI section, percent per year, for the occupational differentiation only
# (the national level comes from the national path). (value, status, source). Business sectors
# (all but O, P, Q) are a relative profile from UWV's sector directions, shifted so that their
# employment-weighted mean is exactly 0: CPB expects business-sector jobs to stay stable to 2028.
SECTOR_OUTLOOK = {
    "A": (-1.0, "EST", "UWV Arbeidsmarktprognose 2025-2027 (June 2025): jobs in agriculture shrink; ROA tot 2028: agricultural employment falls; size estimated"),
    "B": (-2.0, "EST", "no source found; mining assumed to keep shrinking after the end of gas extraction from the Groningen field"),
    "C": (-0.5, "EST", "UWV 2025-2027: jobs in industry shrink (export-oriented metal and chemical industry most exposed to US tariffs); UWV 2024-2025: little growth or decline; size estimated"),
    "D": (0.5, "EST", "energy transition; size estimated"),
    "E": (0.0, "EST", "no source; flat"),
    "F": (0.0, "EST", "UWV 2024-2025 (June 2024): construction hardly grows or declines"),
    "G": (-0.3, "EST", "UWV 2025-2027: wholesale jobs shrink (retail not named); size estimated"),
    "H": (0.0, "EST", "UWV 2024-2025: transport and storage hardly grows or declines (automation)"),
    "I": (0.3, "EST", "no source; small growth with consumption"),
    "J": (1.0, "EST", "Rabobank Sectorprognoses December 2025: information and communication gains from digitalisation and AI (value added); size estimated"),
    "K": (-0.5, "EST", "financial services have shed jobs for years (UWV Arbeidsmarktprognose 2016-2017); size estimated"),
    "L": (0.0, "EST", "no source; flat"),
    "M": (1.0, "EST", "UWV 2024-2025: fast job growth in specialist business services; size estimated"),
    "N": (-0.5, "EST", "UWV 2025-2027: jobs at temporary-work agencies (uitzendsector, part of N) shrink; size estimated"),
    "O": (1.3, "exact (2nd-hand)", "CPB (concept-MEV 2024 annex, August 2023, via Skipr): government jobs +1.3% a year to 2028"),
    "P": (0.5, "EST", "no source; between stable business jobs and CPB's government growth"),
    "Q": (2.3, "exact (2nd-hand)", "CPB (same annex): care jobs +2.3% a year to 2028; care 13.2% of the labour force in 2023, 14.4% in 2028"),
    "R": (0.3, "EST", "no source; small growth with consumption"),
    "S": (0.0, "EST", "no source; flat"),
    "TU": (0.0, "EST", "no source; flat"),
}
OUTLOOK_PUBLIC_SECTORS = ("O", "P", "Q")
# Publications behind the outlook (SOURCES.md lists them).
OUTLOOK_SOURCES = [
    "UWV, 'UWV Arbeidsmarktprognose 2024-2025: stabiele maar beperkte banengroei' (June 2024), "
    "uwv.nl/nl/nieuws/uwv-arbeidsmarktprognose-2024-2025-stabiele-maar-beperkte-banengroei; "
    "also ANP via nieuws.nl 2024-06-04",
    "UWV Arbeidsmarktprognose 2025-2027 (June 2025), as reported by De Ondernemer "
    "(deondernemer.nl, 'banengroei afname UWV', June 2025): +130,000 jobs (+1.1%); agriculture, industry, "
    "temporary-work agencies and wholesale shrink, care grows",
    "UWV yearly labour-market report, ANP 2025-11-04 (welingelichtekringen.nl 'UWV verwacht de komende "
    "jaren iets meer banen in Nederland'; upday.com)",
    "ROA, 'De arbeidsmarkt naar opleiding en beroep tot 2028', as summarised by arbeidsmarktinzicht.nl "
    "('ROA: Rapport arbeidsmarktprognoses tot 2028') and ABU ('Arbeidsmarkt wordt minder krap volgens "
    "nieuwe prognoses tot 2028'): 2.2 million openings, 90% replacement demand, agricultural employment falls",
    "CPB, annex to the concept Macro Economische Verkenning 2024 (August 2023), as reported by Skipr "
    "('Zorgkosten stijgen komende vijf jaar dubbel zo hard als economie', August 2023)",
    "CBS, longread Regionale prognose 2022, 'Ontwikkeling van de potentiele beroepsbevolking', "
    "longreads.cbs.nl/regionale-prognose-2022/ontwikkeling-van-de-potentiele-beroepsbevolking (with erratum)",
    "CBS, 'Voorlopig geen volledige Regionale bevolkings- en huishoudensprognose' (July 2023), "
    "cbs.nl/nl-nl/corporate/2023/28/voorlopig-geen-volledige-regionale-bevolkings-en-huishoudensprognose",
    "UWV factsheet administratieve beroepen (20 April 2017), as reported by Flexnieuws ('UWV: minder "
    "administratieve beroepen door automatisering')",
    "Rabobank, 'Sectorprognoses december 2025: van hardnekkige knelpunten tot AI-gedreven groei in 2026 "
    "en 2027', rabobank.nl/kennis/d011508903",
]
# Shift of an occupation's growth against that of the sectors it works in (changes of the
# occupational structure within sectors), percentage points a year. EST.
OCC_OUTLOOK_SHIFT = {
    "BRC04": (-0.5, "automation of routine administrative work: lower and middle-level administrative jobs -5% in 2013-2016 while higher-level ones grew (UWV factsheet administratieve beroepen 20 April 2017); size estimated"),
    "BRC08": (0.5, "digitalisation and AI raise ICT work in every sector (Rabobank December 2025; UWV November 2025); size estimated"),
}


# ---------------------------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------------------------
# WW benefits running less than 6 months, UWV's denominator of the tension indicator: the mean of
# the two 2024 counts UWV published with its vacancies (outlook_2025_2040.csv).
WW_UNDER_6_MONTHS = (112500 + 104800) // 2


def fmt(x, d):
    """Fixed-point decimal with at most d decimals, trailing zeros removed (no exponent)."""
    if not math.isfinite(x):
        raise ValueError("non-finite value")
    s = "%.*f" % (d, x)
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    if s.startswith("-"):
        raise ValueError("negative value %r" % x)
    return s


def share_units(values, d=10):
    """Largest-remainder rounding of a non-negative vector to shares in units of 10^-d that sum to
    exactly 10^d. Returns the integer units."""
    total = sum(values)
    if total <= 0:
        raise ValueError("share row with zero total")
    scale = 10 ** d
    raw = [v / total * scale for v in values]
    fl = [int(math.floor(r)) for r in raw]
    rest = scale - sum(fl)
    order = sorted(range(len(values)), key=lambda i: (-(raw[i] - fl[i]), i))
    for i in order[:rest]:
        fl[i] += 1
    return fl


def arrival_share_units(values):
    """A region's share of an occupation's arrivals of labour migrants, in units of 1e-6 that sum to
    exactly 10^6 (largest remainder); all 0 for an occupation without arrivals."""
    if sum(values) == 0:
        return [0] * len(values)
    return share_units(values, 6)


def units_str(u, d=10):
    s = "%d.%0*d" % (u // 10 ** d, d, u % 10 ** d)
    s = s.rstrip("0").rstrip(".")
    return s if s else "0"


def shares(values, d=10):
    """Rounded shares (floats) and their strings; strings sum to exactly 1 in decimal."""
    u = share_units(values, d)
    return [x / 10 ** d for x in u], [units_str(x, d) for x in u]


def ras(prior, row_targets, col_targets, tol=1e-12, max_iter=100000):
    """Iterative proportional fitting of a non-negative matrix to row and column totals. The
    column targets are first rescaled to the row-target sum (they differ only by rounding)."""
    fix = sum(row_targets) / sum(col_targets)
    if abs(fix - 1) > 1e-9:
        raise ValueError("RAS row and column totals differ by %.3e" % (fix - 1))
    col_targets = [c * fix for c in col_targets]
    m = [row[:] for row in prior]
    nr, nc = len(m), len(m[0])
    for it in range(max_iter):
        for i in range(nr):
            s = sum(m[i])
            if s > 0:
                f = row_targets[i] / s
                m[i] = [v * f for v in m[i]]
        err = 0.0
        for j in range(nc):
            s = sum(m[i][j] for i in range(nr))
            if s > 0:
                f = col_targets[j] / s
                for i in range(nr):
                    m[i][j] *= f
            err = max(err, abs(s - col_targets[j]) / max(col_targets[j], 1.0))
        rerr = max(abs(sum(m[i]) - row_targets[i]) / max(row_targets[i], 1.0) for i in range(nr))
        if max(err, rerr) < tol:
            return m, it + 1
    raise RuntimeError("RAS did not converge")


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


class Writer:
    def __init__(self, out_dir):
        self.out = out_dir
        self.files = []

    def write(self, name, header, rows):
        """Writes CSV as lmsim reads it (engine/csv_table.hpp): a field holding a comma or a quote
        is quoted (RFC 4180); a line break in a field and blanks around one are refused, since
        the reader keeps each row on one line and drops blanks around an unquoted field."""
        text = io.StringIO()
        writer = csv.writer(text, lineterminator="\n")
        writer.writerow(header)
        for r in rows:
            if len(r) != len(header):
                raise ValueError("%s: row width %d != %d" % (name, len(r), len(header)))
            for field in r:
                if "\n" in field or "\r" in field or field != field.strip() or field == "":
                    raise ValueError("%s: bad field %r" % (name, field))
            writer.writerow(r)
        with open(os.path.join(self.out, name), "wb") as f:
            f.write(text.getvalue().encode("utf-8"))
        self.files.append((name, len(rows)))


def spelled_plain(name):
    """The name as shared/data spells it: without commas and diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace(",", "")


def check_official_names(official, shared):
    """The codes whose official name (code -> name) is not the shared name (code -> name) but
    for punctuation and diacritics: a name mistyped in either."""
    return [code for code in sorted(official) if spelled_plain(official[code]) != shared[code]]


# ---------------------------------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.normpath(os.path.join(ROOT, "..", "shared", "data")))
    ap.add_argument("--out", default=os.path.join(ROOT, "scenarios", "data"))
    args = ap.parse_args()
    sh = args.shared
    os.makedirs(args.out, exist_ok=True)
    W = Writer(args.out)
    checks = []  # (label, value string) for stdout and SOURCES.md

    def check(label, value, ok=True):
        checks.append((label, value))
        if not ok:
            raise SystemExit("CHECK FAILED: %s: %s" % (label, value))

    # ------------------------------------------------------------------ regions
    am_rows = sorted(read_csv(os.path.join(sh, "arbeidsmarktregios.csv")), key=lambda r: r["am_code"])
    REG = [r["am_code"] for r in am_rows]
    assert len(REG) == 35 and REG[0] == "AM01" and REG[-1] == "AM38"
    am = {r["am_code"]: r for r in am_rows}
    prov = {r: am[r]["main_province"] for r in REG}
    W.write("regions.csv", ["code", "name", "province"],
            [[r, am[r]["am_name"].replace(",", ";"), prov[r]] for r in REG])
    import region_groups  # scripts/region_groups.py: the provinces as groups of regions
    group_rows, group_checks = region_groups.derive(sh, UTRECHT_PROVINCE_GM)
    W.write("region_groups.csv", region_groups.HEADER, group_rows)
    for label, value, ok in group_checks:
        check(label, value, ok)

    # ------------------------------------------------------------------ population
    groups = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49",
              "50-54", "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90-94", "95+"]
    p21g = {r: [0.0] * 20 for r in REG}
    for row in read_csv(os.path.join(sh, "population_by_age_am_2021.csv")):
        p21g[row["am_code"]][groups.index(row["age_group"])] = float(row["total"])

    def single_years(tot):
        # mean-preserving piecewise-linear split: each 5-year group keeps its exact total; the
        # slope inside group g is the central difference of the neighbouring group means.
        m = [t / 5.0 for t in tot]
        out = {}
        for g in range(19):
            slope = (m[1] - m[0]) / 5.0 if g == 0 else (m[g + 1] - m[g - 1]) / 10.0
            for k in range(5):
                v = m[g] + slope * (k - 2)
                if v < 0:
                    raise ValueError("negative single-year population")
                out[5 * g + k] = v
        return out

    p21 = {r: single_years(p21g[r]) for r in REG}
    n21 = {a: sum(p21[r][a] for r in REG) for a in range(0, 95)}
    # ageing 2021 -> 2025 (national cohort-component step, then applied to the regional 2021
    # age profiles): N25(a) = N21(a-4) x survival over 4 years + M x net-migration profile(a),
    # with M solved so that the total 15..74 is 13.6 million (net migration 2021-2024 is the
    # residual); regional P25(a) = P21_r(a) x N25(a) / N21(a), then each region is scaled to its
    # share of EST_pop_15_74_2024.
    mshape = {a: mort_shape(a) for a in range(0, 80)}
    mk = DEATHS_TARGET / sum(mshape[a] * n21[a] for a in AGES)  # rough level, 2021 population
    surv = {}
    for a in AGES:
        sv = 1.0
        for b in range(a - 4, a):
            sv *= 1.0 - mk * mshape[max(b, 15)] if b >= 15 else 1.0 - 0.0001
        surv[a] = sv
    net_prof = {a: IMMIGRATION_TOTAL * imm_shape_norm(a) - EMIGRATION_TARGET * emig_shape(a) * n21[a]
                / sum(emig_shape(b) * n21[b] for b in AGES) for a in AGES}
    survived = {a: n21[a - 4] * surv[a] for a in AGES}
    mig_m = (POP_TARGET - sum(survived.values())) / sum(net_prof.values())
    n25 = {a: survived[a] + mig_m * net_prof[a] for a in AGES}
    if min(n25.values()) <= 0:
        raise ValueError("negative projected population")
    cohort = {a: n25[a] / n21[a] for a in AGES}
    est_pop = {r: float(am[r]["EST_pop_15_74_2024"]) for r in REG}
    est_pop_sum = sum(est_pop.values())
    reg_pop_target = {r: POP_TARGET * est_pop[r] / est_pop_sum for r in REG}
    pop_age = {}  # region -> age -> persons (2025)
    for r in REG:
        raw = {a: p21[r][a] * cohort[a] for a in AGES}
        f = reg_pop_target[r] / sum(raw.values())
        pop_age[r] = {a: raw[a] * f for a in AGES}
    check("population ageing 2021->2025: implied net migration 15-74 over 4 years (x yearly profile)",
          "%.0f (M = %.3f years of the 2024 net profile)" % (mig_m * sum(net_prof.values()), mig_m))

    # national education attainment by age (shares low, mid, high); CBS Statline, approximate
    def edu_share(a):
        ramp = {15: (1.00, 0.00, 0.00), 16: (0.96, 0.04, 0.00), 17: (0.88, 0.12, 0.00),
                18: (0.70, 0.30, 0.00), 19: (0.52, 0.47, 0.01), 20: (0.42, 0.54, 0.04),
                21: (0.35, 0.57, 0.08), 22: (0.29, 0.55, 0.16), 23: (0.24, 0.51, 0.25),
                24: (0.21, 0.45, 0.34)}
        if a in ramp:
            return ramp[a]
        if a <= 34:
            return (0.19, 0.36, 0.45)
        if a <= 44:
            return (0.20, 0.37, 0.43)
        if a <= 54:
            return (0.24, 0.40, 0.36)
        if a <= 64:
            return (0.29, 0.41, 0.30)
        return (0.37, 0.37, 0.26)

    pop = {}  # (r, a, e) -> persons, rounded as written
    rows = []
    for r in REG:
        for a in AGES:
            es = edu_share(a)
            for k, e in enumerate(EDU):
                v = round(pop_age[r][a] * es[k], 3)
                pop[(r, a, e)] = v
                rows.append([r, str(a), e, fmt(v, 3)])
    W.write("population.csv", ["region", "age", "education", "persons"], rows)
    pop_total = sum(pop.values())
    pop_ae = {(a, e): sum(pop[(r, a, e)] for r in REG) for a in AGES for e in EDU}
    pop_a = {a: sum(pop_ae[(a, e)] for e in EDU) for a in AGES}
    check("population 15-74 (population.csv)", "%.0f (target 13,600,000)" % pop_total,
          abs(pop_total / POP_TARGET - 1) < 1e-6)
    check("population aged 15 (proxy for persons turning 15 per year; target 197,000)",
          "%.0f (%+.1f%%)" % (pop_a[15], 100 * (pop_a[15] / TURNED_15 - 1)),
          abs(pop_a[15] / TURNED_15 - 1) < 0.05)
    edu_tot = {e: sum(pop_ae[(a, e)] for a in AGES) for e in EDU}
    check("population 15-74 by education low/mid/high",
          " / ".join("%.1f%%" % (100 * edu_tot[e] / pop_total) for e in EDU))

    # ------------------------------------------------------------------ occupations (national)
    occ_rows = {r["brc_class"]: r for r in read_csv(os.path.join(sh, "employment_by_occupation_brc2014.csv"))}
    brc_k = {("BRC" + c): float(occ_rows[c]["employed_x1000_2024Q4"]) for c in occ_rows if c != "00"}
    brc_sum = sum(brc_k.values())
    assert abs(brc_sum - float(occ_rows["00"]["employed_x1000_2024Q4"])) < 1e-9
    brc_classes = [c for c in occ_rows if c != "00"]
    mistyped = check_official_names(
        {c: OCC_NAMES["BRC" + c][0].removesuffix(" (excl. defensie)") for c in brc_classes},
        {c: occ_rows[c]["name_nl"] for c in brc_classes})
    check("official BRC 2014 names spelled as in employment_by_occupation_brc2014.csv but for "
          "commas and diacritics", "%d of %d (differing: %s)"
          % (len(brc_classes) - len(mistyped), len(brc_classes), ", ".join(mistyped) or "none"),
          not mistyped)
    occ_total = {o: brc_k[o] / brc_sum * EMP_TARGET for o in BRC}
    occ_total["BRC06"] -= DEF_TARGET   # defence taken out of BRC06
    occ_total["DEF"] = float(DEF_TARGET)
    assert occ_total["BRC06"] > 0

    zzp_mean_raw = sum(ZZP_RAW[o] * occ_total[o] for o in OCC) / EMP_TARGET
    zzp = {o: round(ZZP_RAW[o] * ZZP_NATIONAL / zzp_mean_raw, 4) for o in OCC}
    heavy_work, heavy_scale = heavy_work_shares(occ_total)
    W.write("occupations.csv", ["code", "name_nl", "name_en", "weekly_hours", "zzp_share", "heavy_work_share"],
            [[o, OCC_NAMES[o][0], OCC_NAMES[o][1], fmt(WEEKLY_HOURS[o], 2), fmt(zzp[o], 4),
              fmt(heavy_work[o], 4)] for o in OCC])
    hours_mean = sum(WEEKLY_HOURS[o] * occ_total[o] for o in OCC) / EMP_TARGET
    check("employment-weighted mean weekly hours (target 30.5-31.5)", "%.2f" % hours_mean,
          30.5 <= hours_mean <= 31.5)
    zzp_mean = sum(zzp[o] * occ_total[o] for o in OCC) / EMP_TARGET
    check("employment-weighted zzp share (target ~0.12)", "%.4f" % zzp_mean, abs(zzp_mean - 0.12) < 0.001)
    heavy_mean = sum(heavy_work[o] * occ_total[o] for o in OCC) / EMP_TARGET
    heavy_civil = sum(heavy_work[o] * occ_total[o] for o in BRC) / sum(occ_total[o] for o in BRC)
    check("heavy-work share BRC01..BRC13, employment-weighted (NEA 2021 total 18.2%, rounding)",
          "%.4f" % heavy_civil, abs(heavy_civil - NEA2021_HEAVY_TOTAL / 100.0) < 0.001)
    check("employment-weighted heavy-work share", "%.3f (%.0f workers)" % (heavy_mean, heavy_mean * EMP_TARGET))

    # ------------------------------------------------------------------ sectors
    sec_rows = read_csv(os.path.join(sh, "employment_by_sector_sbi.csv"))
    sec_k = {}
    sec_nl = {}
    for row in sec_rows:
        code = row["sbi"]
        if code == "A-U":
            continue
        if code.startswith("T"):
            code = "TU"
        sec_k[code] = float(row["employed_x1000_2022Q3"])
        sec_nl[code] = row["section_name_nl"]
    SEC = [c for c in "ABCDEFGHIJKLMNOPQRS"] + ["TU"]
    assert set(SEC) == set(sec_k)
    mistyped = check_official_names(SECTOR_NL, sec_nl)
    check("official SBI 2008 section names spelled as in employment_by_sector_sbi.csv but for "
          "commas and diacritics", "%d of %d (differing: %s)"
          % (len(SECTOR_NL) - len(mistyped), len(SECTOR_NL), ", ".join(mistyped) or "none"),
          not mistyped)
    sec_nl.update(SECTOR_NL)
    sec_sum = sum(sec_k.values())
    sec_emp = {s: round(sec_k[s] / sec_sum * EMP_TARGET, 3) for s in SEC}
    W.write("sectors.csv", ["code", "name_nl", "name_en", "employed"],
            [[s, sec_nl[s], SECTOR_EN[s], fmt(sec_emp[s], 3)] for s in SEC])
    check("sectors employed total (sectors.csv; 2022Q3 x %.6f)" % (EMP_TARGET / (sec_sum * 1000)),
          "%.3f" % sum(sec_emp.values()), abs(sum(sec_emp.values()) / EMP_TARGET - 1) < 1e-9)

    # ------------------------------------------------------------------ sector x occupation (RAS)
    prior = [[float(x) for x in SECTOR_OCC_PRIOR[s]] for s in SEC]
    prior = [[v / sum(row) * sec_emp[s] for v in row] for s, row in zip(SEC, prior)]
    fitted, it_so = ras(prior, [sec_emp[s] for s in SEC], [occ_total[o] for o in OCC])
    so_share = {}
    rows = []
    for i, s in enumerate(SEC):
        vals, strs = shares(fitted[i])
        so_share[s] = vals
        rows.append([s] + strs)
    W.write("sector_occupation.csv", ["sector"] + OCC, rows)
    col_err = max(abs(sum(sec_emp[s] * so_share[s][j] for s in SEC) / occ_total[o] - 1)
                  for j, o in enumerate(OCC))
    check("sector_occupation: RAS iterations; max rel. column error vs occupation totals",
          "%d; %.2e" % (it_so, col_err), col_err < 1e-6)

    # ------------------------------------------------------------------ defence
    gm = read_csv(os.path.join(sh, "gemeenten_arbeidsmarktregio.csv"))
    import defence_streams  # scripts/defence_streams.py: streams, recruitment capacity, regions
    defence, defence_sites, base_scale = defence_streams.regional_personnel(sh)
    if list(defence) != REG or sum(defence.values()) != DEF_TARGET:
        raise SystemExit("CHECK FAILED: defence_streams.regional_personnel gave other regions or total")
    W.write("defence.csv", ["region", "personnel"], [[r, str(defence[r])] for r in REG])
    check("defence personnel total (defence.csv); largest and smallest region",
          "%d; %s %d, %s %d" % (sum(defence.values()), max(REG, key=lambda r: defence[r]),
                                max(defence.values()), min(REG, key=lambda r: defence[r]),
                                min(defence.values())),
          sum(defence.values()) == DEF_TARGET and min(defence.values()) >= 100)
    W.write("defence_streams.csv", ["stream", "personnel", "outflow_rate", "growth_share",
                                    "civilian_job_share", "civilian_hours_served", "status"],
            defence_streams.stream_rows())
    W.write("defence_recruitment.csv", ["year"] + defence_streams.STREAMS + ["status"],
            defence_streams.recruitment_rows())
    ceiling = defence_streams.capacity_path(2035)
    check("defence_streams: personnel of the streams sum to defence.csv; ceiling Dec 2030, Dec 2035",
          "%d; %.0f, %.0f" % (defence_streams.personnel_total(), sum(ceiling[2030].values()),
                              sum(ceiling[2035].values())),
          defence_streams.personnel_total() == DEF_TARGET)

    # ------------------------------------------------------------------ labour market
    est_emp = {r: float(am[r]["EST_employed"]) for r in REG}
    est_un = {r: float(am[r]["EST_unemployed"]) for r in REG}
    emp_r = {r: est_emp[r] * EMP_TARGET / sum(est_emp.values()) for r in REG}
    un_r = {r: est_un[r] * UNEMP_TARGET / sum(est_un.values()) for r in REG}

    prior = []
    for r in REG:
        base = emp_r[r] - defence[r]
        prior.append([base * occ_total[o] / (EMP_TARGET - DEF_TARGET) * REGION_OCC_FACTOR.get(r, {}).get(o, 1.0)
                      for o in BRC])
    fitted, it_lm = ras(prior, [emp_r[r] - defence[r] for r in REG], [occ_total[o] for o in BRC])
    emp = {}
    for i, r in enumerate(REG):
        for j, o in enumerate(BRC):
            emp[(r, o)] = fitted[i][j]
        emp[(r, "DEF")] = float(defence[r])

    un = {}
    for r in REG:
        w = {o: emp[(r, o)] * UNEMP_FACTOR[o] for o in OCC}
        sw = sum(w.values())
        for o in OCC:
            un[(r, o)] = un_r[r] * w[o] / sw

    # vacancies: province totals from vacancies per 100 unemployed, rescaled to 389,000
    provs = sorted(set(prov.values()))
    un_p = {p: sum(un_r[r] for r in REG if prov[r] == p) for p in provs}
    emp_p = {p: sum(emp_r[r] for r in REG if prov[r] == p) for p in provs}
    vraw = {p: VAC_PER_100_UNEMP.get(p, VAC_PER_100_NATIONAL) / 100.0 * un_p[p] for p in provs}
    vscale = VAC_TARGET / sum(vraw.values())
    vac_p = {p: vraw[p] * vscale for p in provs}
    vac_r = {r: vac_p[prov[r]] * emp_r[r] / emp_p[prov[r]] for r in REG}
    # national vacancies by occupation: BRC10 fixed at 68,000, others ~ employment x tension
    others = {o: occ_total[o] * VAC_TENSION[o] for o in OCC if o != "BRC10"}
    f = (VAC_TARGET - CARE_VACANCIES) / sum(others.values())
    vac_o = {o: others[o] * f for o in others}
    vac_o["BRC10"] = CARE_VACANCIES
    tension_10 = CARE_VACANCIES / occ_total["BRC10"] / f
    prior = [[emp[(r, o)] * (VAC_TENSION[o] if o != "BRC10" else tension_10) for o in OCC] for r in REG]
    fitted, it_v = ras(prior, [vac_r[r] for r in REG], [vac_o[o] for o in OCC])
    vac = {(r, o): fitted[i][j] for i, r in enumerate(REG) for j, o in enumerate(OCC)}

    rows = []
    lm = {}
    for r in REG:
        for o in OCC:
            e, u, v = round(emp[(r, o)], 3), round(un[(r, o)], 3), round(vac[(r, o)], 3)
            lm[(r, o)] = (e, u, v)
            rows.append([r, o, fmt(e, 3), fmt(u, 3), fmt(v, 3)])
    W.write("labour_market.csv", ["region", "occupation", "employed", "unemployed", "vacancies"], rows)
    lm_e = sum(x[0] for x in lm.values())
    lm_u = sum(x[1] for x in lm.values())
    lm_v = sum(x[2] for x in lm.values())
    check("labour_market employed / unemployed / vacancies",
          "%.3f / %.3f / %.3f" % (lm_e, lm_u, lm_v),
          abs(lm_e / EMP_TARGET - 1) < 1e-6 and abs(lm_u / UNEMP_TARGET - 1) < 1e-6
          and abs(lm_v / VAC_TARGET - 1) < 1e-6)
    check("unemployment rate (national)", "%.4f" % (lm_u / (lm_e + lm_u)))
    check("sum sectors.employed - sum labour_market.employed", "%.6f" % (sum(sec_emp.values()) - lm_e),
          abs(sum(sec_emp.values()) - lm_e) <= 1e-6 * lm_e)
    def_ok = all(lm[(r, "DEF")][0] == defence[r] for r in REG)
    check("labour_market DEF employed == defence.csv personnel in every region", "yes" if def_ok else "NO", def_ok)
    occ_err = max(abs(sum(lm[(r, o)][0] for r in REG) / occ_total[o] - 1) for o in OCC)
    check("labour_market employed by occupation vs national occupation totals (max rel. error)",
          "%.2e (RAS %d iterations)" % (occ_err, it_lm), occ_err < 1e-6)
    care_v = sum(lm[(r, "BRC10")][2] for r in REG)
    check("vacancies BRC10 care and welfare (target ~68,000)", "%.0f" % care_v, abs(care_v - CARE_VACANCIES) < 1)
    check("vacancies per 100 unemployed (national)", "%.1f" % (100 * lm_v / lm_u))
    check("vacancy RAS iterations", "%d" % it_v)

    # Utrecht anchors
    utr = ["AM13", "AM14"]
    u_emp = sum(lm[(r, o)][0] for r in utr for o in OCC)
    u_un = sum(lm[(r, o)][1] for r in utr for o in OCC)
    u_vac = sum(lm[(r, o)][2] for r in utr for o in OCC)
    gm_pop = {}
    am_pop_gm = {}
    for g in gm:
        am_pop_gm[g["am_code"]] = am_pop_gm.get(g["am_code"], 0.0) + float(g["EST_pop_2024"])
        if g["gm_code"] in UTRECHT_PROVINCE_GM:
            gm_pop[g["am_code"]] = gm_pop.get(g["am_code"], 0.0) + float(g["EST_pop_2024"])
    assert len([g for g in gm if g["gm_code"] in UTRECHT_PROVINCE_GM]) == 26
    pshare = {r: gm_pop.get(r, 0.0) / am_pop_gm[r] for r in REG}
    p_emp = sum(emp_r[r] * pshare[r] for r in REG)
    p_un = sum(un_r[r] * pshare[r] for r in REG)
    p_vac = sum(vac_r[r] * pshare[r] for r in REG)
    # workplace-based employment of AM13+AM14 from the commuting shares
    cm_rows = list(csv.reader(open(os.path.join(sh, "commuting_am_matrix_est2016.csv"), newline="", encoding="utf-8")))
    cm_cols = cm_rows[0][1:]
    cm = {row[0]: dict(zip(cm_cols, [float(x) for x in row[1:]])) for row in cm_rows[1:]}
    mob = {}
    for h in REG:
        rowv = [cm.get(h, {}).get(w, 0.0) for w in REG]
        if sum(rowv) <= 0:
            rowv = [1.0 if w == h else 0.0 for w in REG]
        mob[h] = rowv
    work_emp = {w: sum(emp_r[h] * mob[h][j] / sum(mob[h]) for h in REG) for j, w in enumerate(REG)}
    u_emp_work = work_emp["AM13"] + work_emp["AM14"]
    annual_turnover = 4 * NEW_VAC_PER_QUARTER / VAC_TARGET
    u_vac_flow = u_vac * annual_turnover
    utrecht = {
        "emp": u_emp, "un": u_un, "vac": u_vac, "p_emp": p_emp, "p_un": p_un, "p_vac": p_vac,
        "emp_work": u_emp_work, "vac_flow": u_vac_flow, "turnover": annual_turnover,
        "rate": u_un / (u_emp + u_un),
    }
    check("Utrecht AM13+AM14 employed (residence) vs anchor 921,000",
          "%.0f (%+.1f%%)" % (u_emp, 100 * (u_emp / UTRECHT_EMPLOYED - 1)))
    check("Utrecht AM13+AM14 employed (workplace; commuting shares) vs 921,000",
          "%.0f (%+.1f%%)" % (u_emp_work, 100 * (u_emp_work / UTRECHT_EMPLOYED - 1)))
    check("Utrecht province (26 gemeenten; population-weighted) employed vs 921,000",
          "%.0f (%+.1f%%)" % (p_emp, 100 * (p_emp / UTRECHT_EMPLOYED - 1)))
    check("Utrecht AM13+AM14 unemployed vs anchor 33,000",
          "%.0f (%+.1f%%); province %.0f (%+.1f%%)" % (u_un, 100 * (u_un / UTRECHT_UNEMPLOYED - 1),
                                                       p_un, 100 * (p_un / UTRECHT_UNEMPLOYED - 1)))
    check("Utrecht AM13+AM14 open vacancies (stock) vs anchor 102,110",
          "%.0f (%+.1f%%); province %.0f" % (u_vac, 100 * (u_vac / UTRECHT_VACANCIES - 1), p_vac))
    check("Utrecht AM13+AM14 new vacancies per year (stock x %.3f) vs anchor 102,110" % annual_turnover,
          "%.0f (%+.1f%%)" % (u_vac_flow, 100 * (u_vac_flow / UTRECHT_VACANCIES - 1)))

    # ------------------------------------------------------------------ regional mobility
    rows = []
    for h in REG:
        _, strs = shares(mob[h])
        rows.append([h] + strs)
    W.write("regional_mobility.csv", ["home"] + REG, rows)
    stay = {h: mob[h][REG.index(h)] / sum(mob[h]) for h in REG}
    check("regional_mobility: own-region share min / median / max",
          "%.3f (%s) / %.3f / %.3f (%s)" % (min(stay.values()), min(REG, key=stay.get),
                                             sorted(stay.values())[17], max(stay.values()),
                                             max(REG, key=stay.get)))

    # ------------------------------------------------------------------ occupational mobility
    def sim(i, j):
        if "BRC13" in (i, j):
            return SIM_OTHER_BRC13
        return SIM_PAIRS.get((i, j), SIM_PAIRS.get((j, i), SIM_BASE))

    rows = []
    occ_mob = {}
    for i in OCC:
        w = {j: (occ_total[j] * sim(i, j) if j != i else 0.0) for j in OCC}
        sw = sum(w.values())
        vals = [SELF_WEIGHT[i] if j == i else (1 - SELF_WEIGHT[i]) * w[j] / sw for j in OCC]
        v, strs = shares(vals)
        occ_mob[i] = v
        rows.append([i] + strs)
    W.write("occupational_mobility.csv", ["from"] + OCC, rows)
    offdiag = sum(occ_total[i] * (1 - occ_mob[i][OCC.index(i)]) for i in OCC) / EMP_TARGET
    check("occupational_mobility: employment-weighted off-diagonal weight", "%.3f" % offdiag)

    # ------------------------------------------------------------------ status by age
    status, stat_info = build_status(pop_ae, pop_a, zzp_mean)
    rows = []
    stat_str = {}
    stat_val = {}
    for a in AGES:
        for e in EDU:
            v, strs = shares(status[(a, e)])
            stat_val[(a, e)] = v
            rows.append([str(a), e] + strs)
    W.write("status_by_age.csv", ["age", "education"] + STATUSES, rows)
    tot_status = {s: sum(pop[(r, a, e)] * stat_val[(a, e)][k] for r in REG for a in AGES for e in EDU)
                  for k, s in enumerate(STATUSES)}
    emp_status = tot_status["employed"] + tot_status["student_side_job"]
    check("status x population: employed incl. student_side_job vs labour_market",
          "%.0f (%+.4f%%)" % (emp_status, 100 * (emp_status / lm_e - 1)), abs(emp_status / lm_e - 1) < 0.005)
    check("status x population: unemployed vs labour_market",
          "%.0f (%+.4f%%)" % (tot_status["unemployed"], 100 * (tot_status["unemployed"] / lm_u - 1)),
          abs(tot_status["unemployed"] / lm_u - 1) < 0.005)
    for s in STATUSES:
        check("status x population: %s" % s, "%.0f" % tot_status[s])
    students = tot_status["student"] + tot_status["student_side_job"]
    check("students with a side job / all students", "%.3f" % (tot_status["student_side_job"] / students))
    check("net participation (employed incl. side jobs / pop 15-74)", "%.3f" % (emp_status / pop_total))
    check("status calibration factors (employed, unemployed, inactive_potential)",
          "%.4f, %.4f, %.4f" % stat_info["k"])
    emp_edu = {e: sum(pop_ae[(a, e)] * (stat_val[(a, e)][0] + stat_val[(a, e)][3]) for a in AGES) for e in EDU}
    check("employed by education low/mid/high (status x population)",
          " / ".join("%.1f%%" % (100 * emp_edu[e] / emp_status) for e in EDU))

    # ------------------------------------------------------------------ education x occupation
    prior = [[occ_total[o] * x for x in EDU_OCC_PRIOR[o]] for o in OCC]
    col_t = [emp_edu[e] / emp_status * EMP_TARGET for e in EDU]
    fitted, it_eo = ras(prior, [occ_total[o] for o in OCC], col_t)
    rows = []
    eo = {}
    for i, o in enumerate(OCC):
        v, strs = shares(fitted[i])
        eo[o] = v
        rows.append([o] + strs)
    W.write("education_occupation.csv", ["occupation"] + EDU, rows)
    check("education_occupation: employed mix low/mid/high after RAS",
          " / ".join("%.1f%%" % (100 * sum(occ_total[o] * eo[o][k] for o in OCC) / EMP_TARGET)
                     for k in range(3)))

    # ------------------------------------------------------------------ age rates
    emp_a = {a: sum(pop_ae[(a, e)] * stat_val[(a, e)][0] for e in EDU) for a in AGES}
    sj_a = {a: sum(pop_ae[(a, e)] * stat_val[(a, e)][3] for e in EDU) for a in AGES}
    rates, rinfo = build_age_rates(pop_a, emp_a, sj_a, stat_info, zzp_mean)
    rows = []
    imm_v, imm_s = shares([rates[a]["immigration_share"] for a in AGES])
    for k, a in enumerate(AGES):
        rr = rates[a]
        rows.append([str(a), fmt(rr["mortality"], 10), fmt(rr["disability"], 10),
                     fmt(rr["early_retirement"], 10), fmt(rr["emigration"], 10), imm_s[k],
                     fmt(rr["school_leaving"], 10), fmt(rr["job_to_job_quarterly"], 10)])
    W.write("age_rates.csv", ["age", "mortality", "disability", "early_retirement", "emigration",
                              "immigration_share", "school_leaving", "job_to_job_quarterly"], rows)
    deaths = sum(round(rates[a]["mortality"], 10) * pop_a[a] for a in AGES)
    emig = sum(round(rates[a]["emigration"], 10) * pop_a[a] for a in AGES)
    check("deaths 15-74 per year (mortality x population; target 49,000)", "%.0f" % deaths,
          abs(deaths / DEATHS_TARGET - 1) < 1e-4)
    check("emigration 15-74 per year (target 186,000)", "%.0f" % emig, abs(emig / EMIGRATION_TARGET - 1) < 1e-4)
    check("immigration_share sum; share aged 20-39", "%.10f; %.3f" % (sum(imm_v), sum(imm_v[5:25])))
    check("employee retirements per year (target 93,000)", "%.0f" % rinfo["total"],
          abs(rinfo["total"] / RETIREMENTS_TARGET - 1) < 0.01)
    check("share retiring at exactly 67 (target 0.40)", "%.3f" % rinfo["share67"], abs(rinfo["share67"] - 0.4) < 0.01)
    check("mean retirement age of employees (target just over 66)", "%.2f" % rinfo["mean_age"],
          66.0 <= rinfo["mean_age"] <= 66.3)
    check("share of retirements before age 62 (CBS 2023: under 6%)", "%.3f" % rinfo["before62"], rinfo["before62"] < 0.06)
    check("WIA inflow from work per year (disability x employees)", "%.0f" % rinfo["wia"])
    check("job-to-job: employee-weighted quarterly rate (target 0.04)", "%.4f" % rinfo["j2j"])
    check("students leaving school per year (school_leaving x students)", "%.0f" % rinfo["leavers"])

    # ------------------------------------------------------------------ pension rules
    aow, aow_status, aow_info = build_aow_age()
    W.write("aow_age.csv", ["year", "aow_age_months", "status"],
            [[str(y), str(aow[y]), aow_status[y]] for y in sorted(aow)])
    check("AOW rule on the CBS life expectancy reproduces the legal ages 2030-2031 (807 months)",
          "V(2030) = %.4f, V(2031) = %.4f (< 0.25: no rise)" % (aow_info["v"][2030], aow_info["v"][2031]),
          all(aow_info["rule"][y] == AOW_LAW_MONTHS[y] for y in (2030, 2031)))
    aow_alt = {
        "2023 vintage (L 2030 = 21.00), +0.12 a year": build_aow_age({2030: AOW_LE65_2023_VINTAGE_2030})[0],
        "2024 vintage, +0.10 a year": build_aow_age(slope_hundredths=10)[0],
        "2024 vintage, +0.15 a year": build_aow_age(slope_hundredths=15)[0],
    }
    aow_info["alternatives"] = aow_alt
    check("AOW path with the 2023 vintage's life expectancy equals the path used",
          "yes" if aow_alt["2023 vintage (L 2030 = 21.00), +0.12 a year"] == aow else "NO")
    check("AOW age (months) expected 2032-2045 by the legal rule",
          "; ".join("%d in %d-%d" % (m, min(y for y in aow if y >= 2032 and aow[y] == m),
                                     max(y for y in aow if aow[y] == m))
                    for m in sorted(set(aow[y] for y in aow if y >= 2032))))
    rvu = {}
    for y in range(2025, 2046):
        if y == 2025:
            thr = 2273.0
        elif y == 2026:
            thr = 2657.0
        else:
            thr = float(round(2657.0 * 1.02 ** (y - 2026)))
        rvu[y] = thr
    W.write("rvu.csv", ["year", "max_months_before_aow", "threshold_eur_month"],
            [[str(y), "36", fmt(rvu[y], 2)] for y in sorted(rvu)])

    # ------------------------------------------------------------------ migration
    W.write("migration.csv", ["occupation", "labour_migrants_per_year", "mean_stay_years"],
            [[o, fmt(MIGRATION[o][0], 3), fmt(MIGRATION[o][1], 3)] for o in OCC])
    mig_total = sum(m[0] for m in MIGRATION.values())
    mig_stock = sum(m[0] * m[1] for m in MIGRATION.values())
    check("labour migrants per year; implied stock of recent labour migrants (inflow x stay)",
          "%d; %d" % (mig_total, mig_stock), 70000 <= mig_total <= 90000)

    # ------------------------------------------------------------------ where labour migrants arrive
    import labour_migrant_regions  # scripts/labour_migrant_regions.py; reads the files written above
    lmr_shares, lmr = labour_migrant_regions.derive(args.out, sh)
    if [row["region"] for row in lmr["regions"]] != REG or list(lmr_shares) != OCC:
        raise SystemExit("CHECK FAILED: labour_migrant_regions.py read other regions or occupations")
    lmr_units = {o: arrival_share_units([lmr_shares[o][r] for r in REG]) for o in OCC}
    W.write("labour_migrant_regions.csv", ["region", "occupation", "arrivals_share", "status"],
            [[r, o, "%d.%06d" % divmod(lmr_units[o][i], 10 ** 6), "EST"]
             for i, r in enumerate(REG) for o in OCC])
    with_arrivals = [o for o in OCC if MIGRATION[o][0] > 0]
    sums_ok = (all(sum(lmr_units[o]) == 10 ** 6 for o in with_arrivals)
               and all(sum(lmr_units[o]) == 0 for o in OCC if o not in with_arrivals))
    check("labour_migrant_regions: occupations whose shares sum to exactly 1; occupations at 0 everywhere",
          "%d; %s" % (len(with_arrivals), " ".join(o for o in OCC if o not in with_arrivals)), sums_ok)
    lmr_rank = sorted(lmr["regions"], key=lambda row: -row["lmsim_per_employed"])
    check("labour_migrant_regions: migration.csv arrivals per employed, top and bottom region",
          "%s %.2f%%; %s %.2f%% (national %.2f%%)" % (
              lmr_rank[0]["region"], 100 * lmr_rank[0]["lmsim_per_employed"], lmr_rank[-1]["region"],
              100 * lmr_rank[-1]["lmsim_per_employed"], 100 * mig_total / lm_e))

    # ------------------------------------------------------------------ population outlook
    pop_outlook = build_population_outlook()
    W.write("population_outlook.csv",
            ["year", "entrants_at_15", "immigration", "emigration", "status", "source"],
            [[str(y), str(r["entrants"]), str(r["immigration"]), str(r["emigration"]), r["status"],
              r["source"]] for y, r in sorted(pop_outlook["rows"].items())])
    o_rows = pop_outlook["rows"]
    check("population_outlook: entrants at 15 in 2025 (births 2010 x %.6f; target 197,000)"
          % pop_outlook["entrant_scale"], "%d" % o_rows[2025]["entrants"], o_rows[2025]["entrants"] == 197000)
    check("population_outlook: persons turning 15 in 2024 per birth in 2009 (CBS 197,000 / 184,915)",
          "%.4f (scale used %.4f)" % (TURNED_15 / 184915.0, pop_outlook["entrant_scale"]),
          abs(TURNED_15 / 184915.0 / pop_outlook["entrant_scale"] - 1) < 0.01)
    check("population_outlook: share aged 15-74 of immigration / emigration (CBS 2024)",
          "%.4f / %.4f" % pop_outlook["shares"])
    check("population_outlook: net migration 15-74 in 2025, 2030, 2035, 2040",
          ", ".join("%d" % (o_rows[y]["immigration"] - o_rows[y]["emigration"])
                    for y in (2025, 2030, 2035, 2040)))
    check("population_outlook: entrants at 15 min / max over 2025-2040",
          "%d (%d) / %d (%d)" % (min(r["entrants"] for r in o_rows.values()),
                                 min(o_rows, key=lambda y: o_rows[y]["entrants"]),
                                 max(r["entrants"] for r in o_rows.values()),
                                 max(o_rows, key=lambda y: o_rows[y]["entrants"])))

    # ------------------------------------------------------------------ calibration targets
    j2j_tol = abs(rinfo["j2j"] / 0.04 - 1)
    targets = [
        ("population_15_74", 13600000, "persons", "2025-01-01", 0.01,
         "nl_facts.csv: CBS longread De arbeidsmarkt in cijfers 2024"),
        ("employed", 9850000, "persons", "2025", 0.01,
         "nl_facts.csv: CBS 85262NED 2025Q3 9846k; 85276NED 2025Q4 9867k"),
        ("unemployed", 390000, "persons", "2025", 0.01, "nl_facts.csv: CBS monthly Apr 2025 387k (3.8%)"),
        ("unemployment_rate", 0.038, "fraction", "2025", 0.02, "nl_facts.csv: CBS monthly Apr 2025 3.8%"),
        ("vacancies", 389000, "persons", "2025Q2", 0.01, "nl_facts.csv: CBS via ANP 2025-07 (open vacancies end Q2)"),
        ("retirements_employees_per_year", 93000, "persons/year", "2024", 0.02,
         "nl_facts.csv: CBS (rd.nl 2025-04); 40% at exactly 67; mean age >66"),
        ("job_to_job_per_quarter", 0.04, "fraction of employees", "2025", 0.15,
         "CBS Q4 2024 as quoted in InZicht Magazine AIZ (June 2025): about 4% of employees change employer per quarter"),
        ("deaths_15_74_per_year", 49000, "persons/year", "2024", 0.01, "nl_facts.csv: CBS longread"),
        ("immigration_15_74_per_year", 277000, "persons/year", "2024", 0.01, "nl_facts.csv: CBS longread"),
        ("emigration_15_74_per_year", 186000, "persons/year", "2024", 0.01, "nl_facts.csv: CBS longread"),
        ("turned_15_per_year", 197000, "persons/year", "2024", 0.05, "nl_facts.csv: CBS longread"),
        ("utrecht_province_employed", 921000, "persons", "2025-06", 0.25,
         "AIZ infographic provincie Utrecht (June 2025); data: AM13+AM14 residence-based (see SOURCES.md)"),
        ("utrecht_province_unemployed", 33000, "persons", "2025-06", 0.25,
         "AIZ infographic provincie Utrecht (June 2025); data: AM13+AM14 (see SOURCES.md)"),
        ("utrecht_province_vacancies", 102110, "new vacancies per year (flow)", "2025-06", 0.20,
         "AIZ infographic provincie Utrecht (June 2025; ontstane vacatures); compare with vacancy openings per year not the stock"),
        ("defence_personnel", 80000, "persons", "2025-12-01", 0.01,
         "nl_facts.csv: NOS via omroepbrabant 2025-12-24 (military+civil+reserve)"),
        ("ww_benefits_under_6_months", WW_UNDER_6_MONTHS, "persons", "2024-Q1/Q2 mean", 0.05,
         "outlook_2025_2040.csv: UWV Spanningsindicator 2024 (112500 in Q1; 104800 in Q2)"),
    ]
    achieved = {
        "population_15_74": pop_total, "employed": lm_e, "unemployed": lm_u,
        "unemployment_rate": lm_u / (lm_e + lm_u), "vacancies": lm_v,
        "retirements_employees_per_year": rinfo["total"], "job_to_job_per_quarter": rinfo["j2j"],
        "deaths_15_74_per_year": deaths, "immigration_15_74_per_year": IMMIGRATION_TOTAL * sum(imm_v),
        "emigration_15_74_per_year": emig, "turned_15_per_year": pop_a[15],
        "utrecht_province_employed": u_emp, "utrecht_province_unemployed": u_un,
        "utrecht_province_vacancies": u_vac_flow, "defence_personnel": float(sum(defence.values())),
        "ww_benefits_under_6_months": float(WW_UNDER_6_MONTHS),
    }
    rows = []
    target_report = []
    for key, value, unit, period, tol, src in targets:
        dev = achieved[key] / value - 1
        target_report.append((key, value, achieved[key], dev, tol))
        if abs(dev) > tol:
            raise SystemExit("CHECK FAILED: target %s achieved %.6g (%+.2f%%) outside tolerance %.2f"
                             % (key, achieved[key], 100 * dev, tol))
        rows.append([key, fmt(value, 6), unit, period, fmt(tol, 4), src.replace(",", ";")])
    W.write("calibration_targets.csv", ["key", "value", "unit", "period", "tolerance_rel", "source"], rows)
    check("job-to-job achieved deviation (tolerance 0.15)", "%.3f" % j2j_tol)

    # ------------------------------------------------------------------ demand outlook 2025-2040
    outlook_files, outlook = build_outlook(sh, SEC, sec_emp, so_share, lm, REG)
    header = ["region", "occupation", "year", "growth", "source"]
    W.write("demand_outlook.csv", header, outlook_files["supply"][0])
    W.write("demand_outlook_roa_expansion.csv", header, outlook_files["roa"][0])
    for variant, name in (("supply", "demand_outlook"), ("roa", "demand_outlook_roa_expansion")):
        check("%s: max |employment-weighted civilian growth - national growth| over the years" % name,
              "%.2e" % outlook["means"][variant], outlook["means"][variant] < 1e-6)
    same = all(outlook["vals"]["supply"][(o, y)] == outlook["vals"]["roa"][(o, y)]
               for o in OCC for y in OUTLOOK_YEARS if y <= 2030)
    check("demand outlook: the two files agree through 2030", "yes" if same else "NO", same)
    lvl = {v: math.prod(1.0 + outlook["paths"][v][y][0] for y in OUTLOOK_YEARS) for v in ("supply", "roa")}
    check("demand outlook: national demand end 2040 / start 2025 (labour supply; ROA continued)",
          "%.4f; %.4f" % (lvl["supply"], lvl["roa"]))
    care_gap = min(outlook["diff"]["BRC10"], -outlook["diff"]["BRC09"])
    check("demand outlook: BRC10 care above and BRC09 agriculture below the national growth (pp a year)",
          "%+.3f; %+.3f" % (100 * outlook["diff"]["BRC10"], 100 * outlook["diff"]["BRC09"]), care_gap > 0)

    # ------------------------------------------------------------------ report
    write_sources(args.out, W.files, checks, target_report, utrecht, stat_info, rinfo, {
        "cohort": cohort, "pop_a": pop_a, "vac_p": vac_p, "un_p": un_p, "defence": defence,
        "base_scale": base_scale, "defence_sites": defence_sites, "zzp": zzp, "zzp_mean_raw": zzp_mean_raw, "occ_total": occ_total,
        "vac_o": vac_o, "tension_10": tension_10, "aow": aow, "aow_status": aow_status,
        "aow_info": aow_info, "pop_outlook": pop_outlook, "rvu": rvu, "sec_scale": EMP_TARGET / (sec_sum * 1000),
        "emp_scale": EMP_TARGET / sum(est_emp.values()), "un_scale": UNEMP_TARGET / sum(est_un.values()),
        "pshare": pshare, "mig_total": mig_total, "mig_stock": mig_stock, "rates": rates,
        "mig_m": mig_m, "mig_net": mig_m * sum(net_prof.values()), "provs": provs, "vscale": vscale,
        "tot_status": tot_status, "emp_edu": emp_edu, "emp_status": emp_status, "hours_mean": hours_mean,
        "heavy_mean": heavy_mean, "heavy_work": heavy_work, "heavy_scale": heavy_scale, "offdiag": offdiag, "vac_other_scale": f, "pop_total": pop_total,
        "edu_tot": edu_tot, "sec_emp": sec_emp, "regions": REG, "am": am, "outlook": outlook,
        "sec_nl": sec_nl, "lmr": lmr,
    })
    for label, value in checks:
        print("%-95s %s" % (label, value))
    print("wrote %d files to %s" % (len(W.files) + 1, os.path.relpath(args.out, ROOT)))


INACTIVE_FLOOR = 0.01  # at least 1% of every age/education cell below 67 is 'inactive'

STATUSES = ["employed", "unemployed", "student", "student_side_job", "inactive_potential",
            "inactive", "retired", "disabled"]

# Early-retirement age distribution of the 60% of employee retirements that happen before AOW
# (ages 55..66; shape chosen so that the mean retirement age is just over 66 and fewer than 6%
# retire before 62, as CBS reports for 2023/2024).
EARLY_RET_DIST = {55: 0.003, 56: 0.004, 57: 0.005, 58: 0.007, 59: 0.009, 60: 0.012, 61: 0.015,
                  62: 0.030, 63: 0.060, 64: 0.100, 65: 0.200, 66: 0.555}


def mort_shape(a):
    # Gompertz shape of the Dutch life table (both sexes): q ~0.0003 at 20, ~0.006 at 60,
    # ~0.024 at 74, plus a constant background (accidents); level scaled to 49,000 deaths.
    return 0.00015 + 0.0022 * math.exp(0.0992 * (a - 50))


def emig_shape(a):
    # emigration rate shape: concentrated at 20-40 (students, returning labour migrants)
    return 0.004 + 0.030 * math.exp(-((a - 28.0) / 9.0) ** 2)


def imm_shape(a):
    # immigration age profile: peak at 24 (students, labour migrants), teenagers arriving with
    # their families below, a longer tail upwards
    if a < 24:
        v = 0.05 + math.exp(-((a - 24.0) / 6.0) ** 2)
    else:
        v = 0.05 + math.exp(-((a - 24.0) / 11.0) ** 2)
    return v * (0.6 if a >= 67 else 1.0)


def imm_shape_norm(a):
    return imm_shape(a) / sum(imm_shape(b) for b in AGES)


def student_share(a):
    # share of the population in education (incl. those with a side job), national, by age;
    # CBS enrolment pattern (approx.): nearly all 15-17, half at 22, ~20% at 25, none after 30
    # (adult learners are counted in their labour status).
    table = {15: 0.93, 16: 0.925, 17: 0.91, 18: 0.83, 19: 0.74, 20: 0.66, 21: 0.58, 22: 0.49,
             23: 0.40, 24: 0.31, 25: 0.21, 26: 0.14, 27: 0.09, 28: 0.06, 29: 0.04, 30: 0.025}
    return table.get(a, 0.0)


def side_job_share(a):
    # share of students with a paid side job (CBS: about half of students work)
    if a == 15:
        return 0.42
    if a == 16:
        return 0.57
    if a == 17:
        return 0.65
    if a <= 22:
        return 0.70
    if a <= 24:
        return 0.66
    return 0.55


def build_status(pop_ae, pop_a, zzp_mean):
    """Status shares by (age, education); national; calibrated to the 2025 totals."""
    base = {}
    for a in AGES:
        w = [pop_ae[(a, e)] / pop_a[a] for e in EDU]

        def norm(mult):
            # education multipliers normalised so that the age average equals the age value
            avg = sum(wk * mk for wk, mk in zip(w, mult))
            return [mk / avg for mk in mult]

        # students: among those aged 18+ the mid-educated (havo/vwo/mbo diploma, in hbo/wo) are
        # most often in school, from 25 the high-educated (master, PhD)
        if a < 18:
            sm = norm((1.0, 1.0, 1.0))
        elif a <= 24:
            sm = norm((0.85, 1.15, 0.80))
        else:
            sm = norm((0.60, 1.00, 1.30))
        um = norm((1.2, 0.9, 0.7) if a < 25 else (1.6, 1.0, 0.65))
        pm = norm((1.5, 1.0, 0.7))
        dm = norm((1.5, 1.0, 0.6))
        rm = norm((1.1, 1.0, 0.85))
        em = norm((0.85, 1.0, 1.05))
        # unemployed (fraction of population, incl. students seeking work at young ages)
        if a <= 16:
            u = 0.035
        elif a <= 19:
            u = 0.060
        elif a <= 24:
            u = 0.060
        elif a <= 29:
            u = 0.035
        elif a <= 34:
            u = 0.030
        elif a <= 44:
            u = 0.026
        elif a <= 54:
            u = 0.022
        elif a <= 64:
            u = 0.021
        elif a <= 66:
            u = 0.010
        else:
            u = 0.003
        # inactive potential (want to work, not searching or not available)
        if a <= 17:
            p = 0.008
        elif a <= 24:
            p = 0.018
        elif a <= 54:
            p = 0.038
        elif a <= 64:
            p = 0.042
        elif a <= 66:
            p = 0.030
        else:
            p = 0.012
        # disabled (WIA/WAO/Wajong, not working)
        if a <= 17:
            d = 0.004
        elif a <= 24:
            d = 0.020
        elif a <= 34:
            d = 0.025
        elif a <= 44:
            d = 0.030
        elif a <= 54:
            d = 0.040
        elif a <= 66:
            d = 0.060
        else:
            d = 0.0
        ret = {55: 0.010, 56: 0.012, 57: 0.014, 58: 0.017, 59: 0.020, 60: 0.025, 61: 0.030,
               62: 0.040, 63: 0.055, 64: 0.080, 65: 0.120, 66: 0.170}.get(a, 0.0)
        if a <= 17:
            es = 0.30
        elif a <= 24:
            es = 0.88
        elif a <= 44:
            es = 0.965
        elif a <= 54:
            es = 0.955
        else:
            es = {55: 0.955, 56: 0.95, 57: 0.945, 58: 0.94, 59: 0.935, 60: 0.925, 61: 0.91,
                  62: 0.89, 63: 0.86, 64: 0.82, 65: 0.76, 66: 0.70}.get(a, 0.0)
        for k, e in enumerate(EDU):
            U = u * um[k]
            P = p * pm[k]
            D = d * dm[k]
            S = min(student_share(a) * sm[k], 0.96 - U - P - D)
            SJ = S * side_job_share(a)
            if a >= 67:
                # employed past AOW (more often the high-educated); all others retired except
                # small groups (unemployed, inactive potential, 2% inactive)
                E = {67: 0.14, 68: 0.12, 69: 0.11, 70: 0.10, 71: 0.09, 72: 0.08, 73: 0.07,
                     74: 0.06}[a] * norm((0.8, 1.0, 1.25))[k]
                R = 1.0 - S - U - P - D - E - 0.02
            else:
                R = ret * (rm[k] if a >= 55 else 1.0)
                rest = 1.0 - S - U - P - D - R
                E = min(0.985, es * (em[k] if a >= 25 else 1.0)) * rest
            base[(a, e)] = {"S": S, "SJ": SJ, "U": U, "P": P, "D": D, "R": R, "E": E}

    # Calibrate: employees at age 66 pinned (retirement calculation), other employed scaled by kE
    early_total = RETIREMENTS_TARGET * (1 - RETIRE_AT_AOW_SHARE)
    employees_66 = early_total * EARLY_RET_DIST[66] + RETIREMENTS_TARGET * RETIRE_AT_AOW_SHARE
    employed_66 = employees_66 / (1 - zzp_mean)
    emp66_raw = sum(pop_ae[(66, e)] * base[(66, e)]["E"] for e in EDU)
    f66 = employed_66 / emp66_raw
    sj_total = sum(pop_ae[(a, e)] * base[(a, e)]["SJ"] for a in AGES for e in EDU)
    u_raw = sum(pop_ae[(a, e)] * base[(a, e)]["U"] for a in AGES for e in EDU)
    kU = UNEMP_TARGET / u_raw
    p_raw = sum(pop_ae[(a, e)] * base[(a, e)]["P"] for a in AGES for e in EDU)
    kP = INACTIVE_POTENTIAL_TARGET / p_raw
    # room for employment below 67 once U and P are scaled: keep at least INACTIVE_FLOOR inactive
    room = {}
    for (a, e), b in base.items():
        if a < 67:
            room[(a, e)] = 1.0 - b["S"] - b["U"] * kU - b["P"] * kP - b["D"] - b["R"] - INACTIVE_FLOOR
    # employed (other than age 66) scaled by kE, capped by the room; fixed-point iteration
    kE = 1.0
    for _ in range(200):
        tot = 0.0
        for (a, e), b in base.items():
            if a == 66:
                continue
            E = kE * b["E"]
            if a < 67:
                E = min(E, room[(a, e)])
            tot += pop_ae[(a, e)] * E
        need = EMP_TARGET - sj_total - employed_66
        if abs(tot / need - 1) < 1e-13:
            break
        kE *= need / tot
    else:
        raise SystemExit("employment calibration did not converge")
    status = {}
    for (a, e), b in base.items():
        if a == 66:
            E = b["E"] * f66
        elif a < 67:
            E = min(b["E"] * kE, room[(a, e)])
        else:
            E = b["E"] * kE
        U = b["U"] * kU
        P = b["P"] * kP
        student = b["S"] - b["SJ"]
        if a >= 67:
            R = 1.0 - b["S"] - U - P - b["D"] - E - 0.02
            I = 0.02
        else:
            R = b["R"]
            if a == 66:
                # those the pin takes out of employment at 66 have retired early
                R += b["E"] - E
            I = 1.0 - E - U - b["S"] - P - R - b["D"]
        vals = [E, U, student, b["SJ"], P, I, R, b["D"]]
        if min(vals) < 0:
            raise SystemExit("negative status share at age %d %s: %r" % (a, e, vals))
        status[(a, e)] = vals
    info = {"k": (kE, kU, kP), "f66": f66, "employed_66": employed_66, "employees_66": employees_66}
    return status, info


def build_age_rates(pop_a, emp_a, sj_a, stat_info, zzp_mean):
    rates = {a: {} for a in AGES}
    # mortality: Gompertz shape of the Dutch life table (both sexes; q ~0.0003 at 20, ~0.006 at
    # 60, ~0.024 at 74) plus a constant background, scaled to 49,000 deaths per year.
    shape = {a: mort_shape(a) for a in AGES}
    k = DEATHS_TARGET / sum(shape[a] * pop_a[a] for a in AGES)
    for a in AGES:
        rates[a]["mortality"] = shape[a] * k
    # disability: WIA inflow from work, 0.2% at 30 rising exponentially to 1% at 60; lower just
    # before AOW (104 weeks of sickness come first), 0 from the AOW age
    for a in AGES:
        if a <= 60:
            d = 0.002 * math.exp(math.log(5.0) / 30.0 * (a - 30))
        elif a <= 64:
            d = 0.010
        elif a == 65:
            d = 0.006
        elif a == 66:
            d = 0.003
        else:
            d = 0.0
        rates[a]["disability"] = d
    # early retirement hazard (employees, before AOW) from the target age distribution
    early_total = RETIREMENTS_TARGET * (1 - RETIRE_AT_AOW_SHARE)
    employees = {a: emp_a[a] * (1 - zzp_mean) for a in AGES}
    for a in AGES:
        if a < 55:
            h = 0.0
        elif a <= 66:
            h = early_total * EARLY_RET_DIST[a] / employees[a]
        else:
            h = None
        rates[a]["early_retirement"] = h
    for a in range(67, 75):  # used only while the AOW age is above a (AOW 67y3m from 2028)
        rates[a]["early_retirement"] = rates[66]["early_retirement"]
    total_early = sum(rates[a]["early_retirement"] * employees[a] for a in range(55, 67))
    at_aow = employees[66] * (1 - rates[66]["early_retirement"])
    total = total_early + at_aow
    mean_age = (sum((a + 0.5) * rates[a]["early_retirement"] * employees[a] for a in range(55, 67))
                + 67.0 * at_aow) / total
    before62 = sum(rates[a]["early_retirement"] * employees[a] for a in range(55, 62)) / total
    # emigration: concentrated 20-40 (students, returning labour migrants), scaled to 186,000
    eshape = {a: emig_shape(a) for a in AGES}
    k = EMIGRATION_TARGET / sum(eshape[a] * pop_a[a] for a in AGES)
    for a in AGES:
        rates[a]["emigration"] = eshape[a] * k
    for a in AGES:
        rates[a]["immigration_share"] = imm_shape_norm(a)
    # school leaving: cohort continuation of the student share, 1 at 30 (no students after 30)
    for a in AGES:
        if a < 30:
            s0, s1 = student_share(a), student_share(a + 1)
            rates[a]["school_leaving"] = max(0.01, 1.0 - s1 / s0)
        elif a == 30:
            rates[a]["school_leaving"] = 1.0
        else:
            rates[a]["school_leaving"] = 0.0
    # job-to-job moves per quarter (CBS Q4 2024, quoted in InZicht Magazine AIZ, June 2025):
    # 10% under 25, 4% 25-44, 2% 45+
    for a in AGES:
        rates[a]["job_to_job_quarterly"] = 0.10 if a < 25 else (0.04 if a < 45 else 0.02)
    # employees incl. students with a side job (they are employees in the polis records)
    j2j = (sum(rates[a]["job_to_job_quarterly"] * (employees[a] + sj_a[a]) for a in AGES)
           / sum(employees[a] + sj_a[a] for a in AGES))
    wia = sum(rates[a]["disability"] * employees[a] for a in AGES)
    leavers = sum(rates[a]["school_leaving"] * student_share(a) * pop_a[a] for a in range(15, 31))
    info = {"total": total, "at_aow": at_aow, "total_early": total_early, "mean_age": mean_age,
            "share67": at_aow / total, "before62": before62, "employees": employees, "j2j": j2j,
            "wia": wia, "leavers": leavers}
    return rates, info


def growth_str(g):
    """A growth rate as a fraction with exactly 6 decimals (negative values allowed)."""
    if not math.isfinite(g):
        raise ValueError("non-finite growth")
    s = "%.6f" % g
    return "0.000000" if s == "-0.000000" else s


def build_outlook(sh, SEC, sec_emp, so_share, lm, REG):
    """Labour-demand growth by occupation and year, 2025-2040: the national path (UWV, ROA, then
    labour supply or ROA continued) plus an occupational differential that sums to zero over the
    civilian occupations, weighted by their 2025 employment."""
    facts = {}
    for row in read_csv(os.path.join(sh, "outlook_2025_2040.csv")):
        facts[(row["key"], row["period"])] = row

    def fact(key, period):
        return float(facts[(key, period)]["value"])

    uwv_2025 = fact("jobs_growth_forecast", "2025") / 100.0
    uwv_2025_2027 = fact("jobs_growth_forecast_total", "2025-2027") / 100.0
    roa = fact("expansion_demand", "2023-2028") / 100.0
    pot_2025 = fact("potential_labour_force_20_to_aow", "2025")
    pot_2035 = fact("potential_labour_force_20_to_aow", "2035")
    uwv_2026_2027 = math.sqrt((1.0 + uwv_2025_2027) / (1.0 + uwv_2025)) - 1.0
    pot_rate = (pot_2035 / pot_2025) ** (1.0 / (2035 - 2025)) - 1.0

    def national(variant):
        path = {}
        for y in OUTLOOK_YEARS:
            if y == 2025:
                path[y] = (uwv_2025, TAG_UWV_2025)
            elif y <= 2027:
                path[y] = (uwv_2026_2027, TAG_UWV_2025_2027)
            elif y == 2028:
                path[y] = (roa, TAG_ROA_2028)
            elif y <= 2030:
                path[y] = (roa, TAG_ROA_HELD)
            elif variant == "supply":
                path[y] = (pot_rate, TAG_SUPPLY)
            else:
                path[y] = (roa, TAG_ROA_CONTINUED)
        return path

    # occupational differential (percent a year), from the sector profile via sector_occupation
    business = [s for s in SEC if s not in OUTLOOK_PUBLIC_SECTORS]
    b_mean = sum(sec_emp[s] * SECTOR_OUTLOOK[s][0] for s in business) / sum(sec_emp[s] for s in business)
    sec_g = {s: SECTOR_OUTLOOK[s][0] - (b_mean if s in business else 0.0) for s in SEC}
    occ_emp = {o: sum(lm[(r, o)][0] for r in REG) for o in OCC}
    civ = sum(occ_emp[o] for o in BRC)
    w = {o: occ_emp[o] / civ for o in BRC}
    raw = {}
    from_sectors = {}
    for j, o in enumerate(BRC):
        den = sum(sec_emp[s] * so_share[s][j] for s in SEC)
        from_sectors[o] = sum(sec_emp[s] * so_share[s][j] * sec_g[s] for s in SEC) / den
        raw[o] = from_sectors[o] + OCC_OUTLOOK_SHIFT.get(o, (0.0, ""))[0]
    raw_mean = sum(w[o] * raw[o] for o in BRC)
    diff = {o: (raw[o] - raw_mean) / 100.0 for o in BRC}

    files = {}
    means = {}
    for variant in ("supply", "roa"):
        path = national(variant)
        rows = []
        val = {}
        for o in OCC:
            for y in OUTLOOK_YEARS:
                g = 0.0 if o == "DEF" else path[y][0] + diff[o]
                gs = growth_str(g)
                val[(o, y)] = float(gs)
                rows.append(["NL", o, str(y), gs, path[y][1]])
        files[variant] = (rows, path, val)
        means[variant] = max(abs(sum(w[o] * val[(o, y)] for o in BRC) - path[y][0]) for y in OUTLOOK_YEARS)
    info = {
        "uwv_2025": uwv_2025, "uwv_2025_2027": uwv_2025_2027, "uwv_2026_2027": uwv_2026_2027,
        "roa": roa, "pot_2025": pot_2025, "pot_2035": pot_2035, "pot_rate": pot_rate,
        "b_mean": b_mean, "sec_g": sec_g, "occ_emp": occ_emp, "w": w, "from_sectors": from_sectors,
        "raw": raw, "raw_mean": raw_mean, "diff": diff, "means": means,
        "paths": {v: files[v][1] for v in files}, "vals": {v: files[v][2] for v in files},
    }
    return files, info


def build_aow_age(le65_hundredths=None, slope_hundredths=AOW_LE65_SLOPE_HUNDREDTHS):
    """AOW age in months 2025-2045: the law to 2031, then the legal rule applied to the CBS
    projection of the life expectancy at 65 (status 'expected'). Exact rational arithmetic.
    le65_hundredths and slope_hundredths replace the projection (for the sensitivity checks)."""
    from fractions import Fraction
    points = AOW_LE65_HUNDREDTHS if le65_hundredths is None else le65_hundredths
    ref = Fraction(*AOW_REFERENCE_LE)
    base_year = max(points)

    def le65(y):
        if y in points:
            return Fraction(points[y], 100)
        return Fraction(points[base_year] + slope_hundredths * (y - base_year), 100)

    aow, status, rule, v_of, le_of = {}, {}, {}, {}, {}
    for y in range(2025, 2046):
        if y >= min(points):
            # the rule itself, from the previous year's age (law where known); from 2030, the
            # first year with a published projection in the vintage used
            prev = aow[y - 1]
            v = Fraction(2, 3) * (le65(y) - ref) - (Fraction(prev, 12) - 67)
            rule[y] = prev + (3 if v >= Fraction(1, 4) else 0)
            v_of[y] = float(v)
            le_of[y] = float(le65(y))
        if y in AOW_LAW_MONTHS:
            aow[y], status[y] = AOW_LAW_MONTHS[y], "law"
        else:
            aow[y], status[y] = rule[y], "expected"
    return aow, status, {"rule": rule, "v": v_of, "le65": le_of}


def build_population_outlook():
    """population_outlook.csv: entrants at 15 from the birth cohorts 15 years earlier, migration
    aged 15-74 from the CBS forecast's all-ages path times the 2024 share aged 15-74."""
    births = dict(BIRTHS)
    births_est = {}
    live_per_28w = 167504.0 / BIRTHS_28W_2022
    births_est[2024] = int(round(BIRTHS_28W_2024 * live_per_28w, -2))
    births_est[2025] = births_est[2024]
    births.update(births_est)
    scale = TURNED_15 / births[2010]
    share_imm = IMMIGRATION_TOTAL / MIG_ALL_AGES_2024[0]
    share_emi = EMIGRATION_TARGET / MIG_ALL_AGES_2024[1]
    anchor = {2024: (IMMIGRATION_TOTAL, EMIGRATION_TARGET)}
    for y in (2030, 2040):
        anchor[y] = (MIG_FORECAST[y][0] * share_imm, MIG_FORECAST[y][1] * share_emi)

    def interpolate(y):
        lo = max(a for a in anchor if a <= y)
        if lo == y:
            return anchor[y]
        hi = min(a for a in anchor if a > y)
        w = (y - lo) / float(hi - lo)
        return tuple(anchor[lo][k] + w * (anchor[hi][k] - anchor[lo][k]) for k in range(2))

    rows = {}
    for y in OUTLOOK_YEARS:
        cohort = y - 15
        entrants = int(round(births[cohort] * scale))
        imm, emi = interpolate(y)
        mig_derived = y in (2030, 2040)
        ent_derived = cohort not in births_est
        status = "derived" if (mig_derived and ent_derived) else "EST"
        ent_src = ("CBS births %d x %.4f" % (cohort, scale) if ent_derived
                   else "EST births %d x %.4f" % (cohort, scale))
        if mig_derived:
            mig_src = "CBS 85751NED %d x 15-74 share" % y
        elif y < 2030:
            mig_src = "EST linear CBS 2024 to 85751NED 2030"
        else:
            mig_src = "EST linear 85751NED 2030 to 2040"
        rows[y] = {"entrants": entrants, "immigration": int(round(imm)), "emigration": int(round(emi)),
                   "status": status, "source": ent_src + "; " + mig_src, "cohort": cohort,
                   "births": births[cohort], "births_est": not ent_derived}
    return {"rows": rows, "entrant_scale": scale, "shares": (share_imm, share_emi),
            "anchor": anchor, "births_est": births_est, "live_per_28w": live_per_28w}


def render_sources(files, checks, target_report, utr, stat_info, rinfo, x):
    """SOURCES.md: source, period and status of every file and column, plus the checks."""
    L = []
    add = L.append
    n = lambda v: "{:,.0f}".format(v)  # noqa: E731
    occ_total = x["occ_total"]
    add("# Sources of the default data set (scenarios/data)")
    add("")
    add("Generated by `scripts/derive_data.py` (Python 3 standard library) from the public facts in")
    add("`shared/data` (see its README.md; original sources are cited per file below) and a few published")
    add("figures kept in the script, each cited where it is used; the Utrecht anchors and the job-to-job")
    add("rates come from *InZicht Magazine AIZ* (ArbeidsmarktInZicht, Utrecht edition, June 2025) and its")
    add("infographic of key figures for the province of Utrecht. Do not edit these files by hand: change the")
    add("script and rerun `python3 scripts/derive_data.py` (deterministic; byte-identical output).")
    add("")
    add("Status legend: **exact** = a published figure copied (possibly rescaled to the 2025 national")
    add("total, which is said); **estimated** = derived or assumed here, with the method stated.")
    add("")
    add("Reference date of the starting stocks: 2025-01. National 2025 totals all files are scaled to")
    add("(nl_facts.csv): population 15..74 = 13,600,000; employed (werkzame beroepsbevolking incl.")
    add("self-employed) = 9,850,000; unemployed = 390,000; open vacancies = 389,000; defence personnel")
    add("= 80,000 (Dec 2025, incl. civilians and reservists). Persons are plain numbers (not x1000);")
    add("derived counts are non-integer (3 decimals); shares have 10 decimals and every share row sums")
    add("to exactly 1 in decimal (largest-remainder rounding).")
    add("")
    add("Files written: " + ", ".join("`%s` (%d rows)" % (f, r) for f, r in files) + ".")
    add("")
    add("## Inputs (shared/data) and their original sources")
    add("")
    add("| input file | content | original source | status in shared/data |")
    add("|---|---|---|---|")
    add("| arbeidsmarktregios.csv | 35 regions; population 2021 and EST 2024; EST labour force | CBS 86247NED (mapping); CBS 83502NED/83504NED PC4 population 1-1-2021; CBS 70072ned; CBS 85969NED (province participation 2023) | names/mapping exact; EST_ columns modelled (region pop x province rates, calibrated to NL 2023: employed 9,737k, unemployed 359k) |")
    add("| population_by_age_am_2021.csv | 35 regions x 20 five-year age groups, 1-1-2021 | CBS PC4 data (certegis) | exact-ish (PC4 rounding) |")
    add("| gemeenten_arbeidsmarktregio.csv | 342 gemeenten -> region, pop 2021 and EST 2024 | CBS 86247NED | exact mapping |")
    add("| commuting_am_matrix_est2016.csv | 35x35 commuters home x work region | mtennekes/odf NL_commuting (2016/2017 model estimate) | estimated; use shares |")
    add("| employment_by_sector_sbi.csv | employed by SBI section, 2022Q3 | CBS 85272NED | exact; T+U residual |")
    add("| employment_by_occupation_brc2014.csv | employed by BRC 2014 class, 2024Q4 | CBS 85276NED / 83359NED | exact except BRC11-13 2024Q4 (residual split by 2017 shares) |")
    add("| labour_force_by_province.csv | 12 provinces 2022/2023 | CBS 85494NED / 85969NED | exact |")
    add("| nl_facts.csv | national facts (population, flows, unemployment, vacancies, AOW, RVU, migration, defence) | CBS StatLine / press releases / news (URL per row) | per row |")
    add("| outlook_2025_2040.csv | national outlook: UWV job growth 2025 and 2025-2027, ROA openings and expansion demand to 2028, CBS potential labour force 2025 and 2035, CPB unemployment forecasts | UWV, ROA, CBS, CPB as named per row (mostly via news copies of their releases) | per row: exact, exact (2nd-hand) or derived |")
    add("")
    add("Figures that are not in shared/data are constants in `scripts/derive_data.py`, each with its source")
    add("next to it: the AOW rule and CBS's projection of the life expectancy at 65 (aow_age.csv), and the CBS")
    add("births by year, the CBS population forecast's migration path and the 2024 migration totals of all")
    add("ages (population_outlook.csv). Both sections below cite them. The published figures behind")
    add("labour_migrant_regions.csv are constants in `scripts/labour_migrant_regions.py`, each with its source.")
    add("")

    # ------------------------------------------------------------------ per file
    add("## Files and columns")
    add("")
    add("### regions.csv")
    add("| column | source | period | status |")
    add("|---|---|---|---|")
    add("| code | arbeidsmarktregios.csv am_code (CBS 86247NED); AM04, AM16, AM31 do not exist | 2025 | exact |")
    add("| name | arbeidsmarktregios.csv am_name | 2025 | exact |")
    add("| province | arbeidsmarktregios.csv main_province (province holding most of the region's population) | 2025 | exact |")
    add("")
    import region_groups  # scripts/region_groups.py
    L.extend(region_groups.sources_section())
    add("### occupations.csv")
    add("Codes BRC01..BRC13 are the BRC 2014 beroepsklassen 01..13 (CBS); DEF is defence (military,")
    add("civilians and reservists), taken out of BRC06 so that national totals still add up. weekly_hours")
    add("and zzp_share are **estimated** (no per-occupation table in shared/data) from the national facts")
    add("in nl_facts.csv and the content of each class; heavy_work_share is published for BRC01 and")
    add("estimated from published NEA figures for the others:")
    add("")
    add("| column | source | period | status / method |")
    add("|---|---|---|---|")
    add("| code, name_nl | CBS BRC 2014 (employment_by_occupation_brc2014.csv), in the official spelling with commas and diacritics; BRC06 name marks 'excl. defensie' | - | exact |")
    add("| name_en | translation | - | - |")
    add("| weekly_hours | nl_facts.csv: part-time 48%% of employed (2021; men 28%%, women 70%%); 26.3 h/week per inhabitant 15-64 (2023) | 2021-2023 | estimated: contract hours per occupation by its gender/part-time mix (care, education, services low; technical, ICT, transport, managers, defence high); employment-weighted mean %.2f h (26.3 h per inhabitant / ~0.82 employment rate 15-64 = ~32 actual hours per worker; contract hours are about 1 h lower) |" % x["hours_mean"])
    add("| zzp_share | CBS 85278NED: 1,230k zzp in 2023, about 12%% of the employed | 2024-2025 | estimated: relative judgement per occupation (construction/technical, creative, agrarian, ICT, care, services above average; defence 0), scaled by %.4f so the employment-weighted mean is exactly 0.1200 |" % (0.12 / x["zzp_mean_raw"]))
    add("| heavy_work_share | CBS/TNO NEA (StatLine 84435NED, 'regelmatig veel kracht zetten', BRC 2014): total 18.2%%, BRC01 7.9%%, skill levels 1-4 35.6/29.0/13.6/4.6%%, unknown 26.3%% (2021); construction 31%% (NEA 2020, vzinfo.nl); defence: 45,000 professional military of 80,000 personnel (NOS, December 2025) | 2021 | BRC01 **SRC**; BRC02..BRC13 and DEF **estimated** (EST): see below; employment-weighted %.3f (%s workers) |" % (x["heavy_mean"], n(x["heavy_mean"] * EMP_TARGET)))
    add("")
    add("**heavy_work_share** is the share of an occupation's employees whom an RVU scheme (early exit")
    add("before the AOW age, rvu.csv) can cover. No published table gives it: which work is heavy is set")
    add("per collective agreement (cao) or sector scheme, not by law or occupation class, on criteria such")
    add("as physical, psychosocial and cognitive load and working hours, usually with a minimum of 5 to 25")
    add("service years, and a third party recognised by SZW (TNO) validates the demarcation (Kamerstuk")
    add("32043 nr. 685, May 2025). The column uses the closest published occupation-level measure, the")
    add("NEA share of employees who regularly exert a lot of force. Method:")
    add("")
    add("1. BRC01 is the published NEA 2021 value, 0.079 (**SRC**).")
    add("2. BRC02..BRC13 take the NEA figure of the skill level (or sector) of the bulk of their employees")
    add("   (the class rows were not available), times one factor s = %.4f so that the employment-weighted" % x["heavy_scale"])
    add("   mean over BRC01..BRC13 is the NEA 2021 total 18.2% (**EST**).")
    add("3. DEF is the share of professional military, 45,000 / 80,000 (**EST**): they have a statutory")
    add("   age discharge that UWV counts among RVU starts (about 1,500 of 21,000 starts to June 2023).")
    add("4. Rounded to 3 decimals.")
    add("")
    add("The NEA share is a central proxy, not a count of eligible persons: cao definitions add shift")
    add("work and psychosocial load but also demand service years. The RVU take-up per eligible employee")
    add("(`rvu_take_up`, docs/model.md) is fitted to the RVU users with these shares.")
    add("")
    add("| code | employed 2025 | weekly_hours | zzp_share | heavy_work_share | status | basis of heavy_work_share |")
    add("|---|---|---|---|---|---|---|")
    for o in OCC:
        if o == "BRC01":
            status, basis = "SRC", "NEA 2021, '01 Pedagogische beroepen'"
        elif o == "DEF":
            status, basis = "EST", "professional military, 45,000 of 80,000"
        else:
            status, basis = "EST", "NEA %s, %.1f%% x s" % (HEAVY_WORK_PROXY[o][1], HEAVY_WORK_PROXY[o][0])
        add("| %s | %s | %s | %s | %s | %s | %s |" % (o, n(occ_total[o]), fmt(WEEKLY_HOURS[o], 2), fmt(x["zzp"][o], 4),
                                                fmt(x["heavy_work"][o], 4), status, basis))
    add("")
    add("### sectors.csv")
    add("| column | source | period | status |")
    add("|---|---|---|---|")
    add("| code, name_nl | employment_by_sector_sbi.csv (CBS 85272NED, SBI 2008 sections A..S), in the official spelling with commas and diacritics; TU = residual T+U+unknown | 2022Q3 | exact |")
    add("| name_en | translation | - | - |")
    add("| employed | employment_by_sector_sbi.csv employed_x1000_2022Q3 x 1000, scaled by %.6f so that the sum is 9,850,000 | 2022Q3 shares, 2025 level | exact shares, level estimated (scaled) |" % x["sec_scale"])
    add("")
    add("### sector_occupation.csv")
    add("**Estimated.** No sector x occupation table is in shared/data. A prior mix per sector (judgement from")
    add("the BRC and SBI definitions: P -> mostly BRC01; Q -> BRC10 (+ childcare BRC01); F -> BRC07; H -> BRC12;")
    add("A -> BRC09; I -> BRC11; J -> BRC08; K -> BRC04; G -> BRC03; O -> BRC04, BRC06 and all of DEF) was fitted")
    add("by iterative proportional fitting (RAS) so that the row totals are the sector employment of sectors.csv")
    add("and the column totals (sum over sectors of employed x share) equal the national occupation totals of")
    add("labour_market.csv within 1e-6 relative (achieved: see the checks). DEF is only in sector O. Each row is")
    add("the distribution of that sector's employment over occupations (sums to 1).")
    add("")
    add("Prior (percent of sector employment, before RAS):")
    add("")
    add("| sector | " + " | ".join(OCC) + " |")
    add("|---|" + "---|" * len(OCC))
    for sct, row in SECTOR_OCC_PRIOR.items():
        add("| %s | %s |" % (sct, " | ".join(fmt(v, 1) for v in row)))
    add("")
    add("### population.csv")
    add("| column | source | period | status |")
    add("|---|---|---|---|")
    add("| region, age, education | codes; ages 15..74; education low (ISCED 0-2), mid (3-4), high (5-8) | - | - |")
    add("| persons | population_by_age_am_2021.csv (CBS PC4, 1-1-2021); arbeidsmarktregios.csv EST_pop_15_74_2024; nl_facts.csv population_15_74 13.6 million (1-1-2025) | 2025-01 | estimated (method below) |")
    add("")
    add("Method:")
    add("1. Five-year groups -> single years by a **mean-preserving piecewise-linear split**: every group keeps")
    add("   its exact total; the slope inside a group is the central difference of the neighbouring group means.")
    add("2. **Ageing 2021 -> 2025** nationally by a cohort-component step: N2025(a) = N2021(a-4) x 4-year survival")
    add("   (mortality shape of age_rates.csv) + M x net-migration age profile (immigration profile x 277,000 minus")
    add("   emigration profile x 186,000, the 2024 levels), with M solved so that the total 15..74 is 13.6 million")
    add("   (M = %.2f years of the 2024 net profile = %s net migrants 15..74 over 2021-2024). Each region keeps its" % (x["mig_m"], n(x["mig_net"])))
    add("   own 2021 single-year age profile multiplied by the national cohort factor N2025(a)/N2021(a) (so student")
    add("   cities keep their young profile), and is then scaled to 13.6 million x its share of EST_pop_15_74_2024.")
    add("3. **Education** by single year of age, national (no regional factor: no regional attainment data in")
    add("   shared/data; regions differ only through their age structure). Shares low/mid/high (CBS StatLine,")
    add("   approximate): 25-34 19/36/45; 35-44 20/37/43; 45-54 24/40/36; 55-64 29/41/30; 65-74 37/37/26; ages")
    add("   15-24 a ramp because most are still in school (highest level attained so far): 15 100/0/0, 16 96/4/0,")
    add("   17 88/12/0, 18 70/30/0, 19 52/47/1, 20 42/54/4, 21 35/57/8, 22 29/55/16, 23 24/51/25, 24 21/45/34.")
    add("   Result 15..74: low/mid/high = %s." % " / ".join("%.1f%%" % (100 * x["edu_tot"][e] / x["pop_total"]) for e in EDU))
    add("")
    add("### labour_market.csv (region x occupation, region-major)")
    add("| column | source | period | status / method |")
    add("|---|---|---|---|")
    add("| employed | arbeidsmarktregios.csv EST_employed (residence-based; province participation 2023 x region population) scaled by %.6f to 9,850,000; occupations: employment_by_occupation_brc2014.csv 2024Q4 national shares (x 9,850,000 / 9,809,000), 80,000 defence taken out of BRC06 into DEF | 2023 regional shares, 2024Q4 occupation shares, 2025 level | estimated: DEF column = defence.csv exactly; the 13 BRC columns start from the national mix x a documented regional factor (table below) and are RAS-fitted to the region totals (minus defence) and national occupation totals |" % x["emp_scale"])
    add("| unemployed | arbeidsmarktregios.csv EST_unemployed scaled by %.6f to 390,000 | 2023 shares, 2025 level | estimated: within a region split in proportion to employed x occupation factor (table below) |" % x["un_scale"])
    add("| vacancies | nl_facts.csv: 389,000 open vacancies end 2025Q2; vacancies per 100 unemployed 2025Q1 by province (Utrecht 130, Zeeland 121, Gelderland 112, Limburg 109, Groningen 69; others national 101); care 68,000 | 2025Q1-Q2 | estimated: province total = ratio x province unemployed (regions grouped by main_province), rescaled by %.4f to 389,000; within a province in proportion to employment; by occupation: BRC10 fixed at 68,000 nationally (the sector figure used for the occupation), others in proportion to employment x tension factor, then RAS to region totals |" % x["vscale"])
    add("")
    add("| occupation | national employed | unemployment factor | vacancy tension factor | national vacancies |")
    add("|---|---|---|---|---|")
    for o in OCC:
        tf = VAC_TENSION[o] if VAC_TENSION[o] is not None else x["tension_10"]
        add("| %s | %s | %s | %s | %s |" % (o, n(occ_total[o]), fmt(UNEMP_FACTOR[o], 2), fmt(tf, 3), n(x["vac_o"][o])))
    add("")
    add("Unemployment factors: higher for services, transport, commercial, creative and other/unknown (many")
    add("unemployed have no recent or a poorly coded occupation); lower for care, education, ICT, managers and")
    add("defence. Tension factors: technical and ICT high (UWV: krap), care fixed by the 68,000; managers,")
    add("creative, administrative and other low.")
    add("")
    add("Vacancies by province (before splitting to regions):")
    add("")
    add("| province | unemployed | vacancies per 100 unemployed | vacancies |")
    add("|---|---|---|---|")
    for p in x["provs"]:
        add("| %s | %s | %s | %s |" % (p, n(x["un_p"][p]), fmt(VAC_PER_100_UNEMP.get(p, VAC_PER_100_NATIONAL), 0), n(x["vac_p"][p])))
    add("")
    add("Regional occupation factors (judgement from well-known regional specialisations; replace with")
    add("regional CBS/UWV data when available; all other cells 1.0):")
    add("")
    add("| region | factors |")
    add("|---|---|")
    for r, fac in REGION_OCC_FACTOR.items():
        add("| %s %s | %s |" % (r, x["am"][r]["am_name"], "; ".join("%s x%s" % (o, fmt(v, 2)) for o, v in fac.items())))
    add("")
    add("### defence.csv")
    add("**Estimated** (no regional defence table is public). Persons at the workplace on 1 December 2025,")
    add("military, civilian and reservist together, 80,000 in total (NOS via Omroep Brabant, S03 below).")
    add("Written by `scripts/defence_streams.py` (`regional_personnel`), which holds every site with its")
    add("source. Method: the military and civilian staff (70,828) are placed at the main sites: LISA 2017 job")
    add("counts (Den Helder about 7,000; Den Haag and Utrecht about 3,300 each; the defence shares of all jobs")
    add("in Oirschot, Westerveld and Woensdrecht turned into jobs at 0.45 jobs per inhabitant; S24), brought")
    add("to 2025 by the growth of staff since 2017 (x1.454), and site figures from the news (Stroe and Ermelo,")
    add("S25; Gilze-Rijen, S26; Eindhoven air base, S28; Assen and the battalion leaving Havelte, S29;")
    add("Amersfoort, S30; the marines in Doorn, S31; Schiphol's marechaussee, S33), brought to 2025 by 1.15")
    add("(before 2020) or 1.10 (2020-2023); sites without a published figure have estimated sizes (EST below).")
    add("12% of the staff are dispersed by population 15..74 (marechaussee brigades, recruitment, small sites),")
    add("and the located figures are scaled by %.4f so that the staff sum to 70,828. The 9,172 reservists are" % x["base_scale"])
    add("split half by population 15..74 and half by the staff of the region. Integers by largest remainder.")
    add("The region of a site follows gemeenten_arbeidsmarktregio.csv: Assen belongs to AM01 Groningen and")
    add("Havelte (Westerveld) to AM36 Regio Zwolle, not to AM03 Drenthe. The marine barracks in Vlissingen")
    add("closed in 2018 and the marines stay in Doorn until their move to Nieuw Milligen (AM06; S31, S32); the")
    add("KMS in Weert closed (S24). Defence personnel are counted where they work; the other employed of")
    add("labour_market.csv are residence-based.")
    add("")
    add("| region | sites (persons in 2025 before the common scaling; SRC or EST) | personnel |")
    add("|---|---|---|")
    for r in x["regions"]:
        sites = x["defence_sites"][r]
        where = "; ".join("%s %s (%s)" % (label, n(v), status) for label, v, status in sites) or "dispersed posts only"
        add("| %s %s | %s | %s |" % (r, x["am"][r]["am_name"], where, n(x["defence"][r])))
    add("")
    L.extend(defence_streams_section())
    add("### regional_mobility.csv")
    add("| column | source | period | status |")
    add("|---|---|---|---|")
    add("| home, AM01..AM38 | commuting_am_matrix_est2016.csv (mtennekes/odf model estimate of commuters between municipalities, 2016/2017, re-mapped to 2025 regions) | 2016/2017 | estimated: row-normalised (share of the home region's commuters working in each work region); every region has data, so no diagonal-1 fallback was needed |")
    add("")
    add("### occupational_mobility.csv")
    add("**Estimated.** P[i][j] = probability that a job seeker from occupation i applies to occupation j.")
    add("Diagonal (self weight) 0.70, DEF 0.60; off-diagonal weights in proportion to the destination's national")
    add("employment x a similarity (default %s; BRC13 other/unknown %s to all; pairs below, symmetric), scaled" % (fmt(SIM_BASE, 2), fmt(SIM_OTHER_BRC13, 2)))
    add("to 1 - self weight. Order-of-magnitude anchor: 13.6% of job changers in the Utrecht (UTA) region")
    add("switch sector per year (2023; InZicht Magazine AIZ, June 2025); applications outside the own")
    add("occupation class are 30%% here (employment-weighted off-diagonal weight %.3f), which with lower" % x["offdiag"])
    add("success outside one's own class gives occupation switches of the same order as the sector")
    add("switches. Similarity pairs:")
    add("")
    add("| pair | similarity |")
    add("|---|---|")
    for (i, j), v in SIM_PAIRS.items():
        add("| %s - %s | %s |" % (i, j, fmt(v, 2)))
    add("")
    add("### education_occupation.csv")
    add("**Estimated.** Education mix of each occupation's workforce: prior judgement per occupation (below),")
    add("RAS-fitted so that the employment-weighted national mix equals the employed mix implied by")
    add("status_by_age.csv x population.csv (low/mid/high = %s). That mix has more low-educated than the" % " / ".join("%.1f%%" % (100 * x["emp_edu"][e] / x["emp_status"]) for e in EDU))
    add("rough 20/40/40 split of the workforce often quoted, because students with side jobs (1 million, mostly aged 15-20) count by")
    add("their highest attained level, mostly low. The AIZ infographic's Utrecht mix (20% mbo1-2, 31%")
    add("mbo3-4, 36% hbo/wo, rest unknown) describes new vacancies, not the workforce, and is not used here.")
    add("")
    add("| occupation | prior low | prior mid | prior high |")
    add("|---|---|---|---|")
    for o in OCC:
        add("| %s | %s | %s | %s |" % ((o,) + tuple(fmt(v, 2) for v in EDU_OCC_PRIOR[o])))
    add("")
    add("### status_by_age.csv")
    add("**Estimated**, national, by single year of age and education: shares of the population in each status")
    add("(each row sums to 1). Built from age profiles (CBS labour-force patterns, approximate) with education")
    add("multipliers normalised per age so that the age average is unchanged, then calibrated:")
    add("")
    add("- student (incl. student_side_job): 93% at 15, 83% at 18, 49% at 22, 21% at 25, 2.5% at 30, 0 from 31")
    add("  (adult learners are counted in their labour status; school_leaving of age_rates.csv follows from this")
    add("  profile). Among those 18-24 the mid-educated (havo/vwo/mbo diploma) study most, from 25 the high.")
    add("- student_side_job: %.1f%% of all students (42%% at 15, 65%% at 17, 70%% at 18-22, 55%% at 25-30). About half" % (100 * x["tot_status"]["student_side_job"] / (x["tot_status"]["student"] + x["tot_status"]["student_side_job"])))
    add("  (a common rough figure) is not used: with half, the 9.85 million employed could not be reached with the other")
    add("  statuses as set (the mid/high-educated cells aged 25-54 are already at the 1% inactive floor, i.e.")
    add("  about 90% employed). CBS counts students with side jobs as employed (youth net")
    add("  participation 15-24 is around 70% in CBS figures, not in shared/data). **student_side_job is its own")
    add("  status here but counts as employed in the 9.85 million** (employed + student_side_job = 9,850,000).")
    add("- unemployed: share of population 3.5% at 15-16, 6% at 17-24 (incl. students looking for work, as CBS")
    add("  counts them), 3.5% 25-29, 3% 30-34, 2.6% 35-44, 2.2% 45-54, 2.1% 55-64, 1% 65-66, 0.3% 67+; education")
    add("  multipliers low 1.6 / mid 1.0 / high 0.65 (under 25: 1.2/0.9/0.7); scaled by %.4f to 390,000." % stat_info["k"][1])
    add("- inactive_potential (unused labour potential outside the labour force: want work but not searching or")
    add("  not available): 0.8% 15-17, 1.8% 18-24, 3.8% 25-54, 4.2% 55-64, 3% 65-66, 1.2% 67+; low 1.5 / high 0.7;")
    add("  scaled by %.4f to %s (**EST**: CBS counts 436,000 semi-unemployed, without work and seeking or" % (stat_info["k"][2], n(INACTIVE_POTENTIAL_TARGET)))
    add("  available but not both, in 2017Q2 and 381,000 in 2021Q2; the target lies between the two).")
    add("- disabled (WIA/WAO/Wajong, not working; recipients who work are employed): 0.4% 15-17, 2% 18-24, 2.5%")
    add("  25-34, 3% 35-44, 4% 45-54, 6% 55-66, 0 from the AOW age (benefits end); low 1.5 / high 0.6.")
    add("- retired: 1% at 55 rising to 17% at 66 before the AOW age (early retirees; low 1.1 / high 0.85), plus at")
    add("  66 those the retirement calibration takes out of employment; from 67 everybody not working, unemployed,")
    add("  inactive-potential or in the 2% 'inactive' rest.")
    add("- employed: a share of the remaining population (after the statuses above): 30% at 15-17, 88% at 18-24,")
    add("  96.5% at 25-44, 95.5% at 45-54, falling from 95.5% at 55 to 70% at 66 (education multipliers low 0.85 /")
    add("  high 1.05 from 25); 67+: 14% at 67 falling to 6% at 74 (working past AOW, more often high-educated).")
    add("  Scaled by %.4f so that employed + student_side_job = 9,850,000, each cell capped so that at least" % stat_info["k"][0])
    add("  %d%% of every cell under 67 stays 'inactive'. Age 66 is pinned: employees aged 66 = retirements at 66" % int(100 * INACTIVE_FLOOR))
    add("  + retirements at exactly 67 (age_rates.csv calculation), i.e. %s employed at 66." % n(stat_info["employed_66"]))
    add("- inactive: the rest.")
    add("")
    add("Totals (status x population.csv): " + "; ".join("%s %s" % (k, n(v)) for k, v in x["tot_status"].items()) + ".")
    add("")
    add("### age_rates.csv (per year unless named otherwise; ages 15..74)")
    add("| column | source | status / method |")
    add("|---|---|---|")
    add("| mortality | nl_facts.csv: 49,000 deaths 15..74 in 2024 (CBS longread) | estimated: Gompertz shape of the Dutch life table (q = 0.00015 + 0.0022 exp(0.0992 (a-50))), scaled so that mortality x population.csv = 49,000 |")
    add("| disability | UWV WIA pattern (not in shared/data) | estimated: annual WIA inflow from work, 0.2%% at 30 rising exponentially to 1%% at 60, 1%% 61-64, 0.6%% at 65, 0.3%% at 66 (104 weeks of sickness come first), 0 from 67; x employees gives %s per year (UWV WIA inflow is of the order of 40-50 thousand) |" % n(rinfo["wia"]))
    add("| early_retirement | nl_facts.csv: 93,000 employees retired in 2024; 40% at exactly 67; average age just over 66; 2023: <6% before 62 | estimated: hazard of an employee retiring before the AOW age (calculation below); 0 below 55; for 67..74 the value of 66 is repeated, to be used only while the AOW age is above that age (67y3m from 2028) |")
    add("| emigration | nl_facts.csv: 186,000 emigrants 15..74 in 2024 | estimated: rate shape 0.004 + 0.030 exp(-((a-28)/9)^2) (concentrated 20-40: students, returning labour migrants), scaled so that rate x population = 186,000 |")
    add("| immigration_share | nl_facts.csv: 277,000 immigrants 15..74 in 2024 | estimated: age distribution (sums to 1) with a peak at 24, teenagers arriving with families below and a longer tail above (x0.6 from 67); share aged 20-39: see checks |")
    add("| school_leaving | follows status_by_age.csv | estimated: cohort continuation of the student share, 1 - student(a+1)/student(a) (at least 0.01), 1 at 30 (no students from 31), 0 after; %s leavers per year |" % n(rinfo["leavers"]))
    add("| job_to_job_quarterly | CBS Q4 2024 as quoted in InZicht Magazine AIZ (June 2025): 10%% under 25, 4%% 25-45, 2%% over 45 | exact as given (25..44 -> 0.04, 45+ -> 0.02); employee-weighted mean %.4f (target about 0.04; students' side jobs included as employees) |" % rinfo["j2j"])
    add("")
    add("Early-retirement calculation (employees = employed of status_by_age.csv x population x (1 - %.2f zzp);" % ZZP_NATIONAL)
    add("the 60% of the 93,000 retiring before the AOW age are distributed over ages 55..66 by the shape below;")
    add("hazard = retirements / employees; everyone still employed when reaching 67 retires then):")
    add("")
    add("| age | employees | share of early retirements | retirements | hazard |")
    add("|---|---|---|---|---|")
    for a in range(55, 67):
        emp = rinfo["employees"][a]
        h = x["rates"][a]["early_retirement"]
        add("| %d | %s | %s | %s | %.4f |" % (a, n(emp), fmt(EARLY_RET_DIST[a], 3), n(h * emp), h))
    add("| 67 (AOW) | employees at 66 x (1 - hazard 66) | | %s | 1 |" % n(rinfo["at_aow"]))
    add("")
    add("Total %s per year; %.1f%% at exactly 67; mean retirement age %.2f (retiring during age a counted at" % (n(rinfo["total"]), 100 * rinfo["share67"], rinfo["mean_age"]))
    add("a + 0.5); %.1f%% before 62." % (100 * rinfo["before62"]))
    add("")
    add("### aow_age.csv")
    add("Column `status`: `law` for the years the AOW age is fixed by law, `expected` for the years after,")
    add("which follow the legal rule applied to the CBS projection of the life expectancy at 65.")
    add("")
    add("| years | aow_age_months | source | status |")
    add("|---|---|---|---|")
    add("| 2025-2027 | 804 (67 years) | nl_facts.csv: Rijksoverheid/SZW | exact (law) |")
    add("| 2028-2031 | 807 (67y3m) | nl_facts.csv: SZW Kamerbrief; outlook_2025_2040.csv: fixed for 2031 | exact (law) |")
    ai = x["aow_info"]
    spans = []
    for m in sorted(set(x["aow"][y] for y in x["aow"] if y >= 2032)):
        ys = [y for y in x["aow"] if y >= 2032 and x["aow"][y] == m]
        spans.append("%d (%dy%dm) in %d-%d" % (m, m // 12, m % 12, min(ys), max(ys)))
    add("| 2032-2045 | %s | legal rule (below) on the CBS projection of the life expectancy at 65 | **expected** (not law; EST life expectancy after 2031) |" % "; ".join(spans))
    add("")
    add("The rule (Algemene Ouderdomswet art. 7a, as amended by the Wet verandering koppeling AOW-leeftijd,")
    add("Stb. 2020, 503): the AOW age of year t rises by 3 months when V = 2/3 (L - 20.64) - (P - 67) >= 0.25, with")
    add("L the CBS projection of the gender-neutral period life expectancy at 65 in year t and P the AOW age in")
    add("year t-1 in years; otherwise it stays (it never falls). So it rises by two thirds of the gain in")
    add("remaining life expectancy at 65, in steps of 3 months, and each year's age is fixed 5 years ahead on")
    add("the projection of that time. L: 20.96 for 2030 and 21.08 for 2031 (CBS, Kernprognose 2024-2070, as")
    add("published in the CBS news releases on the life expectancy of 65-year-olds of November 2024 and")
    add("November 2025). No projection for later years was found: L is extended by the slope of those two")
    add("years, +0.12 a year (**estimated**; an actuary (KPMG, in De Telegraaf) gives 0.10-0.15 a year as")
    add("usual). The rule applied to 2030 and 2031 keeps 807, as the law does (V = %.3f and %.3f). The" % (ai["v"][2030], ai["v"][2031]))
    add("November 2025 projection for 2031 is lower still (about 21.0), so the expected path is, if anything,")
    add("early. The Bevolkingsprognose 2023-2070, the vintage of population_outlook.csv, had 21.00 for 2030;")
    add("with the same slope it gives the same path. Sensitivity (first year at each age, months):")
    add("")
    add("| life expectancy path | " + " | ".join(str(m) for m in (810, 813, 816, 819)) + " |")
    add("|---|---|---|---|---|")
    for label, path in [("used: 2024 vintage, +0.12 a year", x["aow"])] + sorted(ai["alternatives"].items()):
        firsts = [min((y for y in path if path[y] >= m), default=None) for m in (810, 813, 816, 819)]
        add("| %s | %s |" % (label, " | ".join("after 2045" if f is None else str(f) for f in firsts)))
    add("")
    add("| year | L (life expectancy at 65) | V | aow_age_months | status |")
    add("|---|---|---|---|---|")
    for y in sorted(ai["v"]):
        add("| %d | %.2f | %.3f | %d | %s |" % (y, ai["le65"][y], ai["v"][y], x["aow"][y], x["aow_status"][y]))
    add("")
    add("CBS's regional forecast 2022 (longread 'Ontwikkeling van de potentiele beroepsbevolking') expected")
    add("67 years and 9 months (813) for 2035 on the life expectancy of that time (outlook_2025_2040.csv). The")
    add("life expectancy has since been revised down (L for 2030: 21.30 in the 2018 projection, 21.00 in 2023,")
    add("20.96 in 2024), and PBL and CBS advise against using that chapter (erratum: its detail figures are")
    add("not reliable enough). The rule on the current projection gives 810 (67y6m) for 2035.")
    add("")
    add("### rvu.csv")
    add("| column | source | status |")
    add("|---|---|---|")
    add("| max_months_before_aow | nl_facts.csv: Wet LB 1964 art 32ba, 3 years | exact (law), kept at 36 for all years |")
    add("| threshold_eur_month | nl_facts.csv: 2,273 (2025), 2,657 (2026, Belastingplan 2026) | exact for 2025-2026; 2027+ **estimated**: indexed 2% a year from 2026, rounded to whole euros |")
    add("")
    add("Legal status: the RVU threshold exemption (no RVU levy on an exit payment up to the threshold in")
    add("the last 36 months before the AOW age) was temporary for 2021-2025 (Wet bedrag ineens, RVU en")
    add("verlofsparen) and is structural from 1 January 2026 (Belastingplan 2026, after the agreement")
    add("'Gezond naar het pensioen' of October 2024), with a review every three years. Every year of the")
    add("file is therefore law for the window, and no status column is needed. The 2026 threshold is the")
    add("base of 2,357 (indexed to the net AOW) plus a supplement of 300 (indexed to the minimum wage, meant")
    add("for heavy work with a low income). Who may use an RVU is not in the law: it is set per collective")
    add("agreement (occupations.csv, heavy_work_share). RVU users: 'ruim 13.000' in 2024 (nl_facts.csv")
    add("rvu_users, SZW), the start value of rvu_users_initial.")
    add("")
    add("### migration.csv")
    add("**Estimated.** labour_migrants_per_year: arrivals for work, 15..74, by occupation; national total %s" % n(x["mig_total"]))
    add("per year. Basis: 277,000 immigrants 15..74 per year (nl_facts.csv) of which roughly 30% come for work")
    add("(CBS migration-motive pattern; not in shared/data); IBO Arbeidsmigratie ~700,000 labour migrants in the")
    add("narrow definition (nl_facts.csv). Concentrated in BRC12 transport and logistics (distribution centres),")
    add("BRC07 technical (construction, industry, meat processing), BRC09 agrarian (horticulture, seasonal),")
    add("BRC11 services; small elsewhere; 0 for DEF. mean_stay_years: 2 (seasonal agrarian) to 3-3.5 (low-paid")
    add("logistics, technical, services), 5-6 for knowledge migrants (ICT, managers). Implied stock of recent")
    add("labour migrants (inflow x stay) %s. DEF has no inflow; its stay (1) is a placeholder." % n(x["mig_stock"]))
    add("")
    L.extend(labour_migrant_regions_section(x["lmr"]))
    add("### population_outlook.csv")
    o = x["pop_outlook"]
    add("National paths 2025-2040 of the inflows into and out of the population aged 15-74: `entrants_at_15`")
    add("(persons reaching 15 who enter the model), `immigration` and `emigration` (persons aged 15-74 a")
    add("year). `status`: `derived` where every figure of the row is computed from published CBS figures,")
    add("`EST` where one of them is estimated or interpolated. All figures follow one CBS forecast vintage, the")
    add("**Bevolkingsprognose 2023-2070** (CBS, 15 December 2023): the latest whose migration path by year is")
    add("found offline. The Kernprognose 2024-2070 (December 2024) was found only as its headlines (19 million")
    add("inhabitants in the course of 2037, as in the 2023 vintage).")
    add("")
    add("- **entrants_at_15**: the live births 15 years earlier (CBS StatLine 37422ned 'Geboorte; kerncijfers'")
    add("  2010-2020 and 2022; 2021 '179 duizend' (CBS Statistische Trends, Kernprognose 2022-2070); 2023 'ruim")
    add("  164.000' (CBS)) times %.6f, the factor that makes 2025 = 197,000 (births 2010: 184,397). The" % o["entrant_scale"])
    add("  factor covers children who immigrate (net) before 15, less deaths; in 2024 CBS counted 197,000")
    add("  persons turning 15 for 184,915 births in 2009, a factor of 1.0654 (0.3% lower). Births 2024 and 2025")
    add("  are **estimated** at %s: 164,013 births of 28 weeks or more in 2024 (live and stillborn; CBS, in" % n(o["births_est"][2024]))
    add("  Staat van Volksgezondheid en Zorg, provisional) times the 2022 ratio of live births to that count")
    add("  (167,504 / 165,365 = %.4f), rounded to hundreds; 2025 as 2024 (CBS: 125 thousand births in the first" % o["live_per_28w"])
    add("  three quarters of 2025, about as many as a year earlier). 2021 and 2023 are rounded as published.")
    add("- **immigration, emigration**: CBS 85751NED 'Prognose immigratie en emigratie; leeftijd,")
    add("  2023-2070' (all ages; emigration including administrative corrections) gives %s immigrants" % n(MIG_FORECAST[2030][0]))
    add("  and %s emigrants in 2030 and %s and %s in 2040 (net %s and %s; the older" % (n(MIG_FORECAST[2030][1]), n(MIG_FORECAST[2040][0]), n(MIG_FORECAST[2040][1]), n(MIG_FORECAST[2030][0] - MIG_FORECAST[2030][1]), n(MIG_FORECAST[2040][0] - MIG_FORECAST[2040][1])))
    add("  Bevolkingsprognose 2020-2070, 84880NED, had net 62,366 and 53,605). They are converted to ages")
    add("  15-74 by the 2024 shares: 277,000 of about 316,000 immigrants (%.4f) and 186,000 of about" % o["shares"][0])
    add("  205,000 emigrants (%.4f) were aged 15-74 (nl_facts.csv; CBS July 2025 via ANP; De Telegraaf," % o["shares"][1])
    add("  2nd-hand, consistent with the population growth of 103,000). The forecast's own 2024 (%s and" % n(MIG_FORECAST[2024][0]))
    add("  %s, net %s) was above the realised net of about 111,000, so the path starts from the" % (n(MIG_FORECAST[2024][1]), n(MIG_FORECAST[2024][0] - MIG_FORECAST[2024][1])))
    add("  realised 2024 (277,000 and 186,000, net 91,000 aged 15-74) and reaches the forecast level in")
    add("  2030 along a straight line; 2031-2039 lie on the straight line between the forecast's 2030 and")
    add("  2040 (the forecast's yearly figures were not found). CBS's first three quarters of 2025 (net")
    add("  81,000 all ages against 89,000 a year before, -9%%) agree with the step from 91,000 to %s (-7%%)." % n(o["rows"][2025]["immigration"] - o["rows"][2025]["emigration"]))
    add("")
    add("| year | births (year) | entrants_at_15 | immigration | emigration | net | status |")
    add("|---|---|---|---|---|---|---|")
    add("| 2024 (CBS) | 184,915 (2009) | 197,000 | 277,000 | 186,000 | 91,000 | exact |")
    for y, r in sorted(o["rows"].items()):
        add("| %d | %s%s (%d) | %s | %s | %s | %s | %s |" % (
            y, n(r["births"]), " EST" if r["births_est"] else "", r["cohort"], n(r["entrants"]),
            n(r["immigration"]), n(r["emigration"]), n(r["immigration"] - r["emigration"]), r["status"]))
    add("")
    add("**Regions.** No forecast of these flows by labour-market region was found (the PBL/CBS regional")
    add("forecast 2022 is by municipality and was not used), so the national paths are shared over the regions. The")
    add("model spreads entrants over regions by each region's population aged 15 and immigrants by each")
    add("region's population aged 15-74 (population.csv); emigration is not a count but the rate by age of")
    add("age_rates.csv, applied in every region alike. This is an assumption: regions keep their 2025 shares")
    add("of entrants and immigrants, and differ in emigration only through their age structure. lmsim")
    add("follows each year's figures relative to the first year's, on top of the parameters")
    add("`entrants_at_15_per_year` and `immigration_per_year` (docs/model.md, sections 2.2 and 2.3).")
    add("")
    add("### calibration_targets.csv")
    add("National 2025 facts the data and model must reproduce. tolerance_rel is the relative tolerance the")
    add("data meet (checked by the script); 0.01 for totals the files were scaled to; wider where the data do not")
    add("pin the figure (reason in the last column):")
    add("")
    add("| key | value | achieved by the data | deviation | tolerance | why this tolerance |")
    add("|---|---|---|---|---|---|")
    why = {
        "population_15_74": "scaled to it",
        "employed": "scaled to it",
        "unemployed": "scaled to it",
        "unemployment_rate": "follows from the two totals (0.0381)",
        "vacancies": "scaled to it",
        "retirements_employees_per_year": "hazards calibrated to it; the model's flow will differ a little",
        "job_to_job_per_quarter": "age rates are given (age_rates.csv job_to_job_quarterly); the mean depends on the age mix",
        "deaths_15_74_per_year": "scaled to it",
        "immigration_15_74_per_year": "the shares sum to 1; the level is this target",
        "emigration_15_74_per_year": "scaled to it",
        "turned_15_per_year": "compared with the population aged 15 (no age 14 in the files)",
        "utrecht_province_employed": "definition gap (see Utrecht anchors); not adjusted",
        "utrecht_province_unemployed": "area gap (see Utrecht anchors); not adjusted",
        "utrecht_province_vacancies": "a yearly flow: compared with the stock x 4 x 347,000/389,000",
        "defence_personnel": "scaled to it",
        "ww_benefits_under_6_months": "not in the files: the model calibrates the WW recipients to it (docs/model.md)",
    }
    for key, value, got, dev, tol in target_report:
        add("| %s | %s | %s | %+.2f%% | %s | %s |" % (key, fmt(value, 6), fmt(got, 4) if got < 10 else n(got), 100 * dev, fmt(tol, 4), why[key]))
    add("")

    # ------------------------------------------------------------------ demand outlook
    ol = x["outlook"]
    pct = lambda v: "%.4f%%" % (100 * v)  # noqa: E731
    add("### demand_outlook.csv and demand_outlook_roa_expansion.csv")
    add("The growth of labour demand (jobs wanted: employee jobs, self-employed and vacancies) during each")
    add("calendar year 2025-2040, by occupation, as a fraction a year (6 decimals). Region `NL` applies to every")
    add("region; a row with a region code replaces the NL row for that region, occupation and year (the default")
    add("files have NL rows only). The published outlooks count jobs (banen); their growth is taken as the growth")
    add("of demand. `source` names where the national figure of that year comes from. **Through 2030 the files")
    add("follow published outlooks; after 2030 they state an assumption, not a forecast.** demand_outlook.csv")
    add("(the baseline) lets demand follow the labour supply after 2030; demand_outlook_roa_expansion.csv is")
    add("identical through 2030 and continues ROA's expansion demand after it (the variant shown beside the")
    add("baseline).")
    add("")
    add("National growth (outlook_2025_2040.csv):")
    add("")
    add("| years | growth a year | source tag | source and method | status |")
    add("|---|---|---|---|---|")
    add("| 2025 | %s | %s | UWV Arbeidsmarktprognose 2024-2025 (June 2024): +85,000 jobs (+0.7%%) in 2025 (jobs_growth_forecast) | exact |" % (pct(ol["uwv_2025"]), TAG_UWV_2025))
    add("| 2026, 2027 | %s | %s | UWV Arbeidsmarktprognose 2025-2027 (June 2025): +130,000 jobs, +1.1%% over 2025-2027 (jobs_growth_forecast_total); 2026 and 2027 share equally what is left after 2025: sqrt(1.011 / 1.007) - 1 | derived |" % (pct(ol["uwv_2026_2027"]), TAG_UWV_2025_2027))
    add("| 2028 | %s | %s | ROA 'De arbeidsmarkt naar opleiding en beroep tot 2028': 2.2 million job openings 2023-2028, 90%% from replacement demand; the 10%% expansion demand over about 10 million workers and six years is about 0.35%% a year (expansion_demand) | derived |" % (pct(ol["roa"]), TAG_ROA_2028))
    add("| 2029, 2030 | %s | %s | no published forecast for these years was found: ROA's medium-term rate is held until 2030 | **estimated** (assumption) |" % (pct(ol["roa"]), TAG_ROA_HELD))
    add("| 2031-2040, demand_outlook.csv | %s | %s | the standard long-run assumption that employment follows the labour supply at structural unemployment (a constant unemployment rate): demand grows as the potential labour force, persons aged 20 to the AOW age, CBS longread Regionale prognose 2022 'Ontwikkeling van de potentiele beroepsbevolking': 'ruim 10,9 miljoen in 2025', 'bijna 11 miljoen in 2035' (potential_labour_force_20_to_aow); (%s / %s)^(1/10) - 1 | derived; an assumption |" % (pct(ol["pot_rate"]), TAG_SUPPLY, fmt(ol["pot_2035"], 2), fmt(ol["pot_2025"], 2)))
    add("| 2031-2040, demand_outlook_roa_expansion.csv | %s | %s | ROA's expansion demand continued | an assumption |" % (pct(ol["roa"]), TAG_ROA_CONTINUED))
    add("")
    lvl = {v: math.prod(1.0 + ol["paths"][v][y][0] for y in OUTLOOK_YEARS) for v in ("supply", "roa")}
    add("National demand at the end of 2040 is %.4f times that at the start of 2025 with demand_outlook.csv and" % lvl["supply"])
    add("%.4f with demand_outlook_roa_expansion.csv. Notes on the figures:" % lvl["roa"])
    add("")
    add("- No CBS figure of the potential labour force for 2040 was found. The same longread says the group stays")
    add("  fairly stable after 2025 and grows again after 2040 (11.4 million in 2050), so the 2025-2035 rate is held")
    add("  to 2040. 'Ruim 10,9' and 'bijna 11' mean the unrounded rate is probably lower than the one derived from")
    add("  the rounded figures (10.95 and 10.99 million would give 0.04% a year).")
    add("- PBL and CBS later withdrew the detailed figures of the Regionale prognose 2019 and 2022 (CBS, 'Voorlopig")
    add("  geen volledige Regionale bevolkings- en huishoudensprognose', July 2023: age groups by municipality,")
    add("  mainly those aged 65 and over, are unreliable) and the longread now carries an erratum advising against")
    add("  using that chapter. No other published national figure of the potential labour force to 2035 was")
    add("  found, so it is used, as an indication of the rate only.")
    add("- ROA's figures are rounded (2.2 million, 90%): 10% of 2.2 million over six years and 10 million workers")
    add("  gives 0.37% a year; the 0.35% of outlook_2025_2040.csv is kept.")
    add("- In November 2025 UWV (yearly labour-market report, ANP 2025-11-04) kept +1.1% jobs to 2027, with")
    add("  employee jobs +2.8% (to over 9.3 million at the end of 2027) and fewer self-employed jobs (renewed")
    add("  enforcement against false self-employment).")
    add("")
    vals_s = ol["vals"]["supply"]
    add("Where the figures of this section were published:")
    add("")
    for src in OUTLOOK_SOURCES:
        add("- " + src)
    add("")
    add("**Occupational differentiation (estimated).** Each occupation's growth is the national growth plus a")
    add("differential that is the same in every year and in both files:")
    add("")
    add("1. A growth profile by SBI section (table below). Business sectors (all but O, P and Q) follow the")
    add("   directions UWV gives (shrinking: agriculture, industry, temporary-work agencies, wholesale; growing:")
    add("   care, specialist business services) with estimated sizes, shifted by %+.4f points so that their" % (-ol["b_mean"]))
    add("   employment-weighted mean is 0: CPB expects business-sector jobs to stay stable to 2028. Government (O)")
    add("   and care (Q) take CPB's rates.")
    add("2. An occupation's sector-based growth is the mean of its sectors' growth, weighted by the occupation's")
    add("   workers in each sector (sectors.csv employed x sector_occupation.csv share).")
    add("3. Shifts within sectors (estimated):")
    for o, (v, why) in OCC_OUTLOOK_SHIFT.items():
        add("   - %s %+.1f points a year: %s." % (o, v, why))
    add("4. Centring: the 2025 employment-weighted mean over the 13 civilian occupations (labour_market.csv")
    add("   employed; %.4f points a year) is subtracted, so that every year the employment-weighted mean of the" % ol["raw_mean"])
    add("   civilian occupations' growth equals the national growth (a constant is subtracted rather than a")
    add("   factor applied, so that the differentials keep their size when the national growth is small;")
    add("   rounding to 6 decimals leaves the differences in the checks below).")
    add("5. DEF is 0 in every year: the baseline keeps the defence formation of December 2025 (about 80,000)")
    add("   filled; growth toward 100,000 is the defence_expansion lever's, not the outlook's.")
    add("")
    share5 = math.prod((1.0 + vals_s[("BRC10", y)]) / (1.0 + ol["paths"]["supply"][y][0]) for y in range(2025, 2030))
    add("Care is %.2f points a year above the national growth. A check against CPB: over the five years" % (100 * ol["diff"]["BRC10"]))
    add("2025-2029 care's share of national demand rises by %.1f%%; CPB expects care's share of the labour force to" % (100 * (share5 - 1)))
    add("rise from 13.2% (2023) to 14.4% (2028), +9.1%.")
    add("")
    add("| sector | employed 2025 | profile (% a year) | used (% a year) | status | source |")
    add("|---|---|---|---|---|---|")
    for sct in SECTOR_OUTLOOK:
        v, st, src = SECTOR_OUTLOOK[sct]
        add("| %s %s | %s | %+.1f | %+.4f | %s | %s |" % (sct, SECTOR_EN[sct], n(x["sec_emp"][sct]), v, ol["sec_g"][sct], st, src))
    add("")
    add("| occupation | employed 2025 | weight | from sectors (%) | shift (points) | differential (points) | 2025 | 2026-2027 | 2028-2030 | 2031-2040 | 2031-2040 variant | demand 2040 / 2025 |")
    add("|---|---|---|---|---|---|---|---|---|---|---|---|")
    vals = ol["vals"]
    for o in OCC:
        idx = math.prod(1.0 + vals["supply"][(o, y)] for y in OUTLOOK_YEARS)
        if o == "DEF":
            add("| DEF | %s | - | - | - | - | 0 | 0 | 0 | 0 | 0 | 1.0000 |" % n(ol["occ_emp"][o]))
            continue
        add("| %s | %s | %.4f | %+.4f | %s | %+.4f | %s | %s | %s | %s | %s | %.4f |" % (
            o, n(ol["occ_emp"][o]), ol["w"][o], ol["from_sectors"][o],
            ("%+.1f" % OCC_OUTLOOK_SHIFT[o][0]) if o in OCC_OUTLOOK_SHIFT else "0",
            100 * ol["diff"][o], growth_str(vals["supply"][(o, 2025)]), growth_str(vals["supply"][(o, 2026)]),
            growth_str(vals["supply"][(o, 2028)]), growth_str(vals["supply"][(o, 2031)]),
            growth_str(vals["roa"][(o, 2031)]), idx))
    add("")

    # ------------------------------------------------------------------ Utrecht
    add("## Utrecht anchors (AIZ infographic 'provincie Utrecht', June 2025, in InZicht Magazine AIZ)")
    add("")
    add("| figure | anchor | AM13+AM14 (data) | province, population-weighted | note |")
    add("|---|---|---|---|---|")
    add("| employed | 921,000 | %s (%+.1f%%) residence-based; %s (%+.1f%%) working in AM13+AM14 (commuting shares) | %s (%+.1f%%) | see below |" % (
        n(utr["emp"]), 100 * (utr["emp"] / UTRECHT_EMPLOYED - 1), n(utr["emp_work"]), 100 * (utr["emp_work"] / UTRECHT_EMPLOYED - 1),
        n(utr["p_emp"]), 100 * (utr["p_emp"] / UTRECHT_EMPLOYED - 1)))
    add("| unemployed | 33,000 (3.4%%) | %s (%+.1f%%; rate %.1f%%) | %s (%+.1f%%) | |" % (
        n(utr["un"]), 100 * (utr["un"] / UTRECHT_UNEMPLOYED - 1), 100 * utr["rate"], n(utr["p_un"]), 100 * (utr["p_un"] / UTRECHT_UNEMPLOYED - 1)))
    add("| vacancies | 102,110 | stock %s; as yearly flow %s (%+.1f%%) | stock %s | anchor is a flow |" % (
        n(utr["vac"]), n(utr["vac_flow"]), 100 * (utr["vac_flow"] / UTRECHT_VACANCIES - 1), n(utr["p_vac"])))
    add("")
    add("The province of Utrecht is not AM13+AM14: Nijkerk (AM14) is in Gelderland, and Eemnes (AM12), Veenendaal,")
    add("Rhenen, Renswoude (AM38), De Ronde Venen (AM18) and Vijfheerenlanden (AM35) are in Utrecht; the")
    add("'province, population-weighted' column uses the 26 Utrecht gemeenten of gemeenten_arbeidsmarktregio.csv.")
    add("")
    add("- **Employed.** The anchor's 921,000 'werkenden' cannot be the residence-based count that goes with its")
    add("  own 75.3% net participation: that would need 1.22 million residents aged 15-74, while the province has")
    add("  about 1.04 million (CBS 85969NED: 1,037k aged 15-75 in 2023, 787k employed). It is most likely a")
    add("  workplace-based count of jobs/working persons at establishments in the province (in-commuters and")
    add("  second jobs included). The data are residence-based (EST_employed from CBS province participation), so")
    add("  the gap is a definition gap; the workplace-based figure from the commuting shares (-14%) is closer.")
    add("  **Not adjusted**: raising AM13+AM14 by 31% would break the national total and the link with the")
    add("  resident population. The tolerance (0.25) states the gap honestly.")
    add("- **Unemployed.** 33,000 at 3.4% implies a labour force of 970,000, again larger than the province's")
    add("  (CBS 2023: 814,000). The data's AM13+AM14 rate (%.1f%%) matches the anchor's rate; the level gap is area" % (100 * utr["rate"]))
    add("  and definition. Not adjusted.")
    add("- **Vacancies.** The infographic lists 102,110 next to 'ontstane vacatures' (vacancies that arose, with")
    add("  their education mix): a flow over a year, not the CBS stock of open vacancies. Turning the data's stock")
    add("  into a yearly flow with the national ratio of new vacancies per quarter to the open stock (347,000 /")
    add("  389,000, x4 = %.2f per year) gives %s (%+.1f%% against the anchor). Not adjusted." % (utr["turnover"], n(utr["vac_flow"]), 100 * (utr["vac_flow"] / UTRECHT_VACANCIES - 1)))
    add("")

    # ------------------------------------------------------------------ checks
    add("## Consistency checks")
    add("")
    add("Verified by scripts/derive_data.py on every run (it stops with 'CHECK FAILED' otherwise) and printed")
    add("to stdout:")
    add("")
    for label, value in checks:
        add("- %s: %s" % (label, value))
    add("")
    add("Cross-file rules the loader checks (within 1e-6 relative): labour_market employed DEF per region ==")
    add("defence.csv personnel; sum of sectors.employed == sum of labour_market.employed; status_by_age x")
    add("population: employed + student_side_job within 0.5% of labour_market employed and unemployed within")
    add("0.5% of labour_market unemployed (both exact here up to rounding).")
    add("")
    return "\n".join(L)


def pct(v, d=2):
    return "%.*f%%" % (d, 100 * v)


def check_tally(checks):
    """'C1 fails, C3 passes 5 of 5, ...': each check's verdict, checks with one name counted together."""
    names = []
    for c in checks:
        if c["check"].split(" ")[0] not in names:
            names.append(c["check"].split(" ")[0])
    parts = []
    for k in names:
        group = [c for c in checks if c["check"].split(" ")[0] == k]
        ok = sum(c["verdict"] == "passes" for c in group)
        if len(group) == 1:
            parts.append("%s %s" % (k, group[0]["verdict"].split(":")[0]))
        else:
            parts.append("%s passes %d of %d" % (k, ok, len(group)))
    return "; ".join(parts)


def defence_streams_section():
    """SOURCES.md section of defence_streams.csv and defence_recruitment.csv."""
    import defence_streams  # scripts/defence_streams.py
    return defence_streams.sources_section()


def labour_migrant_regions_section(lmr):
    """SOURCES.md section of labour_migrant_regions.csv: definition, method, EST, sources, checks."""
    L = []
    add = L.append
    n = lambda v: "{:,.0f}".format(v)  # noqa: E731
    name = {row["region"]: row["name"] for row in lmr["regions"]}

    def factors(table, keys=None):
        items = sorted(table.items(), key=lambda kv: (-kv[1], kv[0]))
        return ", ".join("%s x%g" % (k if keys is None else keys(k), v) for k, v in items)

    def region_factors(table):
        return factors(table, lambda r: "%s %s" % (r, name[r]))

    def stays(curve):
        return ", ".join("%g" % curve[t] for t in (1, 2, 5, 10))

    add("### labour_migrant_regions.csv")
    add("**Estimated** (`status` EST on every row). `arrivals_share` is the region's share of the")
    add("occupation's national arrivals of labour migrants: the arrivals of occupation o in region r are")
    add("migration.csv's `labour_migrants_per_year` of o times the `arrivals_share` of (r, o). The national")
    add("numbers per occupation thus stay those of migration.csv; this file says only where they arrive. Each")
    add("occupation's shares sum to exactly 1 (6 decimals, largest-remainder rounding on the 1e-6 grid); an")
    add("occupation without arrivals (DEF) has 0 in every region. Computed by")
    add("`scripts/labour_migrant_regions.py`, called by derive_data.py on the files written above; every")
    add("published figure is a constant there, with its source quoted next to it.")
    add("")
    add("**Definition.** A recent labour migrant is an immigrant with a non-Dutch nationality who registers")
    add("in a gemeente (BRP), whose CBS migration motive is *arbeid* (labour), and who arrived within the")
    add("last %g years: the population of CBS's *statistiek migratiemotieven* (\"De populatie van de statistiek" % lmr["window"])
    add("migratiemotieven bestaat uit alle immigranten die op het moment van immigratie een niet-Nederlandse")
    add("nationaliteit hebben en zich na vestiging inschrijven bij een Nederlandse gemeente\"; CBS,")
    add("methodewijziging statistiek migratiemotieven 2020). It is the registered population that")
    add("population.csv and migration.csv describe. Non-residents (RNI: seasonal workers and cross-border")
    add("commuters staying under four months), EU workers who are not or wrongly registered, and family")
    add("members who came along are outside it; they are probably more concentrated still.")
    add("")
    add("**National totals the shares were derived with.** %s arrivals a year (CBS, 2023, the latest year" % n(lmr["inflow_nl"]))
    add("with complete motives: \"In 2023 waren dit er bijna 70 duizend\") and a stock of %s recent labour" % n(lmr["stock_nl"]))
    add("migrants (CBS Migratiecijfers as compiled by the Adviesraad Migratie, 2023: \"terwijl de CBS")
    add("Migratiecijfers uitkomen op 220.000\"). Of the arrivals, %s are non-EU knowledge migrants (group K:" % n(lmr["inflow_k"]))
    add("%s in 2024, \"%g procent minder dan een jaar eerder\", so %s in 2023) and %s other, mostly EU" % (
        n(lmr["knowledge_2024"]), 100 * lmr["knowledge_drop"], n(lmr["inflow_k"]), n(lmr["inflow_e"])))
    add("labour migrants (group E). Share still registered 1, 2, 5 and 10 years after arrival:")
    add("group E %s; group K %s (CBS Statistische Trends 2019 and 2025, CBS 2020;" % (
        stays(lmr["stay_e"]), stays(lmr["stay_k"])))
    add("years 3 and 4 log-linear between 2 and 5; group K at 1 and 2 years EST, at 10 years the figure for all non-EU labour migrants). Years present within")
    add("the first %g years per arrival: E %.3f, K %.3f. The stock is split between the groups by inflow x" % (
        lmr["window"], lmr["person_years_e"], lmr["person_years_k"]))
    add("these years, whose total, %s, is %+.1f%% against the %s used (group E %s, group K %s)." % (
        n(lmr["stock_from_inflow"]), 100 * (lmr["stock_from_inflow"] / lmr["stock_nl"] - 1), n(lmr["stock_nl"]),
        n(lmr["stock_e"]), n(lmr["stock_k"])))
    add("Every step below scales with the totals, so the shares depend only on the split between the groups,")
    add("not on the national level; lmsim applies them to migration.csv's %s arrivals a year with its own" % n(sum(
        row["lmsim_arrivals"] for row in lmr["regions"])))
    add("occupation mix.")
    add("")
    add("**Method.**")
    add("")
    add("1. Employment by region and sector: each occupation's employed in the region (labour_market.csv) spread")
    add("   over the sectors in the occupation's national sector mix (sectors.csv x sector_occupation.csv). The")
    add("   data hold no regional sector table. (sectors.csv's share of A, %.4f, equals that of" % lmr["sector_share_a_check"][0])
    add("   employment_by_sector_sbi.csv, %.4f.)" % lmr["sector_share_a_check"][1])
    add("2. National sector mix of group E: CBS, employees from the Central and Eastern European member states")
    add("   by sector, March 2011 (Tabel 4 in Tweede Kamer, 'Eindrapport Lessen uit recente arbeidsmigratie',")
    add("   Kamerstuk 32 680), its sector groups split into SBI sections by judgement, with agency work set to")
    add("   %s of group E (EST: KBA Nijmegen for ABU/NBBU counted 461,431 of 984,169 labour migrants working" % pct(lmr["agency_share_e"], 0))
    add("   through agencies in 2022, 46.9%; CBS 2011 59.1%; recent arrivals work more often through agencies).")
    add("   Agency migrants work in " + ", ".join("%s %s" % (s, pct(v, 0)) for s, v in lmr["agency_users"].items()))
    add("   (logistics 37% and food industry 18%: KBA/ABU 2023; horticulture 14% in ABU 2018, taken as 15%;")
    add("   the rest EST), and are placed like those sectors.")
    add("   Group K (EST): " + ", ".join("%s %s" % (s, pct(v, 0)) for s, v in lmr["sector_k"].items()))
    add("   (CBS Statistische Trends 2019: knowledge migrants in Groot-Amsterdam work \"vooral ... in de")
    add("   specialistische zakelijke dienstverlening ..., de handel en de IT-sector\"; high-tech manufacturing")
    add("   and universities by judgement).")
    add("3. Cluster uplifts (EST, judgement from the sources in the table; not fitted to any check) multiply the employment of step 1 in the")
    add("   sectors where migrants cluster; wholesale (G) gets 1 + %g x (the logistics (H) uplift - 1):" % lmr["g_from_h"])
    add("")
    add("   | sector | region x factor | basis |")
    add("   |---|---|---|")
    add("   | A horticulture | %s | Westland: \"Bijna een kwart (24 procent) van de Nederlandse kassen staat in "
        "Westland ... Afhankelijk van het seizoen werken daar 12.000 tot 16.000 gastarbeiders\" (NH Nieuws, Feb "
        "2024); Greenport Westland-Oostland (Gemeente Westland); glass horticulture with many migrants in Horst "
        "aan de Maas (Adviesraad Migratie, 2022); Zundert, Lisse, Noordwijkerhout, Aalsmeer and Maasdriel have "
        "2-3%% of their population from Central and Eastern Europe (CBS in 'Lessen uit recente arbeidsmigratie', "
        "p. 40) |" % region_factors(lmr["uplifts"]["A"]))
    add("   | C food and meat | %s | judgement (Oss, De Peel, FoodValley); Horst aan de Maas: firms \"met name in "
        "de logistiek, de vleesverwerkende industrie en de land- en tuinbouw\" (letter to the informateur, 2 Feb "
        "2024) |" % region_factors(lmr["uplifts"]["C"]))
    add("   | H logistics | %s | Venlo: logistics \"bijna 25 procent van de werkgelegenheid\" (Vastgoedmarkt, Feb "
        "2022); Tilburg-Waalwijk: a logistics firm with \"90 procent van het personeel ... uit Midden- en "
        "Oost-Europa\" (SEO, Tubantia 2018), 'Logistieke Hotspot 2019' (Provincie Limburg); DC vacancies \"met "
        "name in de westelijke helft van Noord-Brabant\" (Telegraaf, 2018); Schiphol (ABU, 2018); Eindhoven (RTL "
        "Nieuws); Keyport Midden-Limburg (Zakenblad, 2019); the port of Rotterdam (judgement) |"
        % region_factors(lmr["uplifts"]["H"]))
    add("   | group K | %s | Groot-Amsterdam (CBS Statistische Trends 2019); Brainport and the others by judgement; "
        "replaced for AM18 and AM28 by step 4 |" % region_factors(lmr["uplifts"]["K"]))
    add("")
    add("4. Calibration to three published regional figures, which are therefore inputs, not checks:")
    add("   (a) \"De helft van de arbeidsmigranten die op uitzendbasis werken, is gehuisvest in Noord-Limburg,")
    add("   Zuid-Holland Centraal, Midden-Brabant, Noord-Holland Noord, West-Brabant en Helmond-De Peel\"")
    add("   (KBA/ABU, 2020): agency migrants in these six regions scaled to 50%, the others to 50%;")
    add("   (b) knowledge migrants in COROP Groot-Amsterdam (taken as AM18): 36 per 10,000 inhabitants against")
    add("   7.36 nationally (12,266 knowledge migrants of 2011 on 16.66 million; CBS Statistische Trends 2019),")
    add("   so AM18, with %s of the population, holds %.2f times that, %s of group K;" % (
        pct(lmr["am18_population_share"]), lmr["knowledge_rate_ratio"], pct(lmr["am18_knowledge_share"], 1)))
    add("   (c) Eindhoven: 14,465 of \"een kleine 300.000\" registered labour migrants (CBS, November 2024), 4.82%;")
    add("   with the gemeente taken to hold 70%% of its region's (EST), AM28 holds %s of all, through its" % pct(lmr["am28_share"]))
    add("   group K (the other regions' group K, AM18 apart, scaled down).")
    add("5. Arrivals: group E's stock times a turnover (EST: %s, others x1;" % factors(
        lmr["turnover_e"], lambda k: "agency" if k == "NAG" else k))
    add("   CBS Statistische Trends 2025: the lowest-paid leave most often), scaled to %s; group K's stock" % (
        n(lmr["inflow_e"])))
    add("   times %s / %s." % (n(lmr["inflow_k"]), n(lmr["stock_k"])))
    add("6. Occupations: a sector's migrants follow the sector's row of sector_occupation.csv times an")
    add("   occupation tilt (EST; migrants in agriculture pick and pack, they do not administer), renormalised.")
    add("   Group E: %s." % factors(lmr["tilt_e"]))
    add("   Group K: %s." % factors(lmr["tilt_k"]))
    add("   Agency migrants follow the mix of their user sectors.")
    add("7. `arrivals_share` = the region's arrivals in the occupation / the occupation's national arrivals.")
    add("")
    add("National mix of the arrivals by occupation, the estimate's own against migration.csv's (the estimate")
    add("counts more ICT and administrative work because knowledge migrants are in it; lmsim keeps migration.csv's):")
    add("")
    add("| occupation | " + " | ".join(o for o, _, _ in lmr["occupation_mix"]) + " |")
    add("|---|" + "---|" * len(lmr["occupation_mix"]))
    add("| estimate | " + " | ".join(pct(v, 1) for _, v, _ in lmr["occupation_mix"]) + " |")
    add("| migration.csv | " + " | ".join(pct(v, 1) for _, _, v in lmr["occupation_mix"]) + " |")
    add("")
    add("**EST.** Every `arrivals_share`: no count of recent labour migrants by region and sector or occupation")
    add("is published. Within the method: the employment by region and sector (from the data's own estimated")
    add("labour_market.csv); the split of the CBS 2011 sector groups; the agency share; group K's sector mix; the")
    add("use of agency work's remaining 30%; the cluster uplifts; the 70% of AM28's migrants in Eindhoven;")
    add("Groot-Amsterdam taken as AM18; the turnover factors; the occupation tilts; the stays at 3 and 4 years")
    add("and group K's at 1 and 2 years (at 10 years the non-EU figure); the %g-year window and the assumption that the 220,000 covers it" % lmr["window"])
    add("(the source states neither reference date nor window; inflow x stay gives %s, and all registered" % n(lmr["stock_from_inflow"]))
    add("labour migrants since 1999 are \"een kleine 300.000\"). Limits: the sector base is of 2011; regions are")
    add("where migrants live, as in labour_market.csv (Westland's workers often live in Den Haag, both in AM21,")
    add("or in Rijnmond); Zeeland has no uplift, for lack of a source.")
    add("")
    rows = sorted(lmr["regions"], key=lambda row: -row["lmsim_per_employed"])
    add("**Result.** Arrivals a year per employed: migration.csv spread by these shares (what lmsim")
    add("applies), spread in proportion to each occupation's employment instead, and the estimate's own")
    add("%s arrivals; and the stock of recent labour migrants per employed. Top 5 and bottom 3 by the first:" % n(lmr["inflow_nl"]))
    add("")
    add("| rank | region | migration.csv by the shares | in proportion to employment | estimate's own arrivals | stock per employed |")
    add("|---|---|---|---|---|---|")
    for i, row in list(enumerate(rows))[:5] + list(enumerate(rows))[-3:]:
        add("| %d | %s %s | %s | %s | %s | %s |" % (
            i + 1, row["region"], row["name"], pct(row["lmsim_per_employed"]), pct(row["proportional_per_employed"]),
            pct(row["arrivals_per_employed"]), pct(row["stock_per_employed"])))
    emp = sum(row["employed"] for row in rows)
    prop = [row["proportional_per_employed"] for row in rows]
    own = sorted(rows, key=lambda row: -row["arrivals_per_employed"])
    add("")
    add("National: %s arrivals of migration.csv per employed; in proportion to employment the regions range" % pct(
        sum(row["lmsim_arrivals"] for row in rows) / emp))
    add("only from %s to %s, by these shares from %s to %s. By the estimate's own arrivals, which" % (
        pct(min(prop)), pct(max(prop)), pct(rows[-1]["lmsim_per_employed"]), pct(rows[0]["lmsim_per_employed"])))
    add("include more knowledge migrants, the top 5 are:")
    add(", ".join("%s %s" % (row["region"], name[row["region"]]) for row in own[:5]) + ".")
    add("")
    add("**Independent checks.** Shares of all recent labour migrants living in the region (the stock; C3 and")
    add("C4 count residents, C1 and C1b where migrants work). 'Employment share' is what placing migrants like employment")
    add("gives; 'uplifts alone' is the estimate without the calibration of step 4.")
    add("")
    add("| check | published | employment share | uplifts alone | estimate | verdict |")
    add("|---|---|---|---|---|---|")
    for c in lmr["checks"] + lmr["inputs"]:
        add("| %s | %s | %s | %s | %s | %s |" % (c["check"], c["published"], c["employment_share"],
                                               c["uplifts_only"], c["estimate"], c["verdict"]))
    add("")
    add("- C1: Decisio for the Limburg Stuurgroep Internationale Werknemers (NH Nieuws, June 2021): \"In de hele")
    add("  provincie Limburg werken zo'n 64.200 arbeidsmigranten\"; the same study (Kafrahousing, July 2020):")
    add("  \"Zo'n 64.000 arbeidsmigranten en circa 11.000 kenniswerkers\"; national KBA (flexnieuws.nl):")
    add("  \"Nederland telde in 2019 767.571 arbeidsmigranten, exclusief scholieren en studenten\". C1b, 1Limburg:")
    add("  \"De meeste arbeidsmigranten zijn werkzaam in Noord-Limburg, gevolgd door Midden- en Zuid-Limburg.\"")
    add("  Both counts use a broad definition (non-registered included), which is probably more concentrated in")
    add("  Limburg than the registered recent migrants: part of the gap is definition.")
    add("- C4: \"in Den Haag woonden in 2020 maar liefst 50.000 arbeidsmigranten\" (brusselsenieuwe.nl, on")
    add("  Westland); \"bijna één op de tien Haagse inwoners\" (wethouder Balster, NH Nieuws, November 2023). Broad")
    add("  definition, second-hand; a share of the KBA national count, so a lower bound for AM21.")
    add("- C3: CBS, November 2024 (local copies of the release: indestadtilburg.nl, arnhemnu.nl, inhetnieuws.nl,")
    add("  radioafm.nl): registered labour migrants of all arrival years since 1999 by gemeente of residence, out")
    add("  of \"een kleine 300.000\". The same motive and registration, but all arrival years since 1999 rather")
    add("  than the last 5: lower bounds only if older cohorts live where recent ones do; weak tests.")
    add("")
    add("**Reading.** %s." % check_tally(lmr["checks"]))
    add("The estimate is far more concentrated than placement by employment, but where an independent count")
    add("of a hotspot exists it is still too flat, and as shares sum to 1 the regions without clusters are")
    add("then too high: read it as a lower bound on concentration. C1 is not a blind test: the Limburg figure")
    add("of the uplifts alone is known; no parameter of step 4 targets Limburg. The checks are of the")
    add("estimate's own stock and occupation mix; with migration.csv's mix lmsim's stock of recent labour")
    add("migrants (80,000 a year times the stays) gives Limburg about 6.9%, AM21 4.4% and AM28 6.6%.")
    add("Placing by employment does better on C4 than the estimate, because step 4 (a) moved agency migrants")
    add("away from AM21, which is not one of the six ABU regions, while Westland's workers often live in Den")
    add("Haag. Correcting that (an uplift for Haaglanden and Midden-Limburg calibrated to C1 and C4) would")
    add("leave no independent check, so it is not done.")
    add("")
    return L


# ---------------------------------------------------------------------------------------------
def write_sources(out, files, checks, target_report, utr, stat_info, rinfo, x):
    text = render_sources(files, checks, target_report, utr, stat_info, rinfo, x)
    with open(os.path.join(out, "SOURCES.md"), "wb") as f:
        f.write(text.encode("utf-8"))


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
