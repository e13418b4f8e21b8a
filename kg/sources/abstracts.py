"""Semantic Scholar's abstracts, joined to its papers by corpus id.

The S2 bulk datasets ship a paper's title and metadata in ``papers`` and its abstract in a separate
``abstracts`` dataset (``{"corpusid": ..., "abstract": ..., "openaccessinfo": ...}`` per line). A
papers row alone has no abstract to read, so ``kg build papers.jsonl.gz --abstracts
abstracts.jsonl.gz`` joins them: the abstracts are streamed once into an on-disk SQLite index (a
shard of millions of abstracts never sits in memory), and each papers row without an abstract
takes its own by corpus id. A papers row whose corpus id has no abstract stays a skip with its
line, as before.
"""
from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.sources.files import open_input

BATCH = 10_000


class AbstractIndex:
    """Corpus id -> abstract, from S2 ``abstracts`` files, kept on disk while a build reads."""

    def __init__(self, paths: Iterable[str]) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="kg-abstracts-")
        self._db = sqlite3.connect(str(Path(self._dir.name) / "abstracts.sqlite"))
        self._db.execute("CREATE TABLE a (corpusid INTEGER PRIMARY KEY, abstract TEXT NOT NULL)")
        self.count = 0
        try:
            for path in paths:
                self._load(path)
        except BaseException:
            self.close()
            raise

    def _load(self, path: str) -> None:
        opened = open_input(path)
        rows: list[tuple[int, str]] = []
        try:
            for n, line in enumerate(opened.lines, 1):
                if line is None or not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    rows.append((int(row["corpusid"]), str(row["abstract"])))
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(f"{opened.name}:{n}: not a Semantic Scholar abstracts row "
                                     f"(corpusid and abstract): {str(exc).splitlines()[0]}") from exc
                if len(rows) == BATCH:
                    self._insert(rows)
            self._insert(rows)
        finally:
            opened.close()

    def _insert(self, rows: list[tuple[int, str]]) -> None:
        self._db.executemany("INSERT OR REPLACE INTO a VALUES (?, ?)", [r for r in rows if r[1].strip()])
        self.count += len(rows)
        rows.clear()

    def get(self, corpusid: Any) -> str | None:
        try:
            key = int(corpusid)
        except (TypeError, ValueError):
            return None
        found = self._db.execute("SELECT abstract FROM a WHERE corpusid = ?", (key,)).fetchone()
        return found[0] if found else None

    def fill(self, row: Mapping[str, Any]) -> Mapping[str, Any]:
        """A mapped papers row with its abstract, when it had none and the index holds one."""
        if row.get("abstract") or row.get("corpusid") is None:
            return row
        abstract = self.get(row["corpusid"])
        return {**row, "abstract": abstract} if abstract else row

    def close(self) -> None:
        self._db.close()
        self._dir.cleanup()

    def __enter__(self) -> "AbstractIndex":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
