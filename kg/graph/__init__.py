"""The property graph: a closed schema and its in-memory networkx form."""
from kg.graph.build import GraphBuilder, node_key
from kg.graph.schema import ENTITY_LABELS, NODE_LABELS, REL_TYPES, SCHEMA

__all__ = ["GraphBuilder", "node_key", "ENTITY_LABELS", "NODE_LABELS", "REL_TYPES", "SCHEMA"]
