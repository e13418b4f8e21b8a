"""Types for names no catalog knows, from how the text uses them (kg_entities).

The words are data (``pipelines/type_cues.json``): the head noun after a name ('the Foo
library'), an apposition ('Foo, a compiler for ...'), a naming phrase ('a model called Foo'),
what stands before it ('implemented in Foo') and library naming conventions ('cuFoo').
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet
from typing import Any

from kg.extraction.candidates import Candidate
from kg.extraction.catalog import ENTITY_TYPES, Catalog, lists_of_strings, read_json_asset
from kg.extraction.catalog import alternation as _alt
from kg.extraction.cued import AND_OR, ASIDE, COORDINATED, MODIFIER, CuedNames
from kg.extraction.shapes import VARIANT_WORDS
from kg.extraction.text import name_key

# the words between two items of a list (types flow along it; a comparison reaches all of it)
# (an article after a bare comma only as 'the': 'Foo, a GPU-accelerated tool' is an apposition, no list)
# ('A as well as the leading weather model, B', 'A and the popular baseline B': a described item)
LIST_SEP = re.compile(rf"^\s*(?:,\s*(?:the\s+)?|(?:,\s*|\s+){AND_OR}\s+(?:(?:the|an?)\s+(?:{MODIFIER}){{0,4}}?"
                      rf"(?:[a-z][\w\-]*,\s+)?)?)$")
GUESSED = ("shape:coined", "rule:acronym-definition", "rule:listed-name", "rule:cued-name")
# words that end a list of examples: a clause, not more names ('such as Foo, which runs on ...')
NOT_A_LIST = re.compile(r"\b(?:which|that|where|when|while|with|to|for|on|in|of|by|from|is|are|was|were|we|our|"
                        r"it|its|than|outperform\w*|achiev\w*|show\w*)\b", re.I)
# what a derived name of an architecture is when a model's noun follows it ('the ViT-B model has 86M parameters')
RELEASE_AFTER = re.compile(r"\s+(?:pre-?trained\s+)?(?:model|backbone|checkpoint)s?\b")
# a name followed by its verb starts a clause ('On ImageNet, FooNet achieves'); types do not flow into it
VERB_AFTER = re.compile(r"\s+(?:also\s+|further\s+|then\s+)?(?:is|are|was|were|has|have|can|could|will|may|"
                        r"\w+s|\w+ed)\b(?!\s*(?:,|and\b|or\b))")
LISTS = ("dataset_after", "framework_after", "framework_before", "model_after", "hardware_after", "naming_words",
         "library_prefixes")
OPTIONAL_LISTS = ("example_markers", "name_markers", "not_names", "dataset_before", "model_before", "long_form_nouns",
                  "framework_verbs", "framework_verbs_with", "based_framework_nouns", "dataset_verbs", "dataset_from",
                  "outranking_verbs", "model_object_verbs", "benchmark_suffixes", "score_verbs",
                  "model_to_verbs", "model_of_nouns")
TYPE_MAPS = ("noun_types", "nouns_before")


def _check(data: Any) -> Iterator[tuple[str, str]]:
    yield from lists_of_strings(data, LISTS)
    # optional: older files load without them
    for key in OPTIONAL_LISTS:
        if isinstance(data, dict) and key in data:
            yield from lists_of_strings({key: data[key]})
    for key in TYPE_MAPS:
        nouns = data.get(key) if isinstance(data, dict) else None
        if not isinstance(nouns, dict):
            yield f'"{key}"', f"'{key}' must map nouns to entity types"
            continue
        for noun, kind in nouns.items():
            if kind not in ENTITY_TYPES:
                yield f'"{noun}"', f"'{kind}' is not an entity type; choose from {', '.join(ENTITY_TYPES)}"


TITLE_WORD = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)*"     # 'Application-Oriented'


class TypeCues:
    """The patterns built from ``type_cues.json``."""

    def __init__(self, name: str = "type_cues.json") -> None:
        data = read_json_asset(name, _check)
        self.noun_types = {k.lower(): v for k, v in data["noun_types"].items()}
        self.long_form_nouns = {w.lower() for w in data.get("long_form_nouns", [])}
        nouns = _alt(list(self.noun_types))
        # 'Foo image classification datasets', 'Foo, Bar, and Baz datasets': the noun after the name or its list
        # ... or a capitalised one after Title Case words: 'the QED-C Application-Oriented Benchmarks'
        named = _alt([k[:1].upper() + k[1:] for k, v in data["noun_types"].items() if v == "dataset"])
        self.dataset_after = re.compile(rf"(?:{COORDINATED})*\s+(?:(?:{MODIFIER}){{0,3}}?(?:{_alt(data['dataset_after'])})s?|"
                                        rf"(?:{TITLE_WORD}\s+){{0,2}}(?:{named})s?)\b")
        self.framework_after = re.compile(rf"(?:{COORDINATED})*\s+(?:{_alt(data['framework_after'])})\b")
        self.framework_before = re.compile(rf"\b(?:{_alt(data['framework_before'])})\s+(?:the\s+|both\s+|either\s+)?$", re.I)
        # 'Foo, a compiler for', 'M3ViT is the latest multi-task ViT model', 'Foo and Bar, two popular inference engines'
        self.appositive = re.compile(rf"(?:,|\s+(?:is|was))\s+(?:a|an|the|two|three|four)\s+(?:[\w\-]+\s+){{0,3}}?"
                                     rf"(?P<noun>{nouns})s?\b")
        self.named_after = re.compile(rf"\b(?P<noun>{nouns})s?,?\s+(?:{_alt(data['naming_words'])})\s+$")
        self.model_after = re.compile(rf"(?:{COORDINATED})*\s+(?:{_alt(data['model_after'])})s?\b(?!-|\s+[A-Z])")
        # ('XDL CPU-only and XDL CPU-GPU execution': a device compound after a name says where it ran, not what it is)
        self.hardware_after = re.compile(rf"\s+(?:{_alt(data['hardware_after'])})s?\b(?!-)")
        # 'a Foo-based library': what software is based on
        self.based_framework = re.compile(
            rf"-based\s+(?:[\w\-]+\s+){{0,2}}?(?:{_alt(data.get('based_framework_nouns', []))})s?\b", re.I)
        self.library_name = re.compile(rf"^(?:{_alt(data['library_prefixes'])})[A-Z][A-Za-z0-9]*$")
        # 'CRUXEval', 'Vex-Bench': a benchmark's own name says what it is (after a word of its own: not 'Bench')
        suffixes = data.get("benchmark_suffixes", [])
        self.benchmark_name = re.compile(rf"^[\w.]*[A-Za-z0-9][\-]?(?:{'|'.join(map(re.escape, suffixes))})(?:-?v?\d[\w.]*)?$") \
            if suffixes else re.compile("(?!)")
        self.cued = CuedNames(data)
        markers = data.get("example_markers", [])
        # 'benchmarks such as Foo, Bar and Baz': the names listed after a plural type noun (no clause between)
        # 'benchmarks such as', 'large multimodal models (LMMs) like', 'libraries (e.g., Foo, Bar)'
        self.examples_of = re.compile(rf"\b(?P<noun>{nouns})(?P<plural>s?)(?:\s+\([A-Z][\w\-]*\))?"
                                      rf"(?:,?\s+\(?(?:{_alt(markers)}),?\s+|:\s+|\s+\((?=[A-Z]))", re.I) if markers else None
        self.nouns_before = {k.lower(): v for k, v in data["nouns_before"].items()}
        self.marker_heads = tuple({m.split()[0].lower() for m in markers if m.split()})     # (a quick test first)

    def long_form_type(self, long_form: str, after: str) -> str:
        """'Star Schema Benchmark (SSB)' is a dataset, 'Kernel Tuning Toolkit (KTT)' a framework: the long
        form's head noun, or a benchmark noun right after the brackets ('Needle in a Video Haystack (NIAVH)
        benchmark'; 'the NEP framework' is as often a method), types a new acronym."""
        kind, after_kind = (self.noun_types.get(self._long_form_noun(w), "method")
                            for w in (long_form.split()[-1], (after.split() or [""])[0]))
        return "dataset" if kind == "method" and after_kind == "dataset" else kind

    def _long_form_noun(self, word: str) -> str:
        head = word.lower().rstrip(".,;:")
        return head if head in self.long_form_nouns else head[:-1] if head[:-1] in self.long_form_nouns else ""

    def type_of(self, text: str, c: Candidate, title_end: int = 0) -> str | None:
        """The type the words around one guessed name give it, if any (an abstract's name is typed by its
        own words, not by the title's last: '... LoRA Serving' then 'Vexnix achieves')."""
        floor = title_end if c.start >= title_end else 0
        before = self.cued.noun_before.search(text, max(floor, c.start - 60), c.start)
        if before:
            return self.nouns_before[before.group("noun").lower()]
        if self.hardware_after.match(text, c.end):
            return "hardware"       # 'evaluated on the Fanyad cluster': the device noun, before the verb's guess
        marker = self._examples_marker(text, c) or self.cued.type_before(text, c.start, floor)
        if marker is not None:
            return marker
        if self.dataset_after.match(text, c.end):
            return "dataset"
        noun = self.appositive.match(text, c.end) or self.named_after.search(text, max(floor, c.start - 40), c.start)
        if noun:
            return self.noun_types.get(noun.group("noun").lower(), "dataset")
        if self.model_after.match(text, c.end):
            return "model"
        if self.library_name.match(c.name) or self.framework_after.match(text, c.end) or \
                self.framework_before.search(text, max(floor, c.start - 30), c.start) or \
                self.based_framework.match(text, c.end) or self.cued.merged(text, c.start, floor):
            return "framework"
        return None

    def _benchmark_named(self, text: str, c: Candidate, title_end: int) -> str | None:
        """'CRUXEval', 'Vex-Bench': a benchmark's own name says what it is, unless the paper names itself so ('EffEval:
        A Comprehensive Evaluation of ...' is a study; its title says what it is)."""
        return "dataset" if self.benchmark_name.match(c.name) and c.name not in text[:title_end] else None

    def _system_apposition(self, text: str, c: Candidate) -> bool:
        """', an innovative framework', ', a serving system': an apposition naming a kind of software."""
        noun = self.appositive.match(text, c.end)
        return noun is not None and self.noun_types.get(noun.group("noun").lower()) == "framework"

    def _examples_marker(self, text: str, c: Candidate) -> str | None:
        """The type of the nearest 'benchmarks such as' before ``c``, when only a list stands between."""
        window = text[max(0, c.start - 180):c.start]
        if self.examples_of is None or (window.isascii() and ":" not in window and "(" not in window
                                        and not any(map(window.lower().__contains__, self.marker_heads))):
            return None     # no marker, colon or bracket: the scan below cannot match
        found = list(self.examples_of.finditer(text, max(0, c.start - 180), c.start))
        if not found:
            return None
        items = ASIDE.sub("", text[found[-1].end():c.start])     # 'such as Foo (96.0%), Bar (99.0%)'
        if re.search(r"[.;:]", items) or NOT_A_LIST.search(items):
            return None
        noun = found[-1].group("noun")
        if "including" in found[-1].group(0).lower() and not (found[-1].group("plural") or noun.endswith("s")):
            return None     # 'algorithms in this framework, including BFS': parts of one, not kinds of it
        return self.noun_types[found[-1].group("noun").lower()]

    def retype(self, text: str, chosen: list[Candidate], catalog: Catalog,
               vendors: AbstractSet[str] = frozenset(), title_end: int = 0) -> None:
        """Types for names no catalog knows, from how the text uses them.

        'the Baidu-ULTR dataset' is a dataset; in 'Whisper, Seamless, OWSM, and Canary-1B'
        the unknown item shares its neighbours' type; 'Mistral-v0.3' or 'RT-DETR-L' takes
        the type of the known name it extends; 'NVIDIA's Foo' is software when NVIDIA is one of ``vendors``.
        """
        _named_benchmarks(text, chosen)
        known = {c.name: c.type for c in chosen if c.rule not in GUESSED}
        # (and an acronym its long form's head noun typed: 'the DPC++ Compatibility Tool (DPCT)')
        # (or a coined name its sized releases made a model: 'with Quisul, Joryad and Sulqui ... Quisul-30B')
        sure = {id(c) for c in chosen if c.rule not in GUESSED
                or (c.rule == "rule:acronym-definition" and c.type != "method")
                or (c.rule == "shape:coined" and c.type == "model")}
        for c in chosen:
            if c.rule == "shape:derived" and c.type == "model" and self._system_apposition(text, c):
                c.type = "method"       # 'Whisper-T, an innovative framework': a system named after a model
            elif c.rule == "shape:derived" and c.type == "method" and RELEASE_AFTER.match(text, c.end):
                c.type = "model"        # 'the ViT-B model', 'a DeiT-S backbone': a released size of an architecture
            if c.rule not in GUESSED:
                continue
            found = self.type_of(text, c, title_end) or _device_software(text, c, catalog, vendors) \
                or _vendor_product(text, c, vendors) or _extended_type(c, known, catalog) or _variant_type(c) \
                or catalog.family_type(c.name) or self._benchmark_named(text, c, title_end)
            if found:
                c.type = found
                sure.add(id(c))     # 'Lamqui, Kemhul, and Vexnix backbones': a typed guess types its list
        _same_name_types(chosen, sure, title_end)
        _short_products(chosen)
        for _ in range(2):   # let types flow along a list in both directions
            for a, b in zip(chosen, chosen[1:]):
                if (id(a) in sure) == (id(b) in sure):
                    continue        # (first: the gap's clean-up below is the loop's cost)
                gap = _unvendored(ASIDE.sub("", text[a.end:b.start]), vendors)     # ', and NVIDIA RAPIDS cuDF'
                if LIST_SEP.match(gap) and not BASED_AFTER.match(text, b.end) and not BASED_AFTER.match(text, a.end):
                    guessed, known_one = (a, b) if id(b) in sure else (b, a)
                    if "," in gap and not re.search(r"\b(?:and|or)\b", gap) and VERB_AFTER.match(text, guessed.end):
                        continue    # 'evaluated on Alveo U280 FPGA, LightMamba reaches': a clause, not a list
                    if known_one.type in ("model", "dataset", "framework", "hardware") and guessed.type == "method" \
                            and guessed.rule in GUESSED:
                        guessed.type = known_one.type
                        sure.add(id(guessed))


