"""The graph as typed rows per label and per relationship: what every store and tabular export writes.

Pure functions of a networkx graph; stores turn them into ``UNWIND $rows`` batches
(:func:`kg.stores.cypher.write_plan`), the neo4j-admin exporter into CSV files.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kg.graph.schema import NODE_PROPS, REL_PROPS

if TYPE_CHECKING:
    import networkx as nx

_CASTS: dict[str, Callable[[Any], Any]] = {"DOUBLE": float, "INT64": int, "BOOLEAN": bool, "STRING": str,
          "STRING[]": lambda v: [str(x) for x in v]}


def cast(value: Any, typ: str) -> Any:
    """A property value in its schema type; None and the empty string are no value (absent in every
    store and export alike: neo4j-admin cannot tell an empty string from a missing one)."""
    return None if value is None or value == "" else _CASTS[typ](value)


def node_rows(graph: "nx.MultiDiGraph") -> dict[str, list[dict[str, Any]]]:
    """Nodes grouped by label, every schema property present and typed."""
    out: dict[str, list[dict[str, Any]]] = {}
    for _, data in sorted(graph.nodes(data=True), key=lambda kv: kv[0]):
        props = NODE_PROPS[data["label"]]
        out.setdefault(data["label"], []).append({p: cast(data.get(p), t) for p, t in props.items()})
    return out


def edge_rows(graph: "nx.MultiDiGraph") -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Edges grouped by (type, head label, tail label) with their evidence properties."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for a, b, data in sorted(graph.edges(data=True), key=lambda e: (e[0], e[1], e[2]["type"], e[2]["paper"])):
        rel = data["type"]
        group = (rel, graph.nodes[a]["label"], graph.nodes[b]["label"])
        row = {"a": a, "b": b, **{p: cast(data.get(p), t) for p, t in REL_PROPS[rel].items()}}
        out.setdefault(group, []).append(row)
    return out


def present(rows: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Drop columns that are null in every row: engines cannot type an all-null column."""
    keep = [k for k in rows[0] if any(r[k] is not None for r in rows) or k in ("key", "a", "b", "paper")]
    return keep, [{k: r[k] for k in keep} for r in rows]

