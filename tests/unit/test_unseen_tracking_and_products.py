"""Phrasings met in real abstracts on multi-camera tracking, retrieval and LLM serving on recent GPUs (outside
the gold corpora); made-up names, the same constructions."""
from __future__ import annotations

from helpers import names, rels, results_by_value, types_of


def test_an_l40s_is_the_l40s_product_and_a_v100s_is_still_v100s(extract_one):
    """Papers write the L40S as 'L40s'; the catalog's own spelling outranks the same form read as the L40's
    plural, while '2 V100s' stays two V100s."""
    rec = extract_one("We present Quokka, an LLM serving system. On 8 NVIDIA L40s GPUs, Quokka improves throughput by "
                      "1.9x over Vexnix; we also run it on 2 V100s.", title="Quokka: serving on one node")
    assert {("Quokka", "RUNS_ON", "L40S"), ("Quokka", "RUNS_ON", "V100")} <= rels(rec), rels(rec)
    assert "L40" not in names(rec), names(rec)
    assert results_by_value(rec)[1.9]["hardware"] == "L40S"


def test_capitalised_words_before_a_dataset_noun_are_one_name(extract_one):
    """'the Duke MTMC dataset', 'the Zebra Faces benchmark': the whole capitalised run is the dataset's name;
    a run with a word the abstract writes in lower case too ('the Large Language Model benchmark') is none."""
    rec = extract_one("We propose Zentrack, a tracker. Experiments on the Kelvo MTX dataset and the Zebra Faces "
                      "benchmark show that Zentrack is accurate. The Large Language Model benchmark is large, as "
                      "every large language model is.", title="Zentrack: tracking at scale")
    kinds = types_of(rec)
    assert kinds.get("Kelvo MTX") == "dataset" and kinds.get("Zebra Faces") == "dataset", kinds
    assert not {"MTX", "Large Language Model"} & set(kinds), kinds
    assert {("Zentrack", "EVALUATED_ON", "Kelvo MTX"), ("Zentrack", "EVALUATED_ON", "Zebra Faces")} <= rels(rec)


def test_tracking_and_ranking_metrics_are_metrics_not_methods(extract_one):
    """'improves MOTA by 4.2% and IDF1 by 3.1 points', 'raises NDCG by 2%': standard evaluation metrics
    (MOTChallenge, HOTA, ranking) are what the number measures, not coined methods."""
    rec = extract_one("We propose Zentrack, a tracker. Zentrack improves MOTA by 4.2% and IDF1 by 3.1 points, and "
                      "raises NDCG by 2.5%.", title="Zentrack: tracking at scale")
    assert not {"MOTA", "IDF1", "NDCG"} & names(rec), names(rec)
    found = results_by_value(rec)
    assert (found[4.2]["metric"], found[3.1]["metric"], found[2.5]["metric"]) == ("mota", "idf1", "ndcg"), found


def test_as_well_as_continues_a_comparison(extract_one):
    """'outperforms Vexnix as well as Pelham', 'as well as the leading numerical weather model, Pelcast-2,': 'as
    well as' joins a list as 'and' does, and a name set off after a described type noun is named by it."""
    rec = extract_one("We present Zorcast, a learned weather model. Zorcast outperforms Vexnix as well as Pelham on "
                      "most targets, and beats Quidra as well as the leading numerical weather model, Pelcast-2, on "
                      "90% of targets.", title="Zorcast: learned forecasts")
    assert {("Zorcast", "COMPARED_WITH", n) for n in ("Vexnix", "Pelham", "Quidra", "Pelcast-2")} <= rels(rec), \
        rels(rec)


def test_ecmwf_forecasts_are_models_a_comparison_reaches(extract_one):
    """IFS HRES (ECMWF's high-resolution forecast) is one model, not the acronyms IFS and HRES."""
    rec = extract_one("We present Zorcast, a learned weather model. Zorcast outperforms Vexnix as well as the leading "
                      "numerical weather model, IFS HRES, on 90% of targets.", title="Zorcast: learned forecasts")
    assert types_of(rec).get("IFS HRES") == "model" and not {"IFS", "HRES"} & names(rec), types_of(rec)
    assert ("Zorcast", "COMPARED_WITH", "IFS HRES") in rels(rec), rels(rec)


