"""All Cypher text kg sends, in one place. Values travel only as parameters.

Labels and property names cannot be parameters in Cypher, so statements are
generated from the closed schema (kg.graph.schema), never from user data. Where
LadybugDB and Neo4j 5 differ, the statement takes a ``dialect``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from kg.errors import QueryError
from kg.graph.rows import edge_rows, node_rows, present
from kg.graph.schema import NODE_PROPS, REL_PROPS, REL_TYPES

if TYPE_CHECKING:
    import networkx as nx

Statement = tuple[str, dict[str, Any]]
# string literals and comments are skipped when looking for $parameters in a query
_NOT_CODE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


_RETURN = re.compile(r"\bRETURN\s+(?:DISTINCT\s+)?(.*?)(?:\s+(?:ORDER\s+BY|SKIP|LIMIT)\b.*)?\s*;?\s*$", re.I | re.S)


def return_items(text: str) -> list[str]:
    """The column names a query's last RETURN asks for, as written: the alias, else the expression
    (LadybugDB names an unaliased ``label(e)`` by its internal expansion, hundreds of characters long)."""
    code = _NOT_CODE.sub(lambda m: m.group(0) if m.group(0)[0] in "'\"`" else " ", text)
    found = list(re.finditer(r"\bRETURN\b", code, re.I))
    m = _RETURN.match(code, found[-1].start()) if found else None
    if m is None:
        return []
    items, depth, start, body = [], 0, 0, m.group(1)
    for i, ch in enumerate(body + ","):
        depth += ch in "([{"
        depth -= ch in ")]}"
        if ch == "," and depth == 0:
            items.append(body[start:i].strip())
            start = i + 1
    return [re.split(r"\s+AS\s+", item, flags=re.I)[-1].strip("` ") for item in items]


_WRITES = re.compile(r"\b(?:CREATE|MERGE|SET|DELETE|REMOVE|DROP|ALTER|COPY|INSTALL|LOAD|ATTACH|DETACH)\b", re.I)


def may_write(text: str) -> bool:
    """Does a query's code (string literals and comments aside) contain a clause that changes data?"""
    return _WRITES.search(_NOT_CODE.sub(" ", text)) is not None


def unbound_parameters(text: str, params: dict[str, Any] | None) -> list[str]:
    """The ``$names`` a query uses that ``params`` does not give (engines would read them as null)."""
    used = dict.fromkeys(_PARAM.findall(_NOT_CODE.sub(" ", text)))
    return [p for p in used if p not in (params or {})]


def require_parameters(text: str, params: dict[str, Any] | None) -> None:
    missing = unbound_parameters(text, params)
    if missing:
        raise QueryError("the query uses " + ", ".join(f"${p}" for p in missing) + " but no value was given; "
                         "pass --param " + " --param ".join(f"{p}=VALUE" for p in missing))


Rows = list[dict[str, Any]]
# (kind, group, batch) -> (rows the store does not hold at all, rows it holds differently); rows it
# holds as they are are in neither
Changed = Callable[[str, tuple[str, ...], Rows], tuple[Rows, Rows]]


def write_plan(graph: "nx.MultiDiGraph", dialect: str, batch_size: int,
               changed: Changed | None = None) -> Iterator[Statement]:
    """The write plan every store and the Cypher script share: node batches per label, then
    relationship batches per type and label pair, each one ``UNWIND $rows`` MERGE. ``changed``
    drops rows the store already holds as they are (rewriting them grows a LadybugDB file), and
    relationships it says are new are CREATEd (no match to look for)."""
    for label, rows in node_rows(graph).items():
        for i in range(0, len(rows), batch_size):
            new, differ = changed("node", (label,), rows[i:i + batch_size]) if changed else ([], rows[i:i + batch_size])
            if new + differ:
                props, batch = present(new + differ)
                yield merge_nodes(label, props, dialect), {"rows": batch}
    for (rel, head, tail), rows in edge_rows(graph).items():
        for i in range(0, len(rows), batch_size):
            new, differ = changed("rel", (rel, head, tail), rows[i:i + batch_size]) if changed \
                else ([], rows[i:i + batch_size])
            for make, part in ((create_rels, new), (merge_rels, differ)):
                if part:
                    props, part = present(part)
                    yield make(rel, head, tail, props), {"rows": part}


