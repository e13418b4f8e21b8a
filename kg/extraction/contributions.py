"""What the paper itself introduces: the title's name prefix and 'we propose X'.

A contribution becomes a mention if no other rule found it, and its type comes
from how the paper describes it ('a benchmark', 'a model', a model-size shape).
A catalog framework the paper is about becomes a method (ANNOTATION.md).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.extraction.mentions import Mention, doc_text, register_extensions
from kg.extraction.shapes import MODEL_SIZE, is_coined

FUNCTION_WORDS = {"the", "of", "a", "an", "we", "yet", "is", "are", "to", "for", "and", "in", "on", "with",
                  "towards", "toward", "from", "using", "via", "how", "what", "why", "when", "do", "does",
                  "can", "not", "all", "you", "your", "our", "it", "its", "beyond", "at", "by", "as", "be",
                  "being", "into", "over", "under", "through", "let", "make", "making", "one"}
PROPOSE = re.compile(
    r"\b(?:[Ww]e|[Tt]his (?:paper|work)|[Oo]ur work)\s+(?:(?:first|further|also|then|thus|therefore)\s+)?"
    r"(?:propose|present|introduce|develop|design|build|release|contribute|describe|implement|create|"
    r"open-source|unveil|offer|train)s?d?\s+")
AND_PROPOSE = re.compile(r"\b(?:and|then)\s+(?:further\s+)?(?:propose|present|introduce|develop|design)\s+")
CALLED = re.compile(r"\b(?:called|named|dubbed|termed|coined|namely|known as|referred to as|"
                    r"we (?:term|call|name|dub))\s+")
TITLE_SEPARATOR = re.compile(r":|\s+(?:-{1,2}|–|—)\s+")
OUR_THING = re.compile(
    r"\b[Oo]ur\s+(?:(?:new|novel|proposed|trained|resulting|final|open|open-source)\s+){0,2}"
    r"(?:model|method|system|framework|approach|algorithm|architecture|technique|design|library|tool|"
    r"benchmark|dataset|engine|accelerator|compiler)s?,?\s+(?:called\s+|named\s+)?")
SUB_VERBS = re.compile(r"\s+(?:also\s+|further\s+|then\s+)?(?:introduces|proposes|presents|incorporates|features|"
                       r"contains)\s+")
DATASET_NOUNS = re.compile(r"\b(?:benchmark|dataset|data set|corpus|suite|leaderboard|test ?bed|challenge)s?\b", re.I)
MODEL_NOUNS = re.compile(r"\b(?:model|LLM|MLLM|LMM|VLM|language model|foundation model|network|family)s?\b")
# a head noun right after a name makes the name a modifier ("BWE model", "DSP chain", "GPU GEMMs")
MODIFIER = re.compile(r"\s+(?:-based\s+)?(?:models?|chains?|kernels?|layers?|operators?|formats?|backbones?|caches?|"
                      r"modules?|units?|cores?|blocks?|instructions?|variants?|baselines?|versions?|pipelines?|"
                      r"implementations?|libraries|library|primitives?|operations?|datatypes?|types?)\b")
NAME_PHRASE = re.compile(r"((?:[A-Z][\w\-]*)(?:\s+[A-Z][\w\-]*){1,4})(?=\s*[,(])")
# one scan instead of four: the cues that introduce a contribution's name
ANY_PROPOSE = re.compile("|".join(f"(?:{p.pattern})" for p in (PROPOSE, AND_PROPOSE, CALLED, OUR_THING)))
PREPOSITIONS = re.compile(r"\b(?:for|with|via|in|on|of|to|by|through|using|from|towards?|beyond|without)\b", re.I)


def _occurrences(text: str, name: str) -> list[int]:
    """Start offsets of ``name`` as a whole word (str.find: no regex compiled per name)."""
    out, at = [], text.find(name)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + len(name)] if at + len(name) < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            out.append(at)
        at = text.find(name, at + 1)
    return out


def title_name(title: str) -> tuple[str, int] | None:
    """The name before the title's colon or dash, if it is name-shaped ('Punica: ...', 'X - ...')."""
    sep = TITLE_SEPARATOR.search(title)
    if sep is None:
        return None
    prefix = title[:sep.start()].strip()
    tokens = prefix.split()
    if len(tokens) > 1 and tokens[-2].lower() in ("with", "via", "using") and is_coined(tokens[-1], set()):
        return tokens[-1], title.index(prefix) + prefix.rindex(tokens[-1])   # "... with C4: A ..."
    if not tokens or any(t.lower() in FUNCTION_WORDS for t in tokens) or not prefix[:1].isalnum():
        return None
    if not all(t[:1].isupper() or t[:1].isdigit() or any(c.isupper() for c in t) for t in tokens):
        return None
    marked = any(is_coined(t, set()) or len(tokens) == 1 for t in tokens)
    if len(tokens) > (5 if marked else 3):
        return None
    return prefix, title.index(prefix)


