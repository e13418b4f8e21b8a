"""Phrasings met in real abstracts outside the gold corpora (made-up names, the same constructions)."""
from __future__ import annotations

from helpers import rels, types_of


def test_an_unknown_name_before_a_device_class_word_is_hardware(extract_one):
    """'a Raspberry Pi 5 with Zorvex-10H NPU': the class word after a new name makes it a device, as
    'GPU' and 'accelerator' already did."""
    rec = extract_one("We benchmark Qwen 2.5 1.5B on a Raspberry Pi 5 with Zorvex-10H NPU and a KemRud SoC.")
    types = types_of(rec)
    assert types.get("Zorvex-10H") == "hardware" and types.get("KemRud") == "hardware", types


def test_a_number_glued_to_s_before_of_counts_things(extract_one):
    """'$1000$s of power modes', '100s of GPUs': counts, not seconds; '5 s per step' stays a time."""
    rec = extract_one("The boards offer $1000$s of power modes and 100s of GPUs; Vexnix takes 5 s per step.")
    assert [(r["value"], r["unit"]) for r in rec["results"]] == [(5, "s")], rec["results"]


def test_state_of_the_art_is_no_name_however_it_is_cased(extract_one):
    rec = extract_one("Vexnix outperforms SotA libraries (Torqui, cuSPARSE, and Lamdra) by up to 125x.")
    assert "SotA" not in types_of(rec) and "cuSPARSE" in types_of(rec)


def test_an_acronym_after_the_proposed_things_clause_is_not_the_proposal(extract_one):
    """The bracketed acronym of the proposing clause names the contribution only when nothing stands
    between them ('a novel class of ... attack (BEAST)'); after 'that accelerates ...' or 'with ...' it names
    the problem or a part."""
    rec = extract_one("This paper proposes a new compiler transformation, enumerate-and-coarsen, that accelerates "
                      "sparse matrix-matrix multiplication (SPMM) on GPU devices.")
    assert rec["proposes"] == []
    rec = extract_one("This work proposes a packing-prefetch scheduling architecture with monolithic 3D (M3D) "
                      "embedded memories to accelerate long-context inference.")
    assert rec["proposes"] == []
    rec = extract_one("In this paper, we introduce a novel class of fast, beam search-based adversarial attack (BEAST) "
                      "for language models.")
    assert rec["proposes"] == ["BEAST"]


def test_a_device_in_brackets_after_a_comparison_is_the_baseline(extract_one):
    """'Even against a state-of-the-art GPU (RTX 5090), we achieve 20% better power efficiency': the number
    was not measured on the RTX 5090."""
    rec = extract_one("We present Vexnix, an accelerator for vision transformers. Even against a state-of-the-art "
                      "GPU (RTX 5090), Vexnix achieves 20% better power efficiency.")
    assert [r.get("hardware") for r in rec["results"] if r["value"] == 20] == [None], rec["results"]


def test_units_and_metric_words_are_no_names(extract_one):
    """'hundreds of GWh of energy' names a unit; 'a decline in CLIP Score' a metric, not a CLIP variant."""
    rec = extract_one("Inference services consume hundreds of GWh of energy. Vexnix speeds up Stable Diffusion "
                      "with only a 0.05 decline in CLIP Score.")
    types = types_of(rec)
    assert "GWh" not in types and "CLIP Score" not in types, types


def test_device_and_storage_compounds_and_hardware_terms_are_no_names(extract_one):
    """'hierarchical GPU-CPU-Disk KV management', 'their rated TDP', 'L2 cache hit rates', 'NUMA domains',
    'CTR model inference': devices, storage and terms of the trade, no methods."""
    rec = extract_one("We present Vexnix, a system with adaptive hierarchical GPU-CPU-Disk KV management. GPUs consume "
                      "28% of their rated TDP; Vexnix keeps L2 cache hit rates high across NUMA domains for CTR "
                      "model inference.")
    types = types_of(rec)
    assert not {"GPU-CPU-Disk", "TDP", "L2", "NUMA", "CTR"} & set(types), types


