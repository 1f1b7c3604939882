"""Where recent labour migrants arrive: each region's share of an occupation's national arrivals.

lmsim's migration.csv gives the national arrivals of labour migrants per occupation. This module
estimates how each occupation's arrivals are spread over the 35 labour-market regions: not in
proportion to employment, but concentrated where migrants work (horticulture in Westland and
Noord-Limburg, logistics in Noord-Limburg and Brabant, agency work, knowledge migrants in
Amsterdam and Eindhoven). scripts/derive_data.py calls derive() after it has written the data
set and writes the result as scenarios/data/labour_migrant_regions.csv; SOURCES.md describes the
method, the sources and the independent checks (including the ones the estimate fails).

Definition: a recent labour migrant is an immigrant with a non-Dutch nationality who registered
in a gemeente (BRP), whose CBS migration motive is 'arbeid' (CBS statistiek migratiemotieven),
and who arrived within the last five years.

Inputs: the data set's regions.csv, sectors.csv, sector_occupation.csv, labour_market.csv,
occupations.csv and migration.csv (from data_dir), the public facts employment_by_sector_sbi.csv
and gemeenten_arbeidsmarktregio.csv (from shared_dir), and the constants below, each with its
source. Python 3 standard library only.

Status legend used in comments: SRC = published figure quoted as published (or arithmetic on it);
EST = our estimate or judgement (method in scenarios/data/SOURCES.md).
"""

import csv
import math
import os

# ---------------------------------------------------------------------------------------------
# 1. National totals (definition: CBS 'statistiek migratiemotieven', motive = arbeid)
# ---------------------------------------------------------------------------------------------
# Definition, CBS (cbs.nl/nl-nl/onze-diensten/methoden/onderzoeksomschrijvingen/aanvullende-
#   onderzoeksomschrijvingen/methodewijziging-statistiek-migratiemotieven-2020): "De populatie van de statistiek
#   migratiemotieven bestaat uit alle immigranten die op het moment van immigratie een niet-Nederlandse
#   nationaliteit hebben en zich na vestiging inschrijven bij een Nederlandse gemeente." The motive of EU/EFTA
#   citizens is known a year later (CBS via ANP, June 2025), so 2023 is the latest complete year.
# SRC CBS news 27 June 2025 'Minder immigratie in 2024, vooral minder kennismigranten'
#   (cbs.nl/en-gb/news/2025/26/lower-immigration-in-2024-particularly-among-knowledge-migrants;
#   Dutch text copied at blikopnieuws.nl/nieuws/306603): "Over de afgelopen 25 jaar kwam gemiddeld
#   bijna 1 op de 5 immigranten als arbeidsmigrant naar Nederland. In 2023 waren dit er bijna 70 duizend"
#   ANP on the same release (welingelichtekringen.nl, zeelandnet.nl): "Van alle 335.000 immigranten in
#   2023, kwam 21 procent voor arbeid" (0.21 x 335,000 = 70,350).
INFLOW_NL = 70000.0
# SRC Adviesraad Migratie (2023) 'Uitgelicht: Waarom de schattingen van het aantal arbeidsmigranten sterk
#   varieren' (adviesraadmigratie.nl/actueel/weblog/blogseries-en-commentaren/2023/uitgelicht-waarom-de-
#   schattingen-van-het-aantal-arbeidsmigranten-sterk-varieren): "terwijl de CBS Migratiecijfers uitkomen op
#   220.000" (EU/EFTA 150,000 + niet-EU/EFTA 70,000; CBS StatLine, bewerking
#   Adviesraad). Cross-checks (not used): CBS Nov 2024 (radioafm.nl/?p=32145): "In totaal telt Nederland een
#   kleine 300.000 arbeidsmigranten, en 140.000 meegereisde gezinsleden, die zich bij de gemeente hebben
#   ingeschreven" (all arrival years since 1999, so an upper bound for 'recent').
STOCK_NL = 220000.0
# SRC same CBS release: "In 2024 kwamen er 16 duizend van deze ... arbeidsmigranten van buiten de EU naar
#   Nederland. Dat waren er 26 procent minder dan een jaar eerder" -> 2023 knowledge migrants = 16,000/0.74.
KNOWLEDGE_2024 = 16000.0
KNOWLEDGE_DROP = 0.26
INFLOW_K = KNOWLEDGE_2024 / (1.0 - KNOWLEDGE_DROP)      # 21,622 (derived, SRC arithmetic)
RECENT_WINDOW = 5.0   # EST: 'recent' = arrived in the last 5 years (the horizon of the CBS retention figures)

