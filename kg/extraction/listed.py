"""Plain capitalised names that stand in a list of known names (kg_entities).

'auto-tuners (e.g., AutoTVM, Ansor)', 'models such as T5, Meena, GShard and GPT-3': a word like
'Ansor' or 'Meena' has no shape that marks it as a name, but a list of names only holds names.
A capitalised item (one to three words) that shares a list with a name the recogniser already
found is a name too; it is guessed, so its type then flows from its neighbours (retype).
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.extraction.candidates import Candidate, occupied
from kg.extraction.catalog import Entry
from kg.extraction.cued import AND_OR, CUED_RULE
from kg.extraction.retype import GUESSED
from kg.extraction.shapes import MODEL_SIZE, VARIANT_WORDS

LISTED_RULE = "rule:listed-name"
FAMILY_RULE = "rule:model-family"
# the separators of a list and the names that may stand in it
_WORD = r"[A-Z][A-Za-z0-9]+(?:[\-'+][A-Za-z0-9]+)*"
ITEM = rf"{_WORD}(?: {_WORD}){{0,2}}"
# a number aside after an item keeps the list going: 'Stanford Cars (96.0%), Pildra (99.0%) and Nixtor'; so
# does a lower-case one saying what the item is for: 'T5 (language translation), Belgor (speech translation)'
# (neither is an acronym's long form: 'Vision Transformers (ViTs)')
_ASIDE = r"(?:\s*\((?:[^()\d]{0,15}\d[^()]{0,40}|[a-z][a-z\-]*(?: [a-z][a-z\-]*){0,3})\))?"
# 'CPU-based FastLLM and GPU-based Bar': a '-based' qualifier may stand before an item
_BASED = r"(?:[A-Z][A-Za-z0-9]*-based\s+)?"
AFTER = re.compile(rf"{_ASIDE}(?:,\s*(?:and\s+|or\s+)?|\s+{AND_OR}\s+){_BASED}(?P<name>{ITEM})"
                   rf"(?={_ASIDE}(?:\s*[,.;:)]|\s+[a-z]|$))")
BEFORE = re.compile(rf"(?:^|(?<=[\s(]))(?P<name>{ITEM}){_ASIDE}(?:,\s*(?:and\s+|or\s+)?|\s+{AND_OR}\s+)$")
# types whose lists hold names (hardware lists mix vendors and classes: 'NVIDIA, AMD and Intel GPUs')
LIST_TYPES = ("model", "dataset", "framework", "method")
SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s+)$")     # (after a semicolon too: "...; Moreover, X")


def listed_names(text: str, chosen: list[Candidate], stop_lower: set[str]) -> list[Candidate]:
    """New guessed candidates for the plain names that share a list with a found name."""
    taken = occupied(text, chosen)
    starts = {c.start: c for c in chosen}
    ends = {c.end: c for c in chosen}
    out: list[Candidate] = []
    for c in chosen:
        if c.type not in LIST_TYPES or c.rule == LISTED_RULE:
            continue
        out += _walk_right(text, c, starts, taken, stop_lower)
        out += _walk_left(text, c, ends, taken, stop_lower)
    return out


def _acceptable(text: str, start: int, name: str, taken: bytearray, stop_lower: set[str]) -> bool:
    """A name no other candidate covers, not a vendor or generic word, not a sentence's first word."""
    if any(taken[start:start + len(name)]) or SENTENCE_END.search(text, max(0, start - 3), start):
        return False
    return not any(w.lower() in stop_lower for w in name.split())


def _walk_right(text: str, c: Candidate, starts: dict[int, Candidate], taken: bytearray,
                stop_lower: set[str]) -> list[Candidate]:
    out: list[Candidate] = []
    pos = c.end
    while True:
        m = AFTER.match(text, pos)
        if m is None:
            return out
        nxt = starts.get(m.start("name"))
        if nxt is not None:                     # a found name: the list goes on through it
            pos = nxt.end
            continue
        name = m.group("name")
        if not _acceptable(text, m.start("name"), name, taken, stop_lower):
            return out
        out.append(_guess(m.start("name"), name, taken))
        pos = m.end("name")


def _walk_left(text: str, c: Candidate, ends: dict[int, Candidate], taken: bytearray,
               stop_lower: set[str]) -> list[Candidate]:
    out: list[Candidate] = []
    pos = c.start
    while True:
        # (a list separator ends right before: a comma or a space, tested before the scan of the window)
        m = BEFORE.search(text, max(0, pos - 60), pos) if pos and (text[pos - 1] == "," or text[pos - 1].isspace()) else None
        if m is None:
            return out
        prev = ends.get(m.end("name"))
        if prev is not None:
            pos = prev.start
            continue
        name = m.group("name")
        if not _acceptable(text, m.start("name"), name, taken, stop_lower):
            return out
        out.append(_guess(m.start("name"), name, taken))
        pos = m.start("name")


