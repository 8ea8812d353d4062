#!/usr/bin/env python3
"""Write data/cooperation.csv, the sample input of coopstat.

The file lists China's international science and technology cooperation
documents, one row per (partner, year, field, instrument, type), seen from
China's side: the partner is the other country. The rows are CONSTRUCTED,
not real records. They are made only to agree with the published figures of
the Xinhua report of 2023-02-24: cooperation relations with more than 160
countries and regions, 116 inter-governmental sci-tech cooperation
agreements in total, 25 cooperation documents signed or renewed in 2022,
work on COVID-19, biodiversity, climate change and clean energy, and
membership of big science programmes such as ITER and SKA.

Only the standard library is used and the output is the same bytes on every
run (fixed seed, lists only). The checks at the end fail loudly if a change
breaks one of the figures above.

Usage: python3 generate_cooperation.py [OUTPUT_PATH]
(default: cooperation.csv next to this script)
"""

import csv
import os
import random
import sys

SEED = 20230224
HEADER = ["partner", "iso3", "year", "field", "instrument", "type",
          "agreements"]
OUTPUT_NAME = "cooperation.csv"

# Partner countries: English short name and ISO 3166-1 alpha-3 code.
# Names follow the ISO "Name, qualifier" style, so several need CSV quoting.
PARTNERS = [
    ("Afghanistan", "AFG"),
    ("Albania", "ALB"),
    ("Algeria", "DZA"),
    ("Angola", "AGO"),
    ("Argentina", "ARG"),
    ("Armenia", "ARM"),
    ("Australia", "AUS"),
    ("Austria", "AUT"),
    ("Azerbaijan", "AZE"),
    ("Bahrain", "BHR"),
    ("Bangladesh", "BGD"),
    ("Belarus", "BLR"),
    ("Belgium", "BEL"),
    ("Benin", "BEN"),
    ("Bolivia, Plurinational State of", "BOL"),
    ("Bosnia and Herzegovina", "BIH"),
    ("Botswana", "BWA"),
    ("Brazil", "BRA"),
    ("Brunei Darussalam", "BRN"),
    ("Bulgaria", "BGR"),
    ("Burkina Faso", "BFA"),
    ("Burundi", "BDI"),
    ("Cabo Verde", "CPV"),
    ("Cambodia", "KHM"),
    ("Cameroon", "CMR"),
    ("Canada", "CAN"),
    ("Central African Republic", "CAF"),
    ("Chad", "TCD"),
    ("Chile", "CHL"),
    ("Colombia", "COL"),
    ("Congo", "COG"),
    ("Congo, Democratic Republic of the", "COD"),
    ("Costa Rica", "CRI"),
    ("Croatia", "HRV"),
    ("Cuba", "CUB"),
    ("Cyprus", "CYP"),
    ("Czechia", "CZE"),
    ("Côte d'Ivoire", "CIV"),
    ("Denmark", "DNK"),
    ("Djibouti", "DJI"),
    ("Dominican Republic", "DOM"),
    ("Ecuador", "ECU"),
    ("Egypt", "EGY"),
    ("El Salvador", "SLV"),
    ("Equatorial Guinea", "GNQ"),
    ("Eritrea", "ERI"),
    ("Estonia", "EST"),
    ("Ethiopia", "ETH"),
    ("Fiji", "FJI"),
    ("Finland", "FIN"),
    ("France", "FRA"),
    ("Gabon", "GAB"),
    ("Gambia", "GMB"),
    ("Georgia", "GEO"),
    ("Germany", "DEU"),
    ("Ghana", "GHA"),
    ("Greece", "GRC"),
    ("Guinea", "GIN"),
    ("Guinea-Bissau", "GNB"),
    ("Guyana", "GUY"),
    ("Hungary", "HUN"),
    ("Iceland", "ISL"),
    ("India", "IND"),
    ("Indonesia", "IDN"),
    ("Iran, Islamic Republic of", "IRN"),
    ("Iraq", "IRQ"),
    ("Ireland", "IRL"),
    ("Israel", "ISR"),
    ("Italy", "ITA"),
    ("Jamaica", "JAM"),
    ("Japan", "JPN"),
    ("Jordan", "JOR"),
    ("Kazakhstan", "KAZ"),
    ("Kenya", "KEN"),
    ("Korea, Democratic People's Republic of", "PRK"),
    ("Korea, Republic of", "KOR"),
    ("Kuwait", "KWT"),
    ("Kyrgyzstan", "KGZ"),
    ("Lao People's Democratic Republic", "LAO"),
    ("Latvia", "LVA"),
    ("Lebanon", "LBN"),
    ("Lesotho", "LSO"),
    ("Liberia", "LBR"),
    ("Libya", "LBY"),
    ("Lithuania", "LTU"),
    ("Luxembourg", "LUX"),
    ("Madagascar", "MDG"),
    ("Malawi", "MWI"),
    ("Malaysia", "MYS"),
    ("Maldives", "MDV"),
    ("Mali", "MLI"),
    ("Malta", "MLT"),
    ("Mauritania", "MRT"),
    ("Mauritius", "MUS"),
    ("Mexico", "MEX"),
    ("Moldova, Republic of", "MDA"),
    ("Mongolia", "MNG"),
    ("Montenegro", "MNE"),
    ("Morocco", "MAR"),
    ("Mozambique", "MOZ"),
    ("Myanmar", "MMR"),
    ("Namibia", "NAM"),
    ("Nepal", "NPL"),
    ("Netherlands", "NLD"),
    ("New Zealand", "NZL"),
    ("Nicaragua", "NIC"),
    ("Niger", "NER"),
    ("Nigeria", "NGA"),
    ("North Macedonia", "MKD"),
    ("Norway", "NOR"),
    ("Oman", "OMN"),
    ("Pakistan", "PAK"),
    ("Panama", "PAN"),
    ("Papua New Guinea", "PNG"),
    ("Peru", "PER"),
    ("Philippines", "PHL"),
    ("Poland", "POL"),
    ("Portugal", "PRT"),
    ("Qatar", "QAT"),
    ("Romania", "ROU"),
    ("Russian Federation", "RUS"),
    ("Rwanda", "RWA"),
    ("Samoa", "WSM"),
    ("Saudi Arabia", "SAU"),
    ("Senegal", "SEN"),
    ("Serbia", "SRB"),
    ("Seychelles", "SYC"),
    ("Sierra Leone", "SLE"),
    ("Singapore", "SGP"),
    ("Slovakia", "SVK"),
    ("Slovenia", "SVN"),
    ("Somalia", "SOM"),
    ("South Africa", "ZAF"),
    ("South Sudan", "SSD"),
    ("Spain", "ESP"),
    ("Sri Lanka", "LKA"),
    ("Sudan", "SDN"),
    ("Suriname", "SUR"),
    ("Sweden", "SWE"),
    ("Switzerland", "CHE"),
    ("Syrian Arab Republic", "SYR"),
    ("São Tomé and Príncipe", "STP"),
    ("Tajikistan", "TJK"),
    ("Tanzania, United Republic of", "TZA"),
    ("Thailand", "THA"),
    ("Timor-Leste", "TLS"),
    ("Togo", "TGO"),
    ("Trinidad and Tobago", "TTO"),
    ("Tunisia", "TUN"),
    ("Turkmenistan", "TKM"),
    ("Türkiye", "TUR"),
    ("Uganda", "UGA"),
    ("Ukraine", "UKR"),
    ("United Arab Emirates", "ARE"),
    ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
    ("United States of America", "USA"),
    ("Uruguay", "URY"),
    ("Uzbekistan", "UZB"),
    ("Vanuatu", "VUT"),
    ("Venezuela, Bolivarian Republic of", "VEN"),
    ("Viet Nam", "VNM"),
    ("Yemen", "YEM"),
    ("Zambia", "ZMB"),
    ("Zimbabwe", "ZWE"),
]

