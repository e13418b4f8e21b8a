"""kg against a real Neo4j 5 server: writes, idempotency, push/pull, failures, and the
differential test that every shipped query returns the same rows on both stores."""
from __future__ import annotations

import json
import os
import shlex
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import FLASH_ABSTRACT, NEEDS_NEO4J, arxiv_and_openalex, readme_commands

from kg.cli.main import cli
from kg.jobs import build
from kg.querylib import load_queries
from kg.stores import open_store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "examples" / "papers.jsonl"
SEED = ROOT.parent / "shared" / "data" / "trending-papers.txt"


def _graph_signature(store):
    """Every node, edge and property, comparable across stores."""
    g = store.read_graph()

    def norm(v):
        if isinstance(v, float):
            return round(v, 9)
        if isinstance(v, list):
            return tuple(sorted(v))
        return v
    # no aliases is no property in Neo4j (as neo4j-admin imports an empty array), [] in LadybugDB
    nodes = {n: tuple(sorted((k, norm(v)) for k, v in d.items() if v is not None and v != []))
             for n, d in g.nodes(data=True)}
    edges = sorted((a, b, tuple(sorted((k, norm(v)) for k, v in d.items() if v is not None)))
                   for a, b, d in g.edges(data=True))
    return nodes, edges


def test_build_creates_constraints_and_matches_embedded(neo4j_store, tmp_path):
    build([str(SAMPLE)], neo4j_store)
    names = {r[0] for r in neo4j_store.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
    assert {f"kg_{label}_key" for label in ("paper", "method", "hardware", "model", "dataset", "framework",
                                            "result")} <= names
    with open_store("ladybug", path=tmp_path / "g.db") as lb:
        build([str(SAMPLE)], lb)
        assert neo4j_store.stats() == lb.stats()
        assert _graph_signature(neo4j_store) == _graph_signature(lb)


def test_second_build_changes_nothing_and_new_input_merges(neo4j_store):
    build([str(SAMPLE)], neo4j_store)
    first = _graph_signature(neo4j_store)
    build([str(SAMPLE)], neo4j_store)
    assert _graph_signature(neo4j_store) == first
    extra = ROOT / "examples" / "papers.txt"      # overlaps the sample: shared entities must not duplicate
    build([str(extra)], neo4j_store)
    rows = neo4j_store.query("MATCH (h:Hardware {name: 'H100'}) RETURN count(h) AS n").rows
    assert rows == [[1]]


def test_push_pull_round_trip_preserves_everything(neo4j_settings, neo4j_store, tmp_path):
    src = tmp_path / "src.db"
    with open_store("ladybug", path=src) as lb:
        build([str(SAMPLE)], lb)
        original = _graph_signature(lb)
    env = {"NEO4J_URI": neo4j_settings.uri, "NEO4J_USERNAME": neo4j_settings.user,
           "NEO4J_PASSWORD": neo4j_settings.password}
    runner = CliRunner(env=env)
    res = runner.invoke(cli, ["push", "--from", str(src), "--to", "neo4j"])
    assert res.exit_code == 0, res.output
    assert _graph_signature(neo4j_store) == original
    back = tmp_path / "back.db"
    res = runner.invoke(cli, ["pull", "--from", "neo4j", "--to", str(back)])
    assert res.exit_code == 0, res.output
    with open_store("ladybug", path=back) as lb:
        assert _graph_signature(lb) == original


def _rows_equal(q, a, b) -> bool:
    if "ORDER BY" in q.text.upper():
        return a.rows == b.rows
    key = lambda r: json.dumps(r, sort_keys=True, default=str)  # noqa: E731
    return sorted(a.rows, key=key) == sorted(b.rows, key=key)


def test_every_shipped_query_returns_the_same_rows_on_both_stores(neo4j_store, tmp_path):
    # the seed corpus (where ../shared is present) and the README sample the query defaults are chosen for
    corpora = [str(c) for c in (SEED, SAMPLE) if c.exists()]
    with open_store("ladybug", path=tmp_path / "seed.db") as lb:
        build(corpora, lb)
        build(corpora, neo4j_store)
        queries = load_queries()
        assert len(queries) >= 5
        for q in queries.values():
            params = q.parameters()
            a, b = lb.query(q.text, params), neo4j_store.query(q.text, params)
            assert a.columns == b.columns, q.name
            assert _rows_equal(q, a, b), (q.name, a.rows[:3], b.rows[:3])
        # the defaults must exercise the queries: they return rows on this graph
        nonempty = sum(1 for q in queries.values() if lb.query(q.text, q.parameters()).rows)
        assert nonempty == len(queries)


def _kg(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "kg.cli.main", *args], capture_output=True, text=True, env=env)


