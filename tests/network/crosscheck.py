#!/usr/bin/python3
"""The network measures of a few fixtures computed independently of coopstat (networkx, and formulas written out
here), written as CSV files that tests/network/compare.sh compares with `coopstat network … --format csv`.

Run once when a measure's definition changes, and review the diff of tests/network/expected/:

    /usr/bin/python3 tests/network/crosscheck.py   # Debian's python3-networkx (with numpy and scipy)

Shortest paths use exact fractions (a link 1/weight long), so that tied paths are tied (networkx compares lengths
exactly; with floating-point lengths it can miss ties that igraph, with its tolerance, counts).
"""

import csv
import random
from fractions import Fraction
from pathlib import Path

import networkx as nx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# name, fixture, directed, per year, summary: the coopstat arguments are in compare.sh's CASES, in the same order.
CASES = [
    ("network", ROOT / "tests/cli/fixtures/network.csv", False, False, False),
    ("network-per-year", ROOT / "tests/cli/fixtures/network.csv", False, True, False),
    ("network-summary-per-year", ROOT / "tests/cli/fixtures/network.csv", False, True, True),
    ("random", HERE / "fixtures/random.csv", False, False, False),
    ("random-summary", HERE / "fixtures/random.csv", False, False, True),
    ("random-ordered", HERE / "fixtures/random-directed.csv", True, False, False),
    ("random-ordered-summary", HERE / "fixtures/random-directed.csv", True, False, True),
]


def write_random_fixture(path, reversed_rows):
    """15 countries, 2 years, whole and fractional weights (0.5 steps: ties in paths happen), reporter < partner;
    with `reversed_rows`, a few pairs reported in both directions as well (with unordered pairs coopstat would
    leave those out as mirror rows: they are for ordered pairs only)."""
    rng = random.Random(17)
    names = [f"C{i:02d}" for i in range(15)]
    rows = []
    for year in (2020, 2021):
        for a in range(15):
            for b in range(a + 1, 15):
                if rng.random() < 0.25:
                    rows.append((names[a], names[b], year, rng.choice([1, 2, 3, 0.5, 1.5, 4])))
                    if reversed_rows and rng.random() < 0.2:
                        rows.append((names[b], names[a], year, rng.choice([1, 2])))
    with open(path, "w", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["reporter", "partner", "year", "count"])
        writer.writerows(rows)


