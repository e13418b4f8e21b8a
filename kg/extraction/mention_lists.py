"""Where a mention stands among its neighbours: the list it belongs to, the devices listed with it.

A cue before a list governs every name in it ('outperforms vLLM, TGI and SGLang'); a noun after a
list qualifies every name in it ('A, B and C backbones'); devices are listed with their head nouns
('a Haswell CPU and an Nvidia K80 GPU').
"""
from __future__ import annotations

import re

from kg.extraction.cued import ASIDE
from kg.extraction.mentions import Mention
from kg.extraction.retype import LIST_SEP

DEVICE_LIST_GAP = re.compile(r"^\s*$|^[^.;:()]*(?:,|\band\b|\bor\b)[^.;:()]*$")   # 'Haswell CPU and an Nvidia K80'


def only_names(text: str, start: int, inside: list[Mention], m: Mention) -> bool:
    """Between ``start`` and ``m`` stand no names, or names in a list that ``m`` ends."""
    between = sorted((o for o in inside if start <= o.start < m.start and o is not m), key=lambda o: o.start)
    return all(LIST_SEP.match(ASIDE.sub("", text[a.end:b.start])) for a, b in zip(between, [*between[1:], m]))


def device_list(text: str, devices: list[Mention], backwards: bool = False) -> list[Mention]:
    """The first device and those listed after it ('a Haswell CPU and an Nvidia K80 GPU'), or, with
    ``backwards`` (devices in reverse order), before it."""
    out = devices[:1]
    for o in devices[1:]:
        gap = text[o.end:out[-1].start] if backwards else text[out[-1].end:o.start]
        if len(gap) > 30 or not DEVICE_LIST_GAP.match(gap):
            break
        out.append(o)
    return out


def list_start(text: str, inside: list[Mention], m: Mention) -> Mention:
    """The first name of the list ``m`` ends ('A (3x faster), B and C': A): a cue before the list
    governs every name in it, however long the list."""
    first = m
    for o in sorted((o for o in inside if o.end <= m.start), key=lambda o: o.start, reverse=True):
        if not LIST_SEP.match(ASIDE.sub("", text[o.end:first.start])):
            break
        first = o
    return first


def list_end(text: str, inside: list[Mention], m: Mention) -> Mention:
    """The last name of the list ``m`` stands in ('A, B and C backbones': C)."""
    last = m
    for o in sorted((o for o in inside if o.start >= m.end), key=lambda o: o.start):
        if not LIST_SEP.match(text[last.end:o.start]):
            break
        last = o
    return last
