"""Readers that turn input files into :class:`Paper` records.

Readers are looked up by format name (``page``, ``jsonl``, ``csv``); the format is
detected from the extension and the content unless the caller names it. Imported lazily:
a command that only reads the graph pays nothing for the readers.
"""
from __future__ import annotations

from typing import Any

INPUT_FORMATS = ("arxiv", "bibtex", "csv", "hf", "jsonl", "openalex", "page", "ris", "s2")   # READERS checks it
__all__ = ["Paper", "Skip", "Notice", "paper_id", "READERS", "INPUT_FORMATS", "detect_format", "read_papers"]


def __getattr__(name: str) -> Any:
    if name in ("Paper", "Skip", "Notice", "paper_id"):
        from kg.sources import model
        return getattr(model, name)
    if name in ("READERS", "detect_format", "read_papers"):
        from kg.sources import readers
        return getattr(readers, name)
    raise AttributeError(f"module 'kg.sources' has no attribute '{name}'")
