"""Per-component behaviour on hand-written abstracts."""


from helpers import ents, rels, types_of


def test_catalog_hardware_canonical_and_specific(extract_one):
    rec = extract_one("We evaluate on NVIDIA A100 GPUs, an RTX3060 and Gaudi2, and on commodity GPUs.")
    names = ents(rec)
    assert {("A100", "hardware"), ("RTX 3060", "hardware"), ("Gaudi-2", "hardware"),
            ("consumer GPU", "hardware")} <= names
    spec = {e["name"]: e["specific"] for e in rec["entities"] if e["type"] == "hardware"}
    assert spec["A100"] is True and spec["consumer GPU"] is False
    a100 = next(e for e in rec["entities"] if e["name"] == "A100")
    assert a100["catalog"]["vendor"] == "NVIDIA" and a100["catalog"]["architecture"] == "Ampere"


def test_shape_rules_find_uncatalogued_names(extract_one):
    rec = extract_one("We compare against Falcon-40B-Instruct and run on the Huawei Ascend 920X and AMD MI455X.")
    names = ents(rec)
    assert ("Falcon-40B-Instruct", "model") in names
    assert ("Ascend 920X", "hardware") in names and ("MI455X", "hardware") in names


def test_versioned_model_names_and_device_counts(extract_one):
    rec = extract_one("We evaluate Claude 3.5 Sonnet and Gemini 1.5 Pro on 8×A100 nodes, with a 3x speedup.")
    names = ents(rec)
    assert {("Claude 3.5 Sonnet", "model"), ("Gemini 1.5 Pro", "model"), ("A100", "hardware")} <= names
    assert [(r["value"], r["unit"]) for r in rec["results"]] == [(3, "x")]


def test_title_prefix_and_we_propose(extract_one):
    rec = extract_one("We propose ZetaCache, a cache layer. ZetaCache runs on H100 GPUs.",
                      title="Orbit: Fast Serving for Big Models")
    assert rec["proposes"][:1] == ["Orbit"]
    assert "ZetaCache" in rec["proposes"]


def test_benchmark_contribution_is_a_dataset(extract_one):
    rec = extract_one("We release GraphArena, a benchmark suite for graph models.",
                      title="GraphArena: A Benchmark for Graph Learning Systems")
    assert ("GraphArena", "dataset") in ents(rec)


def test_acronym_definition_links_long_form(extract_one):
    rec = extract_one("We introduce Adaptive Token Routing (ATR), which builds on low-rank adaptation (LoRA).")
    by_name = {e["name"]: e for e in rec["entities"]}
    assert "Adaptive Token Routing" in by_name["ATR"]["aliases"]
    assert by_name["LoRA"]["type"] == "method"
    # a digit may count the letter before it, also when the acronym is written in LaTeX
    rec = extract_one("We propose Quiet Query Oracle (Q$_2$O), an eviction policy.")
    assert "Quiet Query Oracle" in {e["name"]: e for e in rec["entities"]}["Q2O"]["aliases"]


def test_generic_acronyms_are_not_entities(extract_one):
    rec = extract_one("LLM inference with KV cache on the GPU uses FP16 and INT4 GEMM kernels for SOTA MFU.")
    assert {n for n, _ in ents(rec)} == {"GPU"}


def test_descriptive_compounds_and_urls_are_not_names(extract_one):
    rec = extract_one("A GPU-Accelerated, Multi-GPU and CPU-GPU design; code at https://github.com/Some-Lab/RepoX. "
                      "Edge-MoE and PIM-GPT are names.")
    names = {n for n, _ in ents(rec)}
    assert {"Edge-MoE", "PIM-GPT"} <= names
    assert not names & {"GPU-Accelerated", "Multi-GPU", "CPU-GPU", "Some-Lab", "RepoX"}


def test_relation_cues(extract_one):
    rec = extract_one("Implemented in Triton, Orbit runs on the H100 and outperforms vLLM. "
                      "Orbit builds on FlashAttention and is applied to Llama-2-7B on the WikiText dataset.",
                      title="Orbit: Fast Serving")
    r = rels(rec)
    assert ("Orbit", "IMPLEMENTED_IN", "Triton") in r
    assert ("Orbit", "RUNS_ON", "H100") in r
    assert ("Orbit", "COMPARED_WITH", "vLLM") in r
    assert ("Orbit", "BASED_ON", "FlashAttention") in r
    assert ("Orbit", "APPLIED_TO", "Llama-2-7B") in r
    assert ("Orbit", "EVALUATED_ON", "WikiText") in r


def test_paper_is_head_without_contribution(extract_one):
    rec = extract_one("This study measures inference energy on A100 and MI250X GPUs.")
    assert ("@paper", "RUNS_ON", "A100") in rels(rec) and ("@paper", "RUNS_ON", "MI250X") in rels(rec)


def test_results_values_units_qualifiers(extract_one):
    rec = extract_one("Orbit achieves up to 4.17times attention speedup at 2048times 2048 and 12x higher throughput "
                      "compared to vLLM. It reduces latency by 5-16% and improves accuracy by 2.1 percentage points, "
                      r"reaching 1,200 tokens/s with 3.5 ms per token and 2.3$\times$ lower cost on 8x H100.",
                      title="Orbit: Fast Serving")
    res = {(r["value"], r["unit"]) for r in rec["results"]}
    assert {(4.17, "x"), (12, "x"), (16, "%"), (2.1, "pp"), (1200, "tokens/s"), (3.5, "ms"), (2.3, "x")} <= res
    assert (8, "x") not in res and (2048, "x") not in res
    top = next(r for r in rec["results"] if r["value"] == 4.17)
    assert "up to" in top["qualifier"] and "2048x2048" in top["qualifier"]
    rng = next(r for r in rec["results"] if r["unit"] == "%")
    assert rng["low"] == 5
    thr = next(r for r in rec["results"] if r["value"] == 12)
    assert thr["metric"] == "throughput" and thr["qualifier"].startswith("over vLLM") and thr["subject"] == "Orbit"


def test_a_baseline_qualifier_keeps_the_whole_name_and_number(extract_one):
    """'over llama.cpp's GPU backend' is not cut at the dot, 'vs. 54.7%' keeps its decimals, and 'over 95%'
    is 'more than', no baseline."""
    rec = extract_one("On a Snapdragon 8 Gen 3, Pocketa decodes at a 2.3x speedup over llama.cpp's GPU backend. "
                      "Pocketa reaches 55.3% accuracy (vs. 54.7% for the best prior model). By reading less than 2% "
                      "of input tokens, Pocketa keeps over 95% of model quality.", title="Pocketa: on-device LLMs")
    quals = {r["value"]: r["qualifier"] for r in rec["results"]}
    assert quals[2.3] == "over llama.cpp's GPU backend" and quals[55.3].startswith("over 54.7%"), quals
    assert quals[2] is None, quals


def test_provenance_points_into_raw_text(extract_one):
    raw = r"Orbit is 2.3$\times$ faster on the H100."
    rec = extract_one(raw, title="Orbit: Fast Serving")
    h100 = next(e for e in rec["entities"] if e["name"] == "H100")["mentions"][0]
    assert h100["field"] == "abstract" and raw[h100["start"]:h100["end"]] == "H100"
    res = rec["results"][0]["evidence"]
    assert raw[res["start"]:res["end"]].startswith("2.3")
    ev = next(e for e in rec["relation_evidence"] if e["tail"] == "H100")
    assert ev["rule"].startswith("cue:") and "H100" in ev["sentence"]


def test_deterministic(extractor):
    from helpers import EXAMPLES

    from kg.sources import Paper, read_papers
    ps = [p for p in read_papers(str(EXAMPLES / "papers.jsonl")) if isinstance(p, Paper)]
    assert list(extractor.records(ps)) == list(extractor.records(ps))


