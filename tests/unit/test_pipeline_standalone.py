"""The pipeline stands on its own, as a spaCy user expects."""
import subprocess
import sys

import spacy

from kg.extraction.pipeline import paper_text
from kg.extraction.records import doc_to_record
from kg.sources import Paper

PAPER = Paper("t1", "Punica: Multi-Tenant LoRA Serving",
              r"We present Punica, which serves LoRA models such as Llama-2-7B on NVIDIA A100 GPUs with "
              r"$12\times$ higher throughput than vLLM, implemented in CUDA.")


def test_nlp_of_the_raw_text_is_what_the_extractor_gives(nlp, extractor):
    doc = nlp(paper_text(PAPER))
    assert doc._.kg_title_end == len(PAPER.title) + 1                 # set inside the pipeline
    assert doc_to_record(doc, PAPER) == extractor.record(PAPER)
    assert "12×" in doc.text                                           # the tokenizer read the LaTeX


def test_requires_and_assigns_are_consistent(nlp):
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert all(not found for found in problems.values()), problems


def test_to_disk_then_spacy_load_round_trips(nlp, extractor, tmp_path):
    nlp.to_disk(tmp_path / "kg-pipeline")
    loaded = spacy.load(tmp_path / "kg-pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert doc_to_record(loaded(paper_text(PAPER)), PAPER) == extractor.record(PAPER)


def test_spacy_load_needs_no_import_of_kg(nlp, tmp_path):
    """The factories are registered as entry points: a fresh interpreter loads the saved pipeline."""
    nlp.to_disk(tmp_path / "p")
    code = ("import spacy, sys; nlp = spacy.load(sys.argv[1]); "
            "doc = nlp('Punica: Serving\\nWe present Punica on A100 GPUs.'); "
            "print(sorted(m.name for m in doc._.kg_mentions))")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path / "p")], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "A100" in out.stdout and "Punica" in out.stdout


def test_typed_records_round_trip_through_their_json(extractor):
    from kg.graph import GraphBuilder
    from kg.graph.records import PaperRecord
    rec = extractor.record(PAPER)
    assert PaperRecord.from_gold(rec.to_gold()) == rec
    typed, parsed = GraphBuilder(), GraphBuilder()
    typed.add_record(rec)
    parsed.add_record(rec.to_gold())
    assert sorted(typed.graph.edges(keys=True, data=True)) == sorted(parsed.graph.edges(keys=True, data=True))
    assert dict(typed.graph.nodes(data=True)) == dict(parsed.graph.nodes(data=True))


def test_a_saved_pipeline_carries_its_data_files(nlp, tmp_path):
    """An edited catalog travels with the saved pipeline: spacy.load reads the saved copies."""
    import json

    from kg.extraction import load_pipeline
    from kg.extraction.catalog import asset_path
    mine = tmp_path / "methods.jsonl"
    mine.write_text(asset_path("methods.jsonl").read_text(encoding="utf-8")
                    + json.dumps({"name": "Zorblax", "kind": "system"}) + "\n", encoding="utf-8")
    cfg = tmp_path / "kg.cfg"
    cfg.write_text(asset_path("kg.cfg").read_text(encoding="utf-8").replace('"methods.jsonl"', f'"{mine}"'),
                   encoding="utf-8")
    custom = load_pipeline(cfg)
    custom.to_disk(tmp_path / "saved")
    mine.unlink()                                   # the saved pipeline no longer needs the original
    loaded = spacy.load(tmp_path / "saved")
    doc = loaded("A Study\nWe compare against zorblax and Zorblax on GPUs.")
    assert "Zorblax" in {m.name for m in doc._.kg_mentions}
    assert (tmp_path / "saved" / "kg_entities" / "assets.json").is_file()


def test_components_load_their_data_in_initialize():
    import pytest

    from kg.errors import ConfigError
    from kg.extraction.catalog import asset_path
    cfg = spacy.util.load_config_from_str(asset_path("kg.cfg").read_text(encoding="utf-8"))
    bare = spacy.util.load_model_from_config(cfg, auto_fill=True)
    with pytest.raises(ConfigError, match="kg_entities has no data loaded"):
        bare("A Study\nWe run on A100 GPUs.")
    bare.initialize()
    assert "A100" in {m.name for m in bare("A Study\nWe run on A100 GPUs.")._.kg_mentions}
