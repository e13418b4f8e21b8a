"""Phrasings met in real abstracts outside the gold corpora (neuromorphic deployment, GPU hash tables, motion
planning, electronic-structure codes, tensor-program search, MPI on HPC networks); made-up names, the same
constructions."""
from __future__ import annotations

from helpers import names, rels, results_by_value, types_of


def test_a_vendor_reaches_the_class_word_joined_to_its_own(extract_one):
    """'a node of AMD CPUs and GPUs': both classes are AMD's; after two vendors the second class word's vendor
    is unsaid and it stays the bare class."""
    rec = extract_one("We describe Zorstream, a stream-triggered communication strategy. It is evaluated over a "
                      "heterogeneous node architecture consisting of AMD CPUs and GPUs.", title="Zorstream")
    assert {"AMD CPU", "AMD GPU"} <= names(rec), names(rec)
    assert ("Zorstream", "RUNS_ON", "AMD GPU") in rels(rec), rels(rec)
    rec = extract_one("We present Zorstream, a runtime evaluated on NVIDIA and AMD GPUs and CPUs.", title="Zorstream")
    assert {"NVIDIA GPU", "AMD GPU", "CPU"} <= names(rec) and "NVIDIA CPU" not in names(rec), names(rec)


def test_a_count_of_devices_is_no_count_before_a_speedup(extract_one):
    """'up to 8x and 20x CPU-GPU speedups on Intel and AMD GPUs': '20x CPU' reads like '8x A100', a count of
    devices, but a speedup noun after the device words makes it a result."""
    rec = extract_one("We present Zorwave, a finite-element solver. These strategies yield up to 8x and 20x CPU-GPU "
                      "speedups on Intel and AMD GPUs, respectively.", title="Zorwave")
    got = results_by_value(rec)
    assert 20 in got and got[20]["metric"] == "speedup", rec["results"]
    assert got[20].get("hardware") == "AMD GPU", got[20]
    rec = extract_one("We present Zorwave, a solver. Zorwave trains on 8x A100 GPUs in 3 hours.", title="Zorwave")
    assert 8 not in results_by_value(rec), rec["results"]


def test_the_reference_named_before_by_is_the_baseline(extract_one):
    """'improves latency over Vexsor by 1.37x', 'outperforms Vexllm by 1.1x to 2x': the reference before 'by'
    is the number's baseline ('over time by 3%' names none)."""
    rec = extract_one("We present Zorsched, a learned evaluator for tensor programs. Zorsched improves "
                      "representative-subgraph latency over Vexsor by 1.37x on GPU. Zorsched outperforms Vexllm by "
                      "1.1x to 2x. Zorsched improves accuracy over time by 3%.", title="Zorsched")
    got = results_by_value(rec)
    assert got[1.37]["qualifier"] == "over Vexsor", got[1.37]
    assert got[2]["qualifier"] == "over Vexllm", got[2]
    assert "over" not in (got[3]["qualifier"] or ""), got[3]


def test_the_device_after_a_compared_run_is_the_baselines(extract_one):
    """'We evaluate radix sort on Knights Ferry, obtaining 2.2X and 1.7X over the best sort performance on the
    Intel Core i7 CPU and GTX 280 respectively': the clause ran on its own device first, the devices after the
    comparison are the baselines' (the guide: a result is measured where the work ran, never on the target)."""
    rec = extract_one("We evaluate Zorsort on Knights Ferry, obtaining a performance gain of 2.2X and 1.7X over the "
                      "best sort performance on the Intel Core i7 CPU and GTX 280 respectively.", title="Zorsort")
    got = results_by_value(rec)
    assert got[2.2].get("hardware") == "Xeon Phi", got[2.2]
    assert got[1.7].get("hardware") == "Xeon Phi", got[1.7]


def test_a_baseline_run_on_a_device_names_the_device(extract_one):
    """'uses 250x less energy than on an NVIDIA Jetson Orin Nano': the reference is the device, not 'on an'."""
    rec = extract_one("We present Zorspike, a pipeline for spiking networks. Classification on Loihi 2 is up to 18x "
                      "faster and uses 250x less energy than on an NVIDIA Jetson Orin Nano.", title="Zorspike")
    assert results_by_value(rec)[250]["qualifier"] == "over NVIDIA Jetson Orin Nano", results_by_value(rec)[250]