def test_accelerator_papers_compare_with_gpus(extract_one):
    rec = extract_one("We present FlashFPGA, an accelerator on the Alveo U280. FlashFPGA is 2x faster than the A100 GPU "
                      "and 3x more efficient than the 64-core AMD EPYC 9654.",
                      title="FlashFPGA: LLM Inference on FPGAs")
    r = rels(rec)
    assert ("FlashFPGA", "RUNS_ON", "Alveo U280") in r and ("FlashFPGA", "COMPARED_WITH", "A100") in r
    assert ("FlashFPGA", "RUNS_ON", "A100") not in r
    assert ("FlashFPGA", "COMPARED_WITH", "EPYC 9654") in r, r     # a CPU product is a reference too


def test_name_built_on_another_name_is_based_on(extract_one):
    rec = extract_one("Sparse-DETR detects objects with DETR at half the cost.", title="Sparse-DETR: Cheap Detection")
    assert ("Sparse-DETR", "BASED_ON", "DETR") in rels(rec)


def test_nearest_allowed_cue_wins(extract_one):
    rec = extract_one("Orbit outperforms the state-of-the-art LLM serving system vLLM.", title="Orbit: Fast Serving")
    assert ("Orbit", "COMPARED_WITH", "vLLM") in rels(rec)


def test_mentioned_technique_is_not_used_without_a_cue(extract_one):
    rec = extract_one("Transformers dominate. Orbit is fast.", title="Orbit: Fast Serving")
    assert not [r for r in rels(rec) if r[1] == "USES"]


def test_unknown_names_are_typed_from_usage(extract_one):
    rec = extract_one("We run on the full Zeta-QA dataset and the QRB2025 benchmark suite. Models: Whisper, "
                      "Seamless, WOSM, and Canary-1B. We also test Mistral-v0.9.")
    types = types_of(rec)
    assert types["Zeta-QA"] == "dataset" and types["QRB2025"] == "dataset"
    assert types["WOSM"] == "model" and types["Mistral-v0.9"] == "model"


def test_more_ways_papers_name_their_contributions(extract_one):
    rec = extract_one("In this paper, we propose Dynamic Router (Dyn-Router) to route tokens. We release Orbit-7B "
                      "and Orbit-13B. We design Orbit, an architecture featuring novel Strip Token Mixing (STM). "
                      "We study caching and introduce Lazy Context Folding, which folds context.",
                      title="Orbit: Fast Serving")
    # a spelled-out name and its acronym are one contribution, named by the acronym as the guide's
    # canonical names are ('Strip Token Mixing (STM)' -> STM), the long form an alias
    assert {"Orbit", "Dyn-Router", "Orbit-7B", "Orbit-13B", "STM", "Lazy Context Folding"} <= set(rec["proposes"])
    assert "Dynamic Router" in next(e for e in rec["entities"] if e["name"] == "Dyn-Router").get("aliases", [])
    types = types_of(rec)
    assert types["Orbit-7B"] == "model"
    assert ("Orbit", "APPLIED_TO", "Orbit-7B") in rels(rec) and ("Orbit", "USES", "STM") in rels(rec)


def test_name_modifying_a_noun_is_not_the_contribution(extract_one):
    rec = extract_one("This paper proposes a GAN based BWEX model with parallel prediction, named AP-BWEX, which is fast.")
    assert rec["proposes"] == ["AP-BWEX"]


def test_a_study_of_named_techniques_makes_them_the_heads(extract_one):
    rec = extract_one("We fine-tune with LoRA and QLoRA on an RTX 4060 and profile memory use.",
                      title="Profiling LoRA/QLoRA Fine-Tuning Efficiency on Consumer GPUs")
    r = rels(rec)
    assert ("LoRA", "RUNS_ON", "RTX 4060") in r and ("QLoRA", "RUNS_ON", "consumer GPU") in r
    assert not [x for x in r if x[0] == "@paper"]


def test_a_technique_that_qualifies_the_titles_models_is_not_the_studied_subject(extract_one):
    """'Fast Inference of Mixture-of-Experts Language Models': the paper, not MoE, runs on the device."""
    rec = extract_one("We study running Mixture-of-Experts language models on an RTX 3090 and build on offloading.",
                      title="Fast Inference of Mixture-of-Experts Language Models with Offloading")
    r = rels(rec)
    assert ("@paper", "RUNS_ON", "RTX 3090") in r
    assert not [x for x in r if x[0] == "Mixture-of-Experts"]


def test_hardware_compared_against_or_not_used_is_not_run_on(extract_one):
    rec = extract_one("Orbit runs on the H100 and is 3x faster than CPU-based simulators. It enables GPU-free inference.",
                      title="Orbit: Fast Serving")
    r = rels(rec)
    assert ("Orbit", "RUNS_ON", "H100") in r
    assert not {x for x in r if x[2] in ("CPU", "GPU")}
    rec = extract_one("Orbit runs without high-end GPUs and with no changes on an A100; it needs no dedicated NPU.",
                      title="Orbit: Fast Serving")
    r = rels(rec)
    assert ("Orbit", "RUNS_ON", "A100") in r
    assert not {x for x in r if x[2] in ("GPU", "NPU")}


def test_strong_comparison_beats_a_nearer_weak_cue(extract_one):
    rec = extract_one("Orbit is 2.4x faster than models trained with the highly-optimized Megatron-LM framework. "
                      "We further compare our model with an existing approach called Linformer.",
                      title="Orbit: Fast Serving")
    r = rels(rec)
    assert ("Orbit", "COMPARED_WITH", "Megatron-LM") in r and ("Orbit", "COMPARED_WITH", "Linformer") in r


def test_parts_of_the_contribution_are_used_by_it(extract_one):
    rec = extract_one("We propose Orbit, an architecture featuring novel Strip Token Mixing (STM).",
                      title="Orbit: Fast Serving with LoRA")
    r = rels(rec)
    assert ("Orbit", "USES", "STM") in r and ("Orbit", "USES", "LoRA") in r


def test_product_phrases_absorb_generation_memory_and_head_noun(extract_one):
    rec = extract_one("It runs on a single NVIDIA A100 (80GB) GPU and on 4 Maxwell Titan X GPUs.")
    hw = {e["name"] for e in rec["entities"] if e["type"] == "hardware"}
    assert hw == {"A100", "Titan X"}


def test_vendor_gpu_family_absorbs_the_generic_word(extract_one):
    rec = extract_one("We deploy LLMs on Intel GPU. The GPU kernels are fused.", title="Fast LLM inference on Intel GPU")
    hw = {(e["name"], e["specific"]) for e in rec["entities"] if e["type"] == "hardware"}
    assert hw == {("Intel GPU", True)}


def test_every_relation_and_result_names_a_listed_entity(extract_one):
    rec = extract_one("Orbit runs on the NVIDIA Quadro P4000 and is 2x faster on the P4000 GPU than on the A100.",
                      title="Orbit: Fast Serving")
    names = {e["name"] for e in rec["entities"]} | {"@paper"}
    hw = [e for e in rec["entities"] if e["type"] == "hardware" and "4000" in e["name"]]
    assert len(hw) == 1
    assert all(h in names and t in names for h, _, t in rec["relations"])
    assert all(r["subject"] in names and r.get("hardware", "@paper") in names for r in rec["results"])


def test_a_comparison_does_not_reach_past_other_names(extract_one):
    rec = extract_one(r"We propose \textbf{FlexServe}, with 2.5$\times$ higher throughput than vLLM on H100 GPUs, "
                      r"and up to 3--5$\times$ speedup on TPU v5e pods with JAX~\cite{jax}.", title="FlexServe: Elastic Serving")
    r = rels(rec)
    assert ("FlexServe", "COMPARED_WITH", "vLLM") in r and ("FlexServe", "IMPLEMENTED_IN", "JAX") in r
    assert {(x["value"], x["unit"], x.get("low")) for x in rec["results"]} == {(2.5, "x", None), (5, "x", 3)}


