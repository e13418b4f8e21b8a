"""Extraction on a Dask cluster: chunks of papers go to Dask workers, each running the same
pipeline, and come back as plain records in input order to the one process that writes the store.

``scheduler`` is a scheduler address (``tcp://host:8786``) or ``local``, which starts a
``dask.distributed.LocalCluster`` of one single-threaded worker process per core. Each worker
builds the pipeline once (from the same config) and keeps it on its ``Worker`` object. At most two
chunks per worker are in flight, so the writer's memory stays bounded however long the input.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from kg.errors import ConfigError
from kg.extraction.parallel import CHUNK, Done, Failure, collect, default_workers
from kg.extraction.pipeline import Extractor, OnError, load_pipeline
from kg.graph.records import PaperRecord
from kg.sources import Paper


def _client(scheduler: str) -> tuple[Any, Any]:
    """(client, the local cluster it started or None)."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:
        raise ConfigError("--dask needs Dask's distributed scheduler: pip install 'kg[dask]'") from exc
    if scheduler == "local":
        cluster = LocalCluster(n_workers=default_workers(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(scheduler, timeout=10), None
    except OSError as exc:
        raise ConfigError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc


def _extract(chunk: list[Paper], config: str | None) -> Done:
    """Runs on a Dask worker: this worker's pipeline (built on first use) over one chunk."""
    from distributed import get_worker
    worker = get_worker()
    extractor = getattr(worker, "kg_extractor", None)
    if extractor is None:
        extractor = Extractor(load_pipeline(config))
        setattr(worker, "kg_extractor", extractor)      # kept for the next chunk this worker runs
    failures: list[Failure] = []
    done = list(extractor.records(chunk, lambda paper, exc: failures.append((paper.id, type(exc).__name__,
                                                                               str(exc)))))
    return done, failures


def records(papers: Iterable[Paper], scheduler: str, config: str | None = None,
            on_error: OnError | None = None) -> Iterator[PaperRecord]:
    """``Extractor(load_pipeline(config)).records(papers)`` on the Dask cluster at ``scheduler``."""
    client, cluster = _client(scheduler)
    try:
        window = 2 * max(1, len(client.scheduler_info()["workers"]))
        stream = iter(papers)
        pending: deque[tuple[list[Paper], Any]] = deque()
        for chunk in iter(lambda: list(islice(stream, CHUNK)), []):
            pending.append((chunk, client.submit(_extract, chunk, config, pure=False)))
            if len(pending) >= window:
                chunk_, future = pending.popleft()
                yield from collect(chunk_, future.result(), on_error)
        while pending:
            chunk_, future = pending.popleft()
            yield from collect(chunk_, future.result(), on_error)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
