"""A first load into an empty store in one step: batches are merged and spooled to Parquet files,
then the engine loads every table with COPY FROM, each table committed on its own, nodes first.

An engine loads an empty table from a file far faster than it takes ``UNWIND ... MERGE`` batches,
and its memory no longer grows with every transaction (LadybugDB, 20,000 synthetic papers, 2
workers: 407-422 papers/s and 635 MB peak, against 252/s and 1,244 MB batch by batch). Appending to
a relationship table that already holds rows is no faster than MERGE, so only a store that is empty
at the start loads this way; a build into an existing graph keeps committing batch by batch. One
transaction around the whole load doubled its memory; instead papers are loaded unfinished (no
``extraction``) and finished last, so a load cut short leaves papers a rerun reads again.

The rows are the ones the batch-by-batch write would leave, value for value: an entity's name,
aliases and other properties are merged exactly as ``merge_nodes`` merges them in the store, the
merged rows kept in a file beside the spool (kg.stores.entity_table), not in memory; papers, results
and relationships belong to one paper each and go straight to the spool.
"""
from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.graph.rows import edge_rows, node_rows, present
from kg.graph.schema import NODE_PROPS, REL_PROPS
from kg.stores.base import holds
from kg.stores.cypher import JOINED, finish_papers
from kg.stores.entity_table import EntityTable

if TYPE_CHECKING:
    import networkx as nx

# labels whose rows belong to one paper each: written once, never merged
PER_PAPER = ("Paper", "Result")
# papers per spooled file, each copied by a statement of its own: LadybugDB's COPY of 200,000 papers
# (157 MB of Parquet) peaked at +1.2 GB in one file; a part copied into a table that already holds
# papers takes the most (uncompressed, kg.stores.ladybug: ~+350 MB for 20,000-paper parts, ~+300 MB
# for 10,000, the load ~45% longer; compressed it grew to +550 MB as the table filled)
PAPER_PART_ROWS = 10_000
# rows of any other table one COPY statement takes at most: the engine builds a relationship table's
# adjacency in memory (200,000 synthetic papers: the 955,245 MENTIONS of methods in one statement took
# the copying process to 698 MB; in 250,000-row statements 438 MB at most, but appending to a
# relationship table is slow: the whole load 82 s -> 164 s; in two statements 633 MB and 69 s)
PART_ROWS = 250_000
# row groups (one per spooled batch) a file takes before the next file of its table is started: a
# Parquet writer keeps ~8.5 KB of metadata for each row group it wrote until it closes (a 10-column
# table; ~17,500 row groups at 200,000 papers); one statement copies several files (PART_ROWS)
ROW_GROUPS_PER_FILE = 50
_ARROW = {"STRING": "string", "INT64": "int64", "DOUBLE": "float64", "BOOLEAN": "bool_"}


def arrow_schema(props: dict[str, str], prefix: str = "") -> Any:
    """The Arrow schema of rows with these properties (engine types from kg's schema)."""
    import pyarrow as pa
    return pa.schema([pa.field(prefix + p, pa.list_(pa.string()) if t == "STRING[]" else getattr(pa, _ARROW[t])())
                      for p, t in props.items()])


def _distinct(values: list[Any]) -> list[Any]:
    """``list_distinct``: the first of each value, in order."""
    return list(dict.fromkeys(values))


def merged(old: dict[str, Any] | None, row: dict[str, Any], props: list[str]) -> dict[str, Any]:
    """The node ``merge_nodes`` leaves when it MERGEs ``row`` (with its ``props`` columns) onto
    ``old`` (None: a new node): set-valued lists add up, the smallest spelling is the name and every
    other spelling ever seen an alias, the rest is replaced."""
    new: dict[str, Any] = dict(old) if old is not None else dict.fromkeys(row)
    new["key"] = row["key"]
    for p in props:
        if p in ("key", "name", "aliases"):
            continue
        new[p] = sorted(set((new.get(p) or []) + (row[p] or []))) if p in JOINED else row[p]
    if "name" in props:
        seen = [*(new.get("aliases") or []), *((row.get("aliases") or []) if "aliases" in props else []),
                *([row["name"]] if new.get("name") is None else [new["name"], row["name"]])]
        name = row["name"] if new.get("name") is None or (row["name"] is not None and row["name"] < new["name"]) \
            else new["name"]
        new["aliases"] = [x for x in _distinct(seen) if x is not None and x != name]
        new["name"] = name
    return new


def give_back_memory() -> None:
    """What this process freed, returned to the system before an engine's load takes its own: Arrow's
    pool and glibc's heap keep freed memory for reuse (a 60,000-paper build: 468 -> 390 MB)."""
    import ctypes
    import ctypes.util

    import pyarrow as pa
    pa.default_memory_pool().release_unused()
    try:
        trim = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):
        return          # not glibc: its allocator keeps what it keeps
    trim(0)


def _part_rows(table: str) -> int:
    return PAPER_PART_ROWS if table == "Paper" else PART_ROWS


def _statements(files: list[Path], rows: list[int], limit: int) -> Iterator[list[Path]]:
    """A table's files in order, as few to a statement as keeps each statement within ``limit`` rows
    (a file larger than that alone)."""
    part: list[Path] = []
    held = 0
    for path, n in zip(files, rows):
        if part and held + n > limit:
            yield part
            part, held = [], 0
        part.append(path)
        held += n
    if part:
        yield part


def _as_row(label: str, values: tuple[Any, ...] | None) -> dict[str, Any] | None:
    return None if values is None else dict(zip(NODE_PROPS[label], values))


