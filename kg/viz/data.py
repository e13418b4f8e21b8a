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


def method_hardware_view(graph: nx.MultiDiGraph, include: tuple[str, ...] = (), limit: int = 400) -> View:
    """Methods and hardware (and optionally models/datasets) with the relations between them."""
    kinds = {"Method", "Hardware", *(k.capitalize() for k in include)}
    unknown = kinds - set(KIND_COLOURS)
    if unknown:
        raise ViewError(f"cannot include {', '.join(sorted(unknown))}; choose from: model, dataset, framework")
    keep = {n for n, d in graph.nodes(data=True) if d["label"] in kinds}
    rels = ("RUNS_ON",) + (("APPLIED_TO",) if "Model" in kinds else ()) + \
        (("EVALUATED_ON",) if "Dataset" in kinds else ()) + (("IMPLEMENTED_IN",) if "Framework" in kinds else ())
    return _view(graph, keep, rels, "Methods and the hardware they run on", limit)


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


def matrix(graph: nx.MultiDiGraph, value: str = "count", limit: int = 40) -> tuple[list[str], list[str], list[list[float]]]:
    """(methods, hardware, cells): papers per method x specific hardware, or the best speedup reported."""
    if value not in ("count", "speedup"):
        raise ViewError(f"unknown matrix value '{value}'; choose from: count, speedup")
    cells: dict[tuple[str, str], float] = defaultdict(float)
    best: dict[tuple[str, str], float] = {}
    for a, b, d in graph.edges(data=True):
        if d["type"] == "RUNS_ON" and graph.nodes[a]["label"] == "Method" and graph.nodes[b].get("specific", True):
            cells[(a, b)] += 1
    if value == "speedup":
        for r, d in graph.nodes(data=True):
            if d["label"] == "Result" and d.get("unit") == "x":
                about = [t for _, t, e in graph.out_edges(r, data=True) if e["type"] == "ABOUT"]
                on = [t for _, t, e in graph.out_edges(r, data=True) if e["type"] == "MEASURED_ON"]
                for m in about:
                    for h in on:
                        if (m, h) in cells:
                            best[(m, h)] = max(best.get((m, h), 0.0), float(d["value"]))
    def top(index: int) -> list[str]:
        totals: dict[str, float] = defaultdict(float)
        for k, v in cells.items():
            totals[k[index]] += v
        return sorted(totals, key=lambda n: (-totals[n], graph.nodes[n]["name"]))[:limit]
    methods, hardware = top(0), top(1)
    source = best if value == "speedup" else cells
    grid = [[source.get((m, h), 0.0) for h in hardware] for m in methods]
    return [graph.nodes[m]["name"] for m in methods], [graph.nodes[h]["name"] for h in hardware], grid
