"""The relation labeller: a linear model that reads every candidate pair and names its relation.

Weights are trained by ``kg train`` (:mod:`kg.training`) on gold corpora and shipped as JSON in
``pipelines/``; scoring needs no learning library, only a dict lookup per feature. The rule
component's readings are features here, so the model learns when to trust them and when a
pair the rules never proposed (a model RUNS_ON a device, a baseline's baseline) is stated.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ConfigError
from kg.extraction.assets import DataFiles
from kg.extraction.catalog import asset_path
from kg.extraction.heads import sentence_spans
from kg.extraction.mentions import Relation, doc_text, register_extensions
from kg.extraction.pairs import PairCandidate, PairFinder
from kg.extraction.relation_cues import CueTable

NONE = "NONE"
MODEL_FILE = "relation_model.json"


@dataclass
class LinearModel:
    """Multinomial logistic regression: one weight per (feature, label), plus a bias per label."""

    labels: list[str]
    bias: list[float]
    weights: dict[str, list[float]]
    meta: dict[str, Any]

    @classmethod
    def from_json(cls, data: dict[str, Any], where: str) -> "LinearModel":
        try:
            labels, bias, weights = data["labels"], data["bias"], data["weights"]
        except KeyError as exc:
            raise ConfigError(f"{where}: relation model lacks {exc}") from exc
        if NONE not in labels or len(bias) != len(labels) or any(len(w) != len(labels) for w in weights.values()):
            raise ConfigError(f"{where}: relation model is malformed (labels, bias and weights disagree)")
        return cls(list(labels), [float(b) for b in bias], {k: [float(x) for x in v] for k, v in weights.items()},
                   dict(data.get("meta", {})))

    @classmethod
    def load(cls, path: str | Path) -> "LinearModel":
        where = str(path)
        try:
            text = Path(path).read_text(encoding="utf-8") if Path(path).is_file() else \
                asset_path(str(path)).read_text(encoding="utf-8")
            return cls.from_json(json.loads(text), where)
        except (OSError, json.JSONDecodeError) as exc:
            raise ConfigError(f"{where}: cannot read the relation model: {exc}") from exc

    def to_json(self) -> str:
        """Deterministic text: sorted keys, fixed rounding (retraining gives the same bytes)."""
        data = {"labels": self.labels, "bias": [round(b, 6) for b in self.bias],
                "weights": {k: [round(x, 6) for x in v] for k, v in sorted(self.weights.items())},
                "meta": self.meta}
        return json.dumps(data, sort_keys=True, indent=0, ensure_ascii=False) + "\n"

    def predict(self, features: Iterable[str], allowed: Iterable[str]) -> tuple[str, float]:
        """The most probable label among NONE and ``allowed``, with its probability."""
        index = {label: i for i, label in enumerate(self.labels)}
        keep = [index[NONE]] + [index[a] for a in allowed if a in index]
        scores = [self.bias[i] for i in keep]
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for j, i in enumerate(keep):
                    scores[j] += w[i]
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        best = max(range(len(keep)), key=lambda j: (scores[j], -j))
        return self.labels[keep[best]], exp[best] / sum(exp)


class RelationLabeller(DataFiles):
    """Replaces the rule relations with the model's reading of every candidate pair."""

    def __init__(self, cues: str, model: str | None) -> None:
        register_extensions()
        self.assets = {"cues": cues}
        self.model: LinearModel | None = LinearModel.load(model) if model else None

    def load(self, cues: str) -> None:
        table = CueTable(cues)
        self.finder = PairFinder(table, {r for rels in table.cue_rels.values() for r in rels}, table.clause)

    def candidates(self, doc: Doc) -> dict[tuple[str, str], PairCandidate]:
        return self.finder.find(doc_text(doc), sentence_spans(doc), doc._.kg_mentions or [],
                                doc._.kg_proposes or [], doc._.kg_relations or [], doc._.kg_title_end or 0)

    def __call__(self, doc: Doc) -> Doc:
        self.require_data("kg_relation_labeller")
        if self.model is None:
            return doc            # no weights: the rule relations stand
        out = []
        for cand in self.candidates(doc).values():
            label, p = self.model.predict(cand.features, self.finder.allowed(cand.head_type, cand.tail_type))
            if label != NONE and cand.evidence is not None:
                sent, offsets = cand.evidence
                out.append(Relation(cand.head, label, cand.tail, sent, f"model:{label}:{p:.2f}", offsets))
        doc._.kg_relations = out
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> None:
        super().to_disk(path, exclude)
        if self.model is not None:        # the weights (trained, not shipped data) travel too
            (Path(path) / MODEL_FILE).write_text(self.model.to_json(), encoding="utf-8")

    def from_disk(self, path: str | Path, exclude: Iterable[str] = ()) -> "RelationLabeller":
        super().from_disk(path, exclude)
        file = Path(path) / MODEL_FILE
        self.model = LinearModel.load(file) if file.is_file() else None
        return self


@Language.factory("kg_relation_labeller",
                  requires=["doc._.kg_mentions", "doc._.kg_proposes", "doc._.kg_relations", "doc._.kg_sentences"],
                  assigns=["doc._.kg_relations"],
                  default_config={"cues": "relation_cues.json", "model": MODEL_FILE})
def make_relation_labeller(nlp: Language, name: str, cues: str, model: str | None) -> RelationLabeller:
    return RelationLabeller(cues, model or None)