class Spool:
    """Batches of a build, held for one bulk load in ``folder`` (removed by ``close``): entities merged
    in an on-disk table, the rest in Parquet files."""

    def __init__(self, folder: Path, batch_size: int) -> None:
        shutil.rmtree(folder, ignore_errors=True)       # a killed load's leftovers
        folder.mkdir(parents=True)
        self.folder, self.batch_size = folder, batch_size
        # per label, key -> property values in NODE_PROPS order (182,221 entities at 200,000 papers: ~60 MB
        # as tuples in a dict, now a file)
        self.entities = EntityTable(folder / "entities.sqlite")
        self._writers: dict[str, Any] = {}
        self._files: dict[str, list[Path]] = {}      # per table, its files in the order written
        self._groups: dict[str, int] = {}            # per table, the row groups of its open file
        self._file_rows: dict[str, list[int]] = {}   # per table, the rows of each of its files
        self.rows = 0
        # papers are loaded unfinished (no 'extraction') and finished last: a load cut short leaves
        # papers a rerun reads again, never papers without their facts. One build has one reader
        self._readers: set[str | None] = set()

    def add(self, graph: "nx.MultiDiGraph") -> None:
        """One batch, as ``write_plan`` would write it: nodes in chunks per label, then relationships."""
        for label, rows in node_rows(graph).items():
            for i in range(0, len(rows), self.batch_size):
                self._nodes(label, rows[i:i + self.batch_size])
        for (rel, head, tail), rows in edge_rows(graph).items():
            self._append(f"{rel}__{head}__{tail}", {"a": "STRING", "b": "STRING", **REL_PROPS[rel]}, rows)

    def _nodes(self, label: str, rows: list[dict[str, Any]]) -> None:
        known = self.entities.get(label, (r["key"] for r in rows)) if label not in PER_PAPER else {}
        before = {r["key"]: _as_row(label, known.get(r["key"])) for r in rows}
        differ = [r for r in rows if not holds(before[r["key"]], r)]
        if not differ:
            return
        props, _ = present(differ)
        if label in PER_PAPER:
            rows = [merged(None, r, props) for r in differ]
            if label == "Paper":
                rows = [self._unfinished(r) for r in rows]
            self._append(label, NODE_PROPS[label], rows)
            return
        now: dict[str, tuple[Any, ...]] = {}
        for r in differ:
            row = merged(before[r["key"]], r, props)
            now[r["key"]] = tuple(row[p] for p in NODE_PROPS[label])
        self.entities.put(label, now)

    def _unfinished(self, row: dict[str, Any]) -> dict[str, Any]:
        self._readers.add(row.get("extraction"))
        if len(self._readers) > 1:
            raise ValueError("one bulk load takes the papers of one pipeline (one build)")
        return {**row, "extraction": None}

    def finish(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """The statement that finishes the loaded papers (after every table is loaded)."""
        reader = next(iter(self._readers), None)
        if reader is not None:
            yield finish_papers(), {"extraction": reader}

    def _append(self, name: str, props: dict[str, str], rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq
        files = self._files.setdefault(name, [])
        if name not in self._writers:
            schema = arrow_schema(props)
            files.append(self.folder / f"{name}.{len(files)}.parquet")
            self._file_rows.setdefault(name, []).append(0)
            self._writers[name] = (pq.ParquetWriter(files[-1], schema), schema)
        writer, schema = self._writers[name]
        writer.write_table(pa.Table.from_pylist([{p: r.get(p) for p in props} for r in rows], schema=schema))
        self.rows += len(rows)
        self._file_rows[name][-1] += len(rows)
        self._groups[name] = self._groups.get(name, 0) + 1
        if self._groups[name] >= ROW_GROUPS_PER_FILE or self._file_rows[name][-1] >= _part_rows(name):
            writer.close()          # its metadata goes to the file; papers: a part copied on its own
            del self._writers[name]
            self._groups[name] = 0

    def tables(self) -> Iterator[tuple[str, tuple[str, str] | None, list[Path]]]:
        """(table, (head, tail) of a relationship table or None, files), one COPY statement each: every
        node table before any relationship table (a relationship's ends must be loaded first); a
        table's files as few statements as keep each within PART_ROWS (appending to a relationship
        table that holds rows is slow), papers a part at a time (PAPER_PART_ROWS)."""
        for label in self.entities.labels():
            props, chunk = NODE_PROPS[label], []
            for _, values in self.entities.rows(label):       # sorted by key, as rows a chunk at a time
                chunk.append(dict(zip(props, values)))
                if len(chunk) == self.batch_size:
                    self._append(label, props, chunk)
                    chunk = []
            if chunk:
                self._append(label, props, chunk)
        self.entities.close()
        for writer, _ in self._writers.values():
            writer.close()
        self._writers.clear()
        give_back_memory()
        # nodes first, papers before the others (copied uncompressed: one reopen); then a paper's own
        # edges (what forgetting a paper starts from), then the rest
        for name in sorted(self._files, key=lambda n: ("__" in n, n != "Paper",
                                                       not n.startswith(("MENTIONS__", "REPORTS__")), n)):
            rel, _, pair = name.partition("__")
            head, _, tail = pair.partition("__")
            for part in _statements(self._files[name], self._file_rows[name], _part_rows(name)):
                yield rel, ((head, tail) if pair else None), part

    def close(self) -> None:
        for writer, _ in self._writers.values():
            writer.close()
        self._writers.clear()
        self.entities.close()
        shutil.rmtree(self.folder, ignore_errors=True)
