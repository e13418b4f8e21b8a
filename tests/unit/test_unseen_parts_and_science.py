"""Phrasings met in real abstracts outside the gold corpora (low-bit GEMM kernels, lattice QCD codes, GPU
database joins, speculative decoding on NPUs); made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, results_by_value, types_of


def test_each_named_item_of_a_counted_list_of_parts_is_a_contribution(extract_one):
    """'Zorbix designs two key techniques: Quellix, a quantization method ...; and an implicit pipeline that
    overlaps loading, dequantization, and MMA-Zed across warps': Quellix is Zorbix's part; the second item is a
    description, and a name inside its clause is no item."""
    rec = extract_one("In this paper, we present Zorbix, a fast GEMM kernel for LLM serving. Zorbix designs two key "
                      "techniques: Quellix, a quantization method that enables fast dequantization; and an implicit "
                      "pipeline that overlaps loading, dequantization, and MMA-Zed across warp groups. Zorbix "
                      "achieves up to 2.9x speedup on H100.", title="Zorbix: fast low-bit kernels")
    assert rec["proposes"] == ["Zorbix", "Quellix"], rec["proposes"]
    assert ("Zorbix", "USES", "Quellix") in rels(rec), rels(rec)
    assert not any("MMA-Zed" in r for r in rels(rec)), rels(rec)


def test_a_list_of_names_after_we_propose_two_techniques(extract_one):
    """'We propose two novel techniques: QuelliX, which ..., and VorbiN, a pipeline ...': both are proposed and
    are parts of the system the abstract presents."""
    rec = extract_one("We present Zorbix, a fast GEMM kernel for LLM serving. We propose two novel techniques: "
                      "QuelliX, which enables fast dequantization, and VorbiN, a pipeline that overlaps loading. "
                      "Zorbix achieves up to 2.9x speedup on H100.", title="Zorbix: fast low-bit kernels")
    assert set(rec["proposes"]) == {"Zorbix", "QuelliX", "VorbiN"}, rec["proposes"]
    assert {("Zorbix", "USES", "QuelliX"), ("Zorbix", "USES", "VorbiN")} <= rels(rec), rels(rec)


def test_a_list_of_descriptions_names_nothing(extract_one):
    """'three synergistic components: (1) adaptive execution scheduling, which balances Prefill-X and Decode-Y;
    (2) ...': descriptive items, no contribution."""
    rec = extract_one("We present Zorbix, a serving framework. The framework introduces three synergistic "
                      "components: (1) adaptive execution scheduling, which balances Prefill-X and Decode-Y; (2) "
                      "context reuse; and (3) elastic batching.", title="Zorbix: fast serving")
    assert rec["proposes"] == ["Zorbix"], rec["proposes"]


def test_a_new_name_before_collaboration_names_an_institution(extract_one):
    """'mainly developed and used by the VexQCD collaboration': a group of physicists, no method."""
    rec = extract_one("We show key performance indicators for Zorlat, a simple multi-GPU lattice code, mainly "
                      "developed and used by the VexQCD collaboration.", title="Zorlat: a multi-GPU lattice code")
    assert "VexQCD" not in types_of(rec), types_of(rec)
    assert "Zorlat" in types_of(rec)


def test_physical_theories_and_an_instruction_are_no_methods(extract_one):
    """'QCD+QED Wilson Dirac operator on GPUs': theories of physics; 'overlaps loading and MMA': an instruction."""
    rec = extract_one("We port the Zorlat code to GPUs. The pipeline overlaps weight loading, dequantization and MMA "
                      "across warps.", title="O(a)-improved QCD+QED Wilson Dirac operator on GPUs")
    assert not {"QED", "QCD", "MMA"} & set(types_of(rec)), types_of(rec)
    assert not any(r[0] == "QED" for r in rels(rec)), rels(rec)


def test_a_cpu_named_by_model_number_takes_its_class_word_and_is_compared(extract_one):
    """'than the NVIDIA K80 GPU and the i7-8700K CPU, respectively': the CPU is the product's class word (no
    separate 'CPU'), a CPU product is what an FPGA design is measured against, and each number is over its own
    baseline."""
    rec = extract_one("This paper introduces Zorqa, a runtime-adaptive accelerator on FPGAs. Evaluations on Xilinx "
                      "Alveo U55C cards show that our design is 1.2$\\times$ and 2.87$\\times$ more power efficient "
                      "than the NVIDIA K80 GPU and the i7-8700K CPU respectively.", title="Zorqa: an FPGA accelerator")
    assert "CPU" not in types_of(rec) and types_of(rec).get("i7-8700K") == "hardware", types_of(rec)
    assert {("Zorqa", "COMPARED_WITH", "K80"), ("Zorqa", "COMPARED_WITH", "i7-8700K")} <= rels(rec), rels(rec)
    res = results_by_value(rec)
    assert res[1.2]["qualifier"] == "over the NVIDIA K80 GPU", res[1.2]
    assert res[2.87]["qualifier"] == "over the i7-8700K CPU", res[2.87]


