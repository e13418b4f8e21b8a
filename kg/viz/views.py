"""Field-scale views as plain data: method-hardware bipartite, matrix, results per device, trends.

Each view aggregates the rows of :mod:`kg.viz.field` along the hardware hierarchy, keeps the top
rows (the rest aggregated into an 'other' entry) and says in ``note`` what it cut. Positions
are computed here, so the same graph always gives the same picture.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.viz.data import GENERIC_HARDWARE, KIND_COLOURS, VENDOR_COLOURS
from kg.viz.field import FieldData
from kg.viz.hierarchy import GENERIC, UNKNOWN_VENDOR, check_level

RELATIONS = ("RUNS_ON", "COMPARED_WITH")
OTHER_METHODS, OTHER_HARDWARE = "method:other", "hardware:other"
ROW, GAP, RIGHT = 24.0, 16.0, 640.0       # layout: row height, gap between vendors, x of the hardware column
EVIDENCE_PER_EDGE = 2


def vendor_colour(vendor: str) -> str:
    return GENERIC_HARDWARE if vendor == GENERIC else VENDOR_COLOURS.get(vendor, KIND_COLOURS["Hardware"])


@dataclass
class Bipartite:
    title: str
    level: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    note: str = ""
    legend: dict[str, str] = field(default_factory=dict)


def _kept_claims(data: FieldData, generic: bool, relations: tuple[str, ...]):
    return [c for c in data.claims if c.relation in relations and (generic or not c.device.generic)]


def _top(papers: dict[str, set[str]], labels: dict[str, str], limit: int) -> list[str]:
    return sorted(papers, key=lambda k: (-len(papers[k]), labels[k], k))[:limit]


def method_hardware(data: FieldData, level: str = "architecture", methods: int = 50, hardware: int = 30,
                    generic: bool = False, relations: tuple[str, ...] = RELATIONS) -> Bipartite:
    """Methods (left) and hardware groups (right, by vendor then architecture), edges by relation
    with the number of papers, per-year counts and a little evidence."""
    check_level(level)
    claims = _kept_claims(data, generic, relations)
    m_papers: dict[str, set[str]] = defaultdict(set)
    h_papers: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    groups: dict[str, tuple[str, str]] = {}            # hardware group -> (vendor, architecture)
    for c in claims:
        gkey, glabel = c.device.group(level)
        m_papers[c.method_key].add(c.paper)
        h_papers[gkey].add(c.paper)
        labels[c.method_key], labels[gkey] = c.method, glabel
        groups[gkey] = (c.device.vendor_name, c.device.architecture_name if level != "vendor" else "")
    top_m, top_h = set(_top(m_papers, labels, methods)), set(_top(h_papers, labels, hardware))
    edges = _edges(data, claims, level, top_m, top_h)
    nodes = _place(labels, groups, m_papers, h_papers, top_m, top_h, edges)
    note = _cut_note(len(m_papers), len(top_m), len(h_papers), len(top_h), level)
    hidden = sum(1 for c in data.claims if c.relation in relations and c.device.generic) if not generic else 0
    if hidden:
        note += f"; generic classes (GPU, CPU, ...) hidden: {hidden} statements (show them with --generic)"
    legend = {"method": KIND_COLOURS["Method"]}
    legend.update({v if v in (GENERIC, UNKNOWN_VENDOR) else f"{v} hardware": vendor_colour(v)
                   for v in sorted({g[0] for g in groups.values()})})
    return Bipartite("Methods and the hardware they run on", level, nodes, edges, note, legend)


def _cut_note(n_methods: int, kept_m: int, n_hardware: int, kept_h: int, level: str) -> str:
    parts = [f"{n_methods} methods, {n_hardware} hardware {level} groups"]
    if kept_m < n_methods:
        parts.append(f"top {kept_m} methods shown, {n_methods - kept_m} more in 'other methods'")
    if kept_h < n_hardware:
        parts.append(f"top {kept_h} hardware shown, {n_hardware - kept_h} more in 'other hardware'")
    return "; ".join(parts)


def _edges(data: FieldData, claims, level: str, top_m: set[str], top_h: set[str]) -> list[dict[str, Any]]:
    grouped: dict[tuple[str, str, str], dict[str, str]] = defaultdict(dict)     # -> paper -> sentence
    for c in claims:
        gkey = c.device.group(level)[0]
        a = c.method_key if c.method_key in top_m else OTHER_METHODS
        b = gkey if gkey in top_h else OTHER_HARDWARE
        grouped[(a, b, c.relation)].setdefault(c.paper, c.sentence)
    out = []
    for (a, b, rel), papers in sorted(grouped.items()):
        years = Counter(str(data.year(p) or "") for p in papers)
        shown = sorted(papers)[:EVIDENCE_PER_EDGE]
        out.append({"id": f"{a}|{rel}|{b}", "source": a, "target": b, "relation": rel, "papers": len(papers),
                    "years": dict(sorted(years.items())), "more": len(papers) - len(shown),
                    "evidence": [{"paper": p, "title": data.titles.get(p, p), "sentence": papers[p]} for p in shown]})
    return out


def _place(labels, groups, m_papers, h_papers, top_m, top_h, edges) -> list[dict[str, Any]]:
    """Hardware in one column grouped by vendor then architecture; each method at the height of the
    hardware it runs on (weighted mean), so edges cross as little as a fixed order allows."""
    nodes: list[dict[str, Any]] = []
    order = sorted(top_h, key=lambda k: (groups[k][0] == GENERIC, groups[k][0], groups[k][1], labels[k]))
    y, last, ys = 0.0, None, {}
    for k in order + ([OTHER_HARDWARE] if len(h_papers) > len(top_h) else []):
        vendor = groups[k][0] if k in groups else ""
        y += GAP if last is not None and vendor != last else 0.0
        ys[k], last = y, vendor
        nodes.append({"id": k, "label": labels.get(k, f"{len(h_papers) - len(top_h)} other hardware"),
                      "side": "hardware", "vendor": vendor, "architecture": groups.get(k, ("", ""))[1],
                      "papers": len(h_papers.get(k, ())), "colour": vendor_colour(vendor) if k in groups else "#cccccc",
                      "x": RIGHT, "y": y})
        y += ROW
    pull: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for e in edges:
        pull[e["source"]].append((ys[e["target"]], e["papers"]))
    def height(k: str) -> float:
        return sum(y * w for y, w in pull[k]) / max(1, sum(w for _, w in pull[k]))
    methods = sorted(top_m, key=lambda k: (height(k), -len(m_papers[k]), labels[k]))
    if len(m_papers) > len(top_m):
        methods.append(OTHER_METHODS)
    step = max(ROW, (y - ROW) / max(1, len(methods) - 1)) if methods else ROW
    for i, k in enumerate(methods):
        nodes.append({"id": k, "label": labels.get(k, f"{len(m_papers) - len(top_m)} other methods"),
                      "side": "method", "vendor": "", "architecture": "", "papers": len(m_papers.get(k, ())),
                      "colour": KIND_COLOURS["Method"] if k != OTHER_METHODS else "#cccccc", "x": 0.0, "y": i * step})
    top = {side: max((n["papers"] for n in nodes if n["side"] == side), default=1) or 1 for side in ("method", "hardware")}
    for n in nodes:           # area by papers, relative to the busiest node of its side: sizes stay readable at any scale
        n["size"] = round(10 + 24 * (n["papers"] / top[n["side"]]) ** 0.5, 1)
    return nodes


def visible(view: Bipartite, vendor: str = "", relations: tuple[str, ...] = RELATIONS,
            years: tuple[int, int] | None = None, architecture: str = "") -> tuple[int, int]:
    """(nodes, edges) the page draws under these filters (the browser test compares its own)."""
    side = {n["id"]: n for n in view.nodes}
    shown = []
    for e in view.edges:
        hw = side[e["target"]]
        if e["relation"] not in relations or (vendor and hw["vendor"] != vendor) or \
                (architecture and hw["architecture"] != architecture):
            continue
        if years and not sum(n for y, n in e["years"].items() if y and years[0] <= int(y) <= years[1]):
            continue
        shown.append(e)
    ends = {e["source"] for e in shown} | {e["target"] for e in shown}
    return len(ends), len(shown)