def test_a_name_qualifying_a_class_of_systems_is_no_baseline(extract_one):
    """'compared to state-of-the-art MoE training systems', 'than existing LoRA serving systems': the
    reference is a class the name qualifies; 'than FlashAttention kernels' still names its baseline."""
    rec = extract_one("We present Vexnix, a distributed training system. Vexnix achieves up to 2.73x speedup compared "
                      "to state-of-the-art MoE training systems and is 2x faster than existing LoRA serving systems. "
                      "Its attention is 1.5x faster than FlashAttention kernels.")
    compared = {t for h, r, t in rels(rec) if r == "COMPARED_WITH"}
    assert compared == {"FlashAttention"}, rels(rec)


def test_a_title_cased_common_word_is_a_name_only_where_the_abstract_names_it(extract_one):
    """'... to Accelerate Tensor Program Tuning' capitalises a verb, not Hugging Face Accelerate; 'Frontier' in
    the title stands for the machine when the abstract names it too."""
    rec = extract_one("Vexnix drafts candidates with a naive symbol analyzer before the learned cost model ranks them.",
                      title="Vexnix: A Speculative Exploration Mechanism to Accelerate Tensor Program Tuning")
    assert "Accelerate" not in types_of(rec)
    rec = extract_one("We train a 1T-parameter model on 3,072 GPUs of Frontier.",
                      title="Optimizing Distributed Training on Frontier for Large Language Models")
    assert types_of(rec).get("Frontier") == "hardware"


def test_a_new_name_coordinated_with_the_proposed_one_is_proposed_too(extract_one):
    """'we propose Pruner and MoA-Pruner.': both are the paper's; 'and GPU kernels' names nothing."""
    rec = extract_one("In this work, we propose Vexnix and MoA-Vexnix. Vexnix drafts candidates cheaply.")
    assert rec["proposes"] == ["Vexnix", "MoA-Vexnix"]
    rec = extract_one("We present Vexnix and Torqui to speed up training.", title="Vexnix: Fast Training of LLMs")
    assert rec["proposes"] == ["Vexnix", "Torqui"]
    rec = extract_one("In this work, we propose Vexnix and GPU kernels for it.", title="Vexnix: Fast Training of LLMs")
    assert rec["proposes"] == ["Vexnix"]


def test_a_plain_new_word_right_after_a_proposing_verb_is_the_contribution(extract_one):
    """'we introduce Vexnix for fast LLM training', 'We propose Vexnix to ...', 'We propose Vexnix.': the
    name needs no apposition; 'We develop Bayesian and frequentist estimators' names nothing."""
    for abstract in ("In this paper, we introduce Vexnix for fast LLM training on GPUs.",
                     "We propose Vexnix to speed up training of LLMs.", "We propose Vexnix. It trains LLMs fast."):
        assert extract_one(abstract)["proposes"] == ["Vexnix"], abstract
    assert extract_one("We develop Bayesian and frequentist estimators.")["proposes"] == []


def test_devices_around_a_named_reference_are_not_compared_with_each_other(extract_one):
    """'On a Xeon Gold 6430 CPU and an RTX 4090 GPU, our method improves latency over Ansor by 1.37x on GPU and
    1.54x on CPU': the reference is Ansor; the devices are where the study ran."""
    rec = extract_one("On an Intel Xeon Gold 6430 CPU and an NVIDIA RTX 4090 GPU, our method improves subgraph latency "
                      "over Ansor by 1.37x on GPU and 1.54x on CPU under the same budget.")
    assert not [r for r in rels(rec) if r[1] == "COMPARED_WITH" and r[0] != "@paper"], rels(rec)
    assert ("@paper", "RUNS_ON", "RTX 4090") in rels(rec)


def test_catalog_names_spelled_with_an_ampersand_or_as_units(extract_one):
    """'Tanks & Temples' is Tanks and Temples; 'Tensor Core Units (TCUs)' are Tensor Cores."""
    rec = extract_one("Experiments on Mip-NeRF 360, Tanks & Temples, and Deep Blending datasets show gains. Vexnix "
                      "utilizes Tensor Core Units (TCUs) to boost the computation.")
    types = types_of(rec)
    assert types.get("Tanks and Temples") == "dataset" and "Temples" not in types, types
    assert types.get("Tensor Cores") == "hardware" and "TCUs" not in types, types


