"""What a number measures."""
import pytest

from kg.extraction.metrics import MetricVocabulary

VOCABULARY = MetricVocabulary()


@pytest.mark.parametrize("sentence,number,unit,expected", [
    ("Punica achieves 12x higher throughput than vLLM", "12x", "x", "throughput"),
    ("it cuts prefill latency by 45% on one H100 without accuracy loss", "45%", "%", "latency reduction"),
    ("using 41% less GPU memory than DistDGL", "41%", "%", "gpu memory reduction"),
    ("delivers attention speedups of 2.3x", "2.3x", "x", "attention speedup"),
    ("it is 5.6x faster than CPU execution", "5.6x", "x", "speedup"),
    # the verb 'speeds up' is a speedup, not a measure of speed; 'generation speed' is one
    ("FastZorf speeds up distributed GNN training by up to 2x", "2x", "x", "speedup"),
    ("FastZorf speeds up decoding by 35%", "35%", "%", "speedup"),
    ("its generation speed is 3x higher than vLLM", "3x", "x", "generation speed"),
    # a ratio that sizes a noun is an increase of its size or length, as 'less' makes a reduction, not a
    # speedup; time-to-convergence is a metric
    ("training MoE models with 4-8x larger base models than the state of the art", "4-8x", "x",
     "base model size increase"),
    ("Zorfan supports 5x longer contexts than vLLM", "5x", "x", "context length increase"),
    ("Zorfan handles 3x larger working sets", "3x", "x", "working set size increase"),
    # ... and 'higher' or 'greater' before a noun no metric list knows is an increase of it, not a speedup
    ("runs on shared nodes show 2-16x higher measurement variability than on dedicated nodes", "2-16x", "x",
     "measurement variability increase"),
    ("Zorfan gives 3x greater robustness to stragglers", "3x", "x", "robustness increase"),
    # how close to perfect scaling a run comes
    ("Zorfan sustains 95% of the ideal scaling up to 1,024 GPUs", "95%", "%", "scaling efficiency"),
    ("it keeps 87% of linear speedup on 64 nodes", "87%", "%", "scaling efficiency"),
    ("Zorfan achieves a 30.5% faster time-to-convergence than DeepSpeed", "30.5%", "%", "time-to-convergence"),
    # a bracketed acronym between the metric and its number does not cut them apart
    ("the method reduces the energy-delay product (EDP) by 12.4%-29.9% across LLMs", "12.4%-29.9%", "%",
     "energy-delay product reduction"),
    ("Zorfan reduces the time-to-first-token (TTFT) by 45% on average", "45%", "%", "time-to-first-token reduction"),
    ("it lowers training cost per token by 46%", "46%", "%", "training cost reduction"),
    ("an inference time of 410 ms per image", "410 ms", "ms", "inference time"),
    ("decodes at 1,800 tokens/s", "1,800 tokens/s", "tokens/s", "throughput"),
    ("reduce deployment costs by up to 77%", "77%", "%", "cost reduction"),
    ("7.5x better energy efficiency than the V100", "7.5x", "x", "energy efficiency"),
    # an earlier number's metric is its own in another unit, shared in the same one
    ("it achieves 3x speedup over FlashAttention-2 and reaches 620 TFLOPs/s", "620 TFLOPs/s", "teraFLOP/s",
     "performance"),
    ("up to 40% reduction at trajectory-level and 35% at token level", "35%", "%", "reduction"),
    # start-up and loading times, and a model's error, are metrics of their own
    ("leveraging GPU memory and storage to reduce startup times by 6-8x", "6-8x", "x", "startup time reduction"),
    ("tested over lengths from 64 to 4096 tokens, achieving a mean MAPE of 1.79%", "1.79%", "%", "mape"),
    ("the arithmetic intensity of MLA is over two orders of magnitude higher than that of MHA", "two orders of magnitude",
     "x", "arithmetic intensity"),
    ("RAGO achieves up to a 2x increase in QPS per chip", "2x", "x", "qps"),
    # a drop or loss of accuracy is its own metric, and 'less than' makes no reduction of it
    ("Zorq reduces KV cache memory by 4x with less than 1% accuracy drop on LongBench", "1%", "%", "accuracy drop"),
    ("it achieves relative accuracy losses of less than 1% in perplexity", "1%", "%", "accuracy loss"),
    # a second number that leaves out the verb and metric of the first
    ("Zorq reduces decoding latency by 35% for Brannock-7B on a single A6000, and by 28% for Pelham-8B", "28%", "%",
     "latency reduction"),
    # the metric a clause measured, reported by a participle after the comma
    ("we test classification accuracy of the Zorb digit dataset, achieving 94.7% without retraining", "94.7%", "%",
     "accuracy"),
    ("we achieve up to a 1.8x speedup and 44% energy reduction over CMSIS-NN", "44%", "%", "energy reduction"),
    # a number in brackets right after its metric keeps it: 'latency (6% of the baseline's)'
    ("Zorfan runs with 97 ms latency (6% of Vexnix's)", "6%", "%", "latency"),
    ("achieving a mean prediction error of 2.15%", "2.15%", "%", "prediction error"),
    ("we measure no degradation in throughput or convergence even with 12x longer sequences", "12x", "x",
     "sequence length increase"),
    # a ratio word sizes no rate: the speedup's own number follows it, the rate is performance
    ("Zorfan achieves speedup on H100 GPUs by 1.5-2.0x with BF16 reaching up to 840 TFLOPs/s", "840 TFLOPs/s",
     "teraFLOP/s", "performance"),
    # a reduction of something no metric list names: the noun, not a speedup
    ("using 3.5x less SRAM and 5.7x less Flash compared to MobileNetV2", "3.5x", "x", "SRAM reduction"),
    ("using 3.5x less SRAM and 5.7x less Flash compared to MobileNetV2", "5.7x", "x", "Flash reduction"),
    ("with 3.7-4.1x smaller peak SRAM", "3.7-4.1x", "x", "peak SRAM reduction"),
    ("EON reduces RAM use by 35% compared to TFLM", "35%", "%", "RAM use reduction"),
    ("SpAtten reduces DRAM access by 10.0x with no accuracy loss", "10.0x", "x", "DRAM access reduction"),
    ("Harmony reduces swap load by up to 3x", "3x", "x", "swap load reduction"),
    # a change word names its metric after 'in'/'of' ('11.96x reduction in latency')
    ("11.96x reduction in latency and 77.4% increase in throughput", "11.96x", "x", "latency reduction"),
    ("11.96x reduction in latency and 77.4% increase in throughput", "77.4%", "%", "throughput"),
    ("improvements of up to 6.92x in cache hit rate", "6.92x", "x", "cache hit rate"),
    ("a 2x improvement over vLLM", "2x", "x", "improvement"),
    # a rate or cost per unit of work is one metric ('tokens per joule', 'energy per token'), not the change word
    ("a roughly 80x improvement in tokens per second and a 70% increase in tokens per joule", "80x", "x",
     "tokens per second"),
    ("a roughly 80x improvement in tokens per second and a 70% increase in tokens per joule", "70%", "%",
     "tokens per joule"),
    ("Zorfan achieves a 10- to 20-fold reduction in energy per token", "20-fold", "x", "energy per token reduction"),
    ("19.9x higher tokens per dollar compared to CPU baselines", "19.9x", "x", "tokens per dollar"),
    # a change word names the noun phrase after it: a known metric up to three words on, else the phrase that
    # ends the clause (not one a pronoun opens)
    ("pRRTC achieves a 1.4x reduction in average initial path cost", "1.4x", "x", "average initial path cost reduction"),
    ("a 10x speedup with a 5.4x reduction in standard deviation.", "5.4x", "x", "standard deviation reduction"),
    ("achieving greater than 1000x improvements in model capacity.", "1000x", "x", "model capacity"),
    ("it gives a 2x improvement in the way we work.", "2x", "x", "improvement"),
    # a reduction verb reaches a longer noun phrase and what it is of ('slashes')
    ("applying Zorq slashes the wallclock gradient aggregation time of the original RAR by more than 5X without "
     "noticeable accuracy loss", "5X", "x", "wallclock gradient aggregation time reduction"),
    # a maximum and an average of one metric share it ('up to 3.5x and on average 1.6x ...')
    ("FSA achieves up to 3.5x and on average 1.6x kernel-level latency reduction", "3.5x", "x", "latency reduction"),
    # a detection's precision is a metric of its own ('mixed precision' is a number format)
    ("TOD improves the average object detection precision by 34.7 % over the baseline", "34.7 %", "%",
     "detection precision"),
    # a multiple in words takes its metric from the comparative after 'times', as '3x' does
    ("consuming nearly ten times less energy", "ten times", "x", "energy reduction"),
    ("it is approximately three times slower at the application level", "three times", "x", "slowdown"),
    # a list of numbers in one unit shares the metric before or after the whole list
    ("inference speedups of 1.76x, 1.85x, and 1.58x, respectively", "1.85x", "x", "inference speedup"),
    ("reduces latency by 23.3% and 37.1% on 4B and 13B models", "37.1%", "%", "latency reduction"),
    ("Weak scaling efficiencies of 97% and 95% are observed", "97%", "%", "weak scaling efficiency"),
    # a change word before 'in' names the metric after it, not one said before the number
    ("enables a speedup factor of 2.3x for Zorq-1.5 with only a 0.05 decline in CLIP Score", "0.05", "", "clip score"),
    ("with a 1.2% drop in top-1 accuracy", "1.2%", "%", "top-1 accuracy"),
])
def test_metric(sentence, number, unit, expected):
    start = sentence.index(number)
    assert VOCABULARY.metric_of(sentence, start, start + len(number), unit) == expected


