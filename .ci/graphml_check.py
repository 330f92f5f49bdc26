#!/usr/bin/env python3
"""Loads a quotegraph graph.graphml with networkx and checks it matches graph.json.

    python3 .ci/graphml_check.py OUT_DIR
"""
import json, sys
import networkx as nx

out = sys.argv[1]
g = nx.read_graphml(f"{out}/graph.graphml")
data = json.load(open(f"{out}/graph.json", encoding="utf-8"))
ids = {n["id"] for n in data["nodes"]}
assert set(g.nodes) == ids, "node ids differ between graph.graphml and graph.json"
assert g.number_of_edges() == len(data["links"]), "edge counts differ"
kinds = {"person", "organization", "statement", "article"}
bad = [n for n, t in g.nodes(data="type") if t not in kinds]
assert not bad, f"untyped nodes: {bad[:5]}"
print(f"OK {out}/graph.graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges, networkx {nx.__version__}")