# ---------------------------------------------------------------------------------------------
# 2. Stay curves: share still registered in NL t years after arrival
# ---------------------------------------------------------------------------------------------
# Group E = labour migrants other than non-EU knowledge migrants (mostly EU/EFTA, CEE).
# t=1 SRC CBS Statistische Trends 2019 'Arbeidsmigranten in Nederland' (2011 cohort of 31,000), as reported
#     by ANP/fok.nl: "Ongeveer 3.000 arbeidsmigranten bleven korter dan een jaar in ons land; bijna 10 procent"
# t=2 SRC-derived, same study (cbs.nl/nl-nl/longread/statistische-trends/2019/arbeidsmigranten-in-nederland/
#     3-resultaten): "Begin 2012 waren nog 28 duizend van de 31 duizend arbeidsmigranten aanwezig";
#     "In het tweede jaar vertrok de grootste groep arbeidsmigranten: 7.400" -> (28,000-7,400)/31,000 = 0.665
# t=5 SRC CBS Statistische Trends 2025 'Komen en gaan van arbeidsmigranten in de periode 2005-2021'
#     (cbs.nl/nl-nl/longread/statistische-trends/2025/komen-en-gaan-van-arbeidsmigranten-in-de-periode-2005-2021):
#     "Ruim 6 op de 10 EU/EFTA-arbeidsmigranten ... hebben Nederland binnen vijf jaar weer verlaten" -> 0.38
# t=10 SRC CBS 2020 (migratiemotieven; flexmarkt.nl): "Binnen tien jaar is drie kwart van hen weer vertrokken"
# t=3,4 EST: log-linear interpolation between t=2 and t=5.
STAY_E = {0: 1.0, 1: 0.90, 2: 0.665, 5: 0.38, 10: 0.25}
# Group K = non-EU knowledge migrants. t=5 SRC CBS ST 2025: "bijna 7 op de 10 niet-EU/EFTA-kennismigranten
#   hebben Nederland binnen vijf jaar weer verlaten" -> 0.31; CBS ST 2019: kennismigranten buiten EU 30.4%
#   'gehele periode gebleven' 2011-2016. t=10 SRC CBS 2020: "Iets meer dan drie kwart van degenen die in 2009
#   naar Nederland kwamen was binnen tien jaar weer vertrokken" (non-EU labour) -> 0.24. t=1,2 EST (as E,
#   slightly faster at 2 years, consistent with the faster 5-year exit).
STAY_K = {0: 1.0, 1: 0.90, 2: 0.62, 5: 0.31, 10: 0.24}


def stay_at(curve, t):
    """Share present at t: piecewise log-linear between the given points."""
    pts = sorted(curve.items())
    for (t0, s0), (t1, s1) in zip(pts, pts[1:]):
        if t0 <= t <= t1:
            f = (t - t0) / (t1 - t0)
            return math.exp(math.log(s0) + f * (math.log(s1) - math.log(s0)))
    return pts[-1][1]


def person_years(curve, window, steps=500):
    """Integral of the stay curve over [0, window]: years present per arrival within the window."""
    h = window / steps
    return sum(stay_at(curve, (i + 0.5) * h) for i in range(steps)) * h


# ---------------------------------------------------------------------------------------------
# 3. National sector mix of each group (internal key 'NAG' = agency work, part of SBI N)
# ---------------------------------------------------------------------------------------------
# Group E base pattern: SRC CBS, 'Werknemers uit Oost-Europese lidstaten van de EU naar sector, maart 2011'
#   (x1000), Tabel 4 in Tweede Kamer 'Eindrapport Lessen uit recente arbeidsmigratie' (Kamerstuk 32 680;
#   yumpu.com/nl/document/view/20303997/.../39): landbouw 11,7; nijverheid en energie 6,2; bouw 3,1;
#   handel 8,6; vervoer en opslag 3,5; horeca 2,3; informatie en communicatie 0,8; financiele
#   instellingen 0,8; onroerend goed 0,4; zakelijke dienstverlening 83,6 'waarvan arbeidsbemiddeling,
#   uitzendbureaus en personeelsbeheer' 74,0 and 'facility management, reiniging en landschapsverzorging'
#   3,1; overheid en zorg 3,2; cultuur, recreatie, overige diensten 1,1; totaal 125,2.
#   EST splits of CBS groups into SBI sections: nijverheid 6.2 -> C 5.9, B 0.05, D 0.05, E 0.2;
#   other business services 83.6-74.0-3.1 = 6.5 -> M 3.5, N (non-agency) 3.0 (+3.1 cleaning = N 6.1);
#   overheid en zorg 3.2 -> O 0.5, P 0.5, Q 2.2; cultuur/overig 1.1 -> R 0.5, S 0.6.
CEE_2011 = {"A": 11.7, "B": 0.05, "C": 5.9, "D": 0.05, "E": 0.2, "F": 3.1, "G": 8.6, "H": 3.5, "I": 2.3,
            "J": 0.8, "K": 0.8, "L": 0.4, "M": 3.5, "N": 6.1, "O": 0.5, "P": 0.5, "Q": 2.2, "R": 0.5,
            "S": 0.6, "TU": 0.0, "NAG": 74.0}
# EST agency share of group E = 0.50. Basis: SRC KBA Nijmegen for ABU/NBBU (abu.nl, Jan 2024): "In 2022
#   werkten er 984.169 arbeidsmigranten in Nederland. Van hen werkten er 461.431 via uitzendorganisaties"
#   (46.9%, all durations); CBS 2011 table above: 59.1%; CBS 28 Jan 2026: of 407,000 agency jobs in 2024
#   "Ruim de helft hiervan werd vervuld door uitzendkrachten die in het buitenland zijn geboren en korter
#   dan acht jaar in Nederland wonen". Recent arrivals work more often via agencies than all migrants -> 0.50.
AGENCY_SHARE_E = 0.50
# Group K (non-EU knowledge migrants), EST shares. Basis: CBS ST 2019 (fok.nl): kennismigranten in
#   Groot-Amsterdam "gingen ... vooral aan de slag in de specialistische zakelijke dienstverlening (zoals
#   onderzoeks- en adviesbureaus), de handel en de IT-sector"; high-tech manufacturing and universities
#   (researchers' scheme) added by judgement.
SECTOR_K = {"J": 0.22, "M": 0.22, "C": 0.16, "G": 0.10, "K": 0.06, "P": 0.08, "Q": 0.04, "N": 0.05,
            "H": 0.03, "O": 0.01, "F": 0.01, "D": 0.01, "R": 0.01}
