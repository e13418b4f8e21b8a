"""Tests that kill mutations the suite once let survive: each names the behaviour it guards."""
from __future__ import annotations

import json
import subprocess
import sys

from helpers import EXAMPLES, ROOT

from kg.graph import GraphBuilder
from kg.jobs import build, iter_papers
from kg.output import render
from kg.snapshots import diff, write_snapshot
from kg.stores import open_store
from kg.stores.cypher import write_plan


def _record(pid: str, aliases: list[str]) -> dict:
    return {"id": pid, "title": f"Paper {pid}", "proposes": [],
            "entities": [{"name": "FlashAttention", "type": "method", "aliases": aliases},
                         {"name": "H100", "type": "hardware"}],
            "relations": [["FlashAttention", "RUNS_ON", "H100"]], "results": []}


def test_a_repeated_paper_id_is_skipped_counted_and_reported(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"id": "x1", "title": "First", "abstract": "Runs on H100."}) + "\n")
    b.write_text(json.dumps({"id": "x1", "title": "Again", "abstract": "Runs on A100."}) + "\n"
                 + json.dumps({"id": "x2", "title": "Other", "abstract": "Runs on A100."}) + "\n")
    from kg.jobs import Summary
    summary, skips = Summary(), []
    papers = list(iter_papers([str(a), str(b)], None, summary, skips.append))
    assert [p.title for p in papers] == ["First", "Other"]
    assert summary.skipped == 1 and "duplicate paper id 'x1'" in skips[0].reason and skips[0].line == 1


def test_writes_are_batched():
    g = GraphBuilder()
    for i in range(5):
        g.add_record(_record(f"p{i}", []))
    stmts = list(write_plan(g.graph, "ladybug", batch_size=2))
    paper_batches = [len(p["rows"]) for q, p in stmts if "MERGE (n:Paper" in q]
    assert paper_batches == [2, 2, 1]
    assert all(len(p["rows"]) <= 2 for _, p in stmts)


def test_build_writes_once_per_batch_of_papers(tmp_path):
    class Counting:
        writes = 0

        def write(self, graph):
            Counting.writes += 1

        def bulk(self):                         # no bulk load: batch by batch
            return None

        def query(self, text, params):         # holds nothing yet: every paper is read
            from kg.stores.base import QueryResult
            return QueryResult(["key"], [])
    build([str(EXAMPLES / "papers.jsonl")], Counting(), batch_size=10)      # 24 papers
    assert Counting.writes == 3


def test_aliases_accumulate_in_the_graph_and_in_the_store(tmp_path):
    g = GraphBuilder()
    g.add_record(_record("p1", ["Flash Attention"]))
    g.add_record(_record("p2", ["FA"]))
    assert g.graph.nodes["Method:flashattention"]["aliases"] == ["FA", "Flash Attention"]
    with open_store("ladybug", path=tmp_path / "a.db") as st:
        first, second = GraphBuilder(), GraphBuilder()
        first.add_record(_record("p1", ["Flash Attention"]))
        second.add_record(_record("p2", ["FA"]))
        st.write(first.graph)
        st.write(second.graph)
        [[aliases]] = st.query("MATCH (m:Method {name: 'FlashAttention'}) RETURN m.aliases").rows
    assert sorted(aliases) == ["FA", "Flash Attention"]


def test_the_diff_lists_changed_nodes(tmp_path):
    g = GraphBuilder()
    g.add_record(_record("p1", []))
    a = write_snapshot(g.graph, tmp_path / "s", ("json",))
    g.graph.nodes["Hardware:h100"]["vendor"] = "NVIDIA (edited)"
    import datetime as dt
    b = write_snapshot(g.graph, tmp_path / "s", ("json",), now=dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc))
    changed = diff(a, b)["nodes"]["changed"]
    assert changed == [{"id": "Hardware:h100", "changes": {"vendor": [None, "NVIDIA (edited)"]}}]   # record carried no vendor


def test_the_diff_ignores_the_folder_and_the_order_of_the_input(tmp_path):
    import datetime as dt
    one, two = GraphBuilder(), GraphBuilder()
    for i in range(3):
        one.add_record({**_record(f"p{i}", []), "source": f"/home/a/corpus.jsonl:{i + 1}"})
    for i in reversed(range(3)):
        two.add_record({**_record(f"p{i}", []), "source": f"/mnt/b/corpus.jsonl:{i + 1}"})
    a = write_snapshot(one.graph, tmp_path / "s", ("json",))
    b = write_snapshot(two.graph, tmp_path / "s", ("json",), now=dt.datetime(2031, 1, 1, tzinfo=dt.timezone.utc))
    d = diff(a, b)
    assert not any(d["nodes"].values()) and not any(d["edges"].values()), d


def test_the_table_ends_with_its_row_count():
    assert render(["a"], [[1], [2]], "table").splitlines()[-1] == "(2 rows)"
    assert render(["a"], [[1]], "table").splitlines()[-1] == "(1 row)"
    assert render(["a"], [], "table").splitlines()[-1] == "(0 rows)"


def test_extraction_is_identical_across_processes_and_hash_seeds(tmp_path):
    outputs = []
    for seed in ("0", "12345"):
        out = tmp_path / f"out-{seed}.jsonl"
        subprocess.run([sys.executable, "-m", "kg.cli.main", "extract", str(EXAMPLES / "papers.jsonl"), "-o", str(out)],
                       check=True, capture_output=True, cwd=ROOT, env={**_env(), "PYTHONHASHSEED": seed})
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] and outputs[0]


def _env() -> dict[str, str]:
    import os
    return dict(os.environ)
