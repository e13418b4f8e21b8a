"""Every registered exporter round-trips, is deterministic, and RDF passes the SHACL shapes."""
from __future__ import annotations

import csv
import json
import re
from importlib import resources

import networkx as nx
import pytest
import rdflib

from kg.exporters import get_exporter, list_exporters
from kg.exporters.networkx_formats import flat_graph
from kg.exporters.rdf import FORMATS, triples
from kg.stores import open_store

RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld", "rdfxml": "xml", "trig": "trig",
                 "nquads": "nquads"}


@pytest.fixture(scope="module")
def graph(sample_graph):
    return sample_graph


def _out(tmp_path, exporter, stem="out"):
    return tmp_path / (stem + exporter.suffix) if not exporter.directory else tmp_path / stem


def _expected_rdf(graph) -> set:
    def term(t):
        if hasattr(t, "datatype"):
            return rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
        return rdflib.URIRef(t.value)
    return {(term(t.subject), term(t.predicate), term(t.object)) for t in triples(graph)}


def _norm_literal(triple):
    s, p, o = triple
    if isinstance(o, rdflib.Literal) and o.datatype is None and o.language is None:
        o = rdflib.Literal(str(o), datatype=rdflib.XSD.string)
    if isinstance(o, rdflib.Literal):
        o = rdflib.Literal(o.toPython() if o.datatype != rdflib.XSD.string else str(o), datatype=o.datatype)
    return s, p, o


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_rdf_formats_parse_back_to_the_same_triples(graph, tmp_path, name):
    exporter = get_exporter(name)
    path = _out(tmp_path, exporter)
    exporter.write(graph, path)
    if name in ("trig", "nquads"):
        ds = rdflib.Dataset()
        ds.parse(path, format=RDFLIB_FORMAT[name])
        named = [g for g in ds.graphs() if str(g.identifier).endswith("/snapshot/latest")]
        assert len(named) == 1
        got = set(named[0])
    else:
        got = set(rdflib.Graph().parse(path, format=RDFLIB_FORMAT[name]))
    assert {_norm_literal(t) for t in got} == {_norm_literal(t) for t in _expected_rdf(graph)}


def _same_flat(read: nx.MultiDiGraph, graph: nx.MultiDiGraph, edge_ids: bool = False) -> None:
    """``edge_ids``: the format numbers its edges itself (GEXF); those ids are not kg data."""
    want = flat_graph(graph)
    assert sorted(read.nodes) == sorted(want.nodes)
    for n, d in want.nodes(data=True):
        assert dict(read.nodes[n]) == d, n
    want_edges = sorted((a, b, k, tuple(sorted(d.items()))) for a, b, k, d in want.edges(keys=True, data=True))
    got_edges = sorted((a, b, k, tuple(sorted((x, y) for x, y in d.items() if not (edge_ids and x == "id"))))
                       for a, b, k, d in read.edges(keys=True, data=True))
    assert got_edges == want_edges


