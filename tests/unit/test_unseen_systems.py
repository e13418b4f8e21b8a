"""More phrasings met in real abstracts outside the gold corpora (encryption, processing-in-memory, genomics
and splatting systems; made-up names, the same constructions)."""
from __future__ import annotations

from helpers import rels, types_of


def test_a_name_inside_a_web_address_is_no_variant_of_the_contribution(extract_one):
    """'Vexnix is available at https://github.com/lab/Vexnix-GS': the repository name is no second contribution."""
    rec = extract_one("We introduce Vexnix, a distributed system for splatting on GPUs. Vexnix is an open-source "
                      "project available at: https://github.com/lab/Vexnix-GS")
    assert rec["proposes"] == ["Vexnix"] and "Vexnix-GS" not in types_of(rec), rec["proposes"]


def test_the_field_a_contribution_belongs_to_is_not_proposed_with_it(extract_one):
    """'an open-source ... fully homomorphic encryption (FHE) framework Vexcat': Vexcat is the contribution,
    not FHE; 'we implement three widely used FHE schemes' proposes nothing."""
    rec = extract_one("We introduce an open-source GPU-accelerated fully homomorphic encryption (FHE) framework "
                      "Vexcat, which surpasses existing solutions. Based on our framework, we implement three widely "
                      "used FHE schemes: Zorb, Kemv, and Lamq.", title="Vexcat: A GPU-Accelerated FHE Framework")
    assert rec["proposes"] == ["Vexcat"], rec["proposes"]


def test_a_name_after_a_verb_of_use_in_the_proposing_clause_is_not_proposed(extract_one):
    rec = extract_one("We develop Zorbalign for the GPU. We propose a filtering-verification algorithm employing both "
                      "the Bi-KWT search and direct matching.")
    assert "Bi-KWT" not in rec["proposes"], rec["proposes"]


def test_a_lower_case_opened_camel_part_makes_a_hyphenated_name(extract_one):
    """'eWFA-GPU', like 'vLLM-X': a part that opens lower-case but has capitals inside is coined."""
    rec = extract_one("This work presents eZorb-GPU, a GPU-accelerated tool to compute exact alignments.")
    assert rec["proposes"] == ["eZorb-GPU"], rec["proposes"]


def test_memory_technology_joined_to_pim_is_a_device_and_device_lists_are_no_names(extract_one):
    """'DIMM-PIM' is a class of processing-in-memory device (like HBM-PIM); 'GPU-DIMM-PIM operations' names
    devices, not a method."""
    rec = extract_one("We propose Zorbl3, a system integrating DIMM-PIM and GPU devices. An adaptive scheduler "
                      "coordinates GPU-DIMM-PIM operations.")
    types = types_of(rec)
    assert types.get("DIMM-PIM") == "hardware" and "GPU-DIMM-PIM" not in types, types
    assert ("Zorbl3", "RUNS_ON", "DIMM-PIM") in rels(rec), rels(rec)


def test_the_device_a_work_runs_on_is_no_baseline_of_it(extract_one):
    """A GPU tool '56 times faster than state-of-the-art GPU implementations' runs on the GPU and is compared
    with other GPU codes, not with the GPU; a cued 'on modern GPUs' beats a title's bare mention."""
    rec = extract_one("This work presents Zorbwfa, a GPU tool for alignment. Zorbwfa is up to 265 times faster than "
                      "state-of-the-art CPU implementation, and up to 56 times faster than state-of-the-art GPU "
                      "implementations.", title="Accelerating Edit-Distance Alignment on GPU")
    assert ("Zorbwfa", "RUNS_ON", "GPU") in rels(rec) and ("Zorbwfa", "COMPARED_WITH", "GPU") not in rels(rec)
    rec = extract_one("We propose Kemtha. According to the experiments on modern GPUs, Kemtha achieves 18.8x speedup "
                      "against the CPU-based baseline and 9.6x against the best GPU-based baseline.",
                      title="Kemtha: Fast GPU Acceleration of Guided Sequence Alignment")
    assert ("Kemtha", "RUNS_ON", "GPU") in rels(rec), rels(rec)