_ROWS = "UNWIND $rows AS r "
_ROW_FIELD = re.compile(r"\br\.([A-Za-z_]\w*)")


def ladybug_bulk(text: str) -> str | None:
    """The ``LOAD FROM $rows`` form of an ``UNWIND $rows AS r`` statement (None: it has none), for the
    rows sent as an Arrow table: LadybugDB scans a table natively, where a list of dicts is typed value
    by value in Python first (~40% of a relationship batch's time). ``r.x`` becomes the column ``r_x``."""
    if not text.startswith(_ROWS):
        return None
    return "LOAD FROM $rows " + _ROW_FIELD.sub(r"r_\1", text[len(_ROWS):])


def property_types() -> dict[str, str]:
    """Every property's engine type (one type per name across labels and relationship types)."""
    types = {"a": "STRING", "b": "STRING"}
    for props in [*NODE_PROPS.values(), *REL_PROPS.values()]:
        types.update(props)
    return types


def ladybug_ddl() -> list[str]:
    """LadybugDB needs declared tables; the primary key makes MERGE indexed and unique."""
    stmts = []
    for label, props in NODE_PROPS.items():
        cols = ", ".join(f"{p} {t}" for p, t in props.items())
        stmts.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({cols}, PRIMARY KEY(key))")
    for label, props in NODE_PROPS.items():     # a database made by an older kg gains the newer columns
        stmts += [f"ALTER TABLE {label} ADD IF NOT EXISTS {p} {t}" for p, t in props.items() if p != "key"]
    for name, rel in REL_TYPES.items():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.pairs)
        cols = ", ".join(f"{p} {t}" for p, t in REL_PROPS[name].items())
        stmts.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}, {cols})")
        stmts += [f"ALTER TABLE {name} ADD IF NOT EXISTS {p} {t}" for p, t in REL_PROPS[name].items() if p != "paper"]
    return stmts


def neo4j_constraints() -> list[str]:
    """Uniqueness constraints (and so indexes) on every label's key, created on first use."""
    return [f"CREATE CONSTRAINT kg_{label.lower()}_key IF NOT EXISTS FOR (n:{label}) REQUIRE n.key IS UNIQUE"
            for label in NODE_PROPS]


_DISPLAY = "CASE WHEN n.name IS NULL OR r.name < n.name THEN r.name ELSE n.name END"


def _names(dialect: str, with_aliases: bool) -> list[str]:
    """A node's display name and aliases whatever the build order: the smallest spelling (a fixed
    order, so A then B equals B then A) is the name, and every spelling ever seen stays an alias.
    The aliases are set first: they read the name as stored."""
    new = "coalesce(r.aliases, [])" if with_aliases else "[]"
    every = f"coalesce(n.aliases, []) + {new} + [n.name, r.name]"
    if dialect == "ladybug":
        every = f"list_concat(list_concat(coalesce(n.aliases, []), {new}), " \
                "CASE WHEN n.name IS NULL THEN [r.name] ELSE [n.name, r.name] END)"
        aliases = f"list_filter(list_distinct({every}), x -> x <> ({_DISPLAY}))"
    else:       # Neo4j: no aliases is no property (as neo4j-admin imports an empty array field)
        kept = (f"reduce(acc = [], x IN {every} | CASE WHEN x IS NULL OR x IN acc OR x = ({_DISPLAY}) "
                "THEN acc ELSE acc + x END)")
        aliases = f"CASE WHEN size({kept}) = 0 THEN null ELSE {kept} END"
    return [f"n.aliases = {aliases}", f"n.name = {_DISPLAY}"]


