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
