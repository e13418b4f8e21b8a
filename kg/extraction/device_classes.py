"""Vendor- and ISA-qualified device classes: 'NVIDIA and AMD GPUs' -> NVIDIA GPU, AMD GPU.

ANNOTATION.md: a class qualified by a vendor or instruction set is a specific family, named
'<Vendor> <class>'; the words come from ``stop_names.json`` (class_qualifiers, device_classes).
"""
from __future__ import annotations

import re

from kg.extraction.candidates import Candidate
from kg.extraction.catalog import alternation

QUAL_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*|\s+")
# 'AMD CPUs and GPUs', 'Intel CPUs/GPUs': the qualifier reaches the class word joined right after
JOINED_CLASS = r"\s*(?:/|&|\s+and\s+)\s*(?P<cls>{})(?![\w\-])"


def _qualified_class_pattern(qualifiers: dict[str, str], classes: dict[str, str]) -> re.Pattern[str] | None:
    """Qualifiers (coordinated or stacked) right before a class word: 'NVIDIA and AMD GPUs'."""
    if not qualifiers or not classes:
        return None
    q, c = alternation(qualifiers, r"\ "), alternation(classes, r"\ ")
    sep = r"(?:\s*(?:,|/|&)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s+)"
    cores = r"(?:\s+(?:\d{1,3}|dual|quad|hexa|octa|multi|many)-core)?"       # 'AMD dual-core CPU'
    return re.compile(rf"(?<![\w\-])(?P<quals>(?:{q})(?:{sep}(?:{q}))*)(?:-based)?{cores}\s+(?P<cls>{c})(?![\w\-])")


class QualifiedClasses:
    """Finds qualified classes in text, one candidate per qualifier."""

    def __init__(self, qualifiers: dict[str, str], classes: dict[str, str]) -> None:
        self.qualifiers, self.classes = qualifiers, classes
        self.pattern = _qualified_class_pattern(qualifiers, classes)
        alt = alternation(classes, r"\ ")
        self.joined = re.compile(JOINED_CLASS.format(alt)) if classes else None
        vendors = alternation(qualifiers, r"\ ")
        # 'GPUs from Nvidia and AMD', 'CPUs (Intel and ARM)': the vendors after the class word
        more = rf"(?:\s*,\s*(?:and\s+)?(?:{vendors})|\s+and\s+(?:{vendors}))"
        self.from_vendors = re.compile(rf"(?<![\w\-])(?P<cls>{alt})(?:\s+(?:from|by)\s+(?P<quals>(?:{vendors}){more}+)"
                                       rf"(?![\w\-'’])|\s*\(\s*(?P<bracketed>(?:{vendors}){more}*)\s*\))") \
            if classes and qualifiers else None

    def find(self, text: str) -> list[Candidate]:
        """'Huawei Ascend NPUs' -> Ascend NPU: a qualifier right before the last one is absorbed."""
        if self.pattern is None or not any(map(text.__contains__, self.qualifiers)):
            return []       # (both patterns need a qualifier: most abstracts name none, and the scans cost)
        out = []
        for m in self.pattern.finditer(text):
            cls = self.classes[m.group("cls")]
            quals = [q for q in QUAL_SPLIT.split(m.group("quals")) if q]
            last = quals[-1]
            start = m.start()
            for q in quals:
                at = text.index(q, start)
                end = m.end() if q is last else at + len(q)
                if q is not last and QUAL_SPLIT.fullmatch(text[end:text.index(last, end)] or " ") is None:
                    start = end
                    continue
                out.append(Candidate(at, end, "hardware", f"{self.qualifiers[q]} {cls}", "shape:qualified-class",
                                     "shape", True))
                start = end
            out += self._joined(text, m.end(), quals, cls)
        return out + self._from_vendors(text)

    def _from_vendors(self, text: str) -> list[Candidate]:
        """'GPUs from Nvidia and AMD', 'CPUs (Intel and ARM)' -> NVIDIA GPU (spanning the class word), AMD GPU:
        one per vendor."""
        out = []
        for m in self.from_vendors.finditer(text) if self.from_vendors else ():
            group = "quals" if m.group("quals") else "bracketed"
            cls, at = self.classes[m.group("cls")], m.start(group)
            named = [q for q in re.finditer(r"[\w\-]+", m.group(group)) if q.group(0) in self.qualifiers]
            out += [Candidate(m.start() if i == 0 else at + q.start(), at + q.end(), "hardware",
                              f"{self.qualifiers[q.group(0)]} {cls}", "shape:qualified-class", "shape", True)
                    for i, q in enumerate(named)]
        return out

    def _joined(self, text: str, end: int, quals: list[str], cls: str) -> list[Candidate]:
        """One qualifier on a second class word joined to the first ('AMD CPUs and GPUs'); after two
        ('NVIDIA and AMD GPUs and CPUs') the second word's vendor is unsaid."""
        joined = self.joined.match(text, end) if self.joined and len(quals) == 1 else None
        if joined is None or self.classes[joined.group("cls")] == cls:
            return []
        other = self.classes[joined.group("cls")]
        # ranked above the catalog's bare class word at the same span
        return [Candidate(joined.start("cls"), joined.end("cls"), "hardware", f"{self.qualifiers[quals[0]]} {other}",
                          "shape:qualified-class", "joined", True)]
