"""Phrasings met in real abstracts on processing-in-memory designs, mobile NPUs and tensor compilers (outside
the gold corpora); made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, types_of


def test_a_device_class_with_its_standing_is_still_the_reference(extract_one):
    """'compared to state-of-the-art GPUs', 'than a single high-end GPU': the device's standing between the
    comparison word and the device does not hide the reference (as 'compared to mobile SoCs' did not)."""
    rec = extract_one("This paper introduces Zorpim, a novel PIM architecture for LLM inference. Zorpim reduces the "
                      "cost by up to 6.9x compared to state-of-the-art GPUs and uses 3x less energy than a single "
                      "high-end CPU.", title="Zorpim: a memory-centric architecture")
    assert {("Zorpim", "COMPARED_WITH", "GPU"), ("Zorpim", "COMPARED_WITH", "CPU")} <= rels(rec), rels(rec)
    assert ("Zorpim", "RUNS_ON", "GPU") not in rels(rec), rels(rec)


def test_a_described_device_after_a_ratio_or_comparison_is_the_reference(extract_one):
    """'5.3x energy reduction against a mobile Volta GPU', 'compared with a common edge GPU': describing words and
    the ratio's metric may stand between; a device that only qualifies the baseline's noun is no reference
    ('8.5x faster than prior GPU state of the art')."""
    rec = extract_one("We propose Zorlum. Zorlum achieves 4.5x speedup and 5.3x energy reduction against a mobile Volta "
                      "GPU. It also achieves 19.8x speedup compared with a common edge GPU.",
                      title="Zorlum: real-time mobile rendering")
    assert {("Zorlum", "COMPARED_WITH", "Volta"), ("Zorlum", "COMPARED_WITH", "GPU")} <= rels(rec), rels(rec)
    rec = extract_one("We propose Zorlum, a k-selection design on the Jetson Orin that is 8.5x faster than prior GPU "
                      "state of the art.", title="Zorlum: fast k-selection")
    assert ("Zorlum", "COMPARED_WITH", "GPU") not in rels(rec), rels(rec)


def test_lookup_tables_and_fpga_resources_are_no_methods(extract_one):
    """'our Pattern-Aware LUT optimization', 'fewer LUTs and BRAMs': a look-up table and an FPGA's resources are
    generic parts, not named methods (a name that starts with them, 'LUT-Zorf', still is one)."""
    rec = extract_one("We propose LUT-Zorf. Our Pattern-Aware LUT optimization reduces cycles by 13.8% and needs fewer "
                      "LUTs and BRAMs than Vexnix.", title="LUT-Zorf: table lookups for inference")
    kinds = types_of(rec)
    assert not {"LUT", "LUTs", "BRAM", "BRAMs"} & set(kinds) and "LUT-Zorf" in kinds, kinds


def test_a_word_spelling_the_acronym_is_no_name(extract_one):
    """'ZONES, a Zero-cost ONline Evolutionary Scheduler': 'ONline' capitalises letters of the acronym beside it;
    a name of that shape on its own ('MInference') is still one."""
    rec = extract_one("We propose ZONES, a Zero-cost ONline Evolutionary Scheduler. MInference is a baseline.",
                      title="ZONES: elastic batch sizes")
    kinds = types_of(rec)
    assert "ONline" not in kinds and {"ZONES", "MInference"} <= set(kinds), kinds


def test_a_contribution_named_as_a_reference_owns_no_names_after_it(extract_one):
    """'ZorhadE is evaluated for comparison with Zorhad and Gavel': Gavel is ZorhadE's reference, not Zorhad's
    (a contribution after a comparison word is itself a reference)."""
    rec = extract_one("We propose a scheduler, Zorhad. Zorhad accelerates jobs by 1.2x when compared with Gavel. "
                      "Further, Zorhad is enhanced to ZorhadE by forking each job. ZorhadE is evaluated on physical "
                      "clusters for comparison with Zorhad and Gavel.", title="Zorhad: heterogeneity-aware scheduling")
    assert ("ZorhadE", "COMPARED_WITH", "Gavel") in rels(rec), rels(rec)


def test_a_device_describing_the_reference_is_not_the_platform(extract_one):
    """'2.2x faster than Vexgraph, which is one of the CPU SOTA implementations': the CPU is the reference's,
    the work runs on GPUs; 'k-Nearest Neighbor (k-NN) graphs' name a generic structure, no method."""
    rec = extract_one("We introduce Zorgra, a GPU graph index for k-Nearest Neighbor (k-NN) graphs. Zorgra is 2.2x "
                      "faster than Vexgraph, which is one of the CPU SOTA implementations.",
                      title="Zorgra: graph search for GPUs")
    assert ("Zorgra", "RUNS_ON", "GPU") in rels(rec) and ("Zorgra", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    assert "k-NN" not in types_of(rec), types_of(rec)


def test_a_released_checkpoint_keeps_its_lower_case_tags(extract_one):
    """ANNOTATION.md keeps variants apart: 'Phi-4-mini-instruct', 'Llama-2-7b-chat-hf' and 'Phi-3.5-mini-instruct'
    are checkpoints of their own, not Phi-4, Llama-2 or Phi-3.5 (whose family the catalog or a shape knows)."""
    rec = extract_one("We run Phi-4-mini-instruct (3.8B), Phi-3.5-mini-instruct and Llama-2-7b-chat-hf on a laptop, "
                      "against YOLOv4-tiny-288.")
    kinds = types_of(rec)
    assert {"Phi-4-mini-instruct", "Phi-3.5-mini-instruct", "Llama-2-7b-chat-hf", "YOLOv4-tiny-288"} <= set(kinds), kinds
    assert not {"Phi-4", "Phi-3.5", "Llama-2", "YOLOv4"} & set(kinds), kinds


def test_a_named_machines_partition_is_hardware(extract_one):
    """'AMD MI250X (LUMI-G) devices', 'on LUMI-C': a named supercomputer's partition is the machine's hardware,
    not a coined method ('CPU-GPU' stays two device classes)."""
    rec = extract_one("We analyse Zorplu on AMD MI250X (LUMI-G) devices and on LUMI-C, in its CPU-GPU version.",
                      title="Zorplu: portable magnetohydrodynamics")
    kinds = types_of(rec)
    assert kinds.get("LUMI-G") == "hardware" and kinds.get("LUMI-C") == "hardware", kinds
    assert "CPU-GPU" not in kinds, kinds


def test_a_plain_name_paired_with_a_baseline_after_a_comparison_is_a_name(extract_one):
    """'Compared to a GPU-only baseline and Vexnix, ...', 'outperforms the GPU baseline and Vexnix by 2x': the
    second item of a compared pair, ending its phrase, is a name; 'and Vexnix achieves' opens a clause of its own."""
    for sentence in ("Compared to a GPU-only baseline and Vexnix, Zorb achieves 2x speedup.",
                     "Zorb outperforms the GPU baseline and Vexnix by 2x."):
        rec = extract_one(f"We present Zorb, an FPGA accelerator. {sentence}", title="Zorb: FPGA inference")
        assert ("Zorb", "COMPARED_WITH", "Vexnix") in rels(rec), (sentence, rels(rec))
    rec = extract_one("We present Zorb, an FPGA accelerator. Compared to prior work our design is fast and Vexnix "
                      "achieves 2x.", title="Zorb: FPGA inference")
    assert "Vexnix" not in types_of(rec), types_of(rec)


def test_an_announced_release_is_the_contribution(extract_one):
    """'We announce the release of Zorcast-1.5, the latest iteration ...': the release a paper announces is its
    contribution, compared with what it outperforms."""
    rec = extract_one("We announce the release of Zorcast-1.5, the latest iteration in our family of earth system "
                      "models. Zorcast-1.5 outperforms existing AI weather models like GraphCast and Pangu-Weather.",
                      title="Zorcast-1.5 Technical Report")
    assert rec["proposes"] == ["Zorcast-1.5"], rec["proposes"]
    assert ("Zorcast-1.5", "COMPARED_WITH", "GraphCast") in rels(rec), rels(rec)


def test_a_device_that_qualifies_a_ranked_reference_is_not_the_studys_platform(extract_one):
    """'50-100X faster than current CPU-based PRM planners': the CPU is the reference's, not a device the study
    ran; a study that compares CPU-based and GPU-based solvers still runs both."""
    rec = extract_one("We implement our algorithms on commodity NVIDIA GPUs using CUDA and compute collision-free paths "
                      "almost 50-100X faster than current CPU-based PRM planners.", title="Parallel Collision Detection")
    assert ("@paper", "RUNS_ON", "CPU") not in rels(rec), rels(rec)
    rec = extract_one("We compare CPU-based and GPU-based solvers on a Xeon and an A100.",
                      title="A Study of CPU-based and GPU-based Solvers")
    assert {("@paper", "RUNS_ON", "CPU"), ("@paper", "RUNS_ON", "GPU")} <= rels(rec), rels(rec)


def test_a_name_spelled_out_in_brackets_after_it_holds_its_long_form(extract_one):
    """'QSGD (Quantized SGD)', 'ZLoRA (Zipped LoRA)': the bracket spells the name out, so the known name inside
    it is no mention of its own (no USES SGD or LoRA)."""
    rec = extract_one("We present Zorb. Zorb is compatible with QSGD (Quantized SGD) and ZLoRA (Zipped LoRA).",
                      title="Zorb: training")
    kinds = types_of(rec)
    assert {"QSGD", "ZLoRA"} <= set(kinds) and not {"SGD", "LoRA"} & set(kinds), kinds


def test_an_acronym_defined_for_a_catalog_name_names_it_again(extract_one):
    """'Native Sparse Attention (NSA), ... the kernel of NSA is slow ... outperforms NSA': every later 'NSA' is the
    catalog's Native Sparse Attention, not a second coined entity."""
    rec = extract_one("Native Sparse Attention (NSA), a state-of-the-art approach, introduces trainable sparse attention. "
                      "However, the kernel of NSA is slow. We propose Zorb, which outperforms NSA.",
                      title="Zorb: fast attention")
    kinds = types_of(rec)
    assert "NSA" not in kinds and ("Zorb", "COMPARED_WITH", "Native Sparse Attention") in rels(rec), (kinds, rels(rec))


def test_a_list_that_elides_its_verb_gives_each_name_its_number(extract_one):
    """'Vexmod-1B reaches ~120 tokens/s, Zormod-7B ~45 tokens/s, and Quimod-24B ~15 tokens/s' (a study of models on
    one CPU): each model's number is the model's, as the first one's is (the guide: a named work's number)."""
    rec = extract_one("On the New Xeon, Vexmod-1B reaches ~120 tokens/s, Zormod-7B ~45 tokens/s, and Quimod-24B "
                      "~15 tokens/s.", title="Deploying language models on CPU-only machines")
    subjects = {r["value"]: r["subject"] for r in rec["results"]}
    assert subjects == {120: "Vexmod-1B", 45: "Zormod-7B", 15: "Quimod-24B"}, subjects
