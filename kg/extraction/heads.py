"""Who a relation is about, and the relations that come from names rather than cue words.

A sentence's head is the contribution it names, else the paper's main one, else ``@paper``; a
paper that proposes nothing studies the techniques in its title. Names carry relations of their
own: Medusa-2 derives from Medusa, a contribution uses the paper's other contributed parts, and
it runs where its released variants run.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from kg.extraction.catalog import alternation
from kg.extraction.mentions import PAPER, Mention, Relation, doc_text
from kg.extraction.shapes import SIZE_ONLY, initials_match, tier_base, variant_of

# 'On top of it, we build X' / 'we build X on top of Y': X is built on the main technique
_BUILT_CUE = r"(?:on top of|built on|building on|based on|upon)"
BUILT_BEFORE = re.compile(rf"\b{_BUILT_CUE}\s+(?P<base>[^,.;]+?)\s*,?\s+we\s+(?:further\s+|then\s+)?"
                          r"(?:build|develop|implement|design|create)\s+$", re.I)
BUILT_AFTER = re.compile(r"\s+(?:on top of|upon)\s+(?P<base>[^,.;]{1,40})")
WE_BUILD = re.compile(r"\bwe\s+(?:further\s+|then\s+)?(?:build|develop|implement)\s+$", re.I)
BASE_PRONOUNS = ("it", "this", "them", "these")
# the parts of a plain compound: a short acronym or a capitalised word ('Edge-AI', 'LLM-Adapter')
PLAIN_PART = re.compile(r"[A-Z]{2,5}|[A-Z][a-z]+")
# '... Mixture-of-Experts Language Models', '... MoE LLMs': the name qualifies a kind of model
QUALIFIES_MODELS = re.compile(r"[-\s]+(?:(?:based|large|small)\s+)?(?:language\s+models?|models?|LLMs?|networks?)\b", re.I)
# 'Enabling MoE on the Edge via Importance-Driven Expert Scheduling': what comes before the means is the setting
BY_MEANS = re.compile(r"\s(?:via|through|by\s+means\s+of)\s", re.I)
# a device joined to the one before it: 'Summit's POWER9 processors', 'the POWER9 processors of Summit'
JOINED_DEVICE = re.compile(r"(?:'s|’s)\s+|\s+(?:[a-z]+\s+){0,2}of\s+(?:the\s+)?")
# the rule of a device a comparison's reference ran on ('than DuckDB on a 64-core EPYC')
BASELINE_PLATFORM = "cue:RUNS_ON:baseline-platform"
# between a reference and its device: 'DuckDB on a 64-core EPYC 7763', 'vLLM running on one A100'
# ('than the OpenMP version on a 64-core AMD EPYC 7763': a framework's own noun may stand between; 'than the
# FHE implementation on GPGPU' implements a technique, no named reference)
PLATFORM_GAP = re.compile(r"\s+(?P<noun>(?:version|implementation|baseline|code|port)s?\s+)?(?:running\s+|executing\s+)?"
                          r"on\s+(?:an?\s+|the\s+|one\s+|a\s+single\s+)?(?:[\w\-]+\s+){0,2}$")


@dataclass(frozen=True)
class ReferenceCues:
    """Where a comparison's reference stands before a device, built from ``relation_cues.json``'s
    comparison words and baseline nouns: '9.1x faster than DuckDB on a 64-core EPYC 7763' (``named``),
    'than the reference implementation on an Intel Core i9' (``unnamed``)."""

    named: re.Pattern[str]
    unnamed: re.Pattern[str]

    @classmethod
    def of(cls, reference_words: list[str], baseline_nouns: list[str]) -> "ReferenceCues":
        refs = alternation(reference_words)
        # '31x the throughput of the reference implementation on ...': 'of' after a multiple names it too (not
        # any 'of': 'Path Tracing of Dynamic Scenes with ReSTIR on Consumer GPUs')
        ref = rf"(?:\b(?:{refs})|\d\s*[x×]\s+(?:the\s+)?[\w\-]+\s+of)\s+(?:the\s+|an?\s+)?"
        named = re.compile(rf"{ref}(?:[\w\-]+\s+){{0,5}}$", re.I)
        unnamed = re.compile(rf"{ref}"
                             rf"(?:[\w\-]+\s+){{0,4}}(?:(?:{alternation(baseline_nouns)})\s+(?:(?:running\s+|executing\s+|based\s+)?on|using)"
                             rf"|[\w\-]+\s+(?:implemented|deployed|running|executing)\s+on)\s+"
                             r"(?:an?\s+|the\s+)?"
                             r"(?:[\w\-]+\s+){0,2}$", re.I)
        return cls(named, unnamed)


RAN = re.compile(r"\b(?:running|executing|based|implemented|deployed)\s+on\b", re.I)


def baseline_platform(text: str, sentence: tuple[int, int], inside: list[Mention], m: Mention,
                      proposes: list[str], refs: ReferenceCues) -> tuple[str | None, str] | None:
    """The device ``m`` as a comparison reference's platform: (the named reference, RUNS_ON) for
    'faster than DuckDB on a 64-core EPYC 7763', (None: the clause's head, COMPARED_WITH) for 'than the
    reference implementation on an Intel Core i9'; None when ``m`` is no such platform."""
    before = [o for o in inside if o.end <= m.start]
    prev = before[-1] if before else None
    if prev is not None and prev.type == "hardware" and JOINED_DEVICE.fullmatch(text, prev.end, m.start):
        return baseline_platform(text, sentence, inside, prev, proposes, refs)    # "on Summit's POWER9 processors"
    gap = PLATFORM_GAP.fullmatch(text, prev.end, m.start) if prev is not None else None
    if prev is not None and gap is not None and prev.type in ("method", "framework", "model") \
            and prev.name not in proposes and (gap.group("noun") is None or _system_name(prev)) \
            and refs.named.search(text, max(sentence[0], prev.start - 50), prev.start):
        return prev.name, "RUNS_ON"
    unnamed = refs.unnamed.search(text, max(sentence[0], m.start - 90), m.start)
    if unnamed and not any(o.type != "hardware" and o.start >= unnamed.start() for o in before) \
            and (any(o.type == "hardware" and o.name != m.name for o in inside) or RAN.search(unnamed.group(0))):
        return None, "COMPARED_WITH"     # (the sentence's only device is where both ran: 'over the FP16 baseline on an H100',
    return None                          # unless the reference is said to run there: 'the original version running on')


def _system_name(m: Mention) -> bool:
    """A framework, or a new name (not a known, spelled-out or all-capital technique such as LoRA or FHE):
    what has a 'version' or an 'implementation' of its own."""
    return m.type == "framework" or (m.type == "method" and not m.rule.startswith("catalog:")
                                     and m.rule != "rule:acronym-definition" and not m.name.isupper())


def shared_platform(proposes: list[str], mentions: list[Mention], rels: dict[tuple[str, str, str], Relation],
                    gpu_frameworks: frozenset[str] = frozenset()) -> None:
    """'Zorq is 1.5x faster than vLLM on A100': the device a comparison ran on is the contribution's too,
    unless it runs on another kind of device ('a GPU database 5x faster than DuckDB on a 64-core EPYC') or
    the sentence gave it its own first ('On Frontier, Tenvor is 3.4x faster than cuQuantum on Perlmutter'), or it
    runs on another vendor's products ('Quorix, a serving engine for AMD MI300X, ... matches TensorRT-LLM on an H100')."""
    head = proposes[0] if proposes else None
    kinds = {m.name: device_kind(m) for m in mentions if m.type == "hardware"}
    vendors = {m.name: m.attrs.get("vendor") for m in mentions if m.type == "hardware"}
    own = [r for (h, t, _), r in rels.items() if h == head and t == "RUNS_ON"]
    own_vendors = {vendors.get(o.tail) for o in own} - {None}
    # a work written in a GPU-only framework ('our CUDA implementation') is a GPU work, its device named or not
    own_kinds = {kinds.get(o.tail) for o in own} | ({"GPU"} if any(m.name in gpu_frameworks for m in mentions) else set())
    for (_, t, tail), r in list(rels.items()):
        if head is not None and t == "RUNS_ON" and r.rule == BASELINE_PLATFORM \
                and own_kinds <= {kinds.get(tail)} and not (own_vendors and vendors.get(tail) not in own_vendors) \
                and not any(o.sentence == r.sentence and o.offsets < r.offsets for o in own):
            rels.setdefault((head, "RUNS_ON", tail), Relation(head, "RUNS_ON", tail, r.sentence,
                                                              "cue:RUNS_ON:shared-platform", r.offsets))


def device_kind(m: Mention) -> str:
    """GPU, CPU, TPU or other: what a device is for telling a GPU system's CPU baseline apart."""
    cls = f"{m.attrs.get('device_class', '')} {m.name}"
    return next((k for k in ("GPU", "CPU", "TPU") if k in cls), "other")


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    if doc._.kg_sentences is not None:
        return doc._.kg_sentences
    return [(s.start_char, s.end_char) for s in doc.sents]


def heads_for(sentence: tuple[int, int], mentions: list[Mention], proposes: list[str]) -> list[str]:
    """The main contribution; the other ones the sentence names where it does not name the main one."""
    if not proposes:
        return [PAPER]
    named = list(dict.fromkeys(m.name for m in mentions if sentence[0] <= m.start < sentence[1] and m.name in proposes))
    return [proposes[0]] if not named or proposes[0] in named else named


def head_for(sentence: tuple[int, int], mentions: list[Mention], proposes: list[str]) -> str:
    """The one subject of a sentence's results (the first of :func:`heads_for`)."""
    return heads_for(sentence, mentions, proposes)[0]


def accelerator_paper(mentions: list[Mention], title_end: int, accelerators: set[str]) -> bool:
    """The title names a non-GPU accelerator class: GPUs and CPUs are then what it is compared with."""
    return any(m.start < title_end and m.type == "hardware" and
               (m.name in accelerators or m.attrs.get("device_class") in ("FPGA", "NPU")) for m in mentions)


def only_accelerators(mentions: list[Mention], title_end: int, accelerators: set[str]) -> bool:
    """A title naming accelerators and no other device ('... with FPGA-based Smart Cameras', not 'Mobile, NPU,
    and GPU Performance'): a paper proposing nothing is then the accelerator's, its CPUs and GPUs baselines."""
    return not any(m.start < title_end and m.type == "hardware" and m.name not in accelerators
                   and m.attrs.get("device_class") not in ("FPGA", "NPU") for m in mentions)


def studied_techniques(text: str, mentions: list[Mention], title_end: int) -> list[str]:
    """A paper that proposes nothing but names techniques in its title studies them:
    'Profiling LoRA/QLoRA Fine-Tuning on Consumer GPUs' -> LoRA and QLoRA run on consumer GPUs.
    Architecture families (Transformer, U-Net) are settings, not subjects, and so is a technique
    that only qualifies the models the title is about ('Fast Inference of Mixture-of-Experts
    Language Models')."""
    means = BY_MEANS.search(text, 0, title_end)
    return list(dict.fromkeys(m.name for m in mentions if m.start < title_end and m.type == "method"
                              and m.attrs.get("kind") != "architecture" and not QUALIFIES_MODELS.match(text, m.end)
                              and not (means and m.end <= means.start()) and not _plain_compound(m.name)))


def _plain_compound(name: str) -> bool:
    """'Edge-AI', 'LLM-Adapter': a short acronym joined to a plain word is the title's topic, not a technique."""
    parts = name.split("-")
    return len(parts) > 1 and all(PLAIN_PART.fullmatch(p) for p in parts) \
        and any(p.istitle() and len(p) > 2 for p in parts)


def names_its_base(head: str, tail: str, types: dict[str, str]) -> bool:
    """A name built on another model/method's name is derived from it."""
    if types.get(head) not in ("method", "model") or types.get(tail) not in ("method", "model"):
        return False
    if len(head) <= len(tail):
        return False
    # 'Mask Frozen-DETR' ends in DETR; 'Sarathi-Serve' and 'Medusa-2' extend Sarathi and Medusa
    return (head.endswith(tail) and head[-len(tail) - 1] in " -") or head.startswith(tail + "-")


# where the object a presenting verb takes ends: 'a lightweight shared memory optimization that ...'
OBJECT_END = re.compile(r"[,.;:()]|\s(?:that|which|to|for|with|by|and)\s")


def presents_unnamed(text: str, mentions: list[Mention], title_end: int, unnamed: re.Pattern[str]) -> bool:
    """The abstract presents work of its own that it does not name ('This paper presents a lightweight shared
    memory optimization'): the title's techniques are then its setting, not its subject ('Fast NF4
    Dequantization Kernels ...'); not when a presented thing is one of them ('we introduce a memory-restricted
    X-Drop algorithm')."""
    found = False
    for m in unnamed.finditer(text, title_end):
        stop = OBJECT_END.search(text, m.end(), m.end() + 80)
        end = stop.start() if stop else m.end() + 80
        if any(m.end() <= o.start < end for o in mentions if o.type == "method"):
            return False
        found = True
    return found


@dataclass
class RelationContext:
    """What every step reads of one doc."""

    text: str
    mentions: list[Mention]
    proposes: list[str]
    sentences: list[tuple[int, int]]
    title_end: int
    kinds: dict[str, str]
    studied: list[str]
    against_gpus: bool

    @classmethod
    def of(cls, doc: Doc, accelerators: set[str], unnamed: re.Pattern[str]) -> "RelationContext":
        mentions: list[Mention] = doc._.kg_mentions or []
        kinds = {m.name: m.type for m in mentions}
        # a known device whose design the paper presents ('the design of Sparse Tensor Cores') is what the paper
        # runs on, no head; a new one it designs is ('TransFPGA ... on an Alveo U250')
        products = {m.name for m in mentions if m.type == "hardware" and m.rule.startswith("catalog:")}
        proposes: list[str] = [p for p in doc._.kg_proposes or [] if p not in products]
        title_end = doc._.kg_title_end or 0
        return cls(doc_text(doc), mentions, proposes, sentence_spans(doc), title_end, kinds,
                   [] if proposes or presents_unnamed(doc_text(doc), mentions, title_end, unnamed)
                   else studied_techniques(doc_text(doc), mentions, title_end),
                   accelerator_paper(mentions, title_end, accelerators)
                   and (bool(proposes) or only_accelerators(mentions, title_end, accelerators)))

    def sentence_of(self, m: Mention) -> tuple[int, int]:
        return next((s for s in self.sentences if s[0] <= m.start < s[1]), (m.start, m.end))


def part_relations(ctx: RelationContext) -> list[Relation]:
    """The main contribution uses the paper's other contributed techniques (its parts), and a method
    is applied to the models the paper builds with it (DART -> DART-GUI-7B)."""
    out: list[Relation] = []
    main = ctx.proposes[0] if ctx.proposes else None
    if main is None or ctx.kinds.get(main) not in ("method", "model"):
        return out
    for part in ctx.proposes[1:]:
        m = next((m for m in ctx.mentions if m.name == part), None)
        if m is None or initials_match(part, main) or initials_match(main, part):
            continue         # 'Heavy Hitter Oracle' and H2O, spelled out and abbreviated: one thing
        variant = part.startswith(main + "-")
        if m.type == "method" and not variant and (_built_on(ctx, m, main) or part.endswith("-" + main)):
            # 'we propose TLP and MTL-TLP': a name ending in the main one's is built on it
            out.append(Relation(part, "USES", main, ctx.sentence_of(m), "contribution:USES:built-on", (m.start, m.end)))
            continue
        if m.type == "method" and not variant:
            rel = "USES"
        elif m.type == "model" and variant and ctx.kinds.get(main) == "method":
            rel = "APPLIED_TO"
        else:
            continue
        out.append(Relation(main, rel, part, ctx.sentence_of(m), f"contribution:{rel}:part", (m.start, m.end)))
    return out


def _built_on(ctx: RelationContext, part: Mention, main: str) -> bool:
    """'On top of it, we build vLLM' / 'we build vLLM upon PagedAttention': the part is the system
    built on the main technique, so it uses the main one (not the other way round)."""
    start = ctx.sentence_of(part)[0]
    before = BUILT_BEFORE.search(ctx.text, start, part.start)
    if before is not None and _names_base(before.group("base"), main):
        return True
    after = BUILT_AFTER.match(ctx.text, part.end)
    return after is not None and _names_base(after.group("base"), main) and \
        WE_BUILD.search(ctx.text, start, part.start) is not None


def _names_base(words: str, main: str) -> bool:
    return words.lower() in BASE_PRONOUNS or words.startswith(main)


def derived_relations(ctx: RelationContext) -> list[Relation]:
    """A name built on a known one is derived from it, whoever the clause is about: Medusa-2 -> Medusa;
    so is a contribution the catalog knows (FlashAttention-3 -> FlashAttention, named in the background)."""
    out = []
    names = {o.name for o in ctx.mentions if o.type in ("method", "model") and o.name not in ctx.proposes}
    for m in ctx.mentions:
        # ... also a tier of a coined name ('SulNix-large' of the SulNix the paper names, not its own work;
        # a catalog's own sizes, T5-Base, stay sizes)
        derived = m.rule == "shape:derived" or (tier_base(m.name) in names and not m.rule.startswith("catalog:"))
        if not derived and m.name not in ctx.proposes:
            continue
        base = max((o.name for o in ctx.mentions if m.name.startswith(o.name + "-") and o.type in ("method", "model")
                    and (derived or _extends(m.name[len(o.name) + 1:], o, ctx.proposes))
                    or o.name in ctx.proposes and m.name.startswith(o.name)      # glued: 'HadarE', 'Foo+'
                    and 0 < len(m.name) - len(o.name) <= 2 and m.name[len(o.name)] != "-"), key=len, default=None)
        if base is not None and not SIZE_ONLY.match(m.name[len(base) + 1:]):   # Llama-2-70B is a size
            out.append(Relation(m.name, "BASED_ON", base, ctx.sentence_of(m), "name:BASED_ON:derived",
                                (m.start, m.end)))
    return out


def _extends(suffix: str, base: Mention, proposes: list[str]) -> bool:
    """Is a contribution named '<base>-<suffix>' built on ``base``: another work (not an acronym of its
    own words), or its own method in a new version or stage (Medusa-1), not in a size (PP-DocLayout-L,
    DART-GUI-7B)?"""
    if base.name not in proposes:
        return not base.rule.startswith("rule:acronym")
    last = suffix.rpartition("-")[2]
    return last.isdigit() and len(last) < 3


def variants_run(ctx: RelationContext, rels: list[Relation]) -> list[Relation]:
    """A contribution runs where its released variants run: 'YOLOv4-tiny ... at 443 FPS on RTX 2080Ti'
    is Scaled-YOLOv4 on that GPU too."""
    main = ctx.proposes[0] if ctx.proposes else None
    return [Relation(main, "RUNS_ON", r.tail, r.sentence, "name:RUNS_ON:variant", r.offsets) for r in rels
            if main and r.type == "RUNS_ON" and r.head != main and variant_of(r.head, main)]