def _by_kg_key(read: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A GraphML graph back under kg's keys (GraphML's own node ids are n0, n1, ...)."""
    keys = {n: d.pop("kg_key") for n, d in read.nodes(data=True)}
    assert all(re.fullmatch(r"n\d+", n) for n in keys)
    return nx.relabel_nodes(read, keys)


def test_graphml_reads_back_to_the_same_graph(graph, tmp_path):
    get_exporter("graphml").write(graph, tmp_path / "g.graphml")
    _same_flat(_by_kg_key(nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)), graph)


def test_gexf_reads_back_to_the_same_graph(graph, tmp_path):
    get_exporter("gexf").write(graph, tmp_path / "g.gexf")
    _same_flat(nx.read_gexf(tmp_path / "g.gexf"), graph, edge_ids=True)


def test_json_reads_back_to_the_same_graph(graph, tmp_path):
    get_exporter("json").write(graph, tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text())
    _same_flat(nx.node_link_graph(data, edges="edges"), graph)


def test_csv_reimports_to_the_same_counts(graph, tmp_path):
    get_exporter("csv").write(graph, tmp_path / "csv")
    nodes = list(csv.DictReader((tmp_path / "csv" / "nodes.csv").open()))
    edges = list(csv.DictReader((tmp_path / "csv" / "edges.csv").open()))
    assert len(nodes) == graph.number_of_nodes() and len(edges) == graph.number_of_edges()
    kinds = {}
    for n in nodes:
        kinds[n["kg_label"]] = kinds.get(n["kg_label"], 0) + 1
    assert kinds == {k: sum(1 for _, d in graph.nodes(data=True) if d["label"] == k) for k in kinds}


def test_cypher_script_recreates_the_graph_in_the_embedded_store(graph, tmp_path):
    get_exporter("cypher-ladybug").write(graph, tmp_path / "g.cypher")
    lines = [ln for ln in (tmp_path / "g.cypher").read_text().splitlines() if ln and not ln.startswith("//")]
    with open_store("ladybug", path=tmp_path / "fresh.db") as st:
        for stmt in lines:
            st.query(stmt.rstrip(";"))
        again = st.read_graph()
    assert flat_graph(again).nodes(data=True) == flat_graph(graph).nodes(data=True)
    assert sorted(flat_graph(again).edges(keys=True, data=True), key=str) == \
        sorted(flat_graph(graph).edges(keys=True, data=True), key=str)


@pytest.mark.parametrize("name", [e.name for e in list_exporters()])
def test_exports_are_byte_identical_twice(graph, tmp_path, name):
    exporter = get_exporter(name)
    a = exporter.write(graph, _out(tmp_path, exporter, "a"))
    b = exporter.write(graph, _out(tmp_path, exporter, "b"))
    assert [p.read_bytes() for p in a if p.name != "import.args"] == \
        [p.read_bytes() for p in b if p.name != "import.args"]


def _shacl(data: rdflib.Graph):
    from pyshacl import validate
    shapes = rdflib.Graph().parse(data=resources.files("kg.ontology").joinpath("shapes.ttl").read_text(),
                                  format="turtle")
    # the export alone: no ontology merged in, no inference (Jena's shacl and pyshacl read it so)
    conforms, _, text = validate(data, shacl_graph=shapes, inference="none")
    return conforms, text


def test_export_conforms_to_the_shapes_and_broken_graphs_do_not(graph, tmp_path):
    get_exporter("turtle").write(graph, tmp_path / "g.ttl")
    data = rdflib.Graph().parse(tmp_path / "g.ttl")
    conforms, text = _shacl(data)
    assert conforms, text
    KG = rdflib.Namespace("https://w3id.org/kg/ontology#")
    broken = rdflib.Graph() + data
    result = next(broken.subjects(rdflib.RDF.type, KG.Result))
    broken.remove((result, KG.value, None))                       # a result without a value
    assert not _shacl(broken)[0]
    broken = rdflib.Graph() + data
    dataset = next(broken.subjects(rdflib.RDF.type, KG.Dataset))
    method = next(broken.subjects(rdflib.RDF.type, KG.Method))
    broken.add((method, KG.runsOn, dataset))                        # runs on something that is not hardware
    conforms, text = _shacl(broken)
    assert not conforms and "runsOn" in text
    for prop, bad in ((KG.metric, rdflib.Literal("")), (rdflib.URIRef("http://purl.org/dc/terms/issued"),
                                                         rdflib.Literal("2023-13-45")),
                      (rdflib.URIRef("https://schema.org/url"), rdflib.Literal("not a url"))):
        broken = rdflib.Graph() + data
        subject = next(broken.subjects(rdflib.RDF.type, KG.Result if prop == KG.metric else KG.Paper))
        broken.set((subject, prop, bad))
        assert not _shacl(broken)[0], prop


def _flat_nodes(name, path):
    """Node id -> attributes, read back from one flat export with an independent reader."""
    if name == "graphml":
        g = _by_kg_key(nx.read_graphml(path))
        return {n: d for n, d in g.nodes(data=True)}
    if name == "gexf":
        g = nx.read_gexf(path)
        return {n: d for n, d in g.nodes(data=True)}
    if name == "json":
        return {n["id"]: n for n in json.loads(path.read_text(encoding="utf-8"))["nodes"]}
    with (path / "nodes.csv").open(encoding="utf-8", newline="") as fh:
        return {r["key"]: {k: v for k, v in r.items() if v != ""} for r in csv.DictReader(fh)}


@pytest.mark.parametrize("name", ["graphml", "gexf", "json", "csv"])
def test_every_node_attribute_survives_every_flat_export(graph, tmp_path, name):
    """The node type travels as kg_label; source attributes, the catalog's own 'kind' among them, all survive."""
    with_kind = [n for n, d in graph.nodes(data=True) if d.get("kind")]
    assert with_kind, "the sample graph has catalog nodes with a 'kind' (Framework cuda: platform)"
    exporter = get_exporter(name)
    out = _out(tmp_path, exporter)
    exporter.write(graph, out)
    nodes = _flat_nodes(name, out)
    assert len(nodes) == graph.number_of_nodes()
    for n, d in graph.nodes(data=True):
        got = nodes[n]
        assert got["kg_label"] == d["label"]
        for k, v in d.items():
            if v is None or k in ("label", "key", "id"):
                continue
            want = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, tuple)) else v
            assert str(got[k]).lower() == str(want).lower(), (name, n, k)


