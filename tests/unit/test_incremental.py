"""Incremental builds: build order does not matter, a changed paper replaces its own facts,
display names follow a fixed rule (README "Guarantees")."""
from __future__ import annotations

import itertools

from helpers import incremental_prints

from kg.stores import open_store


def test_build_order_and_changed_papers_give_one_fingerprint(tmp_path, extractor):
    counter = itertools.count()
    prints = incremental_prints(tmp_path, lambda: open_store("ladybug", path=tmp_path / f"g{next(counter)}.db"),
                                extractor)
    assert prints["a,b"] == prints["b,a"] == prints["a+b"]
    assert prints["a,b,a2"] == prints["a2+b"] != prints["a,b"]


def test_a_changed_paper_leaves_no_stale_fact(tmp_path, extractor):
    from kg.jobs import build
    a, a2 = tmp_path / "a.jsonl", tmp_path / "a2.jsonl"
    a.write_text('{"id": "p1", "title": "Alpha", "abstract": "We present Alpha on an A100 GPU with FlashAttention, '
                 '2x faster than vLLM."}\n')
    a2.write_text('{"id": "p1", "title": "Alpha", "abstract": "We present Alpha on a TPU v4, 3x faster than vLLM."}\n')
    with open_store("ladybug", path=tmp_path / "g.db") as st:
        build([str(a)], st, extractor=extractor)
        build([str(a2)], st, extractor=extractor)
        names = {r[0] for r in st.query("MATCH (p:Paper)-[:MENTIONS]->(n) RETURN n.name").rows}
        hardware = {r[0] for r in st.query("MATCH ()-[:RUNS_ON]->(h:Hardware) RETURN h.name").rows}
        values = {r[0] for r in st.query("MATCH (r:Result) RETURN r.value").rows}
        orphans = st.query("MATCH (n:Method) WHERE n.name = 'FlashAttention' RETURN count(n)").rows[0][0]
    assert "A100" not in names and "TPU v4" in names and hardware == {"TPU v4"}
    assert values == {3.0} and orphans == 0


def test_display_name_does_not_depend_on_build_order(tmp_path, extractor):
    from kg.jobs import build
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    one.write_text('{"id": "p1", "title": "One", "abstract": "We fine-tune Zorb-2-7B on an A100."}\n')
    two.write_text('{"id": "p2", "title": "Two", "abstract": "We quantize ZORB2-7B on an H100."}\n')
    seen = []
    for order in ((one, two), (two, one)):
        with open_store("ladybug", path=tmp_path / f"{order[0].stem}.db") as st:
            for f in order:
                build([str(f)], st, extractor=extractor)
            seen.append(st.query("MATCH (m:Model) RETURN m.name, m.aliases").rows)
    assert seen[0] == seen[1] or (seen[0][0][0] == seen[1][0][0] and set(seen[0][0][1]) == set(seen[1][0][1]))
    name, aliases = seen[0][0]
    assert name == "ZORB2-7B" and "Zorb-2-7B" in aliases      # every spelling stays findable


def test_a_spelling_only_the_replaced_version_used_leaves_the_aliases(tmp_path, extractor):
    from kg.jobs import build
    v1, v2, other = tmp_path / "v1.jsonl", tmp_path / "v2.jsonl", tmp_path / "other.jsonl"
    v1.write_text('{"id": "p1", "title": "One", "abstract": "We fine-tune Zorb-2-7B on an A100."}\n')
    v2.write_text('{"id": "p1", "title": "One", "abstract": "We fine-tune ZORB2-7B on an A100 GPU."}\n')
    other.write_text('{"id": "p2", "title": "Two", "abstract": "We quantize Zorb2-7B on an H100."}\n')
    with open_store("ladybug", path=tmp_path / "inc.db") as st:
        for f in (v1, other, v2):
            build([str(f)], st, extractor=extractor)
        (name, aliases), = st.query("MATCH (m:Model) RETURN m.name, m.aliases").rows
        incremental = st.content_sum()
    assert name == "ZORB2-7B" and set(aliases) == {"Zorb2-7B"}      # 'Zorb-2-7B' went with version 1
    with open_store("ladybug", path=tmp_path / "fresh.db") as st:
        build([str(v2), str(other)], st, extractor=extractor)
        assert st.content_sum() == incremental


