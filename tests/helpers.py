"""Paths and small helpers the tests share (fixtures live in conftest.py).

``pythonpath = ["tests"]`` in pyproject.toml makes this importable as ``helpers`` in any import mode.
"""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"


def ents(rec: dict) -> set[tuple[str, str]]:
    """(name, type) of a gold-format record's entities."""
    return {(e["name"], e["type"]) for e in rec["entities"]}


def rels(rec: dict) -> set[tuple[str, ...]]:
    """The relation triples of a gold-format record."""
    return {tuple(r) for r in rec["relations"]}
