#!/usr/bin/env python3
"""Write data/countries.tsv, coopstat's country reference table.

Inputs:
  - country-codes.csv of the datasets/country-codes project (PDDL): ISO 3166-1
    codes, UN M49 regions, LDC / LLDC / SIDS flags and names in six languages;
  - country-aliases.csv (next to this script, hand-written): code,alias;
  - country-aggregates.csv (next to this script, hand-written):
    code,name,aliases (aliases separated by "|"): World Bank aggregates and
    political groupings; a row whose code is M49-<ccc> renames or adds aliases
    to the UN M49 area <ccc> taken from country-codes.csv.

Output: countries.tsv next to this script, UTF-8, LF, tab-separated, no
quoting, one header line, then the countries sorted by alpha-3 code, then the
aggregates sorted by code. See data/README.md for the columns.

Only the standard library is used and the output is the same bytes on every
run. The script stops with exit status 1 and a message, writing nothing, if an
alias file names an unknown code, if a name or alias would mean two entries
(compared case-insensitively after trimming; names that meet only in the form
in which coopstat matches them are caught by coopstat's unit test "every name
and alias finds its own entry"), if an aggregate code is a
country's code, if two entries get the same display name, or if a field holds
a tab, "|" or a line break.

Usage: python3 data/generate_countries.py [--check] [COUNTRY_CODES_CSV]
  COUNTRY_CODES_CSV  default: ../shared/data/country-codes.csv relative to the
                     repository root (the parent of this script's directory)
  --check            write nothing; exit 1 if countries.tsv is not what the
                     inputs give
"""

import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(HERE)
DEFAULT_SOURCE = os.path.normpath(
    os.path.join(REPO_ROOT, "..", "shared", "data", "country-codes.csv"))
ALIASES_PATH = os.path.join(HERE, "country-aliases.csv")
AGGREGATES_PATH = os.path.join(HERE, "country-aggregates.csv")
OUTPUT_PATH = os.path.join(HERE, "countries.tsv")

HEADER = ["kind", "alpha3", "alpha2", "numeric", "name", "region",
          "subregion", "intermediate_region", "ldc", "lldc", "sids",
          "aliases"]

# Columns of country-codes.csv whose values become aliases, in this order.
# (ISO4217-currency_country_name is deliberately not used.)
NAME_COLUMNS = [
    "CLDR display name",
    "official_name_en", "official_name_fr", "official_name_es",
    "official_name_ru", "official_name_ar", "official_name_cn",
] + ["UNTERM %s %s" % (language, form)
     for language in ("English", "French", "Spanish", "Russian", "Chinese",
                      "Arabic")
     for form in ("Short", "Formal")]

FLAG_COLUMNS = [
    "Least Developed Countries (LDC)",
    "Land Locked Developing Countries (LLDC)",
    "Small Island Developing States (SIDS)",
]

# Display names that are not the CLDR display name after the general rules
# (" & " -> " and ", "St. " -> "Saint ", typographic apostrophe -> ASCII).
# Keyed by alpha-3 so that a change of the CLDR spelling cannot undo them.
NAME_OVERRIDES = {
    "BIH": "Bosnia and Herzegovina",            # CLDR short form "Bosnia"
    "CIV": "Côte d'Ivoire",                     # ASCII apostrophe
    "COD": "Democratic Republic of the Congo",  # CLDR "Congo - Kinshasa"
    "COG": "Republic of the Congo",             # CLDR "Congo - Brazzaville"
    "CPV": "Cabo Verde",                        # UN and ISO name since 2013
    "GBR": "United Kingdom",                    # CLDR short form "UK"
    "HKG": "Hong Kong",                         # CLDR "Hong Kong SAR China"
    "MAC": "Macao",                             # CLDR "Macao SAR China"
    "MMR": "Myanmar",                           # CLDR "Myanmar (Burma)"
    "PSE": "Palestine",                         # CLDR "Palestinian Territories"
    "TUR": "Türkiye",                           # UN and ISO name since 2022
    "UMI": "United States Minor Outlying Islands",  # CLDR "U.S. Outlying Islands"
    "USA": "United States",                     # CLDR short form "US"
    "VCT": "Saint Vincent and the Grenadines",  # CLDR "St. Vincent & Grenadines"
}

# Regions coopstat fills in where UN M49 lists none: (region, subregion,
# intermediate region). UN M49 does not list Taiwan.
REGION_ADDITIONS = {
    "TWN": ("Asia", "Eastern Asia", ""),
}

