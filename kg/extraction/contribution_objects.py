"""What a proposing verb takes as its object (kg_contributions): the first named mention of its clause
that is not a term, a qualifier of a noun or an existing thing, or a name in brackets after it."""
from __future__ import annotations

import re

from kg.extraction.contribution_cues import ContributionLexicon
from kg.extraction.contribution_terms import NOUN_AFTER, plain_definition
from kg.extraction.cued import CUED_RULE
from kg.extraction.mentions import Mention
from kg.extraction.shapes import occurrences

# what stands between a propose verb and a name that is not the thing proposed: a preposition, or a verb of
# use ('we propose a filtering algorithm employing both the Bi-BWT search'), a relative clause ('we present a
# paradigm that converts SpGEMM into ...')
BLOCKING_PREPOSITION = re.compile(r"\b(?:on|for|with|within|inside|atop|to|than|of|from|in|into|onto|over|against|across|that|"
                                  r"which|employing|using|"
                                  r"leveraging|utilizing|utilising|exploiting|combining|adopting|integrating)\b")
SPACE = re.compile(r"\s+")
LOWER_WORD = re.compile(r"\s+[a-z]")      # a lower-case word right after a name: it qualifies a noun
# a clause or phrase after the proposed thing: an acronym in brackets after it names something else
# ('a transformation that accelerates sparse matrix multiplication (SPMM)', 'an architecture with monolithic 3D (M3D) memories')
OTHER_PHRASE = re.compile(r"\b(?:that|which|where|to|with|for|on|in|using|via|by|from)\b")
# the rest of a capitalised long form after a name inside it, up to the bracket of the whole
# ('Edge-based Mixture of Experts (MoE) Collaborative Computing (EMC2), an optimal computing system')
LONG_FORM_REST = re.compile(r"(?:\s*\([\w\-]+\)|\s+(?:[A-Z][\w\-]*|of|and|for))*\s*\(")
BRACKET_APPOSITION = re.compile(r"\)\s*,\s*(?:a|an|the)\s")


def _whole(ordered: list[Mention], m: Mention, text: str) -> Mention:
    """A name inside a long form whose bracketed name an apposition describes gives way to it: in 'presents
    Edge-based Mixture of Experts (MoE) Collaborative Computing (EMC2), an optimal computing system' EMC2 is
    the contribution, not MoE."""
    rest = LONG_FORM_REST.match(text, m.end)
    if rest is None:
        return m
    return next((o for o in ordered if o.start == rest.end() and BRACKET_APPOSITION.match(text, o.end)), m)


def new_device(m: Mention) -> bool:
    """A device no catalog knows: one the paper designs ('We design TransFPGA, an FPGA accelerator') can be
    its contribution; a known product or a vendor's class ('across NVIDIA and AMD GPU hardware') cannot."""
    return m.type == "hardware" and not m.rule.startswith(("catalog:", "shape:qualified-class"))


def proposal_object(lex: ContributionLexicon, mentions: list[Mention], pos: int, text: str) -> Mention | None:
    """The first named mention shortly after a propose verb (skipping 'a novel ...')."""
    window = text[pos:pos + 60]
    stop = re.search(r"[.;:]\s", window)
    limit = pos + (stop.start() if stop else len(window))
    ordered = sorted((m for m in mentions if m.start >= pos), key=lambda m: m.start)
    for m in ordered:
        if m.start < limit and (m.type in ("method", "model", "dataset", "framework") or new_device(m)):
            if BLOCKING_PREPOSITION.search(text[pos:m.start]) and m.start - pos > 0:
                break
            if (lex.modifier.match(text, m.end) and not _kind_noun_after(lex, text, m)) \
                    or _named_after(lex, mentions, text, m) \
                    or lex.existing.search(text, pos, m.start) or lex.term_before.search(text, pos, m.start) \
                    or _said_known(lex, text, m, pos) \
                    or (LOWER_WORD.match(text, m.end) and any(plain_definition(o, m.name, pos) for o in mentions)):
                break         # "a sparse DSP chain", "three widely used FHE schemes", "a new metric, X", "a
                # data-driven DDL cluster simulation platform" (a term defined before): no contribution
            return _whole(ordered, m, text)
    # "we introduce a novel class of ... attack (BEAST)": a name in brackets in the same clause, unless
    # a noun and a name follow it ('a ... fully homomorphic encryption (FHE) framework CAT': that is CAT)
    end = pos + next(re.finditer(r"[.;]\s|$", text[pos:pos + 200])).start()
    return next((m for m in ordered if m.start < end and (m.rule in ("rule:acronym-definition", "shape:coined") or (
                     m.rule == "shape:derived" and m.type in ("method", "framework")))      # '(PAW-FE)'
                 and text[m.start - 1:m.start] == "(" and not OTHER_PHRASE.search(text, pos, m.start)
                 and not lex.term_before.search(text, pos, m.start)
                 and not _named_after(lex, mentions, text, m)), None)


