#!/usr/bin/env python3
"""Check that a quotegraph graph.json loads in networkx and is well formed.

Usage: networkx_check.py GRAPH_JSON

Loads the file with networkx.node_link_graph (networkx >= 3.4 takes
edges="links"; older releases take link="links"), then checks that every
node has a `type` among the four kinds and a string `label`, and that every
link's source and target are nodes. Prints a one-line summary; exits 1 on
any failure, 2 on usage errors.
"""

import inspect
import json
import sys
from collections import Counter

NODE_TYPES = {"person", "organization", "statement", "article"}
LINK_TYPES = {"said", "reported_in", "affiliated_with", "variant_of", "cites"}


def load(data):
    import networkx as nx

    params = inspect.signature(nx.node_link_graph).parameters
    if "edges" in params:
        return nx.node_link_graph(data, edges="links")
    if "link" in params:
        return nx.node_link_graph(data, link="links")
    # Very old networkx: "links" is the default key.
    return nx.node_link_graph(data)


def check(data, graph):
    errors = []
    if not (data.get("directed") and data.get("multigraph")):
        errors.append("graph.json must have \"directed\": true and \"multigraph\": true")
    if not graph.is_directed() or not graph.is_multigraph():
        errors.append("networkx did not load a directed multigraph")
    if data.get("graph", {}).get("name") != "quotegraph":
        errors.append("graph.name is not \"quotegraph\"")

    ids = set()
    for i, node in enumerate(data.get("nodes", [])):
        nid = node.get("id")
        where = "nodes[%d] (id %r)" % (i, nid)
        if not isinstance(nid, str):
            errors.append("%s: id is not a string" % where)
        elif nid in ids:
            errors.append("%s: duplicate id" % where)
        ids.add(nid)
        if node.get("type") not in NODE_TYPES:
            errors.append("%s: type %r is not one of %s" % (where, node.get("type"), sorted(NODE_TYPES)))
        if not isinstance(node.get("label"), str):
            errors.append("%s: missing or non-string label" % where)

    keys = set()
    for i, link in enumerate(data.get("links", [])):
        where = "links[%d] (key %r)" % (i, link.get("key"))
        for end in ("source", "target"):
            if link.get(end) not in ids:
                errors.append("%s: %s %r is not a node" % (where, end, link.get(end)))
        if link.get("type") not in LINK_TYPES:
            errors.append("%s: type %r is not one of %s" % (where, link.get("type"), sorted(LINK_TYPES)))
        if link.get("key") in keys:
            errors.append("%s: duplicate key" % where)
        keys.add(link.get("key"))

    # networkx adds a node for a dangling link end; counts must agree.
    if graph.number_of_nodes() != len(data.get("nodes", [])):
        errors.append("networkx sees %d nodes, the file lists %d"
                      % (graph.number_of_nodes(), len(data.get("nodes", []))))
    if graph.number_of_edges() != len(data.get("links", [])):
        errors.append("networkx sees %d edges, the file lists %d"
                      % (graph.number_of_edges(), len(data.get("links", []))))
    for nid, attrs in graph.nodes(data=True):
        if attrs.get("type") not in NODE_TYPES:
            errors.append("networkx node %r has no valid type" % (nid,))
    return errors


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError) as e:
        print("FAIL %s: cannot read JSON: %s" % (path, e))
        return 1
    if not isinstance(data, dict):
        print("FAIL %s: top level is not an object" % path)
        return 1
    try:
        graph = load(data)
    except Exception as e:  # networkx raises several types on bad input
        print("FAIL %s: networkx cannot load it: %s: %s" % (path, type(e).__name__, e))
        return 1
    errors = check(data, graph)
    if errors:
        for e in errors[:50]:
            print("error: %s" % e)
        if len(errors) > 50:
            print("... and %d more" % (len(errors) - 50))
        print("FAIL %s: %d problem(s)" % (path, len(errors)))
        return 1
    types = Counter(t for _, t in graph.nodes(data="type"))
    links = Counter(t for _, _, t in graph.edges(data="type"))
    import networkx as nx
    print("OK %s: %d nodes, %d links (%s; %s), networkx %s" % (
        path, graph.number_of_nodes(), graph.number_of_edges(),
        ", ".join("%d %s" % (types[k], k) for k in sorted(types)),
        ", ".join("%d %s" % (links[k], k) for k in sorted(links)),
        nx.__version__))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