def test_a_list_of_baselines_pairs_with_the_numbers_and_is_no_device_of_measurement(extract_one):
    """'achieves 5.19-15.06x and 1.14-2.89x speedup compared with CPU and GPU, respectively': the first number
    is over CPU, the second over GPU; neither device is where the number was measured."""
    rec = extract_one("In this article, we propose an FPGA-based overlay processor, named Zorqa, for transformer "
                      "networks. Experimental results show that Zorqa achieves 5.19-15.06× and 1.14-2.89× speedup "
                      "compared with CPU and GPU, respectively.", title="Zorqa: an overlay processor")
    res = results_by_value(rec)
    assert res[15.06]["qualifier"] == "over CPU" and res[2.89]["qualifier"] == "over GPU", res
    assert res[2.89].get("hardware") not in ("CPU", "GPU"), res[2.89]


def test_metrics_listed_after_the_numbers_pair_in_order(extract_one):
    """'achieves 27.07x and 81x improvement in performance and energy efficiency compared to CPU' (no
    'respectively'); 'by up to 1.45x in end-to-end throughput and 2.29x in DSP efficiency'."""
    rec = extract_one("We propose an acceleration framework, Zorqa, for transformers. Our FPGA design achieves "
                      "27.07x and 81x improvement in performance and energy efficiency compared to CPU. Zorqa "
                      "outperforms related works by up to 1.45× in end-to-end throughput and 2.29× in DSP "
                      "efficiency.", title="Zorqa: transformers on FPGA")
    res = results_by_value(rec)
    assert res[27.07]["metric"] == "performance" and res[81]["metric"] == "energy efficiency", res
    assert res[27.07]["qualifier"] == "over CPU", res[27.07]
    assert res[2.29]["metric"] == "efficiency" and res[1.45]["metric"] == "end-to-end throughput", res


def test_an_architecture_before_a_plural_model_noun_is_a_class_not_a_baseline(extract_one):
    """'compared with the pre-trained single-precision transformer models': no named baseline."""
    rec = extract_one("This paper introduces Zorqa, a transformable arithmetic architecture. Our mixed-precision "
                      "design incurs only 0.14% to 1.16% accuracy drop when compared with the pre-trained "
                      "single-precision transformer models.", title="Zorqa: mixed-precision transformer acceleration")
    assert not any(r[1] == "COMPARED_WITH" for r in rels(rec)), rels(rec)


def test_a_device_acronym_the_paper_spells_out_as_its_system_is_the_system(extract_one):
    """'we propose a system dubbed Distributed Sampling and Pipelining (DSP)': DSP is the system (no digital
    signal processor), its long form one name, not two proposals."""
    rec = extract_one("Thus, we propose a system dubbed Distributed Sampling and Pipelining (DSP) for multi-GPU "
                      "GNN training. DSP adopts a tailored data layout to utilize the fast NVLink connections "
                      "among the GPUs. The speedup of DSP can be up to 26x.",
                      title="DSP: Efficient GNN Training with Multiple GPUs")
    assert rec["proposes"] == ["DSP"], rec["proposes"]
    assert types_of(rec).get("DSP") == "method" and "Pipelining" not in types_of(rec), types_of(rec)
    assert ("DSP", "RUNS_ON", "NVLink") in rels(rec), rels(rec)


def test_a_comparison_reaches_the_names_after_its_cue_not_an_aside_or_a_later_phrase(extract_one):
    """'2.5x faster than Zorquiv (a distributed extension to Vexgraph-Lib) on a 3-layer Pelsage network':
    Zorquiv is the baseline; what it extends and the network the run used are not."""
    rec = extract_one("Here, we propose a matrix-based bulk sampling approach. We show that our pipeline is 2.5x "
                      "faster than Zorquiv (a distributed extension to VexGraph) on a 3-layer PelSage network.",
                      title="Distributed matrix-based sampling for graph training")
    compared = {r[2] for r in rels(rec) if r[1] == "COMPARED_WITH"}
    assert compared == {"Zorquiv"}, rels(rec)


