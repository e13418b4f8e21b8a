"""End to end: build an embedded store from the shipped sample and query it."""
import json

import pytest
from click.testing import CliRunner
from helpers import EXAMPLES

from kg.cli.main import cli
from kg.errors import StoreError


def run(*args):
    res = CliRunner().invoke(cli, [str(a) for a in args])
    return res


def test_build_query_stats_idempotent(tmp_path):
    db = tmp_path / "g.db"
    res = run("build", EXAMPLES / "papers.jsonl", "--db", db)
    assert res.exit_code == 0, res.output
    assert "papers read: 24" in res.output
    stats1 = json.loads(run("stats", "--db", db, "--format", "json").output)
    res = run("query", "MATCH (m:Method)-[r:RUNS_ON]->(h:Hardware {name: $hw}) RETURN m.name AS method ORDER BY method",
              "--param", "hw=H100", "--db", db, "--format", "json")
    assert res.exit_code == 0, res.output
    assert [r["method"] for r in json.loads(res.output)] == ["Cascade", "SparseFlow", "TurboServe"]
    # build twice: nothing changes
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    assert json.loads(run("stats", "--db", db, "--format", "json").output) == stats1
    # new input merges in without duplicating shared entities
    assert run("build", EXAMPLES / "papers.txt", "--db", db).exit_code == 0
    h100 = run("query", "MATCH (h:Hardware {name: 'H100'}) RETURN count(h) AS n", "--db", db, "--format", "csv")
    assert h100.output.strip().splitlines()[1] == "1"


def test_evidence_is_stored_on_edges(tmp_path):
    db = tmp_path / "g.db"
    run("build", EXAMPLES / "papers.jsonl", "--db", db)
    res = run("query", "MATCH (m:Method {name: 'KernelForge'})-[r:RUNS_ON]->(h:Hardware) "
              "RETURN h.name AS hw, r.paper AS p, r.sentence AS s, r.rule AS rule ORDER BY hw", "--db", db,
              "--format", "json")
    rows = json.loads(res.output)
    assert rows[0]["p"] == "ex02" and "RTX 4090" in rows[0]["s"] and rows[0]["rule"].startswith("cue:")
    res = run("query", "MATCH (p:Paper)-[:REPORTS]->(r:Result)-[:ABOUT]->(m:Method {name: 'TurboServe'}) "
              "RETURN r.value AS v, r.unit AS u ORDER BY v", "--db", db, "--format", "csv")
    assert res.output.strip().splitlines()[1:] == ["3.2,x", "4,ms"]


def test_errors_are_one_line_and_exit_1(tmp_path):
    res = run("build", tmp_path / "missing.jsonl", "--db", tmp_path / "g.db")
    assert res.exit_code == 1 and res.output.strip().startswith("error:") and "Traceback" not in res.output
    res = run("stats", "--db", tmp_path / "none.db")
    assert res.exit_code == 1 and "kg build" in res.output
    db = tmp_path / "g.db"
    run("build", EXAMPLES / "papers.jsonl", "--db", db)
    res = run("query", "MATCH (n:Nope) RETURN n", "--db", db)
    assert res.exit_code == 1 and len(res.output.strip().splitlines()) == 1
    res = run("query", "MATCH (n) RETURN n", "--param", "novalue", "--db", db)
    assert res.exit_code == 2


def test_extract_writes_scorable_records(tmp_path):
    out = tmp_path / "r.jsonl"
    res = run("extract", EXAMPLES / "papers.csv", "-o", out)
    assert res.exit_code == 0, res.output
    recs = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert len(recs) == 6 and all({"id", "title", "proposes", "entities", "relations", "results"} <= set(r) for r in recs)