def test_graphml_is_read_whole_by_an_independent_reader(graph, tmp_path):
    """igraph's C GraphML parser reads every edge; edge ids are unique XML names and node and edge
    keys never share an id (Gephi once imported 670 of 1,680 edges)."""
    import re

    import igraph
    from lxml import etree
    out = tmp_path / "g.graphml"
    get_exporter("graphml").write(graph, out)
    g = igraph.Graph.Read_GraphML(str(out))
    assert (g.vcount(), g.ecount()) == (graph.number_of_nodes(), graph.number_of_edges())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = etree.parse(str(out)).getroot()
    ids = [e.get("id") for e in root.iterfind(".//g:edge", ns)]
    assert len(ids) == len(set(ids)) == graph.number_of_edges()
    assert all(re.fullmatch(r"[A-Za-z_][\w.\-]*", i) for i in ids)
    keys = [k.get("id") for k in root.iterfind("g:key", ns)]
    assert len(keys) == len(set(keys))


def test_gexf_is_version_1_3_and_edges_carry_their_kind(graph, tmp_path):
    from lxml import etree
    out = tmp_path / "g.gexf"
    get_exporter("gexf").write(graph, out)
    root = etree.parse(str(out)).getroot()
    assert root.get("version") == "1.3" and root.nsmap[None] == "http://gexf.net/1.3"
    assert root.nsmap["xsi"] == "http://www.w3.org/2001/XMLSchema-instance"
    edges = root.findall(".//{http://gexf.net/1.3}edge")
    assert len(edges) == graph.number_of_edges()
    kinds = {e.get("kind") for e in edges}
    assert kinds == {d["type"] for _, _, d in graph.edges(data=True)}
    assert len({(e.get("source"), e.get("target"), e.get("kind")) for e in edges}) <= len(edges)
    assert root.find("{http://gexf.net/1.3}graph").get("name") is None


def test_a_bad_base_iri_is_refused_before_anything_is_written(graph, tmp_path):
    from kg.errors import ExportError
    for bad in ("not a base", "https://example.org/kg", "example.org/kg/"):
        with pytest.raises(ExportError, match="must be an absolute IRI ending in '/' or '#'"):
            get_exporter("turtle").write(graph, tmp_path / "x.ttl", base=bad)
        assert not (tmp_path / "x.ttl").exists()
    get_exporter("turtle").write(graph, tmp_path / "x.ttl", base="https://example.org/kg#")
    assert (tmp_path / "x.ttl").stat().st_size > 0


def test_rdf_carries_no_machine_paths(graph, tmp_path):
    g = graph.copy()
    paper = next(n for n, d in g.nodes(data=True) if d["label"] == "Paper")
    g.nodes[paper]["source"] = "/home/someone/private/corpus/papers.jsonl:7"
    get_exporter("ntriples").write(g, tmp_path / "x.nt")
    text = (tmp_path / "x.nt").read_text(encoding="utf-8")
    assert "/home/someone" not in text and '"papers.jsonl:7"' in text


