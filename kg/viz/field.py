"""The rows field-scale pictures are drawn from, read from a store with the shipped ``viz_*`` queries.

A 20,000-paper graph is not loaded whole: the store answers five queries (method-hardware
statements, what methods build on, results per hardware, hardware per paper, paper dates) and
the views aggregate those rows. Everything here is plain data, shared by the HTML and the static renderers.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.viz.hierarchy import Device

if TYPE_CHECKING:
    from kg.stores.base import GraphStore

# a sentence shown as evidence is cut here (the page stays small at field scale)
SENTENCE_CHARS = 280


@dataclass(frozen=True)
class Claim:
    """'method RUNS_ON/COMPARED_WITH device', as one paper states it."""

    method_key: str
    method: str
    relation: str
    device: Device
    paper: str
    sentence: str


@dataclass(frozen=True)
class Measured:
    """A reported result measured on a device."""

    device: Device
    metric: str
    value: float
    unit: str
    qualifier: str | None
    subject: str | None
    subject_key: str | None
    paper: str


@dataclass(frozen=True)
class Builds:
    """'method USES/BASED_ON named method', as one paper states it: what method families are made of."""

    method_key: str
    base_key: str
    base: str
    paper: str


@dataclass
class FieldData:
    claims: list[Claim] = field(default_factory=list)
    builds: list[Builds] = field(default_factory=list)
    results: list[Measured] = field(default_factory=list)
    paper_devices: list[tuple[str, Device]] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)
    years: dict[str, int] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)

    def year(self, paper: str) -> int | None:
        return self.years.get(paper)


def _year(published: Any) -> int | None:
    text = str(published or "")[:4]
    return int(text) if text.isdigit() and 1900 < int(text) < 2200 else None


def read_field(store: "GraphStore") -> FieldData:
    """Everything the pictures need, streamed from the store's shipped ``viz_*`` queries."""
    from kg.querylib import load_queries
    queries = load_queries()
    data = FieldData()
    for row in store.records(queries["viz_papers"].text):
        data.titles[row["paper"]] = row["title"] or row["paper"]
        year = _year(row.get("published"))
        if year is not None:
            data.years[row["paper"]] = year
    for row in store.records(queries["viz_method_hardware"].text):
        sentence = (row.get("sentence") or "")[:SENTENCE_CHARS]
        data.claims.append(Claim(row["method_key"], row["method"], row["relation"], Device.of(row), row["paper"],
                                 sentence))
    for row in store.records(queries["viz_method_families"].text):
        data.builds.append(Builds(row["method_key"], row["family_key"], row["family"], row["paper"]))
    for row in store.records(queries["viz_results"].text):
        if row.get("value") is None:
            continue
        data.results.append(Measured(Device.of(row), row.get("metric") or "", float(row["value"]),
                                     row.get("unit") or "", row.get("qualifier"), row.get("subject"),
                                     row.get("subject_key"), row["paper"]))
    for row in store.records(queries["viz_paper_hardware"].text):
        data.paper_devices.append((row["paper"], Device.of(row)))
    data.counts = _headline(store)
    return data


def _headline(store: "GraphStore") -> dict[str, int]:
    stats = store.stats()
    counts = dict(stats["nodes"])
    counts["relationships"] = sum(n for rel, n in stats["relationships"].items() if rel not in ("MENTIONS", "REPORTS"))
    return counts


def from_graph(graph: Any) -> FieldData:
    """The same rows from an in-memory networkx graph (tests, notebooks)."""
    data = FieldData()
    nodes = graph.nodes
    for n, d in graph.nodes(data=True):
        if d["label"] == "Paper":
            data.titles[d["id"]] = d.get("title") or d["id"]
            year = _year(d.get("published"))
            if year is not None:
                data.years[d["id"]] = year

    def device(key: str) -> Device:
        d = nodes[key]
        return Device.of({"hardware_key": key, "hardware": d.get("name", key), **d})
    runs: set[tuple[str, str]] = set()
    for a, b, e in graph.edges(data=True):
        if e["type"] in ("USES", "BASED_ON") and nodes[a]["label"] == nodes[b]["label"] == "Method":
            data.builds.append(Builds(a, b, nodes[b].get("name", b), e["paper"]))
        if nodes[b]["label"] != "Hardware":
            continue
        if e["type"] == "RUNS_ON":
            runs.add((e["paper"], b))
        if nodes[a]["label"] == "Method" and e["type"] in ("RUNS_ON", "COMPARED_WITH"):
            data.claims.append(Claim(a, nodes[a].get("name", a), e["type"], device(b), e["paper"],
                                     (e.get("sentence") or "")[:SENTENCE_CHARS]))
        if nodes[a]["label"] == "Result" and e["type"] == "MEASURED_ON":
            r = nodes[a]
            about = next((t for _, t, x in graph.out_edges(a, data=True) if x["type"] == "ABOUT"), None)
            data.results.append(Measured(device(b), r.get("metric") or "", float(r["value"]), r.get("unit") or "",
                                         r.get("qualifier"), nodes[about].get("name") if about else None, about,
                                         r["paper"]))
    data.paper_devices = [(p, device(h)) for p, h in sorted(runs)]
    data.counts = dict(Counter(d["label"] for _, d in graph.nodes(data=True)))
    data.counts["relationships"] = sum(1 for *_, e in graph.edges(data=True) if e["type"] not in ("MENTIONS", "REPORTS"))
    return data