# Countries not in ISO 3166-1, with the user-assigned codes the World Bank and
# the European Union use: alpha3, alpha2, numeric, name, region, subregion,
# intermediate region.
EXTRA_COUNTRIES = [
    ("XKX", "XK", "", "Kosovo", "Europe", "Southern Europe", ""),
]

M49_WORLD = "001"
WORLD_BANK_WORLD = "WLD"
# M49 areas that are World Bank aggregates under another code.
M49_AREAS_OF_AGGREGATES = {M49_WORLD: WORLD_BANK_WORLD, "202": "SSF", "419": "LCN"}
M49_PREFIX = "M49-"


class Failure(Exception):
    """A problem with the inputs: reported, and nothing is written."""


def fail(message):
    raise Failure(message)


def clean(value):
    """A name as the table writes it: trimmed, runs of spaces made one, and
    the footnote asterisks of the UNTERM columns ("Niue **") removed. Tabs and
    line breaks inside a value are left for check() to report."""
    value = re.sub(r" {2,}", " ", value.strip())
    return re.sub(r"\s*\*+$", "", value)


def fold_case(value):
    return value.strip().casefold()


def read_csv(path, required_columns):
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in required_columns
                       if c not in (reader.fieldnames or [])]
            if missing:
                fail("%s: missing column(s) %s" % (path, ", ".join(missing)))
            return [(reader.line_num, row) for row in reader]
    except OSError as error:
        fail("cannot read %s: %s" % (path, error.strerror))
    except UnicodeDecodeError:
        fail("%s is not UTF-8" % path)
    except csv.Error as error:
        fail("%s: %s" % (path, error))


def display_name(alpha3, cldr):
    if alpha3 in NAME_OVERRIDES:
        return NAME_OVERRIDES[alpha3]
    name = cldr.replace(" & ", " and ").replace("’", "'")
    name = re.sub(r"\bSt\. ", "Saint ", name)
    if " - " in name or "SAR" in name or "(" in name or ")" in name:
        fail("%s: the CLDR display name %r needs an entry in NAME_OVERRIDES"
             % (alpha3, cldr))
    return name


def flag(alpha3, column, value):
    value = value.strip()
    if value == "x":
        return "yes"
    if value == "":
        return "no"
    fail("%s: %r in column %r is neither 'x' nor empty"
         % (alpha3, value, column))


def numeric_code(alpha3, value):
    value = value.strip()
    if not value.isdigit() or not 0 < int(value) < 1000:
        fail("%s: numeric code %r is not a number from 1 to 999"
             % (alpha3, value))
    return "%03d" % int(value)


def read_countries(source):
    """Countries from country-codes.csv plus EXTRA_COUNTRIES, and the M49 areas
    (code -> name) named in it."""
    columns = (["ISO3166-1-Alpha-3", "ISO3166-1-Alpha-2", "ISO3166-1-numeric",
                "M49", "Global Code", "Global Name", "Region Name",
                "Region Code", "Sub-region Name", "Sub-region Code",
                "Intermediate Region Name", "Intermediate Region Code"]
               + NAME_COLUMNS + FLAG_COLUMNS)
    countries = []
    areas = {}

    def add_area(alpha3, code, name):
        code, name = code.strip(), clean(name)
        if not code and not name:
            return
        if not code or not name:
            fail("%s: M49 area with name %r and code %r: one is missing"
                 % (alpha3, name, code))
        code = numeric_code(alpha3, code)
        if areas.setdefault(code, name) != name:
            fail("M49 area %s is called both %r and %r"
                 % (code, areas[code], name))

    for line, row in read_csv(source, columns):
        alpha3 = row["ISO3166-1-Alpha-3"].strip()
        alpha2 = row["ISO3166-1-Alpha-2"].strip()
        if not re.fullmatch(r"[A-Z]{3}", alpha3):
            fail("%s line %d: alpha-3 code %r" % (source, line, alpha3))
        if not re.fullmatch(r"[A-Z]{2}", alpha2):
            fail("%s line %d: alpha-2 code %r" % (source, line, alpha2))
        numeric = numeric_code(alpha3, row["ISO3166-1-numeric"])
        if row["M49"].strip() and numeric_code(alpha3, row["M49"]) != numeric:
            fail("%s: ISO numeric %s differs from M49 %s"
                 % (alpha3, numeric, row["M49"]))
        add_area(alpha3, row["Global Code"], row["Global Name"])
        add_area(alpha3, row["Region Code"], row["Region Name"])
        add_area(alpha3, row["Sub-region Code"], row["Sub-region Name"])
        add_area(alpha3, row["Intermediate Region Code"],
                 row["Intermediate Region Name"])
        regions = (clean(row["Region Name"]), clean(row["Sub-region Name"]),
                   clean(row["Intermediate Region Name"]))
        if alpha3 in REGION_ADDITIONS:
            addition = REGION_ADDITIONS[alpha3]
            if any(regions) and regions != addition:
                fail("%s: country-codes.csv now gives the regions %r; review "
                     "REGION_ADDITIONS %r" % (alpha3, regions, addition))
            regions = addition
        countries.append({
            "kind": "country", "alpha3": alpha3, "alpha2": alpha2,
            "numeric": numeric,
            "name": display_name(alpha3, clean(row["CLDR display name"])),
            "region": regions[0], "subregion": regions[1],
            "intermediate_region": regions[2],
            "ldc": flag(alpha3, FLAG_COLUMNS[0], row[FLAG_COLUMNS[0]]),
            "lldc": flag(alpha3, FLAG_COLUMNS[1], row[FLAG_COLUMNS[1]]),
            "sids": flag(alpha3, FLAG_COLUMNS[2], row[FLAG_COLUMNS[2]]),
            "aliases": [clean(row[c]) for c in NAME_COLUMNS],
        })
    for alpha3, alpha2, numeric, name, region, subregion, intermediate \
            in EXTRA_COUNTRIES:
        countries.append({
            "kind": "country", "alpha3": alpha3, "alpha2": alpha2,
            "numeric": numeric, "name": name, "region": region,
            "subregion": subregion, "intermediate_region": intermediate,
            "ldc": "no", "lldc": "no", "sids": "no", "aliases": [],
        })
    seen = {}
    for country in countries:
        for field in ("alpha3", "alpha2", "numeric"):
            value = country[field]
            if value and seen.setdefault((field, value),
                                         country["alpha3"]) != country["alpha3"]:
                fail("%s %s belongs to both %s and %s" % (
                    field, value, seen[(field, value)], country["alpha3"]))
    if M49_WORLD not in areas:
        fail("country-codes.csv names no M49 area %s (World)" % M49_WORLD)
    return countries, areas


