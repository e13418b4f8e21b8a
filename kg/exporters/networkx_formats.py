"""Property-graph files through networkx: GraphML, GEXF, node-link JSON, CSV tables.

Tools like Gephi and Cytoscape want scalar attributes, so ``flat_graph`` turns the
graph into one they can read: list values become JSON text, the node's type is
``kg_label``, its display ``label`` is the entity name, every edge has its own id (``e0``, ``e1``, ...
in a fixed order: a valid XML name, and Gephi keeps edges whose ids differ), and the node id is
kg's key (a paper's own id becomes ``paper_id``: formats reserve ``id``), except in GraphML, whose
schema allows only NMTOKEN ids (there the key is the ``kg_key`` attribute).
Each format has a pure generator (the flat graph, the tables) and a file writer.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import networkx as nx

from kg.exporters import Exporter, register, xml_safe

RENAME = {"id": "paper_id"}
TYPE_ATTR = "kg_label"                  # the node type in every flat export, snapshot, diff and view
GRAPHML_KEY = "kg_key"                  # kg's node key in GraphML, whose node ids must be NMTOKENs
EDGE_RENAME = {"type": "relation"}      # GEXF reserves an edge's "type" (directed/undirected)


def _flat(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple)):
        value = json.dumps(value, ensure_ascii=False)
    return xml_safe(value) if isinstance(value, str) else value


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only and a display label (deterministic node/edge order)."""
    flat = nx.MultiDiGraph()
    for key, data in sorted(graph.nodes(data=True), key=lambda kv: kv[0]):
        # the node id is the key; "id", "key" and "label" are reserved by the formats
        attrs = {RENAME.get(k, k): _flat(v) for k, v in data.items() if v is not None and k not in ("label", "key")}
        attrs[TYPE_ATTR] = data["label"]      # reserved: never collides with a source attribute such as "kind"
        attrs["label"] = xml_safe(str(data.get("name") or data.get("title") or data.get("text") or key))
        flat.add_node(key, **attrs)
    edges = sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["paper"]))
    for i, (a, b, data) in enumerate(edges):
        flat.add_edge(a, b, key=f"e{i}", **{EDGE_RENAME.get(k, k): _flat(v) for k, v in data.items() if v is not None})
    return flat


def graphml_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """The flat graph with GraphML's node ids: the XSD wants NMTOKENs, which 'Method:flashdecoding++'
    and 'Paper:cs/0601001' are not, so nodes are n0, n1, ... in key order and kg's key travels as
    ``kg_key``."""
    flat = flat_graph(graph)
    for key in flat.nodes:
        flat.nodes[key][GRAPHML_KEY] = key
    return nx.relabel_nodes(flat, {key: f"n{i}" for i, key in enumerate(flat.nodes)})


def write_graphml(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    # key ids d0, d1, ...: a node 'rule' and an edge 'rule' must not share one id
    nx.write_graphml_lxml(graphml_graph(graph), path, named_key_ids=False)
    return [path]


def write_gexf(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(flat_graph(graph), path, version="1.3")
    _gexf_edge_kinds(path)
    return [path]


def _gexf_edge_kinds(path: Path) -> None:
    """GEXF 1.3 keeps parallel edges of different ``kind``: the relationship type becomes the edge's
    kind (Gephi merged 172 edges without it); networkx writes neither that nor a valid graph name."""
    from lxml import etree
    # networkx 3.x declares the XML Schema instance namespace without 'www.': a validator ignores it
    text = path.read_bytes().replace(b'"http://w3.org/2001/XMLSchema-instance"',
                                     b'"http://www.w3.org/2001/XMLSchema-instance"', 1)
    tree = etree.ElementTree(etree.fromstring(text))
    ns = {"g": tree.getroot().nsmap[None]}
    relation = next((a.get("id") for a in tree.iterfind(".//g:attributes[@class='edge']/g:attribute", ns)
                     if a.get("title") == "relation"), None)
    for edge in tree.iterfind(".//g:edge", ns):
        value = edge.find(f"g:attvalues/g:attvalue[@for='{relation}']", ns) if relation else None
        if value is not None:
            edge.set("kind", value.get("value"))
    for graph in tree.iterfind("g:graph", ns):
        graph.attrib.pop("name", None)
    tree.write(str(path), xml_declaration=True, encoding="utf-8")


def node_link(graph: nx.MultiDiGraph) -> dict[str, Any]:
    return nx.node_link_data(flat_graph(graph), edges="edges")


def write_json(graph: nx.MultiDiGraph, path: Path) -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(node_link(graph), ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                    encoding="utf-8")
    return [path]


def tables(graph: nx.MultiDiGraph) -> tuple[list[str], list[list[Any]], list[str], list[list[Any]]]:
    """(node columns, node rows, edge columns, edge rows): one row per node and per edge."""
    flat = flat_graph(graph)
    ncols = ["key"] + sorted({k for _, d in flat.nodes(data=True) for k in d})
    nrows = [[key] + [d.get(c) for c in ncols[1:]] for key, d in flat.nodes(data=True)]
    ecols = ["source", "target"] + sorted({k for _, _, d in flat.edges(data=True) for k in d})
    erows = [[a, b] + [d.get(c) for c in ecols[2:]] for a, b, d in flat.edges(data=True)]
    return ncols, nrows, ecols, erows


def write_csv(graph: nx.MultiDiGraph, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    ncols, nrows, ecols, erows = tables(graph)
    out = []
    for name, cols, rows in (("nodes.csv", ncols, nrows), ("edges.csv", ecols, erows)):
        with (directory / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(cols)
            w.writerows([["" if v is None else v for v in row] for row in rows])
        out.append(directory / name)
    return out


register(Exporter("graphml", "GraphML (Gephi, Cytoscape, yEd); list values as JSON text", write_graphml,
                  suffix=".graphml"))
register(Exporter("gexf", "GEXF for Gephi; list values as JSON text", write_gexf, suffix=".gexf"))
register(Exporter("json", "node-link JSON (networkx, d3)", write_json, suffix=".json"))
register(Exporter("csv", "nodes.csv and edges.csv tables", write_csv, directory=True))
