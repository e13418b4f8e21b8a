"""Names kg has never seen, built from ones it knows."""
from helpers import ents, rels


def test_a_capitalised_word_after_a_known_name_is_a_variant(extract_one):
    rec = extract_one("We train agents on Atari Pong and evaluate Mistral Large against GPT-4 Turbo. "
                      "Models are implemented in PyTorch and run on ImageNet images.", title="A Study of Agents")
    e = ents(rec)
    assert {("Atari Pong", "dataset"), ("Mistral Large", "model"), ("GPT-4 Turbo", "model")} <= e
    assert ("PyTorch", "framework") in e and ("ImageNet", "dataset") in e


def test_title_case_in_the_title_does_not_make_variants(extract_one):
    rec = extract_one("We study serving.", title="Efficient ImageNet Training on TPU Pods")
    assert ("ImageNet", "dataset") in ents(rec)
    assert not any(n.startswith("ImageNet ") for n, _ in ents(rec))


def test_a_size_variant_of_a_coined_name_is_a_model(extract_one):
    rec = extract_one("The ZetaDet-tiny model reaches 443 FPS and ZetaDet-large reaches 55% AP. "
                      "Our large-scale, multi-large design helps.", title="A Study of Detectors")
    e = ents(rec)
    assert {("ZetaDet-tiny", "model"), ("ZetaDet-large", "model")} <= e
    assert not any(n.lower().startswith(("large", "multi")) for n, _ in e)


def test_the_subtitle_head_noun_types_the_title_name(extract_one):
    e = ents(extract_one("ZorbNet runs fast.", title="ZorbNet: An Improved One Millisecond Mobile Backbone"))
    assert ("ZorbNet", "model") in e
    e = ents(extract_one("QuolBench is hard.", title="QuolBench: A Comprehensive Benchmark for Graph Models"))
    assert ("QuolBench", "dataset") in e
    # a plural is what the work is about, and a gerund subtitle has no head noun
    for title in ("Zapt: Efficient Large Vision-Language Models with Token Sparsification",
                  "Zapt: Training Multi-Billion Parameter Language Models Using Model Parallelism"):
        assert ("Zapt", "model") not in ents(extract_one("We present Zapt.", title=title))


def test_a_model_noun_right_before_a_name_types_it(extract_one):
    rec = extract_one("We design an efficient backbone ZorbNet, and the resulting object detector, named QuillDet, "
                      "reaches 50% AP.", title="A Study of Detectors")
    assert {("ZorbNet", "model"), ("QuillDet", "model")} <= ents(rec)


def test_sizes_of_a_released_model_are_models(extract_one):
    rec = extract_one("We release ZorbLayout-L, ZorbLayout-M and ZorbLayout-S for different budgets.",
                      title="ZorbLayout: A Unified Document Layout Detection Model")
    assert {("ZorbLayout", "model"), ("ZorbLayout-L", "model"), ("ZorbLayout-S", "model")} <= ents(rec)
    assert ("Zorbal", "model") in ents(extract_one("We fine-tune it.", title="Zorbal: An efficient 7B instruct-model "
                                                                          "fine-tuned with curated datasets"))


def test_a_name_used_as_a_kind_is_no_entity(extract_one):
    e = ents(extract_one("We train GPT-like and BERT-style architectures on 32 GPUs; a GPT-type model follows.",
                         title="A Study of Training"))
    assert not any(n in ("GPT", "BERT") for n, _ in e)
    assert ("BERT", "model") in ents(extract_one("We fine-tune BERT on 32 GPUs.", title="A Study of Training"))


def test_a_name_in_brackets_after_a_comparisons_noun_is_a_name(extract_one):
    """'compared to the state-of-the-art (Quilam)': the bracket after the marker's noun holds the name;
    a bracket opening a sentence-like aside ('(Table 3)') does not."""
    rec = extract_one("We present Pilvex. Compared to the state-of-the-art (Quilam), Pilvex achieves up to 8x "
                      "faster model synchronization (Table 3).", title="Pilvex: fast synchronization")
    assert ("Pilvex", "COMPARED_WITH", "Quilam") in rels(rec)
    assert "Table" not in {e["name"] for e in rec["entities"]}


def test_a_revealed_names_sized_variants_are_models_even_opening_a_sentence(extract_one):
    """'the Sulnix object detection neural network' reveals Sulnix (a cue); 'Sulnix-large model achieves ...'
    and 'The Sulnix-tiny model' are then its released sizes, models derived from it."""
    rec = extract_one("We show that the Sulnix object detection neural network scales up and down. Sulnix-large achieves "
                      "55.5% AP on COCO at 16 FPS on Tesla V100. The Sulnix-tiny model reaches 443 FPS on RTX 2080Ti.",
                      title="Torvix: Scaling Cross Stage Partial Network")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert types.get("Sulnix-large") == "model" and types.get("Sulnix-tiny") == "model", types
    r = rels(rec)
    assert ("Sulnix-large", "BASED_ON", "Sulnix") in r and ("Sulnix-tiny", "BASED_ON", "Sulnix") in r, r


