"""Acronyms the text defines ('Low-rank adaptation (LoRA)'): the acronym names a thing, the long form is
its alias (kg_entities). A defined acronym whose long form is not the catalog's thing of that name is the
paper's own ('Sustainable Accuracy Metric (SAM)' is no Segment Anything Model)."""
from __future__ import annotations

import re

from kg.extraction.candidates import Candidate
from kg.extraction.catalog import Catalog, Entry
from kg.extraction.retype import TypeCues
from kg.extraction.shapes import ACRONYM, initials_match
from kg.extraction.text import name_key

ORGANISATION = "rule:organisation"      # an acronym the text defines as an institution's: it and its mentions go
NEXT_WORD = re.compile(r"\s+([A-Za-z]+s?)\b")
# a name and its long form in brackets after it: 'QSGD (Quantized SGD)'
# (a capital first, then the look-behind: a pattern opening with a look-behind is tried at every character)
SPELLED_AFTER = re.compile(r"([A-Z](?<![\w\-][A-Z])[A-Za-z0-9\-]{1,15})\s+\((?P<bits>(?P<width>\d{1,2})-bit\s+)?"
                           r"(?P<long>[A-Za-z][\w\- ]{3,80}?)\)")
WORD = re.compile(r"[a-z]{3,}")
SMALL = {"and", "for", "the", "with", "from", "based"}
# memory is no entity (ANNOTATION.md), nor is a metric: 'Tightly Coupled Memory (TCM)', 'Sustainable Accuracy Metric (SAM)'
# (a word of its own: 'Processing-Near-Memory (PNM)' is processing, not memory)
MEMORY_HEAD = re.compile(r"(?<![\w-])(?:memory|memories|cache|caches|buffer|buffers|registers?|storage|scratchpad|metrics?|"
                         r"scores?)$", re.I)


def _content(words: str) -> set[str]:
    return {w[:4] for w in WORD.findall(words.lower()) if w not in SMALL}


def other_thing(long_form: str, entry: Entry) -> bool:
    """Does the long form name something else than the catalog entry it abbreviates? Only when the entry
    spells itself out and the two share no content word ('Low Rank Adapters' is Low-Rank Adaptation)."""
    spelled = [s for s in (entry.name, *entry.aliases) if " " in s or "-" in s]
    return bool(spelled) and not any(_content(long_form) & _content(s) for s in spelled)


def _long_form(text: str, m: re.Match[str], acr: str) -> re.Match[str] | None:
    """The words before the bracketed acronym whose initials spell it, in the same clause."""
    before = re.split(r"[.,;:()\[\]]", text[max(0, m.start() - 120):m.start()])[-1]
    n = initials_match(before, acr)
    return re.search(r"\S+(?:\s+\S+){%d}$" % (n - 1), before) if n else None


