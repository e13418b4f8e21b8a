"""Which strong comparison word governs a name, when a name is the setting of a comparison, and when a
device is the reference of one ('4.65x compared to CPU', '8.8x speedup over GPU').

'outperforms vLLM, TGI and SGLang' compares with all three; '1.5x faster than Xyz on GRPO' compares
with Xyz on GRPO. ``cue`` is the relation component's cue table (:class:`kg.extraction.relation_cues.CueTable`):
its ``strong`` comparison words and its ``setting_word`` / ``setting_before`` patterns.
"""
from __future__ import annotations

import re
from typing import Any

from kg.extraction.cued import ASIDE
from kg.extraction.mention_lists import device_list, list_start, only_names
from kg.extraction.mentions import Mention

# a device named in brackets after its class: 'a same-technology GPU (GTX 1080)' (the bracket is an ASIDE)
OPENS_BRACKET = re.compile(r"\s*\(\s*")
# where a device phrase ends: '8.8x speedup over GPU,'
# ('a speedup of about 650 over a contemporary CPU core': one core of the device)
PHRASE_END = re.compile(r"s?(?:\s+cores?)?\s*(?:[,.;)]|and\b|or\b|on\b|across\b|$)")    # '... over the CPU on MNIST'
# a new claim with its own number and no reference: ', and up to 2.4x speedup ' (then a setting word)
NEW_CLAIM = re.compile(r"[,;]\s+(?:and\s+)?(?:[a-z]+\s+){0,3}\d(?:[\d.,]*\d)?\s*(?:×|x|%|times)\s+(?:[a-z][\w\-]*\s+){0,2}$")
# between compared names and the library they come from: '... in the vendor-tuned cuSPARSE library'
HOME_OF = re.compile(r"\s+(?:in|of|from)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}")


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


# a phrase that opens after a comparison's cue or its names: what follows it is no reference ('compares execution
# times using PAPI', '... on a 3-layer GraphSAGE network'); so is a description in brackets ('(a distributed
# extension to PyG)'); a whole bracket between names is an aside ('DGL (up to 3.02x faster on average) and NeuGraph')
PHRASE_OPEN = re.compile(r"\b(?:on|using|at|under|via|by|for)\s|\(\s*(?:an?|the)\s", re.I)


def opens_phrase(text: str, start: int, inside: list[Mention], m: Mention) -> bool:
    """Whether a phrase opens between ``start`` (a comparison cue's end), the names after it and ``m``."""
    between = sorted((o for o in inside if start <= o.start and o.end <= m.start), key=lambda o: o.start)
    ends, starts = [start] + [o.end for o in between], [o.start for o in between] + [m.start]
    return any(PHRASE_OPEN.search(ASIDE.sub("", text[a:b])) for a, b in zip(ends, starts))


def governing_comparison(cue: Any, text: str, window: str, inside: list[Mention], m: Mention,
                         models: bool = False) -> str | None:
    """The strong comparison word that governs ``m``: only a list of names may stand between them
    ('outperforms vLLM, TGI and SGLang'), not a name in another role ('outperforms X with Y'); a model
    the comparison was made on is no reference ('acceleration over prior methods on Flux.1-dev',
    'less than 1% loss for LLaMA'; 'outperforms the best open 13B model (Llama 2)' is one)."""
    found = strong_cue(cue, window, m)
    if found is None or (models and cue.setting_word.search(text, found[1], m.start)):
        return None
    if only_names(text, found[1], inside, m):
        return found[0]
    # 'outperforms CSRMV and HYBMV in the vendor-tuned cuSPARSE library': the library the compared names come from
    home = [o for o in inside if found[1] <= o.start and o.end <= m.start]
    return found[0] if m.type == "framework" and home and HOME_OF.fullmatch(text, home[-1].end, m.start) \
        and only_names(text, found[1], inside, home[-1]) else None


def past_definition(text: str, m: Mention) -> int:
    """Where the words after ``m`` start: past the closing bracket of an acronym it defines ('In-memory
    computing (IMC) accelerators'), not of a name in brackets ('GPU (LCA) approaches' names LCA)."""
    return m.end + 1 if m.rule == "rule:acronym-definition" and text.startswith(")", m.end) else m.end


def adjacent_comparison(cues: Any, text: str, inside: list[Mention], m: Mention) -> bool:
    """A device right after a comparison word is the baseline the work is measured against
    ('4.65x compared to CPU'; 'over' only before a list of devices: 'speedup over A3 accelerator,
    TITAN Xp GPU, Xeon CPU', or after a ratio the device ends: '8.8x speedup over GPU', not 'over the GPU
    backend of qsim'), unless it only qualifies the baseline
    ('than CPU-based FastLLM') or two devices are weighed against each other ('the GPUs vs the CPUs')."""
    opened = next((o for o in inside if o.type == "hardware" and OPENS_BRACKET.fullmatch(text, o.end, m.start)), None)
    if opened is not None:       # 'compared to a same-technology GPU (GTX 1080)': the product names the class's device
        return adjacent_comparison(cues, text, inside, opened)
    first = list_start(text, inside, m)      # 'comparing with GPU and CPU'
    bracket = ASIDE.match(text, m.end)
    ends = PHRASE_END.match(text, bracket.end() if bracket else m.end) is not None
    cue = cues.adjacent_comparison.search(text, max(0, first.start - 40), first.start) or (
        cues.adjacent_described.search(text, max(0, first.start - 40), first.start)
        or cues.fronted_against.search(text, max(0, first.start - 50), first.start) if ends else None)
    if cue is None:
        devices = [o for o in inside if o.type == "hardware"]
        at = devices.index(m)
        before, after = device_list(text, devices[at::-1], backwards=True), device_list(text, devices[at:])
        if len(before) + len(after) > 2:
            cue = cues.before_device_list.search(text, max(0, before[-1].start - 20), before[-1].start)
    if cue is None and ends:
        cue = cues.ratio_over.search(text, max(0, first.start - 60), first.start)
    if cue is None or text.startswith("-based", m.end):
        return False
    return not any(o.type == "hardware" and 0 <= cue.start() - o.end <= 2 for o in inside)
