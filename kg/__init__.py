"""kg: knowledge graphs of the ML-systems literature.

>>> import kg
>>> kg.query("methods_on_hardware", {"hardware": "H100"}, db="kg.db")      # a shipped query, by name
>>> kg.query("MATCH (h:Hardware) RETURN h.name AS name", db="kg.db", dataframe=True)
"""
from __future__ import annotations

from typing import Any

__version__ = "0.1.0"


def query(cypher_or_name: str, params: dict[str, Any] | None = None, *, store: str = "ladybug",
          db: str = "kg.db", dataframe: bool = False, **store_options: Any):
    """Run a shipped query (by name) or Cypher text; rows as dicts, or a pandas DataFrame."""
    from kg.querylib import load_queries
    from kg.stores import open_store

    named = load_queries().get(cypher_or_name)
    text = named.text if named else cypher_or_name
    params = named.parameters(params) if named else (params or {})
    options = {"path": db, "create": False} if store == "ladybug" else store_options
    with open_store(store, **options) as st:
        result = st.query(text, params)
    if dataframe:
        import pandas as pd   # optional: only when asked for
        return pd.DataFrame(result.rows, columns=result.columns)
    return result.records()