def test_decimals_round_trip_exactly(tmp_path):
    from decimal import Decimal

    from kg.graph import GraphBuilder
    b = GraphBuilder()
    values = [0.0000012, 1e-7, 2, 123456789.125]
    b.add_record({"id": "d1", "title": "Tiny numbers", "proposes": [], "entities": [], "relations": [],
                  "results": [{"subject": "@paper", "metric": "latency", "value": v, "unit": "s", "qualifier": None,
                               "text": str(v)} for v in values]})
    get_exporter("turtle").write(b.graph, tmp_path / "d.ttl")
    KG = rdflib.Namespace("https://w3id.org/kg/ontology#")
    got = sorted(o.toPython() for o in rdflib.Graph().parse(tmp_path / "d.ttl").objects(None, KG.value))
    assert got == sorted(Decimal(repr(float(v))) for v in values)


def test_jsonld_has_a_context_and_one_node_object_per_id(graph, tmp_path):
    get_exporter("jsonld").write(graph, tmp_path / "g.jsonld")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/kg/ontology#"
    ids = [o["@id"] for o in doc["@graph"]]
    assert len(ids) == len(set(ids)) and any(k.startswith("kg:") for o in doc["@graph"] for k in o)
    papers = [o for o in doc["@graph"] if "kg:Paper" in o.get("@type", [])]
    assert len(papers) == sum(1 for _, d in graph.nodes(data=True) if d["label"] == "Paper")


def test_pyld_expands_the_jsonld_to_the_same_triples_as_ntriples(graph, tmp_path):
    """PyLD (the JSON-LD reference processor in Python, not the library kg writes with) reads the
    export to exactly the triples of the N-Triples export."""
    from pyld import jsonld
    from rdflib.compare import isomorphic
    get_exporter("jsonld").write(graph, tmp_path / "g.jsonld")
    get_exporter("ntriples").write(graph, tmp_path / "g.nt")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    expanded = jsonld.expand(doc)
    assert len({o["@id"] for o in expanded}) == len(doc["@graph"])
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    by_pyld = rdflib.Graph().parse(data=nquads, format="nt")
    assert len(by_pyld) > 0 and isomorphic(by_pyld, rdflib.Graph().parse(tmp_path / "g.nt", format="nt"))


def test_paper_literals_are_typed_split_and_never_ill_typed(tmp_path):
    from kg.errors import ExportWarning
    from kg.graph import GraphBuilder
    b = GraphBuilder()
    for pid, published, url in (("ok", "2024-01-02", "https://arxiv.org/abs/2401.00001"), ("bad", "2023-13-45", "not a url")):
        b.add_record({"id": pid, "title": f"Paper {pid}", "proposes": [], "entities": [], "relations": [], "results": [],
                      "metadata": {"published": published, "url": url, "authors": "Ada Lovelace; Alan Turing",
                                   "categories": "cs.LG cs.DC"}})
    with pytest.warns(ExportWarning) as caught:
        get_exporter("turtle").write(b.graph, tmp_path / "p.ttl")
    assert {str(w.message).split(":")[0] for w in caught} == {"paper bad"} and len(caught) == 2
    g = rdflib.Graph().parse(tmp_path / "p.ttl")
    DCT, XSD = rdflib.namespace.DCTERMS, rdflib.namespace.XSD
    issued = list(g.objects(None, DCT.issued))
    assert [(str(i), i.datatype) for i in issued] == [("2024-01-02", XSD.date)]
    assert len(list(g.objects(None, rdflib.URIRef("https://schema.org/url")))) == 1
    assert sorted(str(c) for c in g.objects(None, DCT.creator)) == ["Ada Lovelace"] * 2 + ["Alan Turing"] * 2
    assert sorted({str(c) for c in g.objects(None, DCT.subject)}) == ["cs.DC", "cs.LG"]