def test_catalog_things_are_one_node_across_spellings(tmp_path):
    src = tmp_path / "p.jsonl"
    src.write_text("\n".join(json.dumps(r) for r in [
        {"id": "a", "title": "One", "abstract": "We train on the NVIDIA Quadro P4000 and Gaudi2."},
        {"id": "b", "title": "Two", "abstract": "We train on a P4000 GPU and Intel Gaudi-2 chips."}]) + "\n")
    db = tmp_path / "g.db"
    assert run("build", src, "--db", db).exit_code == 0
    res = run("query", "MATCH (p:Paper)-[:RUNS_ON]->(h:Hardware) RETURN h.name AS hw, count(p) AS n ORDER BY hw",
              "--db", db, "--format", "csv")
    assert res.output.strip().splitlines()[1:] == ["Gaudi-2,2", "Quadro P4000,2"]
    res = run("query", "MATCH (h:Hardware {name: 'Quadro P4000'}) RETURN h.aliases AS a, h.architecture AS arch",
              "--db", db, "--format", "json")
    row = json.loads(res.output)[0]
    assert "P4000" in row["a"] and row["arch"] == "Pascal"


def test_stdin_input_and_byte_identical_output(tmp_path):
    data = (EXAMPLES / "papers.jsonl").read_text()
    a = CliRunner().invoke(cli, ["extract", "-", "--input-format", "jsonl"], input=data)
    b = CliRunner().invoke(cli, ["extract", "-"], input=data)
    assert a.exit_code == 0 and b.exit_code == 0
    assert a.output == b.output and len(a.output.splitlines()) == 24


def test_bad_records_are_counted_not_fatal(tmp_path):
    src = tmp_path / "mixed.jsonl"
    src.write_text('{"title": "Good", "abstract": "We run on the H100."}\n{"title": "No abstract"}\nnot json\n')
    db = tmp_path / "g.db"
    res = run("build", src, "--db", db)
    assert res.exit_code == 0
    assert "papers read: 1  skipped: 2" in res.output
    assert "mixed.jsonl:2: skipped: missing abstract" in res.output


def test_a_relation_the_schema_does_not_allow_is_counted_and_reported(tmp_path):
    from kg.graph import GraphBuilder
    rec = {"id": "p1", "title": "T", "proposes": [], "results": [],
           "entities": [{"name": "SQuAD", "type": "dataset"}, {"name": "A100", "type": "hardware"}],
           "relations": [["SQuAD", "EVALUATED_ON", "A100"], ["Ghost", "USES", "A100"]],
           "relation_evidence": [{"head": "SQuAD", "type": "EVALUATED_ON", "tail": "A100", "rule": "test",
                                  "sentence": "s", "field": "abstract", "start": 0, "end": 1},
                                 {"head": "Ghost", "type": "USES", "tail": "A100", "rule": "test",
                                  "sentence": "s", "field": "abstract", "start": 0, "end": 1}]}
    builder = GraphBuilder()
    builder.add_record(rec)
    assert builder.dropped == {"EVALUATED_ON Dataset->Hardware not in the schema": 1,
                               "USES: an end is not an entity of the record": 1}
    assert not any(d["type"] == "EVALUATED_ON" for _, _, d in builder.graph.edges(data=True))


def test_build_reports_dropped_relations(tmp_path):
    papers = tmp_path / "p.jsonl"
    # a model the paper releases 'applied to' another model: the schema has APPLIED_TO from methods only
    papers.write_text('{"id": "z1", "title": "ZorbNet: A Unified Document Layout Model", '
                      '"abstract": "ZorbNet serves Llama 3 on A100 GPUs."}\n'
                      '{"id": "b1", "title": "BenchX: A Benchmark for Serving", '
                      '"abstract": "We introduce BenchX, a benchmark that runs on A100 GPUs."}\n', encoding="utf-8")
    from click.testing import CliRunner

    from kg.cli.main import cli
    out = CliRunner().invoke(cli, ["build", str(papers), "--db", str(tmp_path / "b.db")])
    assert out.exit_code == 0, out.output
    assert "1 relation(s) not stored: APPLIED_TO Model->Model not in the schema" in out.output
    # a benchmark the paper releases runs on hardware like any contribution (the guide's convention)
    rows = run("query", "MATCH (d:Dataset)-[:RUNS_ON]->(h:Hardware) RETURN d.name, h.name", "--db",
               tmp_path / "b.db", "--format", "csv").output.splitlines()
    assert rows[1:] == ["BenchX,A100"]