class AcronymReader:
    """Finds definitions; built once per pipeline from the catalog and the stop names."""

    def __init__(self, catalog: Catalog, stop: set[str], stop_lower: set[str], organisations: set[str],
                 type_cues: TypeCues) -> None:
        self.catalog, self.stop, self.stop_lower = catalog, stop, stop_lower
        self.organisations, self.type_cues = organisations, type_cues

    def find(self, text: str) -> tuple[list[Candidate], set[str], set[str]]:
        """The candidates of every definition, the acronyms the text redefines (their catalog matches
        elsewhere in the text are not the catalog's thing) and those it defines as a class ('distributed DL
        (DDL)': no mention of DDL is a name)."""
        out: list[Candidate] = []
        redefined: set[str] = set()
        generic: set[str] = set()
        for m in ACRONYM.finditer(text):
            acr = m.group(1)
            if ((acr in self.stop or acr.lower() in self.stop_lower) and self.catalog.lookup(acr) is None) \
                    or not any(c.isupper() for c in acr):
                continue          # a generic acronym; a known one ('Low Rank Adapters (LoRA)') takes its long form
            tail = _long_form(text, m, acr)
            if tail is None:
                continue
            long_form = " ".join(tail.group(0).split())
            if self._generic_words(long_form, acr) or MEMORY_HEAD.search(long_form):
                generic.add(acr)    # ('Tightly Coupled Memory (TCM)': no entity; nor is the catalog's SAM)
                known = self.catalog.lookup(acr)
                redefined.update([acr] if known is not None and other_thing(long_form, known) else [])
                continue
            if acr.endswith("s") and acr[:-1].isupper() and long_form == long_form.lower():
                generic.update((acr, acr[:-1]))     # 'video analytics pipelines (VAPs)': and 'each VAP' too
                continue          # 'cloud service providers (CSPs)': a plural acronym of plain words is a class
            if name_key(long_form) in self.stop_lower:
                continue
            if {long_form.split()[0].lower(), long_form.split()[-1].lower()} & self.organisations:
                out.append(Candidate(m.start(1), m.end(1), "method", acr, ORGANISATION, "acronym"))
                continue          # 'Institute for ... Computing (IDRIS)': who did the work is no entity
            out += self._defined(text, m, acr, long_form, m.start() - len(tail.group(0)), redefined)
        again = _long_forms_again(text, out, self.catalog) + _acronyms_again(text, out)
        return out + again + self._spelled_after(text), redefined, generic

    def _spelled_after(self, text: str) -> list[Candidate]:
        """'QSGD (Quantized SGD)', 'ESS (Extended Sparse Server)': a name spelled out in brackets after it; the
        bracket is the name's alias, so a known name inside it ('SGD') is no mention of its own."""
        out = []
        for m in SPELLED_AFTER.finditer(text) if " (" in text else ():
            acr, long_form = m.group(1), " ".join(m.group("long").split())
            generic = (acr in self.stop or acr.lower() in self.stop_lower) and self.catalog.lookup(acr) is None
            # 'NF4 (4-bit NormalFloat)': the width gives the acronym its digit
            letters = acr.replace(m.group("width"), "", 1) if m.group("bits") and m.group("width") in acr else acr
            if generic or (m.group("bits") and letters == acr) or \
                    initials_match(long_form, letters) != len(long_form.split()):
                continue
            entry = self.catalog.lookup(acr)
            kind = entry.type if entry is not None else self.type_cues.long_form_type(long_form, "")
            out.append(Candidate(m.start("long"), m.end("long"), kind, entry.name if entry is not None else acr,
                                 f"catalog:{entry.id}" if entry is not None else "rule:acronym-definition", "acronym",
                                 entry.specific if entry is not None else True, entry, alias=acr))
        return out

    def generic_long_forms(self, text: str) -> list[tuple[int, int]]:
        """The spans of the long forms of generic acronyms ('Multimodal LLMs (MLLMs)'): their words name nothing."""
        out = []
        for m in ACRONYM.finditer(text):
            acr = m.group(1)
            if not ((acr in self.stop or acr.lower() in self.stop_lower) and self.catalog.lookup(acr) is None):
                continue
            tail = _long_form(text, m, acr)
            if tail is not None:
                out.append((m.start() - len(tail.group(0)), m.start()))
        return out

    def _generic_words(self, long_form: str, acr: str) -> bool:
        """'distributed DL (DDL)': plain words around a generic acronym abbreviate a class, not a name."""
        words = re.split(r"[\s\-]+", long_form)
        if long_form.islower() and " " not in long_form and self.catalog.lookup(acr) is None:
            return True           # 'finite-element (FE)', 'key-value (KV)': one compound modifier, a class
        generic = [w for w in words if w in self.stop and w.isupper()]
        return bool(generic) and acr.isupper() and self.catalog.lookup(acr) is None \
            and all(w in generic or w.islower() for w in words)

    def _defined(self, text: str, m: re.Match[str], acr: str, long_form: str, lf_start: int,
                 redefined: set[str]) -> list[Candidate]:
        """The acronym's and the long form's candidates: a catalog entry's, or a new name's."""
        after = NEXT_WORD.match(text, m.end())       # 'Ray Tracing (RT) cores': the acronym and its noun
        joined = self.catalog.lookup(f"{acr} {after.group(1)}") if after else None
        if joined is not None and after is not None:
            return [Candidate(lf_start, after.end(), joined.type, joined.name, f"catalog:{joined.id}",
                              "acronym", joined.specific, joined, alias=f"{acr} {after.group(1)}")]
        entry = self.catalog.lookup(acr)
        if entry is not None and other_thing(long_form, entry) and self.catalog.lookup(long_form) is None:
            redefined.add(acr)
            entry = None
        entry = entry or self.catalog.lookup(long_form)
        acr_start = m.start(1)
        if entry is not None:
            return [Candidate(acr_start, acr_start + len(acr), entry.type, entry.name, f"catalog:{entry.id}",
                              "acronym", entry.specific, entry, alias=long_form),
                    Candidate(lf_start, lf_start + len(long_form), entry.type, entry.name, f"catalog:{entry.id}",
                              "acronym", entry.specific, entry, alias=acr)]
        kind = self.type_cues.long_form_type(long_form, text[m.end():m.end() + 20])
        return [Candidate(acr_start, acr_start + len(acr), kind, acr, "rule:acronym-definition", "acronym",
                          alias=long_form),
                Candidate(lf_start, lf_start + len(long_form), kind, acr, "rule:acronym-definition", "acronym",
                          alias=acr)]


def _long_forms_again(text: str, defined: list[Candidate], catalog: Catalog) -> list[Candidate]:
    """'Llamas on the Web: ...' in the title of a paper that defines 'Llamas on the Web (LlamaWeb)': a new
    name's long form written again is that name, not the catalog's thing a word of it names (Llama)."""
    out = []
    for c in defined:
        long_form = text[c.start:c.end]
        if c.rule != "rule:acronym-definition" or c.alias != c.name or " " not in long_form \
                or not any(catalog.lookup(w) for w in long_form.split()):
            continue
        out += _written_again(text, c, c.name)
    return out


def _acronyms_again(text: str, defined: list[Candidate]) -> list[Candidate]:
    """'Native Sparse Attention (NSA), ... the kernel of NSA': an acronym defined for a catalog thing names that
    thing wherever it is written again (a coined-looking 'NSA' is no second entity)."""
    out = []
    for c in defined:
        acr = text[c.start:c.end]
        if not c.rule.startswith("catalog:") or c.name == acr or " " in acr or c.alias is None or " " not in c.alias:
            continue
        out += _written_again(text, c, acr)
    return out


def _written_again(text: str, c: Candidate, alias: str) -> list[Candidate]:
    """The defined candidate ``c`` at every other place its words stand as a whole word."""
    return [Candidate(m.start(), m.end(), c.type, c.name, c.rule, c.source, c.specific, c.entry, alias=alias)
            for m in re.finditer(rf"(?<![\w-]){re.escape(text[c.start:c.end])}(?![\w-])", text) if m.start() != c.start]


def without_redefined(text: str, cands: list[Candidate], redefined: set[str], generic: set[str]) -> list[Candidate]:
    """'the Sustainable Accuracy Metric (SAM)': no mention of SAM is the catalog's SAM; 'distributed DL (DDL)':
    no mention of DDL is a coined name, nor is 'SAM5' (the metric at 5) for a metric SAM."""
    return [c for c in cands if not (c.rule.startswith("catalog:") and text[c.start:c.end] in redefined)
            and not (c.rule == "shape:coined" and text[c.start:c.end].rstrip("0123456789") in generic)]