def test_image_quality_scores_are_results_with_their_metric(extract_one):
    """'a test PSNR of 27.28', '23-35% LPIPS ... improvement', '47.8 - 49.7% memory capacity savings'."""
    rec = extract_one("We introduce Zorbsplat. On the Rubble dataset, Zorbsplat reaches a test PSNR of 27.28, "
                      "leading to 23-35% LPIPS (learned perceptual image patch similarity) improvement. It achieves "
                      "approximately 47.8 - 49.7% memory capacity savings.")
    got = {(r["metric"], r["value"]) for r in rec["results"]}
    assert {("psnr", 27.28), ("lpips", 35), ("memory capacity reduction", 49.7)} <= got, got


def test_a_number_with_a_device_after_using_or_with_was_measured_there(extract_one):
    """'over 40x faster on an NVIDIA DGX A100 and 6x faster with a single A100': each number its device;
    devices paired by 'respectively' that are comparison targets give the numbers no device."""
    rec = extract_one("Zorbex runs over 40x faster on an NVIDIA DGX A100 and 6x faster with a single A100 relative "
                      "to a CPU baseline.")
    assert {(r["value"], r.get("hardware")) for r in rec["results"]} == {(40, "DGX A100"), (6, "A100")}, rec["results"]
    rec = extract_one("Evaluations on Alveo U55C cards and boards like VC707 and ZCU102 show that Zorbex is 1.2x and "
                      "2.87x more power efficient than the NVIDIA K80 GPU and the i7-8700K CPU respectively.")
    assert {r.get("hardware") for r in rec["results"]} <= {"Alveo U55C", None}, rec["results"]
    rec = extract_one("Zorbjoin achieves a speedup up to 25X and 2.8X over best known code developed for multi-core "
                      "CPUs and GPUs respectively.")
    assert {r.get("hardware") for r in rec["results"]} == {None}, rec["results"]


def test_a_rate_of_meeting_slos_is_a_result_not_a_requirement(extract_one):
    """'30.1% higher SLO satisfaction', 'improves the SLO attainment rate by up to 44%': claims, named by their
    metric; 'under 15 ms latency constraints' stays a requirement."""
    rec = extract_one("Our evaluation shows that Zorbserve achieves 30.1% higher SLO satisfaction than the "
                      "state-of-the-art system. Zorbserve improves the SLO attainment rate by up to 44%.")
    got = {(r["metric"], r["value"]) for r in rec["results"]}
    assert {("slo satisfaction", 30.1), ("slo attainment rate", 44)} <= got, got


def test_an_analytical_model_is_a_method_not_a_learned_model(extract_one):
    """'tritonBLAS, a fast and deterministic analytical model', 'TLP: A ... Cost Model': models of something."""
    rec = extract_one("We present zorbBLAS, a fast and deterministic analytical model that uses architectural "
                      "parameters to generate GPU GEMM kernels.")
    assert types_of(rec).get("zorbBLAS") == "method", types_of(rec)
    rec = extract_one("We present Vexnix, a compact vision model for edge devices.")
    assert types_of(rec).get("Vexnix") == "model", types_of(rec)


def test_a_second_contribution_named_after_the_first_is_built_on_it(extract_one):
    """'we propose ZLP and MTL-ZLP': MTL-ZLP uses ZLP, not the other way round."""
    rec = extract_one("In order to address these problems, we propose ZLP and MTL-ZLP. ZLP is a deep learning-based "
                      "cost model. MTL-ZLP combines multi-task learning and ZLP.", title="ZLP: A Cost Model for Tuning")
    assert ("MTL-ZLP", "USES", "ZLP") in rels(rec) and ("ZLP", "USES", "MTL-ZLP") not in rels(rec), rels(rec)