@pytest.mark.parametrize("env_extra,expect", [
    ({"NEO4J_URI": "bolt://127.0.0.1:9"}, "cannot reach Neo4j"),
    ({"NEO4J_PASSWORD": "wrong-password"}, "rejected the credentials"),
    ({"NEO4J_DATABASE": "nosuchdb"}, "has no database 'nosuchdb'"),
    ({"NEO4J_URI": "http://127.0.0.1:7474"}, "use one of"),
])
def test_failures_are_one_line_and_exit_1(neo4j_settings, env_extra, expect):
    res = _kg("stats", "--store", "neo4j", env_extra=env_extra)
    assert res.returncode == 1, res.stderr
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and expect in lines[0] and "Traceback" not in res.stderr


class _DroppingProxy:
    """A TCP proxy to the server that, once clients have sent ``limit`` bytes in all, cuts every
    connection and refuses new ones: the server is gone for good, as far as the load can tell."""

    def __init__(self, target_port: int, limit: int) -> None:
        self.target_port, self.limit, self.sent = target_port, limit, 0
        self.lock = threading.Lock()
        self.conns: list[socket.socket] = []
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            with self.lock:
                self.conns += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src, dst, counted: bool) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if counted:
                    with self.lock:
                        self.sent += len(data)
                        over = self.sent > self.limit
                    if over:
                        self.close()
                        return
                dst.sendall(data)
        except OSError:
            pass

    def close(self) -> None:
        self.sock.close()
        with self.lock:
            for s in self.conns:
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()


def test_connection_dropped_mid_load_then_rerun_converges(neo4j_settings, neo4j_store, tmp_path):
    port = int(neo4j_settings.uri.rsplit(":", 1)[1])
    proxy = _DroppingProxy(port, limit=30_000)
    try:
        # (a 2 s timeout: the driver retries the cut transaction for 6 s, not 30, before the one-line error)
        res = _kg("build", str(SAMPLE), "--store", "neo4j", "--rows-per-statement", "20", "--neo4j-timeout", "2",
                  env_extra={"NEO4J_URI": f"bolt://127.0.0.1:{proxy.port}"})
    finally:
        proxy.close()
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert len([ln for ln in res.stderr.splitlines() if ln.startswith("error:")]) == 1
    partial = neo4j_store.stats()
    res = _kg("build", str(SAMPLE), "--store", "neo4j")
    assert res.returncode == 0, res.stderr
    with open_store("ladybug", path=tmp_path / "ref.db") as lb:
        build([str(SAMPLE)], lb)
        assert _graph_signature(neo4j_store) == _graph_signature(lb)
    assert partial != neo4j_store.stats()     # the first load really was cut short


def test_neo4j_admin_csv_imports_into_a_fresh_database(neo4j_settings, neo4j_store, tmp_path):
    """kg export --format neo4j-admin, then the real neo4j-admin import (from a moved folder: the
    paths are relative), then the same graph, property for property, as the Cypher-script import."""
    server = ROOT / "tools" / "neo4j" / "server"
    db = tmp_path / "g.db"
    with open_store("ladybug", path=db) as lb:
        build([str(SAMPLE)], lb)
        expected = lb.stats()
    res = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", "-o", str(tmp_path / "csv"), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert str(tmp_path) not in (tmp_path / "csv" / "import.args").read_text()
    (tmp_path / "csv").rename(tmp_path / "moved")
    res = CliRunner().invoke(cli, ["export", "--format", "cypher", "-o", str(tmp_path / "g.cypher"), "--db", str(db)])
    for line in (tmp_path / "g.cypher").read_text().splitlines():
        if line and not line.startswith("//"):
            neo4j_store.query(line.rstrip(";"))
    home, state = tmp_path / "home", tmp_path / "state"
    imp = subprocess.run([str(server), "import", str(home), str(tmp_path / "moved" / "import.args")],
                         capture_output=True, text=True, timeout=600)
    assert imp.returncode == 0 and "IMPORT DONE" in imp.stdout + imp.stderr, imp.stderr[-2000:]
    env = {**os.environ, "KG_NEO4J_HOME": str(home), "KG_NEO4J_STATE": str(state)}
    started = subprocess.run([str(server), "start"], capture_output=True, text=True, env=env, timeout=600)
    assert started.returncode == 0, started.stderr[-2000:]
    try:
        exports = dict(kv.split("=", 1) for kv in started.stdout.split("export", 1)[1].split())
        from kg.stores.neo4j_settings import Neo4jSettings
        settings = Neo4jSettings.resolve(uri=exports["NEO4J_URI"], user=exports["NEO4J_USERNAME"],
                                         password=exports["NEO4J_PASSWORD"])
        with open_store("neo4j", settings=settings, create=False) as imported:
            assert imported.stats() == expected
            assert _graph_signature(imported) == _graph_signature(neo4j_store)
            for stmt in (tmp_path / "moved" / "constraints.cypher").read_text().split(";"):
                if stmt.strip():
                    imported.query(stmt)
            both = [{r[0] for r in st.query("SHOW CONSTRAINTS YIELD name RETURN name").rows}
                    for st in (imported, neo4j_store)]
            assert both[0] == both[1] and "kg_hardware_key" in both[0]
    finally:
        subprocess.run([str(server), "stop"], env=env, timeout=120)


