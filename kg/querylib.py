"""The curated Cypher queries shipped in ``queries/`` (installed as ``kg.queries``).

Each ``.cypher`` file starts with a header of ``// key: value`` comments (title,
description, params with defaults, example); the rest is Cypher in the subset
LadybugDB and Neo4j 5 share, taking values only as ``$parameters``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from kg.errors import QueryError

HEADER = re.compile(r"^//\s*(\w+):\s*(.*)$")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    defaults: dict[str, Any] = field(default_factory=dict)
    example: str = ""

    def parameters(self, given: dict[str, Any] | None = None) -> dict[str, Any]:
        """Defaults overridden by ``given``; unknown names are an error that lists the known ones."""
        given = given or {}
        unknown = set(given) - set(self.defaults)
        if unknown:
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(sorted(unknown))}; "
                             f"it takes: {', '.join(self.defaults) or 'none'}")
        return {**self.defaults, **given}


def _value(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def parse(name: str, source: str) -> NamedQuery:
    meta: dict[str, str] = {}
    for line in source.splitlines():
        m = HEADER.match(line.strip())
        if not m:
            break
        meta[m.group(1)] = m.group(2).strip()
    defaults = dict(pair.split("=", 1) for pair in meta.get("params", "").split() if "=" in pair)
    return NamedQuery(name=name, title=meta.get("title", name), description=meta.get("description", ""),
                      text=source, defaults={k: _value(v) for k, v in defaults.items()},
                      example=meta.get("example", ""))


def load_queries() -> dict[str, NamedQuery]:
    """Every shipped query by name, sorted."""
    folder = resources.files("kg.queries")
    found = {f.name[:-len(".cypher")]: parse(f.name[:-len(".cypher")], f.read_text(encoding="utf-8"))
             for f in folder.iterdir() if f.name.endswith(".cypher")}
    return dict(sorted(found.items()))


def get_query(name: str) -> NamedQuery:
    queries = load_queries()
    if name not in queries:
        raise QueryError(f"no query named '{name}'; choose from: {', '.join(queries)}")
    return queries[name]