def _joined(prop: str, dialect: str) -> str:
    """A list property every write adds to (a paper's ``sources``): the union, never a replacement."""
    if dialect == "ladybug":
        return f"n.{prop} = list_sort(list_distinct(list_concat(coalesce(n.{prop}, []), coalesce(r.{prop}, []))))"
    kept = f"reduce(acc = [], x IN coalesce(n.{prop}, []) + coalesce(r.{prop}, []) | " \
           "CASE WHEN x IS NULL OR x IN acc THEN acc ELSE acc + x END)"
    return f"n.{prop} = CASE WHEN size({kept}) = 0 THEN null ELSE {kept} END"


JOINED = ("sources",)


def merge_nodes(label: str, props: list[str], dialect: str) -> str:
    """``props``: the properties the rows carry (all-null columns are left out)."""
    named = "name" in props
    sets = [_joined(p, dialect) if p in JOINED else f"n.{p} = r.{p}"
            for p in props if p not in ("key", *(("name", "aliases") if named else ()))]
    if named:
        sets += _names(dialect, "aliases" in props)
    return f"UNWIND $rows AS r MERGE (n:{label} {{key: r.key}})" + (f" SET {', '.join(sets)}" if sets else "")


def stored_papers() -> str:
    """The stored text of the papers a write is about to (re)write, and the kinds of source they came from."""
    return ("UNWIND $keys AS k MATCH (p:Paper {key: k}) "
            "RETURN p.key AS key, p.title AS title, p.abstract AS abstract, p.extraction AS extraction, "
            "p.sources AS sources")


def join_sources(dialect: str) -> str:
    """Record that stored papers were also read from other kinds of source (their text unchanged)."""
    return f"UNWIND $rows AS r MATCH (n:Paper {{key: r.key}}) SET {_joined('sources', dialect)}"


def paper_entities() -> str:
    """The entities a paper's text names (its facts all start or end at one of them, or at it)."""
    return "UNWIND $papers AS p MATCH (:Paper {key: p.key})-[:MENTIONS]->(n) RETURN DISTINCT n.key AS key"


def forget_papers() -> list[str]:
    """Every fact read from these papers: their results, the relationships they support, and
    their own edges (``$papers``: rows of key and id)."""
    return [
        "UNWIND $papers AS p MATCH (:Paper {key: p.key})-[:REPORTS]->(x:Result) DETACH DELETE x",
        "UNWIND $papers AS p MATCH (:Paper {key: p.key})-[:MENTIONS]->(n) MATCH (n)-[e]->() "
        "WHERE e.paper = p.id DELETE e",
        "UNWIND $papers AS p MATCH (:Paper {key: p.key})-[e]->() WHERE e.paper = p.id DELETE e",
    ]


def spellings_of(label: str) -> str:
    """How each remaining paper spells these entities (``$keys``)."""
    return (f"UNWIND $keys AS k MATCH (:Paper)-[m:MENTIONS]->(n:{label} {{key: k}}) "
            "RETURN n.key AS key, m.spellings AS spellings")


def rename(label: str, dialect: str) -> str:
    """Set recomputed display names and aliases (``$rows``: key, name, aliases)."""
    aliases = "r.aliases" if dialect == "ladybug" else "CASE WHEN size(r.aliases) = 0 THEN null ELSE r.aliases END"
    return f"UNWIND $rows AS r MATCH (n:{label} {{key: r.key}}) SET n.name = r.name, n.aliases = {aliases}"


def delete_orphans(label: str) -> str:
    """Entities (of ``$keys``) that no relationship reaches any more."""
    return f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) WHERE NOT EXISTS {{ MATCH (n)-[]-() }} DELETE n"


def merge_rels(rel: str, head: str, tail: str, props: list[str]) -> str:
    """Separate MATCH clauses: the comma-joined form is ~300x slower in LadybugDB."""
    sets = ", ".join(f"e.{p} = r.{p}" for p in props if p not in ("paper", "a", "b"))
    set_clause = f" SET {sets}" if sets else ""
    return (f"UNWIND $rows AS r MATCH (a:{head} {{key: r.a}}) MATCH (b:{tail} {{key: r.b}}) "
            f"MERGE (a)-[e:{rel} {{paper: r.paper}}]->(b){set_clause}")