APPOSITION = re.compile(r"\s*(?:,\s*(?:a|an|the|which|that)\b|:)")
HEAD_NOUN_BEFORE = re.compile(r"\b(?:system|scheduler|framework|engine|library|algorithm|method|technique|approach|"
                              r"compiler|runtime|mechanism|stack|model|benchmark|dataset)\s+$")


def introduced(text: str, cue_end: int, m: Mention) -> bool:
    """A name the catalog knows is still this paper's contribution when the proposing sentence
    defines it: 'we propose PagedAttention, an attention algorithm', 'a scheduler Sarathi-Serve'."""
    return bool(APPOSITION.match(text, m.end) or HEAD_NOUN_BEFORE.search(text[cue_end:m.start]))


def named_in_proposal(text: str, cue: re.Match[str], m: Mention) -> bool:
    """'We present the latest MobileNets, known as MobileNetV4': a naming cue right before a known
    name, in a sentence that proposes something ('an existing approach called Linformer' is not)."""
    if not CALLED.match(text, cue.start()) or m.start != cue.end():
        return False
    start = max(text.rfind(". ", 0, cue.start()) + 1, 0)
    return PROPOSE.search(text, start, cue.start()) is not None


def described_type(desc: str, default: str = "method") -> str:
    """'a benchmark ...' -> dataset; 'a family of models' -> model (before any preposition)."""
    head = PREPOSITIONS.split(desc, maxsplit=1)[0].strip(" ,.")
    last = head.split()[-1] if head.split() else ""
    if DATASET_NOUNS.fullmatch(last) or re.match(r"(?:a|an|the)\s+(?:\w+\s+){0,3}(?:benchmark|dataset|suite)", head, re.I):
        return "dataset"
    if MODEL_NOUNS.fullmatch(last):
        return "model"
    return default


