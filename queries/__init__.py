"""Curated Cypher queries, installed as ``kg.queries``."""
