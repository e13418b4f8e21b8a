"""A candidate entity span, before candidates compete for the text (kg_entities)."""
from __future__ import annotations

from dataclasses import dataclass

from kg.extraction.catalog import Entry


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    name: str
    rule: str
    source: str
    specific: bool = True
    entry: Entry | None = None
    alias: str | None = None      # a long form that names the same thing


def occupied(text: str, chosen: list[Candidate]) -> bytearray:
    """One byte per character of ``text``, set where a chosen candidate already covers it."""
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    return taken
