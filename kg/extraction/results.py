"""Quantitative claims: value, unit, metric, qualifier, subject and context.

Numbers are read with their unit (``12x``, ``2.3×``, ``40%``, ``5-16%``,
``3.1 pp``, ``2ms``, ``1,200 tokens/s``); sizes, counts and resolutions are not
results (ANNOTATION.md) and ``1024x1024`` becomes the qualifier ``at 1024x1024``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.assets import DataFiles
from kg.extraction.claim_clause import COORDINATION, RESPECTIVELY, number_list, ratio_unit
from kg.extraction.heads import head_for, sentence_spans
from kg.extraction.mention_lists import list_start
from kg.extraction.mentions import Mention, Result, doc_text, register_extensions
from kg.extraction.metrics import MetricVocabulary
from kg.extraction.pairs import WE
from kg.extraction.quantities import QuantityReader
from kg.extraction.result_devices import measured_on, off_references, platforms, subject_device
from kg.extraction.retype import LIST_SEP, VERB_AFTER

WORKS = ("method", "model", "framework")      # what can claim a number in a sentence about the field
# ('200X less energy than on an NVIDIA Jetson Orin Nano': 'than on', the device is the baseline's)
# ('1.14x speedup compared with GPU': 'compared with', the device is the baseline; so is 'than obtained with GRAPE')
ON_DEVICE = re.compile(r"\s+(?:(?!(?:than|over|versus|vs)\s+(?:(?:obtained|achieved|reported|measured)\s+)?"
                       r"(?:on|with|using)\b|(?:compared|comparing|competitive)\b)"
                       r"[a-z][a-z\-]*\s+){0,3}?"
                       r"(?:on|with|using)\s+"
                       r"(?:(?:a\s+single|an?|the|one)\s+)?")
SCORED_ON = re.compile(r"\s+on\s+(?:the\s+)?")
# '96.83% on CIFAR-10 and 77.81% top-1 accuracy on ImageNet': each number's own benchmark, right after it
ON_DATASET = re.compile(r"\s+(?:(?!on\b|and\b|than\b|over\b)[\w\-]+\s+){0,3}?on\s+(?:the\s+)?")
GAIN_BEFORE = re.compile(r"\b(?:gains?|improv\w*|increas\w*|boost\w*|better|higher|lower|drops?|decreas\w*|reduc\w*)\b", re.I)
RESOLUTION = re.compile(r"\b(\d{3,5})\s*(?:×|x|times)\s*(\d{3,5})\b")
# 'Llama-3.2-1B reaches ~120 tokens/s, Qwen2.5-7B ~45 tokens/s, and Mistral-24B ~15 tokens/s': a name and its own
# number in a list after the first item's verb
ELIDED = re.compile(r"\s+(?:~\s*|about\s+|approximately\s+|roughly\s+|nearly\s+)?")
LIST_OPENS = re.compile(r"(?:,|;)\s+(?:and\s+)?$")
# a number (thousands and decimals inside it), and a run of numbers joined by commas or 'and'
NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
NUMBER_RUN = re.compile(r"\d(?:[\d.,]*\d)?(?:(?:,\s+(?:and\s+)?|\s+and\s+)\d(?:[\d.,]*\d)?)+")    # '15,944 and 15,343'
# 'Qwen3-VL-235B reaches 47,873 tok/s, 6.5x higher than ...': a number right after the claim before it is its too
NEXT_CLAIM = re.compile(r"[^,;]*\d(?:[\d.,]*\d)?\s*[^\s\d,;]*,\s+(?:up\s+to\s+|about\s+|nearly\s+|~\s*)?")
ARTICLE_END = re.compile(r"\b(?:the|an?)\s+$")
# 'Compared to CUB, the current state-of-the-art radix sort, our approach provides ~1.5x': a sentence's fronted
# reference is the baseline of the numbers its main clause reports
FRONTED = re.compile(r"^\s*(?:(?:however|moreover|overall|notably),\s+)?(?:compared\s+(?:to|with)|relative\s+to|"
                     r"in\s+comparison\s+(?:to|with)|against)\s+(?P<ref>[^,;:()]{1,80}?),\s", re.I)
# 'improves latency over Ansor by 1.37x', 'outperforms vLLM by 1.1x to 2x': the reference named before 'by'
BY_AFTER_REF = re.compile(r"\b(?:outperform\w*|surpass\w*|over|compared\s+(?:to|with)|relative\s+to|against)\s+"
                          r"(?!time\b|the\s+course\b)(?P<ref>(?:(?!\sby\s)[^,;:()\d]){1,60}?)\s+by\s+"
                          r"(?:up\s+to\s+|as\s+much\s+as\s+|about\s+|~\s*)?$", re.I)
PRONOUN = re.compile(r"(?:it|them|this|that|these|those)\b", re.I)
UNIT_WORDS = re.compile(r"\d[\d.,]*(?:\s*(?:-|–|--|to|~)\s*\d[\d.,]*)?\s?([^\s\d,;]*)")    # each listed number's unit


def _scored_on(text: str, inside: list[Mention], start: int, end: int, unit: str) -> str:
    """'achieves 62.58% on MMLU-Pro': a percentage no metric word names, scored right on a benchmark, is an
    accuracy (not a gain: 'performance gains: 5-16% on the UEA classification benchmarks')."""
    on = SCORED_ON.match(text, end) if unit == "%" and not GAIN_BEFORE.search(text, max(0, start - 80), start) else None
    return "accuracy" if on and any(m.type == "dataset" and m.start == on.end() for m in inside) else ""


def respective_devices(text: str, sentence: tuple[int, int], starts: list[tuple[int, int]],
                       devices: list[Mention], platforms: list[Mention]) -> dict[int, str]:
    """'by up to 3.8x, 2.6x, and 1.7x on the Intel CPU, ARM CPU, and NVIDIA GPU, respectively': a list of
    numbers and the list of as many devices nearest before 'respectively', paired in order (number start ->
    device); none when those are comparison targets ('1.2x and 2.87x more power efficient than the K80 GPU
    and the i7-8700K CPU respectively')."""
    word = RESPECTIVELY.search(text, *sentence)
    if len(starts) < 2 or len(devices) < 2 or word is None:
        return {}
    lists = [run for run in _listed(text, [(m.start, m.end) for m in devices])
             if len(run) >= 2 and devices[run[-1]].end <= word.start()]
    if not lists or any(devices[j] not in platforms for j in lists[-1]):
        return {}
    # every list of as many numbers pairs with the devices: 'up to 3.4x/3.8x over X and up to 6.1x/6.8x
    # over Y' on 'an A6000 and an A100, respectively'
    return {starts[i][0]: devices[j].name for numbers in _listed(text, starts) if len(numbers) == len(lists[-1])
            for i, j in zip(numbers, lists[-1])}


def respective_baselines(vocab: MetricVocabulary, text: str, sentence: tuple[int, int],
                         spans: list[tuple[int, int]]) -> dict[int, str]:
    """'achieves 5.19-15.06x and 1.14-2.89x speedup compared with CPU and GPU, respectively': the list of
    numbers before a list of as many baselines, paired in order (number start -> baseline); so is the list after
    a fronted one ('Compared to SGLang and TensorRT-LLM, Zorq improves goodput by 1.8x and 2.3x, respectively')."""
    word = RESPECTIVELY.search(text, *sentence)
    if len(spans) < 2 or word is None:
        return {}
    cue = vocab.baseline_list.search(text, max(sentence[0], word.start() - 150), word.start())
    paired = _paired(text, [span for span in spans if span[1] <= cue.start()], cue.group(1)) if cue else {}
    fronted = FRONTED.match(text[sentence[0]:sentence[1]]) if not paired else None
    return _paired(text, [span for span in spans if span[0] >= sentence[0] + fronted.end()],
                   fronted.group("ref")) if fronted else paired


def _paired(text: str, spans: list[tuple[int, int]], baselines: str) -> dict[int, str]:
    """Every list of as many numbers as ``baselines`` names, paired in order: '41-137x, 631-1074x speedup and
    339-1085x, 890-1632x energy efficiency over GPU and CPU baseline, respectively'."""
    items = COORDINATION.split(baselines)
    return {spans[i][0]: item for run in (_listed(text, spans) if spans else []) if len(run) == len(items)
            for i, item in zip(run, items)}


def _listed(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Runs of spans that stand in one list ('A, B, and the C')."""
    runs: list[list[int]] = [[0]]
    for i in range(1, len(spans)):
        gap = ARTICLE_END.sub("", text[spans[i - 1][1]:spans[i][0]])
        if LIST_SEP.match(gap) or gap == "/":      # '3.4x/3.8x'
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _baseline_subject(vocab: MetricVocabulary, text: str, inside: list[Mention], proposes: list[str],
                      start: int) -> str | None:
    """In a sentence naming no contribution, a number right after a named method's or system's verb is
    that baseline's ('with FlashAttention-2 achieving only 35% utilization'; the guide: a named
    baseline's number has the baseline as subject), and so is one right after a later item of a list
    that leaves the verb out ('A reaches ~120 tokens/s, B ~45 tokens/s')."""
    if any(m.name in proposes for m in inside):
        return None
    before = [m for m in inside if m.end <= start and m.type in ("method", "framework", "model")]
    last = before[-1] if before else None
    if last is not None and ELIDED.fullmatch(text, last.end, start) \
            and LIST_OPENS.search(text, max(0, last.start - 8), last.start) \
            and any(vocab.baseline_verb.match(text, m.end) for m in before[:-1]):
        return last.name          # 'A reaches ~120 tokens/s, B ~45 tokens/s': an item without the verb
    if not before or not vocab.baseline_verb.match(text, before[-1].end) or (
            re.search(r";|,(?!\d)", text[before[-1].end:start]) and not NEXT_CLAIM.fullmatch(text, before[-1].end, start)):
        return None
    first = list_start(text, inside, before[-1])
    return _item_of(text, [m for m in before if m.start >= first.start], start)


def _item_of(text: str, names: list[Mention], start: int) -> str:
    """'Llama-405B and DeepSeek V3.2 achieve comparable peak throughput (15,944 and 15,343 tok/s)': a list of
    as many numbers as the names before the verb pairs them item by item; else the number is the last name's."""
    run = next((r for r in NUMBER_RUN.finditer(text, max(0, start - 60), start + 60) if r.start() <= start < r.end()),
               None)
    numbers = [n.start() for n in NUMBER.finditer(text, run.start(), run.end())] if run and len(names) > 1 else []
    return names[numbers.index(start)].name if len(numbers) == len(names) and start in numbers else names[-1].name


def _bracketed_baseline(vocab: MetricVocabulary, text: str, inside: list[Mention], proposes: list[str],
                        start: int) -> str | None:
    """A number in brackets right after a compared named work, or after its possessive, is that work's
    ('outperforming Zorq (2.12x, LPIPS 0.215)', 'over Megatron-LM's 790 tokens/s'; the guide: a named baseline's
    number has the baseline as subject)."""
    m = next((m for m in reversed(inside) if m.end <= start), None)
    if m is None or m.type not in ("method", "framework", "model") or m.name in proposes:
        return None
    if POSSESSIVE.fullmatch(text, m.end, start):
        return m.name           # 'a 1.7x improvement over Megatron-LM's 790 tokens/s'
    if not re.fullmatch(r"\s*\([^()]*", text[m.end:start]):
        return None
    hit = vocab.compared_before.search(text, max(0, m.start - 60), m.start)
    return m.name if hit and not re.search(r"[,;:()]|\d", text[hit.end():m.start]) else None


def _own_subject(vocab: MetricVocabulary, text: str, named: list[Mention], start: int, subject: str) -> str:
    """With several contributions in a sentence, a number is the one's that last opened a clause or was
    presented before it: 'Medusa-1 achieves 2.2x, while Medusa-2 reaches 3.6x', 'Alongside UIB, we
    present Mobile MQA, ..., delivering a 39% speedup'; 'Tutel accelerates SwinV2-MoE, achieving 1.55x'
    stays Tutel's."""
    if len({m.name for m in named}) < 2:
        return subject
    return next((m.name for m in reversed(named) if m.start < start and (
        VERB_AFTER.match(text, m.end) or vocab.presented.search(text, max(0, m.start - 40), m.start))), subject)


class ResultExtractor(DataFiles):
    def __init__(self, metrics: str = "metrics.json", units: str = "units.json") -> None:
        register_extensions()
        self.assets = {"metrics": metrics, "units": units}

    def load(self, metrics: str, units: str) -> None:
        self.metrics = MetricVocabulary(metrics)
        self.quantities = QuantityReader(units)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data("kg_results")
        text = doc_text(doc)
        mentions: list[Mention] = doc._.kg_mentions or []
        proposes: list[str] = doc._.kg_proposes or []
        results: list[Result] = []
        devices = [(m.start, m.end) for m in mentions if m.type == "hardware"]
        by_sentence: dict[int, list] = {}
        sentences = sentence_spans(doc)
        starts = [a for a, _ in sentences]
        names = [(m.start, m.end) for m in mentions]
        for q in self.quantities.read(text, devices, names):   # one scan of the whole text; most sentences have no numbers
            by_sentence.setdefault(bisect_right(starts, q.start) - 1, []).append(q)
        title_end = doc._.kg_title_end or 0
        work = work_start(text, sentences, mentions, proposes, title_end)
        for index in sorted(by_sentence):
            sent = sentences[index]
            background = title_end <= sent[0] and sent[1] <= work
            found = self._sentence(text, sent, mentions, proposes, by_sentence[index], background)
            if results and BACK_REFERENCE.match(text, sent[0]):      # 'This number can be pushed to 30%'
                found = [replace(r, metric=results[-1].metric) if not r.metric and r.unit == results[-1].unit else r
                         for r in found]
            results += found
        doc._.kg_results = off_references(title_repeats_dropped(results, title_end), doc._.kg_relations or [])
        return doc

    def _sentence(self, text: str, sent: tuple[int, int], mentions: list[Mention], proposes: list[str],
                  quantities: list, background: bool) -> list[Result]:
        """The results of one sentence; in ``background`` (before the paper speaks of its work) only the
        numbers a named earlier work claims ('M3ViT reduces computation by 80%'), as that work's."""
        s_text = text[sent[0]:sent[1]]
        resolutions = [(m.start(), m.end(), f"{m.group(1)}x{m.group(2)}") for m in RESOLUTION.finditer(s_text)]
        inside = [m for m in mentions if sent[0] <= m.start < sent[1]]
        where = platforms(text, inside, self.metrics)
        hardware = measured_on(text, where)
        ordered = sorted(quantities, key=lambda q: q.start)
        respective = respective_devices(text, sent, [(q.start, q.end) for q in ordered],
                                        [m for m in inside if m.type == "hardware"], where)
        baselines = respective_baselines(self.metrics, text, sent, [(q.start, q.end) for q in ordered])
        dataset = next((m.name for m in inside if m.type == "dataset"), None)
        subject = head_for(sent, inside, proposes)
        named = [m for m in inside if m.name in proposes]
        out = []
        for whole in ordered:
            q = replace(whole, start=whole.start - sent[0], end=whole.end - sent[0])
            own = _bracketed_baseline(self.metrics, text, inside, proposes, whole.start) or (
                _own_subject(self.metrics, text, named, whole.start, subject) if proposes and named else
                _baseline_subject(self.metrics, text, inside, proposes, whole.start) or subject)
            if self.metrics.others_claim.search(text, sent[0], whole.start):
                continue        # 'whereas other approaches achieve ... 65% to 85%': no named work's, no result
            if background:
                own = self._claimant(text, inside, whole.start)
                if not own:
                    continue        # 'inference accounts for more than 90% of total power': the field's, no result
            on = ON_DEVICE.match(text, whole.end)     # '1.2x on A100, 1.4x on L40S': each number's own device
            device = respective.get(whole.start) or next(
                (m.name for m in inside if on and m.type == "hardware" and m.start == on.end()),
                subject_device(text, [m for m in inside if m.type == "hardware"], whole.start) or hardware)
            scored = ON_DATASET.match(text, whole.end)
            benchmark = next((m.name for m in inside if scored and m.type == "dataset" and m.start == scored.end()), dataset)
            metric = self.metrics.metric_of(s_text, q.start, q.end, q.unit) or \
                _scored_on(text, inside, whole.start, whole.end, q.unit)
            out.append(Result(
                subject=own, metric=metric, value=q.value, unit=q.unit,
                start=sent[0] + q.start, end=sent[0] + q.end, sentence=sent, rule=q.rule,
                qualifier=self._qualifier(s_text, q, resolutions, baselines.get(whole.start)), low=q.low, dataset=benchmark,
                hardware=None if self.metrics.hardware_free(metric) else device))
        return out

    def _claimant(self, text: str, inside: list[Mention], start: int) -> str:
        """The named work whose claim verb governs the number at ``start`` ('M3ViT achieves ... over 80%'), or ''
        ('The LHCb experiment will be upgraded to cope with a rate of 30 million per second' claims nothing)."""
        work = next((m for m in reversed(inside) if m.end <= start and m.type in WORKS), None)
        if work is None or not self.metrics.baseline_verb.match(text, work.end) or ";" in text[work.end:start]:
            return ""
        return work.name

    def _qualifier(self, s_text: str, q, resolutions: list[tuple[int, int, str]], baseline: str | None) -> str | None:
        """'up to', 'average', the baseline after the number ('over vLLM', or the number's own of a list paired
        by 'respectively') and a resolution ('at 1024x1024')."""
        quals = []
        if self.metrics.up_to.search(s_text[max(0, q.start - 20):q.start]):
            quals.append("up to")
        if self.metrics.average.search(s_text[max(0, q.start - 25):q.end + 15]):
            quals.append("average")
        _, last, _, count = number_list(s_text, q.start, q.end)
        # '27.07x and 81x ... compared to CPU': the list's baseline (not '1,800 tokens/s, 10x faster than X')
        units = {ratio_unit(u) for u in UNIT_WORDS.findall(s_text[q.start:last])}    # '17× and 10x': one unit
        tail = last if count > 1 and len(units) == 1 else q.end
        over = self.metrics.baseline.match(s_text[tail:])
        if baseline is not None:
            quals.append(f"over {baseline}")
        elif over and _joined_claims(s_text[tail:tail + over.start(1)], q.unit) \
                and not (over.group(1).lower() in ("over", "than") and over.group(2)[0].isdigit()) \
                and not PRONOUN.match(over.group(2)):      # '21 times faster than it': the reference is said before
            # the comparison after the next number is that number's ('1,800 tokens/s, 10x faster than X');
            # a number right after 'over'/'than' is a bound ('over 95%', 'less than 0.5 points'), no baseline
            quals.append(f"over {over.group(2).rstrip('.')}")
        elif (by := BY_AFTER_REF.search(s_text, max(0, q.start - 90), q.start)) is not None:
            quals.append(f"over {by.group('ref')}")
        elif (fronted := FRONTED.match(s_text)) is not None and fronted.end() <= q.start:
            quals.append(f"over {fronted.group('ref')}")
        at = next((r for a, b, r in resolutions if a >= q.end and a - q.end < 40), None)
        if at:
            quals.append(f"at {at}")
        return ", ".join(quals) or None


# 'a 40x improvement in gate performance and a 5x improvement in circuit performance compared to X': the words
# before a claim joined to the one before it
JOINED_CLAIM = re.compile(r"[^.;,\d]{0,60}\band\s+(?:an?\s+|up\s+to\s+|about\s+)*")
# a named baseline's possessive right before its number: 'over Megatron-LM's 790 tokens/s'
POSSESSIVE = re.compile(r"['’]s\s+(?:~\s*|about\s+|only\s+)?")
# a sentence that opens on the claim before it: 'This number can be further pushed to 30% when ...'
BACK_REFERENCE = re.compile(r"(?:This|That|These|The\s+same)\s+(?:numbers?|figures?|gains?|improvements?|speedups?|"
                            r"values?)\b")
# a new clause between a number and a later comparison: the comparison is the clause's own
GAP_BREAK = re.compile(r",\s+(?:while|whereas|but|although)\b")
# a number standing on its own, with its unit (not a name's digits: 'P99', 'A100')
STANDALONE_NUMBER = re.compile(rf"(?<![\w.]){UNIT_WORDS.pattern}")


def _joined_claims(gap: str, unit: str) -> bool:
    """No number between a claim and the reference after it, or only claims in its unit each joined to the one
    before by 'and': the reference is theirs too (not '1,800 tokens/s, 10x faster than X')."""
    if GAP_BREAK.search(gap):
        return False          # '(628 tok/s vs. 500 tok/s baseline), while bf16 degrades ... relative to fp16'
    numbers = list(STANDALONE_NUMBER.finditer(gap))      # ('lower P99 latency than DistServe': no number between)
    starts = [0] + [n.end() for n in numbers]
    return all(JOINED_CLAIM.fullmatch(gap, a, n.start()) and ratio_unit(n.group(1)) == unit
               for a, n in zip(starts, numbers))


RATIO_UNITS = ("x", "%", "pp")


def title_repeats_dropped(results: list[Result], title_end: int) -> list[Result]:
    """A title's number that the abstract states again is one claim, kept where the abstract states it ('591 TFLOPS
    ... on SuperMUC' in the title, '591.2 TFLOPS' in the abstract; '200FPS' in the title, '200Hz' in the text)."""
    body = [r for r in results if r.start >= title_end]

    def restated(t: Result) -> bool:
        decimals = len(repr(float(t.value)).partition(".")[2].rstrip("0"))
        return any(abs(r.value - t.value) <= 0.5 * 10 ** -decimals + 1e-9
                   and (r.unit == t.unit or (r.unit not in RATIO_UNITS and t.unit not in RATIO_UNITS)) for r in body)
    return [r for r in results if r.start >= title_end or not restated(r)]


def work_start(text: str, sentences: list[tuple[int, int]], mentions: list[Mention], proposes: list[str],
               title_end: int) -> int:
    """Where the abstract first speaks of its own work: the contribution's first mention or the first
    sentence with we/our/this paper, whichever comes first; the sentences before are about the field."""
    return min([m.start for m in mentions if proposes and m.name == proposes[0] and m.start >= title_end]
               + [a for a, b in sentences if a >= title_end and WE.search(text, a, b)], default=0)


@Language.factory("kg_results", requires=["doc._.kg_mentions", "doc._.kg_proposes", "doc._.kg_sentences",
                                          "doc._.kg_relations"],
                  assigns=["doc._.kg_results"], default_config={"metrics": "metrics.json", "units": "units.json"})
def make_result_extractor(nlp: Language, name: str, metrics: str, units: str) -> ResultExtractor:
    return ResultExtractor(metrics, units)
