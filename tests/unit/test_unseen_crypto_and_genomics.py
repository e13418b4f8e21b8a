"""Phrasings met in real abstracts on GPU cryptography (zero-knowledge proofs, homomorphic encryption) and
sequence alignment (outside the gold corpora); made-up names, the same constructions."""
from __future__ import annotations

from helpers import names, rels, results_by_value


def test_a_lower_case_device_word_may_open_a_coined_name(extract_one):
    """'gpu-pairAlign' is a tool's name as 'vLLM-Serve' is; 'gpu-based' and 'gpu-Accelerated' stay descriptions."""
    rec = extract_one("We present Zoralign. Zoralign outperforms gpu-blastRun and the gpu-based and gpu-Accelerated "
                      "baselines.", title="Zoralign: fast alignment")
    assert ("Zoralign", "COMPARED_WITH", "gpu-blastRun") in rels(rec), rels(rec)
    assert not {"gpu-based", "gpu-Accelerated"} & set(names(rec)), names(rec)


def test_a_second_unitless_ratio_after_a_speedup_of(extract_one):
    """'a speedup of up to 53.4 and 10.9 over A and B': both ratios are claims, not only the first."""
    rec = extract_one("We present Zoralign. Our algorithm yields a speedup of up to 53.4 and 10.9 over Blastrix and "
                      "Pairwisp on the same hardware.", title="Zoralign: fast alignment")
    assert {53.4, 10.9} <= set(results_by_value(rec)), rec["results"]


def test_a_bracketed_aside_ends_the_reference(extract_one):
    """'against commercial GPUs (e.g., ...)', 'over Blastrix (the first stage)': the reference ends at the
    bracket; a bracketed acronym of the reference ('(inZor) algorithm') does not end it there."""
    rec = extract_one("We present Zoralign. Zoralign is 2.5x faster than Blastrix (the first stage) on long reads.",
                      title="Zoralign: fast alignment")
    assert results_by_value(rec)[2.5]["qualifier"] == "over Blastrix", rec["results"]


def test_a_device_the_work_is_compared_with_is_no_platform_a_background_sentence_gives_it(extract_one):
    """'... can take thousands of seconds on a single CPU thread.' (no name, no 'we') then '... Zorfhe is 6x faster
    relative to a 256-threaded CPU baseline': the CPU is Zorfhe's reference; a CPU the work's own sentence runs
    it on stays its platform."""
    rec = extract_one("In this work, we develop techniques for encrypted execution. Evaluating a sigmoid can take "
                      "thousands of seconds on a single CPU thread. Our framework Zorfhe is $6\\times$ faster on a "
                      "single A100 relative to a 256-threaded CPU baseline.", title="Zorfhe: encrypted execution")
    assert {("Zorfhe", "COMPARED_WITH", "CPU"), ("Zorfhe", "RUNS_ON", "A100")} <= rels(rec), rels(rec)
    assert ("Zorfhe", "RUNS_ON", "CPU") not in rels(rec)
    rec = extract_one("In this work, we develop techniques for encrypted execution. We run Zorfhe on a CPU thread. "
                      "Our framework Zorfhe is $6\\times$ faster on a single A100 relative to a 256-threaded CPU "
                      "baseline.", title="Zorfhe: encrypted execution")
    assert ("Zorfhe", "RUNS_ON", "CPU") in rels(rec), rels(rec)


def test_a_sentence_that_opens_on_the_claim_before_takes_its_metric(extract_one):
    """'outperforms the Zorb schedule up to 15% in throughput ... This number can be further pushed to 30%': the
    second number measures what the first did."""
    rec = extract_one("We introduce Vexbub, a pipeline schedule. Vexbub outperforms the Zorb schedule up to 15% in "
                      "throughput under a similar memory limit. This number can be further pushed to 30% when the "
                      "memory constraint is relaxed.", title="Vexbub: fewer bubbles")
    assert results_by_value(rec)[30]["metric"] == "throughput", rec["results"]


def test_a_device_in_brackets_after_a_compared_class_is_compared(extract_one):
    """'Compared to a same-technology GPU (GTX 1080), our design offers 1.50x ...', 'Even against a state-of-the-art
    GPU (RTX 5090), we still achieve ...': the products are references, not platforms; the FPGA in brackets after
    'on a 16nm FPGA' is one."""
    text = ("We validate the hardware design on a 16nm FPGA (Alveo U250). Compared to a same-technology GPU (GTX 1080), "
            "our design offers 1.50x higher throughput. Even against a state-of-the-art GPU (RTX 5090), we still "
            "achieve 20% better power efficiency.")
    rec = extract_one("We propose Zorsys, an accelerator. " + text, title="Zorsys: a systolic accelerator")
    assert {("Zorsys", "COMPARED_WITH", "GTX 1080"), ("Zorsys", "COMPARED_WITH", "RTX 5090"),
            ("Zorsys", "RUNS_ON", "Alveo U250")} <= rels(rec), rels(rec)
    rec = extract_one("In this work, we propose a low-bit accelerator. " + text, title="A systolic accelerator")
    assert not {("@paper", "RUNS_ON", "GTX 1080"), ("@paper", "RUNS_ON", "RTX 5090")} & rels(rec), rels(rec)


