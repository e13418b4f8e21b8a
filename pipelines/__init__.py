"""Declarative NLP assets (spaCy config, catalogs, cue lists), installed as ``kg.pipelines``."""
