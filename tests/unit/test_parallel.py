"""Extraction in several processes gives exactly what one process gives (records, order, failures)."""
from __future__ import annotations

import json

from helpers import EXAMPLES

from kg.extraction import parallel
from kg.sources import Paper, read_papers


def _papers(n: int) -> list[Paper]:
    """``n`` distinct papers made from the shipped sample (more than one chunk, so a pool starts)."""
    base = [p for p in read_papers(str(EXAMPLES / "papers.jsonl")) if isinstance(p, Paper)]
    return [Paper(id=f"{p.id}-{i}", title=f"{p.title} ({i})", abstract=p.abstract, source=f"gen.jsonl:{i + 1}")
            for i, p in ((i, base[i % len(base)]) for i in range(n))]


def test_two_workers_give_the_same_records_in_the_same_order(extractor):
    papers = _papers(parallel.CHUNK * 2 + 17)
    one = [json.dumps(r.to_gold(), sort_keys=True) for r in parallel.records(extractor, papers, 1)]
    two = [json.dumps(r.to_gold(), sort_keys=True) for r in parallel.records(extractor, papers, 2)]
    assert len(one) == len(papers) and one == two


def test_a_paper_a_worker_fails_on_is_reported_and_the_rest_kept(extractor, monkeypatch):
    papers = _papers(parallel.CHUNK + 5)
    papers[7] = Paper(id="bad", title="Bad", abstract="POISON on an A100.", source="gen.jsonl:8")
    real_pipe, real_call = extractor.nlp.pipe, type(extractor.nlp).__call__

    def pipe(texts, **kw):
        texts = list(texts)
        if any("POISON" in t for t, _ in texts):
            raise RuntimeError("component crashed")
        return real_pipe(texts, **kw)

    def call(self, text, *a, **kw):
        if "POISON" in text:
            raise RuntimeError("component crashed")
        return real_call(self, text, *a, **kw)

    monkeypatch.setattr(extractor.nlp, "pipe", pipe)           # forked workers inherit the patch
    monkeypatch.setattr(type(extractor.nlp), "__call__", call)
    failed: list[tuple[str, str, str]] = []
    done = list(parallel.records(extractor, papers, 2,
                                 lambda p, exc: failed.append((p.id, getattr(exc, "kind", ""), str(exc)))))
    assert failed == [("bad", "RuntimeError", "component crashed")]
    assert [r.id for r in done] == [p.id for p in papers if p.id != "bad"]