# Figures from the Xinhua report of 2023-02-24.
PARTNER_COUNT = 164          # "more than 160 countries and regions"
IGA_TOTAL = 116              # inter-governmental agreements, all time
DOCUMENTS_IN_2022 = 25       # documents signed or renewed in 2022

# Instruments.
IGA = "intergovernmental agreement"
MOU = "memorandum of understanding"
JOINT_PROGRAMME = "joint research programme"
BIG_SCIENCE = "big science programme"

SIGNED = "signed"
RENEWED = "renewed"

# Fields. The framework agreements cover science and technology as a whole;
# every other document has one of the thematic fields.
IGA_FIELD = "science and technology"
ITER_FIELD = "fusion energy (iter)"
SKA_FIELD = "radio astronomy (ska)"
COVID_FIELD = "covid-19 prevention and control"

# (field, relative weight, first year it can appear)
THEMATIC_FIELDS = [
    ("climate change", 5, 2000),
    ("clean energy", 5, 2000),
    ("biodiversity", 3, 2000),
    (COVID_FIELD, 8, 2020),        # the pandemic: only 2020 onwards
    ("public health", 4, 2000),
    ("agriculture", 5, 2000),
    ("space", 3, 2000),
    ("digital economy", 3, 2015),  # a topic of the last decade
    ("water resources", 3, 2000),
    ("marine science", 3, 2000),
]
ALL_FIELDS = ([IGA_FIELD] + [name for name, _, _ in THEMATIC_FIELDS]
              + [ITER_FIELD, SKA_FIELD])