def test_a_failed_run_leaves_the_users_files_as_they_were(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("earlier records\n", encoding="utf-8")
    res = run("extract", tmp_path / "missing.jsonl", "-o", out)
    assert res.exit_code == 1 and "no such file" in res.output
    assert out.read_text(encoding="utf-8") == "earlier records\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]      # no temporary file left
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    for source in (tmp_path / "missing.jsonl", empty):
        res = run("build", source, "--db", tmp_path / "new.db")
        assert res.exit_code == 1
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("new.db")]


def test_extract_writes_the_whole_file_at_once(tmp_path):
    out = tmp_path / "out.jsonl"
    res = run("extract", EXAMPLES / "papers.jsonl", "-o", out)
    assert res.exit_code == 0, res.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 24
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_a_named_query_says_which_defaults_it_used(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    res = run("query", "--name", "methods_on_hardware", "--db", db)
    assert res.exit_code == 0 and 'using defaults: hardware="H100"' in res.output
    res = run("query", "--name", "methods_on_hardware", "--param", "hardware=A100", "--db", db)
    assert "using defaults" not in res.output
    res = run("query", "MATCH (h:Hardware {name: $hw}) RETURN h.name AS name", "--db", db)
    assert res.exit_code == 1 and "pass --param hw=VALUE" in res.output


def test_rebuilding_the_same_corpus_does_not_grow_the_database(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    first = db.stat().st_size
    for _ in range(2):
        assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    assert db.stat().st_size <= first * 1.05, (first, db.stat().st_size)     # was 3x after two rebuilds


def test_build_says_what_it_counted_and_what_is_new(tmp_path):
    db = tmp_path / "g.db"
    first = run("build", EXAMPLES / "papers.jsonl", "--db", db).output
    assert "entities per paper, summed:" in first and "store nodes: " in first and "(new: " in first
    again = run("build", EXAMPLES / "papers.jsonl", "--db", db).output
    assert "store nodes: " in again and "(new: none)" in again
    assert "stdin" in run("build", "--help").output and ".txt" in run("build", "--help").output


def test_an_unaliased_column_is_named_as_written(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    res = run("query", "MATCH (m:Method)-[e]->(h:Hardware) RETURN label(e), m.name LIMIT 1", "--db", db)
    assert res.exit_code == 0 and res.output.splitlines()[0].split() == ["label(e)", "m.name"]


def test_queries_are_read_only_unless_asked(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    count = "MATCH (h:Hardware) RETURN count(h) AS n"
    before = run("query", count, "--db", db, "--format", "csv").output
    res = run("query", "MATCH (n) DETACH DELETE n", "--db", db)
    assert res.exit_code == 1 and "read-only" in res.output
    assert run("query", count, "--db", db, "--format", "csv").output == before
    import kg
    with pytest.raises(kg.KGError):
        kg.query("MATCH (n) DETACH DELETE n", db=db)
    res = run("query", "MATCH (h:Hardware {name: 'H100'}) SET h.site = 'lab' RETURN h.name AS n", "--db", db, "--write")
    assert res.exit_code == 0, res.output
    res = run("check", "--db", db)           # the sum follows a change made with --write
    assert res.exit_code == 0 and "intact" in res.output, res.output


def test_compact_keeps_the_graph_and_does_not_grow_the_file(tmp_path):
    from kg.stores import open_store
    db = tmp_path / "g.db"
    for source in ("papers.jsonl", "papers.txt"):
        assert run("build", EXAMPLES / source, "--db", db).exit_code == 0
    with open_store("ladybug", path=db, read_only=True) as st:
        before_graph = st.read_graph()
    size = db.stat().st_size
    res = run("compact", "--db", db)
    assert res.exit_code == 0 and "compacted" in res.output, res.output
    with open_store("ladybug", path=db, read_only=True) as st:
        after_graph = st.read_graph()
    assert dict(after_graph.nodes(data=True)) == dict(before_graph.nodes(data=True))
    assert sorted(after_graph.edges(keys=True, data=True)) == sorted(before_graph.edges(keys=True, data=True))
    assert db.stat().st_size <= size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.db", "g.db.sum"]     # the sum moved with it
    assert run("check", "--db", db).exit_code == 0
    assert run("compact", "--db", tmp_path / "none.db").exit_code == 1


def test_an_empty_file_is_not_a_database(tmp_path):
    empty = tmp_path / "empty.db"
    empty.touch()
    res = run("stats", "--db", empty)
    assert res.exit_code == 1 and "an empty file, not a graph database" in res.output
    assert empty.stat().st_size == 0          # and kg did not turn it into one


def test_a_damaged_write_ahead_log_says_how_to_recover(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    before = run("stats", "--db", db, "--format", "json").output
    wal = tmp_path / "g.db.wal"
    wal.write_bytes(b"a write cut short by a full disk")
    res = run("stats", "--db", db)
    assert res.exit_code == 1 and f"mv {wal} {wal}.damaged" in res.output
    wal.rename(tmp_path / "g.db.wal.damaged")           # what the message says: the committed graph is back
    assert run("stats", "--db", db, "--format", "json").output == before


def test_a_write_that_may_not_fit_on_disk_is_refused_before_it_starts(tmp_path, monkeypatch):
    import shutil
    from collections import namedtuple
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    before = run("stats", "--db", db, "--format", "json").output
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda p: usage(10**9, 10**9 - 10**6, 10**6))
    res = run("build", EXAMPLES / "papers.txt", "--db", db)
    assert res.exit_code == 1 and "MB free on its disk" in res.output and "the database is unchanged" in res.output
    # a first build's bulk load is checked too, against its spool's size: no database, no spool left
    res = run("build", EXAMPLES / "papers.txt", "--db", tmp_path / "new.db")
    assert res.exit_code == 1 and "loading the papers read safely needs" in res.output, res.output
    assert not (tmp_path / "new.db").exists() and not (tmp_path / ".new.db.spool").exists()
    monkeypatch.undo()
    assert run("stats", "--db", db, "--format", "json").output == before


def test_the_graph_is_the_same_for_any_number_of_workers(tmp_path):
    src = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines()]
    rows = [{**src[i % len(src)], "id": f"p{i}", "title": f"{src[i % len(src)]['title']} ({i})"} for i in range(600)]
    corpus = tmp_path / "big.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    prints = []
    for workers in ("1", "2"):
        db = tmp_path / f"w{workers}.db"
        res = run("build", corpus, "--db", db, "--workers", workers)
        assert res.exit_code == 0 and "papers read: 600" in res.output, res.output
        prints.append(run("stats", "--db", db, "--fingerprint", "--format", "csv").output.splitlines()[-1])
    assert prints[0] == prints[1] and "fingerprint" in prints[0]


def test_check_finds_damage_the_engine_does_not_notice(tmp_path):
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    res = run("check", "--db", db)
    assert res.exit_code == 0 and "intact" in res.output
    good = db.read_bytes()
    found = set()
    import subprocess
    import sys
    for at in range(len(good) // 8, len(good), len(good) // 8):     # zeros at several places in the file
        db.write_bytes(good[:at] + bytes(16384) + good[at + 16384:])
        # a separate process: damage can crash the engine itself, which must not take the test run along
        res = subprocess.run([sys.executable, "-m", "kg.cli.main", "check", "--db", str(db)],
                             capture_output=True, text=True, timeout=120)
        found.add(res.returncode)
        if res.returncode == 1:
            assert "damaged" in res.stdout + res.stderr and "Traceback" not in res.stderr
    assert found == {1}          # every place: the file's bytes are not what the last build left
    db.write_bytes(good)
    (tmp_path / "g.db.sum").unlink()
    res = run("check", "--db", db)
    assert res.exit_code == 0 and "no sum recorded" in res.output


def test_every_command_refuses_a_file_changed_since_the_last_build(tmp_path):
    """64 KB of garbage at the tail crashed every command in the engine (SIGSEGV); changed bytes
    mid-file served a wrong graph. Every open compares the file with what the last build left."""
    import subprocess
    import sys
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    good = db.read_bytes()
    middle = len(good) // 2
    for damaged in (good + bytes(range(256)) * 256, good[:middle] + b"\xff" * 4096 + good[middle + 4096:]):
        db.write_bytes(damaged)
        for args in (["stats"], ["query", "MATCH (n) RETURN count(n)"], ["export", "--format", "json", "-o",
                                                                          str(tmp_path / "x.json")],
                     ["build", str(EXAMPLES / "papers.jsonl")]):
            res = subprocess.run([sys.executable, "-m", "kg.cli.main", *args, "--db", str(db)],
                                 capture_output=True, text=True, timeout=120)
            assert res.returncode == 1, (args, res.returncode, res.stderr[-500:])
            assert "damaged" in res.stderr and "Traceback" not in res.stderr, args
        assert db.read_bytes() == damaged and not (tmp_path / "x.json").exists()
    db.write_bytes(good)
    assert run("stats", "--db", db).exit_code == 0


def test_an_open_hashes_the_file_only_when_something_touched_it(tmp_path, monkeypatch):
    """Hashing a 250 MB graph on every query cost more than the query; a file whose change time is
    still the recorded one is trusted, anything that touched it (a write, a copy, touch) is hashed."""
    import os

    from kg.stores import integrity
    db = tmp_path / "g.db"
    db.write_bytes(b"graph" * 1000)
    integrity.end_write(db, {"nodes": 1, "relationships": 0})
    hashed = []
    real = integrity.file_sha256
    monkeypatch.setattr(integrity, "file_sha256", lambda p: hashed.append(p) or real(p))
    integrity.verify_file(db)
    assert hashed == []                              # untouched since the write: not read
    os.utime(db)                                     # touched, same bytes: hashed and accepted
    integrity.verify_file(db)
    assert hashed == [db]
    with db.open("r+b") as f:                        # same size, other bytes, times put back
        f.write(b"GRAPH")
    recorded = integrity.recorded(db)
    os.utime(db, ns=(recorded["file_mtime_ns"], recorded["file_mtime_ns"]))
    with pytest.raises(StoreError, match="damaged"):
        integrity.verify_file(db)


def test_a_build_killed_half_way_leaves_no_false_alarm(tmp_path):
    from kg.stores import integrity
    db = tmp_path / "g.db"
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0
    integrity.begin_write(db)                 # what a build killed before it closed leaves behind
    res = run("check", "--db", db)
    assert res.exit_code == 1 and "a build did not finish" in res.output
    assert run("build", EXAMPLES / "papers.jsonl", "--db", db).exit_code == 0     # the rerun
    assert run("check", "--db", db).exit_code == 0


def test_progress_is_plain_lines_off_a_terminal_and_nothing_with_quiet(tmp_path, monkeypatch):
    from kg.cli import progress
    monkeypatch.setattr(progress, "PLAIN_EVERY", 0.0)          # a line at every paper
    res = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "papers.jsonl"), "-o", str(tmp_path / "o.jsonl")])
    assert res.exit_code == 0
    assert "extracted: 24 of ~24 papers" in res.output and "papers read: 24" in res.output
    res = CliRunner().invoke(cli, ["extract", str(EXAMPLES / "papers.jsonl"), "-o", str(tmp_path / "q.jsonl"), "-q"])
    assert res.exit_code == 0 and res.output == ""
    assert len((tmp_path / "q.jsonl").read_text().splitlines()) == 24
    # a first build's bulk load at the end counts no papers: it is said, not left as a silent pause
    res = CliRunner().invoke(cli, ["build", str(EXAMPLES / "papers.jsonl"), "--db", str(tmp_path / "b.db")])
    assert res.exit_code == 0 and "loading the 24 papers read into the empty database in one step" in res.output
    res = CliRunner().invoke(cli, ["build", str(EXAMPLES / "papers.jsonl"), "--db", str(tmp_path / "q.db"), "-q"])
    assert res.exit_code == 0 and res.output == ""


KILL_AT = """
import os, signal, sys
from kg.jobs import build
from kg.stores import open_store
def progress(n):
    if n >= int(sys.argv[3]):
        os.kill(os.getpid(), signal.SIGKILL)       # no cleanup, no close: as a power cut or OOM kill
with open_store("ladybug", path=sys.argv[2]) as st:
    build([sys.argv[1]], st, batch_size=200, progress=progress)
"""


def _kill_at(corpus, db, at: int):
    import subprocess
    import sys
    killed = subprocess.run([sys.executable, "-c", KILL_AT, str(corpus), str(db), str(at)],
                            capture_output=True, text=True, timeout=600)
    assert killed.returncode == -9, killed.stderr[-500:]


def test_a_build_killed_with_sigkill_resumes_to_the_same_graph(tmp_path):
    """Into a graph that holds papers, a build commits batch by batch: a rerun after a kill reads only
    what the killed run had not committed. A first build into an empty store loads in one step at the
    end (kg.stores.bulk): killed, it has committed nothing, and the rerun reads everything again."""
    src = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines()]
    rows = [{**src[i % len(src)], "id": f"p{i}", "title": f"{src[i % len(src)]['title']} ({i})"} for i in range(500)]
    corpus, first = tmp_path / "c.jsonl", tmp_path / "first.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    first.write_text("".join(json.dumps(r) + "\n" for r in rows[:50]))
    assert run("build", first, "--db", tmp_path / "k.db").exit_code == 0
    _kill_at(corpus, tmp_path / "k.db", 300)
    res = run("build", corpus, "--db", tmp_path / "k.db")
    assert res.exit_code == 0, res.output
    assert "unchanged (already in the graph, not re-read): 250" in res.output     # 50 + the committed batch
    assert "papers read: 250" in res.output
    _kill_at(corpus, tmp_path / "fresh.db", 300)
    assert (tmp_path / ".fresh.db.spool").is_dir()           # what the killed first load had spooled
    res = run("build", corpus, "--db", tmp_path / "fresh.db")
    assert res.exit_code == 0 and "papers read: 500" in res.output and "unchanged" not in res.output, res.output
    assert not (tmp_path / ".fresh.db.spool").exists()
    for db, inputs in (("whole.db", (first, corpus)), ("whole-fresh.db", (corpus,))):     # uninterrupted
        assert all(run("build", path, "--db", tmp_path / db).exit_code == 0 for path in inputs)
    prints = {db: run("stats", "--db", tmp_path / db, "--fingerprint", "--format", "csv").output.splitlines()[-1]
              for db in ("k.db", "whole.db", "fresh.db", "whole-fresh.db")}
    assert prints["k.db"] == prints["whole.db"] and prints["fresh.db"] == prints["whole-fresh.db"]
    assert run("check", "--db", tmp_path / "k.db").exit_code == 0
    assert run("check", "--db", tmp_path / "fresh.db").exit_code == 0


def test_a_dask_local_cluster_builds_the_same_graph(tmp_path):
    """kg build --dask local: a LocalCluster's worker processes extract, this process writes."""
    src = [json.loads(line) for line in (EXAMPLES / "papers.jsonl").read_text().splitlines()]
    rows = [{**src[i % len(src)], "id": f"p{i}", "title": f"{src[i % len(src)]['title']} ({i})"} for i in range(600)]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows))
    res = run("build", corpus, "--db", tmp_path / "dask.db", "--dask", "local")
    assert res.exit_code == 0 and "papers read: 600" in res.output, res.output
    assert run("build", corpus, "--db", tmp_path / "one.db", "--workers", "1").exit_code == 0
    prints = [run("stats", "--db", tmp_path / db, "--fingerprint", "--format", "csv").output.splitlines()[-1]
              for db in ("dask.db", "one.db")]
    assert prints[0] == prints[1]
    res = run("build", corpus, "--db", tmp_path / "no.db", "--dask", "tcp://127.0.0.1:9")
    assert res.exit_code == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in res.output
    assert not (tmp_path / "no.db").exists()
