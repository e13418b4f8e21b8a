"""Phrasings met in real abstracts outside the gold corpora (sequence alignment on GPUs, homomorphic encryption
kernels, diffusion-transformer caching); made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, results_by_value, types_of


def test_an_apposition_after_a_new_name_is_no_list(extract_one):
    """'Zorwave-GPU, a GPU (graphics processing unit)-accelerated tool': the tool is software; ', a GPU' is its
    description, not the next item of a list of devices."""
    rec = extract_one("This work presents Zorwave-GPU, a GPU (graphics processing unit)-accelerated tool to compute "
                      "exact alignments. Zorwave-GPU is up to 265 times faster than state-of-the-art CPU "
                      "implementations.", title="Fast alignment on GPUs")
    assert types_of(rec).get("Zorwave-GPU") == "method", types_of(rec)
    assert ("Zorwave-GPU", "RUNS_ON", "GPU") in rels(rec), rels(rec)
    assert results_by_value(rec)[265]["subject"] == "Zorwave-GPU"
    assert results_by_value(rec)[265].get("hardware") != "Zorwave-GPU"


def test_a_speedup_against_a_baseline_names_it(extract_one):
    """'18.8x speedup against the CPU-based baseline, 9.6x against the best GPU-based baseline': each number's
    own reference, as 'over' would give."""
    rec = extract_one("We propose Zorgatha, an exact GPU-based acceleration of guided alignment. Zorgatha achieves "
                      "18.8x speedup against the CPU-based baseline, 9.6x against the best GPU-based baseline, and "
                      "3.6x against GPU-based algorithms with different heuristics.", title="Zorgatha")
    got = results_by_value(rec)
    assert got[18.8]["qualifier"] == "over the CPU-based baseline", got[18.8]
    assert got[9.6]["qualifier"] == "over the best GPU-based baseline", got[9.6]
    assert got[3.6]["qualifier"] == "over GPU-based algorithms", got[3.6]


def test_a_sentence_about_others_work_gives_the_work_no_other_device(extract_one):
    """'We develop Zorlign ... A leading CPU-based alignment tool is based on the Vex-BWT index': that tool's
    CPU and index are the field's, after the work's start as before it; the work's GPU stays."""
    rec = extract_one("We develop Zorlign, which adopts the GPU as a hardware accelerator to speed up sequence "
                      "alignment. A leading CPU-based alignment tool is based on the Vex-BWT index; however, a direct "
                      "implementation on the GPU cannot fully use the hardware. We propose a filtering algorithm "
                      "employing the Vex-BWT search.", title="High-performance short sequence alignment")
    assert ("Zorlign", "RUNS_ON", "GPU") in rels(rec), rels(rec)
    assert ("Zorlign", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    assert ("Zorlign", "BASED_ON", "Vex-BWT") not in rels(rec), rels(rec)
    assert ("Zorlign", "USES", "Vex-BWT") in rels(rec), rels(rec)


def test_existing_systems_cpu_offloading_is_no_platform_of_a_gpu_work(extract_one):
    """'Existing solutions ... such as activation recomputation and CPU offloading': before the work is named,
    a kind of device only the field's sentences name is no platform when the work's own sentences name another."""
    rec = extract_one("Training LLMs on long sequences is hard. Existing solutions face two limitations: memory "
                      "reduction techniques, such as CPU offloading, compromise efficiency. We propose Zorpipe, an "
                      "adaptive offloading system. Zorpipe achieves 3.4x higher throughput on 16 A100 GPUs.",
                      title="Zorpipe: long-sequence training")
    assert ("Zorpipe", "RUNS_ON", "A100") in rels(rec), rels(rec)
    assert ("Zorpipe", "RUNS_ON", "CPU") not in rels(rec), rels(rec)


def test_kilo_operations_per_second_are_a_performance(extract_one):
    """'Zorfhe performs 913 KOPS and 88 KOPS for NTT and HMULT within an A100': integer operations per second
    at any prefix, each on the device it names."""
    rec = extract_one("We propose Zorfhe, an FHE acceleration solution. Zorfhe performs 913 KOPS and 88 KOPS for "
                      "NTT and HMULT within NVIDIA A100 GPGPU.", title="Zorfhe")
    got = results_by_value(rec)
    assert (got[913]["unit"], got[913]["metric"], got[913].get("hardware")) == ("KOPS", "performance", "A100"), got
    assert got[88]["unit"] == "KOPS", got


def test_an_intel_core_cpu_with_a_space_before_its_number_is_that_cpu(extract_one):
    """'Intel Core i7 3770K quad-core': the part, not the Core i7 family."""
    rec = extract_one("We evaluate suffix arrays on an Intel Core i7 3770K quad-core and an NVIDIA GeForce GTX680 "
                      "GPU.", title="Genome matching on GPUs")
    assert "Core i7 3770K" in types_of(rec), types_of(rec)
    assert "Core i7" not in types_of(rec), types_of(rec)


def test_numbers_in_brackets_after_a_compared_baseline_are_its_own(extract_one):
    """'outperforming Zorcache (2.12x, LPIPS 0.215)': the guide gives a named baseline's numbers the baseline as
    subject; the work's own 'LPIPS 0.217' is a plain score."""
    rec = extract_one("We propose SpecZor, a caching framework. SpecZor achieves 2.46x speedup with LPIPS 0.217, "
                      "outperforming Zorcache (2.12x, LPIPS 0.215) by 16% in speed.", title="SpecZor")
    got = results_by_value(rec)
    assert got[2.46]["subject"] == "SpecZor" and got[0.217]["subject"] == "SpecZor", got
    assert (got[0.217]["metric"], got[0.217]["unit"]) == ("lpips", ""), got[0.217]
    assert got[2.12]["subject"] == "Zorcache" and got[0.215]["subject"] == "Zorcache", got


def test_a_soc_family_named_alone_is_hardware(extract_one):
    """'test-time scaling on Qualcomm Snapdragon platforms': the family is the platform, as 'Jetson' or 'Xeon'."""
    rec = extract_one("We design an end-to-end system that leverages the NPU to support test-time scaling on Qualcomm "
                      "Snapdragon platforms.", title="Test-time scaling with mobile NPUs")
    assert types_of(rec).get("Snapdragon") == "hardware", types_of(rec)
    assert ("@paper", "RUNS_ON", "Snapdragon") in rels(rec), rels(rec)


def test_respective_settings_after_one_baseline_keep_the_baseline(extract_one):
    """'1.27x and 1.25x over cuFoo COO in single and double precision, respectively': the pair is of settings,
    both numbers are over the one baseline."""
    rec = extract_one("We propose Zorbit, a GPU SpMV method. Zorbit achieves average speedups of 1.27x and 1.25x over "
                      "cuZor COO in single and double precision, respectively.", title="Zorbit")
    got = results_by_value(rec)
    assert "over cuZor COO" in got[1.27]["qualifier"] and "over cuZor COO" in got[1.25]["qualifier"], got


def test_a_baseline_qualifier_stops_before_its_verb(extract_one):
    """'gains up to 5.7x over Zorccl are observed on Perlmutter': the baseline is Zorccl."""
    rec = extract_one("We introduce Vexccl, a collective library. More modest but still significant gains up to 5.7x "
                      "over Zorccl are observed on Perlmutter.", title="Vexccl")
    assert results_by_value(rec)[5.7]["qualifier"] == "up to, over Zorccl", results_by_value(rec)


def test_tools_a_study_evaluates_are_frameworks_not_written_in_every_language(extract_one):
    """'Evaluating CUDA Portability with Zorcl and ZDCT': the long form 'Zor DPC++ Compatibility Tool (ZDCT)' types
    the tool (and the name listed with it); tools the study runs are not 'implemented in' every language named."""
    rec = extract_one("Zorcl is expanding the scope of the CUDA portability route from an AMD platform to an OpenCL "
                      "platform. In the meantime, the Intel Zor DPC++ Compatibility Tool (ZDCT) is migrating a CUDA "
                      "program to a data parallel C++ (DPC++) program. We evaluate the performance of the CUDA "
                      "applications from Rodinia ported using Zorcl and ZDCT on Intel GPUs.",
                      title="Evaluating CUDA Portability with Zorcl and ZDCT")
    assert types_of(rec).get("ZDCT") == "framework" and types_of(rec).get("Zorcl") == "framework", types_of(rec)
    assert not any(r[1] == "IMPLEMENTED_IN" and r[2] in ("OpenCL", "C++", "DPC++") for r in rels(rec)), rels(rec)
    assert ("@paper", "RUNS_ON", "Intel GPU") in rels(rec), rels(rec)


def test_a_fronted_comparison_does_not_reach_into_the_main_clause(extract_one):
    """'Unlike previous approaches, Zorastra starts from existing CUDA implementations ... rather than treating
    PyTorch modules as the specification': CUDA is what the work starts from, PyTorch what it does not use;
    neither is a baseline."""
    rec = extract_one("In this work, we introduce Zorastra, the first multi-agent system for GPU kernel optimization. "
                      "Unlike previous approaches, Zorastra starts from existing CUDA implementations extracted from "
                      "SGLang, a widely deployed serving framework, rather than treating PyTorch modules as the "
                      "specification.", title="Zorastra: kernel agents")
    assert not any(r[1] == "COMPARED_WITH" for r in rels(rec)), rels(rec)
    assert not any(r[2] == "PyTorch" for r in rels(rec)), rels(rec)
    assert ("Zorastra", "IMPLEMENTED_IN", "CUDA") in rels(rec), rels(rec)


def test_a_fronted_comparison_list_still_reaches_its_names(extract_one):
    """'Compared to vLLM, SGLang and TGI, Zorserve achieves ...': the names before the main clause are references."""
    rec = extract_one("We present Zorserve, a serving engine. Compared to vLLM, SGLang and TGI, Zorserve achieves 2.1x "
                      "higher throughput on A100 GPUs.", title="Zorserve")
    assert {("Zorserve", "COMPARED_WITH", n) for n in ("vLLM", "SGLang", "Text Generation Inference")} <= rels(rec), rels(rec)


def test_a_fronted_reference_is_the_baseline_of_the_main_clause_numbers(extract_one):
    """'Compared to Zorsort, the current state-of-the-art GPU radix sort, our approach provides a speedup of ~1.5x':
    the number is over Zorsort (the reference ends at its first comma)."""
    rec = extract_one("We present Vexsweep, a radix sort for GPUs. Compared to Zorsort, the current state-of-the-art GPU "
                      "radix sort, our approach provides a speedup of ~1.5x on an A100.", title="Vexsweep")
    assert results_by_value(rec)[1.5]["qualifier"].endswith("over Zorsort"), results_by_value(rec)


def test_memory_standards_and_their_interface_name_nothing(extract_one):
    """'a DDR5/LPDDR5 PIM architecture ... without modifying the DDR/LPDDR memory PHY': memory, no entity."""
    rec = extract_one("This paper introduces Zorpim, a novel DDR5/LPDDR5 PIM architecture designed for LLM inference "
                      "without modifying the memory controller or DDR/LPDDR memory PHY.", title="Zorpim")
    assert not {"LPDDR", "PHY", "DDR"} & set(types_of(rec)), types_of(rec)


def test_a_new_names_long_form_written_again_is_that_name(extract_one):
    """'Llamas in Vexland: ...' titles a paper that defines 'Llamas in Vexland (LlamaVex)': the title's words are
    LlamaVex's, not the catalog's Llama."""
    rec = extract_one("To realize this opportunity, we present Llamas in Vexland (LlamaVex), a WebGPU backend for "
                      "llama.cpp that enables memory-efficient LLM inference in the browser.",
                      title="Llamas in Vexland: Memory-Efficient LLM Inference with WebGPU")
    assert "LLaMA" not in types_of(rec), types_of(rec)
    assert "LlamaVex" in types_of(rec), types_of(rec)


def test_a_plus_variant_of_the_method_is_its_extension(extract_one):
    """'We further extend our method to ZorFree+': the extension is proposed too and based on the method."""
    rec = extract_one("In this paper we propose ZorFree, an efficient recovery method. We further extend our method "
                      "to ZorFree+ with out-of-order pipeline execution.", title="Recovery without checkpoints")
    assert rec["proposes"] == ["ZorFree", "ZorFree+"], rec["proposes"]
    assert ("ZorFree+", "BASED_ON", "ZorFree") in rels(rec) and ("ZorFree", "BASED_ON", "ZorFree+") not in rels(rec)


def test_a_number_after_a_compared_state_of_the_art_clause_is_the_works(extract_one):
    """'compared to state-of-the-art mobile SoCs, resulting in 25 to 45 % more queries per second': the clause
    after the comma reports the work's own number, not the baseline's."""
    rec = extract_one("We present Zorpim. Zorpim achieves a 20-fold reduction in energy per token compared to "
                      "state-of-the-art mobile SoCs, resulting in 25 to 45 % more queries per second.", title="Zorpim")
    assert results_by_value(rec)[45]["low"] == 25, results_by_value(rec)


def test_an_acronym_of_plain_words_and_a_generic_acronym_is_a_class(extract_one):
    """'distributed DL (DDL) workloads': a class of workloads, no method, wherever DDL is written."""
    rec = extract_one("We propose a scheduler for distributed DL (DDL) workloads on GPU clusters. DDL jobs are "
                      "sensitive to network delays.", title="GPU cluster scheduling")
    assert "DDL" not in types_of(rec), types_of(rec)


def test_a_number_in_brackets_after_by_takes_the_metric_before_it(extract_one):
    """'With substantial enhancement in cluster resource utilization (by 1.45x)': a utilization gain."""
    rec = extract_one("We propose Zorhadar, a cluster scheduler. With substantial enhancement in cluster resource "
                      "utilization (by 1.45x), Zorhadar exhibits considerable speed-ups.", title="Zorhadar")
    assert results_by_value(rec)[1.45]["metric"] == "utilization", results_by_value(rec)


def test_an_adverb_inside_a_cue_keeps_it_and_the_paper_speaks_of_its_work(extract_one):
    """'The paper proposes a parallelization scheme ... a bundle adjustment method based solely on CUDA is
    developed': the work starts with 'The paper proposes', and 'based solely on' is 'based on'."""
    rec = extract_one("Visual SLAM frameworks are very time-consuming. The use of graphics processors is popular. The "
                      "paper proposes a full-flow parallelization scheme for visual SLAM. Secondly, a bundle adjustment "
                      "method based solely on CUDA is developed.", title="Parallel visual SLAM")
    assert ("@paper", "IMPLEMENTED_IN", "CUDA") in rels(rec), rels(rec)


def test_orb_slam_generations_are_kept_apart(extract_one):
    """'Data Flow ORB-SLAM ... we modified ORB-SLAM2': ORB-SLAM is not ORB-SLAM3."""
    rec = extract_one("In this paper, we present how we modified the open source SLAM algorithm ORB-SLAM2 to run in "
                      "real-time on the NVIDIA Jetson TX2.", title="Data Flow ORB-SLAM for Real-time Performance")
    assert {"ORB-SLAM", "ORB-SLAM2"} <= set(types_of(rec)) and "ORB-SLAM3" not in types_of(rec), types_of(rec)


def test_the_name_the_contribution_is_extended_to_is_proposed(extract_one):
    """'Further, our Zorhad scheduler is enhanced to ZorhadE by forking each job': the extension is a contribution
    based on the scheduler, and its numbers are its own."""
    rec = extract_one("We propose a heterogeneity-aware scheduler, Zorhad. Further, our Zorhad scheduler is enhanced to "
                      "ZorhadE by forking each job into multiple copies. ZorhadE reduces the total time duration by 50%.",
                      title="Heterogeneity-aware scheduling")
    assert rec["proposes"] == ["Zorhad", "ZorhadE"], rec["proposes"]
    assert ("ZorhadE", "BASED_ON", "Zorhad") in rels(rec), rels(rec)
    assert results_by_value(rec)[50]["subject"] == "ZorhadE", results_by_value(rec)