def test_one_compound_modifier_abbreviated_is_a_class(extract_one):
    """'a finite-element (FE) discretized projector augmented-wave (PAW) formulation (Zorpaw-FE)': FE
    abbreviates one compound modifier, a class; the contribution is the bracketed name, which extends a known
    method's acronym."""
    rec = extract_one("We present GPU-centric computational methods within a finite-element (FE) discretized "
                      "projector augmented-wave (PAW) formulation (PAW-FE) for accurate electronic-structure "
                      "calculations. PAW-FE achieves close to 8x reduction in time-to-solution on NVIDIA GPUs.",
                      title="Accelerating electronic-structure calculations")
    assert "FE" not in names(rec), names(rec)
    assert rec["proposes"] == ["PAW-FE"], rec["proposes"]
    assert results_by_value(rec)[8]["subject"] == "PAW-FE", results_by_value(rec)[8]


def test_a_device_prefix_on_a_title_adjective_names_nothing(extract_one):
    """'Zorplan: GPU-Parallel RRT-Connect for Motion Planning': 'GPU-Parallel' describes the planner."""
    rec = extract_one("We present Zorplan, a planner co-designed for GPU acceleration.",
                      title="Zorplan: GPU-Parallel RRT-Connect for Fast Motion Planning")
    assert "GPU-Parallel" not in names(rec), names(rec)
    assert types_of(rec).get("RRT-Connect") == "method", types_of(rec)


def test_parallel_degrees_and_concurrency_hazards_name_nothing(extract_one):
    """'an expert parallelism strategy supporting EP320', 'eliminating ABA hazards': a parallel degree and a
    concurrency problem, no methods."""
    rec = extract_one("We propose Zorserve, a serving solution with a large-scale expert parallelism strategy "
                      "supporting EP320 and TP8. Zorserve eliminates ABA hazards during concurrent updates.",
                      title="Zorserve")
    assert not {"EP320", "TP8", "ABA"} & names(rec), names(rec)


def test_a_framework_that_implements_a_method_uses_it(extract_one):
    """'Zorrl implements PPO, DPO, and rejection sampling': the algorithms the framework provides."""
    rec = extract_one("We present Zorrl, an open-source framework enabling efficient alignment scaling. Zorrl "
                      "implements PPO, DPO, rejection sampling, and other alignment techniques.", title="Zorrl")
    assert {("Zorrl", "USES", "PPO"), ("Zorrl", "USES", "DPO")} <= rels(rec), rels(rec)


def test_a_load_factor_is_a_metric(extract_one):
    """'sustains load factors up to 95%': the number's metric is the load factor."""
    rec = extract_one("We present Zorhash, a warp-cooperative GPU hash table. Zorhash sustains load factors up to "
                      "95% on an NVIDIA RTX 4090.", title="Zorhash")
    assert results_by_value(rec)[95]["metric"] == "load factor", results_by_value(rec)[95]


def test_a_system_named_after_a_model_is_a_method(extract_one):
    """'we introduce Whisper-Zor, an innovative framework': a name extending a known model is that model's
    variant unless its apposition says it is a system; a model apposition keeps it a model."""
    rec = extract_one("To address these challenges, we introduce Whisper-Zor, an innovative framework combining "
                      "model and system-level optimizations.", title="Streaming speech on the edge")
    assert types_of(rec).get("Whisper-Zor") == "method", types_of(rec)
    rec = extract_one("We introduce Llama-Zor, a 7B language model for code.", title="Code models")
    assert types_of(rec).get("Llama-Zor") == "model", types_of(rec)


def test_the_singular_of_a_plural_class_acronym_names_nothing(extract_one):
    """'video analytics pipelines (VAPs)' defines a class; 'each VAP' and 'the first VAP benchmark' name none."""
    rec = extract_one("This has led to video analytics pipelines (VAPs), which reduce resource cost. We design "
                      "Zoryoda, the first VAP benchmark, which profiles each VAP.", title="Zoryoda")
    assert not {"VAP", "VAPs"} & names(rec), names(rec)


