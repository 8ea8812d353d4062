#!/usr/bin/env python3
"""Write data/bilateral.csv, the sample bilateral table of coopstat's network commands.

Joint research agreements among 20 countries, 2010-2022, in four fields, one
row per (reporter, partner, year, field): a reporter and a partner on every
row, as a ministry's or a research council's list of agreements by signatory.
The rows are CONSTRUCTED, not real records: the counts are drawn (fixed seed)
from a simple model so that links, network and trend --measure have a
realistic file to show on:

- each country has a size; a pair's expected count grows with the product of
  the two sizes and by 6 % a year;
- some pairs work together more than their sizes predict (neighbours, a
  shared language, a telescope): an affinity factor above 1;
- a third of the agreements are reported by both sides (mirror rows), and one
  mirror in ten gives another count, as real double-reported data does.

Only the standard library is used and the output is the same bytes on every
run. Usage: python3 generate_bilateral.py [OUTPUT_PATH]
(default: bilateral.csv next to this script)
"""

import csv
import math
import os
import random
import sys

SEED = 20261203
YEARS = range(2010, 2023)
FIELDS = ["astronomy", "clean energy", "climate change", "public health"]

# Country (as coopstat's country table names it) and a size.
COUNTRIES = [
    ("United States", 10.0), ("China", 9.0), ("Germany", 6.0), ("United Kingdom", 5.5), ("France", 5.0),
    ("Japan", 4.5), ("Italy", 3.5), ("Canada", 3.5), ("Spain", 3.0), ("South Korea", 3.0),
    ("India", 3.0), ("Australia", 2.5), ("Netherlands", 2.5), ("Brazil", 2.0), ("Switzerland", 2.0),
    ("Sweden", 1.8), ("South Africa", 1.5), ("Chile", 1.0), ("Kenya", 0.8), ("Vietnam", 0.8),
]

# Pairs that work together more than their sizes predict, and in which field most.
AFFINITY = {
    ("France", "Germany"): (3.0, None), ("Canada", "United States"): (2.5, None),
    ("Chile", "United States"): (2.0, "astronomy"), ("Australia", "South Africa"): (4.0, "astronomy"),
    ("Chile", "Germany"): (3.0, "astronomy"), ("Kenya", "United Kingdom"): (3.0, "public health"),
    ("China", "Vietnam"): (3.0, "clean energy"), ("Netherlands", "Switzerland"): (2.0, None),
    ("Spain", "Italy"): (2.0, "climate change"), ("Brazil", "India"): (2.5, "public health"),
}

SCALE = 0.03


def poisson(rng, mean):
    """A Poisson draw (Knuth's method; the means here are small)."""
    limit, k, p = math.exp(-mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def main():
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                                                 "bilateral.csv")
    rng = random.Random(SEED)
    rows = []
    for i, (a, size_a) in enumerate(COUNTRIES):
        for b, size_b in COUNTRIES[i + 1:]:
            factor, favoured = AFFINITY.get((a, b)) or AFFINITY.get((b, a)) or (1.0, None)
            for year in YEARS:
                growth = 1.06 ** (year - YEARS[0])
                for field in FIELDS:
                    boost = factor if favoured in (None, field) else 1.0
                    count = poisson(rng, SCALE * size_a * size_b * growth * boost)
                    if count == 0:
                        continue
                    reporter, partner = (a, b) if rng.random() < 0.5 else (b, a)
                    rows.append((reporter, partner, year, field, count))
                    if rng.random() < 1 / 3:
                        mirror = count if rng.random() < 0.9 else count + 1
                        rows.append((partner, reporter, year, field, mirror))
    rows.sort(key=lambda row: (row[2], row[0], row[1], row[3]))
    with open(output, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["reporter", "partner", "year", "field", "agreements"])
        writer.writerows(rows)
    print(f"{output}: {len(rows)} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
