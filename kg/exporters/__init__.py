"""Snapshot formats, looked up by name (like rdflib's serializer plugins).

Each format is a pure generator over a networkx graph plus a file writer; the
registry maps a name to (description, writer). Third-party packages can add
formats through the ``kg.exporters`` entry-point group.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path

import networkx as nx

from kg.errors import ExportError

Writer = Callable[[nx.MultiDiGraph, Path], list[Path]]
# characters no XML 1.0 document may hold (C0 controls but tab/newline/return, U+FFFE/U+FFFF, surrogates)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML cannot hold as spaces: a NUL in a title must not break the file."""
    return _NOT_XML.sub(" ", text) if _NOT_XML.search(text) else text


@dataclass(frozen=True)
class Exporter:
    name: str
    description: str
    write: Writer          # writes into a directory (or file) and returns the paths written
    directory: bool = False
    suffix: str = ""       # file name suffix of a single-file format


EXPORTERS: dict[str, Exporter] = {}


def register(exporter: Exporter) -> Exporter:
    EXPORTERS[exporter.name] = exporter
    return exporter


def get_exporter(name: str) -> Exporter:
    from kg.exporters import cypher_script, neo4j_admin, networkx_formats, rdf  # noqa: F401  (self-registering)
    for ep in entry_points(group="kg.exporters"):
        if ep.name not in EXPORTERS:
            register(ep.load())
    if name not in EXPORTERS:
        raise ExportError(f"unknown export format '{name}'; choose from: {', '.join(sorted(EXPORTERS))}")
    return EXPORTERS[name]


def list_exporters() -> list[Exporter]:
    get_exporter(next(iter(EXPORTERS), "neo4j-admin"))
    return sorted(EXPORTERS.values(), key=lambda e: e.name)