def test_a_speedup_stated_as_bare_numbers_is_read(extract_one):
    """'the speedup we achieve is 67.4 and 108.0 on one and four GPUs, respectively': ratios without a unit
    after 'speedup ... is'; a number with its own unit is read once."""
    rec = extract_one("We port Zorwsm to GPUs with OpenACC. When compared to a 24-thread CPU, the speedup we achieve "
                      "is 67.4 and 108.0 on one and four GPUs, respectively. The speedup is 3.2x on 8 GPUs.",
                      title="Zorwsm on GPUs")
    values = sorted(r["value"] for r in rec["results"] if r["unit"] == "x")
    assert values == [3.2, 67.4, 108], rec["results"]


def test_the_method_a_work_implements_is_used_and_a_pronoun_is_no_baseline(extract_one):
    """'by implementing the Vexdata algorithm on the GPU using CUDA': the work uses the algorithm it implements;
    '21 times faster than it' names no baseline."""
    rec = extract_one("We report the acceleration of a cloud model by implementing the Vexdata algorithm on the GPU "
                      "using CUDA. We compare our code to a recent implementation and our solution is 21 times "
                      "faster than it using one GPU.", title="A cloud model on GPUs")
    assert ("@paper", "USES", "Vexdata") in rels(rec), rels(rec)
    assert not (results_by_value(rec)[21]["qualifier"] or "").startswith("over it"), results_by_value(rec)[21]


def test_a_delay_is_a_latency_metric(extract_one):
    """'per-word delays as low as 0.5 seconds with minimal accuracy loss': the delay, not the loss after it."""
    rec = extract_one("We introduce Zorwhisp, a streaming framework. Zorwhisp achieves per-word delays as low as 0.5 "
                      "seconds with minimal accuracy loss.", title="Zorwhisp")
    assert results_by_value(rec)[0.5]["metric"] == "delay", results_by_value(rec)[0.5]


def test_a_reference_said_to_run_on_a_device_makes_it_the_baselines(extract_one):
    """'a 6.5x speedup with respect to the original version running on an AMD dual-core CPU': 'with respect to'
    names the baseline, the device is where the baseline ran (no result measured there, no RUNS_ON), and a
    core count between vendor and class keeps the vendor's class."""
    rec = extract_one("We present Zordock, a GPU docking engine. Zordock achieves a 6.5x speedup with respect to the "
                      "original version running on an AMD dual-core CPU.", title="Zordock")
    got = results_by_value(rec)[6.5]
    assert got["qualifier"].startswith("over the original version"), got
    assert got.get("hardware") != "AMD CPU", got
    assert ("Zordock", "COMPARED_WITH", "AMD CPU") in rels(rec) and ("Zordock", "RUNS_ON", "AMD CPU") not in rels(rec)


def test_an_outperformed_approach_on_a_device_is_a_baseline_run(extract_one):
    """'outperforms the state-of-the-art approach on CPU by up to 4.6x' after the work's own RT cores: the CPU is
    the approach's."""
    rec = extract_one("We propose Zorscan, an approach that leverages RT cores to accelerate index scans. Zorscan "
                      "enhances the scan performance on RT cores by five orders of magnitude and outperforms the "
                      "state-of-the-art approach on CPU by up to 4.6x.", title="Zorscan")
    assert ("Zorscan", "COMPARED_WITH", "CPU") in rels(rec) and ("Zorscan", "RUNS_ON", "CPU") not in rels(rec)
    assert results_by_value(rec)[4.6].get("hardware") != "CPU", results_by_value(rec)[4.6]


def test_vendors_after_a_class_word_qualify_it(extract_one):
    """'GPUs from Nvidia and AMD, Intel's Xeon Phi': one vendor class each; a possessive vendor ends the list."""
    rec = extract_one("Zorbude delivers performance portability across architectures from different vendors, including "
                      "GPUs from Nvidia and AMD, Intel's Xeon Phi and multi-core CPUs.", title="Zorbude")
    assert {"NVIDIA GPU", "AMD GPU", "Xeon Phi"} <= names(rec) and "Intel GPU" not in names(rec), names(rec)


def test_a_share_with_an_adverb_is_no_result(extract_one):
    """'this step constitutes nearly 70% of total running time': a share of the runtime, background."""
    rec = extract_one("We accelerate the coarse docking phase of Zordock, as this step constitutes nearly 70% of total "
                      "running time.", title="Zordock")
    assert 70 not in results_by_value(rec), rec["results"]


