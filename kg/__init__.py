"""kg: knowledge graphs of the ML-systems literature.

A small API, imported lazily (``import kg`` loads neither spaCy nor a database driver):

>>> import kg
>>> kg.build(["papers.jsonl"], db="kg.db")                                  # extract and store
>>> kg.query("methods_on_hardware", {"hardware": "H100"}, db="kg.db")      # a shipped query, by name
>>> kg.query("MATCH (h:Hardware) RETURN h.name AS name", db="kg.db", dataframe=True)
>>> kg.export("graphml", "out/graph.graphml", db="kg.db")
>>> for record in kg.extract(["papers.jsonl"]): ...                        # typed records, streaming
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KGError, UsageError

if TYPE_CHECKING:
    from kg.graph.records import PaperRecord
    from kg.jobs import Summary
    from kg.stores import GraphStore

__version__ = "0.1.0"
__all__ = ["extract", "build", "open_store", "query", "export", "snapshot", "KGError", "__version__"]
_STORE_OPTIONS = {"ladybug": {"read_only", "batch_size"}, "neo4j": {"settings", "driver", "batch_size"}}


def open_store(store: str = "ladybug", *, db: str | Path | None = None, create: bool = False,
               **options: Any) -> "GraphStore":
    """A graph store by name; ``db`` is the embedded store's path, options the store's own
    (``settings``/``driver`` for Neo4j). An option the chosen store does not take is an error."""
    from kg.stores import open_store as _open
    valid = _STORE_OPTIONS.get(store)
    if valid is not None:
        wrong = sorted(set(options) - valid) + (["db"] if db is not None and store != "ladybug" else [])
        if wrong:
            raise UsageError(f"store '{store}' does not take {', '.join(wrong)}; it takes: "
                          f"{', '.join(sorted(valid | ({'db'} if store == 'ladybug' else set())))}")
    if store == "ladybug":
        return _open(store, path=db if db is not None else "kg.db", create=create, **options)
    return _open(store, create=create, **options)


def extract(inputs: list[str], *, input_format: str | None = None, workers: int = 1) -> Iterator["PaperRecord"]:
    """Typed records (``.to_gold()`` gives ANNOTATION.md JSON) for every readable paper of ``inputs``,
    extracted in ``workers`` processes (0: every core; the records are the same for any number)."""
    from kg.extraction import Extractor, parallel
    from kg.jobs import Summary, iter_papers, report_failure, resolve_workers
    summary = Summary()
    return parallel.records(Extractor(), iter_papers(inputs, input_format, summary, _warn_input),
                            resolve_workers(workers), report_failure(summary, _warn_input))


def build(inputs: list[str], store: str = "ladybug", *, db: str | Path | None = None,
          input_format: str | None = None, workers: int = 1, **options: Any) -> "Summary":
    """Extract ``inputs`` (in ``workers`` processes) and merge the graph into the store
    (idempotent, incremental)."""
    from kg.jobs import build as _build
    with open_store(store, db=db, create=True, **options) as st:
        return _build(list(inputs), st, input_format=input_format, on_skip=_warn_input, workers=workers)


def _warn_input(item: Any) -> None:
    """Skipped records reach a library caller as warnings (the CLI prints them)."""
    import warnings

    from kg.errors import InputWarning
    warnings.warn(str(item), InputWarning, stacklevel=3)


def query(cypher_or_name: str, params: dict[str, Any] | None = None, *, store: str = "ladybug",
          db: str | Path | None = None, dataframe: bool = False, **options: Any):
    """Run a shipped query (by name) or Cypher text; rows as dicts, or a pandas DataFrame."""
    from kg.querylib import load_queries
    named = load_queries().get(cypher_or_name)
    text = named.text if named else cypher_or_name
    params = named.parameters(params) if named else (params or {})
    if store == "ladybug":
        options.setdefault("read_only", True)      # a query reads; pass read_only=False to write
    with open_store(store, db=db, **options) as st:
        result = st.query(text, params)
    if not dataframe:
        return result.records()
    try:
        import pandas as pd  # optional: only when asked for
    except ModuleNotFoundError:
        raise UsageError("dataframe=True needs pandas: pip install 'kg[pandas]'") from None
    return pd.DataFrame(result.rows, columns=result.columns)


def export(fmt: str, output: str | Path, *, store: str = "ladybug", db: str | Path | None = None,
           **options: Any) -> list[Path]:
    """Write the stored graph in one export format; the paths written."""
    from kg.exporters import get_exporter
    exporter = get_exporter(fmt)
    with open_store(store, db=db, **options) as st:
        graph = st.read_graph()
    return exporter.write(graph, Path(output))


def snapshot(output: str | Path, formats: tuple[str, ...] | None = None, *, store: str = "ladybug",
             db: str | Path | None = None, **options: Any) -> Path:
    """A dated snapshot folder (formats plus manifest) of the stored graph."""
    from kg.snapshots import DEFAULT_FORMATS, write_snapshot
    with open_store(store, db=db, **options) as st:
        graph = st.read_graph()
    return write_snapshot(graph, Path(output), formats or DEFAULT_FORMATS)
