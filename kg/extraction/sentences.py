"""Sentence boundaries for abstracts: the title is its own sentence, then rule-based splits.

spaCy's statistical parser is not available offline, and its rule-based
sentencizer splits after ``e.g.`` and ``et al.``; this one knows those.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import doc_text, register_extensions

# the end mark (or the first of a run of newlines) opens the pattern, the boundary is the 'gap' after the
# mark: a pattern opening with one character class is scanned for in one pass, one opening with a
# look-behind or a choice of branches is tried at every character
BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])(?P<gap>[\"')\]]?\s+)(?=[A-Z0-9(\"'\[])|(?<=\n)\n*)")
NO_SPLIT_BEFORE = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|Sec|approx|resp|No)\.|\b[A-Z]\.)[\"')\]]?\s+$")


def sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in BOUNDARY.finditer(text):
        start = m.start("gap") if m.group("gap") is not None else m.start()
        if NO_SPLIT_BEFORE.search(text[max(0, start - 12):m.end()]):
            continue
        starts.append(m.end())
    return starts


@Language.factory("kg_sentencizer", assigns=["token.is_sent_start", "doc._.kg_sentences"])
def make_sentencizer(nlp: Language, name: str):
    register_extensions()

    def sentencize(doc: Doc) -> Doc:
        text = doc_text(doc)
        starts = set(sentence_starts(text))
        if doc._.kg_title_end:
            starts.add(doc._.kg_title_end)
        spans: list[int] = []
        tokens: list[int] = []
        for start in sorted(starts):
            span = doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
            if span is not None and len(span) and (not tokens or span.start > tokens[-1]):
                tokens.append(span.start)
                spans.append(doc[span.start].idx)
        for i in tokens:
            doc[i].is_sent_start = True
        # sentence character spans, read by the later components (faster than doc.sents)
        doc._.kg_sentences = [(a, b) for a, b in zip(spans, spans[1:] + [len(text)])]
        return doc
    return sentencize
