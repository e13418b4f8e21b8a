"""Every shipped query against a store built from hand-written records, rows written by hand."""
from __future__ import annotations

import json

import pytest
from helpers import ROOT

from kg.graph import GraphBuilder
from kg.querylib import get_query, load_queries
from kg.stores import open_store

SAMPLE = ROOT / "tests" / "data" / "query_sample.jsonl"
T1 = "FastAttn: Faster Attention on H100"
T2 = "LoRA-Serve: Serving LoRA Adapters on MI300X"

# name -> (parameters over the defaults, expected rows; a set where the query has no ORDER BY)
EXPECTED = {
    "best_result_per_metric_and_hardware": ({}, [["speedup", "A100", 1.5, 1], ["speedup", "H100", 2.5, 1],
                                                 ["throughput", "MI300X", 4.0, 1]]),
    "builds_on": ({"method": "FlashAttention"}, [["FastAttn", 1]]),
    "compared_with": ({}, [["LoRA-Serve", "vLLM", "q2"]]),
    "datasets_for_method": ({"method": "FastAttn"}, [["WikiText", "q1", "Evaluated on WikiText."]]),
    "frameworks_per_vendor": ({}, [["AMD", "vLLM", 1], ["NVIDIA", "Triton", 1], ["NVIDIA", "vLLM", 1]]),
    "hardware_for_method": ({"method": "FastAttn"}, [["A100", "NVIDIA", True, 1], ["H100", "NVIDIA", True, 1]]),
    "hardware_generations": ({}, [["Ampere", 2, 1], ["Hopper", 2, 1], ["CDNA 3", 1, 1]]),
    "method_hardware_matrix": ({}, [["FastAttn", "A100", 1], ["FastAttn", "H100", 1], ["LoRA-Serve", "H100", 1],
                                    ["LoRA-Serve", "MI300X", 1]]),
    "methods_on_hardware": ({}, [["FastAttn", 1], ["LoRA-Serve", 1]]),
    "models_for_method": ({"method": "LoRA-Serve"}, [["Llama-2-7B", 1]]),
    "most_aliases": ({}, [["FlashAttention", 1, ["Flash Attention"]], ["H100", 1, ["NVIDIA H100"]],
                          ["LoRA", 1, ["low-rank adaptation"]]]),
    "neighborhood": ({}, {("RUNS_ON", "FastAttn", "q1"), ("RUNS_ON", "LoRA-Serve", "q2")}),
    "newest_methods_per_hardware": ({}, [["LoRA-Serve", "2025-03-01"], ["FastAttn", "2025-01-10"]]),
    "papers_mentioning_both": ({}, [["q2", T2]]),
    "speedups_at_least": ({}, [[T2, 4.0, "throughput", "MI300X"], [T1, 2.5, "speedup", "H100"]]),
    "top_hardware": ({}, [["A100", True, 2], ["H100", True, 2], ["GPU", False, 1], ["MI300X", True, 1]]),
    "viz_method_hardware": ({}, {
        ("Method:fastattn", "FastAttn", "RUNS_ON", "Hardware:a100", "A100", "NVIDIA", "Ampere", None, True, None, "q1",
         "And on the A100."),
        ("Method:fastattn", "FastAttn", "RUNS_ON", "Hardware:h100", "H100", "NVIDIA", "Hopper", None, True, None, "q1",
         "It runs on the H100."),
        ("Method:loraserve", "LoRA-Serve", "RUNS_ON", "Hardware:h100", "H100", "NVIDIA", "Hopper", None, True, None,
         "q2", "And H100."),
        ("Method:loraserve", "LoRA-Serve", "RUNS_ON", "Hardware:mi300x", "MI300X", "AMD", "CDNA 3", None, True, None,
         "q2", "On MI300X.")}),
    "viz_results": ({}, {
        ("q1", "speedup", 2.5, "x", None, "Hardware:h100", "H100", "NVIDIA", "Hopper", None, True, None,
         "Method:fastattn", "FastAttn"),
        ("q2", "throughput", 4.0, "x", "over vLLM", "Hardware:mi300x", "MI300X", "AMD", "CDNA 3", None, True, None,
         "Method:loraserve", "LoRA-Serve"),
        ("q3", "speedup", 1.5, "x", None, "Hardware:a100", "A100", "NVIDIA", "Ampere", None, True, None, None, None)}),
    "viz_paper_hardware": ({}, {
        ("q3", None, "Hardware:gpu", "GPU", None, None, None, False, None),
        ("q2", "2025-03-01", "Hardware:h100", "H100", "NVIDIA", "Hopper", None, True, None),
        ("q3", None, "Hardware:a100", "A100", "NVIDIA", "Ampere", None, True, None),
        ("q1", "2025-01-10", "Hardware:a100", "A100", "NVIDIA", "Ampere", None, True, None),
        ("q1", "2025-01-10", "Hardware:h100", "H100", "NVIDIA", "Hopper", None, True, None),
        ("q2", "2025-03-01", "Hardware:mi300x", "MI300X", "AMD", "CDNA 3", None, True, None)}),
    "viz_method_families": ({}, {("Method:fastattn", "Method:flashattention", "FlashAttention", "q1"),
                                 ("Method:loraserve", "Method:lora", "LoRA", "q2")}),
    "viz_papers": ({}, [["q1", T1, "2025-01-10"], ["q2", T2, "2025-03-01"], ["q3", "A Study of GPUs", None]]),
}


def sample_graph():
    builder = GraphBuilder()
    for line in SAMPLE.read_text().splitlines():
        builder.add_record(json.loads(line))
    return builder.graph


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    st = open_store("ladybug", path=tmp_path_factory.mktemp("q") / "q.db")
    st.write(sample_graph())
    yield st
    st.close()


def test_there_are_at_least_15_documented_queries_and_each_has_expected_rows():
    queries = load_queries()
    assert len(queries) >= 15
    assert set(queries) == set(EXPECTED)
    for q in queries.values():
        assert q.title and q.description and q.example.startswith("kg query --name " + q.name)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_query_rows(store, name):
    params, expected = EXPECTED[name]
    q = get_query(name)
    rows = store.query(q.text, q.parameters(params)).rows
    if isinstance(expected, set):
        assert {tuple(r) for r in rows} == expected
    else:
        assert rows == expected


def test_queries_take_values_only_as_parameters():
    import re
    for q in load_queries().values():
        body = "\n".join(ln for ln in q.text.splitlines() if not ln.startswith("//"))
        for value in re.findall(r"\{\w+:\s*([^}]*)\}", body):     # property maps match on parameters
            assert value.strip().startswith("$"), (q.name, value)
        for param in q.defaults:
            assert f"${param}" in body, (q.name, param)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_shipped_query_answers_the_readme_sample_with_its_defaults(sample_db, name):
    q = get_query(name)
    with open_store("ladybug", path=sample_db, create=False) as st:
        assert st.query(q.text, q.parameters()).rows, f"{name} returns nothing on examples/papers.jsonl"


def test_an_unbound_parameter_is_an_error_not_an_empty_answer(store):
    from kg.errors import QueryError
    with pytest.raises(QueryError, match=r"uses \$hw but no value was given; pass --param hw=VALUE"):
        store.query("MATCH (h:Hardware {name: $hw}) RETURN h.name")
    # a '$' inside a string literal or a comment is not a parameter
    assert store.query("MATCH (h:Hardware {name: '$hw'}) RETURN h.name // $x").rows == []
