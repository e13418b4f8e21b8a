"""All Cypher text kg sends, in one place. Values travel only as parameters.

Labels and property names cannot be parameters in Cypher, so statements are
generated from the closed schema (kg.graph.schema), never from user data.
"""
from __future__ import annotations

from kg.graph.schema import NODE_PROPS, REL_PROPS, REL_TYPES


def ladybug_ddl() -> list[str]:
    stmts = []
    for label, props in NODE_PROPS.items():
        cols = ", ".join(f"{p} {t}" for p, t in props.items())
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(key))")
    for name, rel in REL_TYPES.items():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        cols = ", ".join(f"{p} {t}" for p, t in REL_PROPS[name].items())
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}, {cols})")
    return stmts


def merge_nodes(label: str, props: list[str] | None = None) -> str:
    """``props``: the properties the rows carry (default: all of the label's)."""
    sets = ", ".join(f"n.{p} = r.{p}" for p in (props or NODE_PROPS[label]) if p != "key")
    return f"UNWIND $rows AS r MERGE (n:{label} {{key: r.key}}) SET {sets}"


def existing_aliases(label: str) -> str:
    return f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN n.key, n.aliases"


def merge_rels(rel: str, head: str, tail: str, props: list[str] | None = None) -> str:
    """Separate MATCH clauses: the comma-joined form is ~300x slower in LadybugDB."""
    sets = ", ".join(f"e.{p} = r.{p}" for p in (props or REL_PROPS[rel]) if p not in ("paper", "a", "b"))
    set_clause = f" SET {sets}" if sets else ""
    return (f"UNWIND $rows AS r MATCH (a:{head} {{key: r.a}}) MATCH (b:{tail} {{key: r.b}}) "
            f"MERGE (a)-[e:{rel} {{paper: r.paper}}]->(b){set_clause}")


COUNT_NODES = "MATCH (n) RETURN label(n) AS label, count(*) AS n"
COUNT_RELS = "MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS n"
