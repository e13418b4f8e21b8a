"""Which strong comparison word governs a name, and when a name is the setting of a comparison.

'outperforms vLLM, TGI and SGLang' compares with all three; '1.5x faster than Xyz on GRPO' compares
with Xyz on GRPO. ``cue`` is the relation component's cue table (:class:`kg.extraction.relations.CueTable`):
its ``strong`` comparison words and its ``setting_word`` / ``setting_before`` patterns.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extraction.mention_lists import only_names
from kg.extraction.mentions import Mention

# a new claim with its own number and no reference: ', and up to 2.4x speedup ' (then a setting word)
NEW_CLAIM = re.compile(r"[,;]\s+(?:and\s+)?(?:[a-z]+\s+){0,3}\d(?:[\d.,]*\d)?\s*(?:×|x|%|times)\s+(?:[a-z][\w\-]*\s+){0,2}$")


def strong_cue(cue: Any, window: str, m: Mention) -> tuple[str, int] | None:
    """The last strong comparison word before ``m`` in its window, and where it ends in the text."""
    strong = list(cue.strong.finditer(window)) if cue.strong is not None else []
    return (strong[-1].group(0).lower(), m.start - len(window) + strong[-1].end()) if strong else None


def workload(cue: Any, text: str, window: str, inside: list[Mention], m: Mention) -> bool:
    """'1.5x faster than Xyz on GRPO': a setting word right after the comparison's own reference puts
    the next name in what both ran ('over MoEs trained with the Tutel library' names the reference), and so
    does one after a new claim of its own ('over RCCL in DeepSpeed ZeRO-3 training, and up to 2.4x speedup
    in DDP training'); names side by side are one phrase ('in DeepSpeed ZeRO-3')."""
    cue_end = (strong_cue(cue, window, m) or ("", m.start))[1]
    lead = _phrase_start(text, inside, m)
    refs = [o.end for o in inside if cue_end <= o.start and o.end <= lead]
    setting = cue.setting_before.search(text, cue_end, lead) if refs else None
    if setting is None or only_names(text, cue_end, inside, m):
        return False
    return not text[max(refs):setting.start()].strip() or \
        NEW_CLAIM.search(text, max(refs), setting.start()) is not None


def _phrase_start(text: str, inside: list[Mention], m: Mention) -> int:
    """Where the run of names that ``m`` ends starts, names only a space apart ('DeepSpeed ZeRO-3')."""
    start = m.start
    for o in sorted((o for o in inside if o.end <= m.start), key=lambda o: -o.end):
        if o.end < start and text[o.end:start].isspace():
            start = o.start
        elif o.end < start:
            break
    return start


def governing_comparison(cue: Any, text: str, window: str, inside: list[Mention], m: Mention,
                         models: bool = False) -> str | None:
    """The strong comparison word that governs ``m``: only a list of names may stand between them
    ('outperforms vLLM, TGI and SGLang'), not a name in another role ('outperforms X with Y'); a model
    the comparison was made on is no reference ('acceleration over prior methods on Flux.1-dev',
    'less than 1% loss for LLaMA'; 'outperforms the best open 13B model (Llama 2)' is one)."""
    found = strong_cue(cue, window, m)
    if found is None or (models and cue.setting_word.search(text, found[1], m.start)):
        return None
    return found[0] if only_names(text, found[1], inside, m) else None
