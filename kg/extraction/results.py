"""Quantitative claims: value, unit, metric, qualifier, subject and context.

Numbers are read with their unit (``12x``, ``2.3×``, ``40%``, ``5-16%``,
``3.1 pp``, ``2ms``, ``1,200 tokens/s``); sizes, counts and resolutions are not
results (ANNOTATION.md) and ``1024x1024`` becomes the qualifier ``at 1024x1024``.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import Mention, Result, doc_text, register_extensions
from kg.extraction.relations import head_for, sentence_spans

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
UNITS = [  # (unit, pattern) - longest first where they share a prefix
    ("tokens/s", r"\s*(?:tokens?/s(?:ec)?|tokens? per second|tok/s)"),
    ("pp", r"\s*(?:percentage points?|pp\b|p\.p\.)"),
    ("%", r"\s*(?:%|percent\b)"),
    ("x", r"\s*(?:×|times\b|-?fold\b)|[xX](?![\w×])"),
    ("ms", r"\s*(?:ms|milliseconds?)\b"),
    ("s", r"\s*(?:s|sec|seconds?)\b(?!/)"),
    ("TFLOPS", r"\s*(?:TFLOPS|TFLOP/s|teraFLOP/s|TFLOPs)\b"),
    ("PFLOPS", r"\s*(?:PFLOPS|PFLOP/s|petaFLOP/s)\b"),
]
CLAIM = re.compile(
    rf"(?<![\w.,/-])(?:(?P<low>{NUM})\s*(?:[%×xX]\s*)?(?:-|–|to|~)\s*)?(?P<value>{NUM})"
    rf"(?P<unit>{'|'.join(f'(?P<u{i}>{p})' for i, (_, p) in enumerate(UNITS))})")
RESOLUTION = re.compile(r"\b(\d{3,5})\s*(?:×|x|times)\s*(\d{3,5})\b")
UP_TO = re.compile(r"\b(?:up to|as much as|as high as|a maximum of|maximum of|at most|reaching)\s*$", re.I)
AVERAGE = re.compile(r"\b(?:on average|average|avg\.?|mean)\b", re.I)
OVER = re.compile(r"^[^.;]{0,60}?\b(over|compared (?:to|with)|than|relative to|versus|vs\.?)\s+"
                  r"((?:the\s+)?[\w\-.]+(?:\s+[\w\-.]+){0,5}?)(?=\s*(?:[,;.)]|\bon\b|\bat\b|\bwhile\b|\bwith\b|\band\b|$))", re.I)
COMPARATIVE = r"(?:higher|lower|faster|better|more|less|greater|fewer|smaller|larger|improved|reduced)"
METRIC_AFTER = re.compile(rf"^\s*(?:{COMPARATIVE}\s+|(?:improvement|increase|reduction|gain|boost|decrease)s?\s+(?:in|of)\s+)?"
                          r"((?:end-to-end\s+|inference\s+|training\s+|decoding\s+|attention\s+|prefill\s+)?"
                          r"[a-zA-Z][\w\-]*(?:\s+(?:speedup|throughput|latency|reduction|usage|efficiency|utilization|cost|accuracy))?)", re.I)
METRIC_BEFORE = re.compile(r"([a-zA-Z][\w\-]*(?:\s+[a-zA-Z][\w\-]*)?)\s+(?:of|by|to|at|is|reaches|achieves)\s*"
                           r"(?:up to\s*|about\s*|around\s*|approximately\s*|nearly\s*|over\s*|only\s*)?$", re.I)
SPEED_WORDS = {"faster", "speedup", "speedups", "speed-up", "speed", "acceleration", "quicker"}
STOP_METRIC = {"the", "a", "an", "and", "or", "of", "in", "on", "with", "while", "than", "compared", "over",
               "when", "for", "to", "at", "by", "up", "that", "which", "its", "their", "our"}
REDUCE = re.compile(r"\b(reduc\w*|cut\w*|lower\w*|decreas\w*|sav\w*|shrink\w*)\b", re.I)


def _num(text: str) -> float:
    value = float(text.replace(",", ""))
    return int(value) if value.is_integer() else value


def metric_of(sentence: str, start: int, end: int, unit: str) -> str:
    after = sentence[end:end + 60]
    before = sentence[max(0, start - 60):start]
    m = METRIC_AFTER.match(after)
    word = m.group(1).lower() if m else ""
    if word in SPEED_WORDS or (unit == "x" and after.lstrip().lower().startswith(("faster", "speed"))):
        b = METRIC_BEFORE.search(before)
        pre = b.group(1).lower() if b else ""
        return f"{pre} speedup".strip() if pre.endswith("attention") else "speedup"
    if word and word.split()[0] not in STOP_METRIC and not word[0].isdigit():
        reduce = REDUCE.search(after[:m.end()] if m else "")
        return word + (" reduction" if reduce and "reduction" not in word else "")
    b = METRIC_BEFORE.search(before)
    if b and b.group(1).split()[-1].lower() not in STOP_METRIC:
        metric = b.group(1).lower()
        if metric.split()[0] in STOP_METRIC:
            metric = metric.split(None, 1)[-1]
        if REDUCE.search(before[-40:]) and "reduction" not in metric:
            metric += " reduction"
        return metric
    return "speedup" if unit == "x" else ""


class ResultExtractor:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        mentions: list[Mention] = doc._.kg_mentions or []
        proposes: list[str] = doc._.kg_proposes or []
        results: list[Result] = []
        for sent in sentence_spans(doc):
            s_text = text[sent[0]:sent[1]]
            resolutions = [(m.start(), m.end(), f"{m.group(1)}x{m.group(2)}") for m in RESOLUTION.finditer(s_text)]
            inside = [m for m in mentions if sent[0] <= m.start < sent[1]]
            hardware = next((m.name for m in inside if m.type == "hardware" and m.specific), None)
            dataset = next((m.name for m in inside if m.type == "dataset"), None)
            subject = head_for(sent, inside, proposes)
            for m in CLAIM.finditer(s_text):
                if any(a <= m.start() < b for a, b, _ in resolutions):
                    continue
                unit = next(UNITS[i][0] for i in range(len(UNITS)) if m.group(f"u{i}") is not None)
                if unit == "x" and self._count_of_devices(s_text, m.end(), inside, sent[0]):
                    continue
                quals = []
                if UP_TO.search(s_text[max(0, m.start() - 20):m.start()]):
                    quals.append("up to")
                if AVERAGE.search(s_text[max(0, m.start() - 25):m.end() + 15]):
                    quals.append("average")
                over = OVER.match(s_text[m.end():])
                if over:
                    quals.append(f"over {over.group(2).rstrip('.')}")
                at = next((r for a, b, r in resolutions if a >= m.end() and a - m.end() < 40), None)
                if at:
                    quals.append(f"at {at}")
                results.append(Result(
                    subject=subject, metric=metric_of(s_text, m.start(), m.end(), unit),
                    value=_num(m.group("value")), unit=unit, start=sent[0] + m.start(), end=sent[0] + m.end(),
                    sentence=sent, rule=f"result:{unit}", qualifier=", ".join(quals) or None,
                    low=_num(m.group("low")) if m.group("low") else None,
                    hardware=hardware, dataset=dataset))
        doc._.kg_results = results
        return doc

    @staticmethod
    def _count_of_devices(s_text: str, end: int, inside: list[Mention], offset: int) -> bool:
        """'8x A100' counts devices; it is not a speedup."""
        nxt = next((m for m in inside if m.start - offset >= end), None)
        return nxt is not None and nxt.type == "hardware" and (nxt.start - offset) - end <= 2


@Language.factory("kg_results", requires=["doc._.kg_mentions", "doc._.kg_proposes", "token.is_sent_start"],
                  assigns=["doc._.kg_results"])
def make_result_extractor(nlp: Language, name: str) -> ResultExtractor:
    return ResultExtractor()