def _guess(start: int, name: str, taken: bytearray) -> Candidate:
    taken[start:start + len(name)] = b"\x01" * len(name)
    return Candidate(start, start + len(name), "method", name, LISTED_RULE, "coined")


def variant_names(text: str, chosen: list[Candidate], title_end: int) -> list[Candidate]:
    """The released variants of a name a cue or a list revealed: 'Sulnix' found once makes 'Sulnix-large
    model achieves ...' a name even where it opens a sentence (a size or tier of a released model: a
    model, derived from its base)."""
    taken = occupied(text, chosen)
    out: list[Candidate] = []
    variants = "|".join(VARIANT_WORDS)
    for name in dict.fromkeys(c.name for c in chosen if c.rule in (CUED_RULE, LISTED_RULE)):
        for m in re.finditer(rf"(?<![\w\-]){re.escape(name)}-(?:{variants})(?![\w\-])", text):
            if m.start() < title_end or any(taken[m.start():m.end()]):      # the title's names: kg_contributions
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(Candidate(m.start(), m.end(), "model", m.group(0), "shape:derived", "coined"))
    return out


def family_names(text: str, chosen: list[Candidate], stop_lower: set[str]) -> list[Candidate]:
    """'on Quisul-6.7B and Quisul-30B' make 'Quisul' a name wherever it stands alone ('with Quisul, Joryad
    and Sulqui'): the family a sized release belongs to is a model. New candidates; a guessed one of
    the family's name becomes a model in place."""
    families = set()
    for c in chosen:
        sized = MODEL_SIZE.fullmatch(text, c.start, c.end) if c.rule == "shape:model-size" else None
        base = sized.group(1) if sized else ""
        if len(base) > 2 and " " not in base and base.lower() not in stop_lower:
            families.add(base)
    if not families:
        return []
    taken = occupied(text, chosen)
    for c in chosen:
        if c.name in families and c.rule in GUESSED:
            c.type = "model"
    out: list[Candidate] = []
    for base in families:
        for m in re.finditer(rf"(?<![\w\-.]){re.escape(base)}(?![\w\-])", text):
            if not any(taken[m.start():m.end()]):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                out.append(Candidate(m.start(), m.end(), "model", base, FAMILY_RULE, "coined"))
    return out


# 'Gaudi 2 & 3', 'TPU v4 and v5e', 'RTX 4090 and 3090': a bare version coordinated with a product's names the
# family's other product (not a count or a ratio: 'A100 and 8 H100s', 'H100 and 2x')
ELIDED = re.compile(r"\s*(?:,\s*(?:and|or)\b|&|and|or|/|,)\s*(v?\d{1,4}[a-z]?)\b"
                    r"(?![\w\-%]|\.\d|\s*(?:x|×|GB|TB|%|times)\b|\s+(?!(?:GPU|CPU|NPU|TPU)s?\b)[A-Z])")
VERSION = re.compile(r"v?\d{1,4}[a-z]?$")
ELIDED_SOURCE = "elided"      # a bare version: the graph names the product in full ('3' is Gaudi-3)


def elided_products(text: str, chosen: list[Candidate], lookup: Callable[[str], Entry | None]) -> list[Candidate]:
    """Products a coordination names by their version alone ('Intel (Gaudi 2 & 3)'): the catalog's entry for
    the named product's family with the bare version."""
    taken, out = occupied(text, chosen), []
    for c in chosen:
        family = VERSION.search(c.name) if c.type == "hardware" and c.specific else None
        end = c.end
        # ... the whole list: 'Raspberry Pi 3, 4, and 5'
        while family is not None and (nxt := ELIDED.match(text, end)) is not None \
                and not any(taken[nxt.start(1):nxt.end(1)]):
            entry = lookup(c.name[:family.start()] + nxt.group(1))
            if entry is None or entry.type != "hardware" or entry.name == c.name:
                break
            taken[nxt.start(1):nxt.end(1)] = b"\x01" * (nxt.end(1) - nxt.start(1))
            out.append(Candidate(nxt.start(1), nxt.end(1), "hardware", entry.name, f"catalog:{entry.id}", ELIDED_SOURCE,
                                 entry.specific, entry))
            end = nxt.end(1)
    return out
