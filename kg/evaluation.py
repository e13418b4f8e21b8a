"""Cross-corpus evaluation: kg beside the naive floor on every gold corpus, with the error budget.

The scorer and the naive baseline are the evaluation kit's own files (``score.py``,
``naive_baseline.py`` in the eval folder), loaded from there rather than copied, so kg's
numbers are exactly the judge's. Corpora are found by name: the seed
(``../data/trending-papers.txt`` with ``gold-seed.jsonl``) and every
``dev/papers-NAME.jsonl`` with its ``dev/gold-NAME.jsonl``.

Whatever kg fits to gold data is also scored leave-one-corpus-out (:func:`folds`): fit on
every corpus but one, score on the one left out. And since unseen abstracts name systems no
catalog knows, each corpus can also be scored with its contributions renamed to made-up names
(:mod:`kg.renames`).
"""
from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from kg.errors import InputError

# (column label, key of the measure in the scorer's report); the F1 of each is shown
MEASURES = [("entity", "entities"), ("proposes", "proposes"), ("relation", "relations"),
            ("RUNS_ON paper-hw", "runs_on_paper_hardware"), ("RUNS_ON specific", "runs_on_specific_hardware"),
            ("results", "results")]


@dataclass(frozen=True)
class Corpus:
    """One gold corpus: its papers and the gold records for them."""

    name: str
    papers: Path
    gold: Path

    def gold_rows(self) -> list[dict[str, Any]]:
        with self.gold.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]


@dataclass
class Scores:
    """The scorer's report for one system on one corpus, plus the relation error budget."""

    report: dict[str, Any]
    budget: dict[str, dict[str, int]] = field(default_factory=dict)

    def f1(self, key: str) -> float:
        return float(self.report[key]["f1"])

    def row(self) -> list[float]:
        return [self.f1(key) for _, key in MEASURES]