def test_names_derived_from_known_ones_are_their_own_things(extract_one):
    rec = extract_one("We introduce an efficient inference scheduler Sarathi-Serve, inspired by Sarathi. "
                      "Medusa-2 extends Medusa. LoRA-based tuning is common. It is Python-Based.")
    names = {e["name"]: e["type"] for e in rec["entities"]}
    assert {"Sarathi-Serve", "Sarathi", "Medusa-2", "Medusa", "LoRA"} <= set(names)
    assert "LoRA-based" not in names and "Python-Based" not in names
    assert rec["proposes"] == ["Sarathi-Serve"]
    assert ["Sarathi-Serve", "BASED_ON", "Sarathi"] in rec["relations"]


def test_a_tier_of_a_coined_name_the_paper_names_is_derived_from_it(extract_one):
    """'SulNix-large' of the SulNix the paper scales is derived from it, as 'YOLOv4-large' of the catalog's
    YOLOv4 is; a tier of the paper's own work (ZorNet-large) and a catalog size (T5-Base) are not."""
    rec = extract_one("We show that the SulNix object detection network scales up and down. SulNix-large "
                      "achieves 55.5% AP on COCO, and SulNix-tiny reaches 22% AP.", title="TorLam: Scaling networks")
    assert {("SulNix-large", "BASED_ON", "SulNix"), ("SulNix-tiny", "BASED_ON", "SulNix")} <= rels(rec), rels(rec)
    rec = extract_one("We present ZorNet, a detector. ZorNet-large achieves 55.5% AP on COCO, above T5 and T5-Base.",
                      title="ZorNet: a new detector")
    assert not {r for r in rels(rec) if r[1] == "BASED_ON"}, rels(rec)


def test_a_plain_word_joined_to_a_release_tier_is_a_model(extract_one):
    """'Sulnix-large', 'Sulnix-tiny': a capitalised word with a release tier names a released model, even
    opening a sentence; an adjective's prefix ('Ultra-large', 'Extra-small') or a generic word does not."""
    rec = extract_one("Ultra-large detectors are slow. Sulnix-large achieves 55.5% AP on COCO, and Sulnix-tiny "
                      "reaches 22% AP. Min-max scaling and the Extra-small setting are used.",
                      title="TorLam: Scaling networks")
    kinds = types_of(rec)
    assert kinds.get("Sulnix-large") == kinds.get("Sulnix-tiny") == "model", kinds
    assert not {"Ultra-large", "Min-max", "Extra-small"} & set(kinds), kinds


def test_what_a_compression_or_serving_verb_takes_is_a_model_not_across_the_title(extract_one):
    """'we quantize SulWex', 'prune TorDra', 'serving SulWex': the object of a compression or serving verb
    is a model; a title that ends with such a word ('... LoRA Serving') types nothing in the abstract."""
    rec = extract_one("We quantize SulWex to 4 bits and prune TorDra by 50% with Zorb on eight GPUs.",
                      title="Zorb: fast inference")
    kinds = types_of(rec)
    assert kinds.get("SulWex") == kinds.get("TorDra") == "model", kinds
    assert {("Zorb", "APPLIED_TO", "SulWex")} <= rels(rec), rels(rec)
    rec = extract_one("EdgeZor achieves 2.2x lower latency on GPUs.", title="Multi-Tenant LoRA Serving")
    assert types_of(rec).get("EdgeZor") == "method", types_of(rec)


def test_a_derived_name_of_an_architecture_with_a_model_noun_is_a_model(extract_one):
    """'the ViT-B model has 86M parameters', 'a DeiT-S backbone': a released size of an architecture family is a
    model (as the gold's SAM-ViT-H); a derived method without such a noun ('the Medusa-2 method') stays one."""
    rec = extract_one("For instance, the recently proposed ViT-B model has 86M parameters. Zorb uses a DeiT-S backbone "
                      "and the Medusa-2 method.", title="Zorb: compressing vision transformers")
    kinds = types_of(rec)
    assert kinds.get("ViT-B") == kinds.get("DeiT-S") == "model" and kinds.get("Medusa-2") == "method", kinds


def test_software_named_like_a_file(extract_one):
    rec = extract_one("We present llm.npu, the first LLM inference system on NPUs, e.g. on phones; "
                      "see github.com/x/y.git for code.")
    assert rec["proposes"] == ["llm.npu"]
    assert not any(e["name"] in ("e.g", "y.git", "github.com") for e in rec["entities"])


def test_a_known_name_the_paper_defines_is_its_contribution(extract_one):
    rec = extract_one("We propose PagedAttention, an attention algorithm inspired by virtual memory. "
                      "Our approach integrates Squeeze-and-Excitation (SE) blocks.")
    assert "PagedAttention" in rec["proposes"] and "Squeeze-and-Excitation" not in rec["proposes"]


def test_naming_cues_and_title_dashes(extract_one):
    rec = extract_one("We present the latest generation of MobileNets, known as MobileNetV4 (MNv4). "
                      "We compare with an existing approach called Linformer.",
                      title="MobileNetV4 - Universal Models for the Mobile Ecosystem")
    assert rec["proposes"] == ["MobileNetV4"]


def test_units_organisations_and_memory_are_not_names(extract_one):
    rec = extract_one("Onesweep sorts 29.4 GKey/s on GDDR5 memory, better than ECMWF's NWP system.")
    names = {e["name"] for e in rec["entities"]}
    assert not names & {"GKey", "GDDR5", "ECMWF", "NWP"}


def test_heads_for_hardware_and_weak_title_prefixes(extract_one):
    rec = extract_one("In this work, we introduce bitnet.cpp, a software stack. It runs on x86 and ARM CPUs.",
                      title="1-bit AI Infra: Part 1.1, Fast Inference on CPUs")
    assert rec["proposes"] == ["bitnet.cpp"]
    assert ["bitnet.cpp", "RUNS_ON", "x86 CPU"] in rec["relations"]
    rec = extract_one("Plain Name Here trains faster on GPUs.", title="Plain Name Here: Fast Training")
    assert rec["proposes"] == ["Plain Name Here"]      # with nothing else proposed, the title prefix stays


def test_plural_acronyms_abbreviate_classes(extract_one):
    rec = extract_one("This raises costs for cloud service providers (CSPs) that run accelerators.")
    assert not any(e["name"] == "CSP" for e in rec["entities"])


def test_results_are_not_measured_on_the_comparison_target(extract_one):
    rec = extract_one("WaferLM decodes at 1,800 tokens/s, 10x faster than a DGX H100. "
                      "On an A100 GPU, it reaches a 2x speedup over vLLM. It maps 3x more tokens per core. "
                      "It prefills at 503 TFLOPS, 228x over a single NVIDIA V100 and 9x over a 128-GPU V100 cluster.",
                      title="WaferLM: Fast Decoding")
    by_value = {r["value"]: r for r in rec["results"]}
    assert by_value[10].get("hardware") is None and by_value[1800].get("hardware") is None
    assert by_value[503].get("hardware") is None        # 'a 128-GPU V100 cluster' is a reference too
    assert by_value[1800]["qualifier"] is None           # the comparison belongs to the 10x
    assert by_value[2]["hardware"] == "A100"
    assert by_value[3]["metric"] != "map"                # a verb is no metric


def test_a_result_belongs_to_the_contribution_that_opened_its_clause(extract_one):
    rec = extract_one("We present Medusa-1 and Medusa-2. Medusa-1 can achieve over 2.2x speedup, while Medusa-2 "
                      "further improves the speedup to 3.6x. Medusa-1 accelerates Medusa-2, achieving 1.5x.",
                      title="Medusa: Simple LLM Inference Acceleration")
    by_value = {r["value"]: r["subject"] for r in rec["results"]}
    assert by_value == {2.2: "Medusa-1", 3.6: "Medusa-2", 1.5: "Medusa-1"}, by_value


def test_a_number_followed_by_its_device_is_measured_there(extract_one):
    rec = extract_one("QServe improves the throughput of Llama-3-8B by 1.2x on A100, 1.4x on L40S; and "
                      "Qwen1.5-72B by 2.4x on an A100 and 3.5x on a single L40S, compared to TensorRT-LLM.",
                      title="QServe: Efficient LLM Serving")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {1.2: "A100", 1.4: "L40S", 2.4: "A100",
                                                                        3.5: "L40S"}


