"""Records -> one networkx MultiDiGraph, canonicalised across the corpus.

Nodes are keyed by label and name key (``Hardware:a100``), so ``NVIDIA A100``
in one paper and ``A100`` in another are one node; relationship keys are
``(type, paper)`` so evidence from every paper is kept.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from kg.extraction.mentions import PAPER
from kg.extraction.text import name_key
from kg.graph.schema import ENTITY_LABELS, ENTITY_PROPS, REL_TYPES

_CATALOG_ATTRS = [k for k in ENTITY_PROPS if k not in ("key", "name", "aliases", "specific")]


def node_key(label: str, name: str) -> str:
    return f"{label}:{name_key(name)}"


class GraphBuilder:
    """Accumulates records into ``self.graph`` (streaming: one record at a time)."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()
        # relations a record states that the graph cannot hold, by reason: counted, reported, never silent
        self.dropped: Counter[str] = Counter()

    def add_record(self, rec: dict[str, Any], abstract: str | None = None) -> None:
        g = self.graph
        pkey = f"Paper:{rec['id']}"
        meta = rec.get("metadata", {})
        g.add_node(pkey, label="Paper", key=pkey, id=rec["id"], title=rec["title"], source=rec.get("source"),
                   **({"abstract": abstract} if abstract else {}), **meta)
        names: dict[str, str] = {}   # canonical name in this paper -> node key
        for ent in rec["entities"]:
            label = ENTITY_LABELS[ent["type"]]
            canonical = (ent.get("catalog") or {}).get("canonical", ent["name"])   # one node per catalog thing
            key = node_key(label, canonical)
            names[ent["name"]] = key
            attrs = g.nodes[key] if key in g else {"label": label, "key": key, "name": canonical, "aliases": []}
            aliases = set(attrs["aliases"]) | {a for a in [ent["name"], *ent.get("aliases", [])] if a != attrs["name"]}
            attrs["aliases"] = sorted(aliases)
            if label == "Hardware":
                attrs["specific"] = bool(ent.get("specific", True))
            for k, v in (ent.get("catalog") or {}).items():
                if k in _CATALOG_ATTRS:
                    attrs.setdefault(k, v)
            g.add_node(key, **attrs)
            first = ent["mentions"][0] if ent.get("mentions") else {}
            g.add_edge(pkey, key, key=("MENTIONS", rec["id"]), type="MENTIONS", paper=rec["id"],
                       rule=first.get("rule"), field=first.get("field"), char_start=first.get("start"), char_end=first.get("end"),
                       sentence=None)
        for name in rec.get("proposes", []):
            if name in names:
                g.add_edge(pkey, names[name], key=("PROPOSES", rec["id"]), type="PROPOSES", paper=rec["id"],
                           rule="contribution", sentence=None, field=None, char_start=None, char_end=None)
        for ev in rec.get("relation_evidence", []):
            head = pkey if ev["head"] == PAPER else names.get(ev["head"])
            tail = names.get(ev["tail"])
            if head is None or tail is None:
                self.dropped[f"{ev['type']}: an end is not an entity of the record"] += 1
                continue
            if not self._allowed(ev["type"], head, tail):
                h, t = self.graph.nodes[head]["label"], self.graph.nodes[tail]["label"]
                self.dropped[f"{ev['type']} {h}->{t} not in the schema"] += 1
                continue
            g.add_edge(head, tail, key=(ev["type"], rec["id"]), type=ev["type"], paper=rec["id"],
                       sentence=ev.get("sentence"), field=ev.get("field"), char_start=ev.get("start"),
                       char_end=ev.get("end"), rule=ev.get("rule"))
        for i, res in enumerate(rec.get("results", [])):
            rkey = f"Result:{rec['id']}:{i}"
            evd = res.get("evidence", {})
            g.add_node(rkey, label="Result", key=rkey, paper=rec["id"], subject=res["subject"],
                       metric=res.get("metric"), value=float(res["value"]), low=res.get("low"), unit=res["unit"],
                       qualifier=res.get("qualifier"), text=res.get("text"), sentence=evd.get("sentence"),
                       field=evd.get("field"), char_start=evd.get("start"), char_end=evd.get("end"), rule=evd.get("rule"))
            g.add_edge(pkey, rkey, key=("REPORTS", rec["id"]), type="REPORTS", paper=rec["id"])
            subject = names.get(res["subject"])
            if subject and self._allowed("ABOUT", rkey, subject):
                g.add_edge(rkey, subject, key=("ABOUT", rec["id"]), type="ABOUT", paper=rec["id"])
            for ctx in ("hardware", "dataset"):
                target = names.get(res.get(ctx) or "")
                if target:
                    g.add_edge(rkey, target, key=("MEASURED_ON", rec["id"]), type="MEASURED_ON", paper=rec["id"])

    def _allowed(self, rel: str, head: str, tail: str) -> bool:
        pair = (self.graph.nodes[head]["label"], self.graph.nodes[tail]["label"])
        return pair in REL_TYPES[rel].pairs

    def add_records(self, records: Iterable[dict[str, Any]]) -> nx.MultiDiGraph:
        for rec in records:
            self.add_record(rec)
        return self.graph