# Years.
FIRST_IGA_YEAR = 1978        # start of reform and opening up
FIRST_OTHER_YEAR = 2000      # thematic documents are only listed from 2000
LAST_YEAR = 2022
IGA_GAP_YEARS = [1981, 1989, 1995, 1998]  # no signing: zero years in reports
IGA_IN_LAST_YEAR = 2         # of the 25 documents of 2022
FIRST_IGA_PARTNER = "France"  # opens the series in 1978

# Partners that, under the name used here, did not exist or had no
# diplomatic relations with China in 1978: no document before this year.
NOT_BEFORE = [
    ("Angola", 1983),
    ("Armenia", 1992),
    ("Azerbaijan", 1992),
    ("Bahrain", 1989),
    ("Belarus", 1992),
    ("Bolivia, Plurinational State of", 1985),
    ("Bosnia and Herzegovina", 1995),
    ("Brunei Darussalam", 1991),
    ("Burkina Faso", 2018),
    ("Central African Republic", 1998),
    ("Chad", 2006),
    ("Costa Rica", 2007),
    ("Croatia", 1992),
    ("Czechia", 1993),
    ("Côte d'Ivoire", 1983),
    ("Dominican Republic", 2018),
    ("El Salvador", 2018),
    ("Eritrea", 1993),
    ("Estonia", 1991),
    ("Gambia", 2016),
    ("Georgia", 1992),
    ("Guinea-Bissau", 1998),
    ("Indonesia", 1990),
    ("Israel", 1992),
    ("Kazakhstan", 1992),
    ("Korea, Republic of", 1992),
    ("Kyrgyzstan", 1992),
    ("Latvia", 1991),
    ("Lesotho", 1994),
    ("Liberia", 2003),
    ("Lithuania", 1991),
    ("Malawi", 2007),
    ("Moldova, Republic of", 1992),
    ("Montenegro", 2006),
    ("Namibia", 1990),
    ("Nicaragua", 2021),
    ("North Macedonia", 1993),
    ("Panama", 2017),
    ("Qatar", 1988),
    ("Russian Federation", 1992),
    ("Saudi Arabia", 1990),
    ("Senegal", 2005),
    ("Serbia", 2006),
    ("Singapore", 1990),
    ("Slovakia", 1993),
    ("Slovenia", 1992),
    ("South Africa", 1998),
    ("South Sudan", 2011),
    ("São Tomé and Príncipe", 2016),
    ("Tajikistan", 1992),
    ("Timor-Leste", 2002),
    ("Turkmenistan", 1992),
    ("Ukraine", 1992),
    ("United Arab Emirates", 1984),
    ("Uruguay", 1988),
    ("Uzbekistan", 1992),
    ("Vanuatu", 1982),
    ("Yemen", 1990),
]
NOT_BEFORE_YEAR = dict(NOT_BEFORE)

# Big science programmes: one membership row per partner country.
ITER_YEAR = 2006             # ITER agreement signed
ITER_MEMBERS = [
    "France", "Germany", "India", "Italy", "Japan", "Korea, Republic of",
    "Russian Federation", "United States of America",
]
SKA_YEAR = 2019              # SKA Observatory convention signed
SKA_MEMBERS = [
    "Australia", "Italy", "Netherlands", "Portugal", "South Africa",
    "United Kingdom of Great Britain and Northern Ireland",
]