def _unvendored(gap: str, vendors: AbstractSet[str]) -> str:
    """A list gap without the vendor that opens the next item (', and NVIDIA ' -> ', and ')."""
    words = gap.rstrip().rsplit(None, 1)
    return gap if len(words) < 2 or words[-1].lower() not in vendors else words[0] + " "


def _short_products(chosen: list[Candidate]) -> None:
    """'a Samsung Galaxy S24 Ultra ... the S24 Ultra suffers': a guessed name that is the last word of a product
    named before is that product (its model number without the family)."""
    products = {c.name.rsplit(" ", 1)[-1]: c for c in chosen if c.type == "hardware" and c.specific
                and c.entry is not None and " " in c.name}
    for c in chosen:
        product = products.get(c.name) if c.rule in GUESSED else None
        if product is not None and product.start < c.start:
            c.type, c.name, c.entry, c.specific, c.rule = "hardware", product.name, product.entry, True, product.rule


def _same_name_types(chosen: list[Candidate], sure: set[int], title_end: int) -> None:
    """'Multi-GPU Acceleration of PALABOS Fluid Solver' ... 'the software library Palabos': a guess no
    words type takes the type the text gives another spelling of the same name (one entity in the record);
    so does the title's own spelling ('KelMo: High Performance GPU-Dedicated Architecture' ... 'The KelMo models
    reach'), whose Title Case hides the words that type it, when they make it a model or a dataset ('framework'
    is a loose word, 'the traditional VM U-Net framework' is an architecture; 'a SpZEMM accelerator' is built for
    the kernel)."""
    typed = {name_key(c.name): c for c in chosen if id(c) in sure}
    sure_names = {c.name for c in chosen if id(c) in sure and c.rule != "rule:acronym-definition"}
    for c in chosen:
        other = typed.get(name_key(c.name)) if id(c) not in sure and c.rule in GUESSED else None
        if other is None:
            continue
        titled = c.start < title_end <= other.start and other.type in ("model", "dataset")
        if titled or c.name not in sure_names and (other.name != c.name or other.rule == "rule:acronym-definition"):
            c.type = other.type
            sure.add(id(c))


