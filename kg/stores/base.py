"""The store interface every backend implements, and the write/read plan they share.

A store turns a networkx graph into batches of ``UNWIND $rows`` MERGE statements
(nodes first, then relationships matched by key on both ends) and runs them with
its own transaction handling; it reads a whole graph back the same way, so
push/pull between stores is a read on one and a write on the other.
"""
from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.graph.schema import NODE_PROPS, REL_TYPES
from kg.stores import cypher

if TYPE_CHECKING:
    import networkx as nx

    from kg.stores.bulk import Spool

Statement = cypher.Statement


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


# list properties that are sets: a write adds to them (aliases, a paper's sources), their order means nothing
SET_VALUED = ("aliases", *cypher.JOINED)


def holds(stored: dict[str, Any] | None, row: dict[str, Any]) -> bool:
    """The stored row already says everything ``row`` says (aliases: a superset)."""
    if stored is None:
        return False
    for prop, value in row.items():
        if prop in SET_VALUED:
            if not set(value or []) <= set(stored.get(prop) or []):
                return False
        elif stored.get(prop, value) != value:
            return False
    return True


def _canon(row: dict[str, Any]) -> dict[str, Any]:
    return {k: sorted(v) if k in SET_VALUED and isinstance(v, list) else v
            for k, v in row.items() if v is not None and v != []}


