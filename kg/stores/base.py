"""The store interface every backend implements."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kg.graph.schema import NODE_PROPS, REL_PROPS


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
    """Write a graph idempotently; answer Cypher; summarise contents."""

    @abstractmethod
    def write(self, graph: nx.MultiDiGraph) -> None:
        """MERGE every node and relationship of ``graph`` (re-writing changes nothing)."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> QueryResult: ...

    @abstractmethod
    def stats(self) -> dict[str, dict[str, int]]:
        """{"nodes": {label: count}, "relationships": {type: count}}."""

    def close(self) -> None:
        """Release the connection."""

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
