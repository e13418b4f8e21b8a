"""A processed Doc as one ANNOTATION.md record, with provenance in extra fields.

Offsets in provenance point into the raw title or abstract as given (the clean
text's offset map is applied), so a user can highlight the evidence in the source.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from kg.extraction.mentions import Mention, doc_text
from kg.extraction.text import name_key
from kg.sources import Paper

TRUST = ("catalog:", "rule:title-prefix", "shape:", "rule:", "cue:")


def _trust(rule: str) -> int:
    return next((i for i, p in enumerate(TRUST) if rule.startswith(p)), len(TRUST))


class _Locator:
    """Maps clean-doc character offsets to (field, raw start, raw end) in the paper's title or abstract."""

    def __init__(self, doc: Doc) -> None:
        text = doc_text(doc)
        self.offsets: Sequence[int] = doc.user_data.get("kg_raw_offsets") or range(len(text) + 1)
        self.title_end = doc._.kg_title_end or 0
        self.raw_title = self.offsets[self.title_end - 1] if self.title_end else -1   # the raw title's length
        self.last = len(self.offsets) - 1

    def __call__(self, start: int, end: int) -> dict[str, Any]:
        if start < self.title_end:
            end = min(end, self.title_end - 1)
            return {"field": "title", "start": self.offsets[start], "end": self.offsets[end]}
        shift = self.raw_title + 1
        return {"field": "abstract", "start": self.offsets[min(start, self.last)] - shift,
                "end": self.offsets[min(end, self.last)] - shift}


def _entities(doc: Doc, locate: _Locator) -> tuple[list[dict[str, Any]], dict[str, str]]:
    """The paper's entities, and the entity name each mention name belongs to (spellings of one
    catalog thing, 'Quadro P4000' and 'P4000', are one entity)."""
    groups: dict[str, list[Mention]] = {}
    for m in doc._.kg_mentions or []:
        groups.setdefault(name_key(m.attrs.get("canonical", m.name)), []).append(m)
    aliases = doc._.kg_aliases or {}
    out, rename = [], {}
    for mentions in groups.values():
        best = min(mentions, key=lambda m: (_trust(m.rule), m.start))
        rename.update({m.name: best.name for m in mentions})
        names = {best.name}
        surf = sorted({m.text for m in mentions if m.text != best.name}
                      | {a for m in mentions for a in aliases.get((m.type, m.name), ())})
        ent: dict[str, Any] = {"name": best.name, "type": best.type}
        if best.type == "hardware":
            ent["specific"] = best.specific
        if surf:
            ent["aliases"] = [a for a in surf if a not in names]
        if best.attrs.get("alt_types"):
            ent["alt_types"] = best.attrs["alt_types"]
        catalog = {k: v for k, v in best.attrs.items() if k != "alt_types"}
        if catalog:
            ent["catalog"] = catalog
        ent["mentions"] = [{"text": m.text, "rule": m.rule, **locate(m.start, m.end)} for m in mentions]
        out.append(ent)
    return out, rename


def doc_to_record(doc: Doc, paper: Paper) -> dict[str, Any]:
    """The record of one processed Doc (``nlp(paper_text(paper))``)."""
    locate = _Locator(doc)
    text = doc_text(doc)
    entities, rename = _entities(doc, locate)
    named = lambda name: rename.get(name, name)  # noqa: E731
    relations, seen = [], set()
    for r in doc._.kg_relations or []:
        key = (named(r.head), r.type, named(r.tail))
        if key not in seen and key[0] != key[2]:
            seen.add(key)
            relations.append((key, r))
    results = doc._.kg_results or []
    record: dict[str, Any] = {
        "id": paper.id,
        "title": paper.title,
        "proposes": list(dict.fromkeys(named(n) for n in doc._.kg_proposes or [])),
        "entities": entities,
        "relations": [list(key) for key, _ in relations],
        "results": [],
        "relation_evidence": [
            {"head": key[0], "type": r.type, "tail": key[2], "rule": r.rule,
             "sentence": text[r.sentence[0]:r.sentence[1]].strip(), **locate(*r.offsets)}
            for key, r in relations],
    }
    for r in results:
        row: dict[str, Any] = {"subject": named(r.subject), "metric": r.metric, "value": r.value, "unit": r.unit,
                               "qualifier": r.qualifier, "text": text[r.start:r.end]}
        if r.low is not None:
            row["low"] = r.low
        if r.hardware:
            row["hardware"] = named(r.hardware)
        if r.dataset:
            row["dataset"] = named(r.dataset)
        row["evidence"] = {"rule": r.rule, "sentence": text[r.sentence[0]:r.sentence[1]].strip(),
                           **locate(r.start, r.end)}
        record["results"].append(row)
    meta = paper.metadata()
    if meta:
        record["metadata"] = meta
    record["source"] = paper.source
    return record