def test_recorded_data_sources_are_datasets_and_labs_are_no_names(extract_one):
    """'production traces from Philly, Helios, ...' name datasets; 'TACC's Longhorn' is a machine, TACC a lab;
    'job completion time (JCT)' a metric."""
    rec = extract_one("Trained on large-scale production traces from Vexnor, Helios, and Alibaba, Torqui shortens job "
                      "completion time (JCT) by up to 70%. We evaluate it with 64 GPUs on TACC's Longhorn.")
    types = types_of(rec)
    assert types.get("Vexnor") == "dataset" and types.get("Helios") == "dataset", types
    assert not {"TACC", "JCT"} & set(types), types


def test_sized_releases_gpu_units_and_vendor_libraries(extract_one):
    """'Llama 2-7B' is one sized model, not Llama 2; 'CUDA Cores' are a GPU unit, not a CUDA variant;
    'HuggingFace PEFT' is the library, not Hugging Face Transformers."""
    rec = extract_one("We run Llama 2-7B with Vexnix; dequantization on CUDA Cores limits INT4 Tensor Cores. Compared "
                      "to HuggingFace PEFT and vLLM, Vexnix improves throughput by up to 4 times.")
    types = types_of(rec)
    assert types.get("Llama 2-7B") == "model" and "Llama 2" not in types, types
    assert types.get("CUDA Cores") == "hardware", types
    assert types.get("Hugging Face PEFT") == "framework" and "Hugging Face Transformers" not in types, types


def test_an_activity_in_the_title_prefix_is_a_topic_and_qpus_are_devices(extract_one):
    """'GPU-Accelerated Quantum Simulation: ...' names what the paper is about, not a system it proposes (the
    abstract never calls it that); a quantum processing unit (QPU) is a device class; NISQ is an era."""
    rec = extract_one("This paper presents a GPU-accelerated quantum circuit simulation framework for the NISQ era. "
                      "Hardware validation on an IBM quantum processing unit (QPU) confirms Bell state fidelity.",
                      title="GPU-Accelerated Quantum Simulation: Empirical Backend Selection and Gate Fusion")
    assert rec["proposes"] == []
    types = types_of(rec)
    assert types.get("QPU") == "hardware" and "NISQ" not in types, types


def test_a_catalog_name_whose_key_is_a_bare_number_is_not_found_in_numbers(extract_one):
    """'π0' squashes to '0': '0-5 day forecasts' named it; the policy itself is still found; ACC is a metric."""
    rec = extract_one("We introduce PuYun, comprising PuYun-Short for 0-5 day forecasts, and report the ACC. The "
                      "robot policy π0 runs at 50 Hz.")
    types = types_of(rec)
    assert "0-5" not in types and "ACC" not in types and types.get("π0") == "model", types


def test_a_technique_before_the_titles_means_is_the_setting_not_the_subject(extract_one):
    """'Enabling MoE on the Edge via Importance-Driven Expert Scheduling': the paper's (unnamed) scheduling
    runs on the GPU, not MoE; 'Profiling LoRA Fine-Tuning on Consumer GPUs' still studies LoRA."""
    rec = extract_one("We substitute low-importance experts with similar ones already cached in GPU memory.",
                      title="Enabling MoE on the Edge via Importance-Driven Expert Scheduling")
    assert ("@paper", "RUNS_ON", "GPU") in rels(rec), rels(rec)
    rec = extract_one("We fine-tune models on a single GPU.", title="Profiling LoRA Fine-Tuning Efficiency on Consumer GPUs")
    assert ("LoRA", "RUNS_ON", "GPU") in rels(rec), rels(rec)


def test_every_slash_pair_of_numbers_takes_the_respective_devices(extract_one):
    """'up to 3.4x/3.8x over X and up to 6.1x/6.8x over Y' 'using an NVIDIA A6000 and an NVIDIA A100, respectively':
    each pair of numbers goes to the two devices in order."""
    rec = extract_one("Using an NVIDIA A6000 and an NVIDIA A100, Vexnix achieved a speedup of up to 3.4x/3.8x over "
                      "Torqui and up to 6.1x/6.8x over Lamdra, respectively.")
    hardware = {r["value"]: r.get("hardware") for r in rec["results"]}
    assert hardware == {3.4: "A6000", 3.8: "A100", 6.1: "A6000", 6.8: "A100"}, hardware


