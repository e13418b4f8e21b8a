"""Phrasings met in real abstracts on processing-in-memory, RISC-V CPUs, rack-scale GPU systems and quantum
circuit simulation, outside the gold corpora; made-up names, the same constructions."""
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
