"""Typed records: what extraction hands the graph, one per paper.

Dataclasses rather than dicts, so a stage cannot misspell a field; :meth:`PaperRecord.to_gold`
gives the JSON the eval kit scores (ANNOTATION.md's format, with provenance in extra fields) and
:meth:`PaperRecord.from_gold` reads it back, so records written by ``kg extract`` or by hand
build the same graph.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Evidence:
    """Where a statement was read: the rule, the sentence, and offsets into the raw title or abstract."""

    rule: str | None = None
    sentence: str | None = None
    field: str | None = None
    start: int | None = None
    end: int | None = None

    def to_gold(self, with_sentence: bool = True) -> dict[str, Any]:
        out: dict[str, Any] = {"rule": self.rule}
        if with_sentence:
            out["sentence"] = self.sentence
        out.update({"field": self.field, "start": self.start, "end": self.end})
        return out

    @classmethod
    def from_gold(cls, row: dict[str, Any] | None) -> "Evidence":
        row = row or {}
        return cls(row.get("rule"), row.get("sentence"), row.get("field"), row.get("start"), row.get("end"))


@dataclass
class EntityRecord:
    name: str
    type: str
    specific: bool | None = None                  # hardware only
    aliases: list[str] = field(default_factory=list)
    alt_types: list[str] = field(default_factory=list)
    catalog: dict[str, Any] = field(default_factory=dict)
    mentions: list[tuple[str, Evidence]] = field(default_factory=list)   # (surface text, where)

    @property
    def canonical(self) -> str:
        """The name of the graph node: the catalog's, where the catalog knows the thing."""
        return self.catalog.get("canonical", self.name)

    def to_gold(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.specific is not None:
            out["specific"] = self.specific
        for key in ("aliases", "alt_types", "catalog"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        out["mentions"] = [{"text": text, **ev.to_gold(with_sentence=False)} for text, ev in self.mentions]
        return out

    @classmethod
    def from_gold(cls, row: dict[str, Any]) -> "EntityRecord":
        return cls(row["name"], row["type"], row.get("specific"), list(row.get("aliases") or []),
                   list(row.get("alt_types") or []), dict(row.get("catalog") or {}),
                   [(m.get("text", ""), Evidence.from_gold(m)) for m in row.get("mentions") or []])


@dataclass
class RelationRecord:
    head: str
    type: str
    tail: str
    evidence: Evidence = field(default_factory=Evidence)


@dataclass
class ResultRecord:
    subject: str
    metric: str
    value: float
    unit: str
    qualifier: str | None = None
    text: str | None = None
    low: float | None = None
    hardware: str | None = None
    dataset: str | None = None
    evidence: Evidence = field(default_factory=Evidence)

    def to_gold(self) -> dict[str, Any]:
        out: dict[str, Any] = {"subject": self.subject, "metric": self.metric, "value": self.value,
                               "unit": self.unit, "qualifier": self.qualifier, "text": self.text}
        for key in ("low", "hardware", "dataset"):
            if getattr(self, key) is not None:
                out[key] = getattr(self, key)
        out["evidence"] = self.evidence.to_gold()
        return out

    @classmethod
    def from_gold(cls, row: dict[str, Any]) -> "ResultRecord":
        return cls(row["subject"], row.get("metric") or "", row["value"], row.get("unit") or "",
                   row.get("qualifier"), row.get("text"), row.get("low"), row.get("hardware"),
                   row.get("dataset"), Evidence.from_gold(row.get("evidence")))


@dataclass
class PaperRecord:
    id: str
    title: str
    proposes: list[str] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    relations: list[RelationRecord] = field(default_factory=list)
    results: list[ResultRecord] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    def to_gold(self) -> dict[str, Any]:
        """The record as the eval kit reads it; evidence rides along in extra fields."""
        out: dict[str, Any] = {
            "id": self.id, "title": self.title, "proposes": list(self.proposes),
            "entities": [e.to_gold() for e in self.entities],
            "relations": [[r.head, r.type, r.tail] for r in self.relations],
            "results": [r.to_gold() for r in self.results],
            "relation_evidence": [{"head": r.head, "type": r.type, "tail": r.tail, **r.evidence.to_gold()}
                                  for r in self.relations]}
        if self.metadata:
            out["metadata"] = self.metadata
        out["source"] = self.source
        return out

    @classmethod
    def from_gold(cls, row: dict[str, Any]) -> "PaperRecord":
        """A record from JSON (``kg extract`` output or hand-written): evidence where it was given."""
        evidence = {(e["head"], e["type"], e["tail"]): Evidence.from_gold(e) for e in row.get("relation_evidence", [])}
        relations = [RelationRecord(h, r, t, evidence.get((h, r, t), Evidence())) for h, r, t in row.get("relations", [])]
        return cls(row["id"], row.get("title", ""), list(row.get("proposes", [])),
                   [EntityRecord.from_gold(e) for e in row.get("entities", [])], relations,
                   [ResultRecord.from_gold(r) for r in row.get("results", [])], dict(row.get("metadata") or {}),
                   row.get("source", ""))
