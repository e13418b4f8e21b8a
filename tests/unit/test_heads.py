"""Who a relation is about when the clause names a model that is run or trained, not the contribution."""
from helpers import rels


def test_the_model_a_clause_trains_is_evaluated_and_run(extract_one):
    rec = extract_one("We present Orbit, a training system. Using the GPT-2 model we achieve SOTA results on the "
                      "WikiText103 dataset. We train ResNet-50 on ImageNet in 2 minutes on a TPU v3 Pod. "
                      "Our BERT model achieves 90.9% on the RACE dataset.", title="Orbit: Fast Training")
    r = rels(rec)
    assert ("GPT-2", "EVALUATED_ON", "WikiText-103") in r
    assert ("ResNet-50", "EVALUATED_ON", "ImageNet") in r
    assert ("ResNet-50", "RUNS_ON", "TPU v3 Pod") in r
    assert ("BERT", "EVALUATED_ON", "RACE") in r
    assert ("Orbit", "RUNS_ON", "TPU v3 Pod") in r      # the contribution keeps its own relations


def test_a_model_merely_named_does_not_head_a_relation(extract_one):
    rec = extract_one("We present Orbit. Unlike GPT-2, Orbit is evaluated on WikiText103 on an A100.",
                      title="Orbit: Fast Training")
    r = rels(rec)
    assert ("GPT-2", "EVALUATED_ON", "WikiText103") not in r
    assert ("GPT-2", "RUNS_ON", "A100") not in r


def test_a_contribution_named_after_another_work_is_based_on_it(extract_one):
    """FlashAttention-3 builds on FlashAttention even where only the background names it; a stage of the
    paper's own method (Vexnix-2) builds on it, a size of it (Vexnix-L) does not."""
    rec = extract_one("FlashAttention speeds up attention on GPUs. We develop FlashAttention-3 for H100 GPUs.",
                      title="FlashAttention-3: Fast and Accurate Attention")
    assert ["FlashAttention-3", "BASED_ON", "FlashAttention"] in rec["relations"], rec["relations"]
    rec = extract_one("We present Vexnix, a decoding method, with Vexnix-2 and Vexnix-L. Vexnix-2 is fine-tuned "
                      "jointly; Vexnix-L is the large size.", title="Vexnix: Fast Decoding")
    assert ["Vexnix-2", "BASED_ON", "Vexnix"] in rec["relations"], rec["relations"]
    assert ["Vexnix-L", "BASED_ON", "Vexnix"] not in rec["relations"], rec["relations"]


def test_a_size_of_the_released_model_is_not_what_it_is_applied_to(extract_one):
    rec = extract_one("This report introduces a new family of multimodal models, Gemini. Our most-capable Gemini "
                      "Ultra model advances the state of the art on MMLU.", title="Gemini: A Family of Models")
    assert ["Gemini", "APPLIED_TO", "Gemini Ultra"] not in rec["relations"], rec["relations"]
    assert ["Gemini", "EVALUATED_ON", "MMLU"] in rec["relations"], rec["relations"]


def test_a_joined_prefix_spells_a_known_name():
    from kg.extraction.catalog import variants
    assert "MultiQuery Attention" in variants("Multi-Query Attention")


def test_a_model_pretrained_from_another_is_based_on_it(extract_one):
    rec = extract_one("We present Sailon, a family of open language models continually pre-trained from Qwen1.5 on "
                      "400B tokens.", title="Sailon: Open Language Models for South-East Asia")
    assert ("Sailon", "BASED_ON", "Qwen1.5") in rels(rec), rels(rec)