def test_a_bare_speedup_number_over_one_core_of_a_device_compares(extract_one):
    """'a speedup of about 650 over a contemporary CPU core': the ratio may be a bare number after 'speedup of',
    and one core of a device is the device as the reference."""
    rec = extract_one("We present Zorq, an MD code for GPUs. Zorq achieves a speedup of about 650 over a contemporary "
                      "CPU core.", title="Zorq: molecular dynamics on GPUs")
    assert ("Zorq", "COMPARED_WITH", "CPU") in rels(rec) and ("Zorq", "RUNS_ON", "CPU") not in rels(rec), rels(rec)


def test_the_device_a_reference_ran_on_is_not_where_the_result_was_measured(extract_one):
    """'700 times faster than a conventional implementation running on a single CPU core': the CPU is the
    reference's platform; the result names the whole reference and carries no CPU."""
    rec = extract_one("We present Zorq, an MD code for GPUs. Zorq is 700 times faster than a conventional "
                      "implementation running on a single CPU core.", title="Zorq: molecular dynamics on GPUs")
    found = results_by_value(rec)[700]
    assert found.get("hardware") != "CPU", found
    assert found["qualifier"] == "over a conventional implementation running on a single CPU core", found


def test_a_list_in_mixed_multiplication_signs_shares_its_reference(extract_one):
    """'up to 17× and 10x energy efficiency improvements compared with the GPU implementation': '×' and 'x' are
    one unit, so both numbers are over the GPU implementation."""
    rec = extract_one("We propose Zorfa, an FPGA accelerator. Zorfa achieves up to 17× and 10x energy efficiency "
                      "improvements compared with the GPU implementation.", title="Zorfa: transformers on FPGAs")
    found = results_by_value(rec)
    assert found[17]["qualifier"] == "up to, over the GPU implementation", found[17]
    assert found[10]["qualifier"] == "over the GPU implementation", found[10]


def test_claims_joined_by_and_share_the_reference_after_them(extract_one):
    """'a 40x improvement in gate performance and a 5x improvement in circuit performance compared to Vexq': the
    reference after the last of claims in one unit joined by 'and' is every one's (not '1,800 tokens/s, 10x
    faster than Vexq', whose first number compares with nothing)."""
    rec = extract_one("We propose Zorqs. On the NVIDIA RTX 4090, Zorqs achieves up to a 40x improvement in gate "
                      "performance and a 5x improvement in circuit performance compared to Vexq. Zorqs decodes at "
                      "1,800 tokens/s, 10x faster than Vexq.", title="Zorqs: quantum circuit simulation")
    found = results_by_value(rec)
    assert found[40]["qualifier"] == "up to, over Vexq" and found[5]["qualifier"] == "over Vexq", found
    assert found[1800]["qualifier"] is None and found[10]["qualifier"] == "over Vexq", found


def test_a_study_compares_the_models_it_ran_with_each_other(extract_one):
    """'Under vision workloads, Zorq-VL-235B reaches 47,873 tok/s, 6.5x higher than Vexq-72B (7,327 tok/s)': in a
    benchmark study the compared model is the subject's reference and one the study ran, not the study's own
    baseline; the 6.5x is the subject's, each bracketed number its model's."""
    rec = extract_one("We present a cross-architecture evaluation of production LLM inference on AMD Instinct MI325X "
                      "GPUs. Under vision workloads, Zorq-VL-235B reaches 47,873 tok/s, 6.5x higher than Vexq-72B "
                      "(7,327 tok/s).", title="LLM Inference on AMD Instinct GPUs: A Benchmark Study")
    assert ("Zorq-VL-235B", "COMPARED_WITH", "Vexq-72B") in rels(rec), rels(rec)
    assert ("@paper", "COMPARED_WITH", "Vexq-72B") not in rels(rec) and ("@paper", "APPLIED_TO", "Vexq-72B") in rels(rec)
    found = results_by_value(rec)
    assert (found[47873]["subject"], found[6.5]["subject"], found[7327]["subject"]) == \
        ("Zorq-VL-235B", "Zorq-VL-235B", "Vexq-72B"), found


def test_numbers_listed_after_listed_models_pair_item_by_item(extract_one):
    """'Zorq-405B and Vexq-236B achieve comparable peak throughput (15,944 and 15,343 tok/s)': as many numbers as
    names before the verb are theirs in order (thousands commas are no clause break)."""
    rec = extract_one("We benchmark four models on MI325X GPUs. Under text-only workloads, Zorq-405B and Vexq-236B "
                      "achieve comparable peak throughput (15,944 and 15,343 tok/s).",
                      title="LLM Inference on AMD Instinct GPUs: A Benchmark Study")
    found = results_by_value(rec)
    assert (found[15944]["subject"], found[15343]["subject"]) == ("Zorq-405B", "Vexq-236B"), found