# Agency migrants by user sector. SRC KBA/ABU 2023 (abu.nl): logistics "daalde ... naar 37%", food industry
#   "steeg van 13% naar 18%"; horticulture SRC ABU 2018 (gfactueel.nl): "Het percentage arbeidsmigranten dat
#   in de tuinbouw werkt is in 2 jaar tijd gedaald van 19% naar 14%" -> EST 0.15; remainder 0.30 EST
#   (metal, construction, cleaning, other), placed like sector N.
AGENCY_USERS = {"H": 0.37, "C": 0.18, "A": 0.15, "N": 0.30}

# ---------------------------------------------------------------------------------------------
# 4. Regional cluster uplifts (EST judgement; multiply the region's employment proxy in that sector)
# ---------------------------------------------------------------------------------------------
# A: migrant-intensive horticulture under glass, bulbs, tree nurseries.
#   AM21 Haaglanden 4.0: Westland. NH Nieuws 2024-02: "Bijna een kwart (24 procent) van de Nederlandse kassen
#     staat in Westland ... Afhankelijk van het seizoen werken daar 12.000 tot 16.000 gastarbeiders."
#   AM34 Zuid-Holland Centraal 3.0 (Lansingerland, Pijnacker-Nootdorp = Oostland): Gemeente Westland,
#     'Greenport Westland-Oostland': "Westland-Oostland is het grootse internationale tuinbouwcluster [ter]
#     wereld".  AM22 Rijnmond 1.5 (rest of Oostland, by judgement).
#   AM29 Noord-Limburg 3.0: Adviesraad Migratie 2022 (werkbezoek Horst aan de Maas): "Ook is er in de regio
#     veel glastuinbouw. Bij deze bedrijven zijn veel arbeidsmigranten ... werkzaam, meestal via uitzendbureaus."
#   AM25 West-Brabant 2.0 (Zundert nurseries), AM19 Holland Rijnland 2.0 (bulbs: Lisse, Noordwijk),
#   AM18 Groot Amsterdam 1.5 (Aalsmeer), AM10 Rivierenland 1.5 (Maasdriel): CBS via 'Lessen uit recente
#     arbeidsmigratie' p.40: "Zundert met drie procent ... Ook in Lisse en Noordwijkerhout komt iets meer dan
#     2 procent ... In Aalsmeer en Maasdriel ligt dat aandeel net onder de 2 procent" (first-generation CEE
#     share of the population; national about 1%).
UPLIFT_A = {"AM21": 4.0, "AM34": 3.0, "AM29": 3.0, "AM22": 1.5, "AM25": 2.0, "AM19": 2.0,
            "AM18": 1.5, "AM10": 1.5}
# C: food and meat processing (judgement; no regional count found): AM27 Noordoost-Brabant (Oss),
#   AM32 Helmond-De Peel, AM38 FoodValley 1.3; AM29 1.3 (Horst aan de Maas letter to the informateur,
#   2 Feb 2024: large firms "met name in de logistiek, de vleesverwerkende industrie en de land- en tuinbouw").
UPLIFT_C = {"AM27": 1.3, "AM32": 1.3, "AM38": 1.3, "AM29": 1.3}
# H: logistics / distribution centres.
#   AM29 2.5: Vastgoedmarkt 2022-02: "De logistieke sector in Venlo neemt bijna 25 procent van de
#     werkgelegenheid voor haar rekening, 10 procentpunt meer dan in Nederland als geheel."
#   AM26 Midden-Brabant 2.5: SEO (Tubantia 2018): "een logistieke dienstverlener in de regio Tilburg en
#     Waalwijk met duizend werknemers. Liefst 90 procent van het personeel komt inmiddels uit Midden- en
#     Oost-Europa"; Provincie Limburg 2019: "Tilburg-Waalwijk ... Logistieke Hotspot 2019".
#   AM25 West-Brabant 1.8: Telegraaf 2018 (DC vacancies) "met name in de westelijke helft van Noord-Brabant".
#   AM18 1.3: ABU 2018: "het aantal dat werkt in de regio rond Schiphol groeide flink ... logistieke sector".
#   AM28 1.3: RTL Nieuws: "Vooral in de regio's rond Venlo, Eindhoven en Amsterdam was er ... een schreeuwend
#     tekort aan personeel" (logistics). AM33 1.3: Keyport Midden-Limburg (Weert-Roermond) a ranked logistics
#     hotspot (Zakenblad 2019). AM22 Rijnmond 1.2 (port; judgement).
UPLIFT_H = {"AM29": 2.5, "AM26": 2.5, "AM25": 1.8, "AM18": 1.3, "AM28": 1.3, "AM33": 1.3, "AM22": 1.2}
# G (wholesale DCs, flower and vegetable trade): half of the H uplift (EST).
G_FROM_H = 0.5

