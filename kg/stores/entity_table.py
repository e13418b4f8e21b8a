"""The merged entities of a bulk load, kept on disk: key -> property values per label.

A build of 200,000 synthetic papers holds ~182,000 distinct entities; as tuples in a dict they took ~60 MB of
the building process (key, tuple, dict slot) and grew with every new name. SQLite (the standard library's)
keeps them in a file in the spool's folder with a page cache of a few MB, and gives them back sorted by key
(its BINARY order is UTF-8 byte order, which is Python's code-point order of the same strings), so the rows
the load writes are the ones the in-memory merge wrote, in the same order.
"""
from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

# keys per SELECT ... IN (...): below SQLite's smallest default limit of bound variables (999)
KEYS_PER_QUERY = 900
# the page cache, in KiB (negative: SQLite's unit for a size rather than a page count)
CACHE_KIB = 8192


class EntityTable:
    """Rows of merged entities, by label and key, in ``path`` (a file the caller's folder removes)."""

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(path, isolation_level=None)
        for pragma in ("journal_mode=OFF", "synchronous=OFF", f"cache_size=-{CACHE_KIB}", "temp_store=FILE"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute("CREATE TABLE IF NOT EXISTS entity (label TEXT, key TEXT, row BLOB,"
                         " PRIMARY KEY (label, key)) WITHOUT ROWID")
        self._labels: list[str] = []       # in the order first seen, as the in-memory dict kept them

    def get(self, label: str, keys: Iterable[str]) -> dict[str, tuple[Any, ...]]:
        """The stored row of each of ``keys`` that has one."""
        wanted, found = list(dict.fromkeys(keys)), {}
        for i in range(0, len(wanted), KEYS_PER_QUERY):
            chunk = wanted[i:i + KEYS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            for key, row in self._db.execute(f"SELECT key, row FROM entity WHERE label = ? AND key IN ({marks})",
                                             (label, *chunk)):
                found[key] = pickle.loads(row)
        return found

    def put(self, label: str, rows: dict[str, tuple[Any, ...]]) -> None:
        """Store (or replace) the rows of ``label``."""
        if label not in self._labels:
            self._labels.append(label)
        self._db.execute("BEGIN")
        self._db.executemany("INSERT OR REPLACE INTO entity VALUES (?, ?, ?)",
                             ((label, k, pickle.dumps(v, protocol=pickle.HIGHEST_PROTOCOL)) for k, v in rows.items()))
        self._db.execute("COMMIT")

    def labels(self) -> list[str]:
        return list(self._labels)

    def rows(self, label: str) -> Iterator[tuple[str, tuple[Any, ...]]]:
        """Every (key, row) of ``label``, sorted by key."""
        for key, row in self._db.execute("SELECT key, row FROM entity WHERE label = ? ORDER BY key", (label,)):
            yield key, pickle.loads(row)

    def close(self) -> None:
        self._db.close()