class EvalKit:
    """The eval folder: its corpora, its scorer and its naive baseline."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root)
        if not (self.root / "score.py").is_file():
            raise InputError(f"{self.root}: not an eval folder (no score.py); pass --eval-dir")
        self.scorer = _load_module(self.root / "score.py", "kg_eval_score")
        naive = self.root / "naive_baseline.py"
        self.naive = _load_module(naive, "kg_eval_naive") if naive.is_file() else None

    def corpora(self, names: Iterable[str] | None = None) -> list[Corpus]:
        found = []
        seed = self.root.parent / "data" / "trending-papers.txt"
        if seed.is_file() and (self.root / "gold-seed.jsonl").is_file():
            found.append(Corpus("seed", seed, self.root / "gold-seed.jsonl"))
        for papers in sorted((self.root / "dev").glob("papers-*.jsonl")):
            name = papers.stem[len("papers-"):]
            gold = papers.with_name(f"gold-{name}.jsonl")
            if gold.is_file():
                found.append(Corpus(name, papers, gold))
        if names:
            wanted = list(names)
            unknown = [n for n in wanted if n not in {c.name for c in found}]
            if unknown:
                raise InputError(f"unknown corpus {', '.join(unknown)}; choose from: "
                                 + ", ".join(c.name for c in found))
            found = [c for c in found if c.name in wanted]
        if not found:
            raise InputError(f"{self.root}: no gold corpora found")
        return found

    def score(self, corpus: Corpus, predictions: list[dict[str, Any]]) -> Scores:
        return self.score_rows(corpus.gold_rows(), predictions)

    def score_rows(self, gold: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> Scores:
        return Scores(self.scorer.score(gold, predictions), self.scorer.relation_budget(gold, predictions))

    def naive_predictions(self, papers: list[dict[str, Any]]) -> list[dict[str, Any]] | None:
        return None if self.naive is None else [self.naive.extract(p) for p in papers]


def _load_module(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError(f"{path}: cannot be loaded as Python")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_corpus(corpus: Corpus) -> list[dict[str, Any]]:
    """The corpus' papers as plain dicts (id, title, abstract), through kg's own readers."""
    from kg.sources import Paper, read_papers
    return [{"id": p.id, "title": p.title, "abstract": p.abstract}
            for p in read_papers(str(corpus.papers), None) if isinstance(p, Paper)]


def extract_records(papers: list[dict[str, Any]], extractor: Any) -> list[dict[str, Any]]:
    from kg.sources import Paper
    return [r.to_gold() for r in extractor.records(Paper(id=p["id"], title=p["title"], abstract=p["abstract"])
                                                    for p in papers)]


@dataclass
class CorpusResult:
    corpus: str
    kg: Scores
    naive: Scores | None


def evaluate(kit: EvalKit, corpora: list[Corpus], extractor: Any, renamed: Iterable[str] = (),
             scope: str = "contributions") -> list[CorpusResult]:
    """kg and the naive baseline on every corpus, then on every corpus with its contributions (or, with
    ``scope="all"``, all its one-word names) renamed to made-up names of each shape in ``renamed``
    (:mod:`kg.renames`)."""
    from kg.renames import rename
    out = []
    for shape in (None, *renamed):
        for corpus in corpora:
            papers, gold, label = read_corpus(corpus), corpus.gold_rows(), corpus.name
            if shape is not None:
                papers, gold = rename(papers, gold, shape, kit.scorer.title_key, scope=scope)
                label = f"{corpus.name}, {shape} new names" + (", all" if scope == "all" else "")
            naive = kit.naive_predictions(papers)
            out.append(CorpusResult(label, kit.score_rows(gold, extract_records(papers, extractor)),
                                    kit.score_rows(gold, naive) if naive is not None else None))
    return out


Fit = Callable[[list[Corpus]], Any]     # gold corpora in, an extractor fitted on them out


def folds(kit: EvalKit, corpora: list[Corpus], fit: Fit) -> list[tuple[str, list[str], Scores]]:
    """Leave one corpus out: fit on the others, score on it; one row per held-out corpus."""
    rows = []
    for held in corpora:
        train = [c for c in corpora if c is not held]
        extractor = fit(train)
        papers = read_corpus(held)
        rows.append((held.name, [c.name for c in train], kit.score(held, extract_records(papers, extractor))))
    return rows


def render_table(results: list[CorpusResult]) -> str:
    """A Markdown table: one row per corpus and system (kg, naive), F1 per measure."""
    head = "| corpus | system | " + " | ".join(label for label, _ in MEASURES) + " |"
    lines = [head, "|" + "---|" * (len(MEASURES) + 2)]
    for res in results:
        lines.append(_row(res.corpus, "kg", res.kg))
        if res.naive is not None:
            lines.append(_row(res.corpus, "naive", res.naive))
    return "\n".join(lines)


def render_budget(results: list[CorpusResult]) -> str:
    """Why kg's relations were missed or spurious, per corpus."""
    lines = []
    for res in results:
        for kind in ("missed", "spurious"):
            counts = res.kg.budget.get(kind, {})
            lines.append(f"{res.corpus} relations {kind} ({sum(counts.values())}): "
                         + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return "\n".join(lines)


def render_folds(rows: list[tuple[str, list[str], Scores]]) -> str:
    head = "| held out | fitted on | " + " | ".join(label for label, _ in MEASURES) + " |"
    lines = [head, "|" + "---|" * (len(MEASURES) + 2)]
    lines += [_row(held, " + ".join(train), scores) for held, train, scores in rows]
    return "\n".join(lines)


def _row(first: str, second: str, scores: Scores) -> str:
    return f"| {first} | {second} | " + " | ".join(f"{v:.3f}" for v in scores.row()) + " |"



def fit_labeller(train: list[Corpus]) -> Any:
    """An extractor whose relation labeller is trained on ``train`` only (one fold)."""
    from kg.extraction import Extractor
    from kg.training import LABELLER
    from kg.training import train as train_model
    extractor = Extractor()
    extractor.nlp.get_pipe(LABELLER).model = train_model(train, extractor=extractor)
    return extractor
