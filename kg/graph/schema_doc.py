"""docs/schema.md, generated from the schema so the two cannot drift apart.

    python -m kg.graph.schema_doc > docs/schema.md      # tests/test_graph_foundation.py checks it is current
"""
from __future__ import annotations

from kg.graph.schema import NODE_PROPS, REL_PROPS, REL_TYPES

HEAD = """# kg graph schema

Generated from `kg/graph/schema.py` (the single source of truth) by `python -m kg.graph.schema_doc`.
Every node has a string primary key `key` (`Label:namekey` for entities, `Paper:<id>`,
`Result:<paper>:<n>`); relationships between the same two nodes are told apart by the `paper` they
were read from, and carry their evidence: `sentence`, `field` (title/abstract), `char_start`/`char_end`
into the raw text, and `rule` (the catalog entry or rule id that produced them).
"""

TAIL = """
Entity nodes carry catalog attributes when the catalog knows them (vendor, family, architecture,
year, memory and compute figures, device_class, kind, org, site) and `specific` (false for generic
classes such as GPU, CPU, FPGA, consumer GPU). `@paper` relations in the extraction records become
relationships from the Paper node. In flat exports (GraphML, GEXF, JSON, CSV) the node label travels
as the reserved attribute `kg_label`.
"""


def schema_markdown() -> str:
    nodes = [f"- **{label}**: " + ", ".join(f"`{p}` {t}" for p, t in props.items())
             for label, props in NODE_PROPS.items()]
    rels = [f"- **{name}** — {rel.doc}. Pairs: " + ", ".join(f"{a}->{b}" for a, b in rel.pairs)
            + ". Properties: " + ", ".join(f"`{p}`" for p in REL_PROPS[name]) for name, rel in REL_TYPES.items()]
    return "\n".join([HEAD, "## Nodes", "", *nodes, "", "## Relationships", "", *rels, TAIL])


if __name__ == "__main__":
    print(schema_markdown(), end="")