def test_a_number_in_a_named_metric_and_requirements_are_no_metric(extract_one):
    """'3.8x in generation speed and 4.7x in energy efficiency': each number its own metric; 'within desired
    latency SLOs ... by up to 2.6x' and '538 tokens/s under 15 ms latency constraints' are throughput (the
    latency is a requirement); 'accuracy losses of less than 1% in perplexity' keeps the leading metric."""
    rec = extract_one("Zorb shows improvements of up to 3.8x in generation speed and 4.7x in energy efficiency. Zorb "
                      "improves serving throughput within desired latency SLOs by up to 2.6x. Zorb sustains 538 "
                      "tokens/s even under stringent 15 ms latency constraints. Zorb achieves relative accuracy losses "
                      "of less than 1% in perplexity.")
    got = {r["value"]: r["metric"] for r in rec["results"]}
    assert got[3.8] == "generation speed" and got[4.7] == "energy efficiency", got
    assert got[2.6] == "throughput" and got[538] == "throughput" and "accuracy" in got[1], got


def test_numbers_no_metric_word_names_take_the_metric_their_shape_gives(extract_one):
    """'30% of peak FLOPs' is a fraction of peak, '65-92% faster' a speedup, '+20% on the leaderboard' an
    improvement, '40 TFlops/GPU' throughput; 'the energy-efficiency of X is increased by 10.8%' is energy
    efficiency however it is hyphenated."""
    rec = extract_one("Zorb sustains 40 TFlops/GPU on a single V100 GPU, which is 30% of peak FLOPs. Zorb is 65-92% "
                      "faster than the conventional method. Zorb improves +20% on the TSB-AD leaderboard. With Zorb "
                      "the energy-efficiency of MobileNet-V1 is increased by 10.8%.")
    got = {r["value"]: r["metric"] for r in rec["results"]}
    assert got[40] == "throughput" and got[30] == "fraction of peak" and got[92] == "speedup", got
    assert got[20] == "improvement" and got[10.8] == "energy efficiency", got


