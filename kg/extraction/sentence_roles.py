"""Which sentences speak of the work, and whose a device is (kg_relations).

An abstract opens on its field ('Foundation models are based on the Transformer') before it speaks of its own
work; a device can belong to the work, to a reference it beats, or to another work a clause describes.
"""
from __future__ import annotations

import re

from kg.extraction.heads import RelationContext, device_kind
from kg.extraction.mentions import Mention, Relation
from kg.extraction.pairs import WE

# 'for the block compressor Zorzip, which set a milestone in CPU compression speeds': a device in a relative
# clause right after another work's name is that work's
WHICH_CLAUSE = re.compile(r",\s+which\s+[^.;,()]*$")


def field_sentences(ctx: RelationContext, others_sentence: re.Pattern[str],
                    other_platforms: frozenset[str]) -> dict[tuple[int, int], set[str]]:
    """The field's sentences (before the work is first spoken of, or about others' work after it: 'A leading
    CPU-based tool is based on ...'), each with the kinds of device the work runs on: a CPU paper's 'While GPUs
    and TPUs typically run these workloads, CPUs ...' names other kinds, no platform of the work."""
    first = work_starts(ctx)
    field = {sent for sent in ctx.sentences if ctx.title_end <= sent[0] and not WE.search(ctx.text, *sent) and (
        sent[1] <= first or others_sentence.match(ctx.text, sent[0]) is not None)}
    kinds = lambda spans: {device_kind(m) for m in ctx.mentions if m.type == "hardware"   # noqa: E731
                           and any(a <= m.start < b for a, b in spans)} - {"other"}
    titled = kinds([(0, ctx.title_end)]) or {"other" for m in ctx.mentions if m.start < ctx.title_end
                                             and m.attrs.get("device_class") in other_platforms}
    # after the work's start, the kinds its own sentences name when the title names none (a title naming another
    # accelerator, '... on Intel Gaudi-2', makes 'an alternative to NVIDIA GPUs' no platform either)
    worked = titled or kinds([s for s in ctx.sentences if s not in field and s[0] >= ctx.title_end])
    return {sent: worked for sent in field}


def work_starts(ctx: RelationContext) -> int:
    """Where the abstract starts speaking of the work: the main contribution's first mention, or for a
    study the first sentence with we/our/this paper; the sentences before it are about the field."""
    if ctx.proposes:
        return min((m.start for m in ctx.mentions if m.name == ctx.proposes[0] and m.start >= ctx.title_end),
                   default=len(ctx.text))
    return first_we(ctx, 0)


def first_we(ctx: RelationContext, default: int) -> int:
    """Where the abstract's first sentence with we/our/this paper starts (``default``: none has one)."""
    return next((s[0] for s in ctx.sentences if s[0] >= ctx.title_end and WE.search(ctx.text, *s)), default)


def about_the_work(text: str, sent: tuple[int, int], inside: list[Mention], head: str) -> bool:
    """The sentence speaks of the paper's own work (names it, or says we/our), not the field's
    ('Transformer-based LLMs have made an impact' says nothing of what FlightLLM is built on)."""
    return any(o.name == head for o in inside) or WE.search(text, sent[0], sent[1]) is not None


def said_apart(ctx: "RelationContext", run: Relation, compared: Relation | None) -> bool:
    """Is a device the work's baseline, said so in a sentence about the work, while only a sentence that neither
    names the work nor says 'we' ran it there ('... can take thousands of seconds on a single CPU thread.' then
    'ArctyrEX is 6x faster relative to a 256-threaded CPU baseline')?"""
    if compared is None or not compared.rule.endswith(("baseline-device", "adjacent")):
        return False
    def about_work(span: tuple[int, int]) -> bool:      # (the title is about the work too)
        return span[0] < ctx.title_end or WE.search(ctx.text, *span) is not None or any(
            m.name == run.head and span[0] <= m.start < span[1] for m in ctx.mentions)
    return not about_work(run.sentence) and about_work(compared.sentence)


def device_head(ctx: "RelationContext", inside: list[Mention], head: str, m: Mention) -> str:
    """Whose a device is: the work a relative clause describes ('the compressor Zorzip, which set a milestone in CPU
    compression': Zorzip's), else the contribution's, as a technique inside it does not run on its own."""
    described = described_by_clause(ctx, inside, m)
    if described is not None:
        return described
    proposes = ctx.proposes
    if m.type == "hardware" and proposes and head != proposes[0] and not ctx.studied \
            and ctx.kinds.get(head) == "method" and not head.startswith(proposes[0] + "-"):
        return proposes[0]
    return head


def described_by_clause(ctx: "RelationContext", inside: list[Mention], m: Mention) -> str | None:
    """The work a device's relative clause describes: 'the block compressor Zorzip, which has set a milestone in
    CPU compression speeds' (Zorzip's CPU, not the contribution's)."""
    if m.type != "hardware":
        return None
    before = [o for o in inside if o.end <= m.start and o.type in ("method", "framework", "model")]
    if not before or before[-1].name in ctx.proposes or before[-1].name in ctx.studied:
        return None
    return before[-1].name if WHICH_CLAUSE.match(ctx.text, before[-1].end, m.start) else None
