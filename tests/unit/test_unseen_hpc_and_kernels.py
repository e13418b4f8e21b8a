"""Phrasings met in real abstracts outside the gold corpora (FPGA transformer accelerators, dequantization kernels,
tensor-program cost models, molecular dynamics on supercomputers, distributed GNN training); made-up names for
what papers coin, real ones only for catalog knowledge."""
from __future__ import annotations

from helpers import rels, types_of


def test_integer_operation_rates_in_every_spelling_are_results(extract_one):
    """'13,568 GigaOps/second (GOPs/s) and 219.4 GOPs/s/W': a rate of operations and one per watt, each in
    the one canonical unit, the second an energy efficiency."""
    rec = extract_one("We present Zorvit, a systolic accelerator. On an FPGA it delivers 13,568 GigaOps/second "
                      "(GOPs/s) and 219.4 GOPs/s/W.", title="Zorvit")
    got = {(r["value"], r["unit"]): r["metric"] for r in rec["results"]}
    assert got.get((13568, "GOPS")) and got.get((219.4, "GOPS/W")) == "energy efficiency", rec["results"]


def test_a_score_change_may_name_its_benchmark_before_the_metric(extract_one):
    """'with a loss of only 2.84 WikiText2 ppl': the change of a perplexity, the benchmark written between."""
    rec = extract_one("We propose Vexquant, a 2-bit quantizer. Vexquant compresses the model with a loss of only "
                      "2.84 WikiText2 ppl.", title="Vexquant")
    assert any(r["value"] == 2.84 and r["unit"] == "" for r in rec["results"]), rec["results"]


def test_a_title_number_the_abstract_restates_is_one_result(extract_one):
    """'591 TFLOPS ...' in the title, '591.2 TFLOPS' in the abstract: one claim, kept where the abstract
    states it; a title number the abstract does not restate stays."""
    rec = extract_one("We run Zorsim on up to 146016 cores, achieving an absolute performance of 591.2 TFLOPS.",
                      title="591 TFLOPS Particle Simulation with Zorsim")
    assert [r["value"] for r in rec["results"] if r["unit"] == "TFLOPS"] == [591.2], rec["results"]
    rec = extract_one("We run Zorsim on up to 146016 cores and scale well.",
                      title="591 TFLOPS Particle Simulation with Zorsim")
    assert [r["value"] for r in rec["results"] if r["unit"] == "TFLOPS"] == [591], rec["results"]


def test_a_paper_presenting_unnamed_work_is_the_head_not_its_titles_technique(extract_one):
    """'Fast QF5 Dequantization Kernels ...' with 'This paper presents a lightweight shared memory
    optimization': the paper's own unnamed work runs on the A100, not QF5; 'we introduce a memory-restricted
    QF5 algorithm' would make QF5 the subject."""
    title = "Fast QF5 Dequantization Kernels for Language Model Inference"
    rec = extract_one("QF5 quantization enables 4x memory reduction, but inference on an A100 needs "
                      "dequantization. This paper presents a lightweight shared memory optimization that addresses "
                      "this gap. We compare our technique against the open-source bitsandbytes implementation.",
                      title=title)
    assert ("@paper", "RUNS_ON", "A100") in rels(rec) and not any(r[0] == "QF5" for r in rels(rec)), rels(rec)
    rec = extract_one("QF5 quantization enables 4x memory reduction, but inference on an A100 needs "
                      "dequantization. We introduce a memory-restricted QF5 algorithm that runs on the A100.",
                      title=title)
    assert ("QF5", "RUNS_ON", "A100") in rels(rec), rels(rec)


def test_a_cost_model_among_coordinated_contributions_is_a_method(extract_one):
    """'we propose ZLP and MTL-ZLP. ZLP is a deep learning-based cost model': a model of costs, a method."""
    rec = extract_one("To address these problems, we propose ZLP and MTL-ZLP. ZLP is a deep learning-based "
                      "cost model that facilitates tensor program tuning.",
                      title="ZLP: A Deep Learning-based Cost Model for Tensor Program Tuning")
    assert types_of(rec).get("ZLP") == "method", types_of(rec)