def test_a_list_of_ratios_written_with_times_shares_the_metric_after_it(extract_one):
    rec = extract_one("Zorb achieves 117 times and 112 times model size compression, for Kaggle and Terabyte.")
    assert {r["value"]: r["metric"] for r in rec["results"]} == {117: "model size", 112: "model size"}, rec["results"]


def test_numbers_before_respectively_take_the_metrics_listed_in_order(extract_one):
    """'performing 15% and 48% better on accuracy and time, respectively'; 'on edge and cloud devices,
    respectively' lists no metrics; '75% more requests' is more of what is counted."""
    rec = extract_one("Our Zorjoule framework achieves superior training accuracies, performing 15% and 48% better on "
                      "accuracy and time, respectively. Zorjoule reaches 2x and 3x speedups on edge and cloud devices, "
                      "respectively. Under real workloads, Zorjoule handles 75% more requests.",
                      title="Zorjoule: federated learning within an energy budget")
    metrics = {r["value"]: r["metric"] for r in rec["results"]}
    assert (metrics[15], metrics[48], metrics[2], metrics[3]) == ("accuracy", "time", "speedup", "speedup"), metrics
    assert metrics[75] == "requests increase", metrics


def test_serving_result_phrasings_name_their_metrics(extract_one):
    """'3.2x more requests per second' (the rate is the metric), '92.3% of the peak memory bandwidth' (a fraction of peak; not
    'throughput of 52% of peak'), and a metric word right after a later number is that number's ('1.8 PFLOPS
    on 256 GPUs with 85% scaling efficiency')."""
    rec = extract_one("We present Zorserve. Zorserve serves 3.2x more requests per second than Orca. Zorserve attains "
                      "92.3% of the peak memory bandwidth on MI300X and a per-GPU throughput of 52% of theoretical "
                      "peak. Zorserve sustains 1.8 PFLOPS on 256 GPUs with 85% scaling efficiency.",
                      title="Zorserve: serving")
    metrics = {r["value"]: r["metric"] for r in rec["results"]}
    assert metrics[3.2] == "requests per second" and metrics[92.3] == "fraction of peak", metrics
    assert metrics[52] == "throughput" and metrics[1.8] == "performance", metrics