# Partner weighting: a few large partners with many thematic documents,
# a middle tier, and a long tail with one to three.
MAJOR_PARTNERS = [  # (name, number of thematic documents 2000-2021)
    ("United States of America", 30),
    ("Russian Federation", 28),
    ("Germany", 24),
    ("France", 22),
    ("United Kingdom of Great Britain and Northern Ireland", 20),
    ("Japan", 20),
    ("Korea, Republic of", 20),
    ("Brazil", 16),
    ("South Africa", 16),
    ("Italy", 14),
]
MIDDLE_PARTNERS = [
    "Argentina", "Australia", "Austria", "Belarus", "Belgium", "Canada",
    "Chile", "Czechia", "Denmark", "Egypt", "Ethiopia", "Finland", "Hungary",
    "India", "Indonesia", "Iran, Islamic Republic of", "Israel", "Kazakhstan",
    "Kenya", "Malaysia", "Mexico", "Netherlands", "New Zealand", "Nigeria",
    "Norway", "Pakistan", "Poland", "Portugal", "Saudi Arabia", "Serbia",
    "Singapore", "Spain", "Sweden", "Switzerland", "Thailand", "Türkiye",
    "Ukraine", "Viet Nam",
]
MIDDLE_DOCUMENTS = (3, 6)    # inclusive range per middle partner
TAIL_DOCUMENTS = (1, 3)      # inclusive range per long-tail partner
# Relative chance of being a party to one of the 2022 documents.
WEIGHT_2022 = {"major": 6, "middle": 3, "tail": 1}

# Shape of thematic documents.
MOU_SHARE = 0.7              # the rest are joint research programmes
RENEWED_SHARE = 0.25
AGREEMENT_COUNTS = [1, 2, 3]
AGREEMENT_WEIGHTS = [85, 12, 3]   # mostly one document per row
MAX_AGREEMENTS = 3

MIN_ROWS, MAX_ROWS = 500, 900


def require(condition, message):
    """Like assert, but not removed by python -O."""
    if not condition:
        raise AssertionError(message)


class Table:
    """Rows keyed by (partner, year, field, instrument, type).

    A second document with the same key is merged into the first by adding
    agreements, so the file never has duplicate keys.
    """

    def __init__(self):
        self.agreements = {}  # insertion-ordered, so deterministic

    def add(self, partner, year, field, instrument, kind, count=1):
        """Add count documents; refuse (return False) past MAX_AGREEMENTS."""
        key = (partner, year, field, instrument, kind)
        total = self.agreements.get(key, 0) + count
        if instrument != IGA and total > MAX_AGREEMENTS:
            return False
        self.agreements[key] = total
        return True

    def rows(self, iso3_of):
        rows = [[p, iso3_of[p], y, f, i, k, n]
                for (p, y, f, i, k), n in self.agreements.items()]
        # year, then partner, then field in byte order; instrument and type
        # break the remaining ties so the order is total.
        rows.sort(key=lambda r: (r[2], r[0].encode("utf-8"),
                                 r[3].encode("utf-8"), r[4], r[5]))
        return rows


def partner_tiers():
    """Split the partner names into major, middle and tail lists."""
    names = [name for name, _ in PARTNERS]
    majors = [name for name, _ in MAJOR_PARTNERS]
    listed = (majors + MIDDLE_PARTNERS + ITER_MEMBERS + SKA_MEMBERS
              + [name for name, _ in NOT_BEFORE] + [FIRST_IGA_PARTNER])
    for name in listed:
        require(name in names, "not in PARTNERS: " + name)
    tail = [n for n in names if n not in majors and n not in MIDDLE_PARTNERS]
    return majors, list(MIDDLE_PARTNERS), tail


def not_before(partner):
    """First year a document with this partner can carry."""
    return NOT_BEFORE_YEAR.get(partner, FIRST_IGA_YEAR)


def iga_year_weight(year):
    """Signing was densest from the 1980s to the 2000s."""
    if year in IGA_GAP_YEARS:
        return 0
    if 1980 <= year <= 2009:
        return 4
    return 1


def draw_iga_year(rng, partner):
    """A signing year in 1979-2021, not before the partner could sign."""
    first = max(FIRST_IGA_YEAR + 1, not_before(partner))
    years = list(range(first, LAST_YEAR))
    weights = [iga_year_weight(y) for y in years]
    if sum(weights) == 0:  # only gap years left: fall back to uniform
        weights = [1] * len(years)
    return rng.choices(years, weights=weights)[0]


