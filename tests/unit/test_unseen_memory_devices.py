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
