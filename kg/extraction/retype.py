"""Types for names no catalog knows, from how the text uses them (kg_entities)."""
from __future__ import annotations

import re

from kg.extraction.candidates import Candidate
from kg.extraction.catalog import Catalog

DATASET_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:dataset|benchmark|leaderboard|corpus|challenge|"
                           r"suite|test set|evaluation)s?\b")
LIST_SEP = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$")
GUESSED = ("shape:coined", "rule:acronym-definition")


def retype(text: str, chosen: list[Candidate], catalog: Catalog) -> None:
    """Types for names no catalog knows, from how the text uses them.

    'the Baidu-ULTR dataset' is a dataset; in 'Whisper, Seamless, OWSM, and Canary-1B'
    the unknown item shares its neighbours' type; 'Mistral-v0.3' or 'RT-DETR-L' takes
    the type of the known name it extends.
    """
    known = {c.name: c.type for c in chosen if c.rule not in GUESSED}
    for c in chosen:
        if c.rule not in GUESSED:
            continue
        if DATASET_AFTER.match(text, c.end):
            c.type = "dataset"
            continue
        base = next((n for n in sorted(known, key=len, reverse=True)
                     if c.name.startswith(n + "-") and known[n] in ("model", "dataset")), None)
        entry = catalog.lookup(c.name.split("-")[0]) if "-" in c.name else None
        if base:
            c.type = known[base]
        elif entry is not None and entry.type in ("model", "dataset"):
            c.type = entry.type
    for _ in range(2):   # let types flow along a list in both directions
        for a, b in zip(chosen, chosen[1:]):
            if LIST_SEP.match(text[a.end:b.start]) and (a.rule in GUESSED) != (b.rule in GUESSED):
                guessed, sure = (a, b) if a.rule in GUESSED else (b, a)
                if sure.type in ("model", "dataset") and guessed.type == "method":
                    guessed.type = sure.type