def test_a_ratio_that_cuts_a_named_quantity_is_its_reduction(extract_one):
    """'cutting remote feature fetches by over 9.70x', 'reduces the number of kernel launches by 3x': the
    cut noun phrase (up to three words, after 'the number of') names the reduction; no speedup."""
    rec = extract_one("Zorbgnn cuts remote feature fetches by over 9.70x to 15.39x, and it reduces the number of "
                      "kernel launches by 3x.")
    got = {r["metric"] for r in rec["results"]}
    assert got == {"remote feature fetches reduction", "kernel launches reduction"}, got


def test_a_name_given_with_namely_before_a_passive_proposing_verb_is_the_contribution(extract_one):
    """'a scalable ... vector processor, namely ZORBED, is proposed': no 'we', still this paper's."""
    rec = extract_one("To tackle these challenges, a scalable RISC-V vector (RVV) processor, namely Zorbed, is proposed "
                      "to enable efficient inference.")
    assert rec["proposes"] == ["Zorbed"], rec["proposes"]
    rec = extract_one("These simulations, namely Zorbsim runs, were slow on CPUs.")
    assert rec["proposes"] == [], rec["proposes"]


def test_instruction_sets_and_foundries_are_no_names_and_known_server_cpus_are_devices(extract_one):
    """'RISC-V', 'RV64', 'TSMC 28nm' name no thing to annotate; the SOPHON SG2042 is a RISC-V server CPU."""
    rec = extract_one("We benchmark ML inference on the 64-core SOPHON SG2042 RISC-V architecture and an RV64 server "
                      "CPU, and synthesize Zorbv in TSMC 28nm technology.")
    types = types_of(rec)
    assert types.get("SG2042") == "hardware", types
    assert not {"RISC-V", "RV64", "TSMC", "SOPHON"} & set(types), types


def test_integer_operation_rates_and_simulated_years_per_day_are_results(extract_one):
    """'287.41 GOPS', '1335.79 GOPS/W', '1.26 simulated years per day'; 'an area efficiency improvement of
    2.04x' names the metric the change word follows; 'Exascale' is no name."""
    rec = extract_one("Zorbv achieves a peak throughput of 287.41 GOPS and an energy efficiency of 1335.79 GOPS/W. "
                      "Compared to Ara, Zorbv provides an area efficiency improvement of 2.04x. On an entire Exascale "
                      "system, Zorbclim reaches a record setting performance of 1.26 simulated years per day.")
    got = {(r["value"], r["unit"], r["metric"]) for r in rec["results"]}
    assert {(287.41, "GOPS", "throughput"), (1335.79, "GOPS/W", "energy efficiency"),
            (2.04, "x", "efficiency improvement"), (1.26, "SYPD", "performance")} <= got, got
    assert "Exascale" not in types_of(rec)


def test_what_enables_a_result_after_a_comparison_is_no_baseline(extract_one):
    """'a 14x speedup relative to NVIDIA cuQuantum, enabled by gate fusion via the IBM Qiskit toolkit':
    cuQuantum is compared with, Qiskit is not (a comma and 'enabled by', 'using', 'via' end the comparison)."""
    rec = extract_one("We propose Zorbq, a simulator. Zorbq realizes a 14x speedup in circuit performance relative to "
                      "NVIDIA cuQuantum, enabled by gate fusion via the IBM Qiskit toolkit.")
    assert ("Zorbq", "COMPARED_WITH", "cuQuantum") in rels(rec), rels(rec)
    assert ("Zorbq", "COMPARED_WITH", "Qiskit") not in rels(rec), rels(rec)