def test_routing_uri_scheme_works(neo4j_settings, neo4j_store):
    """neo4j:// (routing, as for clusters and Aura) reaches the same server."""
    build([str(SAMPLE)], neo4j_store)
    uri = neo4j_settings.uri.replace("bolt://", "neo4j://")
    res = _kg("stats", "--store", "neo4j", "--format", "json", env_extra={"NEO4J_URI": uri})
    assert res.returncode == 0, res.stderr
    got = {r["name"]: r["count"] for r in json.loads(res.stdout)}
    assert got == {**neo4j_store.stats()["nodes"], **neo4j_store.stats()["relationships"]}


def test_cypher_script_export_recreates_the_graph_in_neo4j(neo4j_store, tmp_path):
    from kg.exporters import get_exporter
    with open_store("ladybug", path=tmp_path / "g.db") as lb:
        build([str(SAMPLE)], lb)
        expected = _graph_signature(lb)
        get_exporter("cypher").write(lb.read_graph(), tmp_path / "g.cypher")
    for line in (tmp_path / "g.cypher").read_text().splitlines():
        if line and not line.startswith("//"):
            neo4j_store.query(line.rstrip(";"))
    assert _graph_signature(neo4j_store) == expected


def test_build_order_and_changed_papers_give_one_fingerprint_on_neo4j(neo4j_store, tmp_path, extractor):
    """The same guarantee as the embedded store's (tests/unit/test_incremental.py), with Neo4j's dialect."""
    from contextlib import nullcontext

    from helpers import incremental_prints

    def fresh():
        neo4j_store.query("MATCH (n) DETACH DELETE n")
        return nullcontext(neo4j_store)

    prints = incremental_prints(tmp_path, fresh, extractor)
    assert prints["a,b"] == prints["b,a"] == prints["a+b"]
    assert prints["a,b,a2"] == prints["a2+b"] != prints["a,b"]
    counter = iter(range(100))     # and the very graph the embedded store holds
    embedded = incremental_prints(tmp_path, lambda: open_store("ladybug", path=tmp_path / f"g{next(counter)}.db"),
                                  extractor)
    assert embedded == prints


def test_every_source_of_a_paper_is_recorded_on_neo4j_as_embedded(neo4j_store, tmp_path):
    """OpenAlex then arXiv: one Paper whose sources are both kinds, arXiv's text kept, on both stores."""
    arxiv, openalex = arxiv_and_openalex(tmp_path)
    with open_store("ladybug", path=tmp_path / "g.db") as lb:
        for store in (neo4j_store, lb):
            build([str(openalex)], store)
            build([str(arxiv)], store)
            build([str(openalex)], store)
            rows = store.query("MATCH (p:Paper) RETURN p.abstract AS a, p.sources AS s").records()
            assert [(r["a"], sorted(r["s"])) for r in rows] == [(FLASH_ABSTRACT, ["arxiv", "openalex"])]
        assert _graph_signature(neo4j_store) == _graph_signature(lb)


def test_the_readmes_neo4j_commands_run(neo4j_store, tmp_path, monkeypatch):
    """The README's Neo4j commands, in order, from the embedded graph its first build makes (tests/cli/test_readme.py
    runs the others; these run here, in the one file that writes to the server)."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    assert CliRunner().invoke(cli, ["build", "examples/papers.jsonl", "--quiet"]).exit_code == 0
    lines = [line for line in readme_commands() if NEEDS_NEO4J.search(line)]
    assert len(lines) >= 4, lines
    for line in lines:
        res = CliRunner().invoke(cli, shlex.split(line, comments=True)[1:], catch_exceptions=False)
        assert res.exit_code == 0, f"{line}\n{res.output}"
    assert neo4j_store.stats()["nodes"], "the README's commands wrote nothing to Neo4j"