def test_a_named_baselines_own_number_is_the_baselines(extract_one):
    rec = extract_one("Prior kernels leave the H100 idle, with FlashAttention-2 achieving only 35% utilization. "
                      "We develop Vexattn, which reaches 75% utilization.", title="Vexattn: Fast Attention")
    assert {r["value"]: r["subject"] for r in rec["results"]} == {35: "FlashAttention-2", 75: "Vexattn"}


def test_a_claim_that_names_no_device_gets_none(extract_one):
    """The guide puts hardware on a claim only when the claim names it: a paper's one device is not
    copied onto the numbers of a sentence that does not name it."""
    rec = extract_one("CasCam runs on an NVIDIA Jetson AGX Orin. It processes 24 streams at 30 FPS.",
                      title="CasCam: video analytics at the edge")
    assert [r.get("hardware") for r in rec["results"]] == [None]


def test_a_device_class_the_claim_ran_on_is_its_hardware(extract_one):
    """'in under 12 hours on a single GPU', 'per NPU': the class is where it was measured; 'GPU memory'
    names no platform."""
    rec = extract_one("Tralvo trains in under 12 hours on a single GPU. Tralvo reaches 6,688 tokens/s per NPU. "
                      "Tralvo reduces GPU memory usage by 42%.", title="Tralvo: efficient training")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {12: "GPU", 6688: "NPU", 42: None}


def test_numbers_and_devices_listed_respectively_pair_in_order(extract_one):
    rec = extract_one("Tunix improves performance on the Intel CPU, ARM CPU, and NVIDIA GPU by up to 3.8x, 2.6x, "
                      "and 1.7x, respectively.", title="Tunix: tensor program tuning")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {3.8: "Intel CPU", 2.6: "ARM CPU",
                                                                       1.7: "NVIDIA GPU"}


def test_on_after_a_comparison_names_the_platform_both_ran_on(extract_one):
    """'relative to the state-of-the-art on the Intel CPU, ...': the devices are where both ran, so the
    numbers pair with them; 'than real-time on a single CPU' is the number's own device."""
    rec = extract_one("Tunix improves performance relative to the state-of-the-art on the Intel CPU, ARM CPU, and "
                      "NVIDIA GPU by up to 3.8x, 2.6x, and 1.7x, respectively. Tunix generates audio 292.3 times "
                      "faster than real-time on a single RTX 4090 GPU and 18.1 times faster than real-time on a "
                      "single CPU.", title="Tunix: tensor program tuning")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {
        3.8: "Intel CPU", 2.6: "ARM CPU", 1.7: "NVIDIA GPU", 292.3: "RTX 4090", 18.1: "CPU"}


def test_a_model_quality_number_carries_no_hardware(extract_one):
    """'55.5% AP ... at a speed of 16 FPS on Tesla V100': the V100 measured the FPS, not the AP."""
    rec = extract_one("Detvo achieves 55.5% AP on COCO at a speed of 16 FPS on Tesla V100.",
                      title="Detvo: real-time detection")
    assert {r["value"]: r.get("hardware") for r in rec["results"]} == {55.5: None, 16: "V100"}


def test_an_interconnect_is_used_not_compared(extract_one):
    rec = extract_one("To overcome the memory limit of one GPU, WarpCore scales over a dense NVLink topology.",
                      title="WarpCore: A Library for Hashing on GPUs")
    assert ["WarpCore", "RUNS_ON", "NVLink"] in rec["relations"]


def test_unknown_names_are_typed_from_head_nouns_appositions_and_neighbours(extract_one):
    rec = extract_one("It is built on ZqCUDA and PyTorch. We compare against QxBench, a benchmark for sorting. "
                      "It scales on VqX2 servers. Our FooNet-Large model is small. "
                      "It targets a processor named VqP9 and uses the FlxLib library.")
    types = types_of(rec)
    assert types["ZqCUDA"] == "framework"          # a list neighbour of PyTorch
    assert types["QxBench"] == "dataset"           # apposition
    assert types["VqX2"] == "hardware"             # head noun
    assert types["FooNet-Large"] == "model"        # head noun
    assert types["VqP9"] == "hardware"             # '<noun> named X'
    assert types["FlxLib"] == "framework"          # head noun


def test_versions_and_sized_family_members_are_their_own_models(extract_one):
    rec = extract_one("It is built upon Swin Transformer V2 and beats Mistral Large 2 and Swin Transformer.")
    names = {e["name"]: e["type"] for e in rec["entities"]}
    assert names.get("Swin Transformer V2") == "model" and names.get("Mistral Large 2") == "model"
    assert "Swin Transformer" in names


def test_library_naming_conventions_type_unknown_names(extract_one):
    rec = extract_one("It beats cuZZQ and rocFOO, and it wraps PyQUUX.")
    types = types_of(rec)
    assert types == {"cuZZQ": "framework", "rocFOO": "framework", "PyQUUX": "framework"}


def test_a_bracketed_coined_name_after_the_cue_is_the_contribution(extract_one):
    rec = extract_one("In this paper, we introduce a novel class of fast, beam search-based adversarial attack (BEAST) "
                      "for language models. BEAST runs on one A6000 GPU.")
    assert rec["proposes"] == ["BEAST"]
    assert ["BEAST", "RUNS_ON", "A6000"] in rec["relations"]      # the paper's short name for the RTX A6000


def test_a_device_study_compares_devices(extract_one):
    rec = extract_one("On our workloads the TPU is on average about 15X - 30X faster than its contemporary GPU.",
                      title="In-Datacenter Performance Analysis of a Tensor Processing Unit")
    assert ["TPU", "COMPARED_WITH", "GPU"] in rec["relations"]
    rec = extract_one("LUT-LLM achieves 1.66x lower latency on an AMD V80 FPGA than the AMD MI210.",
                      title="LUT-LLM: Efficient Inference on FPGAs")
    assert not any(r[1] == "COMPARED_WITH" and r[0] != "LUT-LLM" for r in rec["relations"])


def test_several_contributions_in_a_sentence_each_take_the_names_after_them(extract_one):
    rec = extract_one("We present Tutel, a system that runs a model named SwinV2-MoE, built upon Swin Transformer V2, "
                      "and evaluate it on COCO.", title="Tutel: Adaptive Mixture-of-Experts at Scale")
    assert "SwinV2-MoE" in rec["proposes"]
    assert ["SwinV2-MoE", "BASED_ON", "Swin Transformer V2"] in rec["relations"]
    assert ["Tutel", "BASED_ON", "Swin Transformer V2"] not in rec["relations"]


def test_a_study_compares_with_named_baselines(extract_one):
    rec = extract_one("Our implementation is 3x faster than FasterTransformer on PaLM models.",
                      title="Efficiently Scaling Transformer Inference")
    assert ["@paper", "COMPARED_WITH", "FasterTransformer"] in rec["relations"]


def test_released_variants_are_contributions_and_their_platforms_the_contributions(extract_one):
    rec = extract_one("We show that the ZorbNet detector scales up and down. The ZorbNet-large model reaches 55% AP "
                      "at 16 FPS on a Tesla V100, and the ZorbNet-tiny model runs at 443 FPS on an RTX 2080 Ti.",
                      title="Scaled-ZorbNet: Scaling Detection Networks")
    assert {"Scaled-ZorbNet", "ZorbNet-large", "ZorbNet-tiny"} <= set(rec["proposes"])
    r = rels(rec)
    assert {("ZorbNet-large", "RUNS_ON", "V100"), ("ZorbNet-tiny", "RUNS_ON", "RTX 2080 Ti")} <= r
    assert {("Scaled-ZorbNet", "RUNS_ON", "V100"), ("Scaled-ZorbNet", "RUNS_ON", "RTX 2080 Ti")} <= r


def test_hardware_a_baseline_uses_is_the_shared_platform(extract_one):
    rec = extract_one("Alpha speeds up training by 2.34x as compared to a baseline that uses Intel Xeon CPUs and "
                      "NVIDIA V100 GPUs.", title="Alpha: Fast Training")
    assert {("Alpha", "RUNS_ON", "V100"), ("Alpha", "RUNS_ON", "Xeon")} <= rels(rec)


