"""Extraction in several processes: chunks of papers go to a pool of workers, each running the same
pipeline, and come back as plain records in input order, so the graph is the same for any number
of workers.

Workers are forked from the process that loaded the pipeline (no reload, no model copy on disk);
where fork is unavailable they load the shipped pipeline themselves. At most two chunks per worker
are in flight, so memory stays bounded however long the input.
"""
from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from multiprocessing.pool import AsyncResult
from typing import TYPE_CHECKING

from kg.extraction.pipeline import Extractor, OnError
from kg.graph.records import PaperRecord
from kg.sources import Paper

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

CHUNK = 256                # papers per task: large enough that pickling is a small share of the work
Failure = tuple[str, str, str]           # (paper id, exception type, message)
Done = tuple[list[PaperRecord], list[Failure]]

_worker_extractor: list[Extractor] = []  # this worker process's pipeline (set once by _start)


class ExtractionFailure(Exception):
    """What a worker's pipeline raised on one paper, carried back to the parent."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def default_workers() -> int:
    """Every core this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def records(extractor: Extractor, papers: Iterable[Paper], workers: int,
            on_error: OnError | None = None) -> Iterator[PaperRecord]:
    """``extractor.records(papers)`` in ``workers`` processes; input order kept. An input that fits
    in one chunk runs in this process (a pool would only add start-up)."""
    stream = iter(papers)
    first = list(islice(stream, CHUNK))
    if workers <= 1 or len(first) < CHUNK:
        yield from extractor.records(chain(first, stream), on_error)
        return
    chunks = chain([first], iter(lambda: list(islice(stream, CHUNK)), []))
    with _pool(extractor, workers) as pool:
        pending: deque[tuple[list[Paper], AsyncResult[Done]]] = deque()
        for chunk in chunks:
            pending.append((chunk, pool.apply_async(_extract, (chunk,))))
            if len(pending) >= 2 * workers:
                yield from _collect(*pending.popleft(), on_error)
        while pending:
            yield from _collect(*pending.popleft(), on_error)


def _pool(extractor: Extractor, workers: int) -> "Pool":
    if "fork" in mp.get_all_start_methods():
        return mp.get_context("fork").Pool(workers, initializer=_start, initargs=(extractor,))
    return mp.get_context("spawn").Pool(workers, initializer=_start, initargs=(None,))


def _start(extractor: Extractor | None) -> None:
    _worker_extractor[:] = [extractor if extractor is not None else Extractor()]


def _extract(chunk: list[Paper]) -> Done:
    failures: list[Failure] = []
    done = list(_worker_extractor[0].records(
        chunk, lambda paper, exc: failures.append((paper.id, type(exc).__name__, str(exc)))))
    return done, failures


def _collect(chunk: list[Paper], result: "AsyncResult[Done]", on_error: OnError | None) -> Iterator[PaperRecord]:
    return collect(chunk, result.get(), on_error)


def collect(chunk: list[Paper], result: Done, on_error: OnError | None) -> Iterator[PaperRecord]:
    """One chunk's records, its failures handed to ``on_error`` (or the first one raised)."""
    done, failures = result
    if failures and on_error is None:
        _, kind, message = failures[0]
        raise ExtractionFailure(kind, message)
    if on_error is not None:
        by_id = {p.id: p for p in chunk}
        for paper_id, kind, message in failures:
            on_error(by_id[paper_id], ExtractionFailure(kind, message))
    yield from done
