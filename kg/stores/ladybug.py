"""The embedded default store: LadybugDB (in-process, on-disk, Cypher).

LadybugDB is the maintained fork of Kùzu; it needs declared node/rel tables,
which come from kg's schema. Each ``write`` is one transaction.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError, StoreError
from kg.stores import cypher, register
from kg.stores.base import GraphStore, QueryResult

if TYPE_CHECKING:
    import networkx as nx


def _import_ladybug():
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StoreError("the 'ladybug' package is not installed (pip install ladybug)") from exc
    if not hasattr(ladybug, "Database"):
        raise StoreError("'ladybug' resolves to another package (ladybug-core?); reinstall 'ladybug'")
    return ladybug


@register("ladybug")
class LadybugStore(GraphStore):
    dialect = "ladybug"
    skip_unchanged = True      # an unchanged row rewritten is stored again: the file grew 6x per rebuild

    def __init__(self, path: str | Path = "kg.db", read_only: bool = False, create: bool = True,
                 batch_size: int = 10_000) -> None:
        lb = _import_ladybug()
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"{path}: no graph database here (run 'kg build' first or pass --db)")
        try:
            self._db = lb.Database(str(path), read_only=read_only)
            self._conn = lb.Connection(self._db)
        except RuntimeError as exc:
            raise StoreError(f"{path}: cannot open the database: {str(exc).splitlines()[0]}") from exc
        self.path = path
        self.batch_size = batch_size
        if not read_only:
            for stmt in cypher.ladybug_ddl():
                self._run(stmt)

    def _run(self, q: str, params: dict[str, Any] | None = None):
        try:
            return self._conn.execute(q, params or {})
        except RuntimeError as exc:
            raise QueryError(str(exc).splitlines()[0]) from exc

    def write(self, graph: "nx.MultiDiGraph") -> None:
        self._run("BEGIN TRANSACTION")
        try:
            for q, params in self.statements(graph):
                self._run(q, params)
            self._run("COMMIT")
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # the failed statement already ended the transaction
            raise

    def query(self, q: str, params: dict[str, Any] | None = None) -> QueryResult:
        cypher.require_parameters(q, params)
        res = self._run(q, params)
        columns = res.get_column_names()
        if any(len(c) > 60 for c in columns):          # an engine-internal name: use the query's own words
            written = cypher.return_items(q)
            if len(written) == len(columns):
                columns = [w if len(c) > 60 else c for c, w in zip(columns, written)]
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return QueryResult(columns, rows)

    def close(self) -> None:
        for attr in ("_conn", "_db"):
            obj = getattr(self, attr, None)
            if obj is not None and hasattr(obj, "close"):
                obj.close()
            setattr(self, attr, None)
