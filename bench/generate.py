#!/usr/bin/env python3
"""Generate a synthetic, cooperation-shaped CSV for benchmarking coopstat.

Columns: partner,iso3,year,field,type,agreements -- the same shape as
data/cooperation.csv, minus the instrument column.  About 190 partners
weighted like real data (a few large partners and a long tail), 25 years
(1998-2022), 12 fields, 2 types, 1-5 agreements a row.  Some partner names
need CSV quoting ("Korea, Republic of") and some are accented (Côte d'Ivoire),
so a parser has to handle RFC 4180 quoting and UTF-8.

The output depends only on --seed and --rows: the same arguments give the
same bytes on any Python 3.6+ (random.Random with cum_weights is stable).

    python3 bench/generate.py --rows 1000000 --seed 1 --output bench/data/coop-1000000.csv
"""

import argparse
import itertools
import random
import sys

# (name, ISO 3166-1 alpha-3).  Names with a comma are quoted on output.
PARTNERS = [
    ("Afghanistan", "AFG"), ("Albania", "ALB"), ("Algeria", "DZA"), ("Andorra", "AND"),
    ("Angola", "AGO"), ("Antigua and Barbuda", "ATG"), ("Argentina", "ARG"), ("Armenia", "ARM"),
    ("Australia", "AUS"), ("Austria", "AUT"), ("Azerbaijan", "AZE"), ("Bahamas", "BHS"),
    ("Bahrain", "BHR"), ("Bangladesh", "BGD"), ("Barbados", "BRB"), ("Belarus", "BLR"),
    ("Belgium", "BEL"), ("Belize", "BLZ"), ("Benin", "BEN"), ("Bhutan", "BTN"),
    ("Bolivia, Plurinational State of", "BOL"), ("Bosnia and Herzegovina", "BIH"),
    ("Botswana", "BWA"), ("Brazil", "BRA"), ("Brunei Darussalam", "BRN"), ("Bulgaria", "BGR"),
    ("Burkina Faso", "BFA"), ("Burundi", "BDI"), ("Cabo Verde", "CPV"), ("Cambodia", "KHM"),
    ("Cameroon", "CMR"), ("Canada", "CAN"), ("Central African Republic", "CAF"), ("Chad", "TCD"),
    ("Chile", "CHL"), ("China", "CHN"), ("Colombia", "COL"), ("Comoros", "COM"),
    ("Congo", "COG"), ("Congo, Democratic Republic of the", "COD"), ("Costa Rica", "CRI"),
    ("Côte d'Ivoire", "CIV"), ("Croatia", "HRV"), ("Cuba", "CUB"), ("Curaçao", "CUW"),
    ("Cyprus", "CYP"), ("Czechia", "CZE"), ("Denmark", "DNK"), ("Djibouti", "DJI"),
    ("Dominica", "DMA"), ("Dominican Republic", "DOM"), ("Ecuador", "ECU"), ("Egypt", "EGY"),
    ("El Salvador", "SLV"), ("Equatorial Guinea", "GNQ"), ("Eritrea", "ERI"), ("Estonia", "EST"),
    ("Eswatini", "SWZ"), ("Ethiopia", "ETH"), ("Fiji", "FJI"), ("Finland", "FIN"),
    ("France", "FRA"), ("Gabon", "GAB"), ("Gambia", "GMB"), ("Georgia", "GEO"),
    ("Germany", "DEU"), ("Ghana", "GHA"), ("Greece", "GRC"), ("Grenada", "GRD"),
    ("Guatemala", "GTM"), ("Guinea", "GIN"), ("Guinea-Bissau", "GNB"), ("Guyana", "GUY"),
    ("Haiti", "HTI"), ("Honduras", "HND"), ("Hungary", "HUN"), ("Iceland", "ISL"),
    ("India", "IND"), ("Indonesia", "IDN"), ("Iran, Islamic Republic of", "IRN"), ("Iraq", "IRQ"),
    ("Ireland", "IRL"), ("Israel", "ISR"), ("Italy", "ITA"), ("Jamaica", "JAM"),
    ("Japan", "JPN"), ("Jordan", "JOR"), ("Kazakhstan", "KAZ"), ("Kenya", "KEN"),
    ("Kiribati", "KIR"), ("Korea, Democratic People's Republic of", "PRK"),
    ("Korea, Republic of", "KOR"), ("Kuwait", "KWT"), ("Kyrgyzstan", "KGZ"),
    ("Lao People's Democratic Republic", "LAO"), ("Latvia", "LVA"), ("Lebanon", "LBN"),
    ("Lesotho", "LSO"), ("Liberia", "LBR"), ("Libya", "LBY"), ("Liechtenstein", "LIE"),
    ("Lithuania", "LTU"), ("Luxembourg", "LUX"), ("Madagascar", "MDG"), ("Malawi", "MWI"),
    ("Malaysia", "MYS"), ("Maldives", "MDV"), ("Mali", "MLI"), ("Malta", "MLT"),
    ("Marshall Islands", "MHL"), ("Mauritania", "MRT"), ("Mauritius", "MUS"), ("Mexico", "MEX"),
    ("Micronesia, Federated States of", "FSM"), ("Moldova, Republic of", "MDA"),
    ("Monaco", "MCO"), ("Mongolia", "MNG"), ("Montenegro", "MNE"), ("Morocco", "MAR"),
    ("Mozambique", "MOZ"), ("Myanmar", "MMR"), ("Namibia", "NAM"), ("Nauru", "NRU"),
    ("Nepal", "NPL"), ("Netherlands", "NLD"), ("New Zealand", "NZL"), ("Nicaragua", "NIC"),
    ("Niger", "NER"), ("Nigeria", "NGA"), ("North Macedonia", "MKD"), ("Norway", "NOR"),
    ("Oman", "OMN"), ("Pakistan", "PAK"), ("Palau", "PLW"), ("Panama", "PAN"),
    ("Papua New Guinea", "PNG"), ("Paraguay", "PRY"), ("Peru", "PER"), ("Philippines", "PHL"),
    ("Poland", "POL"), ("Portugal", "PRT"), ("Qatar", "QAT"), ("Romania", "ROU"),
    ("Russian Federation", "RUS"), ("Rwanda", "RWA"), ("Saint Kitts and Nevis", "KNA"),
    ("Saint Lucia", "LCA"), ("Saint Vincent and the Grenadines", "VCT"), ("Samoa", "WSM"),
    ("San Marino", "SMR"), ("São Tomé and Príncipe", "STP"), ("Saudi Arabia", "SAU"),
    ("Senegal", "SEN"), ("Serbia", "SRB"), ("Seychelles", "SYC"), ("Sierra Leone", "SLE"),
    ("Singapore", "SGP"), ("Slovakia", "SVK"), ("Slovenia", "SVN"), ("Solomon Islands", "SLB"),
    ("Somalia", "SOM"), ("South Africa", "ZAF"), ("South Sudan", "SSD"), ("Spain", "ESP"),
    ("Sri Lanka", "LKA"), ("Sudan", "SDN"), ("Suriname", "SUR"), ("Sweden", "SWE"),
    ("Switzerland", "CHE"), ("Syrian Arab Republic", "SYR"), ("Tajikistan", "TJK"),
    ("Tanzania, United Republic of", "TZA"), ("Thailand", "THA"), ("Timor-Leste", "TLS"),
    ("Togo", "TGO"), ("Tonga", "TON"), ("Trinidad and Tobago", "TTO"), ("Tunisia", "TUN"),
    ("Türkiye", "TUR"), ("Turkmenistan", "TKM"), ("Tuvalu", "TUV"), ("Uganda", "UGA"),
    ("Ukraine", "UKR"), ("United Arab Emirates", "ARE"), ("United Kingdom", "GBR"),
    ("United States", "USA"), ("Uruguay", "URY"), ("Uzbekistan", "UZB"), ("Vanuatu", "VUT"),
    ("Venezuela, Bolivarian Republic of", "VEN"), ("Viet Nam", "VNM"), ("Yemen", "YEM"),
    ("Zambia", "ZMB"), ("Zimbabwe", "ZWE"),
]