def test_batches_sent_as_arrow_tables_store_what_parameter_lists_store(tmp_path, extractor, monkeypatch):
    """LadybugDB takes large batches as Arrow tables (LOAD FROM): the same graph as UNWIND lists,
    and incremental builds (reads before writes, renames) keep their guarantees through it."""
    from helpers import EXAMPLES

    import kg.stores.ladybug as ladybug
    from kg.jobs import build

    sums = {}
    for bulk_rows in (1, 10**9):
        monkeypatch.setattr(ladybug, "BULK_ROWS", bulk_rows)
        with open_store("ladybug", path=tmp_path / f"s{bulk_rows}.db") as st:
            build([str(EXAMPLES / "papers.jsonl")], st, extractor=extractor, batch_size=40)
            sums[bulk_rows] = st.content_sum()
    assert sums[1] == sums[10**9] and sums[1]["relationships"] > 300
    monkeypatch.setattr(ladybug, "BULK_ROWS", 1)
    counter = itertools.count()
    prints = incremental_prints(tmp_path, lambda: open_store("ladybug", path=tmp_path / f"g{next(counter)}.db"),
                                extractor)
    assert prints["a,b"] == prints["b,a"] == prints["a+b"] and prints["a,b,a2"] == prints["a2+b"]


def test_a_first_load_in_one_bulk_step_stores_what_batch_by_batch_writes_store(tmp_path, extractor, monkeypatch):
    """An empty store loads a build's batches at the end with COPY FROM (kg.stores.bulk): node for node
    and relationship for relationship the graph batch-by-batch MERGEs build, aliases in the same order,
    and nothing left beside the database."""
    from helpers import EXAMPLES

    import kg.stores.bulk
    import kg.stores.ladybug
    from kg.jobs import build
    from kg.stores.ladybug import LadybugStore
    monkeypatch.setattr(kg.stores.bulk, "PAPER_PART_ROWS", 4)      # papers spooled in parts, each copied
    monkeypatch.setattr(kg.stores.bulk, "ROW_GROUPS_PER_FILE", 2)  # a table's batches in several files,
    monkeypatch.setattr(kg.stores.bulk, "PART_ROWS", 40)            # copied a few files at a time
    graphs, loads, copies, several = {}, [], [], []
    monkeypatch.setattr(kg.stores.ladybug.cypher, "copy_table", lambda table, files, *a,
                        real=kg.stores.ladybug.cypher.copy_table: (copies.append(table) if table == "Paper" else
                                                                   several.append((table, len(files), *a)))
                        or real(table, files, *a))
    for bulk in (True, False):
        if not bulk:
            monkeypatch.setattr(LadybugStore, "bulk", lambda self: None)
        monkeypatch.setattr(LadybugStore, "load", lambda self, spool, real=LadybugStore.load: loads.append(1) or
                            real(self, spool))
        with open_store("ladybug", path=tmp_path / f"{bulk}.db") as st:
            build([str(EXAMPLES / "papers.jsonl")], st, extractor=extractor, batch_size=7)
            graphs[bulk] = (st.content_sum(), sorted(st.read_graph().nodes(data=True), key=lambda kv: kv[0]))
    assert loads == [1]                                  # the empty store loaded once, in bulk
    assert len(copies) > 2                               # the papers in several parts
    assert {"MENTIONS", "Result"} <= {t for t, n, *_ in several if n > 1}      # several files in one statement,
    pairs = [(t, *pair) for t, _, *pair in several if pair]
    assert any(pairs.count(p) > 1 for p in pairs)                               # a table in several statements
    assert graphs[True] == graphs[False] and graphs[True][0]["relationships"] > 300
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["True.db", "True.db.sum", "False.db", "False.db.sum"])
    with open_store("ladybug", path=tmp_path / "True.db") as st:
        assert st.bulk() is None                         # a store that holds a graph writes batch by batch