def test_named_supercomputers_and_cpu_microarchitectures_are_hardware(extract_one):
    """'on two supercomputers: SuperMuc and JUQUEEN', 'tailored to the Intel Sandy Bridge processor': catalog
    machines and microarchitectures (any capitalisation of SuperMUC), where the work runs."""
    rec = extract_one("We present Zorcut, a dynamic cutoff method, and simulate large systems on two "
                      "supercomputers: SuperMuc and JUQUEEN. Our optimizations are tailored to the Intel Sandy "
                      "Bridge processor.", title="Zorcut")
    kinds = types_of(rec)
    assert {kinds.get(n) for n in ("SuperMUC", "JUQUEEN", "Sandy Bridge")} == {"hardware"}, kinds
    assert {("Zorcut", "RUNS_ON", n) for n in ("SuperMUC", "JUQUEEN")} <= set(rels(rec)), rels(rec)


def test_a_cloud_provider_is_no_hardware(extract_one):
    """'on a 16-node Aliyun cluster': Alibaba Cloud's name; cloud platforms are not hardware (ANNOTATION.md)."""
    rec = extract_one("We propose Zorten. Our experiments on a 16-node Aliyun cluster show that Zorten achieves "
                      "8.72x speedup over Vexgnn.", title="Zorten")
    assert "Aliyun" not in types_of(rec), types_of(rec)


def test_a_bit_width_spelled_after_an_acronym_gives_its_digit(extract_one):
    """'QF5 (5-bit QuidFloat)': the bracket spells the acronym out, its width the digit; one method, not two."""
    rec = extract_one("We present Zorkern. QF5 (5-bit QuidFloat) quantization enables 5x memory reduction on an "
                      "A100.", title="Zorkern")
    assert "QF5" in types_of(rec) and "QuidFloat" not in types_of(rec), types_of(rec)
    assert any("QuidFloat" in e.get("aliases", []) for e in rec["entities"] if e["name"] == "QF5"), rec["entities"]


def test_models_named_only_as_the_fields_examples_are_context(extract_one):
    """'LLMs such as Quidra-3, Zorlm and Pelkan have demonstrated remarkable accuracy' opening the abstract, never
    named again: context, no APPLIED_TO (ANNOTATION.md); a model the work speaks of again keeps it."""
    rec = extract_one("Large language models (LLMs) such as Quidra-3, Zorlm-7B and Pelkan-13B have demonstrated "
                      "remarkable accuracy. Training these models is costly. In this paper, we introduce Vextrain, a "
                      "training framework over heterogeneous NICs.", title="Vextrain")
    assert not any(r[1] == "APPLIED_TO" for r in rels(rec)), rels(rec)
    assert {"Quidra-3", "Zorlm-7B"} <= set(types_of(rec)), types_of(rec)
    rec = extract_one("Large language models (LLMs) such as Quidra-3, Zorlm-7B and Pelkan-13B have demonstrated "
                      "remarkable accuracy. In this paper, we introduce Vextrain, a training framework. Vextrain "
                      "trains Zorlm-7B 2x faster.", title="Vextrain")
    assert ("Vextrain", "APPLIED_TO", "Zorlm-7B") in rels(rec) and \
        ("Vextrain", "APPLIED_TO", "Quidra-3") not in rels(rec), rels(rec)


def test_ethernet_is_an_interconnect(extract_one):
    """'RDMA-capable networks (InfiniBand or RoCE), ... the pure Ethernet environment': a network fabric is
    hardware (ANNOTATION.md), not a coined method."""
    rec = extract_one("We introduce Vextrain. Vextrain achieves performance close to RDMA-capable networks "
                      "(InfiniBand or RoCE), significantly exceeding training efficiency within the pure Ethernet "
                      "environment.", title="Vextrain")
    assert types_of(rec).get("Ethernet") == "hardware", types_of(rec)


