"""Which device a result was measured on (kg_results): the sentence's platform, never a comparison's reference.

'Zorq reaches 1,800 tokens/s, 10x faster than a DGX H100' was not measured on the DGX H100; '1.9x faster
than vLLM on 4 A100 GPUs' was measured where both ran; 'the MI300X achieves 1.3x' on the device the clause
is about.
"""
from __future__ import annotations

import re
from dataclasses import replace

from kg.extraction.heads import BASELINE_PLATFORM
from kg.extraction.mention_lists import device_list
from kg.extraction.mentions import Mention, Relation, Result
from kg.extraction.metrics import MetricVocabulary

# 'on the A100', 'on 4 A100 GPUs', 'with 4 A100 GPUs' (a count: 'compared with CPU' names the reference)
ON_BEFORE = re.compile(r"\b(?:on\s+(?:the\s+|an?\s+|one\s+|a\s+single\s+|\d{1,5}\s*[x×]?\s*)?|with\s+\d{1,5}\s*[x×]?\s*)$")
# 'with respect to the original version running on an AMD CPU': the device the reference is said to run on
# ('... running on a single CPU core', 'executed on 16 CPU cores': a count or one describing word may stand between)
REFERENCE_RAN_ON = re.compile(r"\b(?:running|run|executed|executing|based)\s+on\s+(?:the\s+|an?\s+)?"
                              r"(?:single\s+|\d[\d,]*\s+|[a-z][\w\-]*\s+)?$")
# 'uses 200x less energy than on an NVIDIA Jetson Orin Nano': the comparison word takes the device's run itself
THAN_ON = re.compile(r"[\w.\-]+(?:\s+(?:to|with))?\s+on\s")

# a device class as the platform: 'on a single GPU', 'on a single 24 GB consumer GPU', 'per NPU', 'over 2,048
# GPUs', 'on a single 8-GPU node'
PLATFORM_BEFORE = re.compile(r"\b(?:on|per|using|across|over|with)\s+(?:an?\s+|the\s+|one\s+|single\s+|multiple\s+|"
                             r"\d[\d,]*\s+|[\w\-]+\s+){0,4}(?:\d+-)?$", re.I)

# a device as the subject of the clause a number stands in: 'H100 has 20% lower', 'the MI300X achieves 1.3x'
# ('boards like ZCU102 show that ...' reports, so a bare 'show' is none)
DEVICE_SUBJECT = re.compile(r"s?\s+(?:GPUs?\s+)?(?:has|have|had|is|was|are|were|shows|showed|(?:achiev|deliver|reach|"
                            r"offer|provid|attain|yield|get|sustain)(?:e?s|e?d|e)?)\b[^,;:]*")


def platforms(text: str, inside: list[Mention], vocab: MetricVocabulary) -> list[Mention]:
    """The sentence's devices that are not a comparison target ('1,800 tokens/s, 10x faster than a DGX
    H100' was not measured on the DGX H100), nor listed after one ('over A3 accelerator, MNNFast
    accelerator, TITAN Xp GPU')."""
    devices = [m for m in inside if m.type == "hardware"]
    targets: set[int] = set()
    for m in devices:
        if id(m) not in targets and _compared(text, inside, m, vocab):
            targets.update(id(o) for o in device_list(text, devices[devices.index(m):]))
    return [m for m in devices if id(m) not in targets]


def _compared(text: str, inside: list[Mention], m: Mention, vocab: MetricVocabulary) -> bool:
    """Does a comparison word reach the device ``m``? Not when 'on' puts it as the platform both sides
    ran on and no named or unnamed baseline stands between ('relative to the state-of-the-art on the
    Intel CPU', '1.9x faster than FP32 on the RTX 4090', 'than vLLM on 4 A100 GPUs'; but 'than DuckDB on a
    64-core EPYC', 'than a GPU implementation on a V100' when the sentence names the work's own device too)."""
    hit = vocab.compared_before.search(text, max(0, m.start - 90), m.start)
    if hit is None:
        return False
    if THAN_ON.match(text, hit.start()) is not None or not ON_BEFORE.search(text, hit.start(), m.start) \
            or REFERENCE_RAN_ON.search(text, hit.start(), m.start):
        return True
    if not any(o.type == "hardware" and o.name != m.name for o in inside):
        return False      # the sentence's only device: where both ran ('than vLLM on Llama-2-13B on 4 A100 GPUs')
    # ('evaluate radix sort on Knights Ferry, ... 2.2X over the best sort performance on the Core i7': the
    # clause ran on its own device first, so the one after the comparison is the baseline's)
    return vocab.baseline_noun.search(text, hit.start(), m.start) is not None \
        or any(o.type != "hardware" and hit.start() <= o.start < m.start for o in inside) \
        or any(o.type == "hardware" and o.name != m.name and o.end <= hit.start() and ";" not in text[o.end:hit.start()]
               and PLATFORM_BEFORE.search(text, max(0, o.start - 30), o.start) for o in inside)


def measured_on(text: str, devices: list[Mention]) -> str | None:
    """Where the sentence's numbers were measured: its first specific device, else a device class that
    stands as a platform ('in under 12 hours on a single GPU', 'per NPU', 'on a laptop'; not 'GPU
    memory', 'GPU kernels')."""
    return next((m.name for m in devices if m.specific),
                next((m.name for m in devices if PLATFORM_BEFORE.search(text, max(0, m.start - 30), m.start)), None))


def off_references(results: list[Result], relations: list[Relation]) -> list[Result]:
    """A result is measured on a device its subject runs on, never on a comparison's reference: not on one the
    relations gave only to a baseline ('a serving engine for AMD MI300X ... matches the performance of TensorRT-LLM
    on an H100'), nor, when the subject runs on named devices, on another ('Zorq runs at 120 FPS on the Alveo U280.
    The same network takes 14.5 ms per frame on a Xeon CPU.')."""
    referenced = {r.tail for r in relations if r.type == "RUNS_ON" and r.rule == BASELINE_PLATFORM}
    runs: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "RUNS_ON" and r.rule != BASELINE_PLATFORM:
            runs.setdefault(r.head, set()).add(r.tail)

    def measured(r: Result) -> bool:
        own = runs.get(r.subject)
        return r.hardware in own if own else r.hardware not in referenced
    return [r if r.hardware is None or measured(r) else replace(r, hardware=None) for r in results]


def subject_device(text: str, devices: list[Mention], start: int) -> str | None:
    """'..., while H100 has 20% lower time-to-first-token': the device the number's clause is about."""
    return next((m.name for m in reversed(devices) if start - 80 <= m.end <= start
                 and DEVICE_SUBJECT.fullmatch(text, m.end, start)), None)