def test_a_ratio_written_before_speedup_without_its_unit(extract_one):
    """'achieves 1.29-8.72 speedup over ...', 'up to 11.51 performance speedup': the number before the noun is a
    ratio even without 'x' (a count's plural noun between is not: 'on 16 nodes speedup')."""
    rec = extract_one("We propose Zorgnn, a distributed GNN training system. Zorgnn achieves 1.29-8.72 speedup over "
                      "Vexgnn and up to 11.51 performance speedup over Pelgnn.", title="Zorgnn: GNN training")
    found = results_by_value(rec)
    assert found[8.72]["unit"] == "x" and found[8.72]["low"] == 1.29 and found[11.51]["unit"] == "x", found


def test_open_compute_gpu_servers_are_hardware(extract_one):
    """'characterize its performance on the Big Basin AI platform', 'a new scale-up GPU server design, Zion': Meta's
    Open Compute GPU servers are machines the work ran on."""
    rec = extract_one("We develop Zorrec, a recommendation model, and characterize its performance on the Big Basin AI "
                      "platform and on a new scale-up GPU server design, Zion.", title="Zorrec: recommendation at scale")
    assert {("Zorrec", "RUNS_ON", "Big Basin"), ("Zorrec", "RUNS_ON", "Zion")} <= rels(rec), rels(rec)


def test_a_vendor_hyphen_joined_to_a_product_names_the_product(extract_one):
    """'Microsoft-Phi2', 'NVIDIA-A100', 'Meta-Zorq-3-8B': no vendor prefix on products (the catalog's entry when
    it knows one); 'Meta-Learning' has no product number and 'Hailo-10H' is the vendor's own product number."""
    rec = extract_one("We evaluate Microsoft-Phi2 and Meta-Zorq-3-8B on an NVIDIA-A100 GPU and a Hailo-10H NPU.",
                      title="A study of small models on one GPU")
    kinds = types_of(rec)
    assert {"Phi-2", "Zorq-3-8B", "A100", "Hailo-10H"} <= set(kinds), kinds
    assert not {"Microsoft-Phi2", "Meta-Zorq-3-8B", "NVIDIA-A100"} & set(kinds), kinds


def test_the_library_compared_kernels_come_from_is_compared_too(extract_one):
    """'outperforms CSRMV and HYBMV in the vendor-tuned cuSPARSE library': the library that holds the compared
    kernels is the reference's, not what the work is written in ('is implemented in PyTorch' still is)."""
    rec = extract_one("We propose Zorsp, a sparse kernel implemented in PyTorch. Zorsp outperforms CSRMV and HYBMV in "
                      "the vendor-tuned cuSPARSE library.", title="Zorsp: sparse kernels on GPUs")
    assert ("Zorsp", "COMPARED_WITH", "cuSPARSE") in rels(rec) and ("Zorsp", "IMPLEMENTED_IN", "cuSPARSE") not in rels(rec)
    assert ("Zorsp", "IMPLEMENTED_IN", "PyTorch") in rels(rec), rels(rec)


def test_a_device_study_compares_its_device_with_each_reference_it_ran(extract_one):
    """'On the Zorwafer-3 the generated code runs about 14x faster than 128 A100 GPUs and roughly 20x faster than
    128 Vexray-EX CPU nodes': both references are the studied device's, and a device study ran them too."""
    rec = extract_one("We present an MLIR pipeline that lowers stencil kernels for wafer-scale engines. On the "
                      "WSE-3 the generated code runs about 14x faster than 128 Nvidia A100 GPUs and roughly 20x "
                      "faster than 128 Cray-EX CPU nodes.", title="Lowering stencil kernels for wafer-scale engines")
    assert {("WSE-3", "COMPARED_WITH", "A100"), ("WSE-3", "COMPARED_WITH", "Cray-EX")} <= rels(rec), rels(rec)
    assert {("@paper", "RUNS_ON", "A100"), ("@paper", "RUNS_ON", "Cray-EX")} <= rels(rec), rels(rec)
    assert ("@paper", "COMPARED_WITH", "Cray-EX") not in rels(rec), rels(rec)


