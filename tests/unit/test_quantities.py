"""Reading numbers with units, and telling claims from settings and sizes."""
import pytest

from kg.extraction.quantities import QuantityReader

read = QuantityReader().read


def got(sentence, devices=()):
    return [(q.value, q.unit, q.low) for q in read(sentence, list(devices))]


@pytest.mark.parametrize("sentence,expected", [
    ("an average speedup of x17.7 over PyTorch", (17.7, "x", None)),
    ("1.6* GPU utilization for rollout", (1.6, "x", None)),
    ("on the Intel CPU and ARM CPU by up to 3.8*, 2.6*, and 1.7*, respectively", (2.6, "x", None)),
    ("consuming nearly ten times less energy", (10, "x", None)),
    ("a 14.61% absolute gain", (14.61, "pp", None)),
    ("improves by 2.1 percentage points", (2.1, "pp", None)),
    ("a 5.5 points improvement", (5.5, "pp", None)),
    ("speedups of 1.4-11.2x across tail TTFT", (11.2, "x", 1.4)),
    # a range whose low end keeps its hyphen before 'to' ('2- to 3-fold')
    ("a 10- to 20-fold reduction in energy per token", (20, "x", 10)),
    ("it runs 2- to 4x faster", (4, "x", 2)),
    # every number of a list sharing the unit after the last, each one approximate
    ("typical rates are ~25, ~8, and ~2 tokens/s", (25, "tokens/s", None)),
    ("typical rates are ~25, ~8, and ~2 tokens/s", (8, "tokens/s", None)),
    ("reaching 1,200 tokens/s", (1200, "tokens/s", None)),
    ("We sustain 15.1 PetaFLOPs across the application", (15.1, "petaFLOP/s", None)),
    ("achieve 40 TFlops/GPU on a single V100", (40, "TFLOPS/GPU", None)),
    ("training completes in under 12 hours on a single GPU", (12, "h", None)),
    ("finished in 35 minutes", (35, "min", None)),
    ("completed in less than five days", (5, "days", None)),
    ("inference on context windows up to 1M tokens", (1_000_000, "tokens", None)),
    ("processing over 10,000 frames of video", (10_000, "frames", None)),
    ("using approximately 16GB of GPU RAM", (16, "GB", None)),
    ("a small memory overhead (5-7G)", (7, "GB", 5)),
    ("about 200 GPU-hours", (200, "GPU-hours", None)),
    ("Frontier achieved 1.102 exaflops on the HPL benchmark", (1.102, "exaFLOP/s", None)),
    ("an energy efficiency of 52.23 gigaflops per watt", (52.23, "GFLOPS/W", None)),
    ("a Green500 entry at 65.4 GFLOPS/W", (65.4, "GFLOPS/W", None)),
    ("our batch renderer reaches 160K frames per second", (160_000, "frames/s", None)),
    ("it improves throughput by a factor of 3 over vLLM", (3, "x", None)),
    ("it is a factor of ten faster", (10, "x", None)),
    ("the same implementation is approximately three times slower on the MI250X", (3, "x", None)),
    ("achieves a speed-up ratio of up to 3.2 compared with autoregressive decoding", (3.2, "x", None)),
    ("a 3.1x/2.4x speedup on A100/H100", (2.4, "x", None)),
])
def test_claims(sentence, expected):
    assert expected in got(sentence)


@pytest.mark.parametrize("sentence", [
    "generating 1024x1024 images",
    "we prune to 70% sparsity",
    "the 95%ile latency",
    "a GPU with 24GB of memory",
    "models with 7B parameters trained on 15T tokens",
    "90.9% compared to SOTA accuracy of 89.4%",
    # background, not findings: a share, a problem of existing designs, a requirement
    "applications that represent 95% of our datacenters' inference demand",
    "random accesses, which can account for up to 75% of the runtime",
    "a synchronized update, leading to ~20% overheads for the attention computation",
    "it sustains its throughput even under stringent 15 ms latency constraints",
    "CascadeCam meets a 0.5 mAP target while processing every stream",
    # a link's speed is the setting a finding holds on
    "there is no need for gradient compression in 100 Gbps network",
    "on the other hand, a lower speed network like 10 Gbps suffices",
])
def test_not_claims(sentence):
    values = {v for v, _, _ in got(sentence)}
    assert not values - {90.9}