def add_intergovernmental(rng, table, majors, middle, tail):
    """One signed framework agreement each for IGA_TOTAL distinct partners.

    All major and middle partners have one; the rest go to a sample of the
    tail, so the partners left without one are all in the long tail.
    """
    signers = majors + middle + rng.sample(
        tail, IGA_TOTAL - len(majors) - len(middle))
    require(FIRST_IGA_PARTNER in signers, "first signer has an IGA")
    # The newest signers, of 2022, come from the tail.
    newest = signers[-IGA_IN_LAST_YEAR:]
    for partner in signers:
        if partner == FIRST_IGA_PARTNER:
            year = FIRST_IGA_YEAR
        elif partner in newest:
            year = LAST_YEAR
        else:
            year = draw_iga_year(rng, partner)
        table.add(partner, year, IGA_FIELD, IGA, SIGNED)


def add_big_science(table):
    """Membership rows of ITER and SKA, the only rows of those fields."""
    for partner in ITER_MEMBERS:
        table.add(partner, ITER_YEAR, ITER_FIELD, BIG_SCIENCE, SIGNED)
    for partner in SKA_MEMBERS:
        table.add(partner, SKA_YEAR, SKA_FIELD, BIG_SCIENCE, SIGNED)


def draw_field(rng, year):
    """A thematic field that already existed as a topic in that year."""
    fields = [(name, weight) for name, weight, first in THEMATIC_FIELDS
              if year >= first]
    names = [name for name, _ in fields]
    weights = [weight for _, weight in fields]
    return rng.choices(names, weights=weights)[0]


def draw_thematic_year(rng, partner):
    """2000-2021, with cooperation growing over time (2022 is set apart)."""
    first = max(FIRST_OTHER_YEAR, not_before(partner))
    years = list(range(first, LAST_YEAR))
    weights = [2 + (y - FIRST_OTHER_YEAR) for y in years]
    return rng.choices(years, weights=weights)[0]


def add_thematic(rng, table, partner, year, max_count=MAX_AGREEMENTS):
    """Try to add one thematic row; return the number of agreements added."""
    field = draw_field(rng, year)
    instrument = MOU if rng.random() < MOU_SHARE else JOINT_PROGRAMME
    kind = RENEWED if rng.random() < RENEWED_SHARE else SIGNED
    count = rng.choices(AGREEMENT_COUNTS, weights=AGREEMENT_WEIGHTS)[0]
    count = min(count, max_count)
    added = table.add(partner, year, field, instrument, kind, count)
    return count if added else 0


def add_thematic_history(rng, table, majors, middle, tail):
    """Thematic documents 2000-2021; every partner gets at least one."""
    plan = ([(name, n) for name, n in MAJOR_PARTNERS]
            + [(name, rng.randint(*MIDDLE_DOCUMENTS)) for name in middle]
            + [(name, rng.randint(*TAIL_DOCUMENTS)) for name in tail])
    for partner, documents in plan:
        added = 0
        while added < documents:  # retry when a merge would exceed the cap
            if add_thematic(rng, table, partner,
                            draw_thematic_year(rng, partner)):
                added += 1


def add_last_year(rng, table, majors, middle, tail):
    """Thematic documents of 2022, topping the year up to exactly 25."""
    partners = majors + middle + tail
    weights = ([WEIGHT_2022["major"]] * len(majors)
               + [WEIGHT_2022["middle"]] * len(middle)
               + [WEIGHT_2022["tail"]] * len(tail))
    remaining = DOCUMENTS_IN_2022 - IGA_IN_LAST_YEAR
    while remaining > 0:
        partner = rng.choices(partners, weights=weights)[0]
        remaining -= add_thematic(rng, table, partner, LAST_YEAR, remaining)


def build_rows():
    rng = random.Random(SEED)
    majors, middle, tail = partner_tiers()
    table = Table()
    add_intergovernmental(rng, table, majors, middle, tail)
    add_big_science(table)
    add_thematic_history(rng, table, majors, middle, tail)
    add_last_year(rng, table, majors, middle, tail)
    return table.rows(dict(PARTNERS))


