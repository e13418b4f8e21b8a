"""Phrasings met in real abstracts on platforms outside the gold corpora (AMD Instinct serving studies, GPU
partitioning, CXL memory, in-network aggregation, neuromorphic chips); made-up names, the same constructions."""
from __future__ import annotations

from helpers import rels, types_of


def test_successive_hardware_generations_are_distinct_devices(extract_one):
    """ANNOTATION.md keeps generations apart (Gaudi-2, TPU v4): 'Loihi 2' is not the first-generation Loihi."""
    rec = extract_one("Loihi 2 generalizes several elements of neuromorphic architecture to address limitations of "
                      "the first generation Loihi. Zorbix offloads packet processing to BlueField-3 DPUs.",
                      title="Efficient processing with Loihi 2")
    kinds = types_of(rec)
    assert kinds.get("Loihi 2") == "hardware" and kinds.get("Loihi") == "hardware", kinds
    assert "BlueField-3" in kinds and "BlueField" not in kinds, kinds


def test_a_model_family_version_with_a_letter_is_a_model(extract_one):
    """'DeepSeek V3.2', 'Kimi-K2.5': the family's own version letters (V, K, R) before the number."""
    rec = extract_one("Under text-only workloads, Llama-405B and DeepSeek V3.2 achieve comparable peak throughput, "
                      "6.5x higher than Kimi-K2.5.")
    kinds = types_of(rec)
    assert kinds.get("DeepSeek V3.2") == "model" and kinds.get("Kimi-K2.5") == "model", kinds


def test_a_number_a_finding_holds_in_spite_of_is_no_result(extract_one):
    """'despite an order-of-magnitude difference in active parameters' is the setting, not a 10x finding."""
    rec = extract_one("We study Zorb on eight GPUs. Zorb and Vexa achieve comparable peak throughput despite an "
                      "order-of-magnitude difference in active parameters, and Zorb is 2.1x faster than Kemv.",
                      title="Zorb: serving large models")
    assert [r["value"] for r in rec["results"]] == [2.1], rec["results"]


def test_a_name_set_off_by_a_comma_after_a_solution_is_proposed(extract_one):
    """'We further propose a solution, ZOR-serving.': the name after the comma is the contribution, even an
    acronym joined to a noun; 'a solution, GPU-based, ...' names nothing."""
    rec = extract_one("This paper studies serving DNNs with partitions. We further propose a solution, ZOR-serving. "
                      "ZOR-serving blends a variety of algorithms. We implement ZOR-serving on Kubernetes.",
                      title="Serving models with partitions")
    assert rec["proposes"] == ["ZOR-serving"], rec["proposes"]
    assert ["ZOR-serving", "IMPLEMENTED_IN", "Kubernetes"] in rec["relations"]
    rec = extract_one("We further propose a solution, GPU-based, that partitions the device.",
                      title="Serving models with partitions")
    assert rec["proposes"] == [], rec["proposes"]


def test_a_device_right_after_than_on_is_the_baseline_platform(extract_one):
    """'uses 200X less energy than on an NVIDIA Jetson Orin Nano': measured on the work's chip, not the Jetson."""
    rec = extract_one("We deploy Zorbnet on Intel's Loihi 2 chip. Classifying a sample on Loihi 2 is up to 10X "
                      "faster and uses 200X less energy than on an NVIDIA Jetson Orin Nano.",
                      title="Zorbnet: spiking keyword spotting")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {10: "Loihi 2", 200: "Loihi 2"}, rec["results"]


def test_a_programmable_switch_is_the_platform_of_in_network_work(extract_one):
    rec = extract_one("This paper designs Zorbagg, a network aggregator. We implemented our Zorbagg on Intel Tofino "
                      "switches and integrated it into the training framework PS-lite.",
                      title="Zorbagg: in-network aggregation")
    assert ("Zorbagg", "RUNS_ON", "Tofino") in rels(rec), rels(rec)
