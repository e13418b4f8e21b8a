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
from typing import Any

import networkx as nx

from kg.graph.schema import NODE_PROPS, REL_PROPS, REL_TYPES
from kg.stores import cypher

Statement = tuple[str, dict[str, Any]]


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


_CASTS = {"DOUBLE": float, "INT64": int, "BOOLEAN": bool, "STRING": str,
          "STRING[]": lambda v: [str(x) for x in v]}


def _cast(value: Any, typ: str) -> Any:
    return None if value is None else _CASTS[typ](value)


def node_rows(graph: nx.MultiDiGraph) -> dict[str, list[dict[str, Any]]]:
    """Nodes grouped by label, every schema property present and typed."""
    out: dict[str, list[dict[str, Any]]] = {}
    for _, data in sorted(graph.nodes(data=True), key=lambda kv: kv[0]):
        props = NODE_PROPS[data["label"]]
        out.setdefault(data["label"], []).append({p: _cast(data.get(p), t) for p, t in props.items()})
    return out


def edge_rows(graph: nx.MultiDiGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Edges grouped by (type, head label, tail label) with their evidence properties."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["paper"])):
        rel = data["type"]
        group = (rel, graph.nodes[a]["label"], graph.nodes[b]["label"])
        row = {"a": a, "b": b, **{p: _cast(data.get(p), t) for p, t in REL_PROPS[rel].items()}}
        out.setdefault(group, []).append(row)
    return out


def present(rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Drop columns that are null in every row: engines cannot type an all-null column."""
    keep = [k for k in rows[0] if any(r[k] is not None for r in rows) or k in ("key", "a", "b", "paper")]
    return keep, [{k: r[k] for k in keep} for r in rows]


class GraphStore(ABC):
    """Write a graph idempotently; answer Cypher; summarise; read everything back."""

    dialect: str = "ladybug"
    batch_size: int = 10_000

    def statements(self, graph: nx.MultiDiGraph) -> Iterator[Statement]:
        """The write plan: node batches per label, then relationship batches per type and pair."""
        for label, rows in node_rows(graph).items():
            for i in range(0, len(rows), self.batch_size):
                props, batch = present(rows[i:i + self.batch_size])
                yield cypher.merge_nodes(label, props, self.dialect), {"rows": batch}
        for (rel, head, tail), rows in edge_rows(graph).items():
            for i in range(0, len(rows), self.batch_size):
                props, batch = present(rows[i:i + self.batch_size])
                yield cypher.merge_rels(rel, head, tail, props), {"rows": batch}

    @abstractmethod
    def write(self, graph: nx.MultiDiGraph) -> None:
        """MERGE every node and relationship of ``graph`` (re-writing changes nothing)."""

    @abstractmethod
    def query(self, cypher_text: str, params: dict[str, Any] | None = None) -> QueryResult: ...

    def stats(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: count}, "relationships": {type: count}}."""
        nodes = {r[0]: r[1] for r in self.query(cypher.count_nodes(self.dialect)).rows}
        rels = {r[0]: r[1] for r in self.query(cypher.count_rels(self.dialect)).rows}
        return {"nodes": dict(sorted(nodes.items())), "relationships": dict(sorted(rels.items()))}

    def read_graph(self) -> nx.MultiDiGraph:
        """Everything stored, as the networkx graph a write would take (for push/pull)."""
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

    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
