"""Every data file is validated at load: a bad one fails with file:line and what is wrong."""
import json

import pytest

from kg.errors import ConfigError
from kg.extraction.catalog import Catalog, asset_path
from kg.extraction.relation_cues import CueTable
from kg.extraction.retype import TypeCues


def test_json_syntax_error_names_file_and_line(tmp_path):
    bad = tmp_path / "cues.json"
    bad.write_text('{\n "USES": ["uses",\n  "using"\n "_strong": []\n}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:4: not JSON"):
        CueTable(str(bad))


def test_unknown_relation_in_cues_lists_the_valid_choices(tmp_path):
    bad = tmp_path / "cues.json"
    bad.write_text('{\n "USES": ["uses"],\n "RUNS_UNDER": ["under"]\n}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:3: 'RUNS_UNDER' is not a relation; choose from .*RUNS_ON"):
        CueTable(str(bad))


def test_wrong_shape_names_the_key_and_line(tmp_path):
    bad = tmp_path / "cues.json"
    bad.write_text('{\n "USES": ["uses"],\n "BASED_ON": "based on"\n}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:3: 'BASED_ON' must be a list of strings"):
        CueTable(str(bad))


def test_type_cues_name_an_entity_type(tmp_path):
    good = json.loads(asset_path("type_cues.json").read_text(encoding="utf-8"))
    good["noun_types"]["gizmo"] = "gadget"
    bad = tmp_path / "type_cues.json"
    bad.write_text(json.dumps(good, indent=1), encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:\d+: 'gadget' is not an entity type; choose from method"):
        TypeCues(str(bad))
    TypeCues("type_cues.json")      # the shipped file loads


def test_catalog_line_errors(tmp_path):
    bad = tmp_path / "methods.jsonl"
    bad.write_text('{"name": "LoRA"}\n{"name": "X", "type": "gadget"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"methods.jsonl:2: type 'gadget' is not one of method, model"):
        Catalog.load([str(bad)])
    bad.write_text('{"name": "LoRA"}\n{"name": \n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"methods.jsonl:2: not JSON"):
        Catalog.load([str(bad)])
    bad.write_text('{"name": "LoRA"}\n{"name": "X", "spellings": "Xs"}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"methods.jsonl:2: 'spellings' must be a list of strings"):
        Catalog.load([str(bad)])


def test_a_pipeline_config_naming_a_bad_data_file_fails_with_file_and_line(tmp_path):
    from kg.extraction import load_pipeline
    from kg.extraction.catalog import asset_path
    bad = tmp_path / "stop.json"
    bad.write_text('{\n "generic_acronyms": "LLM",\n "vendors": [],\n "hardware_head_nouns": []\n}\n',
                   encoding="utf-8")
    cfg = tmp_path / "kg.cfg"
    cfg.write_text(asset_path("kg.cfg").read_text(encoding="utf-8").replace('"stop_names.json"', f'"{bad}"'),
                   encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:2: 'generic_acronyms' must be a list of strings"):
        load_pipeline(cfg)


def test_a_bare_asset_name_never_reads_a_file_of_that_name_in_the_working_directory(tmp_path, monkeypatch):
    from kg.extraction.catalog import asset_path, read_json_asset
    (tmp_path / "metrics.json").write_text("not json", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert "unit_defaults" in read_json_asset("metrics.json")       # the shipped file
    assert asset_path(str(tmp_path / "metrics.json")).read_text(encoding="utf-8") == "not json"


def test_a_bad_unit_pattern_names_file_line_and_unit(tmp_path):
    from kg.extraction.quantities import QuantityReader
    good = json.loads(asset_path("units.json").read_text(encoding="utf-8"))
    good["units"].insert(2, ["furlongs", "\\s*(?:furlong"])
    bad = tmp_path / "units.json"
    bad.write_text(json.dumps(good, indent=1), encoding="utf-8")
    with pytest.raises(ConfigError, match=rf"{bad}:\d+: unit 'furlongs': bad pattern"):
        QuantityReader(str(bad))


def _pipeline_with(tmp_path, name: str, edit):
    """kg's pipeline with one shipped data file replaced by an edited copy."""
    from kg.extraction import Extractor, load_pipeline
    data = json.loads(asset_path(name).read_text(encoding="utf-8"))
    edit(data)
    edited = tmp_path / name
    edited.write_text(json.dumps(data, indent=1), encoding="utf-8")
    cfg = tmp_path / "kg.cfg"
    cfg.write_text(asset_path("kg.cfg").read_text(encoding="utf-8").replace(f'"{name}"', f'"{edited}"'),
                   encoding="utf-8")
    return Extractor(load_pipeline(cfg))


def _record(extractor, title: str, abstract: str) -> dict:
    from kg.sources import Paper
    return extractor.record(Paper(id="t1", title=title, abstract=abstract)).to_gold()


def test_comparison_words_are_read_from_the_relation_cues(tmp_path):
    """Which words introduce a comparison's reference is data (relation_cues.json), not code: without
    'than' among the reference words, DuckDB is no longer the reference that ran on the EPYC."""
    title, abstract = "LearnJoin: GPU hash joins", "LearnJoin is 9.1x faster than DuckDB on a 64-core AMD EPYC 7763."
    shipped = _pipeline_with(tmp_path, "relation_cues.json", lambda d: None)
    assert ["DuckDB", "RUNS_ON", "EPYC 7763"] in _record(shipped, title, abstract)["relations"]
    edited = _pipeline_with(tmp_path, "relation_cues.json", lambda d: d["_reference_words"].remove("than"))
    assert ["DuckDB", "RUNS_ON", "EPYC 7763"] not in _record(edited, title, abstract)["relations"]


def test_whose_number_it_is_is_read_from_the_metrics_file(tmp_path):
    """A named baseline's verb (metrics.json 'owners') gives it the number after it."""
    title = "Vexattn: Fast Attention"
    abstract = "Prior kernels leave the H100 idle, with FlashAttention-2 achieving only 35% utilization."
    shipped = _pipeline_with(tmp_path, "metrics.json", lambda d: None)
    assert [r["subject"] for r in _record(shipped, title, abstract)["results"]] == ["FlashAttention-2"]
    edited = _pipeline_with(tmp_path, "metrics.json", lambda d: d["owners"]["baseline_verbs"].remove("achieving"))
    assert [r["subject"] for r in _record(edited, title, abstract)["results"]] == ["Vexattn"]
