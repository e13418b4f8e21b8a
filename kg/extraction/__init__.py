"""From paper text to entity mentions, relations and results (spaCy components).

Importing this package registers kg's spaCy factories and its tokenizer; the
pipeline itself is assembled from ``pipelines/kg.cfg`` by :func:`load_pipeline`.
"""
from kg.extraction.pipeline import Extractor, load_pipeline

__all__ = ["Extractor", "load_pipeline"]