# ---------------------------------------------------------------------------------------------
# 4b. Calibration to published regional shares (estimate(calibrate=False) skips it, for the report)
# ---------------------------------------------------------------------------------------------
# The a-priori uplifts above concentrate too little (alone they fail the figures (a) and (c) below; SOURCES.md
# shows what they give), so the estimate adds three published regional constraints as INPUTS (they are then
# no longer checks):
# (a) agency migrants: SRC KBA Nijmegen for ABU/NBBU, polis 2019, reported 2020 (flexnieuws.nl 'Arbeidsmigranten
#     in Nederland, cijfers en trends'): "De helft van de arbeidsmigranten die op uitzendbasis werken, is
#     gehuisvest in Noord-Limburg, Zuid-Holland Centraal, Midden-Brabant, Noord-Holland Noord, West-Brabant en
#     Helmond-De Peel." -> agency migrants in these six regions scaled to 50%, the rest to 50%; the split inside
#     each set keeps the a-priori pattern.
CAL_ABU_REGIONS = ["AM29", "AM34", "AM26", "AM15", "AM25", "AM32"]
CAL_ABU_SHARE = 0.50
# (b) knowledge migrants in Groot-Amsterdam: SRC CBS Statistische Trends 2019 'Arbeidsmigranten in Nederland'
#     (ANP/fok.nl): "Van de kennismigranten woonden de meesten na binnenkomst in 2011 in COROP-regio Groot-Amsterdam
#     met circa 36 migranten per 10 duizend inwoners"; national 2011: 7,040 + 5,226 = 12,266 kennismigranten
#     (CBS ST 2019 table 3.1) on 16,655,799 inhabitants (CBS, 1 Jan 2011) = 7.36 per 10,000 -> AM18 holds
#     36/7.36 = 4.89 times its population share of the group-K stock (EST: COROP Groot-Amsterdam taken as AM18).
CAL_K_REGION = "AM18"
CAL_K_RATE = 36.0
CAL_K_NL_RATE = 12266.0 / 16655799.0 * 10000.0
# (c) Brainport: SRC CBS Nov 2024 (eindhovenvandaag.nl, from the CBS release on newcomers by gemeente): "Van alle
#     nieuwkomers die in Eindhoven staan ingeschreven, zijn er 14.465 sinds eind vorige eeuw als arbeidsmigrant
#     naar Nederland gekomen"; national "een kleine 300.000" (radioafm.nl) -> Eindhoven alone 4.82% of the
#     registered labour migrants. EST: the gemeente Eindhoven holds 70% of those of AM28 Zuidoost-Brabant (the
#     city where internationals live; Veldhoven, Best and the rest of the region hold the remainder) -> AM28 share
#     of the national stock set to 4.82% / 0.70 by scaling its group-K stock (other regions' group K, AM18 excluded,
#     scaled down to keep the total).
CAL_BRAINPORT_REGION = "AM28"
CAL_EINDHOVEN = 14465.0
CAL_BRAINPORT_SHARE = CAL_EINDHOVEN / 300000.0 / 0.70
# Group K regional uplift: CBS ST 2019 (fok.nl): "Van de kennismigranten woonden de meesten na binnenkomst in
#   2011 in COROP-regio Groot-Amsterdam met circa 36 migranten per 10 duizend inwoners" -> AM18 2.5;
#   AM28 Zuidoost-Brabant (Brainport high-tech) 1.8, AM13, AM21 1.2, AM22 1.1: judgement.
UPLIFT_K = {"AM18": 2.5, "AM28": 1.8, "AM13": 1.2, "AM21": 1.2, "AM22": 1.1}

# ---------------------------------------------------------------------------------------------
# 5. Turnover (inflow per unit of stock) by sector within group E (EST)
# ---------------------------------------------------------------------------------------------
# CBS ST 2025: "arbeidsmigranten met de laagste ... lonen verlaten Nederland het vaakst binnen vijf jaar";
# seasonal horticulture and agency work are the lowest-paid -> shorter stays -> more inflow per stock.
TURNOVER_E = {"A": 1.3, "NAG": 1.2, "H": 1.1}

# ---------------------------------------------------------------------------------------------
# 6. Occupation tilt within a sector (EST): migrants in a sector are not spread like all its workers
# ---------------------------------------------------------------------------------------------
TILT_E = {"BRC01": 0.3, "BRC02": 0.5, "BRC03": 0.5, "BRC04": 0.3, "BRC05": 0.2, "BRC06": 0.2,
          "BRC07": 2.0, "BRC08": 0.5, "BRC09": 3.0, "BRC10": 1.0, "BRC11": 2.0, "BRC12": 2.5,
          "BRC13": 1.5, "DEF": 0.0}
TILT_K = {"BRC01": 1.0, "BRC02": 1.0, "BRC03": 0.8, "BRC04": 0.7, "BRC05": 1.2, "BRC06": 0.3,
          "BRC07": 1.5, "BRC08": 3.0, "BRC09": 0.2, "BRC10": 0.8, "BRC11": 0.3, "BRC12": 0.3,
          "BRC13": 0.5, "DEF": 0.0}

