"""What a picture shows, as plain data: nodes, aggregated edges with evidence, a note of what was cut.

Views are pure functions of the networkx graph, shared by the HTML and the static renderers.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.errors import ViewError

KIND_COLOURS = {"Method": "#4e79a7", "Hardware": "#59a14f", "Model": "#f28e2b", "Dataset": "#b07aa1",
                "Framework": "#9c755f", "Paper": "#bab0ac"}
VENDOR_COLOURS = {"NVIDIA": "#76b900", "AMD": "#ed1c24", "AMD Xilinx": "#c2185b", "Intel": "#0071c5",
                  "Google": "#fbbc04", "Apple": "#8e8e93", "AWS": "#ff9900", "Huawei": "#c7000b",
                  "Qualcomm": "#3253dc", "Cerebras": "#f26522", "Graphcore": "#2c2c54", "Groq": "#f55036"}
GENERIC_HARDWARE = "#c8d6c4"
SEMANTIC = ("RUNS_ON", "EVALUATED_ON", "APPLIED_TO", "IMPLEMENTED_IN", "USES", "BASED_ON", "COMPARED_WITH")


@dataclass
class View:
    title: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    note: str = ""
    legend: dict[str, str] = field(default_factory=dict)


def colour(data: dict[str, Any]) -> str:
    if data["label"] == "Hardware":
        if not data.get("specific", True):
            return GENERIC_HARDWARE
        return VENDOR_COLOURS.get(data.get("vendor") or "", KIND_COLOURS["Hardware"])
    return KIND_COLOURS.get(data["label"], "#999999")


def _view(graph: nx.MultiDiGraph, keep: set[str], rels: tuple[str, ...], title: str, limit: int) -> View:
    papers = {d["id"]: d.get("title", d["id"]) for _, d in graph.nodes(data=True) if d["label"] == "Paper"}
    grouped: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for a, b, d in graph.edges(data=True):
        if a in keep and b in keep and d["type"] in rels:
            grouped[(a, b, d["type"])].append({"paper": d["paper"], "title": papers.get(d["paper"], d["paper"]),
                                               "sentence": d.get("sentence") or ""})
    degree: dict[str, int] = defaultdict(int)
    for a, b, _ in grouped:
        degree[a] += 1
        degree[b] += 1
    ids = sorted((n for n in keep if degree[n]), key=lambda n: (-degree[n], graph.nodes[n].get("name", n)))
    note = ""
    if len(ids) > limit:
        cut = ids[limit:]
        ids = ids[:limit]
        note = f"showing the {limit} best-connected of {limit + len(cut)} nodes; {len(cut)} left out"
    shown = set(ids)
    nodes = []
    for n in sorted(shown):
        d = graph.nodes[n]
        generic = d["label"] == "Hardware" and d.get("specific") is False
        nodes.append({"id": n, "label": d.get("name", n), "kg_label": d["label"], "vendor": d.get("vendor") or "",
                      "device_class": "generic class" if generic else (d.get("device_class") or ""),
                      "colour": colour(d), "degree": degree[n]})
    edges = []
    for (a, b, rel), evidence in sorted(grouped.items()):
        if a in shown and b in shown:
            evidence = sorted(evidence, key=lambda e: e["paper"])
            edges.append({"id": f"{a}|{rel}|{b}", "source": a, "target": b, "relation": rel,
                          "papers": len({e["paper"] for e in evidence}), "evidence": evidence})
    dropped = sum(1 for (a, b, _r) in grouped if not (a in shown and b in shown))
    if dropped:
        note += f"{'; ' if note else ''}{dropped} edges to left-out nodes not drawn"
    legend = {k: v for k, v in KIND_COLOURS.items() if any(n["kg_label"] == k for n in nodes)}
    legend.update({f"{v} hardware": c for v, c in VENDOR_COLOURS.items() if any(n["vendor"] == v for n in nodes)})
    if any(n["device_class"] == "generic class" for n in nodes):
        legend["generic hardware class"] = GENERIC_HARDWARE
    return View(title, nodes, edges, note, legend)


def neighborhood_view(graph: nx.MultiDiGraph, name: str, depth: int = 2, limit: int = 400) -> View:
    """Everything within ``depth`` semantic relations of the entity called ``name``."""
    starts = [n for n, d in graph.nodes(data=True) if d.get("name") == name and d["label"] != "Paper"]
    if not starts:
        raise ViewError(f"no entity named '{name}' in the graph")
    semantic = nx.Graph()
    semantic.add_edges_from((a, b) for a, b, d in graph.edges(data=True) if d["type"] in SEMANTIC)
    keep: set[str] = set()
    for s in starts:
        if s in semantic:
            keep |= set(nx.single_source_shortest_path_length(semantic, s, cutoff=depth))
    return _view(graph, keep or set(starts), SEMANTIC, f"Neighbourhood of {name} (depth {depth})", limit)