def test_memory_and_chip_parts_are_no_names(extract_one):
    """Memory is not hardware (ANNOTATION.md): 'a dedicated NAND flash chip', 'TLB misses', 'ECC' name parts
    and features, not things to annotate."""
    rec = extract_one("We present Cambrix, which pairs an NPU with a dedicated NAND flash chip and cuts TLB misses "
                      "with ECC-protected buffers.", title="Cambrix: on-device LLM inference")
    assert not {"NAND", "TLB", "ECC"} & {name for name, _ in ents(rec)}, ents(rec)


def test_a_device_based_baseline_is_software_and_its_list_goes_on(extract_one):
    rec = extract_one("Compared with CPU-based Pilhul and GPU-based Yadqui, Vexqui attains over 10x speedup.",
                      title="Vexqui: Fast Inference on Phones")
    e = ents(rec)
    assert {("Pilhul", "framework"), ("Yadqui", "framework")} <= e        # what a device class runs: software
    assert {("Vexqui", "COMPARED_WITH", "Pilhul"), ("Vexqui", "COMPARED_WITH", "Yadqui")} <= rels(rec)


def test_what_a_hardware_vendor_owns_is_software_what_a_framework_owns_is_not(extract_one):
    rec = extract_one("Lamgor reaches 2.4x speedup compared to NVIDIA's Zoryad and uses Torvex's Quihul.",
                      title="Lamgor: Fast Kernels")
    assert ("Zoryad", "framework") in ents(rec) and ("Quihul", "framework") not in ents(rec)


def test_what_software_is_based_on_or_merged_into_is_a_framework(extract_one):
    rec = extract_one("Lamwex is an open-access, Zorfan-based library for click models. We incorporate our "
                      "method into Nixkem and integrate it with Quorba.", title="Lamwex: Fast Click Models")
    assert {("Zorfan", "framework"), ("Nixkem", "framework"), ("Quorba", "framework")} <= ents(rec)
    assert {("Lamwex", "IMPLEMENTED_IN", "Zorfan"), ("Lamwex", "IMPLEMENTED_IN", "Nixkem")} <= rels(rec)
    assert rec["proposes"] == ["Lamwex"]        # 'our method into Nixkem' does not propose Nixkem


def test_what_a_contribution_integrates_with_is_a_framework_the_noun_too(extract_one):
    rec = extract_one("We present Kemtor, a toolkit supporting integration with both Pildra and C/C++; its "
                      "integration into Sulvex is seamless.", title="Kemtor: a toolkit for science")
    assert {("Pildra", "framework"), ("Sulvex", "framework")} <= ents(rec)
    assert ("Kemtor", "IMPLEMENTED_IN", "Pildra") in rels(rec)


def test_comparisons_name_owned_and_matched_baselines(extract_one):
    rec = extract_one("Lamgor reaches 2.4x speedup compared to NVIDIA's Zoryad. It achieves competitive "
                      "performance with Nixfan and comparable accuracy to Vexrud on Drator. It runs a "
                      "real-world model named Yadrud.", title="Lamgor: Fast Kernels")
    r = rels(rec)
    assert {("Lamgor", "COMPARED_WITH", n) for n in ("Zoryad", "Nixfan", "Vexrud")} <= r
    assert "Yadrud" in {n for n, _ in ents(rec)}
    assert not any(t == "Drator" and rel == "COMPARED_WITH" for _, rel, t in r)


def test_a_long_aside_after_a_list_item_keeps_the_list(extract_one):
    rec = extract_one(r"Quidra outperforms frameworks such as Deep Graph Library ($3.02\times$ faster on "
                      r"average) and Quirud (up to $4.10\times$ faster).", title="Quidra: Fast GNN Training")
    assert ("Quidra", "COMPARED_WITH", "Quirud") in rels(rec)


def test_a_benchmark_noun_after_an_acronyms_brackets_types_it(extract_one):
    rec = extract_one("Results on our specialized Needle in a Video Haystack (NIAVH) benchmark validate Vidlo. "
                      "Utilizing the neuroevolution potential (NEP) framework, we reach ab initio accuracy.",
                      title="Vidlo: Long Video Models")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert types.get("NIAVH") == "dataset" and types.get("NEP") == "method", types


