#!/usr/bin/env python3
"""Reads coopstat's network exports back with independent parsers and checks that every format says the same.

    read_back.py [--formats pajek,graphml,gexf,vosviewer] -- COMMAND [ARG...]

COMMAND ARG... --format F -o DIR/export.EXT is run once per format F (in a scratch folder), e.g.
    read_back.py -- build/coopstat links tests/cli/fixtures/pairs.csv
    read_back.py --formats pajek,graphml,gexf -- build/coopstat network data.csv --per year --pairs ordered
Each file is parsed twice where a second parser exists: GraphML and GEXF with xml.etree and with networkx (GEXF 1.3
handed to networkx 2.8 under the 1.2draft namespace, whose elements it uses), Pajek with networkx.parse_pajek (one
*Network section at a time). Then every format must give the same slices, nodes (by label) and link weights, the
same node and link attribute values, and VOSviewer's map must hold each node's degree in weight<Links> and its
strength in weight<Total link strength>, computed here from the network file.
"""

import argparse
import io
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import networkx as nx

EXTENSIONS = {"pajek": "net", "graphml": "graphml", "gexf": "gexf", "vosviewer": "txt"}
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
GEXF = "{http://gexf.net/1.3}"


class Reading:
    """What a format says: per slice (its last year, or None for one network), the node labels, the link weights,
    and the attribute values by name: nodes[slice][label][name], links[slice][key][name]."""

    def __init__(self):
        self.directed = False
        self.nodes = {}
        self.weights = {}
        self.node_values = {}
        self.link_values = {}

    def key(self, a, b):
        return (a, b) if self.directed else tuple(sorted((a, b)))

    def add_link(self, slice_key, a, b, weight):
        key = self.key(a, b)
        links = self.weights.setdefault(slice_key, {})
        assert key not in links, f"link {key} twice in slice {slice_key}"
        links[key] = weight


def last_year(name):
    return int(name.split("-")[-1]) if name != "all" else None


def number(text):
    return float(text)


def read_pajek(path):
    text = open(path, encoding="utf-8").read()
    sections = ["*Network" + s for s in text.split("*Network") if s.strip()]
    reading = Reading()
    for section in sections:
        lines = [line for line in section.splitlines() if line.strip()]
        reading.directed = any(line.lower().startswith("*arcs") for line in lines)
        graph = nx.parse_pajek(lines)
        slice_key = last_year(graph.name.split()[-1]) if len(sections) > 1 else None
        reading.nodes[slice_key] = set(graph.nodes)
        reading.weights.setdefault(slice_key, {})
        for a, b, data in graph.edges(data=True):
            reading.add_link(slice_key, a, b, data["weight"])
    return reading


def read_graphml(path):
    reading = Reading()
    root = ET.parse(path).getroot()
    keys = {key.get("id"): (key.get("attr.name"), key.get("attr.type")) for key in root.iter(GRAPHML + "key")}
    cast = {"long": int, "double": float, "string": str}
    graphs = root.findall(GRAPHML + "graph")
    for graph in graphs:
        reading.directed = graph.get("edgedefault") == "directed"
        slice_key = last_year(graph.get("id")) if len(graphs) > 1 else None
        labels = {}
        nodes = reading.node_values.setdefault(slice_key, {})
        for node in graph.findall(GRAPHML + "node"):
            data = {keys[d.get("key")][0]: cast[keys[d.get("key")][1]](d.text or "") for d in node}
            labels[node.get("id")] = data.pop("label")
            nodes[labels[node.get("id")]] = data
        reading.nodes[slice_key] = set(labels.values())
        reading.weights.setdefault(slice_key, {})
        links = reading.link_values.setdefault(slice_key, {})
        for edge in graph.findall(GRAPHML + "edge"):
            data = {keys[d.get("key")][0]: cast[keys[d.get("key")][1]](d.text or "") for d in edge}
            a, b = labels[edge.get("source")], labels[edge.get("target")]
            reading.add_link(slice_key, a, b, float(data.pop("weight")))
            data.pop("rows")
            links[reading.key(a, b)] = data
    # networkx's reader, every graph of the file: the same nodes and weights.
    for graph, slice_key in zip(nx.readwrite.graphml.GraphMLReader()(path=path), reading.nodes):
        assert {d["label"] for _, d in graph.nodes(data=True)} == reading.nodes[slice_key], slice_key
        weights = {reading.key(graph.nodes[a]["label"], graph.nodes[b]["label"]): float(d["weight"])
                   for a, b, d in graph.edges(data=True)}
        assert weights == reading.weights[slice_key], (slice_key, weights)
    return reading


