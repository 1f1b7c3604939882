"""The 12 provinces as groups of labour-market regions (scenarios/data/region_groups.csv).

Each province is approximated by the regions whose main province it is (arbeidsmarktregios.csv,
main_province). Labour-market regions cross province borders: the municipalities below lie in a
region of another province. A province group therefore leaves out its municipalities in other
provinces' regions and includes other provinces' municipalities in its own regions; the file
names both and their share of the population (EST_pop_2024 of gemeenten_arbeidsmarktregio.csv).

scripts/derive_data.py calls derive() and writes the rows it returns; SOURCES.md describes the
file. Python 3 standard library only.

Status legend used in comments: SRC = published fact; EST = our estimate (method in
scenarios/data/SOURCES.md).
"""

import csv
import os

# The provinces: group code (ISO 3166-2:NL letters), name as in arbeidsmarktregios.csv's
# main_province, Dutch and English group names.
PROVINCES = [
    ("PV-GR", "Groningen", "Provincie Groningen", "Province of Groningen"),
    ("PV-FR", "Fryslân", "Provincie Fryslân", "Province of Friesland"),
    ("PV-DR", "Drenthe", "Provincie Drenthe", "Province of Drenthe"),
    ("PV-OV", "Overijssel", "Provincie Overijssel", "Province of Overijssel"),
    ("PV-FL", "Flevoland", "Provincie Flevoland", "Province of Flevoland"),
    ("PV-GE", "Gelderland", "Provincie Gelderland", "Province of Gelderland"),
    ("PV-UT", "Utrecht", "Provincie Utrecht", "Province of Utrecht"),
    ("PV-NH", "Noord-Holland", "Provincie Noord-Holland", "Province of North Holland"),
    ("PV-ZH", "Zuid-Holland", "Provincie Zuid-Holland", "Province of South Holland"),
    ("PV-ZE", "Zeeland", "Provincie Zeeland", "Province of Zeeland"),
    ("PV-NB", "Noord-Brabant", "Provincie Noord-Brabant", "Province of North Brabant"),
    ("PV-LI", "Limburg", "Provincie Limburg", "Province of Limburg"),
]

# SRC: the municipalities (2025) whose province is not the main province of their labour-market
# region; the province of each gemeente as in CBS 86247NED "Gebieden in Nederland" (the table the
# region mapping of gemeenten_arbeidsmarktregio.csv comes from). Every other municipality lies in
# the main province of its region (checked by reading every region's municipalities). The Utrecht
# ones are also in derive_data.py's list of the 26 municipalities of the province of Utrecht,
# which derive() checks.
CROSSING = {
    "GM0106": ("Assen", "Drenthe"),                # in AM01 Groningen (Groningen)
    "GM1680": ("Aa en Hunze", "Drenthe"),          # in AM01 Groningen
    "GM1699": ("Noordenveld", "Drenthe"),          # in AM01 Groningen
    "GM1730": ("Tynaarlo", "Drenthe"),             # in AM01 Groningen
    "GM0119": ("Meppel", "Drenthe"),               # in AM36 Regio Zwolle (Overijssel)
    "GM1701": ("Westerveld", "Drenthe"),           # in AM36 Regio Zwolle
    "GM0230": ("Elburg", "Gelderland"),            # in AM36 Regio Zwolle
    "GM0244": ("Hattem", "Gelderland"),            # in AM36 Regio Zwolle
    "GM0269": ("Oldebroek", "Gelderland"),         # in AM36 Regio Zwolle
    "GM0302": ("Nunspeet", "Gelderland"),          # in AM36 Regio Zwolle
    "GM0150": ("Deventer", "Overijssel"),          # in AM06 Veluwe Stedendriehoek (Gelderland)
    "GM0050": ("Zeewolde", "Flevoland"),           # in AM06 Veluwe Stedendriehoek
    "GM0944": ("Mook en Middelaar", "Limburg"),    # in AM08 Rijk van Nijmegen (Gelderland)
    "GM0345": ("Veenendaal", "Utrecht"),           # in AM38 FoodValley (Gelderland)
    "GM0339": ("Renswoude", "Utrecht"),            # in AM38 FoodValley
    "GM0340": ("Rhenen", "Utrecht"),               # in AM38 FoodValley
    "GM0267": ("Nijkerk", "Gelderland"),           # in AM14 Amersfoort (Utrecht)
    "GM0317": ("Eemnes", "Utrecht"),               # in AM12 Gooi en Vechtstreek (Noord-Holland)
    "GM0736": ("De Ronde Venen", "Utrecht"),       # in AM18 Groot Amsterdam (Noord-Holland)
    "GM1961": ("Vijfheerenlanden", "Utrecht"),     # in AM35 Gorinchem (Zuid-Holland)
    "GM1706": ("Cranendonck", "Noord-Brabant"),    # in AM33 Midden-Limburg (Limburg)
}

