"""Names a contribution takes beyond the one the proposing clause gives: its released variants and the
hyphen-joined spelling the abstract uses later; a title prefix that is no name (kg_contributions)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extraction.mentions import Mention
from kg.extraction.shapes import is_coined, variant_of
from kg.extraction.text import squash

if TYPE_CHECKING:
    from kg.extraction.contributions import _Paper

JOINED_WORD = re.compile(r"\)?\s+([A-Z][\w\-]*)")      # the word right after a name: '(DPV) SLAM', 'VMSE U-Net'
# 'our Hadar scheduler is enhanced to HadarE', 'we further extend our method to Foo+': what the extension is named
EXTENDED_TO = re.compile(r"\b(?:extend(?:s|ed)?|enhanced|upgraded)\s+(?:[\w\-+]+\s+){0,3}?(?:in)?to\s+(?:the\s+)?$", re.I)


def released_variants(paper: _Paper) -> None:
    """Released variants of a contribution are contributions: PP-DocLayout-L, DART-GUI-7B; YOLOv4-tiny of
    Scaled-YOLOv4; a size of a released model is a model too."""
    kinds = {m.name: m.type for m in paper.mentions}
    for m in list(paper.mentions):
        base = next((p for p in paper.proposes if variant_of(m.name, p)), None)
        if base is None or m.rule.startswith("catalog:"):
            continue
        if kinds.get(base) == "model" and m.type == "method":
            m.type = "model"
        if m.name not in paper.proposes:
            paper.claim(m, "")


def joined_names(paper: _Paper) -> None:
    """'we introduce Deep Patch Visual (DPV) SLAM' ... 'DPV-SLAM runs at': a proposed name followed by the
    word that the text elsewhere joins to it with a hyphen is that joined name ('the VMSE U-Net' is VMSE-Unet)."""
    for name in list(paper.proposes):
        for joined in paper.proposes:
            if not joined.startswith(name + "-") or name not in paper.proposes:
                continue
            tail = squash(joined[len(name) + 1:])
            words = (JOINED_WORD.match(paper.text, m.end) for m in paper.mentions if m.name == name)
            if any(w is not None and squash(w.group(1)) == tail for w in words):
                paper.proposes.remove(name)
                for m in paper.mentions:
                    if m.name == name:
                        m.name = joined
                break


def spelled_initialisms(paper: _Paper, aliases: dict[tuple[str, str], set[str]]) -> None:
    """'Expert-as-a-Service: Towards ...' and 'We propose EaaS': a proposed name whose initials spell another
    proposed name is that name spelled out, one contribution (the short name, the long one its alias)."""
    for long in list(paper.proposes):
        parts = [p for p in re.split(r"[\s\-]+", long) if p]
        initials = "".join(p[0] for p in parts).lower()
        short = next((p for p in paper.proposes if len(parts) > 2 and p != long and p.lower() == initials), None)
        if short is None or long not in paper.proposes or f"({short})" in paper.text:
            continue          # ('Mixture-of-Channels (MoC)': a definition already joins them, under the long name)
        paper.proposes.remove(long)
        for m in paper.mentions:
            if m.name == long:
                m.name = short
        kind = next((m.type for m in paper.mentions if m.name == short), None)
        if kind is not None:
            aliases.setdefault((kind, short), set()).add(long)


def our_defined(paper: _Paper) -> None:
    """'Our CUDA Learning Environment (CuLE) overcomes ...': with nothing else proposed, a capitalised name the
    paper defines right after 'our' is its contribution."""
    if paper.proposes:
        return
    for m in paper.mentions:
        if m.rule == "rule:acronym-definition" and m.text != m.name and m.text[:1].isupper() \
                and paper.text[max(0, m.start - 4):m.start].lower() == "our ":
            paper.claim(m, paper.text[m.end:m.end + 80])
            return


def device_phrase(mentions: list[Mention], text: str, start: int, end: int) -> bool:
    """'UPMEM Unleashed: Software Secrets for Speed': a known device and plain words are a phrase about
    the device, not a system's name."""
    devices = [m for m in mentions if start <= m.start and m.end <= end and m.type == "hardware"
               and not m.rule.startswith(("shape:", "rule:"))]
    if not devices:
        return False
    rest = "".join(" " if any(d.start <= start + i < d.end for d in devices) else c
                   for i, c in enumerate(text[start:end])).split()
    return bool(rest) and not any(is_coined(w, set()) for w in rest)


def extensions(paper: _Paper) -> None:
    """The name the contribution is extended to is a contribution too ('Further, our Hadar scheduler is
    enhanced to HadarE by ...'; not a known name: 'extends the approach to Llama-2')."""
    for m in list(paper.mentions):
        if not paper.proposes or m.name in paper.proposes or m.rule.startswith("catalog:") or m.type != "method":
            continue
        before = EXTENDED_TO.search(paper.text, max(0, m.start - 60), m.start)
        scope = paper.text[max(0, m.start - 90):m.start]
        if before and (re.search(r"\bour\b", scope, re.I) or any(p in scope for p in paper.proposes)):
            paper.claim(m, "")
