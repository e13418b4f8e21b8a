"""Terms a paper defines, and which of them belong to its contribution (kg_contributions).

An acronym the proposing sentence defines in capitals is part of the contribution ('featuring novel Strip
Self-Attention (SSA)'); one of plain lower-case words, or a plural one, is a term of the field, no name
('a domain-specific language (DSL)', 'Vector-Matrix Multiplications (VMMs)').
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extraction.mentions import Mention
from kg.extraction.shapes import DESCRIPTIVE, PLAIN_NOUN, SMALL_WORDS

if TYPE_CHECKING:
    from kg.extraction.contribution_cues import ContributionLexicon
    from kg.extraction.contributions import _Paper

# the word after a mention, past its bracketed acronym or the closing bracket it stands in ('(FHE) framework')
NOUN_AFTER = re.compile(r"(?:\s+\([\w\-]{1,15}\))?\)?\s+([a-z]+)\b")
PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
# nouns for parts of a chip: 'matrix multiply-accumulate (MMA) units' stays a term
HARDWARE_PART = re.compile(r"(?:unit|core|instruction)s?")
# a term the proposing sentence only works in, through or with: 'in a simpler Bird's Eye View (BEV) ...', 'via Binary
# ...', 'which uses Singular Value Decomposition (SVD)'
USED_IN = re.compile(r"\b(?:in|on|via|using|uses|use|with|through|into|from|by|leverag(?:es|ing)|employ(?:s|ing)|"
                     r"utiliz(?:es|ing)|exploit(?:s|ing)|adopt(?:s|ing)|appl(?:ies|ying))\s+(?:(?:a|an|the)\s+)?"
                     r"(?:[\w\-]+\s+){0,2}$")


def defined_terms(paper: _Paper, sentences: list[tuple[int, int]], cue_starts: list[int]) -> None:
    """A capitalised term the proposing sentence defines is part of the contribution:
    'S2AFormer, an architecture featuring novel Strip Self-Attention (SSA)'; a plain one with a
    capital ('Gaussian-type orbitals (GTOs)') is not, nor one it only works in, unless marked new ('in a
    simpler Bird's Eye View (BEV) 2D representation')."""
    for a, b in sentences:
        if not any(a <= c < b for c in cue_starts):
            continue
        for m in list(paper.mentions):
            if a <= m.start < b and m.rule == "rule:acronym-definition" and " " in m.text \
                    and all(w[:1].isupper() for w in m.text.split() if w not in SMALL_WORDS) \
                    and (paper.lex.marked_new.search(paper.text, max(a, m.start - 40), m.start)
                         or not USED_IN.search(paper.text, max(a, m.start - 40), m.start)):
                paper.claim(m, paper.text[m.end:m.end + 80])


def plain_terms(paper: _Paper) -> None:
    """'a succinct domain-specific language (DSL)', 'least-significant digit (LSD)': an acronym of plain
    lower-case words, or a plural one ('Vector-Matrix Multiplications (VMMs)'), is a term, not a name,
    unless the paper proposes it ('We design ... Hybrid Perception Blocks (HPBs)') or a noun makes it one
    ('the neuroevolution potential (NEP) framework')."""
    plain = {m.name for m in paper.mentions if m.rule == "rule:acronym-definition" and m.text != m.name
             and (m.text == m.text.lower() or PLURAL_ACRONYM.fullmatch(m.name))}
    named = {m.name for m in paper.mentions if m.name in plain and named_after_bracket(paper.lex, paper.text, m)}
    drop = plain - named - set(paper.proposes)
    if drop:
        paper.mentions = [m for m in paper.mentions if m.name not in drop]


def named_after_bracket(lex: ContributionLexicon, text: str, m: Mention) -> bool:
    """Is the mention (or its bracket) followed by a system or model noun: '(NEP) framework', 'DSL compiler'?
    ('matrix multiply-accumulate (MMA) units' are parts of a chip: a term)"""
    noun = NOUN_AFTER.match(text, m.end)
    if noun is not None and noun.group(1).endswith("s") and lex.system_noun.fullmatch(noun.group(1)[:-1]):
        return False    # 'trigger and data acquisition (DAQ) systems': a kind of system, not one
    return noun is not None and (lex.system_noun.fullmatch(noun.group(1)) is not None
                                 or (lex.modifier.match(" " + noun.group(1)) is not None
                                     and HARDWARE_PART.fullmatch(noun.group(1)) is None))


def plain_definition(o: Mention, name: str, before: int) -> bool:
    """Was ``name`` defined before ``before`` as an acronym of a plain phrase ('distributed DL (DDL)')? Such
    a term, met again before a noun ('a data-driven DDL cluster simulation platform'), names no contribution."""
    return o.name == name and o.end <= before and o.rule == "rule:acronym-definition" and _plain_words(o.text)


def _plain_words(long_form: str) -> bool:
    """'distributed DL', 'domain-specific language': plain lower-case words, and acronyms ('Proxy approximated
    meta-node Contrastive' is a name)."""
    words = [w for w in long_form.split() if w not in SMALL_WORDS]
    return any(w.islower() for w in words) and all(w.islower() or w.isupper() for w in words)


def plain_phrase(text: str) -> bool:
    """'delayed-aggregation', 'adaptive-sparsity', 'feature-blocking': lower-case words shaped like English
    adjectives and nouns, no software name ('vllm-mlx', 'ndzip-gpu')."""
    parts = text.split("-")
    return len(parts) > 1 and text.islower() and all(
        p.isalpha() and (DESCRIPTIVE.match(p.capitalize()) or PLAIN_NOUN.fullmatch(p)) for p in parts)