@pytest.mark.parametrize("sentence,expected", [
    # a score's change is a result: perplexity, FID, CLIP score (ANNOTATION: score changes)
    ("with perplexity increases of no more than 0.05", [(0.05, "", None)]),
    ("with a slight decrease of 0.22 in FID on ImageNet", [(0.22, "", None)]),
    ("with only a 0.05 decline in CLIP Score", [(0.05, "", None)]),
    ("it improves FID by 2.42 over prior methods", [(2.42, "", None)]),
    ("and reduces perplexity by 0.3 compared to GPTQ", [(0.3, "", None)]),
    # ... read once, in its own unit, where it has one: points, percent
    ("it improves BLEU by 2.1 points", [(2.1, "pp", None)]),
    ("it reduces perplexity by 12%", [(12, "%", None)]),
    # a score at a sentence's end keeps its full stop out of the number
    ("It reaches a BLEU score of 28.4.", [(28.4, "", None)]),
    ("Zorb reaches FID 3.907. It is fast.", [(3.907, "", None)]),
])
def test_score_changes_and_scores_at_a_sentence_end(sentence, expected):
    assert got(sentence) == expected


def test_a_products_number_shares_no_unit_with_the_claim_after_it():
    """'2.4x faster on RTX 4090 and 1.9x on A6000': 4090 is the product's, not a ratio of 4090 the 1.9x shares."""
    sentence = "kernels run 2.4x faster on RTX 4090 and 1.9x on A6000"
    at = sentence.index("RTX 4090")
    assert got(sentence, [(at, at + len("RTX 4090"))]) == [(2.4, "x", None), (1.9, "x", None)]


def test_device_counts_are_not_speedups():
    s = "trained on 8x H100 GPUs"
    assert got(s, [(s.index("H100"), s.index("H100") + 4)]) == []


@pytest.mark.parametrize("text,value,unit", [
    ("a training throughput of over 1.05 million images/second", 1050000, "images/s"),
    ("up to 4.3 billion retrievals per second", 4300000000, "retrievals/s"),
    ("our approach achieves 29.4 GKey/s when sorting", 29.4, "GKey/s"),
    ("it achieves one million frames per second", 1000000, "frames/s"),
    ("We achieve 0.86 PFLOPS on a wafer", 0.86, "PFLOPS"),
    ("at a speed of 443 FPS on an RTX 2080 Ti", 443, "FPS"),
    ("rendering images at 200Hz", 200, "Hz"),
])
def test_rates_as_papers_write_them(text, value, unit):
    found = [(q.value, q.unit) for q in read(text, [])]
    assert (value, unit) in found
    assert not [q for q in read("a bandwidth of 3.2 GB/s and 1,800 tokens/s", []) if q.unit == "GB/s"]


@pytest.mark.parametrize("text,value,unit", [
    ("a 200 000x speedup", 200000, "x"),
    ("decodes at 0.56 s/token", 0.56, "s/token"),
    ("an order of magnitude faster than Y", 10, "x"),
    ("speedups of over two orders-of-magnitude against CPUs", 100, "x"),
    ("X doubled throughput", 2, "x"),
    ("cuts the training time by half", 50, "%"),
    ("using GDDR5 memory in the TPU would triple achieved TOPS", 3, "x"),
    ("a sparsity pattern that leads to twice the math throughput", 2, "x"),
    ("runs twice as fast as the baseline", 2, "x"),
])
def test_numbers_as_the_guide_reads_them(text, value, unit):
    assert (value, unit) in [(q.value, q.unit) for q in read(text, [])]


def test_unquantified_magnitudes_and_digit_groups_are_not_results():
    assert not list(read("orders of magnitude faster", []))
    assert not [q for q in read("trained 8 100 models on 3 GPUs", []) if q.value == 8100]


def test_double_as_an_adjective_is_no_result():
    assert not list(read("techniques like double buffering are introduced", []))
    assert not list(read("each kernel is launched twice per step", []))


def test_own_overheads_and_speedups_stay_claims():
    assert {v for v, _, _ in got("our design leads to a 2.1x speedup and incurs only 3% overhead")} == {2.1, 3}


@pytest.mark.parametrize("sentence,expected", [
    ("yielding 0.7 better perplexity on GPT-2", [(0.7, "", None)]),
    ("reaching the lowest perplexity of 3.02", [(3.02, "", None)]),
    ("achieves 56.0% AP (73.3 AP50) with test time augmentation", [(56.0, "%", None), (73.3, "%", None)]),
    ("a BLEU score of 28.4 on WMT", [(28.4, "", None)]),
])
def test_scores_written_without_a_unit(sentence, expected):
    """Perplexity and BLEU have no unit; average precision is in percent even when the '%' is left out."""
    assert got(sentence) == expected


def test_a_baselines_score_is_not_a_result():
    assert got("10.8 compared to SOTA perplexity of 15.8") == [(10.8, "", None)]


def test_a_multiplier_on_a_requirement_is_a_claim():
    """'under 15 ms latency constraints' is a requirement; '12.6x tighter SLO' is what the system achieves."""
    assert got("can serve 7.4x more requests or 12.6x tighter SLO") == [(7.4, "x", None), (12.6, "x", None)]
    assert got("under 15 ms latency constraints") == []


def test_a_trend_in_the_field_is_not_a_result():
    assert got("the largest dense models have grown over 1000x") == []
    assert got("GPU memory has only grown by 5x (16 GB to 80 GB)") == []
    assert got("we increase throughput by 2x") == [(2, "x", None)]