def test_a_change_word_after_a_metric_keeps_the_metric(extract_one):
    """'energy efficiency gains of 2x and 6x': plural change words keep the metric before them."""
    rec = extract_one("We present Zordock. It achieves speedups of 4x and 56x over the serial version, as well as energy "
                      "efficiency gains of 2x and 6x, respectively.", title="Zordock")
    assert results_by_value(rec)[6]["metric"] == "energy efficiency gain", results_by_value(rec)[6]


def test_a_cache_level_names_nothing(extract_one):
    """'substructure-aware (e.g., LLC slices) partial core allocation': a cache is memory, no entity."""
    rec = extract_one("We propose Zorwich, a CPU LLM serving system with automated substructure-aware (e.g., LLC "
                      "slices) partial core allocation.", title="Zorwich")
    assert "LLC" not in names(rec), names(rec)


def test_a_noun_that_looks_like_a_gerund_extends_a_known_name(extract_one):
    """'compared to MoE-Lightning and DeepSpeed': 'Lightning' is no participle, so the name is a new system
    named after MoE, not MoE compared with."""
    rec = extract_one("We present Zorgen, an MoE inference system. Zorgen achieves higher throughput compared to "
                      "MoE-Lightning and DeepSpeed.", title="Zorgen")
    assert ("Zorgen", "COMPARED_WITH", "MoE-Lightning") in rels(rec), rels(rec)
    assert ("Zorgen", "COMPARED_WITH", "Mixture-of-Experts") not in rels(rec), rels(rec)


def test_bare_ratios_after_outperforms_by_are_read(extract_one):
    """'outperforms caching methods by up to 8.20 and offloading techniques by 1.35': ratios without a unit;
    'by 2.1 points' keeps its unit."""
    rec = extract_one("We present Zordaop, an on-device MoE inference engine. Zordaop outperforms traditional expert "
                      "caching and prefetching methods by up to 8.20 and offloading techniques by 1.35 while "
                      "maintaining accuracy. Zordaop outperforms Vexbase by 2.1 points.", title="Zordaop")
    got = {(r["value"], r["unit"]) for r in rec["results"]}
    assert {(8.2, "x"), (1.35, "x"), (2.1, "pp")} <= got, got


def test_a_cache_hit_rate_is_its_own_metric(extract_one):
    """'with over 60% expert cache hit rate': the hit rate, not any rate."""
    rec = extract_one("We present Zorx. Zorx delivers 48% lower decoding latency with over 60% expert cache hit rate.",
                      title="Zorx")
    assert results_by_value(rec)[60]["metric"] == "cache hit rate", results_by_value(rec)[60]


def test_vendors_in_brackets_after_a_class_word_qualify_it(extract_one):
    """'commercial CPUs (Intel and ARM), GPUs (NVIDIA), and NPUs (Zorchip)': each bracketed vendor's class."""
    rec = extract_one("This study evaluates the inference performance of commercial CPUs (Intel and ARM), GPUs (NVIDIA), "
                      "and NPUs (Zorchip) for running small language models.", title="Edge deployment of SLMs")
    assert {"Intel CPU", "ARM CPU", "NVIDIA GPU"} <= names(rec), names(rec)


def test_a_product_named_again_by_its_model_number_is_that_product(extract_one):
    """'a Samsung Galaxy S24 Ultra ... the S24 Ultra suffers': the short name is the product, not a method."""
    rec = extract_one("We benchmark a 1.5B model on a Samsung Galaxy S24 Ultra and an iPhone 16 Pro. The S24 Ultra "
                      "suffers a hard GPU frequency floor.", title="LLM inference at the edge")
    assert "S24" not in names(rec) and types_of(rec).get("Galaxy S24") == "hardware", types_of(rec)


def test_the_device_that_sustains_a_rate_measured_it(extract_one):
    """'The RTX 4050 sustains 131.7 tok/s; the Hailo-10H sustains 6.9 tok/s': each rate its clause's device."""
    rec = extract_one("We benchmark Qwen 2.5 1.5B on a Raspberry Pi 5 with Hailo-10H NPU and a laptop NVIDIA RTX 4050 "
                      "GPU. The RTX 4050 sustains 131.7 tok/s at 34.1 W; the Hailo-10H sustains 6.9 tok/s at under 2 W.",
                      title="LLM inference at the edge")
    assert results_by_value(rec)[6.9].get("hardware") == "Hailo-10H", results_by_value(rec)[6.9]