# 'CPU-based Foo and GPU-based Bar': a device before '-based' qualifies the next name, it is no list item
# a name made the first half of an adjective is no list item: 'GPU-based', 'GPU-accelerated in-memory ANNS system'
BASED_AFTER = re.compile(r"-(?:based|accelerated|powered|enabled|driven|aware|centric|friendly|optimized|specific)\b", re.I)
# 'the Vicuna benchmark', 'on the GQA and MileBench datasets' (the list's noun is each item's)
BENCHMARK_AFTER = re.compile(r"(?:(?:,\s*|,?\s+and\s+)[\w\-.]+){0,4}\s+(?:benchmark|dataset|leaderboard)s?\b")


# 'compared to NVIDIA's Zoryad', 'CPU-based Pilhul and GPU-based Yadqui': what a hardware vendor owns or a
# device class runs is software (in the gold corpora 6 of 7 such names are frameworks: CUTLASS, Megatron-LM,
# DeepSpeed, FastLLM, MLC-LLM, Fairseq's long form; the seventh, 'DeepSpeed's ZeRO', is owned by no vendor)
OWNED = re.compile(r"(?<![\w-])(?P<owner>[A-Za-z][\w]*)(?P<how>'s|-based)\s+$")


def _device_software(text: str, c: Candidate, catalog: Catalog, vendors: AbstractSet[str]) -> str | None:
    owned = OWNED.search(text, max(0, c.start - 30), c.start)
    if owned is None:
        return None
    owner = owned.group("owner")
    if owned.group("how") == "'s":
        return "framework" if owner.lower() in vendors else None
    entry = catalog.lookup(owner)
    return "framework" if entry is not None and entry.type == "hardware" else None