def test_lower_case_names_and_apple_silicon(extract_one):
    """'We present vllm-mlx, a framework ...': a lower-case hyphenated name with an apposition is proposed;
    'Apple Silicon' is the M-series family."""
    rec = extract_one("We present vllm-mlx, a framework for LLM inference on Apple Silicon built natively on MLX.")
    assert rec["proposes"] == ["vllm-mlx"], rec["proposes"]
    assert types_of(rec).get("Apple silicon") == "hardware"


def test_a_contribution_a_using_verb_takes_as_its_object_heads_no_clause(extract_one):
    """'Vexnix introduces row partitioning and employs the RX-Tile representation ..., while processing rows on a
    CUDA execution path': the path is Vexnix's, not the representation's."""
    rec = extract_one("We present Vexnix, a hybrid SpMM kernel. Vexnix introduces adaptive row partitioning and "
                      "employs the RX-Tile representation to expose dense fragments, while processing irregular rows "
                      "on a minimal-overhead CUDA execution path.", title="Vexnix: A Hybrid Kernel for SpMM on GPUs")
    assert ("Vexnix", "IMPLEMENTED_IN", "CUDA") in rels(rec), rels(rec)
    assert ("RX-Tile", "IMPLEMENTED_IN", "CUDA") not in rels(rec), rels(rec)


def test_a_count_word_joined_to_a_device_is_no_name(extract_one):
    """'Single-GPU performance characterization' describes a setting, like 'Multi-GPU'."""
    rec = extract_one("Single-GPU performance characterization across NVIDIA and AMD GPU architectures shows the effect.")
    assert "Single-GPU" not in types_of(rec), types_of(rec)


def test_a_name_between_commas_after_the_described_thing_is_proposed(extract_one):
    """'proposes a novel scheduling algorithm, $k$-LPM, which generalizes ...': the name stands between
    commas after the noun that describes it, and may start with a short lower-case prefix."""
    for name in ("Zorfan", "k-Zorf"):
        rec = extract_one(f"We propose a novel scheduling algorithm, {name}, which generalizes existing methods. "
                          f"Experiments show that {name} achieves a lower P99 latency.")
        assert rec["proposes"] == [name], (name, rec["proposes"])
    rec = extract_one("We propose a novel scheduling algorithm, based on queueing theory, for serving.")
    assert rec["proposes"] == []


def test_a_name_after_the_references_setting_word_is_no_second_reference(extract_one):
    """'1.5x faster than Quorlex on GRPO': past the comparison's own reference, 'on' names what both ran;
    'over MoEs trained with the Vexlib library' still names the reference's own system."""
    rec = extract_one("We present Zorfan, a framework. Zorfan is 1.5x faster than Quorlex on long chain-of-thought "
                      "RLVR with DAPO, and 3.6x faster than Vexchat on PPO.")
    compared = {t for h, r, t in rels(rec) if r == "COMPARED_WITH"}
    assert compared == {"Quorlex", "Vexchat"}, rels(rec)
    rec = extract_one("We present Zorfan, a system for MoE training. Zorfan gives speedups of up to 40% over MoEs "
                      "trained with the state-of-the-art Vexlib library.")
    assert ("Zorfan", "COMPARED_WITH", "Vexlib") in rels(rec), rels(rec)


def test_an_eponym_inside_a_technical_term_is_no_name(extract_one):
    """'the lattice Boltzmann software library', 'the Navier-Stokes equations': a person's name in a term."""
    rec = extract_one("We port the lattice Boltzmann software library Zorblax to GPUs and solve the "
                      "Navier-Stokes equations with a Runge-Kutta scheme.")
    assert not {"Boltzmann", "Navier-Stokes", "Runge-Kutta"} & set(types_of(rec)), types_of(rec)


def test_an_all_capitals_title_spelling_takes_the_type_the_abstract_gives_the_name(extract_one):
    """'Multi-GPU Acceleration of ZORBLAX Fluid Solver' ... 'the software library Zorblax': one framework."""
    rec = extract_one("This article presents the GPU port of the software library Zorblax.",
                      title="Multi-GPU Acceleration of ZORBLAX Fluid Solver")
    assert types_of(rec).get("ZORBLAX") == "framework", types_of(rec)


