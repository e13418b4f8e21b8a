"""The graph as RDF: stable IRIs, reused vocabularies, reified evidence, streamed serialisation.

``triples(graph, base)`` is the pure generator (deterministic order); pyoxigraph
serialises the stream straight to the file, so a large export never holds an RDF
copy of the graph in memory. rdflib stays for the ontology, SHACL and tests.

* Papers are ``kg:Paper``/``schema:ScholarlyArticle`` with DCTERMS title, abstract, identifier.
* Entities carry ``skos:prefLabel`` (canonical name), ``skos:altLabel`` (aliases), catalog facts.
* Each relationship is a direct triple plus a ``kg:Assertion`` per paper that states it, with
  ``prov:wasDerivedFrom`` the paper and the sentence, offsets and rule as evidence.
* Results are ``kg:Result`` nodes with ``xsd:decimal`` values.
"""
from __future__ import annotations

import hashlib
import re
import warnings
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD

from kg.errors import ExportError, ExportWarning
from kg.exporters import Exporter, register, xml_safe
from kg.exporters.ucum import ucum
from kg.exporters.vocab import KG, REL_PROPERTY

DEFAULT_BASE = "https://w3id.org/kg/data/"
PREFIXES = {"kg": str(KG._NS), "dcterms": str(DCTERMS), "schema": str(SDO), "skos": str(SKOS),
            "prov": str(PROV), "rdfs": str(RDFS), "xsd": str(XSD)}
ENTITY_FIELDS = {"vendor": (KG.vendor, XSD.string), "family": (KG.family, XSD.string),
                 "architecture": (KG.architecture, XSD.string), "year": (KG.releaseYear, XSD.integer),
                 "memory_gb": (KG.memoryGB, XSD.decimal), "device_class": (KG.deviceClass, XSD.string),
                 "memory_type": (KG.memoryType, XSD.string),
                 "memory_bandwidth_gbs": (KG.memoryBandwidthGBs, XSD.decimal),
                 "fp16_tflops": (KG.fp16TFLOPS, XSD.decimal), "fp32_tflops": (KG.fp32TFLOPS, XSD.decimal),
                 "spec_source": (KG.specSource, XSD.string),
                 "kind": (KG.kind, XSD.string), "org": (KG.organisation, XSD.string), "site": (KG.site, XSD.string),
                 "specific": (KG.specific, XSD.boolean)}
PAPER_FIELDS = {"id": (DCTERMS.identifier, XSD.string), "title": (DCTERMS.title, XSD.string),
                "abstract": (DCTERMS.abstract, XSD.string), "url": (SDO.url, XSD.anyURI),
                "authors": (DCTERMS.creator, XSD.string), "published": (DCTERMS.issued, XSD.date),
                "categories": (DCTERMS.subject, XSD.string), "source": (KG.source, XSD.string),
                "source_sha256": (KG.sourceSha256, XSD.string), "sources": (KG.sourceKind, XSD.string)}
RESULT_FIELDS = {"subject": (KG.subjectName, XSD.string), "metric": (KG.metric, XSD.string),
                 "value": (KG.value, XSD.decimal), "low": (KG.low, XSD.decimal), "unit": (KG.unit, XSD.string),
                 "qualifier": (KG.qualifier, XSD.string), "text": (KG.claimText, XSD.string)}
EVIDENCE_FIELDS = {"sentence": (KG.sentence, XSD.string), "field": (KG.field, XSD.string),
                   "char_start": (KG.charStart, XSD.integer), "char_end": (KG.charEnd, XSD.integer),
                   "rule": (KG.rule, XSD.string)}


def node_iri(key: str, base: str = DEFAULT_BASE) -> str:
    """``Hardware:a100`` -> ``{base}hardware/a100``: the same entity has the same IRI in every snapshot."""
    label, _, rest = key.partition(":")
    return f"{base}{label.lower()}/" + "/".join(quote(part, safe="") for part in rest.split(":"))


def _literal(value: Any, datatype) -> ox.Literal:
    if datatype == XSD.boolean:
        text = "true" if value else "false"
    elif datatype == XSD.decimal:
        text = _decimal(value)
    else:
        text = xml_safe(str(value))       # RDF/XML cannot hold a NUL; no reader wants one in Turtle either
    return ox.Literal(text, datatype=ox.NamedNode(str(datatype)))


