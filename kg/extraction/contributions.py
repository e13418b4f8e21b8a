"""What the paper itself introduces: the title's name prefix and 'we propose X'.

A contribution becomes a mention if no other rule found it, and its type comes
from how the paper describes it ('a benchmark', 'a model', a model-size shape).
A catalog framework the paper is about becomes a method (ANNOTATION.md).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import Mention, doc_text, register_extensions
from kg.extraction.shapes import MODEL_SIZE, is_coined

FUNCTION_WORDS = {"the", "of", "a", "an", "we", "yet", "is", "are", "to", "for", "and", "in", "on", "with",
                  "towards", "toward", "from", "using", "via", "how", "what", "why", "when", "do", "does",
                  "can", "not", "all", "you", "your", "our", "it", "its", "beyond", "at", "by", "as", "be",
                  "being", "into", "over", "under", "through", "let", "make", "making", "one"}
PROPOSE = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work)|[Oo]ur work)\s+(?:(?:first|further|also|then|thus|therefore)\s+)?"
    r"(?:propose|present|introduce|develop|design|build|release|contribute|describe|implement|create|"
    r"open-source|unveil|offer|train)s?d?\s+")
CALLED = re.compile(r"\b(?:called|named|dubbed|termed|coined|namely)\s+")
DATASET_NOUNS = re.compile(r"\b(?:benchmark|dataset|data set|corpus|suite|leaderboard|test ?bed|challenge)s?\b", re.I)
MODEL_NOUNS = re.compile(r"\b(?:model|LLM|MLLM|LMM|VLM|language model|foundation model|network|family)s?\b")
PREPOSITIONS = re.compile(r"\b(?:for|with|via|in|on|of|to|by|through|using|from|towards?|beyond|without)\b", re.I)


def title_name(title: str) -> tuple[str, int] | None:
    """The name before the title's colon, if it is name-shaped ('Punica: ...')."""
    if ":" not in title:
        return None
    prefix = title.split(":", 1)[0].strip()
    tokens = prefix.split()
    if not tokens or any(t.lower() in FUNCTION_WORDS for t in tokens) or not prefix[:1].isalnum():
        return None
    if not all(t[:1].isupper() or t[:1].isdigit() or any(c.isupper() for c in t) for t in tokens):
        return None
    marked = any(is_coined(t, set()) or len(tokens) == 1 for t in tokens)
    if len(tokens) > (5 if marked else 3):
        return None
    return prefix, title.index(prefix)


def described_type(desc: str, default: str = "method") -> str:
    """'a benchmark ...' -> dataset; 'a family of models' -> model (before any preposition)."""
    head = PREPOSITIONS.split(desc, maxsplit=1)[0].strip(" ,.")
    last = head.split()[-1] if head.split() else ""
    if DATASET_NOUNS.fullmatch(last) or re.match(r"(?:a|an|the)\s+(?:\w+\s+){0,3}(?:benchmark|dataset|suite)", head, re.I):
        return "dataset"
    if MODEL_NOUNS.fullmatch(last):
        return "model"
    return default


class ContributionFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, title_end = doc_text(doc), doc._.kg_title_end or 0
        mentions: list[Mention] = list(doc._.kg_mentions or [])
        proposes: list[str] = []

        def mention_at(start: int, end: int) -> Mention | None:
            return next((m for m in mentions if m.start <= start < m.end or start <= m.start < end), None)

        def claim(m: Mention, desc: str) -> None:
            if m.type == "framework":
                m.attrs = {**m.attrs, "alt_types": ["framework"]}
                m.type = "method"
            elif m.type == "method" and not m.rule.startswith("catalog:"):
                m.type = "model" if MODEL_SIZE.fullmatch(m.name) else described_type(desc, m.type)
            if m.type in ("method", "model", "dataset") and m.name not in proposes:
                proposes.append(m.name)
                # every mention of the same name follows the contribution's type
                for other in mentions:
                    if other.name == m.name:
                        other.type = m.type

        found = title_name(text[:title_end])
        if found:
            prefix, start = found
            end = start + len(prefix)
            m = mention_at(start, end)
            if m is None or (m.end - m.start) < len(prefix) and not m.rule.startswith("catalog:"):
                if m is not None:
                    mentions.remove(m)
                m = Mention(start, end, prefix, "method", prefix, "rule:title-prefix")
                mentions.append(m)
            claim(m, text[end + 1:title_end])
        for cue in (PROPOSE, CALLED):
            for cm in cue.finditer(text, title_end):
                m = self._object(mentions, cm.end(), text)
                if m is not None and not m.rule.startswith("catalog:"):
                    claim(m, text[m.end:m.end + 80])
        mentions.sort(key=lambda m: m.start)
        doc._.kg_mentions = mentions
        doc._.kg_proposes = proposes
        return doc

    @staticmethod
    def _object(mentions: list[Mention], pos: int, text: str) -> Mention | None:
        """The first named mention shortly after a propose verb (skipping 'a novel ...')."""
        window = text[pos:pos + 60]
        stop = re.search(r"[.;:]\s", window)
        limit = pos + (stop.start() if stop else len(window))
        for m in mentions:
            if pos <= m.start < limit and m.type in ("method", "model", "dataset", "framework"):
                between = text[pos:m.start]
                if re.search(r"\b(?:on|for|with|to|than|of|from|in|over)\b", between) and m.start - pos > 0:
                    return None
                return m
        return None


@Language.factory("kg_contributions", requires=["doc._.kg_mentions"],
                  assigns=["doc._.kg_proposes", "doc._.kg_mentions"])
def make_contribution_finder(nlp: Language, name: str) -> ContributionFinder:
    return ContributionFinder()