def test_a_name_followed_by_based_on_is_what_is_based_not_the_base(extract_one):
    """'Zorq optimizes VexNix based on key computation primitives': VexNix is not Zorq's base
    (it uses the technique it harnesses)."""
    rec = extract_one("We propose Zorq, a training framework harnessing the VexNix technique. Specifically, Zorq "
                      "optimizes VexNix based on key computation primitives of embedding tables.",
                      title="Zorq: recommendation training via VexNix embedding tables")
    assert ("Zorq", "BASED_ON", "VexNix") not in rels(rec), rels(rec)
    assert ("Zorq", "USES", "VexNix") in rels(rec), rels(rec)


def test_a_known_model_after_our_method_and_a_verb_is_no_contribution(extract_one):
    """'Our method enables serving Vexlam-7B with ...': the model is served, not proposed ('Our framework,
    called Quixa, ...' still names the framework)."""
    rec = extract_one("In this work, we present Zorq, a KV cache quantizer. Our method enables serving Vexlam-7B "
                      "with a context length of up to 1 million on a single A100-80GB GPU. Our framework, called "
                      "Quixa, reduces memory.", title="Zorq: long-context inference")
    assert rec["proposes"] == ["Zorq", "Quixa"], rec["proposes"]
    assert ("Zorq", "RUNS_ON", "A100") in rels(rec) and "GPU" not in types_of(rec), (rels(rec), types_of(rec))


def test_an_error_a_simulator_decreases_is_the_number_s_metric(extract_one):
    """'a detailed simulation framework that decreases cycle error 79 percentage points'."""
    rec = extract_one("We build Zorsim, a detailed simulation framework that decreases cycle error 79 percentage "
                      "points over 80 workloads.", title="Zorsim: validated GPU modeling")
    assert [r["metric"] for r in rec["results"]] == ["error reduction"], rec["results"]


def test_datasets_drawn_from_a_named_collection_name_a_dataset(extract_one):
    """'using six representative scientific datasets from SDRQuix': the collection is a dataset the work is
    evaluated on, not a method it uses."""
    rec = extract_one("We develop a fast lossy compressor on GPUs (called Zorzip). Finally, we evaluate Zorzip on "
                      "two NVIDIA GPUs using six representative scientific datasets from SDRQuix.",
                      title="Zorzip: a fast lossy compressor on GPUs")
    assert types_of(rec).get("SDRQuix") == "dataset", types_of(rec)
    assert ("Zorzip", "EVALUATED_ON", "SDRQuix") in rels(rec), rels(rec)


def test_a_name_made_an_adjective_is_no_baseline_and_a_bracketed_aside_keeps_a_list(extract_one):
    """'attributed to workload distribution rather than SYCL-specific constraints' (SYCL, a catalogued
    framework): no comparison with SYCL; 'outperforms Quidra (up to 3.02x faster on average) and Pelgraph':
    the aside does not end the list."""
    rec = extract_one("This study evaluates the Zorq sequence aligner written in SYCL on CPUs and GPUs. Some "
                      "limitations were attributed to workload distribution strategies rather than SYCL-specific "
                      "constraints.", title="Analyzing the performance portability of sequence alignment")
    assert not any(r[1] == "COMPARED_WITH" and r[2] == "SYCL" for r in rels(rec)), rels(rec)
    rec = extract_one("We present Zorgnn, a GNN runtime. Zorgnn outperforms the state-of-the-art systems Quidra "
                      "(up to 3.02x faster on average) and Pelgraph (up to 4.1x faster).", title="Zorgnn")
    assert {("Zorgnn", "COMPARED_WITH", "Quidra"), ("Zorgnn", "COMPARED_WITH", "Pelgraph")} <= rels(rec), rels(rec)


def test_a_bare_version_coordinated_with_a_product_names_the_family_s_other_product(extract_one):
    """'AI accelerators from Intel (Gaudi 2 & 3)', 'on TPU v4 and v5e', 'the RTX 4090 and 3090': the second
    product is named by its version alone; 'an A100 and 8 H100s' and 'H100 and 2x' name no other product;
    'Gaudi HPUs' is Gaudi, its class word no device of its own."""
    rec = extract_one("We investigate accelerators from Intel (Gaudi 2 & 3) and NVIDIA (H100 & H200), and run on "
                      "TPU v4 and v5e and on the RTX 4090 and 3090. We find that Gaudi HPUs achieve superior "
                      "utilization. A second run used an A100 and 8 H100s.", title="An inquiry into datacenter TCO")
    kinds = types_of(rec)
    assert {"Gaudi-3", "TPU v5e", "RTX 3090"} <= {n for n, t in kinds.items() if t == "hardware"}, kinds
    assert "HPU" not in kinds and "H8" not in kinds and "A8" not in kinds, kinds


