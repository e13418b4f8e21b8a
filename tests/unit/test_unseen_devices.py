"""Phrasings met in real abstracts outside the gold corpora (processing-in-memory, RISC-V CPUs, rack-scale GPU
systems, quantum circuit simulation, spiking-network FPGA accelerators, GPU databases, cluster schedulers,
molecular dynamics, video diffusion, CFD, recommendation embeddings, LLM quantization and training on NPUs,
lattice QCD, vector search, on-device diffusion);
made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, types_of


def test_a_name_given_with_aka_is_proposed(extract_one):
    """'The simulator we developed (aka zorPIMulator) enables ...': the name after 'aka' is the contribution."""
    rec = extract_one("Our first key contribution is a flexible simulation framework for PIM. The simulator we "
                      "developed (aka zorPIMulator) enables the compilation of source codes. Using zorPIMulator, "
                      "we characterize the design.", title="Pathfinding future memory designs")
    assert rec["proposes"] == ["zorPIMulator"], rec["proposes"]


def test_a_size_after_a_determiner_and_what_a_baseline_lacks_name_nothing(extract_one):
    """'The 70B model' refers back to a model named before; 'a baseline CPU without Zorvec' compares with the
    CPU, not with Zorvec (the feature the baseline lacks)."""
    rec = extract_one("We benchmark Brannock-7B and Brannock-70B on a RISC-V CPU with Zorvec. We find up to 1.8x "
                      "speedup compared to a baseline CPU without Zorvec. The 70B model benefits less.")
    kinds = types_of(rec)
    assert "The 70B" not in kinds and {"Brannock-7B", "Brannock-70B"} <= set(kinds), kinds
    assert not any(r[1] == "COMPARED_WITH" and r[2] == "Zorvec" for r in rels(rec)), rels(rec)


def test_a_sized_release_of_a_family_written_with_spaces(extract_one):
    """'DeepSeek R1 Distill Llama 8B' is one model, DeepSeek-R1-Distill-Llama-8B, as its hyphenated spelling is;
    '(Gemma 27B' keeps its own name."""
    rec = extract_one("On two reasoning LLMs, DeepSeek R1 Distill Llama 8B and DeepSeek R1 Distill Qwen 14B, we "
                      "achieve 4.3 token/s on the CPU. We also run three models (Gemma 27B, Qwen3 32B).")
    kinds = types_of(rec)
    assert {"DeepSeek-R1-Distill-Llama-8B", "DeepSeek-R1-Distill-Qwen-14B", "Gemma 27B"} <= set(kinds), kinds
    assert not {"DeepSeek-R1", "Llama 8B", "Qwen 14B"} & set(kinds), kinds


def test_rack_scale_blackwell_systems_are_hardware(extract_one):
    """'the NVIDIA Grace Blackwell NVL72 architecture' is one rack-scale system (GB200 NVL72), not a Grace CPU,
    a Blackwell architecture and an 'NVL72' method."""
    rec = extract_one("We benchmark Zorq on the recent NVIDIA Grace Blackwell NVL72 architecture and on GB300 NVL72.",
                      title="Zorq: circuit simulation at scale")
    kinds = types_of(rec)
    assert kinds.get("GB200 NVL72") == "hardware" and kinds.get("GB300 NVL72") == "hardware", kinds
    assert not {"NVL72", "Grace", "Blackwell"} & set(kinds), kinds


def test_a_title_phrase_about_a_device_is_no_name(extract_one):
    """'UPMEM Unleashed: ...' is a phrase about the UPMEM device, no system the paper proposes; 'Zorq: ...'
    still is."""
    rec = extract_one("We reveal inefficiencies in the UPMEM software stack and achieve speedups of 2x.",
                      title="UPMEM Unleashed: Software Secrets for Speed")
    assert rec["proposes"] == [] and types_of(rec).get("UPMEM") == "hardware", (rec["proposes"], types_of(rec))
    rec = extract_one("We present Zorq, which runs on UPMEM.", title="Zorq: Fast Kernels for UPMEM")
    assert rec["proposes"] == ["Zorq"], rec["proposes"]


def test_a_capitalised_benchmark_noun_types_the_name_before_it(extract_one):
    """'the QZD-C Application-Oriented Benchmarks', 'the PLX-9 Dataset': a benchmark, as 'the PLX-9 dataset' is."""
    rec = extract_one("We bring MPI into the QZD-C Application-Oriented Benchmarks and evaluate on the PLX-9 Dataset.")
    kinds = types_of(rec)
    assert kinds.get("QZD-C") == "dataset" and kinds.get("PLX-9") == "dataset", kinds


def test_a_past_tense_proposing_verb_proposes(extract_one):
    """'we developed a ... mechanism (ZECA)', 'We designed Quxor', 'We built Pelo': past tense proposes too."""
    rec = extract_one("To improve accuracy, we developed a highly efficient channel attention mechanism (ZECA). "
                      "We designed Quxor, a cache. We built Pelo, a tool.")
    assert rec["proposes"] == ["ZECA", "Quxor", "Pelo"], rec["proposes"]


def test_spiking_networks_on_seven_series_fpgas(extract_one):
    """'a hardware-efficient FPGA-based SNN architecture' proposes no 'SNN' (a class of networks, as DNN is);
    Artix-7 and Zynq-7000 boards are devices; a ratio over the CPU 'on the MNIST dataset' compares with the CPU,
    so the CPU is no device the study ran on."""
    rec = extract_one("Spiking Neural Networks (SNNs) are energy-efficient. We present a hardware-efficient FPGA-based "
                      "SNN architecture. It was implemented on a Xilinx Artix-7 and a Zynq-7000 board (ZedBoard), "
                      "achieving a 103.8x speedup over the CPU on the MNIST dataset.",
                      title="Hardware-efficient accelerator for spiking networks")
    kinds = types_of(rec)
    assert rec["proposes"] == [] and "SNN" not in kinds, (rec["proposes"], kinds)
    assert {"Artix-7", "Zynq-7000", "ZedBoard"} <= set(kinds), kinds
    assert ("@paper", "RUNS_ON", "CPU") not in rels(rec), rels(rec)


def test_microseconds_energy_and_kilo_frames_are_results(extract_one):
    """'215 $\\mu$s per image', '13mJ per image', '42.4 $\\mu$J/Image', '22.6 KFPS throughput' are the work's
    latency, energy and throughput; 'half an order of magnitude' is no 10x."""
    rec = extract_one("Zorb requires 215 $\\mu$s per image and an average of 13mJ per image. Zorb achieves 22.6 KFPS "
                      "throughput and 42.4 $\\mu$J/Image energy, more than half an order of magnitude speed-up.",
                      title="Zorb: a spiking accelerator")
    got = {(r["metric"], r["value"], r["unit"]) for r in rec["results"]}
    assert got == {("latency", 215, "µs"), ("energy", 13, "mJ"), ("throughput", 22.6, "kFPS"),
                   ("energy", 42.4, "µJ")}, got


def test_scheduler_and_simulation_results_name_their_metrics(extract_one):
    """'reduces the average job completion time by up to 83%', 'minimizes the communication overheads by 98%',
    '2 ns/day', 'a speedup of about 650 over a CPU core' (a ratio without its unit), 'speedups of 2.66 to 6.22';
    '2 orders of magnitude' is no 2x but 100x (ANNOTATION.md's word-number rule)."""
    rec = extract_one("Zorq reduces the average job completion time by up to 83% and minimizes the communication "
                      "overheads by up to 98%. Zorq simulates 2 ns/day with a speedup of about 650 over a CPU core. "
                      "Zorq achieves speedups of 2.66 to 6.22 and a speedup of up to 2 orders of magnitude over Vexa.",
                      title="Zorq: a scheduler")
    got = {(r["metric"], r["value"], r["unit"], r.get("low")) for r in rec["results"]}
    assert got == {("job completion time reduction", 83, "%", None), ("communication overhead reduction", 98, "%", None),
                   ("throughput", 2, "ns/day", None), ("speedup", 650, "x", None), ("speedup", 6.22, "x", 2.66),
                   ("speedup", 100, "x", None)}, got


def test_a_plain_term_met_again_before_a_noun_is_no_contribution(extract_one):
    """'a GPU-cluster scheduler for distributed DL (DDL) workloads ... we develop a data-driven DDL cluster
    simulation platform': DDL is the field's term, not the platform's name."""
    rec = extract_one("We propose a novel GPU-cluster scheduler for distributed DL (DDL) workloads. Additionally, we "
                      "develop a data-driven DDL cluster simulation platform.", title="Cluster scheduling for learning")
    assert rec["proposes"] == [], rec["proposes"]
    rec = extract_one("We develop a data-driven Zorq simulation system. Zorq is fast.", title="Simulating clusters")
    assert rec["proposes"] == ["Zorq"], rec["proposes"]


def test_video_diffusion_phrasings(extract_one):
    """'we address this gap by introducing Zorq', 'We evaluate Zorq against Vexa on encoder-based architectures'
    (a comparison: the class noun after 'on' is the workload, not what Vexa is), 'an SW-HW co-designed
    accelerator' (no name), and no name runs from the title into the abstract ('... for Video Generation' +
    'Recently, ...')."""
    rec = extract_one("Recently, Diffusion Transformers (DiTs) have emerged as a dominant architecture. We address this "
                      "gap by introducing Zorq, an SW-HW co-designed cache. We evaluate Zorq against Vexa on "
                      "encoder-based architectures.", title="Adaptive Layer Caching for Video Generation")
    assert rec["proposes"] == ["Zorq"], rec["proposes"]
    assert ("Zorq", "COMPARED_WITH", "Vexa") in rels(rec), rels(rec)
    assert not [n for n in types_of(rec) if "Recently" in n or n == "SW-HW"], types_of(rec)


def test_a_title_announcing_its_name(extract_one):
    """'Introducing ZoPe-FFT: An OpenCL-based FFT library' proposes ZoPe-FFT, not 'Introducing ZoPe-FFT'."""
    rec = extract_one("We present our implementation of the FFT on GPUs using OpenCL. ZoPe-FFT is 3x faster than cuFFT.",
                      title="Introducing ZoPe-FFT: An OpenCL-based FFT library targeting GPUs")
    assert rec["proposes"] == ["ZoPe-FFT"], rec["proposes"]


def test_a_title_case_phrase_proposed_before_a_clause(extract_one):
    """'We introduce Locality-Zorq Sharding and iterative planning that ...', 'We propose Dynamic Vexa Sharding
    that sizes caches': the Title Case phrase after the verb is the contribution."""
    rec = extract_one("We introduce Locality-Zorq Sharding and iterative planning that size caches optimally.",
                      title="Training recommendation models at scale")
    assert rec["proposes"] == ["Locality-Zorq Sharding"], rec["proposes"]
    rec = extract_one("We propose Dynamic Vexa Sharding that sizes caches.", title="Training recommendation models")
    assert rec["proposes"] == ["Dynamic Vexa Sharding"], rec["proposes"]


def test_a_sentence_opening_name_with_an_apposition_that_the_title_opens_with(extract_one):
    """'Zorq for Training Recommendation Models at Scale' + 'Zorq, a system that combines all of these
    components, is implemented on top of TorchRec': Zorq is the contribution; 'Recently, a new system' is
    no name."""
    rec = extract_one("We explore caches. Zorq, a system that combines all of these components, is implemented on "
                      "top of TorchRec. Recently, a new system was built.",
                      title="Zorq for Training Recommendation Models at Scale")
    assert rec["proposes"] == ["Zorq"] and "Recently" not in types_of(rec), (rec["proposes"], types_of(rec))


def test_an_apposition_later_types_a_title_name(extract_one):
    """'Zorq Ultra MoE: How to Train Your Big MoE on NPUs' + 'This study led to Zorq Ultra MoE, a sparse LLM with
    718 billion parameters': the title's name is a model."""
    rec = extract_one("We aim to uncover a recipe for such scale. This study led to Zorq Ultra MoE, a sparse LLM with "
                      "718 billion parameters.", title="Zorq Ultra MoE: How to Train Your Big MoE on Ascend NPUs")
    assert rec["proposes"] == ["Zorq Ultra MoE"] and types_of(rec)["Zorq Ultra MoE"] == "model", types_of(rec)


def test_quantization_serving_results(extract_one):
    """'existing methods suffer from significant runtime overhead (20-90%)' is a problem of others, no result;
    'improves the serving throughput of Brannock-8B by 1.2x on A100, 1.4x on L40S': both numbers are
    throughput."""
    rec = extract_one("Existing INT4 methods suffer from significant runtime overhead (20-90%) when dequantizing "
                      "weights. Zorq improves the maximum achievable serving throughput of Brannock-8B by 1.2x on A100, "
                      "1.4x on L40S, compared to TensorRT-LLM.", title="Zorq: quantized serving")
    got = {(r["metric"], r["value"]) for r in rec["results"]}
    assert got == {("throughput", 1.2), ("throughput", 1.4)}, got


def test_vector_search_and_lattice_qcd_names(extract_one):
    """'compare it with the SSD-based ANNS system, ZORANN, and GPU-accelerated in-memory ANNS system, VEXMY':
    the GPU of 'GPU-accelerated' is no list item that makes ZORANN a device; 'QZP++' keeps both pluses;
    '9.4-13.1x higher query per second (QPS)' counts queries."""
    rec = extract_one("We implement Quxann and compare it with the state-of-the-art SSD-based ANNS system, ZORANN, and "
                      "GPU-accelerated in-memory ANNS system, VEXMY. Quxann achieves 9.4-13.1x higher query per second "
                      "(QPS) than ZORANN. Quxann extends QZP++ to GPUs.", title="Quxann: vector search")
    kinds = types_of(rec)
    assert kinds.get("ZORANN") == "method" and "QZP++" in kinds, kinds
    assert [r["metric"] for r in rec["results"]] == ["query per second"], rec["results"]


def test_recent_chinese_and_apple_devices(extract_one):
    """Devices of 2023-2025 the catalogs now know: 'Atlas 900 SuperPoD' is Huawei's (not NVIDIA's DGX
    SuperPOD), 'CloudMatrix 384', 'Cambricon MLU590', 'Apple A18 Pro', and the China-market 'RTX 4090D'."""
    rec = extract_one("We run Zorq on an Atlas 900 SuperPoD, a Huawei CloudMatrix 384 supernode, a Cambricon MLU590, "
                      "an Apple A18 Pro and an RTX 4090D.", title="Zorq: serving")
    kinds = types_of(rec)
    assert {"Atlas 900", "CloudMatrix 384", "MLU590", "A18 Pro", "RTX 4090 D"} <= set(kinds), kinds
    assert "DGX SuperPOD" not in kinds and all(kinds[n] == "hardware" for n in kinds if n != "Zorq"), kinds


def test_the_device_a_comparison_ran_on(extract_one):
    """'Zorq achieves 1.5x higher throughput than Vexa on A100': the A100 is where both ran, so Zorq runs on it
    too; a GPU system 'faster than Quill on a 64-core AMD EPYC 7763' does not run on the CPU; 'the FPGA
    implementation of Zorq on an Alveo U280' is Zorq's own FPGA, no baseline."""
    rec = extract_one("We present Zorq. Zorq achieves 1.5x higher throughput than Vexa on A100.", title="Zorq: serving")
    assert ("Zorq", "RUNS_ON", "A100") in rels(rec), rels(rec)
    rec = extract_one("We present Zorq, a GPU database on an NVIDIA A100 GPU. Zorq is 5x faster than Quill on a 64-core "
                      "AMD EPYC 7763.", title="Zorq: a GPU database")
    assert ("Zorq", "RUNS_ON", "EPYC 7763") not in rels(rec) and ("Zorq", "RUNS_ON", "A100") in rels(rec), rels(rec)
    rec = extract_one("We present Zorq. Compared to an NVIDIA V100 baseline, the FPGA implementation of Zorq on an Alveo "
                      "U280 is 3x more energy efficient.", title="Zorq: kernels")
    assert ("Zorq", "RUNS_ON", "FPGA") in rels(rec) and ("Zorq", "COMPARED_WITH", "FPGA") not in rels(rec), rels(rec)


def test_a_device_that_is_the_subject_of_a_numbers_clause(extract_one):
    """'MI300X achieves 1.3x higher throughput than H100 for Brannock-70B, while H100 has 20% lower
    time-to-first-token': the 20% was measured on the H100."""
    rec = extract_one("We characterize LLM inference on AMD MI300X and NVIDIA H100 GPUs. We find that MI300X achieves "
                      "1.3x higher throughput than H100 for Brannock-70B, while H100 has 20% lower time-to-first-token.",
                      title="Characterizing inference on AMD and NVIDIA GPUs")
    got = {r["value"]: r.get("hardware") for r in rec["results"]}
    assert got == {1.3: "MI300X", 20: "H100"}, got


def test_what_a_model_is_ranked_on_is_a_benchmark(extract_one):
    """'Zorq-1B outperforms Quidra-1.5B on Pelquad and Vexbench': unknown names a ranking is reported on are
    datasets the model is evaluated on."""
    rec = extract_one("We release Zorq-1B, a language model distilled from Brannock-70B. Zorq-1B outperforms "
                      "Quidra-1.5B on Pelquad and Vexbench.", title="Zorq: a small language model")
    assert {("Zorq-1B", "EVALUATED_ON", "Pelquad"), ("Zorq-1B", "EVALUATED_ON", "Vexbench")} <= rels(rec), rels(rec)


def test_a_model_named_in_a_metric_is_no_model(extract_one):
    """'better FID and CLIP scores than Stable Diffusion v1.5', 'a CLIP score of 0.31': CLIP names the metric;
    'Brannock scores 80% on Pelquad' is a verb, and Brannock stays a model."""
    rec = extract_one("We present Zorq. Zorq achieves better FID and CLIP scores than Stable Diffusion v1.5, with a "
                      "CLIP score of 0.31.", title="Zorq: diffusion on phones")
    assert "CLIP" not in types_of(rec), types_of(rec)
    rec = extract_one("We present Zorq. With Zorq, Brannock-7B scores 80% on the Pelquad benchmark.", title="Zorq: tuning")
    assert types_of(rec).get("Brannock-7B") == "model", types_of(rec)


def test_a_count_of_devices_and_a_model_number_before_a_server(extract_one):
    """'deployed in production on more than 10,000 GPUs' runs on GPUs ('more than' before a count compares
    nothing); 'a dual AMD EPYC 9654 server' is the EPYC 9654 (a four-digit model number is no memory size)."""
    rec = extract_one("We present Zorq. Zorq has been deployed in production on more than 10,000 GPUs, improving MFU "
                      "by 1.3x. Its host is a dual AMD EPYC 9654 server.", title="Zorq: training")
    assert ("Zorq", "RUNS_ON", "GPU") in rels(rec), rels(rec)
    assert "EPYC 9654" in types_of(rec) and "EPYC" not in types_of(rec), types_of(rec)


def test_open_weight_models_of_2025_written_in_lower_case(extract_one):
    """OpenAI's gpt-oss models are written in lower case: 'gpt-oss-120b', 'GPT-OSS-20B' are models."""
    rec = extract_one("We present Zorq. We evaluate Zorq on gpt-oss-120b and GPT-OSS-20B.", title="Zorq: serving")
    kinds = types_of(rec)
    assert kinds.get("gpt-oss-120b") == "model" and kinds.get("gpt-oss-20b") == "model", kinds


def test_a_cpu_papers_field_sentence_about_gpus(extract_one):
    """'While specialized accelerators such as GPUs and TPUs typically run these workloads, CPUs are more
    widely available': in a paper whose title names CPUs, the GPUs and TPUs of the field's sentence are no
    platform of the work; the CPUs the work runs on are."""
    rec = extract_one("Large language models are costly. While specialized accelerators such as GPUs and TPUs typically "
                      "run these workloads, CPUs are more widely available. We present Zorq, which runs on Intel CPUs.",
                      title="Zorq: Accelerating LLM Decoding on AMX-powered CPUs")
    r = rels(rec)
    assert ("Zorq", "RUNS_ON", "GPU") not in r and ("Zorq", "RUNS_ON", "TPU") not in r, r
    assert ("Zorq", "RUNS_ON", "Intel CPU") in r, r
