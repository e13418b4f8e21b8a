"""Relations from sentence-level cues, with the paper's contribution as the usual head.

Abstracts state relations about the work: "Punica ... in a shared GPU cluster",
"Implemented in Triton, HilbertA ...", "outperforms vLLM". The head is the
contribution named in the sentence, else the paper's main contribution, else
``@paper``; the tail's type picks the default relation and the nearest cue
phrase before the tail (from ``pipelines/relation_cues.json``) can override it.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.assets import DataFiles
from kg.extraction.comparisons import adjacent_comparison, governing_comparison, opens_phrase, past_definition, workload
from kg.extraction.contribution_objects import new_device
from kg.extraction.heads import (
    RelationContext,
    baseline_platform,
    derived_relations,
    device_kind,
    heads_for,
    names_its_base,
    part_relations,
    shared_platform,
    variants_run,
)
from kg.extraction.mention_lists import device_list, list_end, list_start, only_names
from kg.extraction.mentions import PAPER, Mention, Relation, register_extensions
from kg.extraction.relation_cues import CueTable
from kg.extraction.sentence_roles import about_the_work, device_head, field_sentences, first_we, said_apart

OF_NAME = re.compile(r"\s+of\s+(?:our\s+)?([\w\-.+]+)")     # '... implementation of Zorq'
DEFAULT_BY_TYPE = {"hardware": "RUNS_ON", "dataset": "EVALUATED_ON", "model": "APPLIED_TO",
                   "framework": "IMPLEMENTED_IN", "method": "USES"}
# which cue-chosen relation may replace the default, per tail type
ALLOWED = {"hardware": {"RUNS_ON", "COMPARED_WITH"},   # hardware comparisons: see accelerator_paper()
           "dataset": {"EVALUATED_ON"},
           "model": {"APPLIED_TO", "COMPARED_WITH", "BASED_ON"},
           "framework": {"IMPLEMENTED_IN", "COMPARED_WITH"},
           "method": {"USES", "COMPARED_WITH", "BASED_ON"}}
# a cue that ranks the work against its reference ('50x faster than', 'outperforms'), not the verb of a study
COMPARATIVE_CUE = re.compile(r".*\bthan$|over$|against$|outperform|surpass|beat|exceed")
# 'the throughput of the Optimum Habana baseline': the noun after a name makes it a reference
NAMED_BASELINE = re.compile(r"\s+baselines?\b")
COMPARE_TO = re.compile(r"\s+(?:to|with|against)\s")      # 'compare the TPU to a Haswell CPU'
CLAUSE_END = re.compile(r"[;.]\s")
OF_BEFORE = re.compile(r"\bof\s+(?:the\s+|our\s+)?$")
# 'A100 GPUs and roughly 20x faster than': another ratio of the same subject after a reference device
PARALLEL_CLAIM = re.compile(r"(?:\s+[A-Za-z\-]+){0,2}?\s*,?\s+and\s+(?:[a-z]+\s+)?\d")
# 'Vexmem consists of a quantization engine (VexQ) and an offloading runtime (VexOff) built on DeepSpeed': a listed
# part heads none of the names after it
PARTS_BEFORE = re.compile(r"\b(?:consists?\s+of|comprises?|(?:is\s+)?composed\s+of|is\s+made\s+up\s+of)\b", re.I)
# what a sentence about the field, before the work is introduced, does not say of the work
FIELD_RELATIONS = ("USES", "BASED_ON", "IMPLEMENTED_IN", "COMPARED_WITH")


def context_only(ctx: RelationContext, name: str, field: dict[tuple[int, int], set[str]]) -> bool:
    """A name only the abstract's opening speaks of, before it first says we/our ('LLMs such as Quidra and Zorq
    have demonstrated remarkable accuracy', and never again): context, with no relation to the work
    (ANNOTATION.md)."""
    opening = first_we(ctx, len(ctx.text))
    return all(m.start >= ctx.title_end and ctx.sentence_of(m) in field and ctx.sentence_of(m)[1] <= opening
               for m in ctx.mentions if m.name == name)


# 'Unlike prior approaches, Foo starts from ...': the main clause after a fronted comparison
MAIN_CLAUSE = re.compile(r",\s+(?:we|our|it|its|they|this|these)\b", re.I)


def _past_reach(text: str, window: str, cue: str, inside: list[Mention], m: Mention, proposes: list[str]) -> bool:
    """A comparison reaches the names right after its cue, not one behind a phrase that starts after them: in
    'faster than Quiver (a distributed extension to PyG) on a 3-layer GraphSAGE network' only Quiver is
    compared ('than CPU-based FastLLM', 'than HRS, the state-of-the-art GPU MSD radix sort' still reach), nor
    one in the main clause after a fronted comparison ('Unlike previous approaches, Foo starts from CUDA code')."""
    at = window.lower().rfind(cue)
    if at < 0:
        return False
    start = m.start - len(window) + at + len(cue)
    main = MAIN_CLAUSE.search(text, start, m.start) or any(
        o.name in proposes and start <= o.start < m.start and text[max(0, o.start - 4):o.start].rstrip().endswith(",")
        for o in inside)
    return bool(main) or opens_phrase(text, start, inside, m)


class RelationExtractor(DataFiles):
    def __init__(self, cues: str, default_uses: bool = False) -> None:
        register_extensions()
        self.default_uses = default_uses
        self.assets = {"cues": cues}

    def load(self, cues: str) -> None:
        self.cue = CueTable(cues)
        self.strong = self.cue.strong

    def __call__(self, doc: Doc) -> Doc:
        self.require_data("kg_relations")
        ctx = RelationContext.of(doc, self.cue.accelerators, self.cue.unnamed_work)
        pairs: dict[tuple[str, str], dict[str, Relation]] = {}
        field = field_sentences(ctx, self.cue.others_sentence, self.cue.other_platforms)
        for sent in ctx.sentences:
            inside = [m for m in ctx.mentions if sent[0] <= m.start < sent[1]]
            background, kinds = sent in field, field.get(sent, set())
            named = [o for o in inside if o.name in ctx.proposes]
            runs = {id(m): self._run_model(ctx, sent, inside, m) for m in inside}    # once per mention, not per head
            for head, m in ((h, m) for h in (ctx.studied or heads_for(sent, inside, ctx.proposes)) for m in inside):
                if len({o.name for o in named}) > 1 and not ctx.studied:
                    # several contributions in one sentence: a name belongs to the nearest one before it
                    # ('Zorq-Lite, a lightweight variant of Zorq ..., which runs on a Raspberry Pi': not one in an of-phrase)
                    before = [o for o in named if o.end <= m.start and not CLAUSE_END.search(ctx.text, o.end, m.start)
                              and not self.cue.object_of.search(ctx.text, max(0, o.start - 30), o.start)
                              and not self.cue.reference_before.search(ctx.text, max(0, o.start - 30), o.start)
                              and not OF_BEFORE.search(ctx.text, max(0, o.start - 12), o.start)
                              and not PARTS_BEFORE.search(ctx.text, sent[0], o.start)]
                    head = before[-1].name if before else head
                reading = self._read(ctx, sent, inside, head, m)
                run = runs[id(m)]
                if run is not None and run.name != head:
                    pairs.setdefault((run.name, m.name), {}).setdefault(
                        DEFAULT_BY_TYPE[m.type], Relation(run.name, DEFAULT_BY_TYPE[m.type], m.name, sent,
                                                          f"cue:{DEFAULT_BY_TYPE[m.type]}:run-model", (m.start, m.end)))
                if reading is not None and background and (reading.type in FIELD_RELATIONS or (
                        reading.type == "RUNS_ON" and kinds and device_kind(m) not in kinds | {"other"}) or (
                        reading.type == "APPLIED_TO" and context_only(ctx, m.name, field))) \
                        and reading.head == (ctx.proposes[0] if ctx.proposes else PAPER):
                    continue      # 'Foundation models are based on the Transformer', 'existing libraries (cuBLAS)'

                if reading is not None:
                    _keep(pairs.setdefault((reading.head, m.name), {}), reading)
        rels = self._choose(ctx, pairs)
        shared_platform(ctx.proposes, ctx.mentions, rels, self.cue.gpu_frameworks)
        for rel in [*part_relations(ctx), *derived_relations(ctx), *self._device_comparisons(ctx),
                    *variants_run(ctx, list(rels.values()))]:
            rels.setdefault((rel.head, rel.type, rel.tail), rel)
        _ran_references(rels, ctx.kinds)
        # 'runs on GPUs ... 56x faster than GPU implementations': the device it runs on is no baseline of it
        # ... unless only a sentence that is not about the work put it there (below)
        kept = {k for k, r in rels.items()
                if k[1] != "RUNS_ON" or not said_apart(ctx, r, rels.get((k[0], "COMPARED_WITH", k[2])))}
        doc._.kg_relations = [r for (h, t, tail), r in rels.items() if (h, t, tail) in kept
                              and (t != "COMPARED_WITH" or (h, "RUNS_ON", tail) not in kept)]
        return doc

    def _read(self, ctx: "RelationContext", sent: tuple[int, int], inside: list[Mention], head: str,
              m: Mention) -> Relation | None:
        """How one sentence relates ``head`` to the mention ``m``: the type default, a cue, or nothing."""
        proposes, text, studies = ctx.proposes, ctx.text, {PAPER, *ctx.studied}
        head = device_head(ctx, inside, head, m)
        if m.name in proposes or m.name in ctx.studied or m.name == head or (
                ctx.kinds.get(head) == "model" and m.type == "model" and m.name.startswith((head + " ", head + "-"))):
            return None     # 'our most-capable Gemini Ultra model' is a size of Gemini, not what it is applied to
        platform = baseline_platform(text, sent, inside, m, proposes, self.cue.references) if m.type == "hardware" else None
        if platform is not None:      # the device a comparison's reference ran on
            return Relation(platform[0] or head, platform[1], m.name, sent, f"cue:{platform[1]}:baseline-platform",
                            (m.start, m.end))
        rel, rule = DEFAULT_BY_TYPE[m.type], "default"
        clause = self._clause(text, sent[0], inside, m)
        first = list_start(text, inside, m)
        reach = 90 + m.start - first.start + (60 if self.cue.examples_before.search(text, max(0, first.start - 12),
                                                                                     first.start) else 0)
        window = clause[-reach:]
        found = self.cue(window, ALLOWED[m.type])
        if found and not (found[0] == "COMPARED_WITH" and m.type != "hardware" and (
                workload(self.cue, text, window, inside, m) or _past_reach(text, window, found[1], inside, m, proposes))):
            rel, rule = found
        if m.type == "dataset" and self.cue.adjacent_comparison.search(text, max(sent[0], first.start - 40), first.start):
            rel, rule = "COMPARED_WITH", "adjacent"     # '70x faster than DeepMind Lab': a reference, not a test set
        elif m.type != "hardware" and NAMED_BASELINE.match(text, m.end):
            rel, rule = "COMPARED_WITH", "baseline"     # '1.6x the throughput of the Optimum Habana baseline'
        if rel in ("USES", "IMPLEMENTED_IN", "APPLIED_TO") and self.strong is not None:
            compared = governing_comparison(self.cue, text, window, inside, m, models=rel == "APPLIED_TO")
            if compared:
                rel, rule = "COMPARED_WITH", compared
        if rel in ("USES", "APPLIED_TO") and m.type in ("method", "model") and \
                self.cue.base_after.match(text, list_end(text, inside, m).end):
            if not about_the_work(text, sent, inside, head):
                return None      # 'Transformer-based LLMs have made an impact': the field, not the work
            if m.name not in self.cue.used_not_based_on:
                rel, rule = "BASED_ON", "base-after"
        after = past_definition(text, list_end(text, inside, m))
        if rel == "COMPARED_WITH" and m.type != "hardware" and (self.cue.class_of.match(text, after)
                                                                or self.cue.adjective_of.match(text, m.end) or (
                m.type == "method" and self.cue.architecture_of.match(text, after))):
            return None      # 'compared to state-of-the-art MoE training systems', '... transformer encoders': a class
        if rel == "COMPARED_WITH" and self.cue.not_used_before.search(text, max(0, m.start - 40), m.start):
            return None      # 'a baseline RISC-V CPU without SEV': what the baseline lacks is no baseline
        if ctx.kinds.get(head) == "dataset" and rel != "RUNS_ON":
            return None      # a released benchmark runs on hardware; the rest is what it measures, not uses
        if head == PAPER and rel == "COMPARED_WITH" and m.type == "hardware" and not new_device(m) \
                and not (ctx.against_gpus and self.cue.general_purpose(m)):   # an FPGA paper's CPU is its baseline
            # (a named design no catalog knows is a baseline system: 'a 2.2x speedup compared to DFX, an FPGA overlay')
            if self._reference_device(text, inside, m, rule):
                return None
            rel, rule = "RUNS_ON", "study-device"    # 'we compare the TPU to a K80': a device the study ran
        if head == PAPER and rel == "BASED_ON" and rule in ("adapt", "adapts", "extend", "extends", "build on", "builds on"):
            rel = "USES"     # 'We adapt and enhance the Medusa algorithm': an unnamed method uses what it adapts
        elif (head == PAPER and rel == "BASED_ON") or ((rel, rule) == ("IMPLEMENTED_IN", "default") and head in studies):
            return None      # a study derives from nothing; what it studies is written in what the text says it is
        reading = self._device_reading(ctx, inside, m, rel, rule) if m.type == "hardware" else (rel, rule)
        if reading is None:
            return None
        rel, rule = reading
        return Relation(head, rel, m.name, sent, f"cue:{rel}:{rule}", (m.start, m.end))

    def _reference_device(self, text: str, inside: list[Mention], m: Mention, rule: str) -> bool:
        """A device a comparison reaches is its reference's: 'a 10x speedup over a GPU implementation', '4.65x
        compared to CPU', 'faster than CPU-based planners' (not a study's 'we compare CPU-based and GPU-based ...')."""
        return bool(self.cue.baseline_device.match(text, m.end)) or adjacent_comparison(self.cue, text, inside, m) \
            or (text.startswith("-based", m.end) and COMPARATIVE_CUE.match(rule) is not None)

    def _device_reading(self, ctx: "RelationContext", inside: list[Mention], m: Mention, rel: str,
                        rule: str) -> tuple[str, str] | None:
        """A device's relation as the work's: 'GPU-free' and 'without a GPU' say none; an interconnect is
        used; hardware a software method is compared against is not what it runs on."""
        text = ctx.text
        if self.cue.not_used_after.match(text, m.end) or \
                self.cue.not_used_before.search(text, max(0, m.start - 40), m.start):
            return None          # "GPU-free inference", "without a GPU"
        if ctx.against_gpus and self.cue.general_purpose(m) and rule not in self.cue.execution:
            return "COMPARED_WITH", "accelerator-paper"
        if m.attrs.get("device_class") == "interconnect":
            return "RUNS_ON", "interconnect"   # 'scales over a dense NVLink topology': used, not compared
        if (rel, rule) == ("RUNS_ON", "default") and self.cue.baseline_device.match(text, m.end) \
                and self.cue.compared_earlier.search(text, max(0, m.start - 150), m.start):
            return None          # 'faster than HNSW, which is one of the CPU SOTA implementations': the reference's
        noun = self.cue.baseline_device.match(text, m.end) if rel == "COMPARED_WITH" else None
        if noun is not None:
            own = OF_NAME.match(text, noun.end())
            if own and own.group(1) in ctx.proposes:
                return "RUNS_ON", "own-implementation"    # 'the FPGA implementation of Zorq on an Alveo U280'
            return rel, "baseline-device"     # '100x the throughput of a CPU implementation'
        if rel == "COMPARED_WITH" and adjacent_comparison(self.cue, text, inside, m):
            return rel, "adjacent"     # '4.65x compared to CPU', 'faster than a GPU'
        return None if rel == "COMPARED_WITH" else (rel, rule)

    def _run_model(self, ctx: "RelationContext", sent: tuple[int, int], inside: list[Mention],
                   m: Mention) -> Mention | None:
        """The model a clause runs or trains, when it stands before a dataset or device: in 'using the
        GPT-2 model we achieve SOTA on WikiText103' and 'train ResNet-50 on ImageNet on a TPU v3 Pod'
        the model is what was evaluated and run."""
        if m.type not in ("dataset", "hardware"):
            return None
        clause_start = sent[0] + len(ctx.text[sent[0]:m.start]) - len(self._clause(ctx.text, sent[0], inside, m))
        for o in sorted((o for o in inside if clause_start <= o.start and o.end <= m.start), key=lambda o: -o.start):
            if o.type == "model" and o.name not in ctx.proposes and (
                    self.cue.run_model_before.search(ctx.text, max(sent[0], o.start - 30), o.start)
                    or self.cue.run_model_after.match(ctx.text, o.end)):
                return o
        return None

    def _clause(self, text: str, start: int, inside: list[Mention], m: Mention) -> str:
        """The clause before ``m`` (spatial 'over' blanked); a colon that opens a list of names does not
        end it: 'over other inference engines: MLC and MNN'."""
        before = text[start:m.start]
        breaks = [b.end() for b in self.cue.clause.finditer(before)]
        if breaks and before[breaks[-1] - 1] == ":" and only_names(text, start + breaks[-1], inside, m):
            breaks.pop()
        return self.cue.unspatial(before[breaks[-1] if breaks else 0:])

    def _choose(self, ctx: "RelationContext", pairs: dict[tuple[str, str], dict[str, Relation]]
                ) -> dict[tuple[str, str, str], Relation]:
        """Per pair, cue-backed readings beat the type default; a bare mention is no evidence of use."""
        rels: dict[tuple[str, str, str], Relation] = {}
        for (head, tail), readings in pairs.items():
            cued = {r: v for r, v in readings.items() if not v.rule.endswith(":default")}
            if names_its_base(head, tail, ctx.kinds):
                # the name says what it is a kind of; that beats a generic 'with'/'using' reading
                first = cued.pop("USES", None) or next(iter(readings.values()))
                cued["BASED_ON"] = Relation(head, "BASED_ON", tail, first.sentence, "name:BASED_ON:head-noun",
                                            first.offsets)
            for rel, v in (cued or readings).items():
                in_title = v.sentence[0] < ctx.title_end
                if rel == "USES" and not cued and (head == PAPER or not (self.default_uses or in_title)):
                    continue          # a technique merely mentioned is no evidence of use; one in the title is
                rels[(head, rel, tail)] = v
        return rels


    def _device_comparisons(self, ctx: "RelationContext") -> list[Relation]:
        """'Gaudi-2 is 1.3x faster than the A100', 'we compare the TPU to a Haswell CPU and a K80 GPU':
        in a study of devices (nothing proposed), a device compared with the next one and the rest of
        that one's list, studied -> reference (the guide's own example); so is a study's model compared with the next
        model ('Qwen3-VL-235B reaches 47,873 tok/s, 6.5x higher than Kimi-K2.5')."""
        out: list[Relation] = []
        if self.strong is None or ctx.proposes:
            return out            # a method paper's devices are its own and its baseline's platforms
        for sent, kind in ((s, k) for s in ctx.sentences for k in ("hardware", "model")):
            devices = [m for m in ctx.mentions if sent[0] <= m.start < sent[1] and m.type == kind]
            studied: list[Mention] = []
            for i, (a, b) in enumerate(zip(devices, devices[1:])):
                between = ctx.text[a.end:b.start]
                weighed = a.specific and self.strong.search(between)
                compare_to = COMPARE_TO.match(between) and self.cue.compare_before.search(ctx.text, sent[0], a.start)
                named = any(o.type != "hardware" and a.end <= o.start < b.start for o in ctx.mentions)
                if a.name == b.name or len(between) >= 80 or self.cue.clause.search(between) or named \
                        or not (weighed or compare_to):
                    continue
                if self.cue.adjacent_comparison.search(ctx.text, max(sent[0], a.start - 40), a.start):
                    # a device that is itself the reference ('faster than the IPU and ... than the A100'), unless a
                    # parallel comparison of the same subject follows ('14x faster than 128 A100 GPUs and roughly
                    # 20x faster than 128 Cray-EX CPU nodes')
                    out += [Relation(h.name, "COMPARED_WITH", b.name, sent, "cue:COMPARED_WITH:devices", (b.start, b.end))
                            for h in studied if PARALLEL_CLAIM.match(between) and h.name != b.name]
                    continue
                # 'the Bow IPU, the SN30 RDU and the Groq LPU, against an A100': each listed device is compared
                studied = device_list(ctx.text, devices[i::-1], backwards=True)
                for h, o in ((h, o) for h in studied for o in device_list(ctx.text, devices[i + 1:])):
                    if o.name != h.name:
                        out.append(Relation(h.name, "COMPARED_WITH", o.name, sent, "cue:COMPARED_WITH:devices",
                                            (o.start, o.end)))
        return out


def _ran_references(rels: dict[tuple[str, str, str], Relation], kinds: dict[str, str]) -> None:
    """'Qwen3-VL-235B reaches 47,873 tok/s, 6.5x higher than Kimi-K2.5', 'on the WSE-3 the code runs 14x faster
    than 128 A100 GPUs': a study compares its models (devices) with each other; the reference is one the study
    ran too (the guide's device study: @paper RUNS_ON both), not the study's own baseline."""
    for head, _, tail in [k for k in rels if k[1] == "COMPARED_WITH" and k[0] != PAPER
                          and kinds.get(k[0]) in ("model", "hardware")]:
        label = "APPLIED_TO" if kinds[head] == "model" else "RUNS_ON"
        old = rels.pop((PAPER, "COMPARED_WITH", tail), None) or rels.get((PAPER, "RUNS_ON", head))
        if old is not None:
            rels.setdefault((PAPER, label, tail), Relation(PAPER, label, tail, old.sentence,
                                                           f"cue:{label}:compared-{kinds[head]}", old.offsets))


def _keep(readings: dict[str, Relation], reading: Relation) -> None:
    """The first reading of a label for a pair, but a cued RUNS_ON over a type default ('GPU Acceleration of'
    in the title, then 'experiments on modern GPUs': the device is not only the baseline's). Other labels
    keep their first reading: a later cued USES beside another cued label was wrong 4 times in 6."""
    held = readings.get(reading.type)
    if held is None or (reading.type == "RUNS_ON" and held.rule.endswith(":default")
                        and not reading.rule.endswith(":default")):
        readings[reading.type] = reading


@Language.factory("kg_relations", requires=["doc._.kg_mentions", "doc._.kg_proposes", "doc._.kg_sentences"],
                  assigns=["doc._.kg_relations"], default_config={"cues": "relation_cues.json", "default_uses": False})
def make_relation_extractor(nlp: Language, name: str, cues: str, default_uses: bool) -> RelationExtractor:
    return RelationExtractor(cues, default_uses)
