"""Exporters: the registry and the neo4j-admin CSV layout (the import itself runs in the Neo4j suite)."""
import csv

import pytest

from kg.errors import KGError
from kg.exporters import get_exporter, list_exporters
from kg.exporters.neo4j_admin import ARRAY_DELIMITER


@pytest.fixture(scope="module")
def graph(sample_graph):
    return sample_graph


def test_registry_lists_and_rejects_unknown_names():
    assert "neo4j-admin" in [e.name for e in list_exporters()]
    with pytest.raises(KGError, match="choose from: .*neo4j-admin"):
        get_exporter("nope")


def test_neo4j_admin_files(graph, tmp_path):
    written = get_exporter("neo4j-admin").write(graph, tmp_path / "out")
    args = (tmp_path / "out" / "import.args").read_text().split()
    files = [p for p in written if p.suffix == ".csv"]
    assert len([a for a in args if a.startswith(("--nodes=", "--relationships="))]) == len(files)
    hw = list(csv.reader((tmp_path / "out" / "nodes_Hardware.csv").open()))
    assert hw[0][0] == "key:ID(Hardware)" and hw[0][-1] == ":LABEL" and "aliases:string[]" in hw[0]
    a100 = next(r for r in hw if r[1] == "A100")
    aliases = graph.nodes["Hardware:a100"]["aliases"]
    assert len(aliases) >= 2 and a100[hw[0].index("aliases:string[]")].split(ARRAY_DELIMITER) == aliases
    runs = next(p for p in files if p.name == "rels_RUNS_ON_Method_Hardware.csv")
    rows = list(csv.reader(runs.open()))
    assert rows[0][:2] == [":START_ID(Method)", ":END_ID(Hardware)"] and rows[0][-1] == ":TYPE"
    total_rels = sum(len(list(csv.reader(p.open()))) - 1 for p in files if p.name.startswith("rels_"))
    total_nodes = sum(len(list(csv.reader(p.open()))) - 1 for p in files if p.name.startswith("nodes_"))
    assert (total_nodes, total_rels) == (graph.number_of_nodes(), graph.number_of_edges())
