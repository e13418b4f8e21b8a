"""Records -> one networkx MultiDiGraph, canonicalised across the corpus.

Nodes are keyed by label and name key (``Hardware:a100``), so ``NVIDIA A100``
in one paper and ``A100`` in another are one node; relationship keys are
``(type, paper)`` so evidence from every paper is kept.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import networkx as nx

from kg.graph.keys import PAPER, name_key, result_key
from kg.graph.records import EntityRecord, Evidence, PaperRecord, RelationRecord, ResultRecord
from kg.graph.schema import ENTITY_LABELS, ENTITY_PROPS, REL_TYPES

_CATALOG_ATTRS = [k for k in ENTITY_PROPS if k not in ("key", "name", "aliases", "specific")]


def node_key(label: str, name: str) -> str:
    return f"{label}:{name_key(name)}"


class GraphBuilder:
    """Accumulates records into ``self.graph`` (streaming: one record at a time)."""

    def __init__(self, extraction: str | None = None) -> None:
        self.graph = nx.MultiDiGraph()
        self.extraction = extraction       # which pipeline read the papers (a rebuild skips what it read)
        # relations a record states that the graph cannot hold, by reason: counted, reported, never silent
        self.dropped: Counter[str] = Counter()

    def add_record(self, rec: PaperRecord | dict[str, Any], abstract: str | None = None) -> None:
        """Merge one paper's record (typed, or its JSON form) into the graph."""
        if isinstance(rec, dict):
            rec = PaperRecord.from_gold(rec)
        g = self.graph
        pkey = f"Paper:{rec.id}"
        g.add_node(pkey, label="Paper", key=pkey, id=rec.id, title=rec.title, source=rec.source,
                   **({"abstract": abstract} if abstract else {}),
                   **({"extraction": self.extraction} if self.extraction else {}), **rec.metadata)
        names = {ent.name: self._add_entity(pkey, rec.id, ent) for ent in rec.entities}   # name -> node key
        for name in rec.proposes:
            if name in names:
                g.add_edge(pkey, names[name], key=("PROPOSES", rec.id), type="PROPOSES", paper=rec.id,
                           rule="contribution", sentence=None, field=None, char_start=None, char_end=None)
        for r in rec.relations:
            self._add_relation(pkey, rec.id, r, names)
        seen: dict[str, int] = {}
        for res in rec.results:
            claim = (res.subject, res.metric, float(res.value), res.low, res.unit, res.qualifier)
            self._add_result(pkey, rec.id, result_key(rec.id, claim, seen), res, names)

    def _add_entity(self, pkey: str, paper: str, ent: EntityRecord) -> str:
        g = self.graph
        label = ENTITY_LABELS[ent.type]
        key = node_key(label, ent.canonical)          # one node per catalog thing
        attrs = g.nodes[key] if key in g else {"label": label, "key": key, "name": ent.canonical, "aliases": []}
        # the smallest spelling names the node (the stores' rule too: any build order, one name)
        spellings = {*attrs["aliases"], attrs["name"], ent.canonical, ent.name, *ent.aliases}
        attrs["name"] = min(str(attrs["name"]), ent.canonical)
        attrs["aliases"] = sorted(spellings - {attrs["name"]})
        if label == "Hardware":
            attrs["specific"] = True if ent.specific is None else bool(ent.specific)
        for k, v in ent.catalog.items():
            if k in _CATALOG_ATTRS:
                attrs.setdefault(k, v)
        g.add_node(key, **attrs)
        first = ent.mentions[0][1] if ent.mentions else Evidence()
        spelled = [ent.canonical, *sorted({ent.name, *ent.aliases} - {ent.canonical})]
        g.add_edge(pkey, key, key=("MENTIONS", paper), type="MENTIONS", paper=paper, rule=first.rule,
                   field=first.field, char_start=first.start, char_end=first.end, sentence=None, spellings=spelled)
        return key

    def _add_relation(self, pkey: str, paper: str, r: RelationRecord, names: dict[str, str]) -> None:
        head = pkey if r.head == PAPER else names.get(r.head)
        tail = names.get(r.tail)
        if head is None or tail is None:
            self.dropped[f"{r.type}: an end is not an entity of the record"] += 1
            return
        if not self._allowed(r.type, head, tail):
            h, t = self.graph.nodes[head]["label"], self.graph.nodes[tail]["label"]
            self.dropped[f"{r.type} {h}->{t} not in the schema"] += 1
            return
        ev = r.evidence
        self.graph.add_edge(head, tail, key=(r.type, paper), type=r.type, paper=paper, sentence=ev.sentence,
                            field=ev.field, char_start=ev.start, char_end=ev.end, rule=ev.rule)

    def _add_result(self, pkey: str, paper: str, rkey: str, res: ResultRecord, names: dict[str, str]) -> None:
        g = self.graph
        ev = res.evidence
        g.add_node(rkey, label="Result", key=rkey, paper=paper, subject=res.subject, metric=res.metric,
                   value=float(res.value), low=res.low, unit=res.unit, qualifier=res.qualifier, text=res.text,
                   sentence=ev.sentence, field=ev.field, char_start=ev.start, char_end=ev.end, rule=ev.rule)
        g.add_edge(pkey, rkey, key=("REPORTS", paper), type="REPORTS", paper=paper)
        subject = names.get(res.subject)
        if subject and self._allowed("ABOUT", rkey, subject):
            g.add_edge(rkey, subject, key=("ABOUT", paper), type="ABOUT", paper=paper)
        for target in (names.get(res.hardware or ""), names.get(res.dataset or "")):
            if target and self._allowed("MEASURED_ON", rkey, target):
                g.add_edge(rkey, target, key=("MEASURED_ON", paper), type="MEASURED_ON", paper=paper)
            elif target:     # the result names a device or dataset that the paper typed otherwise
                self.dropped[f"MEASURED_ON Result->{g.nodes[target]['label']} not in the schema"] += 1

    def _allowed(self, rel: str, head: str, tail: str) -> bool:
        pair = (self.graph.nodes[head]["label"], self.graph.nodes[tail]["label"])
        return pair in REL_TYPES[rel].pairs
