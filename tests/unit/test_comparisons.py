"""How comparisons are read: baselines named by a device, lists, colons, and 'over' that is not one."""
from helpers import rels, types_of


def test_a_device_baseline_is_compared_with(extract_one):
    rec = extract_one("Orbit reaches 100x higher throughput compared to a CPU implementation. "
                      "It is 3x faster than CPU-based simulators.", title="Orbit: Fast Serving on GPUs")
    r = rels(rec)
    assert ("Orbit", "COMPARED_WITH", "CPU") in r
    assert ("Orbit", "RUNS_ON", "CPU") not in r


def test_over_before_a_quantity_is_not_a_comparison(extract_one):
    rec = extract_one("We present Orbit. Scaling LoRA over thousands of GPUs is hard, and "
                      "Orbit runs over 2,048 GPUs with LoRA.", title="Orbit: Fast Serving")
    r = rels(rec)
    assert ("Orbit", "COMPARED_WITH", "LoRA") not in r
    assert ("Orbit", "RUNS_ON", "GPU") in r


def test_a_comparison_reaches_every_name_of_its_list(extract_one):
    rec = extract_one("Orbit outperforms vLLM, TensorRT-LLM and SGLang on H100 GPUs. "
                      "Orbit is 2x faster than other engines: llama.cpp and MLC-LLM.", title="Orbit: Fast Serving")
    r = rels(rec)
    for name in ("vLLM", "TensorRT-LLM", "SGLang", "llama.cpp", "MLC-LLM"):
        assert ("Orbit", "COMPARED_WITH", name) in r, name
        assert ("Orbit", "IMPLEMENTED_IN", name) not in r, name


def test_the_study_introduces_its_contribution(extract_one):
    rec = extract_one("This study introduces WaferStencil, a framework for stencils on the WSE-3.",
                      title="Stencil Computations on a Wafer-Scale Engine")
    assert rec["proposes"] == ["WaferStencil"]
    assert ("WaferStencil", "RUNS_ON", "WSE-3") in rels(rec)


def test_an_accelerator_paper_runs_work_on_the_cpu_it_names_as_such(extract_one):
    rec = extract_one("We present NPUServe. It offloads outliers to run on the CPU in parallel, and is 5x faster "
                      "than the GPU.", title="NPUServe: Fast LLM Inference on NPUs")
    r = rels(rec)
    assert ("NPUServe", "RUNS_ON", "CPU") in r and ("NPUServe", "COMPARED_WITH", "GPU") in r
    assert ("NPUServe", "RUNS_ON", "NPU") in r


def test_a_cue_before_a_long_list_reaches_its_last_name(extract_one):
    rec = extract_one("Orbit improves the throughput over three leading inference systems DeepSpeed "
                      "ZeRO-Inference, Hugging Face Accelerate, and FlexGen by up to 29x. Orbit outperforms "
                      "frameworks such as Deep Graph Library (3.02x faster on average) and NeuGraph (up to "
                      "4.10x faster).", title="Orbit: Fast Serving")
    r = rels(rec)
    for name in ("Accelerate", "FlexGen", "DGL", "NeuGraph"):
        assert ("Orbit", "COMPARED_WITH", name) in r, name


def test_a_device_right_after_a_comparison_word_is_the_baseline(extract_one):
    rec = extract_one("We present Orbit for the Graphcore IPU. Orbit achieves up to 4.65x compared to CPU. "
                      "Its speed is 2.8x that of PyTorch. Compared with CPU-based llama.cpp, Orbit is faster, "
                      "balancing acceleration on the GPUs vs the CPUs.", title="Orbit: Fast Alignment")
    r = rels(rec)
    assert ("Orbit", "COMPARED_WITH", "CPU") in r
    assert ("Orbit", "COMPARED_WITH", "PyTorch") in r
    assert ("Orbit", "COMPARED_WITH", "llama.cpp") in r
    assert ("Orbit", "RUNS_ON", "IPU") in r


