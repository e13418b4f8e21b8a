"""CSV files that ``neo4j-admin database import full`` loads: the bulk path for first loads.

One node file per label (``key:ID(Label)`` plus typed property columns and
``:LABEL``) and one relationship file per type and label pair (``:START_ID(Head)``,
``:END_ID(Tail)``, ``:TYPE``). ``import.args`` holds the matching command-line
arguments with paths relative to the folder, and ``constraints.cypher`` the uniqueness constraints
every other kg path creates (the Community import tool cannot), so the whole import is::

    cd DIR && neo4j-admin database import full neo4j @import.args
    cypher-shell -f DIR/constraints.cypher      # once the server runs
"""
from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from kg.exporters import Exporter, register
from kg.graph.rows import edge_rows, node_rows
from kg.graph.schema import NODE_PROPS, REL_PROPS
from kg.stores.cypher import neo4j_constraints

ARRAY_DELIMITER = "\x1f"       # ASCII unit separator: cannot occur in an alias
TYPES = {"STRING": "string", "STRING[]": "string[]", "INT64": "long", "DOUBLE": "double", "BOOLEAN": "boolean"}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(v) for v in value)
    return str(value)


def tables(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, list[str], list[list[str]]]]:
    """(file name, kind, header, rows) for every node label and relationship group."""
    for label, rows in node_rows(graph).items():
        props = [p for p in NODE_PROPS[label] if p != "key"]
        header = [f"key:ID({label})"] + [f"{p}:{TYPES[NODE_PROPS[label][p]]}" for p in props] + [":LABEL"]
        body = [[r["key"]] + [_cell(r[p]) for p in props] + [label] for r in rows]
        yield f"nodes_{label}.csv", "nodes", header, body
    for (rel, head, tail), rows in edge_rows(graph).items():
        props = list(REL_PROPS[rel])
        header = [f":START_ID({head})", f":END_ID({tail})"] + [f"{p}:{TYPES[REL_PROPS[rel][p]]}" for p in props]
        header.append(":TYPE")
        body = [[r["a"], r["b"]] + [_cell(r[p]) for p in props] + [rel] for r in rows]
        yield f"rels_{rel}_{head}_{tail}.csv", "relationships", header, body


def write_neo4j_admin(graph: nx.MultiDiGraph, directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    # U+001F is neo4j-admin's spelling of ARRAY_DELIMITER (a raw control character would be trimmed)
    written, args = [], ["--array-delimiter=U+001F", "--multiline-fields=true"]
    for name, kind, header, body in tables(graph):
        path = directory / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(header)
            w.writerows(body)
        written.append(path)
        args.append(f"--{kind}={name}")      # relative: the folder can move; run from inside it
    argfile = directory / "import.args"
    argfile.write_text("\n".join(args) + "\n", encoding="utf-8")
    # neo4j-admin (Community's record format) cannot create constraints: run this once the server is up
    constraints = directory / "constraints.cypher"
    constraints.write_text("".join(s + ";\n" for s in neo4j_constraints()), encoding="utf-8")
    return [*written, argfile, constraints]


register(Exporter("neo4j-admin", "node and relationship CSV files for 'neo4j-admin database import full'",
                  write_neo4j_admin, directory=True))
