"""Where a number's claim sits in its sentence: the list of numbers it stands in, the clause around it,
the earlier number whose verb and metric it leaves out.

Text geometry only, no vocabulary: :mod:`kg.extraction.metrics` reads the metric words in what these
return, :mod:`kg.extraction.results` the references and settings.
"""
from __future__ import annotations

import re

# a list of numbers in one unit shares the metric that stands before or after the whole list
# ('2.09x, 2.38x, and 1.67x theoretical FLOP reduction')
# (an item may be a range: '21.4-50.8x, 2.9-21.6x, 4.7x latency reduction')
LISTED_NUMBER = r"\d[\d.,]*(?:\s*(?:×|x)?\s*[-–]\s*\d[\d.,]*)?"
# ('up to 3.5x and on average 1.6x kernel-level latency reduction': an average may follow the maximum)
LIST_NEXT = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:on\s+average\s+)?{LISTED_NUMBER}\s*(?:×|x|%|times\b)(?![\w-])")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
COORDINATION = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# '... better on accuracy and time, respectively', '... improvements in throughput, latency and cost, respectively'
METRIC_LIST = re.compile(r"\s+(?:[a-z\-]+\s+){0,2}?(?:on|in|for)\s+(?:terms\s+of\s+)?(?:the\s+)?"
                         r"(?P<items>[a-z][\w\- ,]*?)\s*,?\s*$")
# where a list of metrics with no 'respectively' ends: a comparison, a setting, the clause's end
LIST_STOP = re.compile(r"\s+(?:compared|over|than|relative|versus|vs|against|when|while|on|at|with|for|across)\b|[,.;:()]")
# ... or before the list: 'improves the power consumption and energy by up to 34% and 28%, respectively'
METRICS_BY = re.compile(r"\b(?:the\s+)?(?P<items>[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?(?:\s*,\s*[a-z][\w\-]*"
                        r"(?:\s+[a-z][\w\-]*)?)*,?\s+and\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?)\s+by\s+"
                        r"(?:up\s+to\s+|about\s+|nearly\s+)?$")
# ... or as the nouns the numbers are of: 'a speed-up and energy reduction of 53.1x and 67.7x, respectively'
# ('a MFU and HFU of 56.3% and 57.0%': the nouns may be acronyms)
_NOUN = r"(?:[a-z][\w\-]*|[A-Z]{2,6})"
METRICS_OF = re.compile(rf"\b(?:an?\s+|the\s+)?(?P<items>{_NOUN}(?:\s+{_NOUN})?(?:\s*,\s*{_NOUN}"
                        rf"(?:\s+{_NOUN})?)*,?\s+and\s+{_NOUN}(?:\s+{_NOUN})?)\s+of\s+"
                        r"(?:up\s+to\s+|about\s+|nearly\s+)?$")
# ... also with a setting after each number: '1.2x on A100, 1.4x on L40S'
LIST_PREV = re.compile(rf"{LISTED_NUMBER}\s*(?:×|x|%|times)(?:\s+(?:on|at|for|with)\s+[\w\-.]+(?:\s+[\w\-.]+)?)?"
                       r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:on\s+average\s+)?$")
ACRONYM_IN_BRACKETS = re.compile(r"\s*\([A-Z][A-Za-z0-9\-]{1,11}\)")
OPENED = re.compile(r"\s*\(\s*((?:up\s+to|about|nearly|approximately|by|~)\s*)?$")
# a second number that leaves out the verb and metric of the first: ', and by 28% for Llama'
# ... or an alternative in brackets right after the first: 'reducing the duration by 50% (or 80%) on AWS'
# (a name may stand for what it leaves out: '1.8x for Llama-2-70B; and Qwen1.5-72B by 2.4x')
ELLIPSIS = re.compile(r"(?:(?:,\s*and|;\s*and|\band|,|;)\s+(?:[A-Z][\w\-.]*\s+)?by\s+(?:up\s+to\s+|about\s+|nearly\s+|over\s+)?|"
                      r"(?<=[\d%x×])\s*\(\s*(?:or|and|vs\.?|versus)\s+)$")
NUMBER_UNIT = re.compile(r"(?<![\w.])\d[\d.,]*\s*(?P<unit>%|x|×)(?![\w])")


def ratio_unit(written: str) -> str:
    """A number's unit as written, with a ratio's spellings ('×', 'times') as 'x'."""
    return {"×": "x", "times": "x"}.get(written, written)


def owned(own_number: re.Pattern[str], before: str, start: int, unit: str) -> bool:
    """Does an earlier number in another unit stand right before the metric word at ``start``?"""
    own = own_number.search(before, max(0, start - 16), start)
    if own is None:
        return False
    theirs = ratio_unit(own.group("unit") or "")
    return theirs.lower() != unit.lower()


def number_list(sentence: str, start: int, end: int) -> tuple[int, int, int, int]:
    """The list of numbers the one at ``start``-``end`` stands in ('2.1x, 1.5x and 3x'): its start and end,
    the number's place in it and the list's length."""
    index, count = 0, 1
    while (prev := LIST_PREV.search(sentence, max(0, start - 30), start)) is not None:
        index, start = index + 1, prev.start()
    while (nxt := LIST_NEXT.match(sentence, end)) is not None:
        count, end = count + 1, nxt.end()
    return start, end, index, count + index


def clause(sentence: str, start: int, end: int) -> tuple[str, str]:
    """Text before and after the number (or the list of numbers it stands in), cut at clause punctuation
    and other numbers' reach."""
    start, end, _, _ = number_list(sentence, start, end)
    # a bracketed acronym does not end the clause: 'reduces the energy-delay product (EDP) by 30%'; nor does
    # the bracket a number stands in: 'energy savings (up to 26.8%)'
    raw = ACRONYM_IN_BRACKETS.sub("", sentence[max(0, start - 70):start])
    opened = OPENED.search(raw)
    if opened:
        raw = raw[:opened.start()] + " " + (opened.group(1) or "")
    before = re.split(r"[;:()]|,\s", raw)[-1]
    after = re.split(r"[;:()]|,\s|\.\s|\band\b|\bwhile\b", sentence[end:end + 50])[0]
    return before, after


# a metric word that leads into a number of its own: 'throughput of 52%', 'carbon footprint (< 1.2 kg', 'energy use (<'
OWN_NUMBER = re.compile(r"(?:\s+[a-z]+)?\s*(?:of|is|was|at|:|=)?\s*\(?\s*[<>~≈]?\s*(?:about\s+|only\s+|just\s+)?\$?\d")


def elided_from(sentence: str, start: int, unit: str) -> re.Match[str] | None:
    """The earlier number in the same unit whose verb and metric a number at ``start`` leaves out
    (', and by 28% for B')."""
    gap = ELLIPSIS.search(sentence, max(0, start - 30), start)
    earlier = list(NUMBER_UNIT.finditer(sentence, 0, gap.start())) if gap else []
    if earlier and earlier[-1].group("unit").replace("×", "x") == unit:
        return earlier[-1]
    return None


def leads_into_number(sentence: str, end: int, word: str) -> bool:
    """Does the metric ``word``, first met after ``end``, lead into a number of its own?"""
    at = sentence.find(word, end)
    return at >= 0 and OWN_NUMBER.match(sentence, at + len(word)) is not None