def test_a_device_study_runs_on_the_devices_it_compares(extract_one):
    rec = extract_one("We compare the Gaudi-2 to a server-class Intel Haswell CPU and an NVIDIA A100 GPU. "
                      "A kernel ported from a GPU implementation runs 10x faster than on the CPU.",
                      title="Performance Analysis of an AI Accelerator")
    r = rels(rec)
    assert rec["proposes"] == []
    for device in ("Gaudi-2", "Haswell", "A100"):
        assert ("@paper", "RUNS_ON", device) in r, device
    assert ("Gaudi-2", "COMPARED_WITH", "Haswell") in r
    assert ("Gaudi-2", "COMPARED_WITH", "A100") in r
    assert ("@paper", "COMPARED_WITH", "GPU") not in r


def test_a_device_that_is_itself_the_reference_heads_no_comparison(extract_one):
    """'it is 4.5x faster than the Graphcore IPU and is 1.7x faster than the Nvidia A100': both devices
    are references of the studied one, not of each other."""
    rec = extract_one("TPU v4 outperforms TPU v3 by 2.1x. For similar sized systems, it is 4.5x faster than the "
                      "Graphcore IPU and is 1.7x faster and uses 1.9x less power than the Nvidia A100.",
                      title="TPU v4: An Optically Reconfigurable Supercomputer for Machine Learning")
    r = rels(rec)
    assert ("TPU v4", "COMPARED_WITH", "TPU v3") in r
    assert ("IPU", "COMPARED_WITH", "A100") not in r, r


def test_a_comparison_word_before_a_device_list_reaches_every_device(extract_one):
    rec = extract_one("Orbit achieves 2.24x and 4.90x better energy efficiency comparing with GPU and CPU.",
                      title="Orbit: Efficient Vision Transformers at the Edge")
    r = rels(rec)
    assert ("Orbit", "COMPARED_WITH", "GPU") in r
    assert ("Orbit", "COMPARED_WITH", "CPU") in r


def test_related_work_named_in_a_list_is_what_the_work_is_compared_with(extract_one):
    rec = extract_one("We present Orbit. Finally, we situate Orbit in context with related efforts (NVIDIA "
                      "Megatron-LM, Microsoft DeepSpeed, Meta FairScale, etc.).", title="Orbit: Fast Training")
    r = rels(rec)
    for name in ("Megatron-LM", "DeepSpeed", "FairScale"):
        assert ("Orbit", "COMPARED_WITH", name) in r, name


def test_a_model_right_after_a_strong_comparison_is_its_reference_not_its_setting(extract_one):
    rec = extract_one("We introduce Mistral 7B, a language model. Mistral 7B outperforms the best open 13B model "
                      "(Llama 2) across all benchmarks. Our "
                      "kernels give significant acceleration over prior methods on Flux.1-dev.",
                      title="Mistral 7B")
    r = rels(rec)
    assert ("Mistral-7B", "COMPARED_WITH", "Llama 2") in r and ("Mistral-7B", "APPLIED_TO", "Llama 2") not in r, r
    assert ("Mistral-7B", "COMPARED_WITH", "Flux.1-dev") not in r, r


def test_every_device_of_a_studied_list_is_compared_with_the_reference(extract_one):
    rec = extract_one("We characterize GNN training on three accelerators: the Graphcore Bow IPU, the SambaNova SN30 "
                      "and the Groq LPU, against an NVIDIA A100 baseline. We use vendor SDKs (Hultor, Sulrud).",
                      title="Characterizing Emerging Accelerators on Graph Workloads")
    r = rels(rec)
    for device in ("Bow IPU", "SN30", "LPU"):
        assert (device, "COMPARED_WITH", "A100") in r, (device, r)
    types = types_of(rec)
    assert types.get("Hultor") == types.get("Sulrud") == "framework", types