# 'Cray T3D', 'Fujitsu FX700': a hardware vendor's word right before a model number
VENDOR_BEFORE = re.compile(r"(?<![\w-])(?P<vendor>[A-Za-z]+)\s+$")
MODEL_NUMBER = re.compile(r"[A-Z]{1,4}\d{1,5}[A-Z]{0,3}")


def _vendor_product(text: str, c: Candidate, vendors: AbstractSet[str]) -> str | None:
    """A new capital-and-digits name right after a hardware vendor is that vendor's product."""
    before = VENDOR_BEFORE.search(text, max(0, c.start - 20), c.start)
    return "hardware" if before is not None and before.group("vendor").lower() in vendors \
        and MODEL_NUMBER.fullmatch(c.name) else None


def _named_benchmarks(text: str, chosen: list[Candidate]) -> None:
    """'the Vicuna benchmark': a known model or method whose every mention names a benchmark is one here."""
    by_name: dict[str, list[Candidate]] = {}
    for c in chosen:
        if c.type in ("model", "method") and c.rule not in GUESSED:
            by_name.setdefault(c.name, []).append(c)
    for group in by_name.values():
        if all(BENCHMARK_AFTER.match(text, c.end) for c in group):
            for c in group:
                c.type = "dataset"


def _variant_type(c: Candidate) -> str | None:
    """'YOLOv4-tiny', 'FooNet-large': a size or tier of a released model."""
    return "model" if c.name.rpartition("-")[2] in VARIANT_WORDS else None


def _extended_type(c: Candidate, known: dict[str, str], catalog: Catalog) -> str | None:
    """'Mistral-v0.3' is a model like the Mistral it extends."""
    base = next((n for n in sorted(known, key=len, reverse=True)
                 if c.name.startswith(n + "-") and known[n] in ("model", "dataset")), None)
    if base:
        return known[base]
    if "-" not in c.name:
        return None
    first = c.name.split("-")[0]        # 'Qwen1.5-MoE-A2.7B', 'Phi-3.5-MoE': a member of a known family
    entry = catalog.lookup(first)
    kind = entry.type if entry is not None else catalog.family_type(first)
    return kind if kind in ("model", "dataset") else None
