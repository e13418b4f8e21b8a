"""A Cypher script of idempotent MERGE statements that recreates the graph in any Neo4j
(and in LadybugDB, whose tables kg declares on open).

It is the one place kg writes values into Cypher text: a script must carry its
data. Values are encoded as Cypher literals (strings escaped), and the statements
are the store's own write plan with the parameter inlined.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx

from kg.errors import ExportError
from kg.exporters import Exporter, register
from kg.graph.schema import NODE_PROPS, REL_PROPS
from kg.stores.cypher import ladybug_ddl, neo4j_constraints, write_plan


def _property_types() -> dict[str, str]:
    """Every property name has one type across kg's schema (checked here)."""
    types: dict[str, str] = {"a": "STRING", "b": "STRING"}
    for table in (*NODE_PROPS.values(), *REL_PROPS.values()):
        for name, typ in table.items():
            if types.setdefault(name, typ) != typ:
                raise ExportError(f"property '{name}' is {types[name]} in one table and {typ} in another")
    return types


TYPES = _property_types()


def literal(value: Any, dialect: str = "neo4j", name: str | None = None) -> str:
    """A Cypher literal; in LadybugDB a null must say its type (``name`` is the property it fills)."""
    if value is None:
        if dialect == "ladybug" and name in TYPES:
            return f"CAST(NULL AS {TYPES[name]})"
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n").replace("\r", "\\r") + "'"
    if isinstance(value, (list, tuple)):
        if not value and dialect == "ladybug":
            return "CAST([] AS STRING[])"     # an untyped [] is INT64[] there; kg's lists are of strings
        return "[" + ", ".join(literal(v, dialect) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {literal(v, dialect, k)}" for k, v in value.items()) + "}"
    raise ExportError(f"no Cypher literal for {type(value).__name__}")


def statements(graph: nx.MultiDiGraph, dialect: str = "neo4j", batch_size: int = 500) -> list[str]:
    out = []
    for query, params in write_plan(graph, dialect, batch_size):
        out.append(query.replace("UNWIND $rows AS r", f"UNWIND {literal(params['rows'], dialect)} AS r", 1) + ";")
    return out


def write_cypher(graph: nx.MultiDiGraph, path: Path, dialect: str = "neo4j") -> list[Path]:
    path.parent.mkdir(parents=True, exist_ok=True)
    header = (f"// kg graph as idempotent MERGE statements ({dialect} dialect); run with cypher-shell -f,\n"
              f"// or one statement at a time. Constraints (Neo4j) or tables (LadybugDB) come first, then\n"
              f"// nodes, then relationships.\n")
    schema = [s + ";" for s in (neo4j_constraints() if dialect == "neo4j" else ladybug_ddl())]
    path.write_text(header + "\n".join([*schema, *statements(graph, dialect)]) + "\n", encoding="utf-8")
    return [path]


register(Exporter("cypher", "a script of idempotent MERGE statements that recreates the graph in Neo4j",
                  write_cypher, suffix=".cypher"))
register(Exporter("cypher-ladybug", "the same MERGE script in LadybugDB's dialect",
                  lambda g, p: write_cypher(g, p, "ladybug"), suffix=".cypher"))
