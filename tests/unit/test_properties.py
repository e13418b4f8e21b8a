"""Properties over generated text: extraction never raises on any Unicode string and is deterministic."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.sources.model import Paper

# pieces real abstracts carry, so the generator reaches the rules and not only the tokenizer
FRAGMENTS = ["$4.04\\times$", "{$162$/$275$} PFLOPS", "A100", "H100 GPU", "vLLM", "(", ")", ":", ", and ",
             " we propose ", "Foo-7B", "2.3x", "~", "\\%", "30,000+", "TPU v4", " on ", " than ", "\u2009", "×",
             "\n", "LoRA (Low-Rank Adaptation)", "$", "{", "\\textbf{", "}", "-", "1e9", "%"]
texts = st.lists(st.one_of(st.text(max_size=40), st.sampled_from(FRAGMENTS)), max_size=40).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=texts, abstract=texts)
def test_extraction_never_raises_and_is_deterministic(extractor, title, abstract):
    paper = Paper(id="p", title=title, abstract=abstract, source="gen.jsonl:1")
    first = extractor.record(paper).to_gold()
    assert extractor.record(paper).to_gold() == first
    names = {e["name"] for e in first["entities"]} | {"@paper"}
    assert all(r[0] in names and r[2] in names for r in first["relations"])
    assert set(first["proposes"]) <= names
