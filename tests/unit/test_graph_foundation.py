"""The graph is the ground floor: its identity rules, and that reading a store needs no NLP."""
import subprocess
import sys

import pytest

from kg.errors import ConfigError
from kg.extraction.catalog import Catalog
from kg.graph import GraphBuilder
from kg.graph.keys import name_key


def test_plus_and_hash_make_other_things():
    assert name_key("LoRA+") != name_key("LoRA")
    assert name_key("ZeRO++") != name_key("ZeRO") != name_key("ZeRO+")
    assert name_key("QuIP#") != name_key("QuIP")
    assert name_key("C++") != name_key("C")


def test_lora_plus_and_lora_are_two_nodes():
    b = GraphBuilder()
    b.add_record({"id": "p1", "title": "LoRA+: better LoRA", "proposes": ["LoRA+"],
                  "entities": [{"name": "LoRA+", "type": "method"}, {"name": "LoRA", "type": "method"}],
                  "relations": [["LoRA+", "BASED_ON", "LoRA"]], "results": []})
    names = {d["name"] for _, d in b.graph.nodes(data=True) if d.get("label") == "Method"}
    assert names == {"LoRA+", "LoRA"}
    assert b.graph.number_of_edges() >= 1


def test_two_catalog_entries_with_one_key_are_an_error(tmp_path):
    cat = tmp_path / "methods.jsonl"
    cat.write_text('{"name": "FlashAttention"}\n{"name": "Paged Attention"}\n'
                   '{"name": "FA", "aliases": ["Flash-Attention"]}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"methods.jsonl:3: 'Flash-Attention' has the same key as method "
                                          r"'FlashAttention' \(.*methods.jsonl:1\)"):
        Catalog.load([str(cat)])


def test_the_shipped_catalogs_have_one_entry_per_key():
    Catalog.load(["hardware.jsonl", "frameworks.jsonl", "models.jsonl", "datasets.jsonl", "methods.jsonl"])


@pytest.mark.parametrize("module", ["kg.stores", "kg.graph", "kg.exporters", "kg.cli.main"])
def test_reading_a_graph_does_not_import_spacy(module):
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_docs_schema_is_generated_from_the_schema():
    from helpers import ROOT

    from kg.graph.schema_doc import schema_markdown
    assert (ROOT / "docs" / "schema.md").read_text(encoding="utf-8") == schema_markdown(), \
        "docs/schema.md is stale: python -m kg.graph.schema_doc > docs/schema.md"


def test_a_result_on_a_name_typed_otherwise_is_counted_not_written(tmp_path):
    """A result whose 'hardware' the paper typed as a method once made the store refuse the whole
    batch (Binder exception: MEASURED_ON expects Hardware or Dataset) and stopped the build."""
    from kg.stores import open_store
    b = GraphBuilder()
    b.add_record({"id": "p1", "title": "HeteroScale", "proposes": ["HeteroScale"],
                  "entities": [{"name": "HeteroScale", "type": "method"}, {"name": "H100", "type": "hardware"}],
                  "relations": [], "results": [
                      {"subject": "HeteroScale", "metric": "utilization", "value": 26.6, "unit": "pp",
                       "hardware": "HeteroScale", "text": "26.6 percentage points"},
                      {"subject": "HeteroScale", "metric": "speedup", "value": 2.0, "unit": "x",
                       "hardware": "H100", "text": "2x"}]})
    measured = [(a, c) for a, c, d in b.graph.edges(data=True) if d["type"] == "MEASURED_ON"]
    assert [c for _, c in measured] == ["Hardware:h100"]
    assert b.dropped == {"MEASURED_ON Result->Method not in the schema": 1}
    with open_store("ladybug", path=tmp_path / "g.db") as st:
        st.write(b.graph)
        assert st.query("MATCH (:Result)-[e:MEASURED_ON]->() RETURN count(e) AS n").rows == [[1]]