def read_gexf(path):
    reading = Reading()
    text = open(path, encoding="utf-8").read()
    root = ET.fromstring(text)
    graph = root.find(GEXF + "graph")
    reading.directed = graph.get("defaultedgetype") == "directed"
    dynamic = graph.get("mode") == "dynamic"
    titles = {}
    cast = {"long": int, "double": float, "string": str}
    for attributes in graph.findall(GEXF + "attributes"):
        for attribute in attributes.findall(GEXF + "attribute"):
            titles[(attributes.get("class"), attribute.get("id"))] = (attribute.get("title"), attribute.get("type"))

    def values(element, kind):
        by_slice = {}
        for value in element.iter(GEXF + "attvalue"):
            title, type_ = titles[(kind, value.get("for"))]
            slice_key = int(value.get("start")) if dynamic else None
            assert not dynamic or value.get("start") == value.get("end")
            by_slice.setdefault(slice_key, {})[title] = cast[type_](value.get("value"))
        return by_slice

    def slices_of(element):
        if not dynamic:
            return [None]
        return [int(spell.get("start")) for spell in element.iter(GEXF + "spell")]

    labels = {}
    for node in graph.iter(GEXF + "node"):
        labels[node.get("id")] = node.get("label")
        node_values = values(node, "node")
        for slice_key in slices_of(node):
            reading.nodes.setdefault(slice_key, set()).add(node.get("label"))
            reading.weights.setdefault(slice_key, {})
            reading.node_values.setdefault(slice_key, {})[node.get("label")] = node_values.get(slice_key, {})
    for edge in graph.iter(GEXF + "edge"):
        a, b = labels[edge.get("source")], labels[edge.get("target")]
        edge_values = values(edge, "edge")
        for slice_key in slices_of(edge):
            data = dict(edge_values[slice_key])
            weight = data.pop("Weight") if dynamic else float(edge.get("weight"))
            data.pop("rows")
            reading.add_link(slice_key, a, b, float(weight))
            reading.link_values.setdefault(slice_key, {})[reading.key(a, b)] = data
    # networkx's reader (it knows GEXF up to 1.2draft): the same nodes and, for a static graph, weights.
    as_12 = text.replace("http://gexf.net/1.3", "http://www.gexf.net/1.2draft").replace('version="1.3"', 'version="1.2"')
    graph = nx.read_gexf(io.BytesIO(as_12.encode("utf-8")), version="1.2draft")
    assert {d["label"] for _, d in graph.nodes(data=True)} == set().union(*reading.nodes.values())
    if not dynamic:
        weights = {reading.key(graph.nodes[a]["label"], graph.nodes[b]["label"]): d["weight"]
                   for a, b, d in graph.edges(data=True)}
        assert weights == reading.weights[None], weights
    return reading


def read_vosviewer(path):
    reading = Reading()
    rows = [line.split("\t") for line in open(path, encoding="utf-8").read().splitlines()]
    header, rows = rows[0], rows[1:]
    assert header[:4] == ["id", "label", "weight<Links>", "weight<Total link strength>"], header
    labels = {row[0]: row[1] for row in rows}
    reading.nodes[None] = set(labels.values())
    reading.weights[None] = {}
    degree = {label: 0 for label in labels.values()}
    strength = {label: 0.0 for label in labels.values()}
    base, extension = os.path.splitext(path)
    for line in open(base + "_network" + extension, encoding="utf-8").read().splitlines():
        a, b, weight = line.split("\t")
        reading.add_link(None, labels[a], labels[b], float(weight))
        for end in (a, b):
            degree[labels[end]] += 1
            strength[labels[end]] += float(weight)
    reading.node_values[None] = {}
    for row in rows:
        label = row[1]
        assert int(row[2]) == degree[label], (label, row[2], degree[label])
        assert math.isclose(float(row[3]), strength[label], rel_tol=1e-12, abs_tol=1e-12), (label, row[3])
        reading.node_values[None][label] = {
            name[len("score<"):-1]: float(value) for name, value in zip(header[4:], row[4:]) if value}
    return reading


READERS = {"pajek": read_pajek, "graphml": read_graphml, "gexf": read_gexf, "vosviewer": read_vosviewer}


def pajek_label(name):
    """What Pajek's writer makes of a name (docs/formats.md): no double quotes, no line breaks."""
    return name.replace('"', "'").replace("\n", " ").replace("\r", " ")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formats", default="pajek,graphml,gexf,vosviewer")
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    readings = {}
    with tempfile.TemporaryDirectory() as folder:
        for fmt in args.formats.split(","):
            path = os.path.join(folder, "export." + EXTENSIONS[fmt])
            run = subprocess.run(args.command + ["--format", fmt, "-o", path], capture_output=True, text=True)
            if run.returncode != 0:
                sys.exit(f"{fmt}: exit {run.returncode}: {run.stderr}")
            readings[fmt] = READERS[fmt](path)
    # A network of one slice is keyed by its year in some formats (GEXF's time, GraphML's graph id) and by nothing in
    # others (VOSviewer): compare it as one network.
    for reading in readings.values():
        if len(reading.nodes) == 1:
            for table in (reading.nodes, reading.weights, reading.node_values, reading.link_values):
                if table:
                    table[None] = table.pop(next(iter(table)))
    reference = readings.get("graphml") or next(iter(readings.values()))
    for fmt, reading in readings.items():
        rename = pajek_label if fmt == "pajek" else (lambda name: name)
        assert reading.directed == reference.directed, fmt
        assert reading.nodes.keys() == reference.nodes.keys(), (fmt, reading.nodes.keys())
        for slice_key, nodes in reference.nodes.items():
            assert reading.nodes[slice_key] == {rename(n) for n in nodes}, (fmt, slice_key)
            expected = {tuple(map(rename, k)): w for k, w in reference.weights[slice_key].items()}
            assert reading.weights[slice_key] == expected, (fmt, slice_key, reading.weights[slice_key], expected)
        if fmt in ("gexf", "graphml"):
            assert reading.node_values == reference.node_values, fmt
            assert reading.link_values == reference.link_values, fmt
        if fmt == "vosviewer":
            for label, values in reading.node_values[None].items():
                expected = reference.node_values[None][label]
                assert values == {k: float(v) for k, v in expected.items() if isinstance(v, (int, float))}, label
        print(f"{fmt}: {sum(len(n) for n in reading.nodes.values())} nodes and "
              f"{sum(len(w) for w in reading.weights.values())} links in {len(reading.nodes)} slice(s) read back")
    print(f"{len(readings)} passed, 0 failed")


if __name__ == "__main__":
    main()
