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