@pytest.mark.parametrize("sentence,expected", [
    ("reaching 162/275 PFLOPS in FP64 and mixed precision", [(162, "PFLOPS", None), (275, "PFLOPS", None)]),
    ("increases GPU utilization from below 40% to over 90%", [(90, "%", None)]),
    ("latency drops from 120 ms to 35 ms", [(35, "ms", None)]),
    ("speedups ranging from 2.37x to 6.17x on x86 CPUs", [(6.17, "x", 2.37)]),
    ("a 2x~5x speedup over the best approaches", [(5, "x", 2)]),
    ("12x faster than Embree on a 64-core Threadripper 3990X or a Ryzen 9 5950X", [(12, "x", None)]),
    ("a 2000X speedup", [(2000, "x", None)]),
])
def test_pairs_changes_and_the_instruction_set(sentence, expected):
    """Two numbers sharing a unit are two results; 'from A to B' reports B (A is the state before);
    'x86' is an instruction set, not an 86x speedup, and 'Threadripper 3990X' a product, not a 3990x one."""
    assert got(sentence) == expected


def test_thousands_written_with_k_and_resolutions_written_with_k():
    assert got("serves over 10k tokens/s") == [(10_000, "tokens/s", None)]
    assert got("reliably scaling to 4K times 4K resolution") == []


def test_graph_traversal_rates_are_results_and_bandwidths_are_device_specs():
    assert got("it reaches 23.5 GTEPS on Graph500") == [(23.5, "GTEPS", None)]
    assert got("a memory bandwidth of 1.2 TB/s") == []
    assert got("using its 20 PB/s high bandwidth memory") == []


def test_sequence_alignment_cell_update_rates_are_results():
    """Smith-Waterman papers report giga (or tera) cell updates per second."""
    assert got("a performance of up to 56.8 GCUPS on large datasets") == [(56.8, "GCUPS", None)]
    assert got("and 1.2 TCUPS on 128 GPUs") == [(1.2, "TCUPS", None)]


def test_a_capacity_in_words():
    assert got("stable language modeling with up to 4 million tokens and more") == [(4_000_000, "tokens", None)]


def test_two_numbers_joined_by_and_share_the_unit_after_the_second():
    """'by 5.9 and 12.2 percentage points' reports two results, as '162/275 PFLOPS' does; 'between 5 and 10 ms'
    is one range, and bare counts stay no results."""
    assert sorted(got("improving cache hit rates by 5.9 and 12.2 percentage points")) == [(5.9, "pp", None),
                                                                                          (12.2, "pp", None)]
    assert sorted(got("speedups of 2.1 and 3.4x")) == [(2.1, "x", None), (3.4, "x", None)]
    assert sorted(got("We ran 3 trials. Latency fell by 12, 15, and 20% respectively")) == [
        (12, "%", None), (15, "%", None), (20, "%", None)]
    assert got("latency between 5 and 10 ms") == [(10, "ms", None)]
    assert got("on 4 and 8 GPUs with 7B and 13B models") == []


def test_a_share_of_a_machine_is_a_setting():
    """'when scaling to 50% of Summit': how much of the machine was used, not a finding."""
    text = "Weak scaling efficiencies of 97% are observed when scaling to 50% of Summit."
    devices = [(text.index("Summit"), text.index("Summit") + 6)]
    assert got(text, devices) == [(97, "%", None)]


def test_a_data_rate_the_work_reaches_is_a_claim_a_devices_bandwidth_is_not():
    """'a compression throughput of 10.82 GB/s', 'sustains 1.2 TB/s' are results; 'the H100 offers 3.35 TB/s of
    HBM3 bandwidth' is a spec (the guide: sizes of hardware are no results)."""
    assert got("It reaches an average compression throughput of 10.82 GB/s on 12 datasets.") == [(10.82, "GB/s", None)]
    assert got("Vexnix sustains 1.2 TB/s on the H100.") == [(1.2, "TB/s", None)]
    assert got("The H100 offers 3.35 TB/s of HBM3 bandwidth.") == []


def test_a_quality_level_a_speed_was_read_at_is_no_result():
    """'3.4x faster than HNSW at 95% recall', 'in the 90% to 95% recall range': the operating point of a speed
    claim; a quality the work reaches is a finding ('reaches 99% accuracy', 'converges at 76% accuracy')."""
    assert [v for v, u, _ in got("Zorb is 3.4x faster than HNSW at 95% recall")] == [3.4]
    assert 95 not in {v for v, _, _ in got("In large-batch query throughput in the 90% to 95% recall range, "
                                              "Zorb is 33~77x faster than HNSW")}
    assert (99, "%", None) in got("Zorb reaches 99% accuracy") and (76, "%", None) in got("Zorb converges at 76% accuracy")