def check(rows):
    """Fail loudly if the rows drift from the report's figures."""
    iso3_of = dict(PARTNERS)
    require(len(PARTNERS) == PARTNER_COUNT, "partner list size")
    require(len(set(iso3_of.values())) == PARTNER_COUNT, "iso3 codes unique")
    require("China" not in iso3_of and "CHN" not in iso3_of.values(),
            "China is not its own partner")
    require(MIN_ROWS <= len(rows) <= MAX_ROWS, "row count %d" % len(rows))

    keys = [(r[0], r[2], r[3], r[4], r[5]) for r in rows]
    require(len(set(keys)) == len(rows), "duplicate keys")
    require(rows == sorted(rows, key=lambda r: (r[2], r[0].encode("utf-8"),
                                                r[3].encode("utf-8"),
                                                r[4], r[5])),
            "sort order")
    for partner, iso3, year, field, instrument, kind, n in rows:
        require(iso3_of.get(partner) == iso3, "iso3 of " + partner)
        require(field in ALL_FIELDS, "unknown field " + field)
        require(kind in (SIGNED, RENEWED), "unknown type " + kind)
        require(isinstance(year, int) and isinstance(n, int) and n >= 1,
                "year and agreements are whole numbers")
        require(year >= not_before(partner),
                "%s in %d, before %d" % (partner, year, not_before(partner)))
        if field == COVID_FIELD:
            require(2020 <= year <= LAST_YEAR, "covid row in %d" % year)

    partners = set(r[0] for r in rows)
    require(len(partners) == PARTNER_COUNT, "every partner appears")
    require(set(r[3] for r in rows) == set(ALL_FIELDS), "every field used")

    iga = [r for r in rows if r[4] == IGA]
    require(len(iga) == IGA_TOTAL, "IGA rows")
    require(len(set(r[0] for r in iga)) == IGA_TOTAL, "IGA partners distinct")
    require(all(r[6] == 1 and r[5] == SIGNED and r[3] == IGA_FIELD
                and FIRST_IGA_YEAR <= r[2] <= LAST_YEAR for r in iga),
            "IGA rows: one signed S&T agreement, 1978-2022")
    require(min(r[2] for r in iga) == FIRST_IGA_YEAR, "IGA series start")
    require(all(r[3] != IGA_FIELD for r in rows if r[4] != IGA),
            "science and technology is for IGAs only")

    others = [r for r in rows if r[4] != IGA]
    require(all(FIRST_OTHER_YEAR <= r[2] <= LAST_YEAR for r in others),
            "other documents 2000-2022")
    require(all(1 <= r[6] <= MAX_AGREEMENTS for r in others),
            "other documents 1-3 agreements")
    renewed = sum(1 for r in others if r[5] == RENEWED) / len(others)
    require(0.15 <= renewed <= 0.35, "renewed share %.2f" % renewed)
    without_iga = partners - set(r[0] for r in iga)
    require(len(without_iga) == PARTNER_COUNT - IGA_TOTAL,
            "partners without an IGA")
    require(without_iga <= set(r[0] for r in others),
            "partners without an IGA have another document")

    expected = ([(p, ITER_YEAR, ITER_FIELD) for p in ITER_MEMBERS]
                + [(p, SKA_YEAR, SKA_FIELD) for p in SKA_MEMBERS])
    big = [r for r in rows if r[3] in (ITER_FIELD, SKA_FIELD)]
    require(sorted((r[0], r[2], r[3]) for r in big) == sorted(expected),
            "ITER and SKA rows")
    require(all(r[4] == BIG_SCIENCE and r[5] == SIGNED and r[6] == 1
                for r in big), "big science rows")

    last = [r for r in rows if r[2] == LAST_YEAR]
    require(sum(r[6] for r in last) == DOCUMENTS_IN_2022, "2022 total")
    require(sum(1 for r in last if r[4] == IGA) in (1, 2), "2022 IGAs")

    years = set(r[2] for r in rows)
    require(any(y not in years for y in range(FIRST_IGA_YEAR, 2000)),
            "some early years have no rows")


def write_csv(rows, path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n",
                            quoting=csv.QUOTE_MINIMAL)
        writer.writerow(HEADER)
        writer.writerows(rows)


def main(argv):
    if len(argv) > 2:
        sys.exit("usage: generate_cooperation.py [OUTPUT_PATH]")
    here = os.path.dirname(os.path.abspath(__file__))
    path = argv[1] if len(argv) == 2 else os.path.join(here, OUTPUT_NAME)
    rows = build_rows()
    check(rows)  # before writing, so a broken change leaves no bad file
    write_csv(rows, path)
    print("wrote %d rows to %s" % (len(rows), path))


if __name__ == "__main__":
    main(sys.argv)
