"""From paper text to entity mentions, relations and results (spaCy components).

The pipeline is assembled from ``pipelines/kg.cfg`` by :func:`load_pipeline`, which imports
(and so registers) kg's spaCy factories and tokenizer; spaCy itself finds them through the
package's entry points. Importing this package alone loads nothing heavy.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Extractor", "load_pipeline"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from kg.extraction import pipeline
        return getattr(pipeline, name)
    raise AttributeError(f"module 'kg.extraction' has no attribute '{name}'")
