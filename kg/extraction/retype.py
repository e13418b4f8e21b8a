"""Types for names no catalog knows, from how the text uses them (kg_entities)."""
from __future__ import annotations

import re

from kg.extraction.candidates import Candidate
from kg.extraction.catalog import Catalog

DATASET_AFTER = re.compile(r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:dataset|benchmark|leaderboard|corpus|challenge|"
                           r"suite|test set|evaluation)s?\b")
# the head noun after a name, or an apposition, says what it is: 'the Foo library', 'Foo, a compiler for ...'
FRAMEWORK_AFTER = re.compile(r"\s+(?:library|libraries|framework|compiler|runtime|toolkit|package|API|"
                             r"programming language|language|simulator|engine)\b")
FRAMEWORK_BEFORE = re.compile(r"\b(?:implemented in|written in|built with|built on top of|implemented on top of|"
                              r"integrated into|plugin for|extension of)\s+(?:the\s+)?$", re.I)
APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?P<noun>dataset|benchmark|corpus|library|framework|"
                        r"compiler|runtime|toolkit|language|model|simulator|processor|chip|accelerator|"
                        r"supercomputer)s?\b")
# '<noun> named X', 'a model called X': the noun before the naming word types the name
NAMED_AFTER = re.compile(r"\b(?P<noun>model|dataset|benchmark|library|framework|runtime|compiler|toolkit|engine|processor|"
                         r"chip|accelerator)s?\s+"
                         r"(?:named|called|dubbed)\s+$")
MODEL_AFTER = re.compile(r"\s+models?\b")
HARDWARE_AFTER = re.compile(r"\s+(?:servers?|nodes?|GPUs?|chips?|processors?|accelerators?|boards?|supercomputers?|"
                            r"systems? on chip)\b")
APPOSITIVE_TYPES = {"dataset": "dataset", "benchmark": "dataset", "corpus": "dataset", "model": "model",
                    "library": "framework", "framework": "framework", "compiler": "framework", "runtime": "framework",
                    "toolkit": "framework", "language": "framework", "simulator": "framework",
                    "engine": "framework", "processor": "hardware", "chip": "hardware", "accelerator": "hardware",
                    "supercomputer": "hardware"}
# library naming conventions: CUDA/ROCm/oneAPI libraries and Python bindings (cuDF, rocBLAS, oneDNN, PyCUDA)
LIBRARY_NAME = re.compile(r"^(?:cu|roc|hip|one|Py)[A-Z][A-Za-z0-9]*$")
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
        noun = APPOSITIVE.match(text, c.end) or NAMED_AFTER.search(text, max(0, c.start - 40), c.start)
        if noun:
            c.type = APPOSITIVE_TYPES.get(noun.group("noun").lower(), "dataset")
            continue
        if HARDWARE_AFTER.match(text, c.end):
            c.type = "hardware"
            continue
        if MODEL_AFTER.match(text, c.end):
            c.type = "model"
            continue
        if LIBRARY_NAME.match(c.name) or FRAMEWORK_AFTER.match(text, c.end) or \
                FRAMEWORK_BEFORE.search(text, max(0, c.start - 30), c.start):
            c.type = "framework"
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
                if sure.type in ("model", "dataset", "framework", "hardware") and guessed.type == "method":
                    guessed.type = sure.type