# The few partners that get the largest weights, largest first; every other
# partner's rank in the long tail is drawn from the seed.
LARGE = ["Germany", "France", "United States", "Japan", "China", "Korea, Republic of",
         "United Kingdom", "Brazil"]

FIELDS = ["science and technology", "climate change", "clean energy", "biodiversity",
          "health", "education", "agriculture", "water", "oceans", "space",
          "digital", "culture"]
FIELD_WEIGHTS = [12, 10, 9, 6, 8, 7, 6, 5, 4, 2, 5, 3]

YEARS = list(range(1998, 2023))
TYPES = ["signed", "renewed"]
TYPE_WEIGHTS = [7, 3]
AGREEMENTS = [1, 2, 3, 4, 5]
AGREEMENT_WEIGHTS = [50, 25, 13, 8, 4]  # most rows are one agreement

CHUNK = 100_000  # rows drawn and written per write() call


def csv_field(text):
    """Quote a field as RFC 4180 does: only when it holds a comma, quote or line break."""
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def cumulative(weights):
    return list(itertools.accumulate(weights))


def partner_table(rng):
    """Return (prefixes, cum_weights): "partner,iso3," strings and Zipf-like weights."""
    by_name = dict(PARTNERS)
    tail = [name for name, _ in PARTNERS if name not in LARGE]
    rng.shuffle(tail)  # which small partner is tenth or hundredth depends on the seed
    order = LARGE + tail
    # Zipf with exponent 1.1: the top partner has ~21% of the rows, the last ~0.07%.
    weights = [1.0 / (rank ** 1.1) for rank in range(1, len(order) + 1)]
    prefixes = [f"{csv_field(name)},{by_name[name]}," for name in order]
    return prefixes, cumulative(weights)


