"""Graph stores behind one interface, looked up by name (like rdflib's plugins).

``open_store("ladybug", path=...)`` is the embedded default; ``open_store("neo4j",
settings=...)`` (or ``driver=...``) is Neo4j. Every store writes networkx graphs
idempotently through the same plan, answers Cypher, and reads its graph back.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.errors import StoreError
from kg.stores.base import GraphStore, QueryResult

STORES: dict[str, Callable[..., GraphStore]] = {}


def register(name: str) -> Callable[[Callable[..., GraphStore]], Callable[..., GraphStore]]:
    def deco(factory: Callable[..., GraphStore]) -> Callable[..., GraphStore]:
        STORES[name] = factory
        return factory
    return deco


def open_store(name: str, **options: Any) -> GraphStore:
    """Open a store by name; unknown names list the valid ones."""
    from kg.stores import ladybug, neo4j_store  # noqa: F401  (they register themselves)
    if name not in STORES:
        raise StoreError(f"unknown store '{name}'; choose from: {', '.join(sorted(STORES))}")
    return STORES[name](**options)


__all__ = ["GraphStore", "QueryResult", "STORES", "open_store", "register"]