def test_a_common_phrase_is_no_dataset_written_in_lower_case(extract_one):
    """'monitor events deep in the stack', 'a pile of data': The Stack and The Pile are datasets only with a capital."""
    rec = extract_one("We present Zorscale. Zorscale monitors events deep in the stack and trains on the Pile, not on "
                      "a pile of data.", title="Zorscale: training at scale")
    kinds = {e["name"]: e["type"] for e in rec["entities"]}
    assert "The Stack" not in kinds and kinds.get("The Pile") == "dataset", kinds


def test_catalog_names_that_are_plain_english_need_their_capitals(extract_one):
    """'raises natural questions', 'efficient text generation inference', 'stable baselines', 'a neural engine',
    'both wide and deep': plain English; the capitalised names are the dataset, engine, library, NPU and model."""
    plain = extract_one("This raises natural questions about speech commands, efficient text generation inference, "
                        "stable baselines, a neural engine, an expert choice and networks both wide and deep.",
                        title="Zorbench: a study")
    assert {e["name"] for e in plain["entities"]} <= {"Zorbench"}, plain["entities"]
    named = extract_one("We evaluate on Natural Questions, compare with Text Generation Inference and Wide & Deep, and "
                        "run on the Apple Neural Engine.", title="Zorbench: a study")
    assert {"Natural Questions", "Text Generation Inference", "Wide & Deep", "Apple Neural Engine"} <= {
        e["name"] for e in named["entities"]}, named["entities"]


def test_a_title_case_phrase_the_work_proposes_is_a_name(extract_one):
    """'To reduce fragmentation, Zorserve proposes Unified Paging.': the phrase names a technique of the work; one
    the abstract also writes in lower case ('introduces Shared Memory ... the shared memory of the GPU') is none."""
    rec = extract_one("We present Zorserve, a system for serving many adapters. To reduce fragmentation, Zorserve "
                      "proposes Unified Paging. Zorserve also introduces Shared Memory, which uses the shared memory "
                      "of the GPU.", title="Zorserve: serving adapters")
    names = {e["name"] for e in rec["entities"]}
    assert "Unified Paging" in names and "Shared Memory" not in names, names
    assert "Unified Paging" in rec["proposes"] and ("Zorserve", "USES", "Unified Paging") in rels(rec), rec


def test_a_compressor_solver_or_simulator_noun_before_a_name_marks_it(extract_one):
    """'a GPU scheme for the block compressor Zorzip', 'beats the solver Quelmax and the simulator Brindle'."""
    rec = extract_one("We present Zorzip-GPU, a GPU parallelization scheme for the block compressor Zorzip. Zorzip-GPU "
                      "beats the solver Quelmax and the simulator Brindle.", title="Zorzip-GPU: compression on GPUs")
    assert {("Zorzip-GPU", "BASED_ON", "Zorzip"), ("Zorzip-GPU", "COMPARED_WITH", "Quelmax"),
            ("Zorzip-GPU", "COMPARED_WITH", "Brindle")} <= rels(rec), rels(rec)


def test_a_device_in_a_which_clause_after_another_work_is_that_works(extract_one):
    """'for the block compressor Zorzip, which has set a new milestone in CPU compression speeds': the CPU is
    Zorzip's, not the GPU scheme's."""
    rec = extract_one("We present Zorzip-GPU, a GPU parallelization scheme for the block compressor Zorzip, which has "
                      "recently set a new milestone in CPU floating-point compression speeds.",
                      title="Zorzip-GPU: compression on GPUs")
    assert ("Zorzip", "RUNS_ON", "CPU") in rels(rec) and ("Zorzip-GPU", "RUNS_ON", "CPU") not in rels(rec), rels(rec)


def test_a_number_inside_a_name_is_no_claim_of_the_list_after_it(extract_one):
    """'2.1x faster on Llama 2 and 1.5x on Mistral 7B', '... on RTX 4090 and 1.2x on A6000': a name's own number
    is no ratio the next claim shares (real model and device names: the catalog must know them)."""
    rec = extract_one("We present Zorq. Zorq is 2.1x faster on Llama 2 and 1.5x on Mistral 7B, and 1.3x faster on "
                      "RTX 4090 and 1.2x on A6000.", title="Zorq: fast LLM serving")
    assert sorted(r["value"] for r in rec["results"]) == [1.2, 1.3, 1.5, 2.1], rec["results"]


def test_a_model_noun_that_qualifies_a_process_does_not_make_the_title_name_a_model(extract_one):
    """'Zorq: fast LLM training', 'Zorq: fast LLM serving': a training or serving system, a method; 'Zorq: a small
    language model for code' is a model."""
    for title, kind in (("Zorq: fast LLM training", "method"), ("Zorq: fast LLM serving", "method"),
                        ("Zorq: a small language model for code", "model")):
        rec = extract_one("We present Zorq. Zorq is fast.", title=title)
        assert {e["name"]: e["type"] for e in rec["entities"]}.get("Zorq") == kind, (title, rec["entities"])


def test_a_number_after_a_baselines_possessive_is_the_baselines(extract_one):
    """'a 1.7x improvement over Megatron-LM's 790 tokens/s': the 790 tokens/s are the baseline's."""
    rec = extract_one("We present Zorq. Zorq attains 1,350 tokens/s per GPU on 64 H100s, a 1.7x improvement over "
                      "Megatron-LM's 790 tokens/s.", title="Zorq: fast LLM training")
    got = results_by_value(rec)
    assert got[790]["subject"] == "Megatron-LM" and got[1350]["subject"] == "Zorq", rec["results"]