def test_the_device_after_a_comparisons_reference_is_the_references_platform(extract_one):
    """'9.1x faster than DuckDB on a 64-core AMD EPYC 7763': DuckDB ran there, the work did not; an unnamed
    reference's device ('31x the throughput of the reference implementation on an Intel Core i9-13900K') is
    what the work is compared with. Numbers are not measured there either."""
    rec = extract_one("On an NVIDIA H100, LearnJoin is 9.1x faster than DuckDB on a 64-core AMD EPYC 7763.",
                      title="LearnJoin: GPU hash joins")
    r = rels(rec)
    assert ("DuckDB", "RUNS_ON", "EPYC 7763") in r and ("LearnJoin", "RUNS_ON", "EPYC 7763") not in r, r
    assert ("LearnJoin", "RUNS_ON", "H100") in r
    assert [q.get("hardware") for q in rec["results"]] == ["H100"]
    rec = extract_one("We present cuKyber. On an RTX 4090 it reaches 31x the throughput of the AVX2-optimized "
                      "reference implementation on an Intel Core i9-13900K.", title="cuKyber: Kyber on GPUs")
    r = rels(rec)
    assert ("cuKyber", "COMPARED_WITH", "Core i9-13900K") in r and ("cuKyber", "RUNS_ON", "Core i9-13900K") not in r


def test_a_comparison_governs_the_examples_listed_after_its_noun(extract_one):
    """'comparable performance to ... CPU shared-memory graph libraries such as Ligra and Galois': the
    examples are what the work is compared with, however long the noun phrase before 'such as'."""
    rec = extract_one("We present Pilgraph. Pilgraph shows comparable performance to the fastest GPU hardwired "
                      "primitives and CPU shared-memory graph libraries such as Torvex and Quellar.",
                      title="Pilgraph: Graph Processing on the GPU")
    r = rels(rec)
    assert ("Pilgraph", "COMPARED_WITH", "Torvex") in r and ("Pilgraph", "COMPARED_WITH", "Quellar") in r, r
    assert ("Pilgraph", "IMPLEMENTED_IN", "Torvex") not in r and ("Pilgraph", "RUNS_ON", "CPU") not in r, r


def test_of_in_a_title_does_not_make_a_comparison_reference(extract_one):
    """'of' names a comparison's reference only after a multiple ('31x the throughput of X on ...'): in
    'Path Tracing of Dynamic Scenes with ReSTIR on Consumer GPUs' the GPUs are the work's, not ReSTIR's."""
    rec = extract_one("We present Lumvex, a real-time renderer. On an RTX 4080 it renders at 16.2 ms per frame.",
                      title="Real-Time Path Tracing of Dynamic Scenes with ReSTIR on Consumer GPUs")
    r = rels(rec)
    assert ("ReSTIR", "RUNS_ON", "consumer GPU") not in r and ("Lumvex", "RUNS_ON", "consumer GPU") in r, r


def test_a_reference_named_a_few_words_after_the_comparison_still_owns_its_platform(extract_one):
    """'3.4x faster than the previous record obtained with cuQuantum on Perlmutter': the record ran there."""
    rec = extract_one("On the Frontier supercomputer, Tenvor simulates the circuit in 8.7 seconds, 3.4x faster than "
                      "the previous record obtained with cuQuantum on Perlmutter.", title="Tenvor: tensor networks")
    r = rels(rec)
    assert ("cuQuantum", "RUNS_ON", "Perlmutter") in r and ("Tenvor", "RUNS_ON", "Perlmutter") not in r, r
    assert ("Tenvor", "RUNS_ON", "Frontier") in r, r


