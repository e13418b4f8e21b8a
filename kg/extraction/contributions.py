"""What the paper itself introduces: the title's name prefix and 'we propose X'.

A contribution becomes a mention if no other rule found it, and its type comes
from how the paper describes it ('a benchmark', 'a model', a model-size shape).
A catalog framework the paper is about becomes a method (ANNOTATION.md). The cue
words live in ``pipelines/contributions.json`` (:mod:`kg.extraction.contribution_cues`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.assets import DataFiles
from kg.extraction.contribution_cues import APPOSITION, NEW_WORD, ContributionLexicon, spelled_out_end
from kg.extraction.contribution_names import (
    device_phrase,
    extensions,
    joined_names,
    our_defined,
    released_variants,
    spelled_initialisms,
)
from kg.extraction.contribution_objects import listed_parts, new_device, proposal_object
from kg.extraction.contribution_terms import defined_terms, plain_phrase, plain_terms
from kg.extraction.cued import CUED_RULE
from kg.extraction.mention_lists import only_names
from kg.extraction.mentions import Mention, doc_text, one_type_per_name, register_extensions
from kg.extraction.retype import GUESSED
from kg.extraction.shapes import (
    DERIVED_SUFFIX,
    DESCRIPTIVE,
    DEVICE_WORDS,
    MODEL_SIZE,
    is_coined,
    occurrences,
    url_spans,
)
from kg.extraction.text import name_key

# a short acronym inside a several-word title prefix names a field, not a thing: 'LLM', 'GPUs'
SHORT_ACRONYM = re.compile(r"[A-Z]{2,4}s?")
# 'Hive hash table, a high-performance ... GPU hash table': a name, its head noun, an apposition repeating it
HEAD_REPEATED = re.compile(r"\s*([A-Z][a-z]{2,})\s+((?:[a-z]+\s+){0,2}[a-z]{3,}),\s+(?:a|an)\s+([^.;]{0,160})")
# 'we propose Pruner and MoA-Pruner.': a second new name joined to the proposed one, ending its clause
COORDINATED_NAME = re.compile(r"\s*,?\s+and\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})(?=\s*[.,;:(]|\s+(?:to|for|that|which)\b)")


def _head_repeated(paper: "_Paper", cue: re.Match[str]) -> Mention | None:
    """'Hive Hash Table: ...' / 'We present Hive hash table, a ... GPU hash table': a capitalised word that
    opens the title, before a plain noun phrase the apposition repeats, is the name (the noun phrase is its
    generic head)."""
    m = HEAD_REPEATED.match(paper.text, cue.end())
    if m is None or m.group(2) not in m.group(3) or not paper.holds_whole(*m.span(1)) \
            or not re.match(rf"{re.escape(m.group(1))}\b", paper.text[:paper.title_end]):
        return None
    return paper.replace_span(*m.span(1), m.group(1), "rule:propose-phrase")


@dataclass
class _Paper:
    """One doc's contributions as they are found: its mentions and the names it proposes."""

    text: str
    title_end: int
    mentions: list[Mention]
    lex: ContributionLexicon
    proposes: list[str] = field(default_factory=list)
    # contributions only the title has described so far
    title_typed: set[str] = field(default_factory=set)

    def mention_at(self, start: int, end: int) -> Mention | None:
        return next((m for m in self.mentions if m.start <= start < m.end or start <= m.start < end), None)

    def claim(self, m: Mention, desc: str, designed: bool = False) -> None:
        """``m`` is a contribution; its type follows how the paper describes it, and a description in
        the abstract outranks the title's subtitle ('DistZO2: ... Fine-tuning LLMs' is 'a framework');
        a known device is one only when the paper presents its design ('the design of Sparse Tensor Cores')."""
        kind = m.type
        if m.type == "framework":
            m.attrs = {**m.attrs, "alt_types": ["framework"]}
            kind = "method"
        elif not m.rule.startswith("catalog:") and (m.type == "method" or m.name in self.title_typed):
            kind = "model" if MODEL_SIZE.fullmatch(m.name) else self.lex.described_type(desc) or m.type
        if not (kind in ("method", "model", "dataset") or new_device(m) or (designed and m.type == "hardware")):
            m.type = kind
            return
        in_title = m.start < self.title_end
        if m.name not in self.proposes:
            self.proposes.append(m.name)
        elif in_title or m.name not in self.title_typed:
            return      # the first description stands, for every mention of the name
        if in_title:
            self.title_typed.add(m.name)
        else:
            self.title_typed.discard(m.name)
        key = name_key(m.name)
        for other in self.mentions:          # every mention of the name (any spelling) follows the contribution's type
            if name_key(other.name) == key:
                other.type = kind

    def holds_whole(self, start: int, end: int) -> bool:
        """Every mention the span overlaps lies inside it, and none is exactly it: a new name there
        may absorb them ('Low-Rank Transformer' over 'Transformer')."""
        return all(start <= o.start and o.end <= end and (o.start, o.end) != (start, end)
                   for o in self.mentions if o.start < end and start < o.end)

    def replace_span(self, start: int, end: int, name: str, rule: str) -> Mention:
        """A name found by a contribution rule replaces the shorter mentions inside it."""
        self.mentions[:] = [o for o in self.mentions if not (start <= o.start < end)]
        m = Mention(start, end, name, "method", name, rule)
        self.mentions.append(m)
        return m