def test_an_acronym_of_plain_lower_case_words_is_a_term_not_a_name(extract_one):
    """'a succinct domain-specific language (DSL)', 'a query-aware scheduler (QAS)': descriptive phrases (the
    guide skips them even when the paper introduces them); kept when proposed or when a noun makes the
    acronym a name ('the neuroevolution potential (NEP) framework')."""
    rec = extract_one("Zorbpipe has two main components: a succinct domain-specific language (DSL) and an automated "
                      "scheduler. Users customize schedules using the Zorbpipe DSL. It co-designs a query-aware "
                      "scheduler (QAS) with the rest.", title="Zorbpipe: Programmable Pipelines")
    assert not {"DSL", "QAS"} & set(types_of(rec)), types_of(rec)
    rec = extract_one("Utilizing the neuroevolution potential (NEP) framework, we attained ab initio accuracy.")
    assert "NEP" in types_of(rec), types_of(rec)
    rec = extract_one("We propose pipelined offloading (PIPO), a scheme for consumer GPUs.")
    assert rec["proposes"] == ["PIPO"], rec["proposes"]


def test_counts_of_things_and_condition_values_are_no_results(extract_one):
    """'up to 2.6K additional GPUs' counts GPUs (no context length); 'In the case of low and medium failure
    rates (5-10%)' states a condition; '2% slowdown of the training job' is a slowdown."""
    rec = extract_one("Zorbfill increases utilization by up to 63% with 2% slowdown of the training job, which "
                      "translates to up to 2.6K additional GPUs worth of work. In the case of low and medium failure "
                      "rates (5-10%), Zorbfill outperforms checkpointing in wall-clock time by over 12%.")
    got = {(r["value"], r["unit"], r["metric"]) for r in rec["results"]}
    assert (2, "%", "slowdown") in got and not any(u == "tokens" or v == 10 for v, u, _ in got), got


def test_a_plain_compound_in_a_study_title_is_its_topic_not_the_head(extract_one):
    """'Energy-Efficient ... Inference for Edge-AI Deployment': nothing proposed, the paper (not 'Edge-AI')
    runs on the devices; 'TX2' is the Jetson TX2; '50% fewer GPUs' is a reduction of GPUs."""
    rec = extract_one("We benchmark 13 models on ImageNet-1K, running inference on NVIDIA Jetson TX2 (edge device). "
                      "Hybrid models reduce energy by up to 53% on TX2. Our placement uses up to 50% fewer GPUs "
                      "under SLO constraints.", title="Energy-Efficient Inference for Edge-AI Deployment")
    assert ("@paper", "RUNS_ON", "Jetson TX2") in rels(rec) and "TX2" not in types_of(rec), rels(rec)
    assert ("GPUs reduction", 50) in {(r["metric"], r["value"]) for r in rec["results"]}, rec["results"]


def test_an_acronym_the_paper_spells_out_as_something_else_is_not_the_catalog_thing(extract_one):
    """'the Sustainable Accuracy Metric (SAM)' is no Segment Anything Model, in any of its mentions;
    'Low Rank Adapters (LoRA)' still is LoRA (a long form sharing words with the catalog's)."""
    rec = extract_one("The second stage ranks models with the Sustainable Accuracy Metric (SAM). Hybrid models score "
                      "best on SAM. We fine-tune with Low Rank Adapters (LoRA).")
    found = {e["name"]: e for e in rec["entities"]}
    assert "SAM" not in found or "catalog" not in found["SAM"], found.get("SAM")
    assert "catalog" in found.get("LoRA", {}), found.get("LoRA")


def test_a_capitalised_word_before_the_head_noun_its_apposition_repeats_is_the_name(extract_one):
    """'We present Kembe hash table, a high-performance ... GPU hash table': Kembe is proposed (the repeated
    noun phrase is its generic head); 'We present Gaussian mixture models, a family of mixture models' proposes
    nothing (the word must open the title as the name does)."""
    rec = extract_one("We present Kembe hash table, a high-performance, warp-cooperative GPU hash table that adapts to "
                      "varying workloads. Kembe hash table reaches 3.5 billion updates/s on an RTX 4090.",
                      title="Kembe Hash Table: A Resizable Hash Table for GPUs")
    assert rec["proposes"] == ["Kembe"] and ("Kembe", "RUNS_ON", "RTX 4090") in rels(rec), (rec["proposes"], rels(rec))
    rec = extract_one("We present Gaussian mixture models, a family of mixture models for clustering.",
                      title="Fast Clustering on GPUs")
    assert rec["proposes"] == [], rec["proposes"]