class GraphStore(ABC):
    """Write a graph idempotently; answer Cypher; summarise; read everything back."""

    dialect: str = "ladybug"
    batch_size: int = 10_000

    skip_unchanged: bool = False     # read before writing, and write only what would change

    def statements(self, graph: "nx.MultiDiGraph") -> Iterator[Statement]:
        """The write plan in this store's dialect and batch size: first the facts of papers whose
        text (or the pipeline that read them) changed since they were stored are forgotten, so a
        re-extracted paper replaces its own."""
        touched: list[str] = []
        yield from self._forget_changed(graph, touched)
        yield from cypher.write_plan(graph, self.dialect, self.batch_size,
                                     self._changed if self.skip_unchanged else None)
        yield from self._renamed(touched)
        joined = [r for r in graph.graph.get("joined_sources", []) if r["sources"]]
        if joined:          # copies read from other kinds of source: recorded on the papers, text kept
            yield cypher.join_sources(self.dialect), {"rows": joined}

    def _renamed(self, keys: list[str]) -> Iterator[Statement]:
        """Names and aliases of the entities changed papers named, from the papers that name them now:
        a spelling only the old version used leaves (the same as a build of the current papers)."""
        for label in sorted({key.partition(":")[0] for key in keys}):
            found: dict[str, list[list[str] | None]] = {}
            for row in self.query(cypher.spellings_of(label), {"keys": [k for k in keys if k.startswith(label + ":")]}
                                  ).records():
                found.setdefault(row["key"], []).append(row["spellings"])
            rows = []
            for key, lists in sorted(found.items()):
                if any(not spelled for spelled in lists):
                    continue          # a paper stored before kg kept spellings: keep every alias
                name = min(spelled[0] for spelled in lists if spelled)
                rows.append({"key": key, "name": name,
                             "aliases": sorted({s for spelled in lists if spelled for s in spelled} - {name})})
            if rows:
                yield cypher.rename(label, self.dialect), {"rows": rows}

    def _forget_changed(self, graph: "nx.MultiDiGraph", touched: list[str]) -> Iterator[Statement]:
        papers = {k: d for k, d in graph.nodes(data=True) if d.get("label") == "Paper"}
        if not papers:
            return
        stored = self.query(cypher.stored_papers(), {"keys": sorted(papers)}).records()
        changed = [{"key": s["key"], "id": papers[s["key"]].get("id")} for s in stored
                   if (s["title"], s["abstract"], s.get("extraction")) !=
                   tuple(papers[s["key"]].get(k) for k in ("title", "abstract", "extraction"))]
        if not changed:
            return
        touched += [r["key"] for r in self.query(cypher.paper_entities(), {"papers": changed}).records()]
        for stmt in cypher.forget_papers():
            yield stmt, {"papers": changed}
        for label in sorted({key.partition(":")[0] for key in touched}):
            yield cypher.delete_orphans(label), {"keys": [k for k in touched if k.startswith(label + ":")]}

    def _changed(self, kind: str, group: tuple[str, ...], rows: cypher.Rows) -> tuple[cypher.Rows, cypher.Rows]:
        """(rows the store lacks, rows it holds differently): a rebuild of the same corpus writes
        nothing, and a new relationship is created without looking for it."""
        if kind == "node":
            found = self.query(cypher.stored_nodes(group[0]), {"keys": [r["key"] for r in rows]}).records()
            stored = {s["key"]: s for s in found}
            return [], [r for r in rows if not holds(stored.get(r["key"]), r)]
        rel, head, tail = group
        keys = [{"a": r["a"], "b": r["b"], "paper": r["paper"]} for r in rows]
        found = self.query(cypher.stored_rels(rel, head, tail), {"rows": keys}).records()
        stored_rels = {(s["a"], s["b"], s["paper"]): s for s in found}
        held = [stored_rels.get((r["a"], r["b"], r["paper"])) for r in rows]
        return ([r for r, s in zip(rows, held) if s is None],
                [r for r, s in zip(rows, held) if s is not None and not holds(s, r)])

    @abstractmethod
    def write(self, graph: "nx.MultiDiGraph") -> None:
        """MERGE every node and relationship of ``graph`` (re-writing changes nothing)."""

    def bulk(self) -> "Spool | None":
        """A spool that takes a build's batches for one bulk load (``load``), or None: this store
        writes batch by batch (kg.stores.bulk)."""
        return None

    def load(self, spool: "Spool") -> None:
        """Load what ``spool`` holds (only a store whose ``bulk`` made it)."""
        raise NotImplementedError(f"{type(self).__name__} has no bulk load")

    @abstractmethod
    def query(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult: ...

    def records(self, cypher_text: str) -> Iterator[dict[str, Any]]:
        """A read's rows as dicts (a store that can stream them overrides this)."""
        return iter(self.query(cypher_text).records())

    def stats(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: count}, "relationships": {type: count}}."""
        nodes = {r[0]: r[1] for r in self.query(cypher.count_nodes(self.dialect)).rows}
        rels = {r[0]: r[1] for r in self.query(cypher.count_rels(self.dialect)).rows}
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}

    def read_graph(self) -> "nx.MultiDiGraph":
        """Everything stored, as the networkx graph a write would take (for push/pull)."""
        import networkx as nx  # only push/pull need it: a query starts without it
        g = nx.MultiDiGraph()
        for label in NODE_PROPS:
            res = self.query(cypher.read_nodes(label))
            for row in res.records():
                g.add_node(row["key"], label=label, **{k: v for k, v in row.items() if v is not None})
        for rel, spec in REL_TYPES.items():
            for head, tail in spec.pairs:
                for row in self.query(cypher.read_rels(rel, head, tail)).records():
                    a, b = row.pop("a"), row.pop("b")
                    g.add_edge(a, b, key=(rel, row["paper"]), type=rel, **row)
        return g

    def content_sum(self) -> dict[str, Any]:
        """Counts and an order-independent sha256 sum over every node and relationship row (aliases
        as a set): what a build recorded and ``kg check`` compares, without a graph in memory."""
        import hashlib
        import json
        total, nodes, rels = 0, 0, 0

        def add(item: list[Any]) -> int:
            text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
            return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")

        for label in NODE_PROPS:
            for row in self.table_rows(label):
                total, nodes = total + add([label, _canon(row)]), nodes + 1
        for rel, spec in REL_TYPES.items():
            for head, tail in spec.pairs:
                for row in self.table_rows(rel, (head, tail)):
                    total, rels = total + add([rel, _canon(row)]), rels + 1
        return {"nodes": nodes, "relationships": rels, "sha256_sum": format(total % (1 << 256), "064x")}

    def table_rows(self, table: str, pair: tuple[str, str] | None = None) -> Iterator[dict[str, Any]]:
        """Every row of a node table, or of a relationship table between ``pair``, in no order."""
        return self.records(cypher.read_rels(table, *pair) if pair else cypher.read_nodes(table))

    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
