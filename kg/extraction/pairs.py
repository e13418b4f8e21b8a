"""Relation candidates: every pair of a paper's entities the schema allows, with its evidence.

The rule component (:mod:`kg.extraction.relations`) proposes one head per clause; a third of
real relations are headed by something else (a second system, a model run on a device, a
baseline). So candidates here are (a) every ordered pair of names in one sentence and
(b) the paper's main contribution and ``@paper`` with every name in the paper. Each pair
collects features that hold for any abstract: the types and roles of its ends, the cue
phrase before the tail, the words between the two names, where the sentence stands, and
what the rules said about it. :mod:`kg.extraction.labeller` scores them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from kg.extraction.mentions import PAPER, Mention, Relation
from kg.graph.schema import ENTITY_LABELS, REL_TYPES

WORDS = re.compile(r"[a-z][a-z\-]*|\d+")
# (also "the paper proposes", "this study", "the proposed method": the work spoken of without a pronoun)
# (read: \b(?:we|our|us|(?:this|the present) (?:paper|work|study|article)|the paper|the proposed)\b, any case;
# written to open with one character class, scanned for in one pass: it runs on every sentence, twice as fast)
WE = re.compile(r"[WwOoUuTt](?<!\w[WwOoUuTt])(?i:(?<=w)e|(?<=o)ur|(?<=u)s|(?<=t)(?:his|he present) (?:paper|work|study|article)|"
                r"(?<=t)he paper|(?<=t)he proposed)\b")
LABEL_OF = {**ENTITY_LABELS, PAPER: "Paper"}

Cue = Callable[[str, set[str]], "tuple[str, str] | None"]


def allowed_relations(head_type: str, tail_type: str) -> list[str]:
    """Relation types the schema allows between these entity types (``@paper`` as the head type 'paper')."""
    h, t = LABEL_OF.get(head_type), LABEL_OF.get(tail_type)
    return [name for name, rel in REL_TYPES.items()
            if name not in ("PROPOSES", "MENTIONS") and (h, t) in rel.pairs]


@dataclass
class PairCandidate:
    head: str
    tail: str
    head_type: str
    tail_type: str
    features: set[str] = field(default_factory=set)
    evidence: tuple[tuple[int, int], tuple[int, int]] | None = None   # (sentence, tail offsets)


class PairFinder:
    """Builds the candidate pairs of one Doc from its mentions, contributions and rule relations."""

    def __init__(self, cue: Cue, all_relations: set[str], clause: re.Pattern[str]) -> None:
        self.cue = cue
        self.all = all_relations
        self.clause = clause          # what ends a clause (the cue table's clause breaks)
        self._allowed: dict[tuple[str, str], list[str]] = {}

    def allowed(self, head_type: str, tail_type: str) -> list[str]:
        key = (head_type, tail_type)
        if key not in self._allowed:
            self._allowed[key] = allowed_relations(*key)
        return self._allowed[key]

    def find(self, text: str, sentences: list[tuple[int, int]], mentions: list[Mention], proposes: list[str],
             rules: list[Relation], title_end: int) -> dict[tuple[str, str], PairCandidate]:
        types = {m.name: m.type for m in mentions}
        types[PAPER] = PAPER
        ruled: dict[tuple[str, str], set[str]] = {}
        for r in rules:
            ruled.setdefault((r.head, r.tail), set()).add(r.type)
        ruled_tails = {t for _, t in ruled}
        main = proposes[0] if proposes else None
        out: dict[tuple[str, str], PairCandidate] = {}
        counts: dict[str, int] = {}
        for m in mentions:
            counts[m.name] = counts.get(m.name, 0) + 1

        def add(head: str, tail: Mention, feats: set[str], sent: tuple[int, int]) -> None:
            if head == tail.name or not self.allowed(types[head], tail.type):
                return
            cand = out.get((head, tail.name))
            if cand is None:
                cand = out[(head, tail.name)] = PairCandidate(head, tail.name, types[head], tail.type)
                cand.evidence = (sent, (tail.start, tail.end))
            cand.features |= feats

        for index, sent in enumerate(sentences):
            inside = [m for m in mentions if sent[0] <= m.start < sent[1]]
            if not inside:
                continue
            place = "title" if sent[0] < title_end else ("first" if index == 1 else
                                                          "last" if index == len(sentences) - 1 else "body")
            voice = "we" if WE.search(text, sent[0], sent[1]) else "nowe"
            named = {m.name for m in inside}
            for b in inside:
                clause = self.clause.split(text[sent[0]:b.start])[-1][-90:]
                found = self.cue(clause, self.all)
                cue = found[0] if found else "none"
                tail_feats = {f"cue={cue}", f"place={place}", f"voice={voice}",
                              f"tail_count={min(counts[b.name], 3)}",
                              f"tail_specific={b.specific}" if b.type == "hardware" else "tail_entity"}
                for head, role in ((main, "main"), (PAPER, "paper")):
                    if head is None:
                        continue
                    here = "here" if head in named else "away"
                    add(head, b, tail_feats | {f"role={role}", f"head_{here}", f"others={_others(inside, b, head)}"},
                        sent)
                for a in inside:
                    if a.name == b.name or a.name == main:
                        continue
                    role = "prop" if a.name in proposes else "mention"
                    add(a.name, b, tail_feats | {f"role={role}"} | self._between(text, a, b, inside), sent)
        for cand in out.values():
            self._finish(cand, ruled, ruled_tails, proposes, title_end)
        return out

    def _between(self, text: str, a: Mention, b: Mention, inside: list[Mention]) -> set[str]:
        """How the two names stand to each other in their sentence."""
        first, second = (a, b) if a.start < b.start else (b, a)
        gap = text[first.end:second.start]
        words = WORDS.findall(gap.lower())
        feats = {"order=" + ("ab" if first is a else "ba"), f"gap={_bucket(len(words))}"}
        if any(first.end <= m.start < second.start for m in inside if m is not a and m is not b):
            feats.add("name_between")
        if len(words) <= 6:
            feats |= {f"btw={w}" for w in words}
        if first is a:
            found = self.cue(gap[-90:], self.all)
            if found:
                feats.add(f"cue_ab={found[0]}")
        return feats

    @staticmethod
    def _finish(cand: PairCandidate, ruled: dict[tuple[str, str], set[str]], ruled_tails: set[str],
                proposes: list[str], title_end: int) -> None:
        """Features that hold per pair: types, what the rules said, conjunctions with the type pair."""
        pair = f"{cand.head_type}>{cand.tail_type}"
        rule = ruled.get((cand.head, cand.tail))
        feats = set(cand.features)
        feats |= {f"rule={r}" for r in rule} if rule else {"rule=none"}
        if not rule and cand.tail in ruled_tails:
            feats.add("rule_other_head")
        if cand.tail in proposes:
            feats.add("tail_proposed")
        if len(proposes) == 0:
            feats.add("no_contribution")
        cand.features = {f"pair={pair}"} | feats | {f"{pair}|{f}" for f in feats
                                                    if f.startswith(("rule=", "cue=", "role=", "btw=", "cue_ab="))}


def _others(inside: list[Mention], tail: Mention, head: str) -> str:
    """Does the sentence name another method or model that could head the relation instead?"""
    return "yes" if any(m.type in ("method", "model") and m.name not in (tail.name, head) for m in inside) else "no"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"
