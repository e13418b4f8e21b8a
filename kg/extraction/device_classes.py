"""Vendor- and ISA-qualified device classes: 'NVIDIA and AMD GPUs' -> NVIDIA GPU, AMD GPU.

ANNOTATION.md: a class qualified by a vendor or instruction set is a specific family, named
'<Vendor> <class>'; the words come from ``stop_names.json`` (class_qualifiers, device_classes).
"""
from __future__ import annotations

import re

from kg.extraction.candidates import Candidate

QUAL_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b|\bor\b)\s*|\s+")


def _qualified_class_pattern(qualifiers: dict[str, str], classes: dict[str, str]) -> re.Pattern[str] | None:
    """Qualifiers (coordinated or stacked) right before a class word: 'NVIDIA and AMD GPUs'."""
    if not qualifiers or not classes:
        return None
    q = "|".join(re.escape(k) for k in sorted(qualifiers, key=len, reverse=True))
    c = "|".join(re.escape(k) for k in sorted(classes, key=len, reverse=True))
    sep = r"(?:\s*(?:,|/|&)\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s+)"
    return re.compile(rf"(?<![\w\-])(?P<quals>(?:{q})(?:{sep}(?:{q}))*)(?:-based)?\s+(?P<cls>{c})(?![\w\-])")


class QualifiedClasses:
    """Finds qualified classes in text, one candidate per qualifier."""

    def __init__(self, qualifiers: dict[str, str], classes: dict[str, str]) -> None:
        self.qualifiers, self.classes = qualifiers, classes
        self.pattern = _qualified_class_pattern(qualifiers, classes)

    def find(self, text: str) -> list[Candidate]:
        """'Huawei Ascend NPUs' -> Ascend NPU: a qualifier right before the last one is absorbed."""
        if self.pattern is None:
            return []
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
        return out