def _said_known(lex: ContributionLexicon, text: str, m: Mention, pos: int) -> bool:
    """'Dynamic Voltage and Frequency Scaling (DVFS) is a well-known technique ... We propose a kernel-level DVFS
    approach': a name the text has already called existing is not what the paper proposes."""
    said = re.compile(rf"\)?\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+)?(?:{lex.existing.pattern})", re.I)   # cached
    return any(said.match(text, at + len(m.name), pos) for at in occurrences(text, m.name) if at < pos)


def _kind_noun_after(lex: ContributionLexicon, text: str, m: Mention) -> bool:
    """'introduces the Vexnix library, which ...': a new capitalised word (no acronym, no catalog name) before
    the system noun saying what it is names the thing ('a sparse DSP chain' is a term)."""
    noun = NOUN_AFTER.match(text, m.end)
    return m.rule in (CUED_RULE, "shape:coined") and not m.name.isupper() and noun is not None \
        and noun.start(1) - m.end <= 1 and lex.system_noun.fullmatch(noun.group(1)) is not None \
        and not noun.group(1).endswith("s")


def _named_after(lex: ContributionLexicon, mentions: list[Mention], text: str, m: Mention) -> bool:
    """'... encryption (FHE) framework CAT': a system noun and then another name right after the bracket."""
    noun = NOUN_AFTER.match(text, m.end)
    if noun is None or lex.system_noun.fullmatch(noun.group(1)) is None:
        return False
    gap = SPACE.match(text, noun.end())
    return gap is not None and any(o.start == gap.end() for o in mentions)


MARKER = r"(?:\((?:\d|[a-z]|[ivx]+)\)\s*)?"
# where the items of a list start: after ';' when the list has them (its items are clauses), else after ',' or 'and'
ITEM_SEMICOLON = re.compile(rf";\s*(?:and\s+)?{MARKER}")
ITEM_COMMA = re.compile(rf",\s*(?:and\s+)?{MARKER}|\s+and\s+{MARKER}")
ITEM_FIRST = re.compile(rf"\s*{MARKER}")
# what ends a listed name: the item's end, a bracket, an apposition or clause
ITEM_NAME_END = re.compile(r"\s*(?:[,;(]|\.(?:\s|$)|$|\s+(?:and|which|that|to|for)\b)")
# a capitalised word a list item opens with, named by the apposition or clause after it
ITEM_WORD = re.compile(r"([A-Z][a-z][\w\-]*)(?=,\s+(?:a|an|which|that)\s)")
SENTENCE_END = re.compile(r"\.(?:\s|$)")


def listed_parts(lex: ContributionLexicon, mentions: list[Mention], pos: int, text: str) -> list[tuple[int, int]]:
    """'we propose two key techniques: Vexnix, which ..., and Torqui, a ...', 'Foo comprises three modules:
    Vexnix, Torqui and Quell': the spans of the new names that open the items of a counted list of parts
    (a mention's, or a capitalised word an apposition names); an item that is a description ('(1) adaptive
    execution scheduling, which ...') names nothing."""
    head = lex.part_list.match(text, pos)
    if head is None:
        return []
    stop = SENTENCE_END.search(text, head.end())
    end = stop.start() if stop else len(text)
    sep = ITEM_SEMICOLON if ";" in text[head.end():end] else ITEM_COMMA
    starts = [m.end() for m in [ITEM_FIRST.match(text, head.end()), *sep.finditer(text, head.end(), end)] if m]
    at = {m.start: m for m in mentions if head.end() <= m.start < end}
    out = []
    for start in starts:
        m = at.get(start)
        if m is not None and m.type in ("method", "model") and not m.rule.startswith("catalog:") \
                and ITEM_NAME_END.match(text, m.end) and not lex.modifier.match(text, m.end):
            out.append((m.start, m.end))
        elif m is None and (word := ITEM_WORD.match(text, start)) is not None:
            out.append(word.span(1))
    return out
