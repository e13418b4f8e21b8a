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
    reopen costs ~37 ms: a small build's 51 small tables spent 1.9 s on it."""
    import kg.stores.ladybug as ladybug
    from kg.jobs import build
    seen = {}
    for limit in (ladybug.REOPEN_BYTES, 1):
        monkeypatch.setattr(ladybug, "REOPEN_BYTES", limit)
        calls, copies = [], []
        monkeypatch.setattr(ladybug.LadybugStore, "_reopen", lambda self, real=ladybug.LadybugStore._reopen:
                            calls.append(1) or real(self))
        real_run = ladybug.LadybugStore._run
        monkeypatch.setattr(ladybug.LadybugStore, "_run", lambda self, q, params=None, real=real_run: (
            copies.append(q) if q.startswith("COPY ") else None) or real(self, q, params))
        with open_store("ladybug", path=tmp_path / f"g{limit}.db") as st:
            build([_corpus(tmp_path)], st, extractor=extractor)
            seen[limit] = (len(calls), len(copies), st.content_sum())
        monkeypatch.undo()
    (few, copies_a, sum_a), (every, copies_b, sum_b) = seen.values()
    assert few == 0 and every == copies_b == copies_a > 5 and sum_a == sum_b