def create_rels(rel: str, head: str, tail: str, props: list[str]) -> str:
    """Relationships the store is known not to hold (a MERGE would look for them first)."""
    sets = ", ".join(f"e.{p} = r.{p}" for p in props if p not in ("paper", "a", "b"))
    return (f"UNWIND $rows AS r MATCH (a:{head} {{key: r.a}}) MATCH (b:{tail} {{key: r.b}}) "
            f"CREATE (a)-[e:{rel} {{paper: r.paper}}]->(b)" + (f" SET {sets}" if sets else ""))


def copy_table(table: str, paths: str | list[str], pair: tuple[str, str] | None = None) -> str:
    """LadybugDB's bulk load of one table from the Parquet file or files kg wrote (a path cannot be a
    parameter; a relationship table with several label pairs names the pair)."""
    quoted = ["'" + p.replace("\\", "\\\\").replace("'", "\\'") + "'" for p in
              ([paths] if isinstance(paths, str) else paths)]
    source = quoted[0] if len(quoted) == 1 else "[" + ", ".join(quoted) + "]"
    return f"COPY {table} FROM {source}" + (f" (from='{pair[0]}', to='{pair[1]}')" if pair else "")


def finish_papers() -> str:
    """Mark bulk-loaded papers read by the pipeline ``$extraction``."""
    return "MATCH (p:Paper) WHERE p.extraction IS NULL SET p.extraction = $extraction"


def any_node() -> str:
    return "MATCH (n) RETURN n.key LIMIT 1"


def _node_columns(label: str) -> str:
    return ", ".join(f"n.{p} AS {p}" for p in NODE_PROPS[label])


def _rel_columns(rel: str) -> str:
    return "a.key AS a, b.key AS b, " + ", ".join(f"e.{p} AS {p}" for p in REL_PROPS[rel])


def stored_nodes(label: str) -> str:
    """The stored rows of the nodes with the given keys (to skip rewriting unchanged ones)."""
    return f"UNWIND $keys AS k MATCH (n:{label} {{key: k}}) RETURN {_node_columns(label)}"


def stored_rels(rel: str, head: str, tail: str) -> str:
    """The stored rows of the given (a, b, paper) relationships."""
    return (f"UNWIND $rows AS r MATCH (a:{head} {{key: r.a}}) MATCH (b:{tail} {{key: r.b}}) "
            f"MATCH (a)-[e:{rel} {{paper: r.paper}}]->(b) RETURN {_rel_columns(rel)}")


def read_nodes(label: str) -> str:
    return f"MATCH (n:{label}) RETURN {_node_columns(label)} ORDER BY n.key"


def read_rels(rel: str, head: str, tail: str) -> str:
    return f"MATCH (a:{head})-[e:{rel}]->(b:{tail}) RETURN {_rel_columns(rel)}"


# LadybugDB: a whole table read a slice of node offsets at a time, unordered (a result is held whole
# in the engine's buffer pool: one read of 200,000 papers' relationships took 1.2 GB, a slice 30 MB)
def last_offset(label: str) -> str:
    return f"MATCH (n:{label}) RETURN max(offset(ID(n))) AS last"


def _in_slice(var: str) -> str:
    return f"WHERE offset(ID({var})) >= $lo AND offset(ID({var})) < $hi"


def read_nodes_slice(label: str) -> str:
    return f"MATCH (n:{label}) {_in_slice('n')} RETURN {_node_columns(label)}"


def read_rels_slice(rel: str, head: str, tail: str) -> str:
    return f"MATCH (a:{head})-[e:{rel}]->(b:{tail}) {_in_slice('a')} RETURN {_rel_columns(rel)}"


def count_nodes(dialect: str) -> str:
    if dialect == "ladybug":
        return "MATCH (n) RETURN label(n) AS label, count(*) AS n"
    return "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n"


def count_rels(dialect: str) -> str:
    if dialect == "ladybug":
        return "MATCH ()-[r]->() RETURN label(r) AS type, count(*) AS n"
    return "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n"
