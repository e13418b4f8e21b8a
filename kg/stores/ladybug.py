"""The embedded default store: LadybugDB (in-process, on-disk, Cypher).

LadybugDB is the maintained fork of Kùzu; it needs declared node/rel tables,
which come from kg's schema. Each ``write`` is one transaction; a first build into an empty
database is spooled and loaded with COPY FROM at the end, a table at a time (kg.stores.bulk).
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg import interrupts
from kg.errors import QueryError, StoreError
from kg.stores import apart, cypher, integrity, register
from kg.stores.base import GraphStore, QueryResult
from kg.stores.bulk import Spool, arrow_schema

if TYPE_CHECKING:
    import networkx as nx


def _import_ladybug():
    try:
        import ladybug
    except ImportError as exc:  # pragma: no cover - a broken install
        raise StoreError("the 'ladybug' package is not installed (pip install ladybug)") from exc
    if not hasattr(ladybug, "Database"):
        raise StoreError("'ladybug' resolves to another package (ladybug-core?); reinstall 'ladybug'")
    return ladybug


# Checkpoint when the write-ahead log reaches 1 GiB (and on close), not at LadybugDB's default 16 MiB:
# every checkpoint leaves the pages it replaced behind in the file, so a 2,000-paper build in four
# batches made a 73 MB file; with one checkpoint it is 25 MB, and the build is ~30% faster.
CHECKPOINT_BYTES = 1 << 30
# a read-only open maps a buffer pool of 80% of RAM by default, which alone costs ~20 ms of every
# `kg query`; reads keep a smaller pool (a page cache: a larger graph is paged, not refused)
READ_POOL_BYTES = 4 << 30
# the pool a build's content sum is read back through, and the node offsets one read takes at a time
SUM_POOL_BYTES = 256 << 20
SLICE_NODES = 10_000
NODE_SLICE_FACTOR = 3
# a COPY from a spooled file this large is followed by a reopen (which costs ~37 ms: a 2,000-paper build
# of 51 small tables spent 1.9 s reopening)
REOPEN_BYTES = 4 << 20
# a spool this large (~6,000 papers) is loaded, and a database file this large has its sum read, by a
# fresh process (kg.stores.apart, ~0.3 s to start): the engine's COPY of papers takes 5-35x their
# Parquet size for a moment (+150 to +560 MB for a part of 20,000), which stacked on the building
# process's heap (~600 MB at 200,000 papers) and set the build's peak; the sum read of a 200,000-paper
# graph took ~340 MB more
APART_BYTES = 8 << 20
# tables a bulk load writes uncompressed: each COPY of papers into a table that already held some
# recompressed the abstracts of the node group it appended to, growing as the table filled (200,000
# papers in 20,000-paper parts, the copying process alone: up to 650 MB compressed, 450 MB
# uncompressed and then flat); the abstracts hardly compress, so the file grew by ~3% (60,000 papers:
# 216 -> 223 MB) and the load was faster (25 s -> 20.5 s for 200,000 papers)
UNCOMPRESSED = frozenset({"Paper"})


@register("ladybug")
class LadybugStore(GraphStore):
    dialect = "ladybug"
    skip_unchanged = True      # an unchanged row rewritten is stored again: the file grew 6x per rebuild

    def __init__(self, path: str | Path = "kg.db", read_only: bool = False, create: bool = True,
                 batch_size: int = 10_000, pool_bytes: int | None = None) -> None:
        lb = _import_ladybug()
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(f"{path}: no graph database here (run 'kg build' first or pass --db)")
        if path.is_file() and path.stat().st_size == 0:
            raise StoreError(f"{path}: an empty file, not a graph database (remove it or pass another --db)")
        if path.is_file():
            integrity.verify_file(path)       # before the engine reads a file it may crash on
        if not read_only:
            integrity.begin_write(path)
        try:
            options = {"buffer_pool_size": pool_bytes or _read_pool_bytes()} if read_only else \
                {"checkpoint_threshold": CHECKPOINT_BYTES}
            self._lb = lb
            self._db = lb.Database(str(path), read_only=read_only, **options)
            self._conn = lb.Connection(self._db)
        except RuntimeError as exc:
            if not read_only:
                integrity.cancel_write(path)
            raise StoreError(_open_failure(path, exc)) from exc
        self.path = path
        self.batch_size = batch_size
        self.read_only = read_only
        self._wrote = False
        if not read_only:
            for stmt in cypher.ladybug_ddl():
                self._run(stmt)

    def _run(self, q: str, params: dict[str, Any] | None = None):
        try:
            result = self._conn.execute(q, params or {})
        except RuntimeError as exc:
            raise QueryError(str(exc).splitlines()[0]) from exc
        interrupts.check()          # a Ctrl-C the engine's own SIGINT check swallowed
        return result

    def write(self, graph: "nx.MultiDiGraph") -> None:
        _check_free_space(self.path, BYTES_PER_ROW * (graph.number_of_nodes() + graph.number_of_edges()))
        self._transaction(_bulk(q, params) for q, params in self.statements(graph))

    def bulk(self) -> Spool | None:
        """A spool for a first load: only a database that holds nothing yet (kg.stores.bulk)."""
        if self.read_only or self.query(cypher.any_node()).rows:
            return None
        return Spool(self.path.with_name(f".{self.path.name}.spool"), self.batch_size)

    def load(self, spool: Spool) -> None:
        """Every spooled table with COPY FROM, each committed on its own (one transaction holding them
        all doubled the memory: 1,083 MB against 597 MB at 20,000 papers); the papers, loaded
        unfinished, are finished last (kg.stores.bulk), so a load cut short leaves papers that a
        rerun reads again. A large spool is loaded by a fresh process of its own (APART_BYTES)."""
        tables = [(table, pair, [str(f) for f in files]) for table, pair, files in spool.tables()]
        spooled = sum(os.path.getsize(f) for _, _, files in tables for f in files)
        _check_free_space(self.path, BYTES_PER_SPOOLED_BYTE * spooled, "loading the papers read")
        self._wrote = True
        self._detach()
        try:
            if spooled >= APART_BYTES:
                apart.run(copy_tables, str(self.path), tables)
            else:
                copy_tables(str(self.path), tables)
        finally:
            self._attach()
        self._transaction(spool.finish())

    def _detach(self) -> None:
        """Close the database for another opening of it (one writer at a time)."""
        conn, db = self._conn, self._db
        self._db = None          # interrupted in between: nothing left to close, the build's mark stays
        conn.close()
        db.close()

    def _attach(self) -> None:
        self._db = _open_writer(self._lb, self.path)
        self._conn = self._lb.Connection(self._db)

    def _transaction(self, statements: Iterable[tuple[str, dict[str, Any]]]) -> None:
        self._run("BEGIN TRANSACTION")
        try:
            for statement in statements:
                self._run(*statement)
            self._run("COMMIT")
            self._wrote = True
        except BaseException:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # the failed statement already ended the transaction
            raise
        self._fresh_connection()

    def _fresh_connection(self) -> None:
        """The engine keeps memory for every table a connection has scanned (~40 MB per 500-paper
        batch, a 20,000-paper build peaked at 2 GB; a whole-table read fills the buffer pool); a
        fresh connection gives it back. The new one is in place before the old closes: a Ctrl-C
        between the two must not leave a closed connection behind ('Connection is closed' then
        replaced the interrupt, exit 1)."""
        old, self._conn = self._conn, self._lb.Connection(self._db)
        old.close()

    def query(self, q: str, params: dict[str, Any] | None = None) -> QueryResult:
        cypher.require_parameters(q, params)
        res = self._run(q, params)
        if not self.read_only and cypher.may_write(q):
            self._wrote = True        # 'kg query --write': the recorded sum must follow the change
        columns = res.get_column_names()
        if any(len(c) > 60 for c in columns):          # an engine-internal name: use the query's own words
            written = cypher.return_items(q)
            if len(written) == len(columns):
                columns = [w if len(c) > 60 else c for c, w in zip(columns, written)]
        rows = []
        while res.has_next():
            rows.append(res.get_next())
        return QueryResult(columns, rows)

    def records(self, q: str, params: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
        """Rows one at a time (a whole-graph read without the whole graph in memory)."""
        res = self._run(q, params)
        columns = res.get_column_names()
        while res.has_next():
            yield dict(zip(columns, res.get_next()))

    def table_rows(self, table: str, pair: tuple[str, str] | None = None) -> Iterator[dict[str, Any]]:
        """A slice of node offsets at a time (the engine holds a whole result in its buffer pool)."""
        last = self._run(cypher.last_offset(pair[0] if pair else table)).get_next()[0]
        q = cypher.read_rels_slice(table, *pair) if pair else cypher.read_nodes_slice(table)
        step = SLICE_NODES * (1 if pair else NODE_SLICE_FACTOR)
        for lo in range(0, -1 if last is None else last + 1, step):
            yield from self.records(q, {"lo": lo, "hi": lo + step})
        self._fresh_connection()

    def close(self) -> None:
        if getattr(self, "_db", None) is None:
            return
        wrote, self._wrote = self._wrote, False
        for attr in ("_conn", "_db"):
            obj = getattr(self, attr, None)
            if obj is not None and hasattr(obj, "close"):
                obj.close()
            setattr(self, attr, None)
        if not self.read_only:          # the engine checkpoints on close: record the file as it stays
            integrity.end_write(self.path, _sum_of(self.path) if wrote else None)


def _open_writer(lb: Any, path: Path, compress: bool = True) -> Any:
    try:
        return lb.Database(str(path), checkpoint_threshold=CHECKPOINT_BYTES, compression=compress)
    except RuntimeError as exc:
        raise StoreError(_open_failure(path, exc)) from exc


def copy_tables(path: str, tables: Sequence[tuple[str, tuple[str, str] | None, str | list[str]]]) -> None:
    """COPY each (table, (head, tail) or None, Parquet file or files) into the database at ``path``,
    each committed on its own; the database is closed and opened again after each large statement:
    the engine gives back what a COPY left it holding only when the database closes (a 200,000-paper
    load grew by ~700 MB in one open; closed after each large table, it stays at what one COPY needs).
    Large parts of papers are copied uncompressed (UNCOMPRESSED)."""
    lb = _import_ladybug()
    opened: tuple[Any, Any, bool] | None = None        # (database, connection, compressed)
    try:
        for table, pair, files in tables:
            files = [files] if isinstance(files, str) else files
            size = sum(os.path.getsize(f) for f in files if os.path.exists(f))   # a missing one: the engine says
            compress = table not in UNCOMPRESSED or size < REOPEN_BYTES
            if opened is not None and opened[2] != compress:
                _close(opened)
                opened = None
            if opened is None:
                db = _open_writer(lb, Path(path), compress)
                opened = (db, lb.Connection(db), compress)
            try:
                opened[1].execute(cypher.copy_table(table, files, pair))
            except RuntimeError as exc:
                raise QueryError(str(exc).splitlines()[0]) from exc
            interrupts.check()
            if size >= REOPEN_BYTES:
                _close(opened)
                opened = None
    finally:
        if opened is not None:
            _close(opened)


def _close(opened: tuple[Any, Any, bool]) -> None:
    opened[1].close()
    opened[0].close()


def _sum_of(path: Path) -> dict[str, Any]:
    """The content sum of what a write left; of a large file, read by a fresh process (APART_BYTES: its
    read of a 200,000-paper graph took ~340 MB, which came on top of the build's heap)."""
    if path.stat().st_size >= APART_BYTES:
        return apart.run(_stored_sum, path)
    return _stored_sum(path)


def _stored_sum(path: Path) -> dict[str, Any]:
    """The content sum of what a write left, read back through a small buffer pool: the writing
    instance's pool holds every page the write touched (a 200,000-paper build read its sum at 2.0 GB)."""
    try:
        with LadybugStore(path, read_only=True, create=False, pool_bytes=SUM_POOL_BYTES) as st:
            return st.content_sum()
    except QueryError as exc:
        if "buffer pool" not in str(exc).lower():
            raise
    # one slice did not fit (papers with very long texts): the ordinary read pool, paged as needed
    with LadybugStore(path, read_only=True, create=False) as st:
        return st.content_sum()


# below this many rows a batch goes as a parameter list (building a table costs more than it saves)
BULK_ROWS = 64


def _bulk(q: str, params: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """A large ``UNWIND $rows`` batch as ``LOAD FROM`` an Arrow table typed from kg's schema."""
    rows = params.get("rows")
    bulk = cypher.ladybug_bulk(q) if isinstance(rows, list) and len(rows) >= BULK_ROWS else None
    if bulk is None or not isinstance(rows, list):
        return q, params
    import pyarrow as pa  # only a write needs it: `kg query` starts without it
    types = cypher.property_types()
    schema = arrow_schema({k: types[k] for k in rows[0]}, prefix="r_")
    columns = {k: [r[k[2:]] for r in rows] for k in schema.names}
    try:
        table = pa.Table.from_pydict(columns, schema=schema)
    except (pa.ArrowException, TypeError, ValueError, OverflowError):
        return q, params          # a value the schema type does not hold: the engine says what is wrong
    return bulk, {**params, "rows": table}


def compact(path: str | Path) -> tuple[int, int]:
    """Rewrite the database into a fresh file and swap it in; (bytes before, bytes after).

    LadybugDB keeps the pages a checkpoint replaced, so a database grown by many incremental
    builds is larger than the same graph built at once; a fresh write of the same graph is not.
    The old file stays in place until the new one is complete."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no graph database here (run 'kg build' first or pass --db)")
    fresh = path.with_name(f".{path.name}.compact")
    for leftover in (fresh, fresh.with_name(fresh.name + ".wal"), integrity.sum_path(fresh)):
        leftover.unlink(missing_ok=True)
    before = path.stat().st_size
    with LadybugStore(path, read_only=True, create=False) as src:
        graph = src.read_graph()
    try:
        with LadybugStore(fresh) as dst:
            dst.write(graph)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    fresh.replace(path)
    if integrity.sum_path(fresh).exists():
        integrity.sum_path(fresh).replace(integrity.sum_path(path))
    return before, path.stat().st_size


# a write that runs out of disk aborts inside the engine and leaves a write-ahead log the next open
# refuses; refusing to start a write that may not fit keeps the last committed graph readable
MIN_FREE_BYTES = 64 << 20
BYTES_PER_ROW = 4096
# a bulk load's database came to 3.3x its Parquet spool (8,000 papers: 14 MB spooled, 46 MB stored)
BYTES_PER_SPOOLED_BYTE = 8


def check(path: str | Path) -> tuple[bool, str]:
    """(intact, one line): the file against what the last build left, the graph read back against its sum."""
    path = Path(path)
    if not path.exists():
        raise StoreError(f"{path}: no graph database here (run 'kg build' first or pass --db)")
    try:
        with LadybugStore(path, read_only=True, create=False) as st:
            now = st.content_sum()
    except (StoreError, RuntimeError) as exc:
        return False, str(exc).splitlines()[0] if str(exc).startswith(str(path)) else \
            f"{path}: damaged: {str(exc).splitlines()[0]}"
    return integrity.compare(path, now)


def _check_free_space(path: Path, need: int, what: str = "writing this batch") -> None:
    import shutil
    need += MIN_FREE_BYTES
    free = shutil.disk_usage(path.parent if path.parent.exists() else Path(".")).free
    if free < need:
        raise StoreError(f"{path}: only {free / 1e6:.0f} MB free on its disk; {what} safely needs "
                         f"{need / 1e6:.0f} MB (the database is unchanged)")


def _open_failure(path: Path, exc: RuntimeError) -> str:
    """One line, and for a damaged write-ahead log (a write cut short) what to do about it."""
    first = str(exc).splitlines()[0]
    wal = path.with_name(path.name + ".wal")
    if "wal" in first.lower() and wal.exists():
        return (f"{path}: cannot open the database: its write-ahead log {wal.name} is damaged (a write was cut "
                f"short); move it aside to open the last committed graph: mv {wal} {wal}.damaged")
    return f"{path}: cannot open the database: {first}"


def _read_pool_bytes() -> int:
    """``READ_POOL_BYTES``, or half the machine's memory where that is less."""
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return READ_POOL_BYTES
    return min(READ_POOL_BYTES, max(memory // 2, 256 << 20))