def _decimal(value: Any) -> str:
    """xsd:decimal's lexical form of a number, exact as Python prints it: 0.0000012 and 1e-7 survive
    (formatting to six places made them 0.000001 and 0.0)."""
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text if "." in text else text + ".0"


def _portable_source(source: str) -> str:
    """'file:line' with the file's name only: an export must not carry the machine's directories."""
    path, sep, line = source.rpartition(":")
    return f"{Path(path).name}{sep}{line}" if sep and line.isdigit() else Path(source).name


URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
DAY = re.compile(r"(\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?:[T ].*)?")


def _date(value: Any) -> tuple[str, Any]:
    """A date's lexical form and XSD type (date, gYearMonth, gYear), or None for the type if it is not one."""
    text = str(value).strip()
    day = DAY.fullmatch(text)
    if day:
        return day.group(1), XSD.date
    if re.fullmatch(r"\d{4}-(?:0[1-9]|1[0-2])", text):
        return text, XSD.gYearMonth
    return text, XSD.gYear if re.fullmatch(r"\d{4}", text) else None


def _paper_triples(s: ox.NamedNode, data: dict[str, Any]) -> Iterator[ox.Triple]:
    """A paper's fields, typed: dates as xsd:date (or gYearMonth, gYear), one creator and one subject
    per value; a date or URL that is not one is left out with a warning, never emitted ill-typed."""
    for name, (prop, field_type) in PAPER_FIELDS.items():
        value = data.get(name)
        dt: Any = field_type
        if value is None or value == "":
            continue
        if name == "published":
            value, dt = _date(value)
        elif name == "url" and not URL.fullmatch(str(value)):
            dt = None
        if dt is None:
            warnings.warn(f"paper {data.get('id')}: {name} '{value}' is not a {'date' if name == 'published' else 'URL'}; "
                          "left out of the RDF",
                          ExportWarning, stacklevel=2)
            continue
        values = _split(name, str(value)) if name in ("authors", "categories") else \
            sorted(value) if isinstance(value, list) else [value]          # sources: one triple per kind
        for v in values:
            yield ox.Triple(s, _n(prop), _literal(_portable_source(v) if name == "source" else v, dt))


def _split(name: str, value: str) -> list[str]:
    """'Ada Lovelace; Alan Turing' or 'Ada Lovelace, Alan Turing and Grace Hopper' -> one creator each;
    'cs.LG cs.DC' or 'cs.LG, cs.DC' -> one subject each."""
    if name == "categories":
        parts = re.split(r"[\s,;]+", value)
    else:
        parts = re.split(r"\s*;\s*", value) if ";" in value else re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", value)
    return [p for p in (x.strip() for x in parts) if p]