def tail_table():
    """Return (suffixes, cum_weights) over every year,field,type,agreements combination.

    The four columns are drawn independently, so one draw from their product
    (25 * 12 * 2 * 5 = 3000 strings) replaces four draws per row: that is what
    makes 10 million rows take well under a minute.
    """
    # Later years weigh more: cooperation grows over time.
    year_weights = [1.0 + 0.08 * i for i in range(len(YEARS))]
    suffixes, weights = [], []
    for (y, yw), (f, fw), (t, tw), (a, aw) in itertools.product(
            zip(YEARS, year_weights), zip(FIELDS, FIELD_WEIGHTS),
            zip(TYPES, TYPE_WEIGHTS), zip(AGREEMENTS, AGREEMENT_WEIGHTS)):
        suffixes.append(f"{y},{csv_field(f)},{t},{a}\n")
        weights.append(yw * fw * tw * aw)
    return suffixes, cumulative(weights)


def generate(out, rows, seed):
    rng = random.Random(seed)
    prefixes, prefix_cum = partner_table(rng)
    suffixes, suffix_cum = tail_table()
    out.write("partner,iso3,year,field,type,agreements\n")
    left = rows
    while left > 0:
        n = min(CHUNK, left)
        heads = rng.choices(prefixes, cum_weights=prefix_cum, k=n)
        tails = rng.choices(suffixes, cum_weights=suffix_cum, k=n)
        out.write("".join(map(str.__add__, heads, tails)))
        left -= n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000, help="data rows (default 1000000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--output", "-o", help="write here instead of standard output")
    args = parser.parse_args()
    if args.rows < 0:
        parser.error("--rows must be 0 or more")
    # newline="" keeps "\n" as is on every platform; a large buffer means few syscalls.
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="", buffering=1 << 20) as out:
            generate(out, args.rows, args.seed)
    else:
        out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="",
                   buffering=1 << 20, closefd=False)
        try:
            generate(out, args.rows, args.seed)
            out.flush()
        except BrokenPipeError:
            pass  # `generate.py | head` is fine


if __name__ == "__main__":
    main()
