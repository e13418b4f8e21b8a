"""Sentence boundaries for abstracts: the title is its own sentence, then rule-based splits.

spaCy's statistical parser is not available offline, and its rule-based
sentencizer splits after ``e.g.`` and ``et al.``; this one knows those.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import register_extensions

BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\"'\[])|\n+")
NO_SPLIT_BEFORE = re.compile(r"(?:\b(?:e\.g|i\.e|et al|vs|cf|Fig|Eq|Sec|approx|resp|No)\.|\b[A-Z]\.)[\"')\]]?\s+$")


def sentence_starts(text: str) -> list[int]:
    starts = [0]
    for m in BOUNDARY.finditer(text):
        if NO_SPLIT_BEFORE.search(text[max(0, m.start() - 12):m.end()]):
            continue
        starts.append(m.end())
    return starts


@Language.factory("kg_sentencizer", assigns=["token.is_sent_start"])
def make_sentencizer(nlp: Language, name: str):
    register_extensions()

    def sentencize(doc: Doc) -> Doc:
        starts = set(sentence_starts(doc.text))
        if doc._.kg_title_end:
            starts.add(doc._.kg_title_end)
        for tok in doc:
            tok.is_sent_start = tok.i == 0 or tok.idx in starts
        return doc
    return sentencize
