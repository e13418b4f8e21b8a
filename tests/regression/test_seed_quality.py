"""Seed-set regression: fails if scores drop below the bars of issue #2."""
import importlib.util
import json

import pytest
from helpers import SHARED

GOLD = SHARED / "eval" / "gold-seed.jsonl"
SEED = SHARED / "data" / "trending-papers.txt"
# The bars of issue #2 (0.90 / 0.90 / 0.90 / 0.85 / 0.70 / 0.90), raised where kg already does better.
BARS = {"entities": 0.90, "proposes": 0.91, "runs_on_paper_hardware": 0.93,
        "runs_on_specific_hardware": 0.85, "relations": 0.70, "results": 0.94}

pytestmark = pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval (seed gold) is not present")


def test_seed_scores_do_not_regress(extractor):
    from kg.sources import Paper, read_papers
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    papers = [p for p in read_papers(str(SEED)) if isinstance(p, Paper)]
    preds = [r.to_gold() for r in extractor.records(papers)]
    gold = [json.loads(ln) for ln in GOLD.read_text().splitlines() if ln.strip()]
    report = score.score(gold, preds)
    got = {k: report[k]["f1"] for k in BARS}
    assert all(got[k] >= bar for k, bar in BARS.items()), got