def test_a_name_followed_by_based_or_backbone_is_what_the_work_is_built_on(extract_one):
    r = rels(extract_one("We introduce Zorbal, our Mistral-7B based winning model, fine-tuned on a single RTX 4090. "
                         "We pretrain it using DeBERTa-v3, PubMedBERT, and BioELECTRA backbones.",
                         title="Zorbal: An Efficient Instruct Model"))
    assert {("Zorbal", "BASED_ON", n) for n in ("Mistral-7B", "DeBERTa-v3", "PubMedBERT", "BioELECTRA")} <= r
    # ANNOTATION.md: what is built with mixture-of-experts USES it
    r = rels(extract_one("Zorbal runs a real-world MoE-based model efficiently.", title="Zorbal: MoE at Scale"))
    assert ("Zorbal", "BASED_ON", "Mixture-of-Experts") not in r


def test_a_contribution_absorbed_by_a_longer_name_is_not_proposed_alone(extract_one):
    rec = extract_one("To achieve this, we introduce a simple and general framework, termed Mask Frozen-DETR, which "
                      "can convert any existing DETR-based detector into an instance segmentation model on GPUs.",
                      title="Zorb: Fast Things")
    assert "Mask Frozen-DETR" in rec["proposes"] and "Frozen-DETR" not in rec["proposes"]
    assert set(rec["proposes"]) <= {e["name"] for e in rec["entities"]}


def test_based_in_a_sentence_about_the_field_is_no_relation(extract_one):
    r = rels(extract_one("Transformer-based language models have made a significant impact. We present Zorbal, "
                         "an accelerator design for FPGAs.", title="Zorbal: Fast Inference on FPGAs"))
    assert not any(t == "Transformer" for _, _, t in r)


def test_a_contribution_spelled_out_is_not_a_part_of_itself(extract_one):
    r = rels(extract_one("We propose Adaptive Sequence Pipeline Parallel Offloading (SPPO), a training framework "
                         "for long sequences on A100 GPUs.", title="SPPO: Efficient Long-sequence LLM Training"))
    assert not any(rel == "USES" and {h, t} <= {"SPPO", "Adaptive Sequence Pipeline Parallel Offloading"}
                   for h, rel, t in r)


def test_names_listed_after_a_plural_type_noun_take_its_type(extract_one):
    rec = extract_one("We present Orbit. Orbit is state of the art on datasets including catalysts (QX20 and "
                      "QX22) and molecules (SPYCE), and beats baselines on benchmarks such as ZorbQA and FlimBench. "
                      "Frameworks like FooRT and BarServe are slower. Systems such as QuuxNet, which runs on "
                      "GPUs, differ.", title="Orbit: Fast Potentials")
    types = types_of(rec)
    assert {n: types.get(n) for n in ("QX20", "QX22", "SPYCE", "ZorbQA", "FlimBench")} == dict.fromkeys(
        ("QX20", "QX22", "SPYCE", "ZorbQA", "FlimBench"), "dataset")
    assert types["FooRT"] == types["BarServe"] == "framework"
    assert types.get("QuuxNet") != "dataset"


def test_plain_capitalised_names_in_a_list_of_names_are_names(extract_one):
    rec = extract_one("We present Orbit. Tuners (e.g., AutoTVM, Zorbel) are slow. Prior models such as GPT-3, "
                      "Quillan and Zaxo Turbo Serve differ. Transformers use a Feed Forward Network (FFN), "
                      "PyTorch and Quillan.", title="Orbit: Fast Tuning")
    types = types_of(rec)
    assert types.get("Zorbel") == types["AutoTVM"]           # shares the list of a known name
    assert types.get("Quillan") == "model"                   # and takes its neighbours' type
    assert types.get("Zaxo Turbo Serve") == "model"               # up to three capitalised words
    assert "Feed Forward" not in types and "Prior" not in types and "Tuners" not in types


def test_a_system_built_on_the_main_technique_uses_it(extract_one):
    r = rels(extract_one("We propose FooAttn, an attention algorithm. On top of it, we build BarServe, a serving "
                         "system. We then build QuxServe on top of FooAttn.", title="Serving with FooAttn"))
    assert ("BarServe", "USES", "FooAttn") in r and ("QuxServe", "USES", "FooAttn") in r
    assert ("FooAttn", "USES", "BarServe") not in r


def test_a_naming_cue_outside_a_proposal_names_no_contribution(extract_one):
    rec = extract_one("These simulations, called Quark Dynamics (QD), are costly. We present FooSim, a package "
                      "for QD written in Python. Our work, dubbed FooSim, runs on GPUs.", title="FooSim: Fast QD")
    assert rec["proposes"] == ["FooSim"]
    rec = extract_one("We evaluate on an existing model named BarNet-7. In this work we introduce a scheduler, "
                      "termed QuxSched, for GPUs.", title="Scheduling on GPUs")
    assert "BarNet-7" not in rec["proposes"] and "QuxSched" in rec["proposes"]


def test_what_the_findings_lead_us_to_build_is_the_contribution(extract_one):
    """'These insights motivate us to develop ...: the Long Name (ACR)': the authors are the object of
    the first verb and the subject of the proposing one."""
    rec = extract_one("We study how potentials scale. These insights motivate us to develop an architecture "
                      "designed for scale: the Deeply Scaled Quark Potential (DSQP). DSQP runs on GPUs.",
                      title="The Importance of Being Scalable")
    assert rec["proposes"] == ["DSQP"]
    assert ("DSQP", "RUNS_ON", "GPU") in rels(rec)
    rec = extract_one("Prior work studied potentials; it allowed them to develop FooNet.", title="Potentials")
    assert rec["proposes"] == []


def test_the_description_of_a_contribution_ends_at_a_bracket_or_a_clause(extract_one):
    """'Quux, a Large Language Model (LLM) with ...': the head noun is Model, not '(LLM)'."""
    rec = extract_one("We present Quuxo, a Large Language Model (LLM) with 100 billion parameters. We also "
                      "build Zorbit, an object detector that runs on an A100.", title="Scaling dense LLMs")
    types = types_of(rec)
    assert types["Quuxo"] == "model" and types["Zorbit"] == "model"


def test_a_plain_one_word_name_is_found_where_the_proposing_clause_puts_it(extract_one):
    """Names no catalog knows and no shape marks ('Quuxo', 'Tornix'): the clause that proposes them
    says where they are."""
    cases = {
        "We design and implement Zorbit, a system for serving LLMs on GPUs.": "Zorbit",
        "We introduce an efficient LLM inference scheduler Tornix inspired by prior work.": "Tornix",
        "This paper presents the Nixtor collective communication framework, developed at scale.": "Nixtor",
        "We propose a factorization approach called Low-Rank Transformer. It is fast.": "Low-Rank Transformer",
        "We propose an architecture called Vexsul comprised of One-Shot Aggregation (OSA).": "Vexsul",
        "Our trained model Vexqui generates Polish text.": "Vexqui",
        "With distillation, our VexBel model delivers 87% accuracy.": "VexBel",
        "To mitigate this, the Sulrud offloading framework is designed and implemented.": "Sulrud",
    }
    for text, name in cases.items():
        rec = extract_one(text, title="Efficient systems")
        assert name in rec["proposes"], (text, rec["proposes"])
    types = {e["name"]: e["type"] for e in extract_one("Our VexBel model runs fast.", title="Models")["entities"]}
    assert types["VexBel"] == "model"
    rec = extract_one("We present Sulzor, a retrieval system. Sulzor incorporates Kemlam, a fine-tuning component.",
                      title="Retrieval at scale")
    assert rec["proposes"] == ["Sulzor", "Kemlam"] and ("Sulzor", "USES", "Kemlam") in rels(rec)
    rec = extract_one("We present an FPGA-based accelerator for LLMs and a GPU-friendly kernel.", title="Fast LLMs")
    assert rec["proposes"] == []


