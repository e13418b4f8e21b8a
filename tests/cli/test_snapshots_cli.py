"""kg export / snapshot / diff from the command line."""
import json
from datetime import datetime, timezone

from click.testing import CliRunner
from helpers import EXAMPLES

from kg.cli.main import cli
from kg.snapshots import _umask, write_snapshot
from kg.stores import open_store


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _db(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    return db


def test_export_creates_folders_refuses_overwrite_and_lists_formats(tmp_path):
    db = _db(tmp_path)
    out = tmp_path / "new" / "dir" / "kg.ttl"
    assert run("export", "--format", "turtle", "-o", out, "--db", db).exit_code == 0 and out.stat().st_size
    res = run("export", "--format", "turtle", "-o", out, "--db", db)
    assert res.exit_code == 2 and "--force" in res.output
    assert run("export", "--format", "turtle", "-o", out, "--db", db, "--force").exit_code == 0
    res = run("export", "--format", "nope", "-o", tmp_path / "x", "--db", db)
    assert res.exit_code == 1 and "choose from: csv" in res.output
    listed = run("export", "--list").output
    assert all(name in listed for name in ("turtle", "ntriples", "jsonld", "graphml", "gexf", "json", "csv",
                                           "cypher", "neo4j-admin", "trig", "nquads", "rdfxml"))


def test_export_uses_the_base_iri(tmp_path):
    db = _db(tmp_path)
    out = tmp_path / "kg.nt"
    assert run("export", "--format", "ntriples", "-o", out, "--db", db, "--base-iri", "https://example.org/g/").exit_code == 0
    assert "<https://example.org/g/hardware/h100>" in out.read_text()


def test_snapshot_manifest_and_diff(tmp_path):
    db = _db(tmp_path)
    res = run("snapshot", "-o", tmp_path / "snaps", "--db", db)
    assert res.exit_code == 0, res.output
    first = next((tmp_path / "snaps").iterdir())
    manifest = json.loads((first / "manifest.json").read_text())
    assert manifest["counts"]["nodes"]["Paper"] == 24 and manifest["inputs"][0]["sha256"]
    assert set(manifest["files"]) == {"graph.json", "graph.ttl", "graph.graphml"}
    assert not [p for p in (tmp_path / "snaps").iterdir() if p.name.startswith(".snapshot-")]
    # a second snapshot after new input: the diff reports what was added
    assert run("build", EXAMPLES / "papers.txt", "--db", db).exit_code == 0
    with open_store("ladybug", path=db) as st:
        second = write_snapshot(st.read_graph(), tmp_path / "snaps", ("json",),
                                now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    res = run("diff", first, second, "--format", "json")
    assert res.exit_code == 0
    d = json.loads(res.output)
    assert d["summary"]["nodes"]["added"].get("Paper") == 6 and not d["nodes"]["removed"]
    table = run("diff", first, second).output
    assert "added" in table and "Paper" in table


def test_two_snapshots_differ_only_in_the_timestamp(tmp_path):
    db = _db(tmp_path)
    with open_store("ladybug", path=db) as st:
        g = st.read_graph()
    a = write_snapshot(g, tmp_path / "s", now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    b = write_snapshot(g, tmp_path / "s", now=datetime(2030, 1, 2, tzinfo=timezone.utc))
    for f in ("graph.json", "graph.ttl", "graph.graphml"):
        assert (a / f).read_bytes() == (b / f).read_bytes()
    ma, mb = (json.loads((p / "manifest.json").read_text()) for p in (a, b))
    assert {k: v for k, v in ma.items() if k != "created"} == {k: v for k, v in mb.items() if k != "created"}
    res = run("diff", a, b)
    assert res.exit_code == 0 and res.output.strip() == "no differences"


def test_a_snapshot_names_its_graph_says_what_made_it_and_is_readable(tmp_path):
    db = _db(tmp_path)
    with open_store("ladybug", path=db) as st:
        g = st.read_graph()
    snap = write_snapshot(g, tmp_path / "s", ("trig", "nquads"), now=datetime(2030, 1, 1, tzinfo=timezone.utc))
    assert snap.stat().st_mode & 0o777 == 0o777 & ~_umask()      # not mkdtemp's private drwx------
    named = f"<https://w3id.org/kg/data/snapshot/{snap.name}>"
    assert named in (snap / "graph.trig").read_text() and named in (snap / "graph.nq").read_text()
    info = json.loads((snap / "manifest.json").read_text())
    assert info["base_iri"] == "https://w3id.org/kg/data/" and {"spacy", "networkx"} <= set(info["dependencies"])



def test_the_manifest_hashes_the_input_as_it_was_built(tmp_path):
    from kg.checksums import file_sha256
    src = tmp_path / "in" / "papers.jsonl"
    src.parent.mkdir()
    src.write_bytes((EXAMPLES / "papers.jsonl").read_bytes())
    built = file_sha256(src)
    db = tmp_path / "g.db"
    assert run("build", src, "--db", db).exit_code == 0
    src.write_text("changed after the build\n", encoding="utf-8")        # the file on disk moves on
    res = run("snapshot", "-o", tmp_path / "snaps", "--db", db)
    assert res.exit_code == 0, res.output
    manifest = json.loads((next((tmp_path / "snaps").iterdir()) / "manifest.json").read_text())
    assert manifest["inputs"] == [{"name": "papers.jsonl", "sha256": built}]
