"""What a number measures: the metric phrase of a quantitative claim.

The nearest known metric phrase (``pipelines/metrics.json``) in the claim's clause,
looking after the number first ("12x higher throughput") and then before it
("reduces latency by 30%"); reduction words make it a reduction; multipliers with
speed words are speedups; a bare unit falls back to what it implies (ms -> latency).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extraction.catalog import alternation, lists_of_strings, read_json_asset
from kg.extraction.claim_clause import (
    COORDINATION,
    LIST_STOP,
    METRIC_LIST,
    METRICS_BY,
    METRICS_OF,
    RESPECTIVELY,
    clause,
    elided_from,
    leads_into_number,
    number_list,
    owned,
)


def _check(data: Any) -> Iterator[tuple[str, str]]:
    yield from lists_of_strings(data, ("metrics", "reduce_words", "speed_words"))
    if isinstance(data, dict) and "quality_metrics" in data:
        yield from lists_of_strings({"quality_metrics": data["quality_metrics"]})
    for group in ("qualifiers", "owners"):
        yield from lists_of_strings(data.get(group, {}) if isinstance(data, dict) else {})
    defaults = data.get("unit_defaults") if isinstance(data, dict) else None
    if not isinstance(defaults, dict) or not all(isinstance(v, str) for v in defaults.values()):
        yield '"unit_defaults"', "'unit_defaults' must map units to metric names"


REQUIRED_AFTER = re.compile(r"\s+(?:SLOs?|constraints?|budgets?|targets?|requirements?|deadlines?)\b")
# '2.29x in DSP efficiency', 'a 0.05 decline in CLIP Score' (a change word first)
IN_METRIC = re.compile(r"\s+(?:(?:decline|decrease|drop|loss|degradation)s?\s+)?in\s+(?:the\s+|its\s+|their\s+|terms\s+of\s+)?"
                       r"(?:[\w\-]+\s+)?")
# '95% of the ideal scaling', '87% of linear speedup': how close to perfect scaling a run comes
IDEAL_OF = re.compile(r"\s+of\s+(?:the\s+)?(?:ideal|linear|perfect)\s+(?:scaling|speedup)\b", re.I)
PEAK_OF = re.compile(r"\s+of\s+(?:the\s+|its\s+)?(?:theoretical\s+|hardware\s+|machine\s+)?peak\b", re.I)
LEADS_IN = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|by)\s+(?:[a-z~]+\s+){0,2}")
AWAY = re.compile(r"\b(?:on|for|with|without|in|at|across|while|when|using|under|within|given)\b", re.I)
# change words that say how a metric moved, and the words that name the metric after them
CHANGE_WORDS = ("improvement", "relative improvement", "gain", "increase", "reduction")
CHANGE_OF = re.compile(r"\s+(?:in|of)\s+(?:the\s+|its\s+|their\s+)?")
_STOP = (r"(?:and|or|than|compared|to|with|on|in|for|while|at|by|of|the|a|an|over|versus|vs|under|within|across|per|"
         r"we|it|they|our|its|their|this|that|these|those|which|who)\b")
# a noun phrase of one to three words that no metric list knows: 'SRAM', 'peak SRAM', 'remote feature fetches'
UNKNOWN_NOUN = rf"(?!{_STOP})[A-Za-z][\w\-]*(?:\s+(?!{_STOP})[A-Za-z][\w\-]*){{0,2}}"
# an unknown noun phrase a change word names, ending its clause: '5.4x reduction in standard deviation.'
CHANGED_NOUN = re.compile(rf"(?P<noun>{UNKNOWN_NOUN})(?=\s*(?:[,.;)]|$)|\s+(?:and|while|with|on|over|compared)\b)")
# more of a counted thing: '75% more requests', '4x more concurrent users'
MORE_COUNT = re.compile(r"\s+more\s+(?P<noun>(?:[a-z][\w\-]*\s+)?[a-z][\w\-]*s)\b")
# ... or a higher amount of a thing no metric list knows: '2-16x higher measurement variability'
HIGHER_NOUN = re.compile(rf"\s+(?:higher|greater)\s+(?P<noun>{UNKNOWN_NOUN})")
# a participle that reports the number a clause before it measured
REACHING = re.compile(r",\s+(?:achieving|reaching|attaining|obtaining)\s+(?:an?\s+|up\s+to\s+|over\s+|about\s+|nearly\s+)?$")
# metrics that already say a thing went down: 'less than 1% accuracy loss' is no accuracy-loss reduction
LOSS_WORDS = ("drop", "loss", "losses", "degradation")
MODEL_NOUNS = ("models", "networks", "weights", "checkpoints")
NOUN_BEFORE = re.compile(r"\b([a-z]+s)\s+$")     # 'finds models 4.4x smaller'
REDUCTION_AFTER = re.compile(r"\s+(?:reductions?|decreases?|savings?)\b")


class MetricVocabulary:
    """The metric phrases of ``metrics.json``, compiled; :meth:`metric_of` reads a claim's metric."""

    def __init__(self, name: str = "metrics.json") -> None:
        table = read_json_asset(name, _check)
        ordered = sorted(table["metrics"], key=len, reverse=True)
        # any case, plurals too ('efficiencies' of 'efficiency')
        # ('energy-efficiency' is energy efficiency)
        words = "|".join((re.escape(m[:-1]) + "(?:y|ies)" if m.endswith("y") else re.escape(m)).replace(r"\ ", r"[\s-]")
                         for m in ordered if m == m.lower())
        acronyms = "|".join(re.escape(m) for m in ordered if m != m.lower())        # as written: mAP, not 'maps'
        self.pattern = re.compile(rf"(?<![\w-])(?:(?i:{words})(?:s|es)?|{acronyms})(?![\w-])")
        self.known = {m.lower() for m in table["metrics"]}
        self.known_stems = {m.rstrip("s") for m in self.known}      # 'energy efficiency', 'flops' -> 'flop'
        self._reduction_patterns(alternation(table["reduce_words"]))
        self.speed = re.compile(r"\b(?:" + "|".join(map(re.escape, table["speed_words"])) + r")\b", re.I)
        self.unit_defaults: dict[str, str] = table["unit_defaults"]
        # what a ratio is of, when it sizes a noun: '4-8x larger base models', '5x longer contexts'
        self.comparatives: dict[str, str] = table.get("comparative_metrics", {})
        self.comparative = re.compile(rf"\s*(?P<word>{alternation(list(self.comparatives))})\b(?:\s+(?P<noun>[a-z]+s)\b)?",
                                      re.I) if self.comparatives else re.compile("(?!)")
        self.sizes: dict[str, str] = table.get("size_words", {})
        self.sized_after = re.compile(rf"\s*(?P<word>{alternation(list(self.sizes))})\s+(?P<noun>{UNKNOWN_NOUN})", re.I) \
            if self.sizes else re.compile("(?!)")
        self.quality = re.compile(rf"(?<![\w-])(?:{alternation(table.get('quality_metrics', []))})(?![\w-])", re.I)
        qualifiers: dict[str, list[str]] = {k: v for k, v in table.get("qualifiers", {}).items()
                                            if not k.startswith("_")}
        owners: dict[str, list[str]] = table.get("owners", {})
        alt = lambda key: alternation(qualifiers.get(key) or owners.get(key, []))   # noqa: E731
        self.up_to = re.compile(rf"\b(?:{alt('up_to')})\s*(?:an?\s+)?$", re.I)     # 'up to a 40x improvement'
        self.average = re.compile(rf"\b(?:{alt('average')})(?!\w)", re.I)
        # ('than on a K80', 'than obtained with GRAPE', 'than that achieved by an A100': the reference run's device)
        self.baseline = re.compile(rf"^[^.;]{{0,120}}?\b({alt('baseline')})\s+(?:on\s+(?:an?\s+)?|"
                                   r"(?:(?:that|those)\s+)?(?:obtained|achieved|reported|measured)\s+(?:with|on|by|using)\s+)?"
                                   r"((?:the\s+)?[\w\-.%'’]+(?:\s+[\w\-.%'’]+){0,5}?"
                                   r"(?:\s+(?:running|executed|executing|implemented|deployed)\s+on(?:\s+[\w\-.%'’]+){1,4}?)?)"
                                   r"(?=\s*(?:[,;)]|\((?![\w\-]+\))|\.(?:\s|$)|\b(?:on|at|while|with|without|and|under|across|in|for|by|is|are|was|were)\b"
                                   r"|$))", re.I)
        # '5.19x and 1.14x speedup compared with CPU and GPU, respectively': a list of baselines before 'respectively'
        # (no preposition inside an item: 'over Foo in single and double precision, respectively' lists settings)
        word = r"(?!(?:in|on|at|for|with|under|across|by)\b)[\w\-.]+"
        item = rf"(?:the\s+)?{word}(?:\s+{word}){{0,3}}?"
        self.baseline_list = re.compile(rf"\b(?:{alt('baseline')})\s+({item}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){item})+)"
                                        r"\s*,?\s*$", re.I)
        # 'than a GPU implementation on a V100': a baseline noun makes the device the baseline's
        self.baseline_noun = re.compile(rf"\b(?:{alt('baseline_nouns')})\b", re.I)
        # 'than a DGX H100', 'against a state-of-the-art GPU (RTX 5090)': the device the comparison reaches
        self.compared_before = re.compile(rf"\b(?:{alt('comparison_target')})\s+(?:[\w\-]+\s+){{0,8}}(?:\d+-|\()?$", re.I)
        # whose number: 'FlashAttention-2 achieving only 35%', 'we present Mobile MQA', '3x higher <metric>'
        self.baseline_verb = re.compile(rf"\s+(?:only\s+|also\s+|still\s+)?(?:{alt('baseline_verbs')})\b")
        self.presented = re.compile(rf"\bwe\s+(?:\w+\s+)?(?:{alt('presenting_verbs')})\s+(?:the\s+|an?\s+)?$", re.I)
        # 'whereas other approaches achieve a lower success rate, ranging from 65% to 85%': unnamed others' numbers
        others = alt("unnamed_others")
        self.others_claim = re.compile(rf"\b(?:{others})\s+(?:only\s+|also\s+|still\s+)?(?:{alt('baseline_verbs')})\b"
                                       r"(?:(?!,\s+(?:while|whereas|but)\b|\b(?:we|our|ours)\b)[^.;])*$", re.I) \
            if others else re.compile("(?!)")
        # (a rate too: '1,800 tokens/s throughput and ... within 30 seconds'; not a size or time, which a
        # bracket after may share: '97 ms latency (6% of ViT's)')
        self.own_number = re.compile(rf"\d(?:[\d.,]*\d)?\s*(?P<unit>×|x|%|times|[A-Za-z]+/[A-Za-z]+|[TPGE]FLOPS)?"
                                     rf"\s*(?:{alt('comparatives')})?\s*$")

    def _reduction_patterns(self, reduce: str) -> None:
        """The words that make a number a reduction, and what the reduction is of."""
        self.reduce = re.compile(rf"\b(?:{reduce})\b", re.I)
        # 'saves 30% energy', 'can help conserve 8.7-23.1% energy consumption': the verb right before the number
        self.reduced_number = re.compile(rf"\b(?:{reduce})\s+(?:(?:up\s+to|about|nearly|roughly|approximately|around)\s+)?$",
                                         re.I)
        # what a reduction is of, when no metric word names it: '3.5x less SRAM', 'reduces RAM use by 35%'
        self.reduced_after = re.compile(rf"\s*(?:{reduce})\s+(?P<noun>{UNKNOWN_NOUN})", re.I)
        # ('slashes the wallclock gradient aggregation time of the original RAR by more than 5X': up to four words,
        # and what they are of)
        self.reduced_before = re.compile(rf"\b(?:{reduce})\s+(?:the\s+|its\s+|their\s+)?(?:(?:number|amount)\s+of\s+)?"
                                         rf"(?P<noun>{UNKNOWN_NOUN}(?:\s+(?!{_STOP})[A-Za-z][\w\-]*)?)"
                                         r"(?:\s+of\s+(?:the\s+|its\s+)?(?:[\w\-]+\s+){0,2}?[\w\-]+)?\s+by\s+"
                                         r"(?:up\s+to\s+|about\s+|over\s+|nearly\s+|almost\s+|more\s+than\s+|~)?$", re.I)

    def hardware_free(self, metric: str) -> bool:
        """A model-quality metric (accuracy, AP, perplexity): no device measures it."""
        return self.quality.search(metric) is not None

    def _names_metric(self, phrase: str) -> bool:
        """A metric word, or one with the change it underwent ('energy reduction', 'throughput improvement')."""
        head, _, last = phrase.rpartition(" ")
        return bool(self.pattern.fullmatch(phrase) or (head and last in CHANGE_WORDS and self.pattern.fullmatch(head)))

    def _spelled(self, phrase: str) -> str:
        """A metric as the list spells it: 'energy-efficiency' -> 'energy efficiency' ('time-to-first-token' stays);
        '96.22x more energy efficient' is energy efficiency."""
        if phrase.endswith("efficient"):
            phrase = phrase.replace("-", " ")[:-1] + "cy"
        if "-" not in phrase or phrase in self.known:
            return phrase
        spaced = phrase.replace("-", " ")
        return spaced if spaced.rstrip("s") in self.known_stems else phrase

    def _unnamed(self, sentence: str, start: int, after: str, unit: str) -> str:
        """A number no metric word names: '30% of peak FLOPs' (a fraction of peak), '65-92% faster' (speedup),
        '+20% on the leaderboard' (an improvement), '75% more requests' (more of what is counted), else what
        its unit implies."""
        if unit == "%" and PEAK_OF.match(after):
            return "fraction of peak"
        if unit == "%" and self.speed.search(after[:20]):
            return "speedup"
        if unit in ("%", "pp") and sentence[max(0, start - 1):start] == "+":
            return "improvement"
        reached = REACHING.search(sentence, max(0, start - 40), start)
        prior = sentence[max(0, reached.start() - 80):reached.start()] if reached else ""
        hits = list(self.pattern.finditer(prior)) if not re.search(r"\d", prior) else []
        if hits:      # 'classification accuracy of the MNIST dataset, achieving 94.7%'
            return self._singular(self._spelled(hits[-1].group(0).lower()))

        return self.unit_defaults.get(unit, "throughput" if unit.endswith("/s") else "")

    def _singular(self, phrase: str) -> str:
        if phrase.endswith("ies") and phrase[:-3] + "y" in self.known:
            return phrase[:-3] + "y"
        for cut in ("es", "s"):
            if phrase.endswith(cut) and phrase[: -len(cut)] in self.known:
                return phrase[: -len(cut)]
        return phrase

    def _changed(self, after: str, pos: int) -> str:
        """The metric a change word names right after it ('reduction in latency', 'increase in throughput', 'reduction
        in average initial path cost'), or the noun phrase that ends the clause there ('in standard deviation.')."""
        of = CHANGE_OF.match(after, pos)
        if of is None:
            return ""
        named = self.pattern.search(after, of.end(), of.end() + 40)
        if named is None or named.group(0).lower() in CHANGE_WORDS \
                or not re.fullmatch(r"(?:[a-z][\w\-]*\s+){0,3}", after[of.end():named.start()]):
            unknown = CHANGED_NOUN.match(after, of.end())
            return unknown.group("noun").lower() if unknown else ""
        return self._singular(after[of.end():named.end()].lower())      # 'in cache hit rate'

    def _hits(self, before: str, after: str, unit: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
        """The metric words before and after a number that can be its metric."""
        # 'latency SLOs', 'latency constraints': a requirement the number was measured under, not its metric
        # ... and one right after a later number in another unit is that number's ('1.8 PFLOPS on 256 GPUs
        # with 85% scaling efficiency')
        after_hits = [h for h in self.pattern.finditer(after) if not REQUIRED_AFTER.match(after, h.end())
                      and not owned(self.own_number, after, h.start(), unit)]
        # a metric word right after an earlier number in another unit is that number's ('3x speedup ... and
        # reaches 620 TFLOP/s'); in the same unit it is shared ('40% reduction at X and 35% at Y')
        before_hits = [h for h in self.pattern.finditer(before) if not owned(self.own_number, before, h.start(), unit)
                       and not REQUIRED_AFTER.match(before, h.end())]
        return before_hits, after_hits

    def _comparative(self, before: str, after: str) -> str | None:
        """'2x cheaper' -> cost reduction; '3x smaller models', 'models 4.4x smaller' -> model size reduction."""
        found = self.comparative.match(after)
        if found is None:
            return None
        what = self.comparatives[found.group("word").lower()]
        if what == "size reduction" and re.match(r"\s+(?!than\b|and\b|or\b|with\b|while\b)[a-zA-Z]", after[found.end("word"):]) \
                and (found.group("noun") or "").lower() not in MODEL_NOUNS:
            return None      # '3.7x smaller peak SRAM': the noun after says what shrank (reduced_after)
        before_noun = NOUN_BEFORE.search(before)
        noun = found.group("noun") or (before_noun.group(1) if before_noun else None)
        if what == "size reduction" and noun and noun.lower() in MODEL_NOUNS:
            return f"{noun.lower()[:-1]} {what}"
        return what

    def _counted(self, after: str, unit: str, metric: str, named_after: bool) -> str | None:
        """More of a counted or sized thing: '12x longer sequences' sizes its noun whatever metric stood before
        ('no loss in throughput even with'); '3.2x more requests', '75% more requests', '2x higher variability'."""
        sized = self.sized_after.match(after) if unit == "x" and not (metric and named_after) else None
        if sized:
            noun = re.sub(r"(?<=[^s])s$", "", sized.group("noun"))       # 'base models' -> 'base model'
            what = self.sizes[sized.group("word").lower()]
            return f"{noun if noun.endswith(tuple(self.sizes.values())) else f'{noun} {what}'} increase"
        more = MORE_COUNT.match(after) or HIGHER_NOUN.match(after) if not metric else None
        return f"{more.group('noun').lower()} increase" if more else None

    def respective_metric(self, sentence: str, start: int, end: int) -> str | None:
        """'performing 15% and 48% better on accuracy and time, respectively': the i-th number of a list
        takes the i-th of as many coordinated metric words before 'respectively'."""
        resp = RESPECTIVELY.search(sentence, end)
        first, last, index, count = number_list(sentence, start, end)
        if resp is None:      # '27.07x and 81x improvement in performance and energy efficiency compared to CPU'
            stop = LIST_STOP.search(sentence, last)
            implied = METRIC_LIST.match(sentence, last, stop.start() if stop else len(sentence)) if count >= 2 else None
            parts = COORDINATION.split(implied.group("items")) if implied else []
            return self._singular(self._spelled(parts[index].lower())) \
                if len(parts) == count and all(self.pattern.fullmatch(p) for p in parts) else None
        listed = METRIC_LIST.match(sentence, last, resp.start()) or \
            METRICS_BY.search(sentence, max(0, first - 80), first) or \
            METRICS_OF.search(sentence, max(0, first - 80), first)    # 'power and energy by', 'a MFU and HFU of'
        parts = COORDINATION.split(listed.group("items")) if listed and count >= 2 else []
        verb = ""
        if listed is not None and listed.re is METRICS_BY and parts:       # 'reduces latency and cost by'
            verb = parts[0].split()[0]
            parts[0] = parts[0] if self.pattern.fullmatch(parts[0]) else parts[0].split(maxsplit=1)[-1]
        parts = [p.replace("speed-up", "speedup") for p in parts]
        if len(parts) != count or any(len(p.split()) > 3 for p in parts) \
                or not any(self._names_metric(p) for p in parts):
            return None       # 'on edge and cloud devices, respectively' names no metrics
        metric = self._singular(self._spelled(parts[index].lower()))
        reduced = self.reduce.fullmatch(verb) is not None
        return f"{metric} reduction" if reduced else metric

    def metric_of(self, sentence: str, start: int, end: int, unit: str) -> str:
        """What the number at ``start``-``end`` of ``sentence`` measures."""
        if unit == "%" and IDEAL_OF.match(sentence, end):
            return "scaling efficiency"      # '95% of the ideal scaling', '87% of linear speedup'
        respective = self.respective_metric(sentence, start, end)
        if respective:
            return respective
        first = elided_from(sentence, start, unit)
        if first is not None and not self.pattern.search(sentence, first.end(), start):
            # 'reduces decoding latency by 35% for A, and by 28% for B' (not 'TTFT by 40% and TPOT by 25%')
            return self.metric_of(sentence, first.start(), first.end(), unit)
        return self._clause_metric(sentence, start, end, unit)

    def _clause_metric(self, sentence: str, start: int, end: int, unit: str) -> str:
        before, after = clause(sentence, start, end)
        before_hits, after_hits = self._hits(before, after, unit)
        reducing = re.split(r"[;:()]|,\s", sentence[max(0, start - 120):start])[-1]    # a reduction verb's reach
        # right after the number ("12x higher throughput", "4.7x in energy efficiency"), else just before it
        # ("latency by 45%"), else anywhere after it in the clause
        # ('accuracy losses of less than 1% in perplexity': the metric that leads into the number wins)
        led = bool(before_hits) and LEADS_IN.fullmatch(before[before_hits[-1].end():]) is not None
        if unit == "%" and PEAK_OF.match(after) and not led:
            return "fraction of peak"        # '92.3% of the peak memory bandwidth' (not 'throughput of 52% of peak')
        if after_hits and (IN_METRIC.fullmatch(after[:after_hits[0].start()]) and not led
                           or after_hits[0].start() <= 30 and not AWAY.search(after[:after_hits[0].start()])):
            found, lead = after_hits[0], after[:after_hits[0].start()]
        elif before_hits:
            found = before_hits[-1]
            lead = before[max(0, found.start() - 40):found.start()] + " " + before[found.end():]
            if len(before_hits) > 1 and self._singular(found.group(0).lower()) in CHANGE_WORDS \
                    and not before[before_hits[-2].end():found.start()].strip():
                # 'an area efficiency improvement of 2.04x': the metric the change word follows
                return f"{self._singular(before_hits[-2].group(0).lower())} {self._singular(found.group(0).lower())}"
        elif after_hits and not (unit in ("x", "%") and self.reduced_before.search(reducing)) \
                and not leads_into_number(sentence, end, after_hits[0].group(0)):
            # a metric word further on, unless the clause said what it reduced ('reduces DRAM access by 10x
            # with no accuracy loss') or the word leads into a number of its own ('in under 12 hours on a
            # single GPU with a low carbon footprint (< 1.2 kg CO2e)', 'per-GPU throughput of 52%')
            found, lead = after_hits[0], after[:after_hits[0].start()]
        else:
            found, lead = None, before[-25:] + " " + after[:20]
        metric = self._singular(self._spelled(found.group(0).lower())) if found else ""
        if metric == "speed" and found is not None and re.match(r"\s+up\b", found.string[found.end():]):
            metric = "speedup"      # 'speeds up training by 2x': the verb, not a measure of speed
        if found is not None and found.string is after and "reduction" not in metric \
                and (REDUCTION_AFTER.match(after, found.end()) or (not lead.strip() and unit in ("x", "%")
                                                                    and self.reduced_number.search(before))):
            return f"{metric} reduction"    # '44% energy reduction over CMSIS-NN', 'saves 30% energy'
        if metric == "speedup" and unit not in ("x", "%", ""):
            metric = ""     # 'a speedup of 2x with BF16 reaching 840 TFLOPs/s': a ratio word sizes no rate
        if found is not None and metric in CHANGE_WORDS:
            # '11.96x reduction in latency': latency reduction; 'improvements of up to 6.92x in cache hit rate'
            named = self._changed(after, found.end() if found.string is after else 0)
            if named:
                return f"{named} reduction" if metric == "reduction" else named
        compared = self._comparative(before, after) if not metric and unit in ("x", "%") else None
        if compared:
            return compared
        reduced = None if metric or unit not in ("x", "%") else \
            self.reduced_after.match(after) or self.reduced_before.search(reducing)
        if reduced:
            return f"{reduced.group('noun')} reduction"
        counted = self._counted(after, unit, metric, found is not None and found.string is after)
        if counted:
            return counted
        if unit == "x" and (self.speed.search(after[:20]) or metric in ("", "speedup")):
            return metric if metric.endswith("speedup") else "speedup"
        if not metric:
            return self._unnamed(sentence, start, after, unit)
        if self.reduce.search(lead) and "reduction" not in metric and not metric.endswith(LOSS_WORDS) \
                and unit in ("x", "%", "pp", "GB", "MB"):
            return f"{metric} reduction"
        return metric
