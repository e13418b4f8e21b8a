"""Phrasings met in real abstracts outside the gold corpora (LDPC decoding on GPUs, AES on GPUs, Monte Carlo
transport, option pricing on FPGAs, CT reconstruction, ViTs on edge devices); made-up names, the same
constructions."""
from __future__ import annotations

from helpers import names, rels, results_by_value


def test_a_data_rate_is_a_throughput(extract_one):
    """'achieves 316 Mbps', '878.6 Gbps throughput ... equivalent to 4.1 Gbps per Watt': a data rate is a result in
    the unit the paper writes."""
    rec = extract_one("We present Zordec, a GPU decoder. Zordec provides 878.6 Gbps throughput on an RTX 2070 Super, "
                      "which is equivalent to 4.1 Gbps per Watt, and reaches 316 Mbps on a single GPU.", title="Zordec")
    got = results_by_value(rec)
    assert got[878.6]["unit"] == "Gbps" and got[878.6]["metric"] == "throughput", got
    assert got[4.1]["unit"] == "Gbps", got
    assert got[316]["unit"] == "Mbps" and got[316]["metric"] == "throughput", got


def test_in_comparison_to_and_outperforming_a_device_make_it_the_baseline(extract_one):
    """'speedups of almost 40 times in comparison to the CPU', 'even outperform any CPU': a device right after
    a comparison word is the reference, not where the work ran."""
    rec = extract_one("We present Zorcrypt, a cipher library for GPUs. Zorcrypt offers speedups of almost 40 times "
                      "in comparison to the CPU.", title="Zorcrypt")
    assert ("Zorcrypt", "COMPARED_WITH", "CPU") in rels(rec), rels(rec)
    assert ("Zorcrypt", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    rec = extract_one("We present Zorcrypt, a cipher library. Our optimized Zorcrypt kernels on GPUs even outperform "
                      "any CPU.", title="Zorcrypt")
    assert ("Zorcrypt", "COMPARED_WITH", "CPU") in rels(rec), rels(rec)
    assert ("Zorcrypt", "RUNS_ON", "GPU") in rels(rec), rels(rec)


def test_a_reference_based_on_or_implemented_on_a_device_ran_there(extract_one):
    """'50 times faster than a sequential implementation based on Intel Core i7-920 2.66GHz CPU', 'In comparison
    to a decoder implemented on a 757K gate FPGA': the device is the reference's; the number was not measured
    on it. A first-generation Core i7 has a three-digit model number, and a clock may stand before the class
    word."""
    rec = extract_one("We present Zorcrypt, a cipher library. Zorcrypt runs up to 50 times faster than a sequential "
                      "implementation based on an Intel Core i7-920 2.66GHz CPU.", title="Zorcrypt")
    assert ("Zorcrypt", "COMPARED_WITH", "Core i7-920") in rels(rec), rels(rec)
    assert not any(t == "RUNS_ON" for _, t, _ in rels(rec)), rels(rec)
    assert "hardware" not in results_by_value(rec)[50], rec["results"]
    rec = extract_one("We present Zordec, a new decoder running on a GPU. In comparison to a decoder implemented on a "
                      "757K gate FPGA, a moderate sized 24 core GPU decoder has 3 times higher throughput.",
                      title="Zordec")
    assert ("Zordec", "COMPARED_WITH", "FPGA") in rels(rec), rels(rec)
    assert results_by_value(rec)[3].get("hardware") != "FPGA", rec["results"]


def test_field_acronyms_units_and_institutions_name_nothing(extract_one):
    """Radio access networks, software-defined radio, SSL servers, photon energies in keV and a group at MIT are
    no systems of the paper."""
    rec = extract_one("We present Zordec, a decoder for Cloud RAN and SDR systems. It computes the transport of "
                      "high energy (>1 keV) photons, and frees busy SSL servers. It was developed in the Computational "
                      "Physics Group at MIT for the ITER project.", title="Zordec")
    assert not names(rec) & {"RAN", "SDR", "keV", "SSL", "MIT", "ITER"}, names(rec)


def test_known_codes_and_cipher_modes_are_not_the_papers_proposals(extract_one):
    """'a high throughput LDPC (low-density parity-check) decoder implementation', 'a CUDA implementation of
    Electronic Codebook (ECB) mode': established codes and cipher modes are used, not proposed."""
    rec = extract_one("In this paper, we present a high throughput and low latency LDPC (low-density parity-check) "
                      "decoder implementation on GPUs.", title="Fast Decoding on GPUs")
    assert rec["proposes"] == [], rec["proposes"]
    assert "LDPC" in names(rec), names(rec)
    rec = extract_one("This paper proposed a CUDA implementation of Electronic Codebook (ECB) mode encoding of AES-128 "
                      "on GPU.", title="AES Encryption on GPU")
    assert rec["proposes"] == [], rec["proposes"]
    assert {"ECB", "AES"} <= names(rec) and "AES-128" not in names(rec), names(rec)


def test_a_metric_the_paper_defines_is_no_entity(extract_one):
    """'the device-related stage ranks models with the Sustainable Accuracy Metric (SAM) ... SAM5=1.44', 'the
    NetScore metric': a metric, even one sharing a catalog acronym (Segment Anything), is no entity."""
    rec = extract_one("We benchmark 13 ViT models on ImageNet-1K. The first stage uses the Vexscore metric for "
                      "screening; the second stage ranks models with the Sustainable Accuracy Metric (SAM). Results "
                      "show a SAM5 of 1.44 for the best model.", title="Energy-Efficient ViT Inference")
    assert not names(rec) & {"SAM", "SAM5", "Vexscore"}, names(rec)
    rec = extract_one("We apply Zorseg to SAM, the Segment Anything Model, on a GPU.", title="Zorseg")
    assert "SAM" in names(rec), names(rec)


def test_a_model_number_after_a_hardware_vendor_is_its_product(extract_one):
    """'Our parallel formulation on Cray T3D', 'the Fujitsu FX700': a capital-and-digits name right after a
    hardware vendor is a machine; a software company's mixed-case name after it is not ('Meta Vexllama2')."""
    rec = extract_one("We present Zorpart, a partitioner. Our parallel formulation on Cray Q9D produces partitions in "
                      "2 seconds. It also runs on the Fujitsu FX900. We compare with Meta Vexllama2.", title="Zorpart")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert types.get("Q9D") == "hardware" and types.get("FX900") == "hardware", types
    assert types.get("Vexllama2") != "hardware", types
    assert ("Zorpart", "RUNS_ON", "Q9D") in rels(rec), rels(rec)


def test_a_core_of_a_named_cpu_after_relative_to_is_the_baseline(extract_one):
    """'The speedup ratio on a single GeForce GTX760 GPU card relative to a single core of Intel Core i5-4460 CPU
    can reach greater than 80': the CPU is the reference, the GPU where the number was measured; a speedup said
    to reach a bare number is a result."""
    rec = extract_one("We have developed ZorMig, a CUDA-based code package for seismic migration. The speedup ratio on "
                      "a single GeForce GTX760 GPU card relative to a single core of Intel Core i5-4460 CPU can reach "
                      "greater than 80 in a large-scale simulation.", title="ZorMig")
    assert ("ZorMig", "COMPARED_WITH", "Core i5-4460") in rels(rec), rels(rec)
    assert ("ZorMig", "RUNS_ON", "GTX 760") in rels(rec), rels(rec)
    got = results_by_value(rec)
    assert got[80]["unit"] == "x" and got[80].get("hardware") == "GTX 760", rec["results"]


def test_a_seismic_velocity_model_is_a_benchmark(extract_one):
    """'performing Q-RTM on a Marmousi model': the Marmousi velocity model is a benchmark dataset, no ML model."""
    rec = extract_one("We present Zormig, a migration code. Strong scaling is demonstrated by performing migration on "
                      "a Marmousi model with one to six GPUs.", title="Zormig")
    assert ("Zormig", "EVALUATED_ON", "Marmousi") in rels(rec), rels(rec)


def test_a_theoretical_figure_is_no_finding(extract_one):
    """'while the MI300X offers a theoretical compute capacity 1.5 times greater than the H100, its realized
    throughput ...', 'a 3× theoretical speedup': a device's paper figure, not a measurement; the share of the
    theoretical peak a run reaches is one."""
    rec = extract_one("We present Zorbench, a microbenchmark suite. While the Vex9 offers a theoretical compute capacity "
                      "1.5 times greater than the H100, Zorbench measures a realized throughput of 410 TFLOPS on it. "
                      "Sparse tensor cores provide up to a 3× theoretical speedup. Zorbench reaches 52% of theoretical "
                      "peak.", title="Zorbench")
    got = results_by_value(rec)
    assert 1.5 not in got and 3 not in got, rec["results"]
    assert 410 in got and 52 in got, rec["results"]


def test_the_kv_cache_is_no_entity_and_a_list_before_datasets_names_datasets(extract_one):
    """'Lightweight KV-Cache Compression' names the KV cache, memory, no entity; 'on the GQA and MileBench
    datasets': the list's noun makes each item a dataset, the catalog's Grouped-Query Attention included."""
    rec = extract_one("We present Zorcache, a serving framework. Our experiments on the GQA and Vexbench datasets show "
                      "that Zorcache achieves up to 12.1x higher throughput.",
                      title="Zorcache: Lightweight KV-Cache Compression for Multimodal Serving")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert "KV-Cache" not in types, types
    assert types.get("GQA") == "dataset", types
    assert ("Zorcache", "EVALUATED_ON", "GQA") in rels(rec), rels(rec)


def test_the_code_a_method_is_implemented_within_is_no_proposal(extract_one):
    """'We implement our algorithm within EMPIRE-PIC, a PIC code developed at Sandia': the host code is not what
    the paper proposes (its algorithm is unnamed)."""
    rec = extract_one("In this paper we present the outline of a novel electrostatic particle algorithm. We implement "
                      "our algorithm within ZORPIC-X, a plasma code developed at a national laboratory. We test it on "
                      "NVIDIA GPUs.", title="Performance of a Second Order Particle Algorithm on Many-Core Architectures")
    assert rec["proposes"] == [], rec["proposes"]
    assert "ZORPIC-X" in names(rec), names(rec)


def test_an_intel_core_class_without_the_brand_is_that_cpu(extract_one):
    """'Compared with Intel i7 CPU, our FPGA realization achieves up to 38.4x': 'Intel i7' is the Core i7 line, the
    baseline's device."""
    rec = extract_one("We propose Zorstereo, an energy-efficient FPGA architecture for stereo matching. Compared with "
                      "Intel i7 CPU, our FPGA realization achieves up to 38.4x frame rate improvement.", title="Zorstereo")
    assert any(t == "COMPARED_WITH" and x in ("i7", "Core i7") for _, t, x in rels(rec)), rels(rec)


def test_a_title_name_spelled_out_by_an_abstract_initialism_is_one_contribution(extract_one):
    """'Expert-as-a-Service: Towards ... MoE Serving' and 'We propose EaaS': one system, the short name with the
    long one as its alias (a bracket definition, 'Mixture-of-Channels (MoC)', already joins them)."""
    rec = extract_one("We propose ZaaS, a novel serving system. ZaaS saves up to 37.5% of computing resources.",
                      title="Zorvex-as-a-Service: Towards Robust MoE Serving")
    assert rec["proposes"] == ["ZaaS"], rec["proposes"]
    ent = next(e for e in rec["entities"] if e["name"] == "ZaaS")
    assert "Zorvex-as-a-Service" in ent.get("aliases", []), ent


def test_a_doubled_count_of_devices_is_no_result(extract_one):
    """'the baseline system shows no throughput increase even when the number of GPUs is doubled': doubling a
    count is the setting, not a 2x finding ('Zorq doubles the throughput' is one)."""
    rec = extract_one("We present Zormoe, a serving system. Zormoe improves throughput by up to 2.7x, whereas the "
                      "baseline system shows no throughput increase even when the number of GPUs is doubled.",
                      title="Zormoe")
    assert 2 not in results_by_value(rec), rec["results"]
    rec = extract_one("We present Zormoe, a serving system. Zormoe doubles the throughput of MoE serving.", title="Zormoe")
    assert 2 in results_by_value(rec), rec["results"]


def test_a_name_defined_right_after_our_is_the_contribution(extract_one):
    """'We designed and implemented a CUDA port of the Atari Learning Environment (ALE). Our CUDA Learning
    Environment (CuLE) overcomes ...': with nothing else proposed, the name the paper defines after 'our' is its
    contribution; a lower-case long form stays a term."""
    rec = extract_one("We designed and implemented a CUDA port of an existing emulator. Our CUDA Zorvex Environment "
                      "(CuZE) overcomes many limitations of existing CPU-based emulators and scales to multi-GPU systems.",
                      title="GPU-Accelerated Emulation for Reinforcement Learning")
    assert rec["proposes"] == ["CuZE"], rec["proposes"]
    assert ("CuZE", "RUNS_ON", "GPU") in rels(rec) or any(h == "CuZE" for h, _, _ in rels(rec)), rels(rec)
    rec = extract_one("Our distributed zorvex learning (DZL) runs on GPUs.", title="Training at Scale")
    assert rec["proposes"] == [], rec["proposes"]


def test_a_new_name_after_a_vendor_is_no_title_case(extract_one):
    """'Using NVIDIA Flex, a GPU-based physics engine, we show ...': the vendor before the name is no Title Case
    phrase; the apposition makes the name a framework."""
    rec = extract_one("In this work, we propose using GPU-accelerated simulations. Using NVIDIA Zorflex, a GPU-based "
                      "physics engine, we show promising speed-ups of learning locomotion tasks.",
                      title="GPU-Accelerated Simulation for Reinforcement Learning")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert types.get("Zorflex") == "framework", types


def test_a_technique_the_text_calls_well_known_is_not_proposed(extract_one):
    """'Dynamic Voltage and Frequency Scaling (DVFS) is a well-known technique ... We propose a fine-grained,
    kernel-level, DVFS approach': the paper proposes an unnamed approach using DVFS, not DVFS."""
    rec = extract_one("Zorvex Frequency Gating (ZFG) is a well-known technique used to reduce energy consumption. In this "
                      "work, we propose a fine-grained, kernel-level, ZFG approach that explores new frequency "
                      "configurations on GPUs.", title="Reducing Compute Waste in LLMs")
    assert rec["proposes"] == [], rec["proposes"]
    assert "ZFG" in names(rec), names(rec)


def test_processing_near_memory_is_no_memory_and_a_pcie_generation_names_nothing(extract_one):
    """'This work proposes scalable Processing-Near-Memory (PNM) for ...': the hyphenated long form's head is
    processing, so the acronym names the work (memory alone would be no entity); 'PCIe Gen5 NVMe SSDs': Gen5 is a
    generation, no method."""
    rec = extract_one("This work proposes scalable Zorving-Near-Memory (ZNM) for long-context inference on GPUs. We "
                      "validate it with PCIe Gen5 NVMe SSDs.", title="Scalable Near-Memory Inference")
    assert "ZNM" in names(rec) and "ZNM" in rec["proposes"], (names(rec), rec["proposes"])
    assert "Gen5" not in names(rec), names(rec)
    rec = extract_one("We present Zorcache, which keeps activations in a Tightly Coupled Memory (TCM) on the NPU.",
                      title="Zorcache")
    assert "TCM" not in names(rec), names(rec)
