"""Readers that turn input files into :class:`Paper` records.

Readers are looked up by format name (``page``, ``jsonl``, ``csv``); the format is
detected from the extension and the content unless the caller names it.
"""
from kg.sources.model import Paper, Skip, paper_id
from kg.sources.readers import READERS, detect_format, read_papers

__all__ = ["Paper", "Skip", "paper_id", "READERS", "detect_format", "read_papers"]