NOTE = "approximates the province by whole labour-market regions"
HEADER = ["code", "name", "name_en", "regions", "note", "left_out", "left_out_population_share",
          "included", "included_population_share"]


def _read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _names(gms):
    return ";".join("%s %s" % (g["gm_name"], g["am_code"]) for g in gms) or "none"


def derive(shared_dir, utrecht_gm):
    """Rows of region_groups.csv (HEADER) and the checks [(label, value, ok)]."""
    regions = sorted(_read(os.path.join(shared_dir, "arbeidsmarktregios.csv")),
                     key=lambda r: r["am_code"])
    main = {r["am_code"]: r["main_province"] for r in regions}
    gms = _read(os.path.join(shared_dir, "gemeenten_arbeidsmarktregio.csv"))
    province = {g["gm_code"]: CROSSING.get(g["gm_code"], (None, main[g["am_code"]]))[1]
                for g in gms}
    for code, (name, _) in CROSSING.items():
        found = [g for g in gms if g["gm_code"] == code]
        if len(found) != 1 or found[0]["gm_name"] != name:
            raise SystemExit("CHECK FAILED: region_groups: %s %s not in the municipalities" % (code, name))
    pop = {g["gm_code"]: float(g["EST_pop_2024"]) for g in gms}
    rows, checks = [], []
    for code, prov, name, name_en in PROVINCES:
        members = [r for r in sorted(main) if main[r] == prov]
        in_group = [g for g in gms if g["am_code"] in members]
        of_province = [g for g in gms if province[g["gm_code"]] == prov]
        left_out = [g for g in of_province if g["am_code"] not in members]
        included = [g for g in in_group if province[g["gm_code"]] != prov]
        province_pop = sum(pop[g["gm_code"]] for g in of_province)
        group_pop = sum(pop[g["gm_code"]] for g in in_group)
        rows.append([code, name, name_en, " ".join(members), NOTE, _names(left_out),
                     "%.4f" % (sum(pop[g["gm_code"]] for g in left_out) / province_pop),
                     _names(included),
                     "%.4f" % (sum(pop[g["gm_code"]] for g in included) / group_pop)])
    covered = sorted(r for row in rows for r in row[3].split())
    checks.append(("region_groups: provinces hold every region exactly once",
                   "%d of %d" % (len(covered), len(main)), covered == sorted(main)))
    utrecht = sorted(g["gm_code"] for g in gms if province[g["gm_code"]] == "Utrecht")
    checks.append(("region_groups: municipalities of Utrecht as derive_data.py lists them",
                   "%d" % len(utrecht), utrecht == sorted(utrecht_gm)))
    return rows, checks


def sources_section():
    """SOURCES.md section of region_groups.csv."""
    L = ["### region_groups.csv",
         "The 12 provinces as groups of labour-market regions, for `--region` of lmsim compare, export",
         "and report (docs/data.md, \"Region groups\"). `regions`: the regions whose `main_province`",
         "(arbeidsmarktregios.csv) is the province, separated by spaces; every region is in exactly one",
         "province. A group **approximates** the province (`note`): labour-market regions cross province",
         "borders, so `left_out` names the province's municipalities that lie in another province's",
         "region and `included` the other provinces' municipalities in the group's regions (each with its",
         "region; `none` where there are none). The province of a municipality: CBS 86247NED \"Gebieden in",
         "Nederland\" (exact), kept for the seven crossing municipalities (Deventer, Zeewolde, Veenendaal,",
         "Renswoude, Eemnes, Vijfheerenlanden, Cranendonck) as constants in `scripts/region_groups.py`;",
         "every other municipality lies in its region's main province. `left_out_population_share`:",
         "population of the left-out municipalities / population of the province;",
         "`included_population_share`: population of the included municipalities / population of the",
         "group's regions; both **estimated** (EST), from the EST_pop_2024 column of",
         "gemeenten_arbeidsmarktregio.csv (2021 PC4 counts times the province's growth to 2024), 4 decimals.",
         ""]
    return L
