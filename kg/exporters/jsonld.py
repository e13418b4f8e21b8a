"""JSON-LD that is usable as JSON: a ``@context`` with kg's prefixes and one node object per ``@id``.

Built from the same triples as every RDF format (``rdf.triples``); a node's relationship triples
come after all nodes there, so node objects are gathered by ``@id`` first (about the size of the
networkx graph already in memory), then written in first-seen order. The document expands to
exactly those triples.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


class _Compactor:
    """IRIs to prefixed names where a prefix fits (the longest namespace wins)."""

    def __init__(self, prefixes: dict[str, str]) -> None:
        self.prefixes = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def __call__(self, iri: str) -> str:
        for name, ns in self.prefixes:
            if iri.startswith(ns) and len(iri) > len(ns) and ":" not in iri[len(ns):]:
                return f"{name}:{iri[len(ns):]}"
        return iri


def node_objects(triples: Iterable[ox.Triple], compact: _Compactor) -> Iterator[dict[str, Any]]:
    """One JSON-LD node object per subject, in the order subjects first appear."""
    nodes: dict[str, dict[str, Any]] = {}
    for t in triples:
        subject: Any = t.subject      # kg's triples have IRIs as subjects, never quoted triples
        node = nodes.setdefault(subject.value, {"@id": subject.value})
        if t.predicate.value == RDF_TYPE:
            node.setdefault("@type", []).append(compact(_iri(t.object)))
        else:
            node.setdefault(compact(t.predicate.value), []).append(_value(t.object, compact))
    yield from nodes.values()


def _iri(term: Any) -> str:
    return str(term.value)


def _value(term: Any, compact: _Compactor) -> Any:
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        return term.value if datatype == XSD_STRING else {"@value": term.value, "@type": compact(datatype)}
    return {"@id": term.value}


def write_jsonld(triples: Iterable[ox.Triple], path: Path, prefixes: dict[str, str]) -> list[Path]:
    """The document, written node by node: ``{"@context": ..., "@graph": [...]}``."""
    compact = _Compactor(prefixes)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"@context": ' + json.dumps(prefixes, sort_keys=True) + ',\n "@graph": [')
        _write_all(fh, node_objects(triples, compact))
        fh.write("\n]}\n")
    return [path]


def _write_all(fh: IO[str], objects: Iterator[dict[str, Any]]) -> None:
    for i, obj in enumerate(objects):
        fh.write(("," if i else "") + "\n  " + json.dumps(obj, ensure_ascii=False, sort_keys=True))
