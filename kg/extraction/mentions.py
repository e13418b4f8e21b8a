"""What the components write onto a Doc: mentions, relations, results.

Plain dataclasses on ``Doc._`` extensions keep components decoupled: each reads
what earlier ones assigned (declared in ``requires``) and adds its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from kg.extraction.text import name_key
from kg.graph.keys import PAPER  # noqa: F401  (re-exported for the components)

# which mention of a name speaks for the entity: a catalog's first, then the title's name, a shape, a rule, a cue
TRUST = ("catalog:", "rule:title-prefix", "shape:", "rule:", "cue:")


@dataclass
class Mention:
    """One entity mention with the canonical name it resolves to."""

    start: int                 # character offsets in the clean doc text
    end: int
    text: str
    type: str
    name: str
    rule: str                  # catalog entry id or rule id that produced it
    specific: bool = True
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class Relation:
    head: str
    type: str
    tail: str
    sentence: tuple[int, int]  # character span of the evidence sentence
    rule: str
    offsets: tuple[int, int] = (0, 0)   # span of the tail mention


@dataclass
class Result:
    subject: str
    metric: str
    value: float
    unit: str
    start: int
    end: int
    sentence: tuple[int, int]
    rule: str
    qualifier: str | None = None
    low: float | None = None
    hardware: str | None = None
    dataset: str | None = None


EXTENSIONS: dict[str, Any] = {
    "kg_title_end": 0,            # char offset where the title ends
    "kg_sentences": None,         # list[(start, end)] character spans of sentences
    "kg_mentions": None,          # list[Mention]
    "kg_aliases": None,           # dict[(type, name)] -> set of surfaces
    "kg_proposes": None,          # list[str] canonical names
    "kg_relations": None,         # list[Relation]
    "kg_results": None,           # list[Result]
}


def register_extensions() -> None:
    """Idempotent: factories call it so any pipeline has the attributes."""
    for name, default in EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def doc_text(doc: Doc) -> str:
    """``doc.text`` re-joins every token on each call; components share one copy."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def trust(m: Mention) -> tuple[int, int]:
    """The order in which mentions of one name speak for its entity (first wins)."""
    return next((i for i, p in enumerate(TRUST) if m.rule.startswith(p)), len(TRUST)), m.start


def one_type_per_name(mentions: list[Mention]) -> None:
    """Every mention of a name takes the type its entity will have (the most trusted mention's): the
    relations then fit the record ('SpGEMM is a kernel ... a novel SpGEMM accelerator' is no device once)."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        groups.setdefault(name_key(m.attrs.get("canonical", m.name)), []).append(m)
    for group in groups.values():
        best = min(group, key=trust)
        for m in group:
            if m.type != best.type:
                m.type, m.specific = best.type, best.specific