def test_an_acronym_of_an_institution_is_no_entity(extract_one):
    """'the Zorbex Research Institute (ZRI)', 'the Kemrud Leadership Computing Facility (KLCF)': who ran the
    work, not a method, in any later mention either."""
    rec = extract_one("We ran Vexnix at the Zorbex Research Institute (ZRI) and the Kemrud Leadership Computing "
                      "Facility (KLCF) on A100 GPUs. ZRI and KLCF provided the time.", title="Vexnix: Fast Things")
    assert not {"ZRI", "KLCF"} & set(types_of(rec)), types_of(rec)


def test_a_plural_of_a_lower_case_prefixed_acronym_is_the_same_thing(extract_one):
    """'zkZORBs' are more than one zkZORB: one entity, as 'GPUs' are GPU."""
    rec = extract_one("A zero-knowledge Zorb Of Real Bits (zkZORB) is widely deployed; zkZORBs are costly for "
                      "the prover.")
    names = [n for n in types_of(rec) if n.lower().startswith("zkzorb")]
    assert names == ["zkZORB"], types_of(rec)


def test_a_plain_title_prefix_with_a_short_acronym_yields_to_the_named_system(extract_one):
    """'GPU-Accelerated ANNS: Quantized for Speed' ... 'We present Vexnix, a GPU-native ANNS system': the
    title names the topic, the abstract the contribution."""
    rec = extract_one("Current GPU-accelerated ANNS systems face three limitations. We present Vexnix, a GPU-native "
                      "ANNS system with high query throughput.", title="GPU-Accelerated ANNS: Quantized for Speed")
    assert rec["proposes"] == ["Vexnix"], rec["proposes"]


def test_measurement_words_and_tools_of_energy_studies(extract_one):
    """'Serverless LLM platforms' and 'an R2 value of 0.99' name nothing; nvidia-smi and Scaphandre are the
    tools a measurement framework is built with."""
    rec = extract_one("Vexnix accelerates Serverless LLM loading. It combines CPU monitoring via Scaphandre with GPU "
                      "tracking via nvidia-smi, and its predictive model reaches an R2 value of 0.9962.",
                      title="Vexnix: Serverless Energy")
    types = types_of(rec)
    assert types.get("nvidia-smi") == "framework" and types.get("Scaphandre") == "framework", types
    assert not {"Serverless", "R2"} & set(types), types


def test_numbers_before_the_paper_speaks_of_its_work_are_the_fields(extract_one):
    """'inference accounts for more than 90% of total power' is no result, nor is a rate an experiment 'will
    be upgraded to'; 'Zorfit achieves over 80% computation reduction' before 'Our work, dubbed Vexnix' is
    Zorfit's (its claim verb); Vexnix's own number is its."""
    rec = extract_one("Inference accounts for more than 90% of total power consumption. The KemRud (Kem Rud) experiment "
                      "will be upgraded to a rate of 30 million times per second. ZorFit is the latest multi-task "
                      "vision model; ZorFit achieves better accuracy and over 80% computation reduction. Our work, "
                      "dubbed Vexnix, cuts energy by 30% for ZorFit.", title="Vexnix: Energy")
    claims = {(r["subject"], r["value"]) for r in rec["results"]}
    assert claims == {("ZorFit", 80), ("Vexnix", 30)}, claims
    assert types_of(rec).get("ZorFit") == "model" and ("Vexnix", "APPLIED_TO", "ZorFit") in rels(rec), rels(rec)


def test_a_capitalised_phrase_before_the_noun_it_names_is_the_contribution(extract_one):
    """'we introduce the Projected Zorblax method, a novel algorithm': the two capitalised words name it."""
    rec = extract_one("To bound the error, we introduce the Projected Zorblax method, a novel algorithm to compute "
                      "the condition number of a matrix.", title="A Comparison of Sparse Solvers")
    assert rec["proposes"] == ["Projected Zorblax"], rec["proposes"]


def test_sparse_solver_libraries_are_frameworks(extract_one):
    rec = extract_one("Vexnix is 8.41X faster than CHOLMOD and PARDISO, and its multi-GPU version uses SLATE.")
    types = types_of(rec)
    assert all(types.get(n) == "framework" for n in ("CHOLMOD", "PARDISO", "SLATE")), types