# ---------------------------------------------------------------------------------------------
# Independent checks (NOT used above)
# ---------------------------------------------------------------------------------------------
# C1 Limburg. NH Nieuws 2021-06 (Decisio for the Limburg Stuurgroep Internationale Werknemers): "In de hele
#   provincie Limburg werken zo'n 64.200 arbeidsmigranten. De arbeidsmigranten werken vooral in Noord- en
#   Midden-Limburg". National, same era: KBA/ABU (flexnieuws.nl): "Nederland telde in 2019 767.571
#   arbeidsmigranten, exclusief scholieren en studenten." Kafra/Decisio 2020: "Zo'n 64.000 arbeidsmigranten en
#   circa 11.000 kenniswerkers" (upper end of the range). 1Limburg: "De meeste arbeidsmigranten zijn werkzaam in
#   Noord-Limburg, gevolgd door Midden- en Zuid-Limburg."
CHK_LIMBURG = 64200.0
CHK_LIMBURG_HIGH = 75000.0
CHK_NL_2019 = 767571.0
CHK_LIMBURG_ORDER = ["AM29", "AM33", "AM30"]   # Noord > Midden > Zuid (1Limburg, quoted above)
# C2 KBA/ABU 2020 six regions (quoted in 4b): a check only of the uplifts alone; an input of the estimate.
CHK_ABU_REGIONS = CAL_ABU_REGIONS
CHK_ABU_SHARE = CAL_ABU_SHARE
# C3 CBS Nov 2024 (local copies of the CBS release): registered labour migrants since 1999 living in a gemeente,
#   national 'een kleine 300.000'. Lower bounds for the share of the region that contains the gemeente.
CHK_GEMEENTEN = [("Eindhoven (input c)", "AM28", CAL_EINDHOVEN), ("Tilburg", "AM26", 4630), ("Arnhem", "AM07", 2085),
                 ("Roosendaal+Altena", "AM25", 1320 + 525), ("Tiel", "AM10", 1030),
                 ("Noordoostpolder", "AM11", 920)]
CHK_GEM_NL = 300000.0
# C4 Den Haag (never used as input). brusselsenieuwe.nl (article on Westland housing):
#   "in Den Haag woonden in 2020 maar liefst 50.000 arbeidsmigranten"; NH Nieuws 2023-11, wethouder Balster:
#   "Op dit moment is bijna één op de tien Haagse inwoners arbeidsmigranten". Broad definition; as a share of the
#   KBA national count (767,571 in 2019) it is a lower bound for the share of AM21 Haaglanden (which contains
#   Den Haag and Westland).
CHK_DENHAAG = 50000.0



def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_inputs(data_dir, shared_dir):
    """The data set's files and the two public facts the estimate needs, as plain dicts."""
    regions = read_csv(os.path.join(data_dir, "regions.csv"))
    R = [r["code"] for r in regions]
    sec_rows = read_csv(os.path.join(data_dir, "sectors.csv"))
    S = [s["code"] for s in sec_rows]
    O = [row["code"] for row in read_csv(os.path.join(data_dir, "occupations.csv"))]
    so_rows = read_csv(os.path.join(data_dir, "sector_occupation.csv"))
    if [k for k in so_rows[0].keys() if k != "sector"] != O:
        raise ValueError("sector_occupation.csv columns differ from occupations.csv")
    if set(S) | {"NAG"} != set(CEE_2011):
        raise ValueError("sectors.csv codes differ from the sectors of the CBS 2011 table")
    emp = {r: {o: 0.0 for o in O} for r in R}
    for row in read_csv(os.path.join(data_dir, "labour_market.csv")):
        emp[row["region"]][row["occupation"]] = float(row["employed"])
    pop = {r: 0.0 for r in R}
    for g in read_csv(os.path.join(shared_dir, "gemeenten_arbeidsmarktregio.csv")):
        pop[g["am_code"]] += float(g["EST_pop_2024"] or 0)
    return {
        "R": R, "S": S, "O": O,
        "prov": {r["code"]: r["province"] for r in regions},
        "name": {r["code"]: r["name"] for r in regions},
        "sec_emp": {s["code"]: float(s["employed"]) for s in sec_rows},
        "so": {row["sector"]: {o: float(row[o]) for o in O} for row in so_rows},
        "emp": emp,
        "emp_r": {r: sum(emp[r].values()) for r in R},
        "mig": {row["occupation"]: float(row["labour_migrants_per_year"])
                for row in read_csv(os.path.join(data_dir, "migration.csv"))},
        # national sector shares 2022Q3: sectors.csv must be their scaled copy (checked in derive)
        "sbi": {row["sbi"]: float(row["employed_x1000_2022Q3"])
                for row in read_csv(os.path.join(shared_dir, "employment_by_sector_sbi.csv"))},
        "pop": pop,
    }


def normalise(d):
    t = sum(d.values())
    return {k: (v / t if t > 0 else 0.0) for k, v in d.items()}


def employment_proxy(inp):
    """E[r][s], employment of region r in sector s. No regional sector table exists in the data, so
    each occupation's regional employment is spread over the sectors in its national sector mix."""
    R, S, O, so, sec_emp, emp = inp["R"], inp["S"], inp["O"], inp["so"], inp["sec_emp"], inp["emp"]
    occ_tot = {o: sum(sec_emp[s] * so[s][o] for s in S) for o in O}
    return {r: {s: sum(emp[r][o] * sec_emp[s] * so[s][o] / occ_tot[o] for o in O if occ_tot[o] > 0)
                for s in S} for r in R}


def national_groups():
    """Inflow and stock of the two groups: K (non-EU knowledge migrants) and E (all other labour
    migrants). The stock is shared between them as inflow x years present within the window."""
    inflow_k = INFLOW_K
    inflow_e = INFLOW_NL - inflow_k
    py_e = person_years(STAY_E, RECENT_WINDOW)
    py_k = person_years(STAY_K, RECENT_WINDOW)
    raw_e, raw_k = inflow_e * py_e, inflow_k * py_k
    return {"inflow_e": inflow_e, "inflow_k": inflow_k, "person_years_e": py_e, "person_years_k": py_k,
            "stock_from_inflow": raw_e + raw_k,
            "stock_e": STOCK_NL * raw_e / (raw_e + raw_k), "stock_k": STOCK_NL * raw_k / (raw_e + raw_k)}


