"""Training the relation labeller from gold corpora (``kg train``), reproducibly.

Examples are the labeller's own candidate pairs on the gold papers, labelled with the gold
relation between the two names (or NONE). The fit is scikit-learn's multinomial logistic
regression (lbfgs, L2), which is deterministic for the same examples in the same order; the
weights are written rounded with sorted keys, and the meta records the hashes of the files
trained on, so retraining on the same files gives the same bytes.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from kg.errors import KGError
from kg.evaluation import Corpus, read_corpus
from kg.extraction.labeller import NONE, LinearModel
from kg.extraction.text import name_key
from kg.graph.keys import PAPER
from kg.sources import Paper
from kg.sources.model import normalise_title

LABELLER = "kg_relation_labeller"
DEFAULT_C = 0.5


class TrainingError(KGError):
    """Training cannot run (a missing optional dependency, no examples)."""


def _keys(name: str) -> set[str]:
    keys = {name_key(name)}
    words = name.split()
    if len(words) > 1:
        keys.add(name_key(" ".join(words[1:])))      # vendor prefix: 'NVIDIA A100' ~ 'A100'
    return {k for k in keys if k}


class GoldPaper:
    """One gold record: its entity names by key, and its relations by (head, tail)."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.by_key: dict[str, str] = {}
        for ent in row.get("entities", []):
            for surface in [ent["name"], *(ent.get("aliases") or [])]:
                for k in _keys(surface):
                    self.by_key.setdefault(k, ent["name"])
        self.relations: dict[tuple[str, str], str] = {}
        for head, rel, tail in row.get("relations", []):
            self.relations.setdefault((head, tail), rel)

    def resolve(self, name: str) -> str | None:
        if name == PAPER:
            return PAPER
        return next((self.by_key[k] for k in sorted(_keys(name)) if k in self.by_key), None)

    def label(self, head: str, tail: str) -> str:
        h, t = self.resolve(head), self.resolve(tail)
        return self.relations.get((h, t), NONE) if h and t else NONE


def examples(extractor: Any, corpora: Iterable[Corpus]) -> tuple[list[set[str]], list[str]]:
    """(features, label) for every candidate pair of every gold paper, in corpus and paper order."""
    labeller = extractor.nlp.get_pipe(LABELLER)
    saved, labeller.model = labeller.model, None        # the rules' relations are features, not replaced
    xs: list[set[str]] = []
    ys: list[str] = []
    try:
        for corpus in corpora:
            gold = {normalise_title(r["title"]): GoldPaper(r) for r in corpus.gold_rows()}
            papers = [Paper(id=p["id"], title=p["title"], abstract=p["abstract"]) for p in read_corpus(corpus)]
            for doc, paper in extractor.docs(papers):
                g = gold.get(normalise_title(paper.title))
                if g is None:
                    continue
                for (head, tail), cand in sorted(labeller.candidates(doc).items()):
                    xs.append(cand.features)
                    ys.append(g.label(head, tail))
    finally:
        labeller.model = saved
    return xs, ys


def fit(xs: list[set[str]], ys: list[str], c: float = DEFAULT_C, meta: dict[str, Any] | None = None) -> LinearModel:
    """Multinomial logistic regression over binary features."""
    try:
        import sklearn
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
    except ImportError as exc:      # an optional dependency: only training needs it
        raise TrainingError("training needs scikit-learn: pip install 'kg[train]'") from exc
    if not xs or len(set(ys)) < 2:
        raise TrainingError("no training examples with at least two labels")
    vec = DictVectorizer(sort=True)
    X = vec.fit_transform([{f: 1 for f in sorted(x)} for x in xs])
    clf = LogisticRegression(C=c, max_iter=2000, tol=1e-6)
    clf.fit(X, ys)
    labels = [str(label) for label in clf.classes_]
    names = vec.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        column = [float(clf.coef_[i, j]) for i in range(len(labels))]
        if max(abs(w) for w in column) >= 1e-4:
            weights[str(name)] = column
    info = {"c": c, "examples": len(ys), "features": len(weights), "sklearn": sklearn.__version__,
            "label_counts": {label: ys.count(label) for label in labels}}
    return LinearModel(labels, [float(b) for b in clf.intercept_], weights, {**info, **(meta or {})})


def file_hashes(corpora: Iterable[Corpus]) -> dict[str, str]:
    """sha256 of every file trained on, by corpus (the model's provenance)."""
    out = {}
    for c in corpora:
        for kind, path in (("papers", c.papers), ("gold", c.gold)):
            out[f"{c.name}/{kind}"] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def train(corpora: list[Corpus], c: float = DEFAULT_C, extractor: Any = None) -> LinearModel:
    """The labeller's weights fitted on ``corpora``."""
    from kg.extraction import Extractor
    extractor = extractor or Extractor()
    xs, ys = examples(extractor, corpora)
    return fit(xs, ys, c, {"trained_on": file_hashes(corpora)})
