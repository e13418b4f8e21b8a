"""The ontology says what the schema says: domains and ranges, disjoint entity classes, a version
and a licence, a label on every kg term (OWL 2 DL itself is checked by the OWL API: integration)."""
from __future__ import annotations

from importlib import resources

import rdflib
from rdflib import OWL, RDF, RDFS
from rdflib.collection import Collection

from kg import __version__
from kg.exporters.vocab import REL_PROPERTY
from kg.graph.schema import REL_TYPES

KG = rdflib.Namespace("https://w3id.org/kg/ontology#")
ONTOLOGY = rdflib.URIRef("https://w3id.org/kg/ontology")


def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(data=resources.files("kg.ontology").joinpath("kg.ttl").read_text(), format="turtle")


def _classes(g: rdflib.Graph, node) -> set[str]:
    if isinstance(node, rdflib.URIRef):
        return {str(node).rsplit("#", 1)[1]}
    return {str(c).rsplit("#", 1)[1] for c in Collection(g, g.value(node, OWL.unionOf))}


def test_relationship_domains_and_ranges_are_the_schemas():
    g = _ontology()
    for name, rel in REL_TYPES.items():
        prop = rdflib.URIRef(str(REL_PROPERTY[name]))
        assert _classes(g, g.value(prop, RDFS.domain)) == {a for a, _ in rel.pairs}, name
        assert _classes(g, g.value(prop, RDFS.range)) == {b for _, b in rel.pairs}, name


def test_entity_classes_are_disjoint_and_nothing_subclasses_rdf_vocabulary():
    g = _ontology()
    groups = [{str(c).rsplit("#", 1)[1] for c in Collection(g, g.value(d, OWL.members))}
              for d in g.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert {"Dataset", "Framework", "Hardware", "Method", "Model"} in groups
    assert {"Assertion", "Entity", "Paper", "Result"} in groups
    assert not [o for o in g.objects(None, RDFS.subClassOf) if str(o).startswith(str(RDF))]


def test_version_licence_and_a_label_on_every_kg_term():
    g = _ontology()
    assert str(g.value(ONTOLOGY, OWL.versionInfo)) == __version__
    assert g.value(ONTOLOGY, rdflib.URIRef("http://purl.org/dc/terms/license")) is not None
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef) and str(s).startswith(str(KG))}
    assert len(terms) > 40
    assert not [t for t in terms if g.value(t, RDFS.label) is None]


def test_result_units_become_ucum_codes_or_nothing():
    from kg.exporters.ucum import ucum
    assert [ucum(u) for u in ("x", "%", "pp", "ms", "days", "tokens/s", "FPS", "PFLOPS", "teraFLOP/s",
                              "TFLOPS/GPU", "TOPS/W", "GPU-hours", "$/h", "", None)] == \
        ["1", "%", "%", "ms", "d", "{tokens}/s", "{frame}/s", "10*15.{FLOP}/s", "10*12.{FLOP}/s",
         "10*12.{FLOP}/s/{GPU}", "10*12.{OP}/s/W", "h.{GPU}", None, None, None]


def test_exported_results_carry_their_ucum_code(sample_graph, tmp_path):
    from kg.exporters import get_exporter
    from kg.exporters.ucum import ucum
    get_exporter("turtle").write(sample_graph, tmp_path / "g.ttl")
    g = rdflib.Graph().parse(tmp_path / "g.ttl")
    coded = {(str(g.value(r, KG.unit)), str(c)) for r, c in g.subject_objects(KG.unitCode)}
    units = {d.get("unit") for _, d in sample_graph.nodes(data=True) if d["label"] == "Result"}
    assert coded and coded == {(u, ucum(u)) for u in units if ucum(u)}


def test_the_shapes_allow_exactly_the_kinds_of_source_kg_reads():
    from kg.sources import INPUT_FORMATS
    shapes = rdflib.Graph().parse(data=resources.files("kg.ontology").joinpath("shapes.ttl").read_text(),
                                  format="turtle")
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    prop = next(shapes.subjects(sh.path, KG.sourceKind))
    allowed = {str(v) for v in Collection(shapes, shapes.value(prop, sh["in"]))}
    assert allowed == set(INPUT_FORMATS)
    assert (KG.sourceKind, RDF.type, OWL.DatatypeProperty) in _ontology()
