"""Reading quantities in a sentence: number, unit, range, and whether it is a claim at all.

Multipliers (``12x``, ``x17.7``, ``2.3×``, ``ten times``), percentages and
percentage points, latencies and durations of the work, throughput (tokens/s,
FLOP/s), memory footprints and capacities (``up to 1M tokens``). Not claims:
resolutions, device counts (``8x A100``), settings (``70% sparsity``), percentiles,
and the baseline's own number in ``compared to SOTA accuracy of 89.4%``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

NUM = r"(?:\d{2,3}(?: \d{3})+|\d+(?:,\d{3})*)(?:\.\d+)?"     # 1,800 and 200 000 (SI digit groups)
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a hundred": 100, "hundred": 100}
WNUM = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
SCALE = {"K": 1_000, "k": 1_000, "M": 1_000_000, "B": 1_000_000_000}
UNITS = [  # (unit, pattern) - longest first where they share a prefix
    ("tokens/s", r"\s*(?:tokens?/s(?:ec)?|tokens? per second|tok/s)"),
    ("pp", r"\s*(?:percentage points?|pp\b|p\.p\.)|%\s*absolute\b"),
    ("%", r"\s*(?:%|percent\b)"),
    ("x", r"\s*(?:×|times\b|-?fold\b)|[xX](?![\w×])|\*(?=\s+[a-zA-Z])"),
    ("ms/token", r"\s*ms\s*/\s*token\b"),
    ("s/token", r"\s*s\s*/\s*token\b"),
    ("ms", r"\s*(?:ms|milliseconds?)\b"),
    ("s", r"\s*(?:s|sec|seconds?)\b(?!/)"),
    ("FLOPS", r"\s*(?:[Pp]eta|[Tt]era|[Gg]iga|[PTG])(?:FLOP|Flop|flop)[Ss]?(?:/s)?(?:/GPU)?\b|TF(?=\s)"),
    ("GPU-hours", r"\s*GPU[- ]hours?\b"),
    ("FPS", r"\s*(?:FPS|fps)\b"),
    ("Hz", r"\s*Hz\b"),
]
CLAIM = re.compile(
    rf"(?<![\w.,/-])(?:(?P<low>{NUM})\s*(?:[%×xX]\s*)?(?:-|–|to|~)\s*)?(?P<value>{NUM})\+?"
    rf"(?P<unit>{'|'.join(f'(?P<u{i}>{p})' for i, (_, p) in enumerate(UNITS))})")
PREFIX_X = re.compile(rf"(?<![\w.])[x×](?P<value>{NUM})\b")
WORD_X = re.compile(rf"\b(?P<value>{WNUM})\s+times\s+(?:more|less|fewer|faster|higher|lower|better|smaller|larger)\b", re.I)
DURATION = re.compile(
    rf"\b(?:in|within|under|takes?|took|completes?|completed in|less than|approx\.?|approximately|about|just|only)"
    rf"\s+(?:\w+\s+){{0,2}}?(?P<value>{NUM}|{WNUM})\s*(?P<unit>hours?|hrs?|h|minutes?|mins?|days?)\b", re.I)
# a rate of anything per second: 1.05 million images/second, 29.4 GKey/s, 2.9 million environment steps/second
RATE = re.compile(
    rf"(?<![\w.,/-])(?P<value>{NUM}|{WNUM})\+?\s*(?P<scale>thousand|million|billion|trillion)?\s*"
    rf"(?:[a-z]+\s+)?(?P<noun>[A-Za-z][A-Za-z\-]*)\s*(?:/\s*(?:s|sec|second)\b|\s+per\s+second\b)", re.I)
RATE_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NOT_RATE_NOUNS = {"token", "tokens", "tok", "flop", "flops", "gb", "mb", "tb", "kb", "gib", "gbps", "mbps", "frame"}
# word-numbers the guide reads as numbers: an order of magnitude = 10x, doubled = 2x, by half = 50%
MAGNITUDE = re.compile(r"\b(?P<count>an|one|two|three|four|five)\s+orders?[\s-]+of[\s-]+magnitude\b", re.I)
# verbs only: 'double buffering' and 'doubling the batch size' are no results
MULTIPLY = re.compile(r"\b(?P<verb>doubl|tripl|quadrupl)(?:es|ed)\b|\b(?P<half>halv(?:es|ed)|by half)\b", re.I)
CAPACITY = re.compile(
    rf"\b(?:up to|over|at least|more than|processing|process|supports?|handles?)\s+(?:\w+\s+){{0,3}}?"
    rf"(?P<value>{NUM})(?P<scale>[KMB])?\s*(?P<unit>tokens|frames)\b")
CAPACITY_BARE = re.compile(rf"\b(?:up to|at least)\s+(?P<value>{NUM})(?P<scale>[KMB])\b(?!\s*(?:parameters|params))")
MEMORY = re.compile(
    rf"\b(?:using|uses|requires?|requiring|consum\w*|needs?|with only|only|footprint of|fits? in|within|overhead)\s*\(?"
    rf"(?:only\s+|approximately\s+|about\s+|just\s+|~)?(?:(?P<low>{NUM})\s*-\s*)?(?P<value>{NUM})\s*(?P<unit>GB|MB|G)\b")
POINTS = re.compile(rf"(?<![\w.])\+?(?P<value>{NUM})\s+(?:\w+\s+){{0,2}}?points?\b(?!\s+(?:of|to)\s+(?:the\s+)?\w+\s+data)")
RESOLUTION = re.compile(r"\b(\d{3,5})\s*(?:×|x|times)\s*(\d{3,5})\b")
SETTING_AFTER = re.compile(r"\s*(?:sparsity|sparse|of (?:the )?(?:weights|parameters|data|tokens|layers)|ile\b|th percentile|"
                           r"pruned|pruning|quantiz|of the time|[- ]bit)", re.I)
BASELINE_BEFORE = re.compile(r"(?:compared (?:to|with)|vs\.?|versus|than)\s+(?:the\s+)?(?:SOTA|state-of-the-art|previous|"
                             r"prior|best)\b[^.;]{0,30}$", re.I)
DURATION_UNITS = {"h": "h", "hr": "h", "hrs": "h", "hour": "h", "hours": "h", "min": "min", "mins": "min",
                  "minute": "min", "minutes": "min", "day": "days", "days": "days"}


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    low: float | None = None
    rule: str = ""


def number(text: str) -> float:
    word = WORD_NUMBERS.get(text.lower())
    value = float(word if word is not None else text.replace(",", "").replace(" ", ""))
    return int(value) if value.is_integer() else value


def _flops_unit(surface: str) -> str:
    """The unit as the paper writes it: 'PFLOPS' stays PFLOPS, 'petaFLOP/s' and 'PFLOP/s' are petaFLOP/s."""
    s = surface.strip()
    prefix = {"p": "peta", "t": "tera", "g": "giga"}[s[0].lower()]
    if s.endswith("/GPU") or s == "TF":
        return f"{prefix[0].upper()}FLOPS/GPU"
    if re.fullmatch(r"[PTG]FLOPS", s):
        return s
    return f"{prefix}FLOP/s"


DIGITS = re.compile(r"\d")


def _windows(text: str, reach: int = 90) -> list[tuple[int, int]]:
    """Stretches of text around digits: the only places a numeric pattern can match."""
    spans: list[tuple[int, int]] = []
    for m in DIGITS.finditer(text):
        a, b = max(0, m.start() - reach), min(len(text), m.end() + reach)
        if spans and a <= spans[-1][1]:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _scan(pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for a, b in windows:
        yield from pattern.finditer(text, a, b)


def _candidates(text: str, windows: list[tuple[int, int]]) -> Iterator[Quantity]:
    """Every quantity-shaped stretch, before the claim filters, in pattern order."""
    lowered = text.lower()
    for m in _scan(CLAIM, text, windows):
        i = next(i for i in range(len(UNITS)) if m.group(f"u{i}") is not None)
        unit = _flops_unit(m.group("unit")) if UNITS[i][0] == "FLOPS" else UNITS[i][0]
        low = number(m.group("low")) if m.group("low") else None
        yield Quantity(m.start(), m.end(), number(m.group("value")), unit, low, f"result:{UNITS[i][0]}")
    if "second" in lowered or "/s" in lowered:
        for m in RATE.finditer(text):
            noun = m.group("noun")
            if noun.lower() in NOT_RATE_NOUNS or noun.lower().startswith(("peta", "tera", "giga")):
                continue
            value = round(number(m.group("value")) * RATE_SCALE.get((m.group("scale") or "").lower(), 1), 6)
            value = int(value) if float(value).is_integer() else value
            yield Quantity(m.start("value"), m.end(), value, f"{noun}/s", None, "result:rate")
    if "magnitude" in lowered:
        for m in MAGNITUDE.finditer(text):
            count = m.group("count").lower()
            power = 1 if count in ("an", "one") else WORD_NUMBERS[count]
            yield Quantity(m.start(), m.end(), 10 ** power, "x", None, "result:x-magnitude")
    if any(w in lowered for w in ("doubl", "tripl", "quadrupl", "halv", "by half")):
        for m in MULTIPLY.finditer(text):
            if m.group("half"):
                yield Quantity(m.start(), m.end(), 50, "%", None, "result:half")
            else:
                factor = {"doubl": 2, "tripl": 3, "quadrupl": 4}[m.group("verb").lower()]
                yield Quantity(m.start(), m.end(), factor, "x", None, "result:x-verb")
    for m in _scan(PREFIX_X, text, windows):
        yield Quantity(m.start("value"), m.end(), number(m.group("value")), "x", None, "result:x-prefix")
    for m in WORD_X.finditer(text) if " times " in lowered else ():
        yield Quantity(m.start("value"), m.end(), number(m.group("value")), "x", None, "result:x-words")
    if any(w in lowered for w in ("hour", "hr", " h ", "minute", "min", "day")):
        for m in DURATION.finditer(text):
            unit = DURATION_UNITS.get(m.group("unit").lower(), m.group("unit").lower())
            yield Quantity(m.start("value"), m.end(), number(m.group("value")), unit, None, "result:duration")
    for pattern in (CAPACITY, CAPACITY_BARE):
        for m in _scan(pattern, text, windows):
            value = number(m.group("value")) * SCALE.get(m.group("scale") or "", 1)
            unit = m.group("unit") if "unit" in pattern.groupindex else "tokens"
            yield Quantity(m.start("value"), m.end(), value, unit, None, "result:capacity")
    for m in _scan(MEMORY, text, windows):
        low_text = m.group("low")
        yield Quantity(m.start("low") if low_text else m.start("value"), m.end("unit"), number(m.group("value")),
                       "MB" if m.group("unit") == "MB" else "GB", number(low_text) if low_text else None,
                       "result:memory")
    for m in _scan(POINTS, text, windows):
        yield Quantity(m.start("value"), m.end(), number(m.group("value")), "pp", None, "result:points")


def read(text: str, device_spans: list[tuple[int, int]]) -> Iterator[Quantity]:
    """Quantities claimed in ``text``; ``device_spans`` are hardware mentions (for '8x A100')."""
    windows = _windows(text)
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _scan(RESOLUTION, text, windows)]
    for q in _candidates(text, windows):
        if any(s < q.end and q.start < e for s, e in taken):
            continue                     # a resolution, or a stretch an earlier pattern read
        if BASELINE_BEFORE.search(text[max(0, q.start - 60):q.start]):
            continue                     # the baseline's own number
        if q.unit in ("%", "x") and SETTING_AFTER.match(text, q.end):
            continue                     # a setting: 70% sparsity, 95%ile
        if q.unit == "x" and any(0 <= a - q.end <= 2 for a, _ in device_spans):
            continue                     # 8x A100: a count of devices
        taken.append((q.start, q.end))
        yield q