def national_sector_shares(S):
    """Sector mix of group E (agency work as the extra sector 'NAG') and of group K."""
    nonag = sum(v for k, v in CEE_2011.items() if k != "NAG")
    share_e = {k: (AGENCY_SHARE_E if k == "NAG" else v / nonag * (1 - AGENCY_SHARE_E))
               for k, v in CEE_2011.items()}
    share_k = {s: SECTOR_K.get(s, 0.0) for s in S}
    if abs(sum(share_e.values()) - 1) > 1e-9 or abs(sum(share_k.values()) - 1) > 1e-9:
        raise ValueError("national sector shares of labour migrants do not sum to 1")
    return share_e, share_k


def cluster_uplift(r, s):
    """Factor on region r's employment in sector s for migrant-intensive clusters (section 4)."""
    if s == "A":
        return UPLIFT_A.get(r, 1.0)
    if s == "C":
        return UPLIFT_C.get(r, 1.0)
    if s == "H":
        return UPLIFT_H.get(r, 1.0)
    if s == "G":
        return 1.0 + G_FROM_H * (UPLIFT_H.get(r, 1.0) - 1.0)
    return 1.0


def regional_weights(inp, proxy, calibrate):
    """Each region's share of a group's migrants in a sector: the proxy times the uplifts; agency
    migrants like their user sectors, then, calibrated, 50% in the six ABU regions (4b a)."""
    R, S = inp["R"], inp["S"]
    w_e = {s: normalise({r: proxy[r][s] * cluster_uplift(r, s) for r in R}) for s in S}
    w_e["NAG"] = {r: sum(a * w_e[u][r] for u, a in AGENCY_USERS.items()) for r in R}
    w_k = {s: normalise({r: proxy[r][s] * UPLIFT_K.get(r, 1.0) for r in R}) for s in S}
    if calibrate:
        six = sum(w_e["NAG"][r] for r in CAL_ABU_REGIONS)
        w_e["NAG"] = {r: w_e["NAG"][r] * (CAL_ABU_SHARE / six if r in CAL_ABU_REGIONS
                                          else (1 - CAL_ABU_SHARE) / (1 - six)) for r in R}
    return w_e, w_k


def calibrate_knowledge_migrants(inp, st_e, st_k, stock_k):
    """4b (b): AM18 holds 36 / 7.36 times its population share of group K; (c): AM28 holds
    CAL_BRAINPORT_SHARE of all recent labour migrants, through its group-K stock."""
    R, pop = inp["R"], inp["pop"]
    q = CAL_K_RATE / CAL_K_NL_RATE * pop[CAL_K_REGION] / sum(pop.values())
    cur = sum(st_k[CAL_K_REGION].values()) / stock_k
    st_k = {r: {s: v * (q / cur if r == CAL_K_REGION else (1 - q) / (1 - cur)) for s, v in st_k[r].items()}
            for r in R}
    rb = CAL_BRAINPORT_REGION
    need_k = CAL_BRAINPORT_SHARE * STOCK_NL - sum(st_e[rb].values())
    have_k = sum(st_k[rb].values())
    others = [r for r in R if r not in (rb, CAL_K_REGION)]
    pool = sum(sum(st_k[r].values()) for r in others)
    fo = (pool - (need_k - have_k)) / pool
    return {r: {s: v * (need_k / have_k if r == rb else fo if r in others else 1.0)
                for s, v in st_k[r].items()} for r in R}


def occupation_mixes(inp):
    """Occupation mix of a group's migrants in each sector: the sector's row of
    sector_occupation.csv times the group's tilt (section 6); agency work like its user sectors."""
    S, O, so = inp["S"], inp["O"], inp["so"]
    mix_e = {s: normalise({o: so[s][o] * TILT_E[o] for o in O}) for s in S}
    mix_e["NAG"] = {o: sum(a * mix_e[u][o] for u, a in AGENCY_USERS.items()) for o in O}
    mix_k = {s: normalise({o: so[s][o] * TILT_K[o] for o in O}) for s in S}
    return mix_e, mix_k


def estimate(inp, calibrate=True):
    """Stock and yearly inflow of recent labour migrants by region x occupation (national totals
    STOCK_NL and INFLOW_NL). calibrate=False gives the uplifts alone, for the report."""
    R, S, O = inp["R"], inp["S"], inp["O"]
    g = national_groups()
    share_e, share_k = national_sector_shares(S)
    w_e, w_k = regional_weights(inp, employment_proxy(inp), calibrate)
    st_e = {r: {k: g["stock_e"] * share_e[k] * w_e[k][r] for k in share_e} for r in R}
    st_k = {r: {s: g["stock_k"] * share_k[s] * w_k[s][r] for s in S} for r in R}
    if calibrate:
        st_k = calibrate_knowledge_migrants(inp, st_e, st_k, g["stock_k"])
    # inflow: stock x sector turnover within group E, rescaled to the group's inflow
    in_e = {r: {k: st_e[r][k] * TURNOVER_E.get(k, 1.0) for k in share_e} for r in R}
    t_e = sum(sum(d.values()) for d in in_e.values())
    in_e = {r: {k: v * g["inflow_e"] / t_e for k, v in in_e[r].items()} for r in R}
    in_k = {r: {s: st_k[r][s] * g["inflow_k"] / g["stock_k"] for s in S} for r in R}
    mix_e, mix_k = occupation_mixes(inp)

    def by_occupation(e, k):
        return {r: {o: sum(e[r][x] * mix_e[x][o] for x in share_e) + sum(k[r][s] * mix_k[s][o] for s in S)
                    for o in O} for r in R}

    return {
        "groups": g,
        "inflow": by_occupation(in_e, in_k),
        "stock": by_occupation(st_e, st_k),
        "region_stock": {r: sum(st_e[r].values()) + sum(st_k[r].values()) for r in R},
        "agency_stock": {r: st_e[r]["NAG"] for r in R},
        "knowledge_stock": {r: sum(st_k[r].values()) for r in R},
    }


