"""The library's jobs (the CLI is a thin shell over these): extract and build.

Both stream: papers are read, extracted and written in batches, so memory does
not grow with the corpus. Skipped records are reported through ``on_skip`` and
counted, never dropped silently.
"""
from __future__ import annotations

import gc
import itertools
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg import interrupts
from kg.checksums import file_sha256
from kg.errors import ConfigError, InputError
from kg.extraction import Extractor, parallel
from kg.graph import GraphBuilder
from kg.graph.records import PaperRecord
from kg.sources import Notice, Paper, Skip, paper_id, read_papers
from kg.sources.abstracts import AbstractIndex
from kg.sources.filters import Selection
from kg.sources.model import SOURCE_RANK, text_rank
from kg.sources.readers import by_text_rank
from kg.stores import GraphStore
from kg.stores.bulk import Spool

# objects allocated between two collections of the young generation during a long run (Python's default: 700)
YOUNG_OBJECTS = 20_000


@contextmanager
def _collector_for_streams() -> Iterator[None]:
    """Python's cyclic collector sized for a stream of records, restored afterwards. Unpickling the
    workers' records and merging them makes tens of thousands of objects per chunk; with the default
    threshold the collector ran every 700 of them, scanning what was already loaded, and took ~85% of
    the unpickling and over half of this process's time per paper (measured). Once the pipeline is
    loaded, everything that exists is frozen out of every collection (:func:`_settled`), which is also
    what Python's docs advise before forking workers: the collector no longer writes to pages the
    workers share. A caller that froze objects of its own keeps them (and these) frozen."""
    old, held = gc.get_threshold(), gc.get_freeze_count()
    gc.set_threshold(max(old[0], YOUNG_OBJECTS), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if not held:
            gc.unfreeze()


def _settled(extractor: Extractor) -> Extractor:
    """The loaded pipeline, frozen out of the collector's scans before workers fork from it."""
    gc.freeze()
    return extractor


@dataclass
class Summary:
    """What a run read, skipped and produced."""

    papers: int = 0
    skipped: int = 0
    entities: Counter = field(default_factory=Counter)
    relations: Counter = field(default_factory=Counter)
    results: int = 0
    seconds: float = 0.0
    dropped: Counter = field(default_factory=Counter)    # relations the schema cannot hold, by reason
    unchanged: int = 0      # papers the store already held as this pipeline reads them (not re-extracted)
    filtered: int = 0       # papers outside --category / --since / --until (counted, not read)
    joined: int = 0         # copies of a paper from another kind of source: recorded on it, its text kept

    def add(self, rec: PaperRecord) -> None:
        self.papers += 1
        self.entities.update(e.type for e in rec.entities)
        self.relations.update(r.type for r in rec.relations)
        self.results += len(rec.results)

    def as_dict(self) -> dict[str, Any]:
        return {"papers_read": self.papers, "papers_skipped": self.skipped, "papers_unchanged": self.unchanged,
                "papers_not_selected": self.filtered, "papers_also_from_another_source": self.joined,
                "entities": dict(sorted(self.entities.items())),
                "relations": dict(sorted(self.relations.items())),
                "results": self.results, "seconds": round(self.seconds, 2),
                "relations_dropped": dict(sorted(self.dropped.items()))}


def iter_papers(inputs: Iterable[str], input_format: str | None, summary: Summary,
                on_skip: Callable[[Skip | Notice], None], select: Selection | None = None,
                joined: Callable[[Paper], None] | None = None, abstracts: list[str] | None = None
                ) -> Iterator[Paper]:
    """Papers from every input that ``select`` accepts; the first id wins when two inputs repeat one.
    A repeat from another kind of source (arXiv, then OpenAlex) goes to ``joined`` when given: the
    paper was read from there too (its text stays the first copy's). ``abstracts``: Semantic
    Scholar abstracts files that complete its papers rows (:class:`AbstractIndex`)."""
    index = AbstractIndex(abstracts) if abstracts else None
    try:
        yield from _read_all(inputs, input_format, summary, on_skip, select, joined, index.fill if index else None)
    finally:
        if index is not None:
            index.close()


def _read_all(inputs: Iterable[str], input_format: str | None, summary: Summary,
              on_skip: Callable[[Skip | Notice], None], select: Selection | None,
              joined: Callable[[Paper], None] | None, fill: Callable[[Any], Any] | None) -> Iterator[Paper]:
    seen = SeenPapers()
    for path in inputs:
        # the input as it was read: a snapshot's manifest reports this, not the file on disk later
        digest = file_sha256(path) if path != "-" and Path(path).is_file() else None
        for item in read_papers(path, input_format, fill):
            if isinstance(item, Notice):
                on_skip(item)          # kept, with something the user should hear of
                continue
            if isinstance(item, Skip):
                summary.skipped += 1
                on_skip(item)
                continue
            if select is not None and not select.accepts(item):
                summary.filtered += 1
                continue
            _tell_apart(item, seen)
            if item.id in seen and joined is not None and item.origin not in seen.kinds(item.id):
                seen.join(item.id, item.origin)
                summary.joined += 1
                joined(item)
                continue
            if item.id in seen:
                summary.skipped += 1
                on_skip(Skip(item.source.rsplit(":", 1)[0], int(item.source.rsplit(":", 1)[1]),
                             f"duplicate paper id '{item.id}'"))
                continue
            seen.add(item.id, item.abstract, item.origin)
            item.source_sha256 = digest
            yield item


def _nothing_read(summary: Summary) -> str:
    if summary.filtered:
        return f"none of the {summary.filtered:,} papers read matches --category/--since/--until"
    return "no papers could be read from the input"


class SeenPapers:
    """The ids a read has passed on, each with its abstract's hash and the kinds of source that held it, packed
    in one int (in-process only): two dicts (id -> hash, id -> kinds) took ~176 bytes a paper, 35 MB at 200,000
    synthetic papers; one, 27 MB."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._kinds: list[frozenset[str]] = []          # the few sets of kinds, by index
        self._index: dict[frozenset[str], int] = {}

    def __contains__(self, pid: str) -> bool:
        return pid in self._ids

    def same_text(self, pid: str, abstract: str) -> bool:
        return self._ids[pid] >> KIND_BITS == hash(abstract) & TEXT_MASK

    def kinds(self, pid: str) -> frozenset[str]:
        return self._kinds[self._ids[pid] & KIND_MASK] if pid in self._ids else frozenset()

    def add(self, pid: str, abstract: str, kind: str) -> None:
        self._ids[pid] = (hash(abstract) & TEXT_MASK) << KIND_BITS | self._kind(frozenset({kind}))

    def join(self, pid: str, kind: str) -> None:
        self._ids[pid] = self._ids[pid] & ~KIND_MASK | self._kind(self.kinds(pid) | {kind})

    def _kind(self, kinds: frozenset[str]) -> int:
        if kinds not in self._index:
            self._index[kinds] = len(self._kinds)
            self._kinds.append(kinds)
        return self._index[kinds]


KIND_BITS = 16
KIND_MASK = (1 << KIND_BITS) - 1
TEXT_MASK = (1 << 61) - 1


def _tell_apart(paper: Paper, seen: SeenPapers) -> None:
    """No id given and titles that normalise alike ('🚀🚀', case variants) but different abstracts:
    distinct papers, so the abstract joins the id."""
    if paper.id in seen and not seen.same_text(paper.id, paper.abstract) and paper.id == paper_id(paper.title):
        paper.id = f"{paper.id}-{paper_id(paper.abstract)[1:9]}"


@_collector_for_streams()
def extract(inputs: list[str], out: IO[str], *, input_format: str | None = None,
            extractor: Extractor | None = None, on_skip: Callable[[Skip | Notice], None] = lambda s: None,
            progress: Callable[[int], None] = lambda n: None, workers: int = 1,
            select: Selection | None = None, abstracts: list[str] | None = None) -> Summary:
    """Write one ANNOTATION.md record per paper as JSONL."""
    summary, start = Summary(), time.perf_counter()
    extractor = _settled(extractor or Extractor())
    for rec in parallel.records(extractor, iter_papers(inputs, input_format, summary, on_skip, select,
                                                       abstracts=abstracts),
                                resolve_workers(workers),
                                report_failure(summary, on_skip)):
        interrupts.check()
        out.write(json.dumps(rec.to_gold(), ensure_ascii=False, sort_keys=False) + "\n")
        summary.add(rec)
        progress(summary.papers)
    if summary.papers == 0:
        raise InputError(_nothing_read(summary))
    summary.seconds = time.perf_counter() - start
    return summary


@_collector_for_streams()
def build(inputs: list[str], store: GraphStore, *, input_format: str | None = None,
          extractor: Extractor | None = None, batch_size: int = 500,
          on_skip: Callable[[Skip | Notice], None] = lambda s: None,
          progress: Callable[[int], None] = lambda n: None, workers: int = 1, dask: str | None = None,
          select: Selection | None = None, abstracts: list[str] | None = None,
          on_phase: Callable[[str], None] = lambda s: None) -> Summary:
    """Extract and MERGE into ``store`` batch by batch (idempotent, incremental); a store that is empty
    at the start and can load in bulk takes every batch in one load at the end instead (kg.stores.bulk).
    ``dask``: a Dask scheduler address or 'local'; its workers extract (the shipped pipeline) and this
    process writes. ``on_phase`` hears of a phase that counts no papers (the bulk load)."""
    if dask and extractor is not None:
        raise ConfigError("with a Dask scheduler the workers build the shipped pipeline; "
                          "a custom extractor cannot travel to them")
    summary, start = Summary(), time.perf_counter()
    extractor = _settled(extractor or Extractor())
    reader = extractor.fingerprint()
    papers: dict[str, Paper] = {}
    builder = GraphBuilder(reader)
    joins: dict[str, set[str]] = {}      # paper key -> kinds of source that also hold it

    def join(paper: Paper) -> None:
        joins.setdefault(f"Paper:{paper.id}", set()).add(paper.origin)

    # the best kind of source first: of one paper's copies in one build, its text is read
    todo = _remember(_not_stored(iter_papers(by_text_rank(inputs, input_format), input_format, summary, on_skip,
                                             select, join, abstracts), store, reader, summary, progress, join), papers)
    failed = report_failure(summary, on_skip, papers)
    if dask:
        from kg.extraction import distributed
        stream = distributed.records(todo, dask, None, failed)
    else:
        stream = parallel.records(extractor, todo, resolve_workers(workers), failed)
    spool = store.bulk()        # an empty store loads in one step at the end (kg.stores.bulk)
    try:
        for rec in stream:
            interrupts.check()
            builder.add_record(rec, abstract=papers.pop(rec.id).abstract)
            summary.add(rec)
            progress(summary.papers + summary.unchanged + summary.joined)
            if summary.papers % batch_size == 0:
                (spool.add if spool is not None else store.write)(builder.graph)
                summary.dropped.update(builder.dropped)
                builder.graph.clear()       # a graph refers to itself (its cached views): free it now
                builder = GraphBuilder(reader)
        if summary.papers + summary.unchanged + summary.joined == 0:
            raise InputError(_nothing_read(summary))
        summary.dropped.update(builder.dropped)
        if spool is not None:
            on_phase(f"loading the {summary.papers:,} papers read into the empty database in one step")
        _finish(store, spool, builder.graph, [{"key": k, "sources": sorted(v)} for k, v in sorted(joins.items())])
    finally:
        if spool is not None:
            spool.close()
    summary.seconds = time.perf_counter() - start
    return summary


def _finish(store: GraphStore, spool: Spool | None, last: Any, joined: list[dict[str, Any]]) -> None:
    """Write the last batch (or load the spool it joins), then record the papers other kinds of
    source also hold, once every paper is stored."""
    last.graph["joined_sources"] = joined
    if spool is None:
        store.write(last)
        return
    spool.add(last)
    store.load(spool)
    if joined:
        only = type(last)()
        only.graph["joined_sources"] = joined
        store.write(only)


def _not_stored(papers: Iterator[Paper], store: GraphStore, reader: str, summary: Summary,
                progress: Callable[[int], None], join: Callable[[Paper], None], chunk: int = 1000
                ) -> Iterator[Paper]:
    """The papers the store does not already hold as read by this pipeline: a rerun after a kill
    resumes where the last committed batch ended, and a rebuild of the same corpus reads nothing.
    A stored paper read again from another kind of source joins it (``join``); that copy's text
    replaces the stored one only when its kind of source ranks better (SOURCE_RANK)."""
    from kg.stores import cypher
    batch: list[Paper] = []
    for paper in itertools.chain(papers, [None]):
        if paper is not None:
            batch.append(paper)
        if batch and (paper is None or len(batch) == chunk):
            keys = [f"Paper:{p.id}" for p in batch]
            stored = {r["key"]: r for r in store.query(cypher.stored_papers(), {"keys": keys}).records()}
            for p in batch:
                s = stored.get(f"Paper:{p.id}")
                same = s is not None and (s["title"], s["abstract"] or "", s["extraction"]) == \
                    (p.title, p.abstract, reader)
                new_kind = s is not None and bool(p.origin) and p.origin not in (s["sources"] or [])
                if new_kind:
                    join(p)             # recorded on the paper, whichever text it keeps
                if not (same or (s is not None and s["extraction"] == reader and _keeps_stored_text(s, p))):
                    yield p
                    continue
                if new_kind:
                    summary.joined += 1
                else:
                    summary.unchanged += 1
                progress(summary.papers + summary.unchanged + summary.joined)
            batch = []


def _keeps_stored_text(stored: dict[str, Any] | None, paper: Paper) -> bool:
    """The stored text came from a kind of source that ranks better than this copy's (arXiv's own
    abstract over OpenAlex's rebuilt one); a copy of the same kind (an edited file) replaces it. The
    stored text is always the best-ranked kind's among ``sources``: a worse one never replaces it."""
    best = text_rank(stored["sources"]) if stored is not None else None
    return best is not None and SOURCE_RANK.get(paper.origin, 1) > best


def _remember(papers: Iterator[Paper], into: dict[str, Paper]) -> Iterator[Paper]:
    for p in papers:
        into[p.id] = p
        yield p


def report_failure(summary: Summary, on_skip: Callable[[Skip | Notice], None], papers: dict[str, Paper] | None = None
            ) -> Callable[[Paper, Exception], None]:
    """A paper extraction failed on: counted and reported as skipped at its file and line."""
    def report(paper: Paper, exc: Exception) -> None:
        if papers is not None:
            papers.pop(paper.id, None)
        summary.skipped += 1
        source, _, line = paper.source.rpartition(":")
        kind = getattr(exc, "kind", type(exc).__name__)     # a worker's failure names what it caught
        reason = f"extraction failed: {kind}: {str(exc).splitlines()[0] if str(exc) else ''}"
        on_skip(Skip(source or paper.source, int(line) if line.isdigit() else 0, reason[:300]))
    return report


def resolve_workers(workers: int) -> int:
    """0 means every core."""
    return workers if workers > 0 else parallel.default_workers()
