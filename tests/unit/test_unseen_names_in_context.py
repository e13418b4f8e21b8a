"""Names kg has never seen, typed by the words around them: the renamed runs of ``kg eval --new-names ...
--rename all`` show where a name's catalog entry did the typing; made-up names, the constructions of real
abstracts (outside the gold corpora)."""
from __future__ import annotations

from helpers import rels, types_of


def test_a_family_of_sized_releases_types_the_list_it_stands_in(extract_one):
    """'We validate the accuracy with QuorVex, ZanDrel and MilTrax ... on QuorVex-6.7B and QuorVex-30B': the sized
    releases make 'QuorVex' a model, and the unknown names listed with it are models too (camel-case names were
    methods it uses; plain ones were already models)."""
    rec = extract_one("We propose Hexlo, a cache eviction policy. We validate the accuracy of Hexlo with QuorVex, "
                      "ZanDrel, and MilTrax across a wide range of tasks. Hexlo improves the throughput by up to 3x "
                      "on QuorVex-6.7B and QuorVex-30B.", title="Hexlo: cache eviction for LLM inference")
    assert types_of(rec)["ZanDrel"] == types_of(rec)["MilTrax"] == "model", types_of(rec)
    assert {("Hexlo", "APPLIED_TO", m) for m in ("QuorVex", "ZanDrel", "MilTrax")} <= rels(rec), rels(rec)


def test_experiments_and_results_on_a_name_make_it_a_benchmark(extract_one):
    """'Experiments on DraTor and KemJor show', 'Comprehensive results on the NixRud show': what experiments or
    results are reported on is a dataset (a machine the catalog knows stays one: 'experiments on Stampede2')."""
    rec = extract_one("We propose Vexlo, a sparse attention kernel. Experiments on DraTor and KemJor show that Vexlo "
                      "is 2x faster. Comprehensive results on the NixRud show that Vexlo keeps its accuracy.",
                      title="Vexlo: sparse attention")
    assert {types_of(rec)[n] for n in ("DraTor", "KemJor", "NixRud")} == {"dataset"}, types_of(rec)
    assert {("Vexlo", "EVALUATED_ON", d) for d in ("DraTor", "KemJor", "NixRud")} <= rels(rec), rels(rec)
    rec = extract_one("We present Vexlo. Experiments on Stampede2 and Expanse show that Vexlo scales to 1,024 nodes.",
                      title="Vexlo: scaling")
    assert {("Vexlo", "RUNS_ON", m) for m in ("Stampede2", "Expanse")} <= rels(rec), rels(rec)


def test_a_score_claimed_on_a_name_makes_it_a_benchmark(extract_one):
    """'achieves 76.3% on DraTor', 'sets a new state of the art on KemJor', 'comparable accuracy to VexRud on PilSul':
    a score or a state of the art claimed on a name makes it a dataset; a speed-up on one says nothing of it."""
    for sentence, name in (("Vexlo achieves 76.3% on DraTor.", "DraTor"),
                           ("Vexlo sets a new state of the art on KemJor.", "KemJor"),
                           ("We achieve comparable accuracy to VexRud on PilSul while running 2.5x faster.", "PilSul"),
                           ("Vexlo improves the pass@1 on NixRud by 12%.", "NixRud")):
        rec = extract_one("We propose Vexlo, a decoding method. " + sentence, title="Vexlo: faster decoding")
        assert types_of(rec)[name] == "dataset", (sentence, types_of(rec))
        assert ("Vexlo", "EVALUATED_ON", name) in rels(rec), (sentence, rels(rec))
    rec = extract_one("We propose Vexlo, a decoding method. Vexlo achieves a 2.1x speedup on DraTor.",
                      title="Vexlo: faster decoding")
    assert types_of(rec).get("DraTor") != "dataset", types_of(rec)


def test_what_a_technique_is_applied_to_or_decodes_is_a_model(extract_one):
    """'We apply Vexlo to DraTor and KemJor', 'speeds up decoding of NixRud': what a technique is applied to, or
    whose inference or decoding it speeds up, is a model (was: a method it uses, or no relation)."""
    rec = extract_one("We propose Vexlo, a cache eviction policy. We apply Vexlo to DraTor and KemJor, reducing memory "
                      "by 4x. Vexlo also speeds up decoding of NixRud by 2.1x.", title="Vexlo: cache eviction")
    assert {types_of(rec)[n] for n in ("DraTor", "KemJor", "NixRud")} == {"model"}, types_of(rec)
    assert {("Vexlo", "APPLIED_TO", m) for m in ("DraTor", "KemJor", "NixRud")} <= rels(rec), rels(rec)


def test_an_apposition_of_a_counted_plural_types_the_pair_before_it(extract_one):
    """'than DraTor and KemJor, two popular inference engines': the apposition says what both names are."""
    rec = extract_one("We propose Vexlo, a serving system. Vexlo is 3x faster than DraTor and KemJor, two popular "
                      "inference engines.", title="Vexlo: fast serving")
    assert types_of(rec)["DraTor"] == types_of(rec)["KemJor"] == "framework", types_of(rec)
    assert {("Vexlo", "COMPARED_WITH", f) for f in ("DraTor", "KemJor")} <= rels(rec), rels(rec)


def test_a_determiner_opening_a_sentence_is_no_title_case(extract_one):
    """'Our Drator-based training pipeline is up to 100x faster': 'Our' opens the sentence, it makes no Title Case
    phrase of the name after it, and what a pipeline is based on is a framework."""
    rec = extract_one("We present Vexlo, a suite of environments for multi-agent learning. Our Drator-based training "
                      "pipeline is up to 100x faster than existing approaches.", title="Vexlo: multi-agent environments")
    assert types_of(rec).get("Drator") == "framework", types_of(rec)
    assert ("Vexlo", "IMPLEMENTED_IN", "Drator") in rels(rec), rels(rec)


def test_the_titles_spelling_of_a_name_takes_the_type_the_abstract_gives_it(extract_one):
    """'KelMo: High Performance GPU-Dedicated Architecture' ... 'The KelMo models reach 80.8% top-1 accuracy': Title
    Case hides the words that type the name in the title; the abstract's do (was: the title's default, a method)."""
    rec = extract_one("We introduce a series of architecture modifications that aim to boost accuracy while retaining "
                      "GPU efficiency. The KelMo models reach 80.8% top-1 accuracy on ImageNet.",
                      title="KelMo: High Performance GPU-Dedicated Architecture")
    assert types_of(rec)["KelMo"] == "model", types_of(rec)


def test_a_sentence_opening_name_before_a_type_noun_is_a_name_when_written_mid_sentence_too(extract_one):
    """'Gorvex model achieves 55.5% AP ..., while with test time augmentation, Gorvex achieves 56.0% AP': a
    sentence's first word is no name by itself, but one a type noun follows that the text also writes mid-sentence
    is (was: no entity); an ordinary opening word is not ('Results show ...')."""
    rec = extract_one("We show that the detector scales both up and down. Gorvex model achieves state-of-the-art "
                      "results: 55.5% AP on the COCO dataset at 16 FPS on a V100, while with test time augmentation, "
                      "Gorvex achieves 56.0% AP. Results model the trade-off well.",
                      title="Quilam: network scaling for object detection")
    assert types_of(rec).get("Gorvex") == "model", types_of(rec)
    assert ("Quilam", "APPLIED_TO", "Gorvex") in rels(rec), rels(rec)
    assert "Results" not in types_of(rec), types_of(rec)

