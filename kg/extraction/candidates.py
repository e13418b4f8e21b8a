"""A candidate entity span, before candidates compete for the text (kg_entities)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

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


def unprefixed(c: Candidate, vendors: set[str], lookup: Callable[[str], Entry | None]) -> Candidate:
    """'Microsoft-Phi2', 'NVIDIA-A100', 'Meta-Llama-3-8B': a vendor joined to a numbered product by a hyphen
    names the product (the guide: no vendor prefix on products; not 'Meta-Learning')."""
    vendor, _, rest = c.name.partition("-")
    if c.entry is not None or vendor.lower() not in vendors or not rest[:1].isalpha() \
            or not any(ch.isdigit() for ch in rest):      # ('Hailo-10H' is the vendor's own product number)
        return c
    entry = lookup(rest)
    if entry is None:
        return replace(c, name=rest)
    return replace(c, type=entry.type, name=entry.name, rule=f"catalog:{entry.id}", source="catalog",
                   specific=entry.specific, entry=entry)