def test_a_datacenter_named_after_its_noun_is_hardware_and_cots_names_nothing(extract_one):
    """'traces collected from our GPU datacenter Zorbel': a named machine; 'COTS mobile devices': a phrase."""
    rec = extract_one("We present a characterization study of a six-month workload trace collected from our GPU "
                      "datacenter Zorbel.", title="Performance Study on COTS Mobile Devices")
    assert types_of(rec).get("Zorbel") == "hardware", types_of(rec)
    assert "COTS" not in names(rec), names(rec)


def test_a_baseline_obtained_with_a_device_is_not_where_the_number_was_measured(extract_one):
    """'about an order of magnitude worse than obtained with Zorgrape': the reference is the device the
    baseline ran on; the number was measured on the work's GPU."""
    rec = extract_one("We run the code on the GeForce 8800GTX and compare with Zorgrape special purpose hardware. The "
                      "energy was conserved better than to one in 10^6 on the GPU, which is only about an order of "
                      "magnitude worse than obtained with Zorgrape.", title="N-body simulations on GPUs")
    got = results_by_value(rec)[10]
    assert got["qualifier"] == "over Zorgrape" and got.get("hardware") != "Zorgrape", got


def test_the_grace_hopper_superchip_is_the_gh200(extract_one):
    """'The Grace Hopper Superchip (GH200) ... the Quad GH200 nodes': one device under NVIDIA's two names."""
    rec = extract_one("The Grace Hopper Superchip (GH200) is a tightly coupled system. We characterize memory "
                      "operations on the Quad GH200 nodes of the Zorbel supercomputer.", title="Data movement on GH200")
    hardware = {n for n, t in types_of(rec).items() if t == "hardware"}
    assert "GH200" in hardware and "Grace Hopper" not in hardware, hardware


def test_double_precision_is_no_doubling_and_a_minus_sign_joins_a_range(extract_one):
    """'recover the solution back to double-precision accuracy' doubles nothing; '4×−5×' (a minus sign) is one
    range, as '4×–5×' is."""
    rec = extract_one("An iterative refinement solver recovers the solution back to double-precision accuracy. On the "
                      "GV100 GPU, Zorir achieves a 4×−5× performance increase.", title="Zorir")
    assert [(r["value"], r.get("low")) for r in rec["results"]] == [(5, 4)], rec["results"]


def test_an_acronym_of_a_memory_names_nothing(extract_one):
    """'the NPU's Tightly Coupled Memory (TCM)': memory is no entity (ANNOTATION.md), nor is its acronym."""
    rec = extract_one("We present Zormlir, a compilation stack for NPUs. It generates mega-kernels that maximize data "
                      "locality in the NPU's Tightly Coupled Memory (TCM), reducing bandwidth bottlenecks.",
                      title="Zormlir")
    assert "TCM" not in names(rec), names(rec)


def test_a_coined_name_the_text_always_writes_with_an_s_keeps_it(extract_one):
    """'this code, called ZorGPUs': no 'ZorGPU' anywhere, so the s is the name's own; 'ZorNPUs ... ZorNPU' is one
    name in its singular."""
    rec = extract_one("The main innovation of this code, called ZorGPUs, is its full parallelization. ZorGPUs runs on "
                      "256 GPUs. We also compare ZorNPUs with ZorNPU.", title="An N-body code")
    assert {"ZorGPUs", "ZorNPU"} <= names(rec) and "ZorGPU" not in names(rec) and "ZorNPUs" not in names(rec), names(rec)


def test_that_achieved_by_a_device_names_the_baseline(extract_one):
    """'only 18% lower than that achieved by a top-tier server-grade A100 GPU': the reference is the A100's run;
    the number was measured on the work's RTX 4090."""
    rec = extract_one("Zorinfer reaches 13.2 tokens/s on a single NVIDIA RTX 4090 GPU, only 18% lower than that achieved "
                      "by a top-tier server-grade A100 GPU.", title="Zorinfer")
    got = results_by_value(rec)[18]
    assert got["qualifier"] == "over a top-tier server-grade A100 GPU" and got.get("hardware") == "RTX 4090", got
