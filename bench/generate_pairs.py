#!/usr/bin/env python3
"""Generate a bilateral pair table for benchmarking links and network.

Columns: reporter,partner,year,field,count.  Every reporter × partner × year ×
field combination of COUNTRIES countries (taken in order from
data/countries.tsv, so names resolve to themselves), YEARS years from 1975
and FIELDS fields is one row: 250 × 250 × 50 × 10 = 31,250,000 rows by default
(about 1 GB), the size issue 17 names.  Self-pairs (a country and itself) are
rows too, as domestic totals are in real pair tables.  Counts are 0-9, a
quarter of them 0, so some links are absent in some years.

The output depends only on the arguments: the same arguments give the same
bytes on any Python 3.6+ (random.Random is stable).

    python3 bench/generate_pairs.py --output bench/data/pairs-250.csv
"""

import argparse
import os
import random
import sys


def country_names(count):
    here = os.path.dirname(os.path.abspath(__file__))
    names = []
    with open(os.path.join(here, "..", "data", "countries.tsv"), encoding="utf-8") as table:
        for line in table:
            cells = line.rstrip("\n").split("\t")
            if cells[0] == "country":
                names.append(cells[4])
    if count > len(names):
        sys.exit(f"generate_pairs.py: the country table has {len(names)} countries, not {count}")
    return names[:count]


def quoted(name):
    return '"' + name.replace('"', '""') + '"' if any(c in name for c in ',"') else name


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--countries", type=int, default=250)
    parser.add_argument("--years", type=int, default=50)
    parser.add_argument("--fields", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    names = [quoted(name) for name in country_names(args.countries)]
    fields = [f"field {i + 1}" for i in range(args.fields)]
    rng = random.Random(args.seed)
    # Counts drawn in blocks of one (reporter, partner): 0 a quarter of the time, else 1-9.
    weights = [25] + [75 / 9] * 9
    with open(args.output, "w", encoding="utf-8", newline="\n") as out:
        out.write("reporter,partner,year,field,count\n")
        for reporter in names:
            lines = []
            for partner in names:
                counts = rng.choices(range(10), weights=weights, k=args.years * args.fields)
                prefix = f"{reporter},{partner},"
                position = 0
                for year in range(1975, 1975 + args.years):
                    for field in fields:
                        lines.append(f"{prefix}{year},{field},{counts[position]}\n")
                        position += 1
            out.write("".join(lines))


if __name__ == "__main__":
    main()