def read_aggregates(countries, areas):
    """World Bank aggregates and groupings from country-aggregates.csv, merged
    with the M49 areas of country-codes.csv."""
    country_codes = {}
    for country in countries:
        for field in ("alpha3", "alpha2", "numeric"):
            if country[field]:
                country_codes[fold_case(country[field])] = country["alpha3"]
    aggregates = {}
    m49_rows = {}
    for line, row in read_csv(AGGREGATES_PATH, ["code", "name", "aliases"]):
        code, name = row["code"].strip(), clean(row["name"] or "")
        aliases = [clean(a) for a in (row["aliases"] or "").split("|")]
        where = "%s line %d" % (AGGREGATES_PATH, line)
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9-]*", code):
            fail("%s: code %r is not capital letters, digits and '-'"
                 % (where, code))
        if not name:
            fail("%s: %s has no name" % (where, code))
        if "" in aliases and (row["aliases"] or "").strip():
            fail("%s: %s has an empty alias (doubled or trailing '|')"
                 % (where, code))
        if fold_case(code) in country_codes:
            fail("%s: aggregate code %s is a code of the country %s"
                 % (where, code, country_codes[fold_case(code)]))
        if code in aggregates or code in m49_rows:
            fail("%s: aggregate code %s appears twice" % (where, code))
        entry = {"name": name, "aliases": [a for a in aliases if a]}
        if code.startswith(M49_PREFIX):
            if code[len(M49_PREFIX):] not in areas:
                fail("%s: %s is not an M49 area of country-codes.csv"
                     % (where, code))
            m49_rows[code] = entry
            continue
        aggregates[code] = {
            "kind": "aggregate", "alpha3": code, "alpha2": "", "numeric": "",
            "name": name, "region": "", "subregion": "",
            "intermediate_region": "", "ldc": "no", "lldc": "no", "sids": "no",
            "aliases": entry["aliases"],
        }
    if WORLD_BANK_WORLD not in aggregates:
        fail("%s has no row %s" % (AGGREGATES_PATH, WORLD_BANK_WORLD))

    # An M49 area that a World Bank aggregate already is: one entry, the
    # aggregate's, with the M49 code as its numeric code. Any other clash of
    # names is caught by coopstat's unit test that every name finds its entry.
    for number in sorted(areas):
        area_name = areas[number]
        code = M49_PREFIX + number
        owners = [M49_AREAS_OF_AGGREGATES[number]] \
            if number in M49_AREAS_OF_AGGREGATES else []
        if owners:
            if code in m49_rows:
                fail("%s: %s is merged into %s; give its aliases there"
                     % (AGGREGATES_PATH, code, owners[0]))
            merged = aggregates[owners[0]]
            merged["numeric"] = number
            merged["aliases"].append(area_name)
            continue
        extra = m49_rows.get(code, {"name": area_name, "aliases": []})
        aggregates[code] = {
            "kind": "aggregate", "alpha3": code, "alpha2": "",
            "numeric": number, "name": extra["name"], "region": "",
            "subregion": "", "intermediate_region": "", "ldc": "no",
            "lldc": "no", "sids": "no", "aliases": list(extra["aliases"]),
        }
    return [aggregates[code] for code in sorted(aggregates)]