def _n(term) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def triples(graph: nx.MultiDiGraph, base: str = DEFAULT_BASE) -> Iterator[ox.Triple]:
    """Every triple of the graph, in a deterministic order."""
    a = _n(RDF.type)
    for key, data in sorted(graph.nodes(data=True), key=lambda kv: kv[0]):
        s = ox.NamedNode(node_iri(key, base))
        label = data["label"]
        yield ox.Triple(s, a, _n(KG[label]))
        if label == "Paper":
            yield ox.Triple(s, a, _n(SDO.ScholarlyArticle))
            yield from _paper_triples(s, data)
            fields = {}
        elif label == "Result":
            fields = RESULT_FIELDS
            yield ox.Triple(s, _n(PROV.wasDerivedFrom), ox.NamedNode(node_iri(f"Paper:{data['paper']}", base)))
            for name, (prop, dt) in EVIDENCE_FIELDS.items():
                if data.get(name) is not None:
                    yield ox.Triple(s, _n(prop), _literal(data[name], dt))
            code = ucum(data.get("unit"))
            if code is not None:
                yield ox.Triple(s, _n(KG.unitCode), _literal(code, XSD.string))
        else:
            fields = ENTITY_FIELDS
            yield ox.Triple(s, _n(KG.key), _literal(key, XSD.string))
            yield ox.Triple(s, _n(SKOS.prefLabel), _literal(data["name"], XSD.string))
            yield ox.Triple(s, _n(RDFS.label), _literal(data["name"], XSD.string))
            for alias in sorted(data.get("aliases") or []):
                yield ox.Triple(s, _n(SKOS.altLabel), _literal(alias, XSD.string))
        for name, (prop, dt) in fields.items():
            if data.get(name) is not None and (data[name] != "" or dt != XSD.string):   # no empty kg:metric ""
                yield ox.Triple(s, _n(prop), _literal(data[name], dt))
    stated = set()
    for a_key, b_key, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["paper"])):
        s, o, p = ox.NamedNode(node_iri(a_key, base)), ox.NamedNode(node_iri(b_key, base)), _n(REL_PROPERTY[data["type"]])
        if (a_key, data["type"], b_key) not in stated:
            stated.add((a_key, data["type"], b_key))
            yield ox.Triple(s, p, o)
        digest = hashlib.sha1(f"{a_key}|{data['type']}|{b_key}|{data['paper']}".encode()).hexdigest()[:16]
        ev = ox.NamedNode(f"{base}assertion/{digest}")
        yield ox.Triple(ev, a, _n(KG.Assertion))
        yield ox.Triple(ev, _n(KG.assertionSubject), s)
        yield ox.Triple(ev, _n(KG.assertionPredicate), p)
        yield ox.Triple(ev, _n(KG.assertionObject), o)
        yield ox.Triple(ev, _n(PROV.wasDerivedFrom), ox.NamedNode(node_iri(f"Paper:{data['paper']}", base)))
        for name, (prop, dt) in EVIDENCE_FIELDS.items():
            if data.get(name) is not None:
                yield ox.Triple(ev, _n(prop), _literal(data[name], dt))


FORMATS = {"turtle": (ox.RdfFormat.TURTLE, ".ttl", "RDF Turtle with the kg ontology's prefixes"),
           "ntriples": (ox.RdfFormat.N_TRIPLES, ".nt", "RDF N-Triples (one triple a line, streams)"),
           "jsonld": (ox.RdfFormat.JSON_LD, ".jsonld", "RDF JSON-LD with a @context, one node object per @id"),
           "rdfxml": (ox.RdfFormat.RDF_XML, ".rdf", "RDF/XML"),
           "trig": (ox.RdfFormat.TRIG, ".trig", "RDF TriG: the snapshot as one named graph"),
           "nquads": (ox.RdfFormat.N_QUADS, ".nq", "RDF N-Quads: the snapshot as one named graph")}


def check_base(base: str) -> str:
    """A base IRI must be absolute and end in '/' or '#': otherwise IRIs glue onto its last segment."""
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.\-]*://[^\s<>\"{}|\\^`]+[/#]", base):
        raise ExportError(f"base IRI '{base}' must be an absolute IRI ending in '/' or '#', "
                          f"such as {DEFAULT_BASE}")
    return base


def write_rdf(graph: nx.MultiDiGraph, path: Path, fmt: str = "turtle", base: str = DEFAULT_BASE,
              snapshot: str = "latest") -> list[Path]:
    rdf_format = FORMATS[fmt][0]
    stream: Any = triples(graph, check_base(base))   # checked before the file is opened: no 0-byte leftovers
    if fmt == "jsonld":
        from kg.exporters.jsonld import write_jsonld
        return write_jsonld(stream, path, PREFIXES)
    if fmt in ("trig", "nquads"):
        g = ox.NamedNode(f"{base}snapshot/{quote(snapshot, safe='')}")
        stream = (ox.Quad(t.subject, t.predicate, t.object, g) for t in stream)
    path.parent.mkdir(parents=True, exist_ok=True)
    prefixes = PREFIXES if fmt in ("turtle", "trig", "rdfxml", "jsonld") else None
    with path.open("wb") as fh:
        ox.serialize(stream, fh, rdf_format, prefixes=prefixes)
    return [path]


for _name, (_fmt, _ext, _doc) in FORMATS.items():
    register(Exporter(_name, _doc, (lambda f: lambda g, p, **kw: write_rdf(g, p, f, **kw))(_name), suffix=_ext))