class ContributionFinder(DataFiles):
    def __init__(self, lexicon: str = "contributions.json") -> None:
        register_extensions()
        self.assets = {"lexicon": lexicon}

    def load(self, lexicon: str) -> None:
        self.lex = ContributionLexicon(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data("kg_contributions")
        paper = _Paper(doc_text(doc), doc._.kg_title_end or 0, list(doc._.kg_mentions or []), self.lex)
        title = self._title(paper)
        cue_starts = self._cues(paper)
        defined_terms(paper, doc._.kg_sentences or [], cue_starts)
        self._parts(paper)
        self._listed(paper)
        for m in [m for m in paper.mentions if m.name in paper.title_typed and m.start >= paper.title_end
                  and APPOSITION.match(paper.text, spelled_out_end(paper.text, m.end))][:1]:
            paper.claim(m, paper.text[m.end:m.end + 120])      # 'This study led to Foo, a sparse LLM'
        if title is not None and paper.proposes[:1] == [title] and self._weak(paper, title, acronyms=True) \
                and (self.lex.study_only.search(paper.text, paper.text.find(title) + len(title), paper.title_end)
                     or self.lex.study_only.match(title) or DESCRIPTIVE.match(title.split()[-1])
                     or self._plural_head(title)):
            # 'Wafer-Scale LLM Inference: Lessons from Deploying Llama on ...', 'GPU-Accelerated Quantum
            # Simulation: ...' (an activity), 'Rethinking LLM Inference Bottlenecks: ...', 'GPU-Accelerated
            # Discontinuous Galerkin Methods: ...' (a class of things): a topic, not a name
            paper.proposes.pop(0)
            paper.mentions = [m for m in paper.mentions if not (m.name == title and m.rule == "rule:title-prefix")]
        if title is not None and self._weak(paper, title, acronyms=True) and len(paper.proposes) > 1 \
                and paper.proposes[0] == title:
            # '1-bit AI Infra: Part 1.1, ...', 'GPU-Accelerated ANNS: Quantized for Speed': a plain title prefix
            # (short acronyms are plain words) the abstract never repeats yields to what the abstract proposes
            paper.proposes.pop(0)
            paper.mentions = [m for m in paper.mentions if not (m.name == title and m.rule == "rule:title-prefix")]
        if not paper.proposes:
            self._title_subject(paper)
        self._spelled_variants(paper)
        released_variants(paper)
        extensions(paper)
        joined_names(paper)
        spelled_initialisms(paper, doc._.kg_aliases if doc._.kg_aliases is not None else {})
        our_defined(paper)
        self._model_baselines(paper, doc._.kg_sentences or [])
        plain_terms(paper)
        mentions = self._rescan(paper.text, paper.mentions, paper.proposes)
        mentions.sort(key=lambda m: m.start)
        one_type_per_name(mentions)
        doc._.kg_mentions = mentions
        named = {m.name for m in mentions}      # a name a longer one absorbed ('Frozen-DETR' in 'Mask Frozen-DETR')
        doc._.kg_proposes = [p for p in paper.proposes if p in named]
        return doc

    def _model_baselines(self, paper: _Paper, sentences: list[tuple[int, int]]) -> None:
        """'Foo achieves competitive performance with Bar while surpassing Baz': a name no catalog knows
        that a proposed model is measured against is a model too (13 of 15 such baselines in the gold;
        the other two are architectures a catalog knows)."""
        models = {m.name for m in paper.mentions if m.name in paper.proposes and m.type == "model"}
        if not models or self.lex.compared is None:
            return
        text, found = paper.text, set()
        for start, end in sentences:
            inside = sorted((m for m in paper.mentions if start <= m.start and m.end <= end), key=lambda m: m.start)
            for m in inside:
                if m.type != "method" or m.rule not in GUESSED or m.name in paper.proposes \
                        or text.startswith("-based", m.end):     # 'compared to Foo-based counterparts'
                    continue
                cue = max(self.lex.compared.finditer(text, start, m.start), key=lambda c: c.end(), default=None)
                if cue is None or not only_names(text, cue.end(), inside, m):
                    continue
                if any(o.name in models for o in inside if o.end <= cue.start()) or \
                        self.lex.our_model.search(text, start, cue.start()):
                    found.add(m.name)
        for m in paper.mentions:
            if m.name in found:
                m.type = "model"

    @staticmethod
    def _spelled_variants(paper: _Paper) -> None:
        """'Sul-Rud-1', 'Lam-Fan-L': a contribution's name with a variant suffix is a name even where
        no shape marks it (a plain or hyphenated base)."""
        text = paper.text
        urls = url_spans(text)
        for name in list(paper.proposes):
            at = text.find(name + "-")
            while at >= 0:
                suffix = DERIVED_SUFFIX.match(text, at + len(name))
                if suffix and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) \
                        and not any(a <= at < b for a, b in urls):
                    if paper.holds_whole(at, suffix.end()):
                        paper.replace_span(at, suffix.end(), text[at:suffix.end()], "rule:variant")
                at = text.find(name + "-", at + 1)

    def _title(self, paper: _Paper) -> str | None:
        """The title's name prefix ('Punica: ...') as the first contribution."""
        found = self.lex.title_name(paper.text[:paper.title_end])
        if found is None:
            return None
        prefix, start = found
        end = start + len(prefix)
        if device_phrase(paper.mentions, paper.text, start, end):
            return None
        m = paper.mention_at(start, end)
        if m is None or (m.end - m.start) < len(prefix):
            m = paper.replace_span(start, end, prefix, "rule:title-prefix")   # the whole prefix is the name
        paper.claim(m, paper.text[end + 1:paper.title_end])
        paper.mentions = self._rescan(paper.text, paper.mentions, paper.proposes)
        return prefix

    def _title_subject(self, paper: _Paper) -> None:
        """'3D Gaussian Splatting for Real-Time Radiance Field Rendering': with nothing else proposed, a
        named method or model that opens the title, followed by what it is for, is the contribution."""
        first = min((m for m in paper.mentions if m.start < paper.title_end), key=lambda m: m.start, default=None)
        if first is None or first.start != 0:       # 'Zorq for Training ...' and 'Zorq, a system that ...'
            named = next((m for m in paper.mentions if m.rule == CUED_RULE and m.start >= paper.title_end
                          and paper.text.startswith(m.text + " ")), None)
            first = paper.replace_span(0, len(named.text), named.name, "rule:title-prefix") if named else first
        if first is None or first.start != 0 or first.type not in ("method", "model") \
                or (first.text.endswith("s") and first.text != first.name) \
                or not self.lex.title_purpose.match(paper.text, first.end) \
                or self.lex.study_title.search(paper.text[:paper.title_end]):
            return
        paper.claim(first, paper.text[first.end:paper.title_end])

    def _plural_head(self, prefix: str) -> bool:
        """'... Galerkin Methods', '... Language Models': a plural system noun heads a class of things."""
        last = prefix.split()[-1]
        return last.endswith("s") and not last.isupper() and self.lex.system_noun.fullmatch(last) is not None

    @staticmethod
    def _weak(paper: _Paper, prefix: str, acronyms: bool = False) -> bool:
        """A several-word plain prefix that the abstract never repeats; with ``acronyms``, short acronyms
        in it are plain words too ('LLM Inference', 'GPU Kernels', 'GPU-Accelerated')."""
        stop = DEVICE_WORDS if acronyms else set()
        return len(prefix.split()) > 1 and not occurrences(paper.text[paper.title_end:], prefix) \
            and not any(is_coined(t, stop) and not (acronyms and SHORT_ACRONYM.fullmatch(t)) for t in prefix.split())

    def _cues(self, paper: _Paper) -> list[int]:
        """'we propose X', 'our system, called X', 'known as X'; the starts of the cues found."""
        starts, text = [], paper.text
        for cm in self.lex.any_propose.finditer(text, paper.title_end):
            if self.lex.by_doing.match(text, cm.start()) and not self.lex.own_means(text, cm.start()):
                continue      # 'prior work improves throughput by introducing X'
            phrase = self.lex.phrase_name(text, cm.end())
            held = paper.mention_at(*phrase.span(1)) if phrase else None
            # 'we propose Activation-aware Weight Quantization (AWQ)': the long form of an acronym, one contribution
            spelled = held is not None and phrase is not None and (held.start, held.end) == phrase.span(1) \
                and held.name != phrase.group(1)
            if phrase and held is not None and (" " not in phrase.group(1) or spelled or (
                    (held.start, held.end) == phrase.span(1) and held.rule.startswith("catalog:")) or (
                    held.rule == "rule:acronym-definition" and held.start == phrase.start(1) and held.end > phrase.end(1))):
                # a one-word or catalog name another rule found keeps its mention (and type); so does a long form
                # the phrase only begins ('dubbed Distributed Sampling and Pipelining (DSP)')
                phrase = None
            if phrase:
                m: Mention | None = paper.replace_span(*phrase.span(1), phrase.group(1), "rule:propose-phrase")
            else:
                found = proposal_object(self.lex, paper.mentions, cm.end(), text)
                if found is not None and found.rule.startswith(("catalog:", "shape:model-size")) \
                        and self.lex.our_thing.match(text, cm.start()) and text[cm.end():found.start].strip(' "“'):
                    found = None      # 'Our method enables serving LLaMA-7B': a known name must follow 'our method' itself
                m = held if spelled or held is not None and held.rule.startswith("catalog:") else \
                    self._unseen(paper, cm, found) or _head_repeated(paper, cm)
            if m is not None and self.lex.called.match(text, cm.start()) and not self.lex.in_proposal(text, cm.start()):
                continue      # 'These simulations, called Molecular Dynamics', 'a real-world model named X'
            starts.append(cm.start())
            if m is not None and m.rule == "rule:propose-phrase" and plain_phrase(m.text):
                paper.mentions.remove(m)      # 'We propose delayed-aggregation, a new primitive': a description
                continue
            if m is not None and (spelled or not m.rule.startswith("catalog:") or self.lex.introduced(text, cm.end(), m)
                                  or self.lex.named_in_proposal(text, cm, m)):
                paper.claim(m, text[m.end:m.end + 80], designed=self.lex.designed.search(text, cm.start(), cm.end()) is not None)
                self._coordinated(paper, m)
        return starts

    @staticmethod
    def _coordinated(paper: _Paper, m: Mention) -> None:
        """'we propose Pruner and MoA-Pruner', 'we present Vexnix and Torqui.': a new name coordinated with
        the proposed one is proposed too."""
        nxt = COORDINATED_NAME.match(paper.text, m.end)
        if nxt is None:
            return
        other = next((o for o in paper.mentions if (o.start, o.end) == nxt.span(1)), None)
        phrase = " " in nxt.group(1)      # 'Dynamic Axial Parallelism and Duality Async Operations'
        if other is None and (re.fullmatch(NEW_WORD, nxt.group(1)) or (phrase and " " in m.name)) \
                and paper.holds_whole(*nxt.span(1)):
            other = paper.replace_span(*nxt.span(1), nxt.group(1), "rule:propose-phrase")
        if other is not None and not other.rule.startswith("catalog:") and other.type in ("method", "model"):
            paper.claim(other, paper.text[other.end:other.end + 80])

    def _unseen(self, paper: _Paper, cue: re.Match[str], found: Mention | None) -> Mention | None:
        """A name only the proposing clause marks ('we present Quuxo, a system', 'called Vexsul'), if it
        comes before what the other rules found ('called Vexsul comprised of ... (OSA)') and holds any
        mention it overlaps whole ('called Low-Rank Transformer' over 'Transformer')."""
        span = self.lex.unseen_name(paper.text, cue)
        if span is None or (found is not None and (found.start, found.end) == span):
            return found
        same = next((o for o in paper.mentions if (o.start, o.end) == span), None)
        if same is not None:    # a coined name right after 'our', 'called': the name, even before a noun
            return found or (same if self.lex.names_next.match(paper.text, cue.start()) else None)
        if found is not None and not (span[0] < found.start or (span[0] == found.start and span[1] > found.end)):
            return found
        if not paper.holds_whole(*span):
            return found
        return paper.replace_span(*span, paper.text[span[0]:span[1]], "rule:propose-phrase")

    def _parts(self, paper: _Paper) -> None:
        """Parts the contribution brings with it: 'QeRL introduces an Adaptive Quantization Noise (AQN)'."""
        for name in list(paper.proposes):
            for at in occurrences(paper.text, name):
                cm = self.lex.part_verbs.match(paper.text, at + len(name))
                if cm is None:
                    continue
                m = self._unseen(paper, cm, proposal_object(self.lex, paper.mentions, cm.end(), paper.text))
                if m is not None and not m.rule.startswith("catalog:") and m.name != name:
                    paper.claim(m, paper.text[m.end:m.end + 80])

    def _listed(self, paper: _Paper) -> None:
        """'we propose two key techniques: Vexnix, ..., and Torqui', 'Foo designs three modules: ...': every
        name that opens an item of the counted list is a contribution (and a part of Foo)."""
        text = paper.text
        if ":" not in text[paper.title_end:]:
            return      # no list of parts without its colon (most abstracts: skip the scans)
        ends = [cm.end() for cm in self.lex.propose.finditer(text, paper.title_end)]
        ends += [cm.end() for name in list(paper.proposes) for at in occurrences(text, name)
                 if (cm := self.lex.part_verbs.match(text, at + len(name))) is not None]
        for pos in ends:
            for a, b in listed_parts(self.lex, paper.mentions, pos, text):
                m = paper.mention_at(a, b)
                if m is None or (m.start, m.end) != (a, b):
                    if not paper.holds_whole(a, b):
                        continue
                    m = paper.replace_span(a, b, text[a:b], "rule:propose-phrase")
                paper.claim(m, text[m.end:m.end + 80])

    @staticmethod
    def _rescan(text: str, mentions: list[Mention], proposes: list[str]) -> list[Mention]:
        """Every occurrence of a contribution's name is a mention of it, overriding parts of it."""
        protos = {m.name: m for m in reversed(mentions) if m.name in proposes}
        for name in sorted(protos, key=len, reverse=True):      # longer names first
            proto = protos[name]
            for a in occurrences(text, name):
                b = a + len(name)
                if any(m.start == a and m.end == b and m.name == name for m in mentions):
                    continue
                inside = [m for m in mentions if a <= m.start and m.end <= b]
                crossing = [m for m in mentions if m.start < b and a < m.end and m not in inside]
                if crossing:
                    continue
                for m in inside:
                    mentions.remove(m)
                mentions.append(Mention(a, b, name, proto.type, name, proto.rule, proto.specific, proto.attrs))
        return mentions


@Language.factory("kg_contributions", requires=["doc._.kg_mentions", "doc._.kg_sentences"],
                  assigns=["doc._.kg_proposes", "doc._.kg_mentions"], default_config={"lexicon": "contributions.json"})
def make_contribution_finder(nlp: Language, name: str, lexicon: str) -> ContributionFinder:
    return ContributionFinder(lexicon)