def test_a_contributions_name_with_a_variant_suffix_is_a_variant(extract_one):
    """'Sulrud-1', 'Lam-Fan-L': variants of a plain or hyphenated name no shape marks as coined."""
    rec = extract_one("We present Sulrud, a decoding method. Sulrud-1 runs on an A100; Sulrud-2 is faster.",
                      title="Fast decoding")
    assert {"Sulrud", "Sulrud-1", "Sulrud-2"} <= set(rec["proposes"])
    rec = extract_one("Lam-Fan-L is a high-precision model; Lam-Fan-S runs on a T4 GPU.",
                      title="Lam-Fan: A Unified Layout Detection Model")
    assert rec["proposes"] == ["Lam-Fan", "Lam-Fan-L", "Lam-Fan-S"]
    assert ("Lam-Fan-S", "RUNS_ON", "T4") in rels(rec)


def test_a_plain_capitalised_word_the_context_marks_is_a_name(extract_one):
    """'speedups over Hulqui', 'the Fanwex dataset': no shape or catalog marks these words, the words
    around them do; Title Case phrases, gerunds and sentence starts are not names."""
    rec = extract_one("Our engine attains a 3x speedup over Hulqui and Pilhul, and beats CPU-based Yadqui. "
                      "Quibel improves perplexity on the Fanwex dataset. It is faster than Large Language Models "
                      "trained with Bayesian methods, as Section 3 shows. Training is cheap.",
                      title="Quibel: fast inference")
    types = types_of(rec)
    assert {"Hulqui", "Pilhul", "Yadqui", "Fanwex"} <= set(types) and types["Fanwex"] == "dataset"
    assert not {"Large", "Models", "Bayesian", "Section", "Training"} & set(types)
    assert ("Quibel", "COMPARED_WITH", "Hulqui") in rels(rec) and ("Quibel", "EVALUATED_ON", "Fanwex") in rels(rec)


def test_a_name_before_based_is_a_name_and_a_typed_guess_types_its_list(extract_one):
    rec = extract_one("We introduce Quibel, a Wexnix-based software package. We fine-tune with Lamqui, Kemhul, "
                      "and Vexnix backbones.", title="Quibel: fast software")
    types = types_of(rec)
    assert "Wexnix" in types
    assert types["Lamqui"] == types["Kemhul"] == types["Vexnix"] == "model"


def test_a_list_of_unknown_names_counts_where_a_noun_says_what_they_are(extract_one):
    rec = extract_one("We profile four speech models: Lamhul, Yadhul, Fankem, and Yadnix. Citizens of Spain, "
                      "France and Italy took part.", title="Profiling speech")
    types = types_of(rec)
    assert all(types.get(n) == "model" for n in ("Lamhul", "Yadhul", "Fankem", "Yadnix")), types
    assert not {"Spain", "France", "Italy"} & set(types)


def test_a_cued_name_in_a_typed_list_is_one_mention(nlp):
    doc = nlp("Benchmarks\nWe evaluate on benchmarks such as Hulqui, Pilhul, and Yadqui benchmarks, and more.")
    spans = [(m.start, m.end) for m in doc._.kg_mentions]
    assert len(spans) == len(set(spans)) and {m.name for m in doc._.kg_mentions} >= {"Hulqui", "Pilhul", "Yadqui"}


def test_the_noun_around_a_list_of_unknown_names_types_them(extract_one):
    """'Suldra and Nixdra LLMs', 'Kaggle, Terabyte, and Alibaba datasets', 'libraries (e.g., Hultor,
    Sulrud)', 'the LLM serving system Nixlam': the noun after a coordinated list, before an example
    marker (also in brackets or after an acronym) or right before the name gives its type."""
    rec = extract_one("We keep the accuracy of Suldra and Nixdra LLMs. Training on Gorrud and Kemlam image "
                      "classification datasets is 2x faster. Hardware-native libraries (e.g., Hultor, Sulrud) are "
                      "hand-tuned, and large multimodal models (LMMs) like Lamvex are slow. Quibel outperforms the "
                      "state-of-the-art LLM serving system Nixlam.", title="Quibel: fast serving")
    types = types_of(rec)
    assert types.get("Suldra") == types.get("Nixdra") == types.get("Lamvex") == "model", types
    assert types.get("Gorrud") == types.get("Kemlam") == "dataset", types
    assert types.get("Hultor") == types.get("Sulrud") == types.get("Nixlam") == "framework", types


def test_a_score_or_training_reported_on_a_plain_name_types_it(extract_one):
    """'75.9% top-1 accuracy on Sulpil', 'an AP of 52.8% on Nixwex', 'train Pilvex on Quilam': a dataset
    after a score or a training verb, a model as the training verb's object; 'a training system built
    on Jorrud' stays what its own cue says; code 'available in both Gorlam and Hulqui' names frameworks."""
    rec = extract_one("Quibel reaches 75.9% top-1 accuracy on Sulpil and an AP of 52.8% on Nixwex. With it we "
                      "train Pilvex on Quilam in 2 minutes. We present Quibel, a sparse training system built "
                      "on Jorrud. Our code is available in both Gorlam and Hulqui.", title="Quibel: fast training")
    types = types_of(rec)
    assert types.get("Sulpil") == types.get("Nixwex") == types.get("Quilam") == "dataset", types
    assert types.get("Pilvex") == "model", types
    assert types.get("Jorrud") == types.get("Gorlam") == types.get("Hulqui") == "framework", types


def test_a_number_aside_keeps_a_list_of_names_going(extract_one):
    """'datasets such as Stanford Cars (96.0%), Pildra (99.0%), Torqui (91.5%) and Nixtor (99.1%)',
    'SOTA results on the Fanyad (10.8 vs 15.8) and Torsul (66.5%) datasets': a result between the items
    is no end of the list; an acronym after a long form still is ('Vision Transformers (ViTs) and
    Multi-task Learning (MTL)')."""
    rec = extract_one("Quibel reaches high accuracy on classification datasets such as Stanford Cars (96.0%), "
                      "Pildra (99.0%), Torqui (91.5%) and Nixtor (99.1%). We achieve SOTA results on the Fanyad "
                      "(10.8 vs 15.8) and Torsul (66.5% vs 63.2%) datasets. Quibel beats PyTorch (2x), Kemrud (3x) "
                      "and Jorfan (4x). Two paradigms, Vision Transformers (ViTs) and Multi-task Learning (MTL), "
                      "are costly.", title="Quibel: fast classification")
    types = types_of(rec)
    assert all(types.get(n) == "dataset" for n in ("Pildra", "Torqui", "Nixtor", "Fanyad", "Torsul")), types
    assert types.get("Kemrud") == types.get("Jorfan") == "framework", types
    assert "Multi-task Learning" not in types


def test_a_lower_case_aside_saying_what_an_item_is_for_keeps_a_list_going(extract_one):
    """'on T5 (language translation), Belgor (speech translation), and Pilfan (text generation)': a task
    in brackets after each item, like a number, is no end of the list (a capitalised long form still is)."""
    rec = extract_one("We apply Quibel on T5 (language translation), Belgor (speech translation), and Pilfan "
                      "(text generation). Two paradigms, Vision Transformers (ViTs) and Multi-task Learning, are "
                      "costly.", title="Quibel: sparse fine-tuning")
    types = types_of(rec)
    assert types.get("Belgor") == types.get("Pilfan") == "model", types
    assert {("Quibel", "APPLIED_TO", "Pilfan")} <= rels(rec), rels(rec)
    assert "Multi-task Learning" not in types


def test_a_capitalised_word_after_a_semicolon_is_no_listed_name(extract_one):
    """'... on A100; Moreover, ZorFHE provides ...': a clause that opens after a semicolon starts with a
    capital like a sentence; its first word is not a name listed before 'ZorFHE'."""
    rec = extract_one("ZorFHE is 2.6x faster than Vexnix on A100; Moreover, ZorFHE provides comparable "
                      "performance to Pildra.", title="ZorFHE: encrypted computation")
    assert "Moreover" not in types_of(rec), types_of(rec)