def test_a_names_spelled_out_bracket_does_not_hide_its_apposition(extract_one):
    """'Vexak: Introducing Triton Kernel Agent & Evaluation Benchmarks' ... 'Vexak (Very Efficient ... Kernels), a
    framework that ...': the abstract's apposition types the contribution, the bracket between aside."""
    title = "Vexak: Introducing Triton Kernel AI Agent & Evaluation Benchmarks"
    for text in ("In this work, we present Vexak (Very Efficient AI-centric Kernels), a framework that leverages "
                 "LLMs to generate Triton code.",
                 "In this work, we present an evaluation suite for Triton kernels and Vexak (Very Efficient AI-centric "
                 "Kernels), a framework that leverages LLMs to generate Triton code."):
        assert types_of(extract_one(text, title=title)).get("Vexak") == "method", text


def test_two_ranges_of_unitless_speedups_each_on_its_benchmark(extract_one):
    """'speedups of 2.66 to 6.22 on TPC-H and 3.84 to 16.81 on SSB': two ranges, each a result."""
    rec = extract_one("We propose Zorq. Zorq achieves speedups of 2.66 to 6.22 on TPC-H and 3.84 to 16.81 on SSB "
                      "over the state-of-the-art approach.", title="Zorq: fast analytical queries")
    got = {(r["value"], r.get("low")) for r in rec["results"]}
    assert {(6.22, 2.66), (16.81, 3.84)} <= got, rec["results"]


def test_a_process_technology_is_no_method_and_area_efficiency_keeps_its_unit(extract_one):
    """'a hybrid processor ... in 65nm CMOS technology', 'peak area efficiency of 976.6 and 79.4 GOPS/mm2': CMOS
    names no thing to annotate; an operation rate per area is GOPS/mm2, not GOPS."""
    rec = extract_one("This paper presents an analog and digital hybrid processor to accelerate attention in 65nm "
                      "CMOS technology. Measured results show peak area efficiency of 976.6 and 79.4 GOPS/mm2 in the "
                      "analog core and the system-on-chip (SoC), respectively.", title="A hybrid attention processor")
    assert "CMOS" not in types_of(rec), types_of(rec)
    assert {(r["value"], r["unit"]) for r in rec["results"]} >= {(976.6, "GOPS/mm2"), (79.4, "GOPS/mm2")}, rec["results"]


def test_what_a_design_centers_on_or_relies_on_it_uses(extract_one):
    """'Zorsact centers on the Sparsity Prediction by Local Similarity (SPLZ) mechanism', 'Vexpim relies on
    QuidBank': the named technique is used."""
    rec = extract_one("We propose Zorsact, an end-to-end sparse accelerator. Zorsact centers on the Sparsity "
                      "Prediction by Local Similarity (SPLZ) mechanism.", title="Zorsact")
    assert ("Zorsact", "USES", "SPLZ") in rels(rec), rels(rec)
    rec = extract_one("We propose Vexpim, a near-memory accelerator. Vexpim relies on QuidBank to hide latency.",
                      title="Vexpim")
    assert ("Vexpim", "USES", "QuidBank") in rels(rec), rels(rec)


def test_unnamed_others_numbers_are_no_results(extract_one):
    """'Zorsync processes 93% or more of requests ..., whereas other approaches achieve a lower success rate,
    ranging from 65% to 85%': the others' numbers are no result (ANNOTATION.md: only a named baseline's are)."""
    rec = extract_one("We propose Zorsync, a scheduler. Experiments show that Zorsync successfully processes 93% or "
                      "more of inference requests while meeting the SLOs, whereas other approaches achieve a lower "
                      "success rate, ranging from 65% to 85% under the same condition.", title="Zorsync")
    assert [r["value"] for r in rec["results"]] == [93], rec["results"]
