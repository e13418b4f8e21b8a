"""Numbers that set the scene rather than report a finding: a setting ('70% sparsity', 'at 95% recall'), the
baseline's own number ('compared to SOTA accuracy of 89.4%'), the state before a change ('from 120 ms to 35 ms'),
a share of a machine ('50% of Summit'), a product's model number ('Ryzen 9 5950X') or a hardware's paper figure
('a 2x theoretical speedup'). Fixed English, read by :mod:`kg.extraction.quantities`."""
from __future__ import annotations

import re

MACHINE_SHARE = re.compile(r"\s+of\s+(?:the\s+)?")
SETTING_AFTER = re.compile(r"\s*(?:sparsity|sparse|of (?:the )?(?:weights|parameters|data|tokens|layers)|ile\b|th percentile|"
                           r"pruned|pruning|quantiz|of the time|[- ]bit)", re.I)
# 'faster than HNSW at 95% recall', 'in the 90% to 95% recall range': the quality level a speed was measured at
QUALITY_AFTER = re.compile(r"\s*(?:top-\d\s+)?(?:recall|accuracy|precision)(?:@\d+)?(?P<range>\s+(?:range|regime|levels?)\b)?",
                           re.I)
AT_BEFORE = re.compile(r"\bat\s+(?:an?\s+|the\s+)?$", re.I)
SPEED_NEAR = re.compile(r"\d\s*(?:x|×)(?![\w])|\b(?:faster|slower|speedups?|throughput|latency)\b", re.I)
# 'increases GPU utilization from below 40% to over 90%', 'from 120 ms to 35 ms': the state before the change
_ABOUT = r"(?:below|above|about|over|under|roughly|only|just|nearly|around|less than|more than|~)?"
FROM_BEFORE = re.compile(rf"\bfrom\s+{_ABOUT}\s*$", re.I)
TO_AFTER = re.compile(rf"\s*(?:up\s+)?(?:to|→)\s+{_ABOUT}\s*\d", re.I)
# a model number glued to a capital X after a capitalised word: a CPU product, no speedup
PRODUCT_NUMBER = re.compile(r"\d{4,5}X\b")
COUNT_NOT = re.compile(r"(?:[-/][\w.]+)*\s+speed-?ups?\b", re.I)     # '20x CPU-GPU speedups': a result, no count
PRODUCT_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+(?:\s+\d{1,2})?\s+$")
# 'a 2× theoretical speedup', 'offers a theoretical compute capacity 1.5 times greater': a hardware's paper figure, no
# finding (not '52% of theoretical peak', the share of it a run reached)
THEORETICAL = re.compile(r"\btheoretical(?:ly)?\s+(?:[\w\-]+\s+){0,3}(?:is\s+|are\s+|of\s+)?(?:about\s+|up\s+to\s+|~\s*)?$", re.I)
THEORETICAL_AFTER = re.compile(r"\s+theoretical(?:ly)?\b", re.I)
BASELINE_BEFORE = re.compile(r"(?:compared (?:to|with)|vs\.?|versus|than)\s+(?:the\s+)?(?:SOTA|state-of-the-art|previous|"
                             r"prior|best)\b[^.;,]{0,30}$", re.I)


# '100 Gbps network', 'a lower speed network like 10 Gbps', '25 Gbps Ethernet': a link's speed, the setting a
# finding holds on (not 'sustains 95 Gbps of goodput')
LINK_AFTER = re.compile(r"\s*(?:[A-Za-z\-]+\s+)?(?:networks?|links?|Ethernet|InfiniBand|interconnects?|NICs?|connections?|"
                        r"fabrics?|switch(?:es)?)\b")
LINK_BEFORE = re.compile(r"\b(?:networks?|links?|Ethernet|interconnects?|NICs?|connections?)\s+(?:like|of|with|at)\s+$")
LINK_UNITS = ("Tbps", "Gbps", "Mbps", "Kbps")


def _operating_point(text: str, start: int, end: int) -> bool:
    """'3.4x faster than HNSW at 95% recall', 'throughput in the 90% to 95% recall range': a quality level that
    sets where a speed was read, not a finding ('reaches 99% accuracy' is one)."""
    quality = QUALITY_AFTER.match(text, end)
    if quality is None:
        return False
    if quality.group("range"):
        return True
    sentence = text[text.rfind(". ", 0, start) + 1:text.find(". ", end) % (len(text) + 1)]
    return AT_BEFORE.search(text, max(0, start - 8), start) is not None and SPEED_NEAR.search(sentence) is not None


def setting(text: str, start: int, end: int, unit: str, device_spans: list[tuple[int, int]]) -> bool:
    """Is the number at ``start``-``end`` (in ``unit``) a setting, a baseline's or a product's rather than a finding?"""
    if BASELINE_BEFORE.search(text[max(0, start - 60):start]) or \
            (FROM_BEFORE.search(text, max(0, start - 25), start) and TO_AFTER.match(text, end)):
        return True                  # the baseline's own number, or the state before the change
    if unit in ("%", "x") and SETTING_AFTER.match(text, end):
        return True                  # a setting: 70% sparsity, 95%ile
    if unit == "%" and _operating_point(text, start, end):
        return True                  # 'at 95% recall': the level a speed was measured at
    if unit in LINK_UNITS and (LINK_AFTER.match(text, end) or LINK_BEFORE.search(text, max(0, start - 30), start)):
        return True                  # 'in 100 Gbps network': the link's speed
    share = MACHINE_SHARE.match(text, end) if unit == "%" else None
    if share is not None and any(a == share.end() for a, _ in device_spans):
        return True                  # 'scaling to 50% of Summit': a share of the machine, a setting
    return unit == "x" and PRODUCT_NUMBER.match(text, start) is not None \
        and PRODUCT_BEFORE.search(text, max(0, start - 40), start) is not None     # 'Threadripper 3990X'