def test_the_abstracts_first_word_and_title_case_phrases_are_no_names(extract_one):
    """A title ending in a cue ('... pre-training', 'A new model') does not make the abstract's first word
    a name; 'the Kokkos Performance Portable Programming Model' names no 'Kokkos Performance' variant."""
    rec = extract_one("Recent work trains LLMs on GPUs.", title="On the cost of pre-training")
    assert "Recent" not in {e["name"] for e in rec["entities"]}
    rec = extract_one("We present the Vexnix library for GPUs.", title="A new model")
    assert "We" not in {e["name"] for e in rec["entities"]}
    rec = extract_one("We describe the Kokkos Performance Portable Programming Model for GPUs.",
                      title="Programming Model Extensions for the Exascale Era")
    assert "Kokkos Performance" not in {e["name"] for e in rec["entities"]}, rec["entities"]


def test_including_after_a_singular_noun_lists_parts_not_kinds(extract_one):
    """'several algorithms in this framework, including BFS': BFS is no framework; 'popular framework
    such as Pilwex' still names one."""
    rec = extract_one("We implement several algorithms in this framework, including BFS, PageRank and graph "
                      "connectivity. Ligra trains 10x larger models than popular framework such as Pilwex.",
                      title="Ligra: A Lightweight Graph Processing Framework")
    types = types_of(rec)
    assert types.get("BFS") == "method" and types.get("Pilwex") == "framework", types


def test_a_new_version_of_a_known_model_family_is_a_model(extract_one):
    rec = extract_one("We apply Quibel to YOLOv10, Baichuan2, SmolLM2 and Gemma 4, and to Zorbat2. Quibel "
                      "cascades a cheap YOLOv8n filter with a heavier detector.", title="Quibel: fast inference")
    types = types_of(rec)
    assert all(types.get(n) == "model" for n in ("YOLOv10", "Baichuan2", "SmolLM2", "Gemma 4", "YOLOv8n")), types
    assert types.get("Zorbat2") != "model", types


def test_a_verb_after_a_contributions_name_is_no_description_of_it(extract_one):
    rec = extract_one("Our system, Drafty, co-schedules a draft model on the NPU. We present Vexnix, a language "
                      "model for phones.", title="Towards efficient speculative decoding")
    types = types_of(rec)
    assert types.get("Drafty") == "method" and types.get("Vexnix") == "model", types


def test_product_and_model_spellings_of_real_abstracts(extract_one):
    """'4$\\times$A100-80GB' is four A100s (no 4x result, no method 'A100-80GB'); 'CPU-GPU-I/O pipelining'
    names nothing; 'Qwen1.5-MoE-A2.7B', 'Phi-3.5-MoE' are models of known families; 'Mixtral 8x22B' and
    'Llama 3.1 8B' keep their sizes."""
    rec = extract_one("Quibel improves throughput by up to 3.4$\\times$ on 4$\\times$A100-80GB with a CPU-GPU-I/O "
                      "pipelining schedule, for Qwen1.5-MoE-A2.7B, Phi-3.5-MoE, Mixtral 8x22B and Llama 3.1 8B.",
                      title="Quibel: fast MoE inference")
    types = types_of(rec)
    assert types.get("A100") == "hardware" and "A100-80GB" not in types, types
    assert not any(n.startswith("CPU-GPU") for n in types), types
    for name in ("Qwen1.5-MoE-A2.7B", "Phi-3.5-MoE", "Mixtral-8x22B", "Llama 3.1 8B"):
        assert types.get(name) == "model", (name, types)
    assert [r["value"] for r in rec["results"]] == [3.4]


def test_a_new_acronyms_long_form_head_noun_types_it(extract_one):
    rec = extract_one("We evaluate Quibel on the Snowflake Join Benchmark (SJB) and tune it with the Kernel Tuning "
                      "Toolkit (KTT), a Sparse Attention Method (SAM).", title="Quibel: fast joins")
    types = types_of(rec)
    assert types.get("SJB") == "dataset" and types.get("KTT") == "framework", types


def test_numbers_and_enumerators_before_a_capitalised_word_do_not_make_it_a_name(extract_one):
    rec = extract_one("We train the 175 Billion parameter model. Our findings: (1) Only small LLMs run on "
                      "phones; 3) How does the model size matter?", title="A study of training")
    assert not {"Billion", "Only", "How"} & {e["name"] for e in rec["entities"]}


def test_what_a_name_is_built_on_or_writes_kernels_in_is_a_framework_and_a_scored_name_a_dataset(extract_one):
    rec = extract_one("Quibel is built atop Yadwex. We write custom Suldra kernels and reach 87% Rudgor "
                      "accuracy, while VexNet achieves the highest accuracy.", title="Quibel: fast training")
    types = types_of(rec)
    assert types.get("Yadwex") == types.get("Suldra") == "framework", types
    assert types.get("Rudgor") == "dataset" and types.get("VexNet") != "dataset", types
    assert ("Quibel", "IMPLEMENTED_IN", "Yadwex") in rels(rec)


def test_a_proposed_long_form_and_its_acronym_are_one_contribution(extract_one):
    """'Activation-aware Weight Quantization (AWQ)': 'aware' gives the acronym no letter, and the spelled-out
    name the proposing clause marks is the acronym's long form, not a second contribution."""
    for title, text in [("Quantization for LLM Compression",
                         "We propose Activation-aware Weight Quantization (AWQ), a hardware-friendly approach."),
                        ("Caching for LLM inference",
                         "We propose Heavy Hitter Oracle (H2O), a KV cache eviction policy.")]:
        rec = extract_one(text, title=title)
        assert len(rec["proposes"]) == 1 and rec["proposes"][0] in ("AWQ", "H2O"), rec["proposes"]
        assert not any(" " in e["name"] for e in rec["entities"]), rec["entities"]


def test_a_type_does_not_flow_from_an_opening_phrase_into_the_clause_subject(extract_one):
    """'On ImageNet, FooNet achieves': a comma then a name and its verb starts a clause, not a list."""
    rec = extract_one("On ImageNet, FooNet achieves 80% accuracy. Using PyTorch, BarNet trains fast. When evaluated "
                      "on Alveo U280 FPGA, LightMamba reaches 93 tokens/s. We test Vicuna-7B, FooLM, and BarLM models.")
    types = types_of(rec)
    assert types["FooNet"] == types["BarNet"] == types["LightMamba"] == "method", types
    assert types["FooLM"] == types["BarLM"] == "model", types


def test_an_acronym_whose_long_form_is_another_mention_is_that_entity(extract_one):
    rec = extract_one("We present PyTorch-BigGraph (PBG), an embedding system. PBG uses graph partitioning on GPUs.",
                      title="PyTorch-BigGraph: A Large-scale Graph Embedding System")
    names = [e["name"] for e in rec["entities"] if e["type"] == "method"]
    assert names == ["PyTorch-BigGraph"], rec["entities"]
    assert "PBG" in rec["entities"][0]["aliases"]


def test_a_rate_unit_after_a_number_is_no_name(extract_one):
    rec = extract_one("On Graph500, FooSolve reaches 23.5 GTEPS and 40 GOPS.", title="FooSolve: fast graphs")
    assert not {"GTEPS", "GOPS"} & {e["name"] for e in rec["entities"]}


def test_a_known_acronym_takes_its_long_form_even_with_a_latex_tie(extract_one):
    """'Low Rank Adapters~(LoRA)': the tie is a space, and the spelled-out name is LoRA, not an 'Adapter'."""
    rec = extract_one("QLoRA backpropagates gradients into Low Rank Adapters~(LoRA).", title="QLoRA: finetuning")
    lora = next(e for e in rec["entities"] if e["name"] == "LoRA")
    assert "Low Rank Adapters" in lora.get("aliases", []) and "Adapter" not in {e["name"] for e in rec["entities"]}