def test_a_domain_specific_language_is_no_method(extract_one):
    """'Zorflow as a DSL for stencil-based computation': DSL, RTL and CIM are the field's generic acronyms, not a
    technique the paper studies."""
    rec = extract_one("We explore Zorflow as a DSL for stencil codes and compare it with hand-written RTL on a CIM "
                      "macro.", title="Zorflow as a DSL for stencil-based computation")
    assert not {"DSL", "RTL", "CIM"} & names(rec), names(rec)


def test_a_multiple_in_words_after_by(extract_one):
    """'outperforms Vexq by two and a half times and Pelq by around 114 times': a multiple in words after 'by',
    fractions too; each claim's reference is its own ('Vexq by two ... and Pelq' is no reference)."""
    rec = extract_one("We present Zorq. Zorq outperforms Vexq by two and a half times and Pelq by ten times.",
                      title="Zorq: stencils on a wafer")
    found = results_by_value(rec)
    assert found[2.5]["unit"] == "x" and found[2.5]["qualifier"] == "over Vexq", found
    assert found[10]["unit"] == "x" and found[10]["qualifier"] != "over Vexq by two and a half times and Pelq", found


def test_ascend_inference_npus_and_roce_v2_are_hardware(extract_one):
    """'on Ascend 310P NPUs connected by RoCEv2': the catalog knows the inference NPU and RoCE's version 2."""
    rec = extract_one("We present Zorq. We evaluate Zorq on Ascend 310P NPUs connected by RoCEv2.", title="Zorq: serving")
    assert types_of(rec).get("Ascend 310P") == "hardware" and types_of(rec).get("RoCE") == "hardware", types_of(rec)


def test_a_model_after_training_of_is_the_workload_not_a_reference(extract_one):
    """'accelerates all-reduce by up to 2.4x over Vexccl and end-to-end training of Zorgpt-13B by 1.3x': the model
    whose training is sped up is what the work is applied to, not a second reference."""
    rec = extract_one("We propose Pelcom, a collective library. Pelcom accelerates all-reduce by up to 2.4x over Vexccl "
                      "and end-to-end training of Zorgpt-13B by 1.3x.", title="Pelcom: topology-aware collectives")
    assert ("Pelcom", "APPLIED_TO", "Zorgpt-13B") in rels(rec) and ("Pelcom", "COMPARED_WITH", "Zorgpt-13B") \
        not in rels(rec), rels(rec)


def test_a_names_digits_do_not_cut_a_claim_from_its_reference(extract_one):
    """'up to 3.1x lower P99 latency than Vexserve', '48.9x measured speedup on A100 GPU over Vexsam': the digits of
    a metric's or a device's name are no other claim; a new clause still is ('..., while bf16 degrades ...
    relative to fp16')."""
    rec = extract_one("We present Zorq. Zorq achieves up to 3.1x lower P99 latency than Vexserve while serving "
                      "Zorgpt-72B. Paged optimizers reach 628 tok/s (vs. 500 tok/s baseline), while bf16 degrades "
                      "efficiency relative to fp16.", title="Zorq: goodput-optimized serving")
    found = results_by_value(rec)
    assert found[3.1]["qualifier"] == "up to, over Vexserve" and found[500]["qualifier"] is None, found


def test_a_listed_part_heads_none_of_the_names_after_it(extract_one):
    """'Vexmem consists of a quantization engine (VexQ) and an offloading runtime (VexOff) built on Pelspeed': the
    parts are the main contribution's; the first part heads neither the second nor its base."""
    rec = extract_one("We present Vexmem, which combines 4-bit quantization with paged optimizers. Vexmem consists of a "
                      "quantization engine (VexQ) and an offloading runtime (VexOff) built on DeepSpeed.",
                      title="Vexmem: fine-tuning on consumer GPUs")
    assert not {r for r in rels(rec) if r[0] == "VexQ"}, rels(rec)
    assert ("Vexmem", "USES", "VexQ") in rels(rec), rels(rec)


def test_a_fronted_list_of_references_pairs_with_the_numbers_respectively(extract_one):
    """'Compared to Vexlang and Pelrt, Zorq improves goodput by 1.8x and 2.3x, respectively': each number is over
    its own reference, not over both."""
    rec = extract_one("We present Zorq. Compared to Vexlang and Pelrt, Zorq improves goodput by 1.8x and 2.3x, "
                      "respectively.", title="Zorq: goodput-optimized serving")
    found = results_by_value(rec)
    assert (found[1.8]["qualifier"], found[2.3]["qualifier"]) == ("over Vexlang", "over Pelrt"), found
