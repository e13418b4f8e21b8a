"""A processed Doc as one typed record (:mod:`kg.graph.records`), with provenance.

Offsets in provenance point into the raw title or abstract as given (the clean
text's offset map is applied), so a user can highlight the evidence in the source.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.extraction.mentions import Mention, doc_text, trust
from kg.extraction.text import name_key
from kg.graph.records import EntityRecord, Evidence, PaperRecord, RelationRecord, ResultRecord
from kg.sources import Paper


class _Locator:
    """Maps clean-doc character offsets to (field, raw start, raw end) in the paper's title or abstract."""

    def __init__(self, doc: Doc) -> None:
        text = doc_text(doc)
        self.offsets: Sequence[int] = doc.user_data.get("kg_raw_offsets") or range(len(text) + 1)
        self.title_end = doc._.kg_title_end or 0
        self.raw_title = self.offsets[self.title_end - 1] if self.title_end else -1   # the raw title's length
        self.last = len(self.offsets) - 1

    def __call__(self, start: int, end: int, rule: str | None = None, sentence: str | None = None) -> Evidence:
        if start < self.title_end:
            end = min(end, self.title_end - 1)
            return Evidence(rule, sentence, "title", self.offsets[start], self.offsets[end])
        shift = self.raw_title + 1
        return Evidence(rule, sentence, "abstract", self.offsets[min(start, self.last)] - shift,
                        self.offsets[min(end, self.last)] - shift)


def _entities(doc: Doc, locate: _Locator) -> tuple[list[EntityRecord], dict[str, str]]:
    """The paper's entities, and the entity name each mention name belongs to (spellings of one
    catalog thing, 'Quadro P4000' and 'P4000', are one entity)."""
    aliases = doc._.kg_aliases or {}
    mentions_ = doc._.kg_mentions or []
    keys = {name_key(m.attrs.get("canonical", m.name)) for m in mentions_}
    # 'PyTorch-BigGraph (PBG)': an acronym whose long form another mention names is that thing
    spelled: dict[str, str] = {}
    for (_, name), forms in aliases.items():
        other = sorted(name_key(a) for a in forms if name_key(a) in keys and name_key(a) != name_key(name))
        if other:
            spelled[name] = other[0]
    groups: dict[str, list[Mention]] = {}
    for m in mentions_:
        key = name_key(m.attrs.get("canonical", m.name))
        groups.setdefault(spelled.get(m.name, key), []).append(m)
    out: list[EntityRecord] = []
    rename: dict[str, str] = {}
    for mentions in groups.values():
        best = min(mentions, key=trust)
        rename.update({m.name: best.name for m in mentions})
        surf = sorted({m.text for m in mentions if m.text != best.name}
                      | {a for m in mentions for a in aliases.get((m.type, m.name), ())})
        out.append(EntityRecord(
            name=best.name, type=best.type, specific=best.specific if best.type == "hardware" else None,
            aliases=[a for a in surf if a != best.name], alt_types=list(best.attrs.get("alt_types") or []),
            catalog={k: v for k, v in best.attrs.items() if k != "alt_types"},
            mentions=[(m.text, locate(m.start, m.end, m.rule)) for m in mentions]))
    return out, rename


def doc_to_record(doc: Doc, paper: Paper) -> PaperRecord:
    """The record of one processed Doc (``nlp(paper_text(paper))``)."""
    locate = _Locator(doc)
    text = doc_text(doc)
    entities, rename = _entities(doc, locate)

    def named(name: str) -> str:
        return rename.get(name, name)

    def sentence(span: tuple[int, int]) -> str:
        return text[span[0]:span[1]].strip()

    relations: list[RelationRecord] = []
    seen: set[tuple[str, str, str]] = set()
    for r in doc._.kg_relations or []:
        key = (named(r.head), r.type, named(r.tail))
        if key not in seen and key[0] != key[2]:
            seen.add(key)
            relations.append(RelationRecord(*key, locate(r.offsets[0], r.offsets[1], r.rule, sentence(r.sentence))))
    results = [ResultRecord(
        subject=named(r.subject), metric=r.metric, value=r.value, unit=r.unit, qualifier=r.qualifier,
        text=text[r.start:r.end], low=r.low, hardware=named(r.hardware) if r.hardware else None,
        dataset=named(r.dataset) if r.dataset else None,
        evidence=locate(r.start, r.end, r.rule, sentence(r.sentence))) for r in doc._.kg_results or []]
    return PaperRecord(id=paper.id, title=paper.title,
                       proposes=list(dict.fromkeys(named(n) for n in doc._.kg_proposes or [])),
                       entities=entities, relations=relations, results=results, metadata=paper.metadata(),
                       source=paper.source)