def test_a_known_model_named_as_a_benchmark_is_a_dataset_there(extract_one):
    rec = extract_one("Guanaco outperforms all openly released models on the Vicuna benchmark.",
                      title="Guanaco: chat models")
    types = types_of(rec)
    assert types.get("Vicuna") == "dataset", types
    rec = extract_one("We fine-tune Vicuna on the Vicuna benchmark.", title="A study of chat models")
    assert {e["name"]: e["type"] for e in rec["entities"]}.get("Vicuna") == "model"


def test_a_named_method_opening_the_title_is_the_contribution_when_nothing_else_is(extract_one):
    rec = extract_one("We introduce three key elements that allow real-time rendering at 1080p.",
                      title="3D Gaussian Splatting for Real-Time Radiance Field Rendering")
    assert rec["proposes"] == ["3D Gaussian Splatting"]
    for title in ("LoRA for Time Series: An Empirical Study", "Transformers for Time Series Forecasting"):
        assert extract_one("We compare adapters on many tasks.", title=title)["proposes"] == []


def test_a_model_that_runs_or_reaches_a_rate_on_a_device_runs_on_it(extract_one):
    rec = extract_one("We show that Llama-2-70B can run on a single RTX 4090. Mixtral-8x7B runs at 12 tokens/s on "
                      "an M3 Max.", title="Running big models on small machines")
    assert ("Llama-2-70B", "RUNS_ON", "RTX 4090") in rels(rec) and ("Mixtral-8x7B", "RUNS_ON", "M3 Max") in rels(rec)


def test_what_the_field_is_built_on_before_the_work_is_introduced_is_not_the_works_base(extract_one):
    rec = extract_one("Foundation models are almost universally based on the Transformer architecture. We integrate "
                      "selective SSMs into a simplified architecture (Mamba). Mamba has 5x higher throughput than "
                      "Transformers.", title="Mamba: Linear-Time Sequence Modeling")
    assert ("Mamba", "BASED_ON", "Transformer") not in rels(rec)
    assert ("Mamba", "COMPARED_WITH", "Transformer") in rels(rec)


def test_libraries_named_before_the_work_is_introduced_are_not_its_implementation(extract_one):
    """'operations that cannot leverage existing vendor libraries (e.g., cuBLAS, cuDNN) ...': background;
    the later 'on par with hand-tuned vendor libraries (cuBLAS)' is the comparison."""
    rec = extract_one("Operations that cannot leverage existing vendor libraries (e.g., cuBLAS, cuDNN) use GPUs "
                      "poorly. We present Triton, a language and compiler for tiles. Triton kernels are on par with "
                      "hand-tuned vendor libraries (cuBLAS).", title="Triton: A Compiler for Tiled Computations")
    r = rels(rec)
    assert ("Triton", "IMPLEMENTED_IN", "cuBLAS") not in r and ("Triton", "IMPLEMENTED_IN", "cuDNN") not in r, r
    assert ("Triton", "COMPARED_WITH", "cuDNN") not in r and ("Triton", "COMPARED_WITH", "cuBLAS") in r, r


def test_a_study_says_nothing_of_its_own_in_the_sentences_before_it_speaks(extract_one):
    """A paper that proposes nothing: what the field is trained with before 'This paper ...' is not what
    the study is implemented in; what the study itself uses is."""
    rec = extract_one("Most networks deployed today are trained using GPUs via frameworks such as TensorFlow and "
                      "PyTorch. This paper extends the Pilgor simulator to run cuDNN kernels.",
                      title="Analyzing Deep Learning Workloads on a GPU Simulator")
    r = rels(rec)
    assert ("@paper", "IMPLEMENTED_IN", "TensorFlow") not in r and ("@paper", "IMPLEMENTED_IN", "PyTorch") not in r, r
    assert ("@paper", "IMPLEMENTED_IN", "cuDNN") in r, r


def test_a_new_device_the_paper_designs_is_its_contribution(extract_one):
    """'We design TransFPGA, an FPGA accelerator': a device no catalog knows, introduced by a propose verb,
    is proposed (the gold proposes hardware too); a known product after the verb is not."""
    rec = extract_one("We design TransFPGA, an FPGA accelerator for BERT inference deployed on a Xilinx Alveo U250 "
                      "card. TransFPGA is 8.4x faster than an Intel Xeon Gold 6226R CPU.",
                      title="Hardware-accelerated Transformer inference on FPGAs")
    assert rec["proposes"] == ["TransFPGA"] and ("TransFPGA", "RUNS_ON", "Alveo U250") in rels(rec)
    rec = extract_one("We design the H100 kernels of Pilgo, a new attention method.", title="Pilgo: attention")
    assert "H100" not in rec["proposes"]


def test_a_baselines_device_needs_a_device_of_the_works_own(extract_one):
    """'2.4x over the FP16 baseline on an H100': the sentence's only device is where both ran; with the work's
    own device named ('On an RTX 4090 ... the reference implementation on an Intel Core i9') the other
    is the baseline's. 'with less than 0.5 points of accuracy loss' is a bound, no baseline."""
    rec = extract_one("Quankv reduces KV cache memory by 5.1x with less than 0.5 points of accuracy loss, and "
                      "increases decode throughput by 2.4x over the FP16 baseline on an H100.",
                      title="Quankv: KV cache quantization")
    assert ("Quankv", "RUNS_ON", "H100") in rels(rec) and ("Quankv", "COMPARED_WITH", "H100") not in rels(rec)
    by_value = {r["value"]: r for r in rec["results"]}
    assert by_value[2.4].get("hardware") == "H100" and by_value[5.1].get("qualifier") is None, by_value


def test_a_gerund_subtitle_does_not_type_the_name(extract_one):
    """'Zorvex: Training LLMs on Heterogeneous GPU Clusters': Zorvex trains LLMs, it is not one; 'Lattice
    QCD' names a field."""
    rec = extract_one("We present Zorvex, a training system.", title="Zorvex: Training LLMs on Heterogeneous GPU Clusters")
    assert types_of(rec)["Zorvex"] == "method"
    rec = extract_one("We port the Grid library to Intel GPUs with SYCL.",
                      title="Porting a Lattice QCD Code to Intel GPUs with SYCL")
    assert "QCD" not in types_of(rec)


def test_a_plain_topic_before_a_study_title_is_no_name(extract_one):
    """'Wafer-Scale LLM Inference: Lessons from ...' names a topic; 'Deep Optimizer States: Towards ...'
    names the work (a goal, not a study), and 'LLM-Guided' after a colon does not make the name a model."""
    rec = extract_one("We report our experience deploying Llama 3.1 70B on the Cerebras CS-3.",
                      title="Wafer-Scale LLM Inference: Lessons from Deploying Llama on Cerebras CS-3")
    assert rec["proposes"] == [] and ("@paper", "RUNS_ON", "CS-3") in rels(rec)
    rec = extract_one("We move optimizer states between host and GPU memory in interleaved chunks.",
                      title="Deep Optimizer States: Towards Scalable Training of Transformer Models")
    assert rec["proposes"] == ["Deep Optimizer States"]
    rec = extract_one("We introduce Kernforge, an agentic framework that writes kernels.",
                      title="Kernforge: LLM-Guided Generation of Efficient Triton Kernels")
    assert types_of(rec)["Kernforge"] == "method"


def test_a_title_opening_with_a_known_name_spelled_another_way_proposes_it(extract_one):
    rec = extract_one("We distribute long sequences across multiple devices.",
                      title="Ring Attention with Blockwise Transformers for Near-Infinite Context")
    assert rec["proposes"] == ["RingAttention"]


def test_a_product_number_is_not_a_memory_size(extract_one):
    """'a Gaudi 2 node' is a Gaudi-2 node (the 2 is no memory size between a product and its head noun);
    'an A100 8 GB GPU' and 'A100 80 GB GPU' stay one A100."""
    rec = extract_one("On a Gaudi 2 node with 8 HPUs we compare an A100 8 GB GPU and an A100 80 GB GPU.")
    hardware = {e["name"] for e in rec["entities"] if e["type"] == "hardware"}
    assert hardware == {"Gaudi-2", "HPU", "A100"}, hardware
