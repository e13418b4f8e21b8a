"""The property graph: a closed schema, name keys, records and the in-memory networkx form.

The ground floor: nothing here imports spaCy, and networkx loads only when a graph is built.
"""
from __future__ import annotations

from typing import Any

from kg.graph.schema import ENTITY_LABELS, NODE_LABELS, REL_TYPES, SCHEMA

__all__ = ["GraphBuilder", "node_key", "ENTITY_LABELS", "NODE_LABELS", "REL_TYPES", "SCHEMA"]


def __getattr__(name: str) -> Any:
    if name in ("GraphBuilder", "node_key"):
        from kg.graph import build
        return getattr(build, name)
    raise AttributeError(f"module 'kg.graph' has no attribute '{name}'")
