"""The embedded default store: LadybugDB (in-process, on-disk, Cypher).

LadybugDB is the maintained fork of Kùzu; it needs declared node/rel tables,
which come from kg's schema. Each ``write`` is one transaction.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import QueryError, StoreError
from kg.stores import cypher, register
from kg.stores.base import GraphStore, QueryResult, edge_rows, node_rows, present

BATCH = 10_000


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
    def __init__(self, path: str | Path = "kg.db", read_only: bool = False, create: bool = True) -> None:
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
        if not read_only:
            for stmt in cypher.ladybug_ddl():
                self._run(stmt)

    def _run(self, q: str, params: dict[str, Any] | None = None):
        try:
            return self._conn.execute(q, params or {})
        except RuntimeError as exc:
            raise QueryError(str(exc).splitlines()[0]) from exc

    def write(self, graph: nx.MultiDiGraph) -> None:
        nodes = node_rows(graph)
        self._run("BEGIN TRANSACTION")
        try:
            for label, rows in nodes.items():
                if "aliases" in rows[0]:
                    self._union_aliases(label, rows)
                for i in range(0, len(rows), BATCH):
                    props, batch = present(rows[i:i + BATCH])
                    self._run(cypher.merge_nodes(label, props), {"rows": batch})
            for (rel, head, tail), rows in edge_rows(graph).items():
                for i in range(0, len(rows), BATCH):
                    props, batch = present(rows[i:i + BATCH])
                    self._run(cypher.merge_rels(rel, head, tail, props), {"rows": batch})
            self._run("COMMIT")
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # the failed statement already ended the transaction
            raise

    def _union_aliases(self, label: str, rows: list[dict[str, Any]]) -> None:
        """Aliases accumulate across builds: union with what is stored."""
        res = self._run(cypher.existing_aliases(label), {"keys": [r["key"] for r in rows]})
        stored = {}
        while res.has_next():
            key, aliases = res.get_next()
            stored[key] = aliases or []
        for r in rows:
            if stored.get(r["key"]):
                r["aliases"] = sorted(set(r["aliases"] or []) | set(stored[r["key"]]))

    def query(self, q: str, params: dict[str, Any] | None = None) -> QueryResult:
        res = self._run(q, params)
        columns = res.get_column_names()
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return QueryResult(columns, rows)

    def stats(self) -> dict[str, dict[str, int]]:
        nodes = {r[0]: r[1] for r in self.query(cypher.COUNT_NODES).rows}
        rels = {r[0]: r[1] for r in self.query(cypher.COUNT_RELS).rows}
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}

    def close(self) -> None:
        for attr in ("_conn", "_db"):
            obj = getattr(self, attr, None)
            if obj is not None and hasattr(obj, "close"):
                obj.close()
            setattr(self, attr, None)