def test_descriptive_compounds_and_plural_title_heads_are_no_names(extract_one):
    """'GPU-Rich Supercomputers', 'non-CUDA-Aware MPI', 'OpenACC and Just-In-Time compilation' name nothing;
    a plain title prefix headed by a plural system noun ('GPU-Accelerated Zorbel Methods: ...') is a topic;
    '6.4 million grid points' counts points, no percentage points."""
    rec = extract_one("A zorbel method for the compressible Euler equations is developed via OCCA. A 30x speedup over "
                      "CPU-only implementations using non-CUDA-Aware MPI communications is shown on V100 GPUs with "
                      "CUDA, OpenACC and Just-In-Time compilation. On test cases with up to 6.4 million grid points, "
                      "the solver is 20x faster.", title="GPU-Accelerated Zorbel Methods: 30x Speedup on GPU-Rich "
                                                         "Supercomputers")
    assert rec["proposes"] == [], rec["proposes"]
    assert not {"CUDA-Aware", "GPU-Rich", "Just-In-Time"} & set(types_of(rec)), types_of(rec)
    assert ("@paper", "RUNS_ON", "V100") in rels(rec) and all(r["unit"] != "pp" for r in rec["results"])


def test_an_unnamed_accelerator_design_is_compared_with_cpus_and_gpus(extract_one):
    """'Live Video Analytics with FPGA-based Smart Cameras' proposes no name; its '49x speedup over CPU' and
    '6.4x more energy-efficiency than GPU' are baselines, not devices the paper runs on; a study whose title
    names an NPU and a GPU still runs on both."""
    rec = extract_one("We present an FPGA-based smart camera design for edge vision. We demonstrate a 49x speedup over "
                      "CPU and 6.4x more energy-efficiency than GPU.",
                      title="Live Video Analytics with FPGA-based Smart Cameras")
    assert {("@paper", "COMPARED_WITH", "CPU"), ("@paper", "COMPARED_WITH", "GPU")} <= rels(rec), rels(rec)
    assert ("@paper", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    rec = extract_one("We benchmark a 1.5B model on a Hailo-10H NPU and a laptop GPU; the GPU sustains 131.7 tok/s, "
                      "19x more than the NPU.", title="LLM Inference at the Edge: Mobile, NPU, and GPU Trade-offs")
    assert ("@paper", "RUNS_ON", "GPU") in rels(rec), rels(rec)


def test_a_proposed_lower_case_descriptive_phrase_is_no_name(extract_one):
    """'We propose delayed-aggregation, a new algorithmic primitive': a description (ANNOTATION skips
    descriptive technique phrases); 'We present vllm-zorb, a framework' is a software name."""
    rec = extract_one("This paper proposes Zorbrasi, a co-designed system. We propose delayed-aggregation, a new "
                      "algorithmic primitive for building efficient point cloud algorithms.")
    assert rec["proposes"] == ["Zorbrasi"] and "delayed-aggregation" not in types_of(rec), rec["proposes"]
    assert extract_one("We present vllm-zorb, a framework for Apple silicon.")["proposes"] == ["vllm-zorb"]


def test_a_vendor_opening_a_list_item_does_not_break_the_list(extract_one):
    """'outperforming the solutions Vexlam, Dravex, and NVIDIA RAPIDS cuDF': the unknown items take the type
    of the known libraries they are listed with, past the vendor word."""
    rec = extract_one("Zorbcore reaches 1.2 billion inserts per second on a single GV100 GPU thereby outperforming the "
                      "state-of-the-art solutions Vexlam, Dravex, and NVIDIA RAPIDS cuDF.")
    types = types_of(rec)
    assert types.get("Vexlam") == "framework" and types.get("Dravex") == "framework", types
