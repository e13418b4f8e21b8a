"""The graph schema: node labels, relationship types, their properties and keys.

This is the one closed vocabulary every store and exporter derives from (see
docs/schema.md). Every node has a string primary key ``key``; every relationship
between the same two nodes is distinguished by the ``paper`` it was read from.
"""
from __future__ import annotations

from dataclasses import dataclass

# property name -> type (LadybugDB types; Neo4j is schemaless and takes them as given)
ENTITY_PROPS = {"key": "STRING", "name": "STRING", "aliases": "STRING[]", "specific": "BOOLEAN",
                "vendor": "STRING", "family": "STRING", "architecture": "STRING", "year": "INT64",
                "memory_gb": "DOUBLE", "device_class": "STRING",
                "memory_type": "STRING", "memory_bandwidth_gbs": "DOUBLE", "fp16_tflops": "DOUBLE",
                "fp32_tflops": "DOUBLE", "spec_source": "STRING", "kind": "STRING", "org": "STRING",
                "site": "STRING"}
NODE_PROPS: dict[str, dict[str, str]] = {
    "Paper": {"key": "STRING", "id": "STRING", "title": "STRING", "abstract": "STRING", "url": "STRING",
              "authors": "STRING", "published": "STRING", "categories": "STRING", "source": "STRING",
              "source_sha256": "STRING", "sources": "STRING[]", "extraction": "STRING"},
    "Method": ENTITY_PROPS, "Hardware": ENTITY_PROPS, "Model": ENTITY_PROPS,
    "Dataset": ENTITY_PROPS, "Framework": ENTITY_PROPS,
    "Result": {"key": "STRING", "paper": "STRING", "subject": "STRING", "metric": "STRING", "value": "DOUBLE",
               "low": "DOUBLE", "unit": "STRING", "qualifier": "STRING", "text": "STRING",
               "sentence": "STRING", "field": "STRING", "char_start": "INT64", "char_end": "INT64", "rule": "STRING"},
}
ENTITY_LABELS = {"method": "Method", "hardware": "Hardware", "model": "Model", "dataset": "Dataset",
                 "framework": "Framework"}
NODE_LABELS = tuple(NODE_PROPS)
EVIDENCE = {"paper": "STRING", "sentence": "STRING", "field": "STRING", "char_start": "INT64", "char_end": "INT64",
            "rule": "STRING"}
_WORK = ("Method", "Model", "Paper")
_ENT = ("Method", "Hardware", "Model", "Dataset", "Framework")


@dataclass(frozen=True)
class RelType:
    name: str
    pairs: tuple[tuple[str, str], ...]
    doc: str


REL_TYPES: dict[str, RelType] = {r.name: r for r in (
    RelType("PROPOSES", tuple(("Paper", t) for t in _ENT), "the paper introduces this entity"),
    RelType("MENTIONS", tuple(("Paper", t) for t in _ENT), "the paper's text names this entity"),
    RelType("RUNS_ON", tuple((w, "Hardware") for w in (*_WORK, "Dataset")),
            "evaluated/deployed/optimised on hardware (a benchmark the paper releases runs somewhere too)"),
    RelType("EVALUATED_ON", tuple((w, "Dataset") for w in _WORK), "evaluated or trained on a dataset"),
    RelType("APPLIED_TO", (("Method", "Model"), ("Paper", "Model")), "applied to / used to build a model"),
    RelType("IMPLEMENTED_IN", (("Method", "Framework"), ("Model", "Framework"), ("Paper", "Framework")),
            "implemented in / built on a framework"),
    RelType("USES", (("Method", "Method"), ("Model", "Method"), ("Paper", "Method")), "uses a named technique"),
    RelType("BASED_ON", tuple((a, b) for a in ("Method", "Model", "Framework") for b in ("Method", "Model", "Framework")),
            "extends or is derived from"),
    RelType("COMPARED_WITH", tuple((a, b) for a in _ENT for b in _ENT if a != "Dataset" and b != "Dataset"),
            "named baseline or comparison"),
    RelType("REPORTS", (("Paper", "Result"),), "the paper reports this quantitative result"),
    RelType("ABOUT", tuple(("Result", t) for t in ("Method", "Model", "Framework", "Dataset")),
            "the entity a result is about"),
    RelType("MEASURED_ON", (("Result", "Hardware"), ("Result", "Dataset")), "hardware/dataset a result names"),
)}
REL_PROPS: dict[str, dict[str, str]] = {name: ({"paper": "STRING"} if name in ("REPORTS", "ABOUT", "MEASURED_ON")
                                               else dict(EVIDENCE)) for name in REL_TYPES}
# how this paper spelled the entity, its canonical name first: a changed paper's old spellings can
# then leave the node's aliases (the name and aliases are recomputed from the papers that remain)
REL_PROPS["MENTIONS"]["spellings"] = "STRING[]"

SCHEMA = {"nodes": NODE_PROPS, "relationships": {n: {"pairs": r.pairs, "properties": REL_PROPS[n], "doc": r.doc}
                                                 for n, r in REL_TYPES.items()}}