def test_the_abstracts_description_types_a_title_name(extract_one):
    # the subtitle says nothing of the kind; the abstract's apposition does
    rec = extract_one("We present Vexnor, a large language model trained on 2T tokens.",
                      title="Vexnor: Fast Things for Everyone")
    assert ("Vexnor", "model") in ents(rec)
    # a subtitle's object ('Fine-tuning LLMs') is no head, and 'a framework' in the abstract says method
    rec = extract_one("In this work, we present Zorbo, a high-throughput, memory-efficient framework for "
                      "fine-tuning of LLMs.", title="Zorbo: Zeroth-Order Fine-tuning LLMs with Parallel Computing")
    assert ("Zorbo", "method") in ents(rec)
    # a group is of its members' kind; an acronym inside the phrase does not end it
    rec = extract_one("We introduce Quilo, a suite of open-source, domain-adapted transformer models that "
                      "combine pre-training with adapters.", title="Quilo: Open Transformers for Biomedical NER")
    assert ("Quilo", "model") in ents(rec)
    rec = extract_one("This paper introduces Sulpo, a high-speed Large Language Model (LLM) inference engine "
                      "on a personal computer.", title="Sulpo: Fast Large Language Model Serving")
    assert ("Sulpo", "method") in ents(rec)
    # a participle after a system's noun ends the phrase; a model noun before 'serving' is a modifier
    rec = extract_one("We release Orbo-7B. We design Orbo, an architecture featuring novel Strip Token Mixing. "
                      "We propose Qelix, an advanced LLM serving solution incorporating three innovations.",
                      title="Orbo: Fast Serving")
    assert {("Orbo", "method"), ("Qelix", "method"), ("Orbo-7B", "model")} <= ents(rec)
    assert ("Orbo", "APPLIED_TO", "Orbo-7B") in rels(rec)


def test_what_a_proposed_model_is_measured_against_is_a_model(extract_one):
    rec = extract_one("We present Wexrud, the first linear multimodal generation model. Wexrud achieves "
                      "competitive performance with Nixfan while surpassing Gorkem across benchmarks, and runs "
                      "faster than Belzor-based counterparts.", title="Wexrud: Unified Multimodal Generation")
    types = {e["name"]: e["type"] for e in rec["entities"]}
    assert types.get("Wexrud") == "model" and types.get("Nixfan") == "model" and types.get("Gorkem") == "model"
    assert types.get("Belzor") != "model", types        # it qualifies the counterparts
    # a system's baselines keep their evidence-free default
    rec = extract_one("We present Wexrud, a serving engine. Wexrud outperforms Nixfan by 2x.",
                      title="Wexrud: Fast Serving")
    assert {e["name"]: e["type"] for e in rec["entities"]}.get("Nixfan") != "model"


def test_the_family_of_a_sized_release_is_a_model(extract_one):
    rec = extract_one("We propose Hevo, a KV cache eviction policy. We validate the accuracy of our algorithm "
                      "with Quisul, Joryad, and Sulqui across a wide range of tasks. Hevo improves the throughput "
                      "by up to 3x on Quisul-6.7B and Quisul-30B.", title="Hevo: Efficient Generative Inference")
    assert {("Quisul", "model"), ("Joryad", "model"), ("Sulqui", "model"), ("Quisul-30B", "model")} <= ents(rec)
    assert {("Hevo", "APPLIED_TO", n) for n in ("Quisul", "Joryad", "Sulqui")} <= rels(rec)


def test_what_an_evaluation_runs_on_is_a_dataset(extract_one):
    rec = extract_one("We propose Torhul, a cache for long contexts. We validate Torhul on the Belhul and Zorkem "
                      "and show it matches full attention. We also evaluated it on Windows laptops.",
                      title="Torhul: Long Contexts")
    assert {("Belhul", "dataset"), ("Zorkem", "dataset")} <= ents(rec)
    assert {("Torhul", "EVALUATED_ON", "Belhul"), ("Torhul", "EVALUATED_ON", "Zorkem")} <= rels(rec)
    assert "Windows" not in {n for n, _ in ents(rec)}


def test_distinct_releases_the_catalogs_know_stay_apart(extract_one):
    """A catalog alias is another spelling of the same thing: ScaLAPACK is no LAPACK, the MTT S80 no MTT
    S4000, Qwen1.5-MoE no Qwen2-MoE, MOT20 no MOT17 (each was once listed as the other's alias)."""
    rec = extract_one("We compare ScaLAPACK with LAPACK on an MTT S80 and an MTT S4000, run Qwen1.5-MoE and "
                      "Qwen2-MoE, and track on MOT17 and MOT20.")
    names = {name for name, _ in ents(rec)}
    assert {"ScaLAPACK", "LAPACK", "MTT S80", "MTT S4000", "Qwen1.5-MoE", "Qwen2-MoE", "MOT17", "MOT20"} <= names, names
