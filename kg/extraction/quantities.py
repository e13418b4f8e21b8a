"""Reading quantities in a sentence: number, unit, range, and whether it is a claim at all.

Multipliers (``12x``, ``x17.7``, ``2.3×``, ``ten times``), percentages and
percentage points, latencies and durations of the work, throughput (tokens/s,
FLOP/s), memory footprints and capacities (``up to 1M tokens``). Not claims:
resolutions, device counts (``8x A100``), settings (``70% sparsity``), percentiles,
and the baseline's own number in ``compared to SOTA accuracy of 89.4%``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from typing import Any

from kg.extraction.catalog import alternation, lists_of_strings, read_json_asset
from kg.extraction.settings import COUNT_NOT, THEORETICAL, THEORETICAL_AFTER, setting
from kg.extraction.text import number_windows, scan_windows

NUM = r"(?:\d{2,3}(?: \d{3})+|\d+(?:,\d{3})*)(?:\.\d+)?"     # 1,800 and 200 000 (SI digit groups)
NUMBER = re.compile(NUM)
SCALE = {"K": 1_000, "k": 1_000, "M": 1_000_000, "B": 1_000_000_000}
PREFIX_X = re.compile(rf"(?<![\w.])[x×](?P<value>{NUM})\b")
RATE_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
NOT_RATE_NOUNS = {"token", "tokens", "tok", "flop", "flops", "gb", "mb", "tb", "pb", "kb", "gib", "tib", "pib", "gbps", "mbps",
                  "frame"}
# word-numbers the guide reads as numbers: an order of magnitude = 10x (half of one is no 10x), doubled = 2x,
# by half = 50%
# ('2-3 orders of magnitude', 'three to four orders of magnitude': a range, its low end kept)
MAGNITUDE = re.compile(r"(?<!half )\b(?:(?P<low>one|two|three|four|five|[1-9])\s*(?:-|–|to)\s*)?"
                       r"(?P<count>an|one|two|three|four|five|six|[1-9])\s+orders?[\s-]+of[\s-]+magnitude\b", re.I)
# verbs only: 'double buffering' and 'doubling the batch size' are no results, nor 'to double-precision'
MULTIPLY = re.compile(r"\b(?P<verb>doubl|tripl|quadrupl)(?:es|ed)\b|\b(?P<half>halv(?:es|ed)|by half)\b|"
                      r"\b(?:would|will|can|could|may|to)\s+(?P<base>doubl|tripl|quadrupl)e\b(?![\-–])|"
                      r"\b(?P<twice>twice)\s+(?:the|as)\b", re.I)     # 'would triple TOPS', 'twice the throughput'
# 'even when the number of GPUs is doubled': a count the setting changes, no result
COUNT_CHANGED = re.compile(r"\b(?:number|count)\s+of\s+(?:[\w\-]+\s+){1,3}(?:is|are|was|were|gets?|being)\s+$", re.I)
CAPACITY = re.compile(
    rf"\b(?:up to|over|at least|more than|processing|process|supports?|handles?)\s+(?:\w+\s+){{0,3}}?"
    rf"(?P<value>{NUM})(?:(?P<scale>[KMB])|\s+(?P<words>thousand|million|billion))?\s*(?P<unit>tokens|frames)\b")
# 'up to 400K' (tokens), not 'up to 2.6K additional GPUs' (a count of other things)
CAPACITY_BARE = re.compile(rf"\b(?:up to|at least)\s+(?P<value>{NUM})(?P<scale>[KMB])\b(?!\s*(?:parameters|params))"
                           r"(?!\s+(?:[a-z\-]+\s+)?(?!tokens\b|lengths\b)[A-Za-z]+s\b)")
MEMORY = re.compile(
    rf"\b(?:using|uses|requires?|requiring|consum\w*|needs?|with only|only|footprint of|fits? in|within|overhead)\s*\(?"
    rf"(?:only\s+|approximately\s+|about\s+|just\s+|~)?(?:(?P<low>{NUM})\s*-\s*)?(?P<value>{NUM})\s*(?P<unit>GB|MB|G)\b")
# a data rate the work achieves ('a compression throughput of 10.82 GB/s', 'sustains 1.2 TB/s'); a bandwidth
# ('a bandwidth of 3.2 GB/s', '3.35 TB/s of HBM3') is a spec, no result
BANDWIDTH = re.compile(
    rf"\bthroughput\s+of\s+(?:up\s+to\s+|about\s+|over\s+|~)?(?P<value>{NUM})\s*(?P<unit>[MGT]B/s)\b|"
    rf"\b(?:achiev|reach|deliver|sustain|attain)\w*\s+(?:up\s+to\s+|an?\s+(?:average|peak)\s+(?:of\s+)?|over\s+)?"
    rf"(?P<value2>{NUM})\s*(?P<unit2>[MGT]B/s)\b")
# '2.3 points higher', '1.5 absolute points'; not '6.4 million grid points' (things counted)
POINTS = re.compile(rf"(?<![\w.])\+?(?P<value>{NUM})\s+(?!(?:\w+\s+)?(?:thousand|million|billion|grid|data|mesh|sample|"
                    rf"query|design|reference|control|check|lattice|collocation|quadrature|floating|fixed)\b)"
                    rf"(?:\w+\s+){{0,2}}?points?\b(?!\s+(?:of|to)\s+(?:the\s+)?\w+\s+data)")
RESOLUTION = re.compile(r"\b(\d{3,5}|\d{1,2}K)\s*(?:×|x|times)\s*(\d{3,5}|\d{1,2}K)\b")    # 2048x2048, 4K times 4K


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str
    low: float | None = None
    rule: str = ""


def _check(data: Any) -> Iterator[tuple[str, str]]:
    if not isinstance(data, dict) or not isinstance(data.get("units"), list):
        yield "", "expected an object with a 'units' list of [unit, pattern] pairs"
        return
    for pair in data["units"]:
        if not (isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair)):
            yield json.dumps(pair, ensure_ascii=False)[:20], f"{pair!r} is not a [unit, pattern] pair"
            return
        try:
            re.compile(pair[1])
        except re.error as exc:
            yield json.dumps(pair[1], ensure_ascii=False)[1:20], f"unit '{pair[0]}': bad pattern: {exc}"
    yield from lists_of_strings(data, ("share_verbs", "problem_verbs", "problem_nouns", "requirement_nouns",
                                       "trend_verbs", "condition_words", "concession_words")
                                + tuple(k for k in ("score_change_nouns", "score_change_verbs") if k in data))
    for key in ("word_numbers", "duration_units", "score_metrics"):
        if not isinstance(data.get(key), dict):
            yield "", f"missing object '{key}'"


def _flops_unit(surface: str) -> str:
    """The unit as the paper writes it: 'PFLOPS' stays PFLOPS, 'petaFLOP/s' and 'PFLOP/s' are petaFLOP/s;
    per device and per watt: 'TFLOPS/GPU', 'GFLOPS/W' ('52.23 gigaflops per watt')."""
    s = surface.strip()
    if "OP" in s.upper() and "FLOP" not in s.upper():
        # integer operations in one spelling: '13,568 GigaOps/second', '219.4 GOPs/s/W' (GOPS/W), '79.4 GOPS/mm2'
        return f"{s[0].upper()}OPS" + ("/W" if s.endswith(("/W", "watt")) else "/mm2" if "/mm" in s else "")
    prefix = {"e": "exa", "p": "peta", "t": "tera", "g": "giga"}[s[0].lower()]
    if s.endswith("/GPU") or s == "TF":
        return f"{prefix[0].upper()}FLOPS/GPU"
    if s.endswith(("/W", "watt")):
        return f"{prefix[0].upper()}FLOPS/W"
    if re.fullmatch(r"[EPTG]FLOPS", s):
        return s
    return f"{prefix}FLOP/s"


SPEEDUP_WORD = re.compile(r"\bspeed-?ups?\b", re.I)


class QuantityReader:
    """Numbers with their units in a text, and whether each is a claim (``pipelines/units.json``)."""

    def __init__(self, name: str = "units.json") -> None:
        data = read_json_asset(name, _check)
        self.units: list[tuple[str, str]] = [(u, p) for u, p in data["units"]]
        self.word_numbers: dict[str, float] = data["word_numbers"]
        self.duration_units: dict[str, str] = data["duration_units"]
        alt = lambda key: alternation(data[key], r"\ ")  # noqa: E731
        # what is said right before or after a number that makes it background, not a finding
        self.share = re.compile(rf"\b(?:{alt('share_verbs')})\s+(?:up to\s+|about\s+|roughly\s+|over\s+|nearly\s+|almost\s+|"
                                r"approximately\s+|around\s+|more than\s+)?$", re.I)
        self.problem = re.compile(rf"\b(?:{alt('problem_verbs')})\s+(?:an?\s+)?(?:[~≈<>]\s*)?$", re.I)
        self.problem_after = re.compile(rf"\s*(?:[a-z]+\s+)?(?:{alt('problem_nouns')})\b", re.I)
        # 'existing methods suffer from significant runtime overhead (20-90%)': the problem in brackets
        self.problem_bracket = re.compile(rf"\b(?:{alt('problem_verbs')})\s+(?:[\w\-]+\s+){{0,3}}?(?:{alt('problem_nouns')})"
                                          r"\s*\(\s*(?:up\s+to\s+|about\s+|~)?$", re.I)
        # 'In the case of low and medium failure rates (5-10%)': the bracket gives the condition's value
        self.condition = re.compile(rf"\b(?:{alt('condition_words')})\s+(?:[\w\-]+\s+){{1,5}}\($", re.I)
        # 'despite an order-of-magnitude difference in active parameters': what a finding holds in spite of
        self.concession = re.compile(rf"\b(?:{alt('concession_words')})\s+(?:[\w'’]+\s+){{0,3}}$", re.I)
        # 'the largest models have grown over 1000x', 'GPU memory has only grown by 5x': the field, not the work
        self.trend = re.compile(rf"\b(?:{alt('trend_verbs')})\s+(?:(?:by|over|to|more than|about|roughly|nearly|"
                                rf"almost|approximately)\s+)*$", re.I)
        # '(under 15 ms) latency constraints', not '30.1% higher SLO satisfaction' (a rate of meeting them)
        self.requirement_after = re.compile(rf"\s*(?:[A-Za-z\-]+\s+)?(?:{alt('requirement_nouns')})\b"
                                            rf"(?!\s+(?:attainment|satisfaction|compliance))")
        wnum = alternation(self.word_numbers, r"\ ")
        body = (rf"(?:(?P<low>{NUM})\s*(?:[%×xX]\s*)?(?:-\s*to|-|–|to|~)\s*)?(?P<value>{NUM})(?P<scale>[kKM](?=\s))?\+?"
                rf"(?P<unit>{'|'.join(f'(?P<u{i}>{p})' for i, (_, p) in enumerate(self.units))})")
        # '3.1x/2.4x on A100/H100': a number after another's unit and a slash is a claim too
        self.claim = re.compile(rf"(?:(?<![\w.,/-])|(?<=\d[x×%]/)){body}")
        # '{$162$/$275$} PFLOPS' (162/275 PFLOPS), 'by 5.9 and 12.2 percentage points': two numbers sharing the
        # unit after the second ('between 5 and 10 ms' is one range)
        # ('~25, ~8, and ~2 tokens/s': each may be approximate)
        self.pair = re.compile(rf"(?<![\w.,/-])(?<!between\s)(?P<first>~?{NUM}(?:\s*,\s*~?\s*{NUM})*)"
                               rf"(?:\s*/\s*|,?\s+and\s+)~?\s*(?={NUM})")
        self.paired = re.compile(body)
        self._score_patterns(data["score_metrics"], data.get("score_change_nouns", []), data.get("score_change_verbs", []))
        self._ratio_patterns(wnum)
        self._duration_patterns(wnum)
        # a rate of anything per second: 1.05 million images/second, 29.4 GKey/s, 2.9 million environment steps/second
        self.rate = re.compile(
            rf"(?<![\w.,/-])(?P<value>{NUM}|{wnum})(?P<suffix>[kKM](?=\s))?\+?\s*(?P<scale>thousand|million|billion|trillion)?\s*"
            rf"(?:[a-z]+\s+)?(?P<noun>[A-Za-z][A-Za-z\-]*)\s*(?:/\s*(?:s|sec|second)\b|\s+per\s+second\b)", re.I)

    def _ratio_patterns(self, wnum: str) -> None:
        """Ratios written without their unit: 'by a factor of 4', 'the speedup we achieve is 67.4', '1.29-8.72
        speedup', 'outperforms Foo by up to 8.20', 'three times faster'."""
        # 'by a factor of 4', 'a factor of ten faster', 'a speedup of about 650 over a CPU core', 'a speed-up ratio of
        # up to 3.2' (a ratio without its unit; a second may follow: 'of up to 53.4 and 10.9', 'of 2-6 on X and 3-16 on Y')
        self.factor_of = re.compile(rf"\b(?:a\s+factor|speed-?ups?(?:\s+ratios?)?)\s+of\s+"
                                    rf"(?:~|about\s+|approximately\s+|nearly\s+|almost\s+|"
                                    rf"up\s+to\s+)?(?:(?P<low>{NUM})\s*(?:to|-|–)\s*)?(?P<value>{NUM}|{wnum})"
                                    r"(?![\w.]|\.\d|\s*(?:[%×]|x\b|times\b|-?fold\b|orders?\b))"
                                    rf"(?:(?:\s+on\s+(?:the\s+)?[\w\-.]+)?,?\s+and\s+(?:(?P<low2>{NUM})\s*(?:to|-|–)\s*)?"
                                    rf"(?P<second>{NUM})(?![\w.]|\.\d|\s*(?:[%×]|x\b|times\b)))?", re.I)
        # ratios after 'speedup ... is' or '... reaches': 'the speedup we achieve is 67.4', '... can reach greater than 80'
        bare = rf"(?:{NUM})(?![\w.]|\.\d|\s*(?:[%×]|x\b|times\b|-?fold\b|orders?\b))"
        self.speedup_is = re.compile(rf"\bspeed-?ups?\s+(?:(?:[a-z]+\s+){{0,3}}?(?:is|are|was|were)|[^.;%×]{{0,150}}?"
                                     rf"\breach(?:es|ed)?)\s+(?:about\s+|approximately\s+|~\s*|(?:greater|more|higher)\s+than\s+)?"
                                     rf"(?P<value>{bare})(?:,?\s+and\s+(?P<second>{bare}))?", re.I)
        # 'achieves 1.29-8.72 speedup', 'up to 11.51 performance speedup': a ratio before the noun, no unit (one
        # describing word between, not a count's plural noun: 'on 16 nodes speedup')
        # (read back from each 'speedup': a pattern opening with a look-behind is tried at every character)
        self.bare_speedup = re.compile(rf"(?<![\w.,/-])(?:(?P<low>{NUM})\s*(?:-|–|to)\s*)?(?P<value>{bare})"
                                       r"\s+(?:[a-z][\w\-]*[^s\W]\s+)?$", re.I)
        # 'outperforms caching methods by up to 8.20 and offloading techniques by 1.35': ratios after 'by'
        self.outranks = re.compile(r"\b(?:outperform|surpass)\w*\b(?:[^.;]|\.(?=\d))*", re.I)
        self.by_bare = re.compile(rf"\bby\s+(?:up\s+to\s+|about\s+|~\s*)?(?P<value>{bare})(?!\s*(?:points?|pp|percent)\b)",
                                  re.I)
        # 'it outperforms four V100 GPUs by two and a half times': a multiple in words after 'by'
        self.by_words = re.compile(rf"\bby\s+(?:around\s+|about\s+|roughly\s+|nearly\s+)?(?P<value>{wnum})\s+times\b", re.I)
        self.word_x = re.compile(rf"\b(?P<value>{wnum})\s+times(?=\s+(?:more|less|fewer|faster|slower|higher|lower|better|"
                                 rf"smaller|larger)\b)", re.I)     # (the comparative says the metric, as after '3x')

    def _duration_patterns(self, wnum: str) -> None:
        """'trains in 67 hours', 'reduces training time from 11 days to 67 hours', 'from one week to 15 minutes'."""
        units = alternation(self.duration_units, r"\ ")
        self.duration = re.compile(
            rf"\b(?:in|within|under|takes?|took|completes?|completed in|less than|approx\.?|approximately|about|"
            rf"just|only|(?<!ranging )(?<!ranges )(?<!range )from\s+(?:[\w.,]+\s+){{0,2}}?[A-Za-z]+\s+(?:down\s+)?to|"
            rf"(?:reduc|cut|shorten|decreas|bring|brought)\w*\s+(?:[\w\-]+\s+){{0,4}}?(?:down\s+)?to)\s+"
            rf"(?:\w+\s+){{0,2}}?(?P<value>{NUM}|{wnum})\s*(?P<unit>{units})\b", re.I)
        # what every duration ends with, a number and its unit: a digit one is scanned for in one pass (a leading
        # class), a word-number one in the lower-cased text (a case-blind scan is twice as slow); the slow
        # duration pattern runs only where either is found
        self.duration_ends = (re.compile(rf"\d\s*(?i:{units})\b"), re.compile(rf"\b(?:{wnum})\s*(?:{units})\b"))

    def _score_patterns(self, score_units: dict[str, str], changes: list[str], verbs: list[str]) -> None:
        """Scores written with their metric's name after or before the value ('73.3 AP50', 'FID 3.907'), and
        their changes ('perplexity increases of no more than 0.05', 'a decrease of 0.22 in FID', 'a 0.05
        decline in CLIP Score', 'improves FID by 2.42'); a number ends before a sentence's full stop."""
        self.score_units = score_units
        scores = alternation(self.score_units, r"\ ")
        ends = r"(?![\w%]|\.(?=\S)|\s*(?:%|[x×]|times\b|points?\b|pp\b))"
        bound = r"(?:only\s+|just\s+|about\s+|up\s+to\s+|no\s+more\s+than\s+|less\s+than\s+|at\s+most\s+)?"
        change, verb = alternation(changes), alternation(verbs)
        self.score_changes = [
            re.compile(rf"(?<![\w-])(?P<metric>{scores})(?:\s+scores?)?\s+(?:{change})\s+of\s+{bound}(?P<value>{NUM}){ends}"),
            re.compile(rf"\b(?:{change})\s+of\s+{bound}(?P<value>{NUM})\s+(?:in\s+(?:the\s+)?|[A-Z][\w.\-]*\s+)?"
                       rf"(?P<metric>{scores})(?![\w-])"),      # '..., a loss of only 2.84 WikiText2 ppl'
            re.compile(rf"(?<![\w.,/-])(?P<value>{NUM})\s+(?:{change})\s+in\s+(?:the\s+)?(?P<metric>{scores})(?![\w-])"),
            re.compile(rf"\b(?:{verb})\s+(?:the\s+)?(?P<metric>{scores})(?:\s+scores?)?\s+by\s+{bound}(?P<value>{NUM}){ends}")]
        # '73.3 AP50', '0.7 better perplexity', '10.8 compared to SOTA perplexity of 15.8' (the first number);
        # 'a perplexity of 3.02', 'BLEU score of 28.4'
        self.score_after = re.compile(rf"(?<![\w.,/-])(?P<value>{NUM})\s+(?:(?:better|lower|higher)\s+|"
                                      rf"(?:compared (?:to|with)|vs\.?|versus)\s+(?:the\s+)?(?:SOTA\s+|"
                                      rf"state-of-the-art\s+|previous\s+|prior\s+|best\s+|baseline\s+)?)?"
                                      rf"(?P<metric>{scores})(?![\w-])")
        self.score_before = re.compile(rf"(?<![\w-])(?P<metric>{scores})(?:\s+scores?)?\s+(?:of|=|:)\s+"
                                       rf"(?:only\s+|just\s+)?(?P<value>{NUM})(?![\w%]|\.(?=\S)|\s*%)")
        # 'with LPIPS 0.217 and SSIM 0.727', 'FID 3.907': a plain score's acronym right before its value
        plain = alternation([w for w in self.score_units if not self.score_units[w] and not w.islower()], r"\ ")
        self.score_plain = re.compile(rf"(?<![\w-])(?P<metric>{plain})\s+(?P<value>{NUM})(?![\w%]|\.(?=\S)|\s*(?:%|[x×]|dB))")

    def number(self, text: str) -> float:
        word = self.word_numbers.get(text.lower())
        value = float(word if word is not None else text.replace(",", "").replace(" ", ""))
        return int(value) if value.is_integer() else value

    def _shared_unit(self, text: str, windows: list[tuple[int, int]]) -> Iterator[Quantity]:
        """'162/275 PFLOPS', 'by 5.9 and 12.2 percentage points', 'by 12, 15, and 20%': the numbers before one
        that carries a unit share it."""
        for pair in scan_windows(self.pair, text, windows):
            second = self.paired.match(text, pair.end())
            if second is None or second.group("low") is not None:
                continue
            q = self._claimed(second)
            for first in NUMBER.finditer(text, pair.start(), pair.end("first")):
                yield Quantity(first.start(), first.end(), self.number(first.group()), q.unit, None, q.rule)
            yield q

    def candidates(self, text: str, windows: list[tuple[int, int]]) -> Iterator[Quantity]:
        """Every quantity-shaped stretch, before the claim filters, in pattern order."""
        lowered = text.lower()
        for m in scan_windows(self.claim, text, windows):
            yield self._claimed(m)
        if "/" in text or " and " in text:
            yield from self._shared_unit(text, windows)
        if "second" in lowered or "/s" in lowered:
            for m in self.rate.finditer(text):
                noun = m.group("noun")
                if noun.lower() in NOT_RATE_NOUNS or noun.lower().startswith(("peta", "tera", "giga")):
                    continue
                value = round(self.number(m.group("value")) * RATE_SCALE.get((m.group("scale") or "").lower(), 1)
                              * SCALE.get(m.group("suffix") or "", 1), 6)      # '160K frames per second'
                value = int(value) if float(value).is_integer() else value
                yield Quantity(m.start("value"), m.end(), value, f"{noun}/s", None, "result:rate")
        yield from self._word_multipliers(text, lowered)
        for m in scan_windows(PREFIX_X, text, windows):
            if m.group(0).lower() in ("x86", "x64"):
                continue                     # the instruction set: 'on x86 CPUs'
            yield Quantity(m.start("value"), m.end(), self.number(m.group("value")), "x", None, "result:x-prefix")
        if any(w in lowered for w in ("hour", "hr", " h ", "minute", "min", "day")) \
                and (self.duration_ends[0].search(text) or self.duration_ends[1].search(lowered)):
            for m in self.duration.finditer(text):
                unit = self.duration_units.get(m.group("unit").lower(), m.group("unit").lower())
                yield Quantity(m.start("value"), m.end(), self.number(m.group("value")), unit, None, "result:duration")
        for pattern, needs in ((CAPACITY, ("tokens", "frames")), (CAPACITY_BARE, ("up to", "at least"))):
            for m in scan_windows(pattern, text, windows) if any(map(text.__contains__, needs)) else ():
                words = m.group("words") if "words" in pattern.groupindex else None     # 'up to 4 million tokens'
                value = self.number(m.group("value")) * (RATE_SCALE[words.lower()] if words else
                                                         SCALE.get(m.group("scale") or "", 1))
                value = int(value) if float(value).is_integer() else value
                unit = m.group("unit") if "unit" in pattern.groupindex else "tokens"
                yield Quantity(m.start("value"), m.end(), value, unit, None, "result:capacity")
        for m in scan_windows(MEMORY, text, windows):
            low_text = m.group("low")
            yield Quantity(m.start("low") if low_text else m.start("value"), m.end("unit"), self.number(m.group("value")),
                           "MB" if m.group("unit") == "MB" else "GB", self.number(low_text) if low_text else None,
                           "result:memory")
        if "B/s" in text:
            for m in scan_windows(BANDWIDTH, text, windows):
                at = "value" if m.group("value") else "value2"
                yield Quantity(m.start(at), m.end(), self.number(m.group(at)), m.group("unit") or m.group("unit2"),
                               None, "result:bandwidth")
        scored = any(map(text.__contains__, self.score_units))      # (each pattern needs a score's name)
        for pattern in (self.score_after, self.score_before, self.score_plain, *self.score_changes) if scored else ():
            for m in scan_windows(pattern, text, windows):
                yield Quantity(m.start("value"), m.end("value"), self.number(m.group("value")),
                               self.score_units[m.group("metric")], None, "result:score")
        for m in scan_windows(POINTS, text, windows) if "point" in text else ():
            yield Quantity(m.start("value"), m.end(), self.number(m.group("value")), "pp", None, "result:points")

    def _word_multipliers(self, text: str, lowered: str) -> Iterator[Quantity]:
        """Multipliers written in words: 'an order of magnitude', 'doubles', 'by half', 'ten times
        more', 'by a factor of 3'."""
        if "magnitude" in lowered:
            for m in MAGNITUDE.finditer(text):
                low = 10 ** self._orders(m.group("low")) if m.group("low") else None
                yield Quantity(m.start(), m.end(), 10 ** self._orders(m.group("count")), "x", low, "result:x-magnitude")
        if any(w in lowered for w in ("doubl", "tripl", "quadrupl", "halv", "by half", "twice")):
            for m in MULTIPLY.finditer(text):
                if COUNT_CHANGED.search(text, max(0, m.start() - 50), m.start()):
                    continue
                if m.group("half"):
                    yield Quantity(m.start(), m.end(), 50, "%", None, "result:half")
                else:
                    verb = m.group("verb") or m.group("base") or "doubl"     # twice: 2x
                    factor = {"doubl": 2, "tripl": 3, "quadrupl": 4}[verb.lower()]
                    yield Quantity(m.start(), m.end(), factor, "x", None, "result:x-verb")
        for m in chain(self.word_x.finditer(text) if " times " in lowered else (),
                       self.by_words.finditer(text) if " times" in lowered else (),
                       self.factor_of.finditer(text) if "factor of" in lowered or "up of" in lowered or "ratio of" in lowered
                       or "ups of" in lowered else ()):
            low, second = m.groupdict().get("low"), m.groupdict().get("second")
            end = m.end("value") if second else m.end()
            yield Quantity(m.start("low" if low else "value"), end, self.number(m.group("value")), "x",
                           self.number(low) if low else None, "result:x-words")
            if second:      # 'a speedup of up to 53.4 and 10.9 over A and B'
                low2 = m.groupdict().get("low2")
                yield Quantity(m.start("low2" if low2 else "second"), m.end("second"), self.number(second), "x",
                               self.number(low2) if low2 else None, "result:x-words")
        for clause in self.outranks.finditer(text) if "outperform" in lowered or "surpass" in lowered else ():
            for m in self.by_bare.finditer(text, clause.start(), clause.end()):
                yield Quantity(m.start("value"), m.end("value"), self.number(m.group("value")), "x", None,
                               "result:x-words")
        for word in SPEEDUP_WORD.finditer(text) if "speed" in lowered else ():
            if (bare := self.bare_speedup.search(text, max(0, word.start() - 40), word.start())) is not None:
                low = bare.group("low")
                yield Quantity(bare.start("low" if low else "value"), bare.end("value"), self.number(bare.group("value")),
                               "x", self.number(low) if low else None, "result:x-words")
        for m in self.speedup_is.finditer(text) if "up" in lowered else ():
            for g in ("value", "second"):
                if m.group(g):
                    yield Quantity(m.start(g), m.end(g), self.number(m.group(g)), "x", None, "result:x-words")

    def _orders(self, count: str) -> int:
        """How many orders of magnitude a count says: 'an'/'one' 1, 'three' 3, '2' 2."""
        count = count.lower()
        return 1 if count in ("an", "one") else int(count) if count.isdigit() else int(self.word_numbers[count])

    def _claimed(self, m: re.Match[str]) -> Quantity:
        i = next(i for i in range(len(self.units)) if m.group(f"u{i}") is not None)
        unit = _flops_unit(m.group("unit")) if self.units[i][0] == "FLOPS" else self.units[i][0]
        scale = SCALE.get(m.group("scale") or "", 1)      # '10k tokens/s'
        low = self.number(m.group("low")) * scale if m.group("low") else None
        return Quantity(m.start(), m.end(), self.number(m.group("value")) * scale, unit, low,
                        f"result:{self.units[i][0]}")

    def _background(self, text: str, q: Quantity) -> bool:
        """A share, a problem of existing designs, or a requirement (``units.json`` "_not_claims")."""
        before = text[max(0, q.start - 40):q.start]
        # '12.6x tighter SLO' is a claim; 'grown over 1000x' is not
        return bool(self.share.search(before) and text.startswith(" of", q.end)) or \
            bool(self.problem.search(before) and self.problem_after.match(text, q.end)) or \
            bool(self.problem_bracket.search(text, max(0, q.start - 80), q.start)) or \
            bool(q.unit != "x" and self.requirement_after.match(text, q.end)) or \
            bool(self.trend.search(before)) or bool(THEORETICAL.search(before)) or \
            bool(THEORETICAL_AFTER.match(text, q.end)) or \
            bool(self.condition.search(text, max(0, q.start - 80), q.start)) or \
            bool(self.concession.search(text, max(0, q.start - 40), q.start))

    def read(self, text: str, device_spans: list[tuple[int, int]],
             name_spans: list[tuple[int, int]] | None = None) -> Iterator[Quantity]:
        """Quantities claimed in ``text``; ``device_spans`` are hardware mentions (for '8x A100'), ``name_spans``
        every mention (default: the devices), whose own numbers are no claims ('RTX 4090', 'Llama 2')."""
        windows = number_windows(text)
        taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in scan_windows(RESOLUTION, text, windows)]
        for q in self.candidates(text, windows):
            if any(s < q.end and q.start < e for s, e in taken):
                continue                     # a resolution, or a stretch an earlier pattern read
            if q.unit == "x" and any(0 <= a - q.end <= 2 and not COUNT_NOT.match(text, e) for a, e in device_spans):
                continue                     # 8x A100: a count of devices
            if any(s <= q.start and q.end <= e for s, e in (device_spans if name_spans is None else name_spans)):
                continue                     # 'on RTX 4090 and 1.9x on A6000': a name's number shares no unit
            if setting(text, q.start, q.end, q.unit, device_spans) or self._background(text, q):
                continue
            taken.append((q.start, q.end))
            yield q