def add_hand_aliases(entries):
    by_code = {entry["alpha3"]: entry for entry in entries
               if entry["kind"] == "country"}
    for line, row in read_csv(ALIASES_PATH, ["code", "alias"]):
        code, alias = (row["code"] or "").strip(), clean(row["alias"] or "")
        where = "%s line %d" % (ALIASES_PATH, line)
        if code not in by_code:
            fail("%s: unknown country code %r" % (where, code))
        if not alias:
            fail("%s: empty alias for %s" % (where, code))
        by_code[code]["aliases"].append(alias)


def finish_aliases(entry):
    """Drop empty values, exact duplicates, and values that are the entry's own
    name or code (case-insensitively)."""
    own = {fold_case(entry[field])
           for field in ("name", "alpha3", "alpha2", "numeric") if entry[field]}
    kept = []
    for alias in entry["aliases"]:
        if alias and alias not in kept and fold_case(alias) not in own:
            kept.append(alias)
    entry["aliases"] = kept


def check(entries):
    # 1. every field free of the separators of the table
    for entry in entries:
        for field in HEADER:
            values = entry[field] if field == "aliases" else [entry[field]]
            for value in values:
                if re.search(r"[\t\n\r|]", value):
                    fail("%s %s: %r holds a tab, '|' or a line break"
                         % (entry["alpha3"], field, value))
    # 2. names, aliases and codes that two entries would share
    # (names that only coopstat's matching form makes equal are caught by the
    # unit test "every name and alias finds its own entry")
    plain = {}
    for entry in entries:
        owner = entry["alpha3"]
        codes = [entry[f] for f in ("alpha3", "alpha2", "numeric") if entry[f]]
        for spelling in [entry["name"]] + entry["aliases"] + codes:
            first = plain.setdefault(fold_case(spelling), (owner, spelling))
            if first[0] != owner:
                fail("%r (%s) and %r (%s) are the same name or code"
                     % (first[1], first[0], spelling, owner))
    # 3. display names (the plain check above already covers them; kept
    # explicit because the display name is what coopstat prints)
    names = {}
    for entry in entries:
        other = names.setdefault(fold_case(entry["name"]), entry["alpha3"])
        if other != entry["alpha3"]:
            fail("%s and %s have the same display name %r"
                 % (other, entry["alpha3"], entry["name"]))


def render(entries):
    lines = ["\t".join(HEADER)]
    for entry in entries:
        lines.append("\t".join(
            "|".join(entry[f]) if f == "aliases" else entry[f]
            for f in HEADER))
    return "\n".join(lines) + "\n"


def build(source):
    countries, areas = read_countries(source)
    aggregates = read_aggregates(countries, areas)
    countries.sort(key=lambda entry: entry["alpha3"])
    add_hand_aliases(countries)
    entries = countries + aggregates
    for entry in entries:
        finish_aliases(entry)
    check(entries)
    return render(entries), entries


def main(arguments):
    check_only = "--check" in arguments
    rest = [a for a in arguments if a != "--check"]
    if len(rest) > 1 or any(a.startswith("-") for a in rest):
        sys.stderr.write(__doc__.split("\n\n")[-1] + "\n")
        return 2
    source = rest[0] if rest else DEFAULT_SOURCE
    try:
        text, entries = build(source)
    except Failure as failure:
        sys.stderr.write("generate_countries.py: %s\n" % failure)
        return 1
    data = text.encode("utf-8")
    if check_only:
        try:
            with open(OUTPUT_PATH, "rb") as handle:
                current = handle.read()
        except OSError:
            current = None
        if current != data:
            sys.stderr.write("generate_countries.py: %s is out of date; run "
                             "python3 data/generate_countries.py\n"
                             % OUTPUT_PATH)
            return 1
        return 0
    with open(OUTPUT_PATH, "wb") as handle:
        handle.write(data)
    kinds = [entry["kind"] for entry in entries]
    print("%s: %d countries, %d aggregates, %d aliases" % (
        os.path.relpath(OUTPUT_PATH), kinds.count("country"),
        kinds.count("aggregate"), sum(len(e["aliases"]) for e in entries)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