def arrival_shares(inp, inflow):
    """For each occupation, each region's share of its national arrivals. An occupation without
    arrivals in migration.csv (DEF) gets 0 everywhere."""
    R, O = inp["R"], inp["O"]
    shares = {}
    for o in O:
        total = sum(inflow[r][o] for r in R)
        if inp["mig"].get(o, 0.0) <= 0:
            shares[o] = {r: 0.0 for r in R}
        elif total <= 0:
            raise ValueError("labour migrant regions: occupation %s has arrivals in migration.csv "
                             "but none in the estimate" % o)
        else:
            shares[o] = {r: inflow[r][o] / total for r in R}
    return shares


def region_figures(inp, est, shares):
    """Per region: arrivals per employed in the estimate (70,000 a year, its own occupation mix),
    with migration.csv spread by the shares (what lmsim applies) and with migration.csv spread in
    proportion to employment; stock per employed."""
    R, O, emp, emp_r, mig = inp["R"], inp["O"], inp["emp"], inp["emp_r"], inp["mig"]
    occ_emp = {o: sum(emp[r][o] for r in R) for o in O}
    rows = []
    for r in R:
        own = sum(est["inflow"][r].values())
        lmsim = sum(mig[o] * shares[o][r] for o in O)
        prop = sum(mig[o] * emp[r][o] / occ_emp[o] for o in O if occ_emp[o] > 0)
        rows.append({"region": r, "name": inp["name"][r], "employed": emp_r[r],
                     "arrivals": own, "arrivals_per_employed": own / emp_r[r],
                     "lmsim_arrivals": lmsim, "lmsim_per_employed": lmsim / emp_r[r],
                     "proportional_per_employed": prop / emp_r[r],
                     "stock_per_employed": est["region_stock"][r] / emp_r[r]})
    return rows


def stock_share(est, regions):
    return sum(est["region_stock"][r] for r in regions) / STOCK_NL


def shortfall(value, bound):
    return 100.0 * (1.0 - value / bound)


def limburg_checks(inp, est, apriori, emp_share):
    """C1: Limburg's share of all labour migrants; C1b: the order of its three regions."""
    lim = [r for r in inp["R"] if inp["prov"][r] == "Limburg"]
    lo, hi = CHK_LIMBURG / CHK_NL_2019, CHK_LIMBURG_HIGH / CHK_NL_2019
    v = stock_share(est, lim)
    if v < lo:
        verdict = "fails: %.0f%%-%.0f%% below the published range" % (shortfall(v, lo), shortfall(v, hi))
    elif v > hi:
        verdict = "fails: above the published range"
    else:
        verdict = "passes"
    if v < lo and v > emp_share(lim):
        verdict += ", though above the employment share (the right direction)"
    c1 = {"check": "C1 Limburg (%s) share of all labour migrants" % "+".join(lim),
          "published": "%.2f%% to %.2f%%" % (100 * lo, 100 * hi),
          "employment_share": "%.2f%%" % (100 * emp_share(lim)),
          "uplifts_only": "%.2f%%" % (100 * stock_share(apriori, lim)),
          "estimate": "%.2f%%" % (100 * v), "verdict": verdict}

    def order(e):
        return sorted(lim, key=lambda r: -e["region_stock"][r])

    def names(codes):
        return " > ".join(inp["name"][r] for r in codes)

    got = order(est)
    if got == CHK_LIMBURG_ORDER:
        verdict = "passes"
    else:
        right = [inp["name"][r] for r, p in zip(got, CHK_LIMBURG_ORDER) if r == p]
        verdict = ("fails in part: %s in the published place, the others not" % ", ".join(right) if right
                   else "fails")
    emp_order = sorted(lim, key=lambda r: -inp["emp_r"][r])
    c1b = {"check": "C1b order of the Limburg regions", "published": names(CHK_LIMBURG_ORDER),
           "employment_share": names(emp_order), "uplifts_only": names(order(apriori)),
           "estimate": names(got), "verdict": verdict}
    return [c1, c1b]


def den_haag_check(inp, est, apriori, emp_share):
    """C4: Den Haag's labour migrants are a lower bound for AM21 Haaglanden."""
    bound = CHK_DENHAAG / CHK_NL_2019
    v = stock_share(est, ["AM21"])
    verdict = "passes" if v >= bound else "fails: %.0f%% below the lower bound" % shortfall(v, bound)
    return {"check": "C4 Den Haag (lower bound for AM21 Haaglanden)", "published": ">= %.2f%%" % (100 * bound),
            "employment_share": "%.2f%%" % (100 * emp_share(["AM21"])),
            "uplifts_only": "%.2f%%" % (100 * stock_share(apriori, ["AM21"])),
            "estimate": "%.2f%%" % (100 * v), "verdict": verdict}


