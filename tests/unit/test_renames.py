"""kg.renames: the gold corpora with their contributions renamed to made-up names."""
import pytest

from kg.errors import InputError
from kg.renames import made_up_names, rename


def key(title):
    return title.lower()


PAPERS = [{"id": "a", "title": "Orca: Fast Serving", "abstract": "We present Orca, built on Orca-Lib. Orcas swim."},
          {"id": "b", "title": "Study", "abstract": "We study Heavy Hitter Oracle (H2O) on GPUs."}]
GOLD = [{"title": "Orca: Fast Serving", "proposes": ["Orca"], "entities": [{"name": "Orca", "type": "method"}],
         "relations": [["Orca", "RUNS_ON", "GPU"]], "results": [{"subject": "Orca", "value": 2.0}]},
        {"title": "Study", "proposes": ["H2O"],
         "entities": [{"name": "H2O", "type": "method", "aliases": ["Heavy Hitter Oracle"]}], "relations": []}]


def test_a_contribution_is_renamed_in_text_and_gold_alike():
    papers, gold = rename(PAPERS, GOLD, "plain", key)
    new = gold[0]["proposes"][0]
    assert new != "Orca" and new[0].isupper() and new[1:].islower()
    assert papers[0]["title"] == f"{new}: Fast Serving" and gold[0]["title"] == papers[0]["title"]
    # whole words only; a name derived from it follows it (Orca-Lib, as PP-DocLayout-L does PP-DocLayout)
    assert papers[0]["abstract"] == f"We present {new}, built on {new}-Lib. Orcas swim."
    assert gold[0]["relations"] == [[new, "RUNS_ON", "GPU"]] and gold[0]["results"][0]["subject"] == new
    assert papers[1] == PAPERS[1] and gold[1] == GOLD[1]       # an alias (its long form) would give it away


def test_names_are_deterministic_distinct_and_shaped():
    names = made_up_names("hyphen", seed=3)
    first = [next(names) for _ in range(50)]
    again = made_up_names("hyphen", seed=3)
    assert first == [next(again) for _ in range(50)] and len(set(first)) == 50
    assert all("-" in n and n.split("-")[1][0].isupper() for n in first)
    with pytest.raises(InputError, match="choose from: plain, camel, hyphen"):
        next(made_up_names("snake"))


def test_a_released_variant_follows_its_base():
    papers = [{"id": "c", "title": "PP-Lay: Layouts", "abstract": "PP-Lay-L and PP-Lay-S are models."}]
    gold = [{"title": "PP-Lay: Layouts", "proposes": ["PP-Lay", "PP-Lay-L", "PP-Lay-S"],
             "entities": [{"name": n, "type": "model"} for n in ("PP-Lay", "PP-Lay-L", "PP-Lay-S")]}]
    new_papers, new_gold = rename(papers, gold, "camel", key)
    base = new_gold[0]["proposes"][0]
    assert new_gold[0]["proposes"] == [base, f"{base}-L", f"{base}-S"]
    assert new_papers[0]["abstract"] == f"{base}-L and {base}-S are models."


def test_all_names_renames_baselines_and_benchmarks_but_not_hardware():
    papers = [{"id": "d", "title": "Orca: Fast", "abstract": "Orca beats vLLM on ShareGPT using an A100."}]
    gold = [{"title": "Orca: Fast", "proposes": ["Orca"],
             "entities": [{"name": "Orca", "type": "method"}, {"name": "vLLM", "type": "framework"},
                          {"name": "ShareGPT", "type": "dataset"}, {"name": "A100", "type": "hardware"}],
             "relations": [["Orca", "COMPARED_WITH", "vLLM"], ["Orca", "RUNS_ON", "A100"]]}]
    only, _ = rename(papers, gold, "plain", key)
    every, new_gold = rename(papers, gold, "plain", key, scope="all")
    assert "vLLM" in only[0]["abstract"] and "vLLM" not in every[0]["abstract"]
    assert "ShareGPT" not in every[0]["abstract"] and "A100" in every[0]["abstract"]
    assert new_gold[0]["relations"][1][2] == "A100" and new_gold[0]["relations"][0][2] != "vLLM"
    with pytest.raises(InputError, match="choose from: contributions, all"):
        rename(papers, gold, "plain", key, scope="some")