def test_and_before_a_verb_ends_the_comparisons_reach(extract_one):
    """'... over RoDe, and accelerates end-to-end GCN training': GCN is no baseline; a list ending in
    ', and SGLang' still is."""
    rec = extract_one("Spardo achieves 3.2x over Rodix, and accelerates end-to-end GCN training by 1.8x. Spardo "
                      "outperforms vLLM, TGI, and SGLang.", title="Spardo: sparse kernels")
    r = rels(rec)
    assert ("Spardo", "COMPARED_WITH", "Rodix") in r and ("Spardo", "COMPARED_WITH", "GCN") not in r, r
    assert {("Spardo", "COMPARED_WITH", n) for n in ("vLLM", "Text Generation Inference", "SGLang")} <= r, r


def test_over_a_list_of_devices_compares_with_each(extract_one):
    """'speedup over A3 accelerator, MNNFast accelerator, TITAN Xp GPU, Xeon CPU': baselines, and no number
    was measured on them; 'over the GPU backend of qsim' names qsim's backend, not a baseline device."""
    rec = extract_one("Spatto achieves 1.6x, 3.0x, 162x and 347x speedup over A3 accelerator, MNNFast accelerator, "
                      "TITAN Xp GPU, Xeon CPU, respectively.", title="Spatto: sparse attention architecture")
    r = rels(rec)
    assert {("Spatto", "COMPARED_WITH", d) for d in ("A3", "MNNFast", "Titan Xp", "Xeon")} <= r, r
    assert all(q.get("hardware") is None for q in rec["results"]), rec["results"]
    rec = extract_one("Qsimx is 2.1x faster than Qiskit Aer and 1.3x over the GPU backend of qsim.",
                      title="Qsimx: quantum circuit simulation")
    assert ("Qsimx", "COMPARED_WITH", "GPU") not in rels(rec)


def test_a_dataset_right_after_a_comparison_is_a_reference(extract_one):
    rec = extract_one("We present Megavo, a simulation platform. Megavo is up to 70x faster than the Vexlab "
                      "environment suite and reaches 80% success on the Quorl benchmark.",
                      title="Megavo: Simulating Agents at Scale")
    r = rels(rec)
    assert ("Megavo", "COMPARED_WITH", "Vexlab") in r and ("Megavo", "EVALUATED_ON", "Vexlab") not in r
    assert ("Megavo", "EVALUATED_ON", "Quorl") in r


def test_names_of_what_both_ran_after_the_reference_or_a_new_claim_are_no_baselines(extract_one):
    """'up to 4.9x speedup over ZorCCL in VexSpeed KemBO-3 training, and up to 2.4x speedup in QZDP
    training': ZorCCL is the reference; KemBO-3 and QZDP are what the speedups were measured in."""
    rec = extract_one("We introduce LamCCL. Its gains translate to production workloads: up to 4.9x speedup over "
                      "ZorCCL in VexSpeed KemBO-3 training, and up to 2.4x speedup in QZDP training.",
                      title="LamCCL: Fast Collectives")
    r = rels(rec)
    assert {"KemBO-3", "QZDP"} <= set(types_of(rec)) and ("LamCCL", "COMPARED_WITH", "ZorCCL") in r, r
    assert not {("LamCCL", "COMPARED_WITH", "KemBO-3"), ("LamCCL", "COMPARED_WITH", "QZDP")} & set(r), r


def test_a_device_sized_by_its_core_count_is_still_the_compared_one(extract_one):
    """'a 5X speedup compared to a 32-core AMD EPYC CPU on an NVIDIA A100 GPU': the EPYC is the baseline's
    device, the A100 the one the work ran on."""
    rec = extract_one("We present Vexnix, a GPU-accelerated framework. Vexnix achieves a 5X speedup compared to a "
                      "32-core AMD EPYC CPU on an NVIDIA A100 GPU.", title="Vexnix: Fast Factorization")
    r = rels(rec)
    assert ("Vexnix", "COMPARED_WITH", "EPYC") in r and ("Vexnix", "RUNS_ON", "A100") in r, r
    assert ("Vexnix", "RUNS_ON", "EPYC") not in r, r