class ContributionFinder:
    def __init__(self) -> None:
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text, title_end = doc_text(doc), doc._.kg_title_end or 0
        mentions: list[Mention] = list(doc._.kg_mentions or [])
        proposes: list[str] = []

        def mention_at(start: int, end: int) -> Mention | None:
            return next((m for m in mentions if m.start <= start < m.end or start <= m.start < end), None)

        def claim(m: Mention, desc: str) -> None:
            if m.type == "framework":
                m.attrs = {**m.attrs, "alt_types": ["framework"]}
                m.type = "method"
            elif m.type == "method" and not m.rule.startswith("catalog:"):
                m.type = "model" if MODEL_SIZE.fullmatch(m.name) else described_type(desc, m.type)
            if m.type in ("method", "model", "dataset") and m.name not in proposes:
                proposes.append(m.name)
                # every mention of the same name follows the contribution's type
                for other in mentions:
                    if other.name == m.name:
                        other.type = m.type

        found = title_name(text[:title_end])
        # '1-bit AI Infra: Part 1.1, ...': a plain title prefix the abstract never repeats yields to
        # what the abstract itself proposes (decided after the cues below)
        weak = bool(found) and len(found[0].split()) > 1 and not _occurrences(text[title_end:], found[0]) \
            and not any(is_coined(t, set()) for t in found[0].split())
        if found:
            prefix, start = found
            end = start + len(prefix)
            m = mention_at(start, end)
            if m is None or (m.end - m.start) < len(prefix):
                # the whole prefix is the name: it replaces shorter mentions inside it
                mentions[:] = [o for o in mentions if not (start <= o.start < end)]
                m = Mention(start, end, prefix, "method", prefix, "rule:title-prefix")
                mentions.append(m)
            claim(m, text[end + 1:title_end])
            mentions = self._rescan(text, mentions, proposes)
        cue_sentences = []
        for cm in ANY_PROPOSE.finditer(text, title_end):
            cue_sentences.append(cm.start())
            phrase = NAME_PHRASE.match(text, cm.end())
            if phrase and phrase.group(1).split()[0].lower() not in FUNCTION_WORDS:
                # "we propose Dynamic Perceiver (Dyn-Perceiver)": a capitalised phrase is the name
                a, b = phrase.span(1)
                mentions[:] = [o for o in mentions if not (a <= o.start < b)]
                m = Mention(a, b, phrase.group(1), "method", phrase.group(1), "rule:propose-phrase")
                mentions.append(m)
            else:
                m = self._object(mentions, cm.end(), text)
            if m is not None and (not m.rule.startswith("catalog:") or introduced(text, cm.end(), m)
                                  or named_in_proposal(text, cm, m)):
                claim(m, text[m.end:m.end + 80])
        # a capitalised term the proposing sentence defines is part of the contribution:
        # "S2AFormer, an architecture featuring novel Strip Self-Attention (SSA)"
        for a, b in doc._.kg_sentences or []:
            if any(a <= c < b for c in cue_sentences):
                for m in list(mentions):
                    if a <= m.start < b and m.rule == "rule:acronym-definition" and m.text[:1].isupper() \
                            and " " in m.text:
                        claim(m, text[m.end:m.end + 80])
        # parts the contribution brings with it: "QeRL introduces an Adaptive Quantization Noise (AQN)"
        for name in list(proposes):
            for at in _occurrences(text, name):
                cm = SUB_VERBS.match(text, at + len(name))
                if cm is None:
                    continue
                m = self._object(mentions, cm.end(), text)
                if m is not None and not m.rule.startswith("catalog:") and m.name != name:
                    claim(m, text[m.end:m.end + 80])
        if weak and len(proposes) > 1 and proposes[0] == found[0]:
            proposes.pop(0)
            mentions = [m for m in mentions if not (m.name == found[0] and m.rule == "rule:title-prefix")]
        # released variants of a contribution: PP-DocLayout-L, DART-GUI-7B
        for m in list(mentions):
            if m.name not in proposes and not m.rule.startswith("catalog:") and \
                    any(m.name.startswith(p + "-") for p in proposes):
                claim(m, "")
        mentions = self._rescan(text, mentions, proposes)
        mentions.sort(key=lambda m: m.start)
        doc._.kg_mentions = mentions
        doc._.kg_proposes = proposes
        return doc

    @staticmethod
    def _rescan(text: str, mentions: list[Mention], proposes: list[str]) -> list[Mention]:
        """Every occurrence of a contribution's name is a mention of it, overriding parts of it."""
        protos = {m.name: m for m in reversed(mentions) if m.name in proposes}
        for name in sorted(protos, key=len, reverse=True):      # longer names first
            proto = protos[name]
            for a in _occurrences(text, name):
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

    @staticmethod
    def _object(mentions: list[Mention], pos: int, text: str) -> Mention | None:
        """The first named mention shortly after a propose verb (skipping 'a novel ...')."""
        window = text[pos:pos + 60]
        stop = re.search(r"[.;:]\s", window)
        limit = pos + (stop.start() if stop else len(window))
        ordered = sorted((m for m in mentions if m.start >= pos), key=lambda m: m.start)
        for m in ordered:
            if m.start < limit and m.type in ("method", "model", "dataset", "framework"):
                between = text[pos:m.start]
                if re.search(r"\b(?:on|for|with|to|than|of|from|in|over)\b", between) and m.start - pos > 0:
                    break
                if MODIFIER.match(text, m.end):
                    break         # "a sparse DSP chain": the name modifies a noun; it is not the contribution
                return m
        # "we introduce a novel class of ... attack (BEAST)": an acronym defined in the same clause
        end = re.search(r"[.;]\s|$", text[pos:pos + 200]).start() + pos
        return next((m for m in ordered if m.start < end and m.rule == "rule:acronym-definition"
                     and text[m.start - 1:m.start] == "("), None)


@Language.factory("kg_contributions", requires=["doc._.kg_mentions", "doc._.kg_sentences"],
                  assigns=["doc._.kg_proposes", "doc._.kg_mentions"])
def make_contribution_finder(nlp: Language, name: str) -> ContributionFinder:
    return ContributionFinder()
