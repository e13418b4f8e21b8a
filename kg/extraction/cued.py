"""Plain capitalised names that the words around them mark as names (kg_entities).

'speedups over Hulqui', 'compared to CPU-based Pilhul', 'models such as Fangor', 'the Fanwex
dataset': a word like 'Hulqui' has no shape that marks it as a name and no catalog knows it, but
mid-sentence, after a comparison or an example marker, or before a dataset/library/model noun, a
capitalised word names a thing. It is guessed, so retype gives it the type its context says.
The cue words are data (``type_cues.json``: ``name_markers``, the ``*_after`` nouns, ``not_names``).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import chain
from typing import Any

from kg.extraction.candidates import Candidate, occupied
from kg.extraction.catalog import alternation as _alt
from kg.extraction.shapes import DESCRIPTIVE, PLAIN_NOUN

CUED_RULE = "rule:cued-name"
# one capitalised word, plain or joined to capitalised parts ('Hulqui', 'Stable-Vex'; not 'Large-scale'),
# and not a gerund ('Training')
# (these patterns open with the capital they need and look behind it only then: the engine scans for a
# leading character class in one pass, while a pattern opening with a look-behind is tried at every
# character, twice as slow over an abstract)
_WORD_START = r"[A-Z](?<![\w\-./'][A-Z])"      # a capital no word, hyphen, dot, slash or quote stands before
WORD = re.compile(rf"({_WORD_START}[a-z]+[A-Za-z0-9]*(?<!ing)(?:-[A-Z0-9][A-Za-z0-9]*)*)(?![\w'])(?!-(?!based\b))")
# 'speech models: Lamhul, Yadhul, Fankem, and Yadnix', '(Kemtor, Rudkem, and Huljor)': three or more
# capitalised words in one list are names even when none of them is known
_AFTER_CAPITAL = r"[a-z]+[A-Za-z0-9]*(?:-[A-Z0-9][A-Za-z0-9]*)*"
_ITEM = rf"[A-Z]{_AFTER_CAPITAL}"
LIST = re.compile(rf"({_WORD_START}{_AFTER_CAPITAL}(?:,\s+{_ITEM}){{1,}},?\s+(?:and|or)\s+{_ITEM})(?![\w\-'])")
LIST_ITEM = re.compile(_ITEM)
# 'Quidra and Pelham are state-of-the-art systems': two capitalised words a sentence opens with, joined and
# followed by a plural verb, are names (the second is capitalised mid-sentence)
_PAIR = rf"({_ITEM})\s+and\s+({_ITEM})\s+(?:are|were|have|both|each|rely|use|suffer|lack)\b"
OPENING_PAIR = re.compile(rf"[.!?]\s+{_PAIR}")
TEXT_OPENS_PAIR = re.compile(_PAIR)        # (apart: a pattern opening with '^|' is tried at every character)
# 'Embedding Offloading, a system that combines these components, ...': one to three capitalised words a
# sentence opens with, set off by an apposition that says what software they are
_CAPITAL = r"[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*"
_OPENING_NAME = rf"({_CAPITAL}(?:\s+{_CAPITAL}){{0,2}})(?=,\s+an?\s)"
OPENING_NAMED = re.compile(rf"[.!?]\s+{_OPENING_NAME}")
# 'S-LoRA proposes Unified Paging.', 'we introduce Progressive Group Quantization (PGQ)': a Title Case phrase of two
# to four words that the work's verb proposes, with no article before it, is the name of what it proposes
# (the verb opens the pattern, which the engine scans for fast; its subject is read back: SUBJECT_BEFORE)
PROPOSED_PHRASE = re.compile(rf"(?:propose|introduce|present|develop|design|devise)s?\s+({_CAPITAL}(?:\s+{_CAPITAL}){{1,3}})"
                             r"(?=\s*[,.;:(]|\s+(?:to|that|which|for|as|in|and)\b)")
SUBJECT_BEFORE = re.compile(r"(?:\b[Ww]e|\b[A-Z][\w\-]*)\s+(?:also\s+|further\s+|then\s+)?$")
ABSTRACT_OPENS = re.compile(_OPENING_NAME)        # the abstract's first sentence
# 'Wexnix-based software': the suffix marks the name
BASED = re.compile(r"[-\s]based\b")
# a capitalised word beside it makes it one word of a Title Case phrase ('Large Language Models')
CAPITAL_BEFORE = re.compile(r"(?<![\w\-])(?![A-Z0-9]+-[a-z]+\s)[A-Z][\w\-]*\s+$")   # not 'CPU-based Pilhul'
CAPITAL_AFTER = re.compile(r"\s+[A-Z]")
SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|[(\[]\s*|(?<![\w)])\(?\w{1,3}\)\s+|\d\s+)$")   # '(1) Only', '175 Billion'
# what may stand between a marker and the name: 'than the popular', 'compared to CPU-based'
# ('compared to NVIDIA's Zoryad': an owner's possessive too)
# (case-sensitive inside patterns that ignore case: 'than Vexrud on Drator' holds a name between)
BETWEEN = r"(?:(?:the|an?|our)\s+|(?-i:[A-Z][\w\-]*'s)\s+)?(?:(?-i:[a-z][\w\-]*|[A-Z0-9]+-[a-z]+)\s+){0,2}?"
# lower-case words that qualify a noun after a name ('Foo image classification datasets'), not words that
# start a phrase of their own ('VM-Unet across multiple datasets')
# (a claim's verb is no modifier: 'M3ViT achieves better accuracy' says nothing of a dataset)
MODIFIER = (r"(?!(?:across|on|in|of|for|with|to|and|or|than|by|from|at|over|under|as|is|are|was|were|has|have|"
            r"the|an?|its|their|our|this|these|that|which|achiev\w*|reach\w*|attain\w*|obtain\w*|yield\w*|"
            r"deliver\w*|maintain\w*|preserv\w*|retain\w*|outperform\w*|surpass\w*|exceed\w*)\s)[a-z][\w\-]*\s+")
# 'Suldra and Nixdra LLMs': the first of two coordinated names shares the noun after the second
# (an aside may follow either: 'Fanyad (10.8 vs 15.8) and Torsul (66.5%) datasets')
ASIDE_TEXT = r"\s*\([^()]{0,80}\)"     # 'Deep Graph Library (3.02x faster) and NeuGraph': a list still
ASIDE = re.compile(ASIDE_TEXT)
# a sentence's first word that says which thing, not what it is called ('Our Drator-based pipeline')
DETERMINERS = {"our", "their", "its", "this", "these", "those", "the", "each", "every"}
# a capitalised word opening a sentence ('. Gorvex model achieves')
OPENER = re.compile(rf"(?:^|[.!?]\s+)({_ITEM})(?![\w'])")
NUMBER_WORDS = {"hundred", "thousand", "million", "billion", "trillion"}
# 'QueenV2 builds upon Queen', 'Zorq-2 extends Zorq': what a release number, a version tag or '++' follows on a
# coined name marks the plain word before it as that name's predecessor
RELEASE = re.compile(r"[-\s]?(?:[vV]\d+(?:\.\d+)*|\d+(?:\.\d+)*|\+\+?)")
COUNT_BEFORE = re.compile(r"(?<![\d.,])\d[\d,]*\s+$")      # a count of things, not a sentence's number
NAME_ENDS = re.compile(r"\s*[,.;:)]|\s+(?:by|on|in|for|across|at|under|respectively)\b")
CLAUSE_ENDS = re.compile(r"\s*(?:[.;)]|,\s+(?:and|or|which|while|whereas)\b|$)")
_ASIDE = rf"(?:{ASIDE_TEXT})?"
# the words that join two items of a list ('outperforms Vexnix as well as Pelham')
AND_OR = r"(?:and|or|as\s+well\s+as)"
COORDINATED = rf"{_ASIDE}(?:,?\s+(?:and|or)\s+|,\s+){_ITEM}{_ASIDE}"


def typed_before(data: dict[str, Any]) -> list[tuple[re.Pattern[str], str]]:
    """What stands right before a plain name and types it: an evaluation, score or training reported
    on it ('we validate Foo on Bar', '76.3% top-1 accuracy on Foo', 'trained on Foo', 'train Bar on
    Foo': a dataset), a score claimed on it ('achieves 76.3% on Foo'), recorded data it is the source of
    ('traces from Foo': a dataset) or a training verb taking it as object ('we train Bar': a model), as a
    compression or serving verb does ('we quantize Bar', 'serving Bar'), or what a technique is applied to
    ('we apply it to Bar', 'decoding of Bar': a model)."""
    scores, verbs = data.get("dataset_before", []), data.get("model_before", [])
    evaluated, sources = data.get("dataset_verbs", []), data.get("dataset_from", [])
    patterns = [(re.compile(rf"(?<![\w-])(?:{_alt(evaluated)})\s+(?:[\w\-.]+\s+){{0,3}}?on\s+(?:the\s+|both\s+)?$", re.I),
                 "dataset")] if evaluated else []
    outranks = data.get("outranking_verbs", [])
    if outranks:    # 'Foo outperforms Bar-1.5B on Pelquad': what a model is ranked on is a benchmark
        patterns.append((re.compile(rf"(?<![\w-])(?:{_alt(outranks)})\s+(?:[\w\-.]+\s+){{1,3}}?on\s+(?:the\s+)?$", re.I),
                         "dataset"))
    applied, of_nouns = data.get("model_to_verbs", []), data.get("model_of_nouns", [])
    if applied:     # 'we apply Foo to Bar', 'when applied to Bar': what a technique is applied to is a model
        patterns.append((re.compile(rf"(?<![\w-])(?:{_alt(applied)})\s+(?:[\w\-]+\s+){{0,3}}?to\s+(?:the\s+|both\s+)?$",
                                    re.I), "model"))
    if of_nouns:    # 'decoding of Bar', 'inference for Bar'
        patterns.append((re.compile(rf"(?<![\w-])(?:{_alt(of_nouns)})\s+(?:of|for)\s+(?:the\s+)?$", re.I), "model"))
    claims = data.get("score_verbs", [])
    if claims:      # 'Foo achieves 76.3% on Bar', 'scores 45.1 on Bar', 'sets a new state of the art on Bar'
        claimed = (r"(?:(?:an?\s+|the\s+)?(?:new\s+)?(?:state[\s-]of[\s-]the[\s-]art|SOTA)"
                   r"|(?:up\s+to\s+)?[\d.]+\s*%?(?:\s+(?:points?|pp))?)")
        patterns.append((re.compile(rf"(?<![\w-])(?:{_alt(claims)})\s+{claimed}\s+on\s+(?:the\s+)?$", re.I), "dataset"))
    if sources:     # 'production traces from Philly': where recorded data comes from names a dataset
        patterns.append((re.compile(rf"(?<![\w-])(?:{_alt(sources)})\s+(?:collected\s+)?from\s+(?:the\s+)?$", re.I), "dataset"))
    return patterns + [
        # ('comparable accuracy to Vexrud on Drator': the score's reference may stand between)
        (re.compile(rf"(?<![\w-])(?:{_alt(scores)})(?:\s+of\s+[\d.,]+\s*%?|\s+(?:to|than|with|over)\s+(?-i:[A-Z][\w\-.]*))?"
                    r"\s+on\s+(?:the\s+)?$", re.I), "dataset"),
        (re.compile(rf"(?<![\w-])(?:{_alt(verbs)})\s+(?:the\s+|an?\s+)?(?-i:[A-Z][\w\-.]*)\s+on\s+(?:the\s+)?$", re.I),
         "dataset"),
        (re.compile(rf"(?<![\w-])(?:{_alt(verbs + data.get('model_object_verbs', []))})\s+(?:the\s+|an?\s+)?$", re.I),
         "model")]


def opening_pairs(text: str, start: int) -> Iterator[re.Match[str]]:
    """The two-name openings of sentences from ``start`` on (the text's own first sentence when 0)."""
    first = TEXT_OPENS_PAIR.match(text) if start == 0 else None
    return chain([first] if first else [], OPENING_PAIR.finditer(text, first.end() if first else start))


def _used_in_lower_case(text: str, word: str) -> bool:
    """The abstract writes the word in lower case too: an ordinary word capitalised ('open-sourced Diffusion
    LLMs' beside 'bidirectional diffusion models'), not a name."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _set_off_after(nouns: list[str]) -> re.Pattern[str]:
    """A noun phrase ending in one of ``nouns`` and a comma, right before a name: 'its counterpart, Gavel'."""
    return re.compile(rf"\b(?:the|its|their|our|an?)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_alt(nouns)})s?,\s+$", re.I)


class CuedNames:
    """The patterns built from the cue lists; ``find`` proposes the new candidates of one text."""

    def __init__(self, data: dict[str, Any]) -> None:
        markers = data.get("name_markers", [])
        # 'compared to the state-of-the-art (Quilam)': the name may stand in brackets after the marker's noun
        self.before = re.compile(rf"(?<![\w-])(?:{_alt(markers)})\s+{BETWEEN}\(?$", re.I) if markers else None
        self.marker_words = {m.lower() for m in markers if " " not in m}
        # 'outperforms the GPU baseline and Vexnix by 2x', 'Compared to a GPU-only baseline and Vexnix, ...': the
        # second item of a marked pair, where the name ends its phrase (NAME_ENDS)
        self.coordinated = re.compile(rf"(?<![\w-])(?:{_alt(markers)})\s+(?:[^\s,.;:()]+\s+){{1,4}}{AND_OR}\s+$",
                                      re.I) if markers else None
        nouns = data["dataset_after"] + data["framework_after"] + data["model_after"] + list(data["noun_types"])
        self.after = re.compile(rf"(?:{COORDINATED})?\s+(?:{MODIFIER}){{0,2}}?(?:{_alt(nouns)})s?\b")
        # 'Brannock, a 7B-parameter language model': an apposition that says what the name is (not a device noun:
        # 'We present Vexnix, an accelerator' is a proposal, which kg_contributions types)
        software = [k for k, v in data["noun_types"].items() if v != "hardware"]
        self.apposition = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}?(?:{_alt(software)})s?\b")
        self.not_names = {w.lower() for w in data.get("not_names", [])}
        # 'we incorporate our method into Foo': what a contribution is merged into (a framework)
        verbs, with_verbs = data.get("framework_verbs", []), data.get("framework_verbs_with", [])
        # 'a real-world MoE-based model named Foo', 'a technique called Foo': a naming word introduces a name
        self.named = re.compile(rf"(?<![\w-])(?:{_alt(data.get('naming_words', []))})\s+$", re.I)
        # 'than its counterpart, Gavel.': set off after a reference noun, ending its clause (not 'Compared with the
        # baseline, Zorq reduces ...': that name opens the main clause)
        refs = data.get("reference_nouns", [])
        self.reference = _set_off_after(refs) if refs else None
        # 'as well as the leading numerical weather model, Pelcast-2, on ...': a name set off after a described type noun
        self.described = _set_off_after(list(data["noun_types"]))
        self.merged_into = re.compile(rf"(?<![\w-])(?:(?:{_alt(verbs)})\s+(?:[\w\-]+\s+){{0,3}}?into|"
                                      rf"(?:{_alt(with_verbs)})\s+(?:[\w\-]+\s+){{0,3}}?with)\s+(?:the\s+|both\s+)?$", re.I)
        self.typed_before = typed_before(data)
        # 'the state-of-the-art LLM serving system Nixlam', 'the benchmark Tag'
        self.noun_before = re.compile(
            rf"\b(?:an?|the|our)\s+(?:[\w\-]+\s+){{0,3}}?(?P<noun>{_alt(list(data['nouns_before']))})\s+$", re.I)
        # a list of unknown names counts only where a noun says what they are: 'speech models: A, B and C'
        # ('over leading inference systems Quidra, Pelham and Zorgen': a plural type noun right before the list too)
        self.noun_colon = re.compile(rf"\b(?:{_alt(list(data['noun_types']))})(?:s?:|s)\s+$", re.I)
        # 'the Duke MTMC dataset', 'the Zebra Faces benchmark': two or three capitalised words between 'the' and a
        # lower-case dataset noun are one name
        data_nouns = [k for k, v in data["noun_types"].items() if v == "dataset"]
        self.dataset_run = re.compile(rf"\b[Tt]he\s+(?P<name>[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*){{1,2}})\s+"
                                      rf"(?-i:{'|'.join(map(re.escape, data_nouns))})s?\b")
        # 'vendor SDKs (Hultor, Sulrud)': names in brackets right after a plural type noun
        self.noun_bracket = re.compile(rf"\b(?:{_alt(list(data['noun_types']))})s\s+\((?:\s*{_ITEM}\s*,)*\s*(?:and\s+)?$")

    def find(self, text: str, chosen: list[Candidate], stop_lower: set[str], title_end: int) -> list[Candidate]:
        """Guessed candidates for the abstract's cued plain names that no other candidate covers."""
        if self.before is None:
            return []
        taken = occupied(text, chosen)
        released = {c.name[:len(c.name) - len(r.group())]: c.type for c in chosen
                    if (r := RELEASE.search(c.name)) and r.end() == len(c.name) and r.start() > 1}
        # (and a typed sentence opener's other mentions are names with no cue of their own, as a predecessor's are)
        openers = self._typed_openers(text, title_end)
        released.update({w: "method" for w in openers if w not in released})
        out = []
        for m in WORD.finditer(text, title_end):
            start, end, word = m.start(1), m.end(1), m.group(1)
            if any(taken[start:end]) or word.lower() in stop_lower or word.lower() in self.not_names:
                continue
            typed_after = self.after.match(text, end)     # 'Nixdra LLMs': a capital noun, not Title Case
            # a sentence's first word is no name; one in brackets after a marker is ('the state-of-the-art (Quilam)')
            opens = word not in openers and SENTENCE_START.search(text, max(0, start - 6), start) and not (
                text[start - 1] == "(" and self.before.search(text, max(0, start - 60), start)) and not (
                typed_after and COUNT_BEFORE.search(text, max(0, start - 8), start)
                and word.lower() not in NUMBER_WORDS)    # '256 Quellon-3 NPUs', not '175 Billion parameter model'
            if opens or not text[title_end:start].strip() \
                    or (CAPITAL_AFTER.match(text, end) and not typed_after) or self._title_case(text, start, stop_lower):
                continue        # every sentence's first word (the abstract's too) is capitalised, and so is Title Case
            if typed_after or self.before.search(text, max(0, start - 60), start) or BASED.match(text, end) \
                    or self.apposition.match(text, end) \
                    or self.noun_before.search(text, max(0, start - 60), start) or self.type_before(text, start, title_end) \
                    or self.merged(text, start, title_end) or self.named.search(text, max(0, start - 12), start) \
                    or self.noun_bracket.search(text, max(0, start - 80), start) or self._referenced(text, start, end) \
                    or self._coordinated(text, start, end):
                if not _used_in_lower_case(text, word):
                    out.append(Candidate(start, end, "method", word, CUED_RULE, "coined"))
            elif word in released and not _used_in_lower_case(text, word):
                out.append(Candidate(start, end, released[word], word, CUED_RULE, "coined"))
        more = self._opening_named(text, taken, stop_lower, title_end) + self._proposed(text, taken, stop_lower, title_end)
        out += [c for c in more if c.start not in {o.start for o in out}]
        starts = {c.start for c in out}
        return out + [c for c in self._lists(text, taken, stop_lower, title_end) if c.start not in starts]

    def _typed_openers(self, text: str, title_end: int) -> set[str]:
        """'Gorvex model achieves 55.5% AP ..., while with test-time augmentation, Gorvex achieves 56.0% AP': a word
        that opens a sentence before a type noun names a thing when the text also writes it mid-sentence."""
        out = set()
        for m in OPENER.finditer(text, title_end):
            word = m.group(1)
            if self.after.match(text, m.end(1)) and not DESCRIPTIVE.match(word) and word.lower() not in self.not_names \
                    and re.compile(rf"(?<![\w\-])[a-z][\w\-]*[,;]?\s+{re.escape(word)}(?![\w'-])").search(text, title_end):
                out.add(word)       # (after a lower-case word: 'while ..., Gorvex achieves', not 'The Large ...')
        return out

    def dataset_runs(self, text: str, title_end: int, stop_lower: set[str], known: list[Candidate]) -> list[Candidate]:
        """Multi-word dataset names before their noun ('the Duke MTMC dataset'), none of whose words is generic,
        descriptive or written in lower case elsewhere ('the Large Language Model benchmark' names nothing), and
        with no catalog name inside ('the Rodinia BFS benchmark' is a suite's member, not a new dataset)."""
        out = []
        for m in self.dataset_run.finditer(text, title_end):
            words, (a, b) = m.group("name").split(), m.span("name")
            if DESCRIPTIVE.match(words[0]) or any(w.lower() in stop_lower or w.lower() in self.not_names
                                                  or _used_in_lower_case(text, w) for w in words) \
                    or any(a <= c.start < b and (c.start, c.end) != (a, b) for c in known):
                continue
            out.append(Candidate(m.start("name"), m.end("name"), "dataset", m.group("name"), CUED_RULE, "coined"))
        return out

    def _opening_named(self, text: str, taken: bytearray, stop_lower: set[str], title_end: int) -> list[Candidate]:
        """A sentence that opens with a name the apposition after it types: 'Embedding Offloading, a system
        that ...' (named again elsewhere in the paper; 'Recently, a new system' names nothing)."""
        out = []
        first = ABSTRACT_OPENS.match(text, title_end)
        for m in [first, *OPENING_NAMED.finditer(text, title_end)] if first else OPENING_NAMED.finditer(text, title_end):
            a, b = m.span(1)
            words = text[a:b].split()
            if any(taken[a:b]) or not self.apposition.match(text, b) or text.count(text[a:b]) < 2 \
                    or any(w.lower() in stop_lower or w.lower() in self.not_names for w in words) \
                    or (len(words) == 1 and (DESCRIPTIVE.match(words[0]) or PLAIN_NOUN.fullmatch(words[0].lower()))):
                continue
            out.append(Candidate(a, b, "method", text[a:b], CUED_RULE, "coined"))
        return out

    def _proposed(self, text: str, taken: bytearray, stop_lower: set[str], title_end: int) -> list[Candidate]:
        """A Title Case phrase the work proposes ('S-LoRA proposes Unified Paging'), unless it is written in lower case
        too or its initials are a generic acronym ('we present Graph Neural Networks ...': GNN)."""
        out = []
        for m in PROPOSED_PHRASE.finditer(text, title_end):
            if not SUBJECT_BEFORE.search(text, max(title_end, m.start() - 40), m.start()):
                continue
            a, b = m.span(1)
            words = text[a:b].split()
            initials = "".join(w[0] for w in words).lower()
            if any(taken[a:b]) or _used_in_lower_case(text, text[a:b]) or initials in stop_lower \
                    or initials + "s" in stop_lower or any(w.lower() in self.not_names for w in words):
                continue
            out.append(Candidate(a, b, "method", text[a:b], CUED_RULE, "coined"))
        return out

    def _coordinated(self, text: str, start: int, end: int) -> bool:
        return self.coordinated is not None and NAME_ENDS.match(text, end) is not None \
            and self.coordinated.search(text, max(0, start - 60), start) is not None

    def _referenced(self, text: str, start: int, end: int) -> bool:
        if NAME_ENDS.match(text, end) is not None and self.described.search(text, max(0, start - 80), start):
            return True
        return self.reference is not None and CLAUSE_ENDS.match(text, end) is not None \
            and self.reference.search(text, max(0, start - 80), start) is not None

    def _title_case(self, text: str, start: int, stop_lower: set[str]) -> bool:
        """A capitalised word right before: Title Case, unless it is a marker or a determiner opening the sentence
        ('Unlike Quidra, Zorserve adapts', 'Our Drator-based pipeline') or a vendor or generic word ('Using NVIDIA
        Flex, a GPU-based physics engine')."""
        cap = CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        word = text[cap.start():start].strip().lower() if cap is not None else ""
        return cap is not None and word not in stop_lower and not (
            (word in self.marker_words or word in DETERMINERS)
            and SENTENCE_START.search(text, max(0, cap.start() - 6), cap.start()))

    def merged(self, text: str, start: int, floor: int = 0) -> bool:
        """Whether the name at ``start`` is what the sentence merges a contribution into (the words from
        ``floor`` on: the abstract's, not the title's)."""
        return bool(self.merged_into.search(text, max(floor, start - 60), start))

    def type_before(self, text: str, start: int, floor: int = 0) -> str | None:
        """The type :func:`typed_before` gives the name at ``start``, if any (words from ``floor`` on)."""
        return next((kind for pattern, kind in self.typed_before if pattern.search(text, max(floor, start - 50), start)),
                    None)

    def _lists(self, text: str, taken: bytearray, stop_lower: set[str], title_end: int) -> list[Candidate]:
        """Every item of a list of three or more unknown capitalised words that a noun types, and a pair of
        them a sentence opens with before a plural verb."""
        out: list[Candidate] = []
        for m in LIST.finditer(text, title_end):
            start = m.start(1)
            if not (self.noun_colon.search(text, max(0, start - 30), start) or self.after.match(text, m.end(1))):
                continue
            items = [i for i in LIST_ITEM.finditer(text, start, m.end(1))]
            if any(any(taken[i.start():i.end()]) or i.group().lower() in stop_lower or i.group().lower() in self.not_names
                   for i in items):
                continue        # a known or generic word in it: the list walker (listed.py) takes it from there
            out += [Candidate(i.start(), i.end(), "method", i.group(), CUED_RULE, "coined") for i in items
                    if not any(c.start == i.start() for c in out)]
        for m in opening_pairs(text, title_end):
            spans = [m.span(1), m.span(2)]
            if any(any(taken[a:b]) or text[a:b].lower() in stop_lower or text[a:b].lower() in self.not_names
                   or DESCRIPTIVE.match(text[a:b]) or PLAIN_NOUN.fullmatch(text[a:b].lower()) for a, b in spans):
                continue        # 'Training and Inference are both costly': English words in capitals
            out += [Candidate(a, b, "method", text[a:b], CUED_RULE, "coined") for a, b in spans
                    if not any(c.start == a for c in out)]
        return out
