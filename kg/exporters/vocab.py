"""The kg vocabulary as a closed namespace: a typo in a term is an error, not a new IRI."""
from __future__ import annotations

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class KG(DefinedNamespace):
    """Classes and properties of ``ontology/kg.ttl``."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg/ontology#")

    # classes
    Paper: URIRef
    Entity: URIRef
    Method: URIRef
    Hardware: URIRef
    Model: URIRef
    Dataset: URIRef
    Framework: URIRef
    Result: URIRef
    Assertion: URIRef
    # object properties (one per relationship type)
    proposes: URIRef
    mentions: URIRef
    runsOn: URIRef
    evaluatedOn: URIRef
    appliedTo: URIRef
    implementedIn: URIRef
    uses: URIRef
    basedOn: URIRef
    comparedWith: URIRef
    reports: URIRef
    about: URIRef
    measuredOn: URIRef
    # reification of relationships (an Assertion states subject-predicate-object with evidence)
    assertionSubject: URIRef
    assertionPredicate: URIRef
    assertionObject: URIRef
    # datatype properties
    key: URIRef
    specific: URIRef
    vendor: URIRef
    family: URIRef
    architecture: URIRef
    releaseYear: URIRef
    memoryGB: URIRef
    memoryType: URIRef
    memoryBandwidthGBs: URIRef
    fp16TFLOPS: URIRef
    fp32TFLOPS: URIRef
    specSource: URIRef
    deviceClass: URIRef
    kind: URIRef
    organisation: URIRef
    site: URIRef
    subjectName: URIRef
    metric: URIRef
    value: URIRef
    unitCode: URIRef
    low: URIRef
    unit: URIRef
    qualifier: URIRef
    claimText: URIRef
    sentence: URIRef
    field: URIRef
    charStart: URIRef
    charEnd: URIRef
    rule: URIRef
    source: URIRef
    sourceSha256: URIRef
    sourceKind: URIRef


REL_PROPERTY = {
    "PROPOSES": KG.proposes, "MENTIONS": KG.mentions, "RUNS_ON": KG.runsOn, "EVALUATED_ON": KG.evaluatedOn,
    "APPLIED_TO": KG.appliedTo, "IMPLEMENTED_IN": KG.implementedIn, "USES": KG.uses, "BASED_ON": KG.basedOn,
    "COMPARED_WITH": KG.comparedWith, "REPORTS": KG.reports, "ABOUT": KG.about, "MEASURED_ON": KG.measuredOn,
}