def test_a_bulk_load_cut_short_leaves_papers_a_rerun_reads_again(tmp_path, extractor, monkeypatch):
    """Each table loads in its own transaction; papers are loaded unfinished and finished last. A load
    that stops after the nodes and the papers' own edges (a kill, a full disk) leaves papers a rerun
    reads again, and the rerun ends with the graph of a load that never stopped."""
    import pytest
    from helpers import EXAMPLES

    import kg.stores.ladybug
    from kg.jobs import build

    corpus = str(EXAMPLES / "papers.jsonl")
    with open_store("ladybug", path=tmp_path / "whole.db") as st:
        build([corpus], st, extractor=extractor)
        whole = st.content_sum()
    real = kg.stores.ladybug.cypher.copy_table

    def cut(table, *args):
        if table == "RUNS_ON":
            raise OSError("disk full")
        return real(table, *args)

    monkeypatch.setattr(kg.stores.ladybug.cypher, "copy_table", cut)
    with open_store("ladybug", path=tmp_path / "cut.db") as st, pytest.raises(OSError):
        build([corpus], st, extractor=extractor)
    monkeypatch.setattr(kg.stores.ladybug.cypher, "copy_table", real)
    with open_store("ladybug", path=tmp_path / "cut.db") as st:
        assert st.query("MATCH (p:Paper) WHERE p.extraction IS NULL RETURN count(p)").rows[0][0] == 24
        summary = build([corpus], st, extractor=extractor)
        assert summary.papers == 24 and st.content_sum() == whole


def test_a_whole_table_read_in_slices_sums_what_one_read_sums(tmp_path, extractor, monkeypatch):
    """The embedded store reads a table a slice of node offsets at a time (a whole result is held in
    its buffer pool); the sum is the one a single read gives, and what a build recorded."""
    from helpers import EXAMPLES

    import kg.stores.ladybug
    from kg.jobs import build
    from kg.stores import integrity
    from kg.stores.base import GraphStore

    monkeypatch.setattr(kg.stores.ladybug, "SLICE_NODES", 3)
    with open_store("ladybug", path=tmp_path / "a.db") as st:
        build([str(EXAMPLES / "papers.jsonl")], st, extractor=extractor)
        sliced = st.content_sum()
        assert sum(1 for _ in st.table_rows("Paper")) == st.stats()["nodes"]["Paper"] > 3
        monkeypatch.setattr(kg.stores.ladybug.LadybugStore, "table_rows", GraphStore.table_rows)
        whole = st.content_sum()
    assert sliced == whole and sliced["relationships"] > 300
    assert integrity.recorded(tmp_path / "a.db")["sha256_sum"] == sliced["sha256_sum"]


def test_a_sum_read_that_does_not_fit_the_small_pool_is_read_again_in_the_ordinary_one(tmp_path, extractor,
                                                                                        monkeypatch):
    """A build's sum is read back through a small buffer pool; a slice too large for it (papers with
    very long texts) must not fail the finished build: the read goes again through the ordinary pool."""
    from helpers import EXAMPLES

    import kg.stores.ladybug
    from kg.jobs import build
    from kg.stores import integrity

    monkeypatch.setattr(kg.stores.ladybug, "SUM_POOL_BYTES", 8 << 20)      # too small for one slice here
    with open_store("ladybug", path=tmp_path / "a.db") as st:
        build([str(EXAMPLES / "papers.jsonl")], st, extractor=extractor)
        now = st.content_sum()
    recorded = integrity.recorded(tmp_path / "a.db")
    assert recorded["sha256_sum"] == now["sha256_sum"] and "writing" not in recorded