def gemeente_checks(inp, est, apriori, emp_share):
    """C3: CBS gemeente counts (share of ~300,000) are lower bounds for their region's share.
    Eindhoven is an input (4b c), so it is left out."""
    rows = []
    for name, r, n in CHK_GEMEENTEN:
        if r == CAL_BRAINPORT_REGION:
            continue
        bound = n / CHK_GEM_NL
        v = stock_share(est, [r])
        rows.append({"check": "C3 %s (lower bound for %s %s)" % (name, r, inp["name"][r]),
                     "published": ">= %.2f%%" % (100 * bound),
                     "employment_share": "%.2f%%" % (100 * emp_share([r])),
                     "uplifts_only": "%.2f%%" % (100 * stock_share(apriori, [r])),
                     "estimate": "%.2f%%" % (100 * v), "verdict": "passes" if v >= bound else "fails"})
    return rows


def calibration_inputs(inp, est, apriori, emp_share):
    """The published regional figures that became inputs (4b a and c): what the uplifts alone gave."""
    def agency(e):
        return sum(e["agency_stock"][r] for r in CAL_ABU_REGIONS) / sum(e["agency_stock"].values())

    def alone(ok):
        return "the uplifts alone %s it" % ("pass" if ok else "fail")

    rb = CAL_BRAINPORT_REGION
    eindhoven = CAL_EINDHOVEN / CHK_GEM_NL
    return [
        {"check": "C2 six ABU regions (%s) share of agency migrants" % "+".join(CAL_ABU_REGIONS),
         "published": "%.0f%%" % (100 * CAL_ABU_SHARE),
         "employment_share": "%.1f%%" % (100 * emp_share(CAL_ABU_REGIONS)),
         "uplifts_only": "%.1f%%" % (100 * agency(apriori)), "estimate": "%.1f%%" % (100 * agency(est)),
         "verdict": "input (method step 4 a); " + alone(abs(agency(apriori) - CAL_ABU_SHARE) < 0.05)},
        {"check": "Eindhoven (lower bound for %s %s)" % (rb, inp["name"][rb]),
         "published": ">= %.2f%%" % (100 * eindhoven), "employment_share": "%.2f%%" % (100 * emp_share([rb])),
         "uplifts_only": "%.2f%%" % (100 * stock_share(apriori, [rb])),
         "estimate": "%.2f%%" % (100 * stock_share(est, [rb])),
         "verdict": "input (method step 4 c, set to %.2f%%); %s" % (
             100 * CAL_BRAINPORT_SHARE, alone(stock_share(apriori, [rb]) >= eindhoven))},
    ]


def derive(data_dir, shared_dir):
    """Each region's share of each occupation's national arrivals of recent labour migrants, and
    the figures and checks for SOURCES.md.

    Returns (shares, report): shares[occupation][region] sums to 1 over the regions for every
    occupation with arrivals in migration.csv and is 0 everywhere for the others."""
    inp = read_inputs(data_dir, shared_dir)
    sbi_a, sec_a = inp["sbi"]["A"] / inp["sbi"]["A-U"], inp["sec_emp"]["A"] / sum(inp["sec_emp"].values())
    if abs(sbi_a - sec_a) > 1e-4:
        raise ValueError("sectors.csv is not the scaled copy of employment_by_sector_sbi.csv (A share)")
    est = estimate(inp, calibrate=True)
    apriori = estimate(inp, calibrate=False)
    shares = arrival_shares(inp, est["inflow"])
    R, O, mig = inp["R"], inp["O"], inp["mig"]
    emp_total = sum(inp["emp_r"].values())

    def emp_share(regions):
        return sum(inp["emp_r"][r] for r in regions) / emp_total

    pop = inp["pop"]
    k_total = sum(est["knowledge_stock"].values())
    mig_total = sum(mig.values())
    own = {o: sum(est["inflow"][r][o] for r in R) for o in O}
    report = dict(est["groups"])
    report.update({
        "inflow_nl": INFLOW_NL, "stock_nl": STOCK_NL, "window": RECENT_WINDOW,
        "knowledge_2024": KNOWLEDGE_2024, "knowledge_drop": KNOWLEDGE_DROP,
        "stay_e": STAY_E, "stay_k": STAY_K, "agency_share_e": AGENCY_SHARE_E, "agency_users": AGENCY_USERS,
        "sector_k": SECTOR_K, "turnover_e": TURNOVER_E, "tilt_e": TILT_E, "tilt_k": TILT_K,
        "uplifts": {"A": UPLIFT_A, "C": UPLIFT_C, "H": UPLIFT_H, "K": UPLIFT_K}, "g_from_h": G_FROM_H,
        "sector_share_a_check": (sec_a, sbi_a),
        "am18_population_share": pop[CAL_K_REGION] / sum(pop.values()),
        "am18_knowledge_share": est["knowledge_stock"][CAL_K_REGION] / k_total,
        "knowledge_rate_ratio": CAL_K_RATE / CAL_K_NL_RATE,
        "am28_share": est["region_stock"][CAL_BRAINPORT_REGION] / STOCK_NL,
        "brainport_share": CAL_BRAINPORT_SHARE,
        "occupation_mix": [(o, own[o] / INFLOW_NL, mig.get(o, 0.0) / mig_total) for o in O],
        "regions": region_figures(inp, est, shares),
        "checks": (limburg_checks(inp, est, apriori, emp_share) + [den_haag_check(inp, est, apriori, emp_share)]
                   + gemeente_checks(inp, est, apriori, emp_share)),
        "inputs": calibration_inputs(inp, est, apriori, emp_share),
    })
    return shares, report
