"""The small Python API in kg/__init__.py: lazy, complete, strict about options."""
import importlib.util
import subprocess
import sys

import pytest
from helpers import EXAMPLES

import kg


def test_import_kg_loads_nothing_heavy():
    code = ("import sys, kg; print(sorted({m.split('.')[0] for m in sys.modules} & "
            "{'spacy', 'thinc', 'networkx', 'ladybug', 'neo4j', 'rdflib', 'pyoxigraph'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_build_query_export_snapshot(tmp_path):
    db = tmp_path / "kg.db"
    summary = kg.build([str(EXAMPLES / "papers.jsonl")], db=db)
    assert summary.papers == 24
    h100 = kg.query("methods_on_hardware", {"hardware": "H100"}, db=db)
    a100 = kg.query("methods_on_hardware", {"hardware": "A100"}, db=db)
    assert h100 and a100 and h100 != a100          # the parameters are used
    rows = kg.query("MATCH (h:Hardware {name: $hw}) RETURN h.name AS name", {"hw": "H100"}, db=db)
    assert rows == [{"name": "H100"}]
    [graphml] = kg.export("graphml", tmp_path / "g.graphml", db=db)
    assert graphml.stat().st_size > 0
    snap = kg.snapshot(tmp_path / "snaps", ("json",), db=db)
    assert (snap / "graph.json").is_file() and (snap / "manifest.json").is_file()
    records = list(kg.extract([str(EXAMPLES / "papers.jsonl")]))
    assert len(records) == 24 and records[0].to_gold()["id"]


def test_options_that_do_not_apply_to_the_store_are_rejected(tmp_path):
    with pytest.raises(kg.KGError, match="store 'neo4j' does not take db"):
        kg.open_store("neo4j", db=tmp_path / "x.db")
    with pytest.raises(kg.KGError, match="store 'ladybug' does not take uri; it takes: batch_size, db, read_only"):
        kg.query("MATCH (n) RETURN n", db=tmp_path / "x.db", uri="bolt://localhost")
    with pytest.raises(kg.KGError, match="unknown store 'sqlite'; choose from"):
        kg.open_store("sqlite")


def test_dataframe_needs_pandas_and_says_so(sample_db):
    if importlib.util.find_spec("pandas") is None:
        with pytest.raises(kg.KGError, match=r"dataframe=True needs pandas: pip install 'kg\[pandas\]'"):
            kg.query("MATCH (h:Hardware) RETURN h.name AS name", db=sample_db, dataframe=True)
    else:
        frame = kg.query("MATCH (h:Hardware) RETURN h.name AS name", db=sample_db, dataframe=True)
        assert list(frame.columns) == ["name"] and len(frame) > 0