def test_a_title_opening_with_a_study_word_names_a_topic(extract_one):
    """'Rethinking LLM Inference Bottlenecks: Insights from ...' and 'Understanding GPU Failures: ...' are
    what the paper studies, not a system it proposes."""
    for title in ("Rethinking LLM Inference Bottlenecks: Insights from Latent Attention",
                  "Understanding GPU Failures: Lessons from a Cluster"):
        rec = extract_one("This paper argues that recent advances introduce new bottlenecks. We make two key "
                          "observations on GPUs.", title=title)
        assert rec["proposes"] == [], (title, rec["proposes"])


def test_precision_configurations_and_communication_acronyms_are_no_names(extract_one):
    """'W2*A8 quantization', 'W4A4KV4 serving', 'all-to-all (A2A)', 'inter-token latency (ITL)', 'NIC-GPU
    affinity' (two devices)."""
    assert "NIC-GPU" not in types_of(extract_one("Vexnix fixes the mismatch between static NIC-GPU affinity and "
                                                 "dynamic workloads."))
    rec = extract_one("Vexnix realizes W4A4KV4 serving; based on the W2*A8 configuration it overlaps all-to-all "
                      "(A2A) communication and cuts inter-token latency (ITL) by 1.66x.", title="Vexnix: Serving")
    assert not {"W2", "A8", "W4A4KV4", "A2A", "ITL"} & set(types_of(rec)), types_of(rec)
    assert [r["metric"] for r in rec["results"]] == ["inter-token latency reduction"], rec["results"]


def test_what_the_paper_presents_the_design_of_is_its_contribution(extract_one):
    """'we present the design and implementation of Zorvex, a GPU scheduler' proposes Zorvex; 'an
    evaluation of Zorvex' does not; a known device whose design a paper presents is its contribution, and
    the paper (not the device) is what runs on it."""
    rec = extract_one("We present the design and implementation of Zorvex, a GPU scheduler that cuts latency by 2x.")
    assert rec["proposes"] == ["Zorvex"], rec["proposes"]
    rec = extract_one("We present an evaluation of Zorvex, a GPU scheduler, on A100 GPUs.")
    assert rec["proposes"] == [], rec["proposes"]
    rec = extract_one("We present the architecture and evaluation of Tensor Cores, which accelerate matrix math on "
                      "Hopper GPUs.", title="Matrix Units for Deep Learning")
    assert rec["proposes"] == ["Tensor Cores"] and ("@paper", "RUNS_ON", "Tensor Cores") in rels(rec), rels(rec)


def test_a_proposed_name_and_the_word_after_it_are_the_hyphenated_name_used_later(extract_one):
    """'we introduce Deep Zorb Vision (DZV) SLAM, a method ...; DZV-SLAM runs at': one contribution,
    DZV-SLAM, and the relations are its."""
    rec = extract_one("To address these problems, we introduce Deep Zorb Vision (DZV) SLAM, a method for monocular "
                      "SLAM on a single GPU. DZV-SLAM runs 2.5x faster than KemSLAM on EuRoC.",
                      title="Deep Zorb Vision SLAM")
    assert rec["proposes"] == ["DZV-SLAM"], rec["proposes"]
    assert ("DZV-SLAM", "RUNS_ON", "GPU") in rels(rec) and "DZV" not in types_of(rec), rels(rec)


def test_a_plain_term_the_proposing_sentence_spells_out_is_no_contribution(extract_one):
    """'We introduce just-in-time (JIT) compilation to the kernels for Zorb-type orbitals (ZTOs)': a lower-case
    term with its own acronym and a plain term with one capital are no names; 'vllm-zorb, a framework' is."""
    rec = extract_one("We introduce just-in-time (JIT) compilation to the integral kernels for Zorb-type orbitals "
                      "(ZTOs) on an A100 GPU.", title="Designing chemistry algorithms with compilation")
    assert rec["proposes"] == [], rec["proposes"]
    assert extract_one("We present vllm-zorb, a framework for Apple silicon.")["proposes"] == ["vllm-zorb"]