def read_rows(path):
    with open(path, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        year = header.index("year")
        for row in reader:
            yield row[0], row[1], int(row[year]), Fraction(row[-1])


def slices(path, directed, per_year):
    """{label: (present nodes, {(from, to): weight})}; unordered pairs as (min, max)."""
    rows = list(read_rows(path))
    years = sorted({r[2] for r in rows})
    bounds = [(y, y) for y in range(years[0], years[-1] + 1)] if per_year else [(years[0], years[-1])]
    out = {}
    for first, last in bounds:
        present, links = set(), {}
        for a, b, year, n in rows:
            if not first <= year <= last:
                continue
            present |= {a, b}
            if a == b:
                continue
            key = (a, b) if directed else tuple(sorted((a, b)))
            links[key] = links.get(key, 0) + n
        label = str(first) if first == last else f"{first}–{last}"
        out[label] = (present, links)
    return out


def graphs(present, links, directed):
    """The graph of positive links (weight, exact length 1/weight), and its undirected simple version."""
    g = nx.DiGraph() if directed else nx.Graph()
    g.add_nodes_from(present)
    for (a, b), w in links.items():
        if w > 0:
            g.add_edge(a, b, weight=float(w), length=1 / Fraction(w))
    simple = nx.Graph()
    simple.add_nodes_from(present)
    for a, b, d in g.edges(data=True):
        w = simple[a][b]["weight"] + d["weight"] if simple.has_edge(a, b) else d["weight"]
        simple.add_edge(a, b, weight=w)
    return g, simple


def barrat(simple, i):
    """Barrat et al. (2004): Σ over ordered pairs (j, h) of linked partners of (w_ij + w_ih) / 2, / (s_i (k_i − 1))."""
    partners = list(simple[i])
    k = len(partners)
    if k < 2:
        return None
    s = sum(simple[i][j]["weight"] for j in partners)
    total = sum((simple[i][j]["weight"] + simple[i][h]["weight"]) / 2
                for j in partners for h in partners if j != h and simple.has_edge(j, h))
    return total / (s * (k - 1))


def closeness(g, i):
    """1 / mean number of links to the countries i reaches (following the direction reported)."""
    reached = nx.single_source_shortest_path_length(g, i)
    others = [d for node, d in reached.items() if node != i]
    return len(others) / sum(others) if others else None


def eigenvector(g):
    # no eigenvector of a positive eigenvalue: no edges, or directed without a cycle
    if g.number_of_edges() == 0 or (g.is_directed() and nx.is_directed_acyclic_graph(g)):
        return {n: None for n in g}
    values = nx.eigenvector_centrality_numpy(g, weight="weight")
    values = {n: abs(v) for n, v in values.items()}
    top = max(values.values())
    return {n: v / top for n, v in values.items()}


def measures(present, links, directed):
    g, simple = graphs(present, links, directed)
    strength = {n: Fraction(0) for n in present}
    for (a, b), w in links.items():
        strength[a] += w
        strength[b] += w
    all_strengths = sum(strength.values())
    weighted = nx.betweenness_centrality(g, normalized=False, weight="length")
    unweighted = nx.betweenness_centrality(g, normalized=False)
    eig = eigenvector(g)
    pagerank = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-15, max_iter=100000)
    clustering = nx.clustering(simple)
    core = nx.core_number(simple)
    rows = []
    for n in sorted(present):
        k = simple.degree(n)
        rows.append({
            "country": n,
            "degree": k,
            "strength": strength[n],
            "share": strength[n] * 100 / all_strengths if all_strengths else None,
            "betweenness": weighted[n],
            "betweenness_unweighted": unweighted[n],
            "closeness": closeness(g, n),
            "eigenvector": eig[n],
            "pagerank": pagerank[n],
            "clustering": clustering[n] if k >= 2 else None,
            "clustering_weighted": barrat(simple, n),
            "coreness": core[n],
        })
    return rows


def summary(present, links, directed):
    g, simple = graphs(present, links, directed)
    n = len(present)
    degrees = [d for _, d in simple.degree()]
    local = [c for node, c in nx.clustering(simple).items() if simple.degree(node) >= 2]
    components = [len(c) for c in (nx.weakly_connected_components(g) if directed else nx.connected_components(g))]
    triples = sum(d * (d - 1) / 2 for d in degrees)
    return {
        "nodes": n,
        "links": g.number_of_edges(),
        "weight": sum(links.values()),
        "density": nx.density(g) if n >= 2 else None,
        "components": len(components),
        "largest_component": max(components, default=0),
        # Freeman: Σ (max degree − degree) / ((n − 1)(n − 2)), the star's value
        "degree_centralisation": sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n >= 3 else None,
        "average_clustering": sum(local) / len(local) if local else None,
        "transitivity": nx.transitivity(simple) if triples else None,
    }


def cell(value):
    """12 significant digits: the comparison's tolerance is 1e-9, and numpy's last digits (and residues such as
    1e-17 for 0) change from run to run, which would make every rerun a diff."""
    if value is None:
        return ""
    if isinstance(value, Fraction) and value.denominator == 1:
        return str(value.numerator)
    if isinstance(value, (float, Fraction)):
        value = float(value)
        return "0" if abs(value) < 1e-12 else f"{value:.12g}"
    return str(value)


def main():
    write_random_fixture(HERE / "fixtures/random.csv", False)
    write_random_fixture(HERE / "fixtures/random-directed.csv", True)
    for name, path, directed, per_year, is_summary in CASES:
        table = []
        for label, (present, links) in slices(path, directed, per_year).items():
            rows = [summary(present, links, directed)] if is_summary else measures(present, links, directed)
            for row in rows:
                table.append({"years": label, **row} if per_year or is_summary else row)
        with open(HERE / "expected" / f"{name}.csv", "w", newline="") as out:
            columns = list(table[0].keys())
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            for row in table:
                writer.writerow([cell(row[c]) for c in columns])


if __name__ == "__main__":
    main()
