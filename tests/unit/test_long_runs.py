"""A long build's own process: the cyclic collector sized for a stream of records, and each batch's
graph freed as soon as it is written (issue #12: this process competes with the workers for cores)."""
from __future__ import annotations

import gc

import networkx as nx

from kg.stores import open_store

ABSTRACT = "We present Alpha{i}, which runs on an A100 GPU and is 2x faster than vLLM."


def _corpus(tmp_path, n=6):
    path = tmp_path / "in.jsonl"
    path.write_text("".join(f'{{"id": "p{i}", "title": "Alpha{i}", "abstract": "{ABSTRACT.format(i=i)}"}}\n'
                            for i in range(n)))
    return str(path)


def test_the_collector_is_sized_for_the_run_and_restored_after(tmp_path, extractor):
    from kg.jobs import YOUNG_OBJECTS, build
    before, frozen = gc.get_threshold(), gc.get_freeze_count()
    during = []
    with open_store("ladybug", path=tmp_path / "g.db") as st:
        build([_corpus(tmp_path)], st, extractor=extractor,
              progress=lambda n: during.append((gc.get_threshold()[0], gc.get_freeze_count())))
    assert during and all(young >= YOUNG_OBJECTS and held > frozen for young, held in during)
    assert gc.get_threshold() == before and gc.get_freeze_count() == frozen


def test_a_written_batch_is_freed_without_the_cyclic_collector(tmp_path, extractor):
    """A networkx graph refers to itself (its cached views), so a written batch used to wait for a
    collection of the oldest generation: ~100 MB more at 20,000 papers with a sized collector."""
    from kg.jobs import build
    alive = []

    def count(n):
        alive.append(sum(1 for o in gc.get_objects() if isinstance(o, nx.MultiDiGraph) and len(o)))

    gc.disable()
    try:
        with open_store("ladybug", path=tmp_path / "g.db") as st:
            build([_corpus(tmp_path)], st, extractor=extractor, batch_size=1, progress=count)
    finally:
        gc.enable()
    assert len(alive) == 6 and max(alive) <= 1


def test_a_bulk_load_reopens_the_database_only_after_large_files(tmp_path, extractor, monkeypatch):
    """Closing the database gives back what a COPY held (~700 MB over a 200,000-paper load), but a
    reopen costs ~37 ms: a small build's 51 small tables spent 1.9 s on it. Large parts of papers are
    copied uncompressed (the engine's COPY into a table of compressed abstracts grew as it filled):
    the same graph."""
    import kg.stores.ladybug as ladybug
    from kg.jobs import build
    seen = {}
    for limit in (ladybug.REOPEN_BYTES, 1):
        monkeypatch.setattr(ladybug, "REOPEN_BYTES", limit)
        opens, copies = [], []
        monkeypatch.setattr(ladybug, "_open_writer", lambda *a, real=ladybug._open_writer:
                            opens.append(a[2:]) or real(*a))
        monkeypatch.setattr(ladybug.cypher, "copy_table", lambda *a, real=ladybug.cypher.copy_table:
                            copies.append(1) or real(*a))
        with open_store("ladybug", path=tmp_path / f"g{limit}.db") as st:
            build([_corpus(tmp_path)], st, extractor=extractor)
            seen[limit] = (len(opens) - 2, len(copies), st.content_sum(), opens)   # reopens: less the first, and back
        monkeypatch.undo()
    (few, copies_a, sum_a, opens_a), (every, copies_b, sum_b, opens_b) = seen.values()
    assert few == 0 and every == copies_b - 1 and copies_b == copies_a > 5 and sum_a == sum_b
    assert (False,) not in opens_a and opens_b[0] == (False,) and opens_b.count((False,)) == 1     # the papers


def test_a_large_spool_is_loaded_by_a_fresh_process_into_the_same_graph(tmp_path, extractor, monkeypatch):
    """The engine's COPY memory came on top of the build's own heap (the load set a 200,000-paper
    build's peak); a fresh process loads a large spool and reads a large file's sum, and the graph is
    the one loaded in-process."""
    import kg.stores.ladybug as ladybug
    from kg.jobs import build
    sums, apart = {}, []
    real_run = ladybug.apart.run
    monkeypatch.setattr(ladybug.apart, "run", lambda fn, *a: apart.append(fn.__name__) or real_run(fn, *a))
    for limit in (ladybug.APART_BYTES, 0):
        monkeypatch.setattr(ladybug, "APART_BYTES", limit)
        with open_store("ladybug", path=tmp_path / f"g{limit}.db") as st:
            build([_corpus(tmp_path)], st, extractor=extractor)
            sums[limit] = st.content_sum()
    assert apart == ["copy_tables", "_stored_sum"]      # the load, and the sum its close records
    assert sums[0] == sums[ladybug.APART_BYTES] and sums[0]["nodes"]
    assert ladybug.check(tmp_path / "g0.db")[0]


def test_what_the_fresh_process_raises_comes_back_as_one_line(tmp_path):
    import pytest

    from kg.errors import KGError
    from kg.stores import apart
    from kg.stores.ladybug import copy_tables
    with open_store("ladybug", path=tmp_path / "g.db"):
        pass
    with pytest.raises(KGError) as err:
        apart.run(copy_tables, str(tmp_path / "g.db"), [("Paper", None, str(tmp_path / "missing.parquet"))])
    assert "missing.parquet" in str(err.value) and "\n" not in str(err.value)


def test_a_fresh_process_that_cannot_run_the_call_is_one_line(tmp_path, monkeypatch):
    """A child that dies without answering (here: it cannot even start Python's -c) is a StoreError
    with its exit code, not a traceback of the pipe."""
    import pytest

    from kg.errors import StoreError
    from kg.stores import apart
    from kg.stores.ladybug import copy_tables
    monkeypatch.setattr(apart, "_CHILD", "import sys; sys.exit(3)")
    with pytest.raises(StoreError, match="died \\(exit code 3\\)"):
        apart.run(copy_tables, str(tmp_path / "g.db"), [])