def test_a_named_design_no_catalog_knows_is_a_baseline_system(extract_one):
    """'we attain a 2.2x speedup compared to QFX, an FPGA overlay': QFX is a compared system (a catalogued or
    generic device there would be a baseline's device)."""
    rec = extract_one("This article investigates spatial acceleration for LLM inference on FPGAs. For GPT generative "
                      "inference, we attain a 2.2x speedup compared to QFX, an FPGA overlay, in the prefill stage.",
                      title="Understanding the potential of FPGA-based spatial acceleration")
    assert ("@paper", "COMPARED_WITH", "QFX") in rels(rec), rels(rec)


def test_the_long_form_of_a_generic_acronym_names_nothing(extract_one):
    """'distributed training of Large Language Models (LLMs) and Multimodal LLMs (MLLMs)': 'Multimodal' is a
    word of a generic class's long form, no model."""
    rec = extract_one("Hybrid model parallelism has become the dominant solution for distributed training of Large "
                      "Language Models (LLMs) and Multimodal LLMs (MLLMs). We propose a new schedule that improves "
                      "training throughput by up to 12%.", title="Synergistic tensor and pipeline parallelism")
    assert "Multimodal" not in types_of(rec), types_of(rec)


def test_the_sentence_s_only_device_after_a_baseline_is_where_both_ran(extract_one):
    """'1.8x higher throughput than Quidra on Vexlam-13B on 4 A100 GPUs' (or 'with 4 A100 GPUs'): the A100s
    are where the number was measured; 'less than 12 hours on 4 Titan X GPUs' too; 'compared with CPU' is
    still the reference."""
    rec = extract_one("We present Zorq, a serving system. Zorq achieves 1.8x higher throughput than Quidra on "
                      "Vexlam-13B on 4 A100 GPUs. Zorq achieves 1.7x higher throughput than Quidra with 4 A100 GPUs. "
                      "Zorq builds the index in less than 12 hours on 4 Titan X GPUs. Zorq is 2.5x faster compared "
                      "with CPU.", title="Zorq: fast serving")
    res = results_by_value(rec)
    assert [res[v].get("hardware") for v in (1.8, 1.7, 12)] == ["A100", "A100", "Titan X"], res
    assert res[2.5].get("hardware") is None, res[2.5]


def test_hpc_porting_phrasings(extract_one):
    """'the Zorlesh proxy app' names an application (a framework, as LAMMPS is); 'was ported to Kokkos' is what it
    is implemented in; '1.2 EFLOPS' is a performance, no method."""
    rec = extract_one("We study the Zorlesh proxy app on Aurora and Frontier. The Zorlesh code was ported to Kokkos. "
                      "We achieve a sustained 1.2 EFLOPS in mixed precision.", title="Porting a proxy application")
    kinds = types_of(rec)
    assert kinds.get("Zorlesh") == "framework" and "EFLOPS" not in kinds, kinds
    assert any(r[1:] == ("IMPLEMENTED_IN", "Kokkos") for r in rels(rec)), rels(rec)
    assert [r["metric"] for r in rec["results"]] == ["performance"], rec["results"]


def test_an_institution_word_counts_as_written(extract_one):
    """'developed by the HotQCD collaboration and the ZorQ Team' name institutions; 'The VexLM foundation model'
    (a lower-case 'foundation') still names the model."""
    rec = extract_one("We present VexLM, a foundation model. The VexLM foundation model is trained on 1T tokens. It "
                      "was developed by the HotQCD collaboration and the ZorQ Team.", title="VexLM: an open model")
    kinds = types_of(rec)
    assert "VexLM" in kinds and "HotQCD" not in kinds and "ZorQ" not in kinds, kinds


def test_an_unnamed_method_uses_what_it_adapts(extract_one):
    """'We adapt and enhance the Vexdusa algorithm through ...' (no named contribution): the paper uses Vexdusa;
    a study still derives from nothing ('based on Vexdusa' gives no @paper BASED_ON)."""
    rec = extract_one("This study presents an end-to-end speculative inference acceleration scheme for Zorpangu-7B. "
                      "We adapt and enhance the VexDusa algorithm through the design of a lightweight prediction "
                      "head. Our method achieves a 1.35x end-to-end speedup on NPU.",
                      title="Accelerating Zorpangu inference on NPU via speculative decoding")
    assert ("@paper", "USES", "VexDusa") in rels(rec), rels(rec)
    assert not any(r[0] == "@paper" and r[1] == "BASED_ON" for r in rels(rec)), rels(rec)
