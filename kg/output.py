"""Rows to text (table, JSON, CSV), and files that appear whole or not at all."""
from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

FORMATS = ("table", "json", "csv")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, dict)):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def render(columns: list[str], rows: list[list[Any]], fmt: str) -> str:
    if fmt == "json":
        return json.dumps([dict(zip(columns, r)) for r in rows], ensure_ascii=False, indent=2, default=str)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        w.writerows([[_cell(v) for v in r] for r in rows])
        return buf.getvalue().rstrip("\n")
    cells = [[_cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]

    def line(vals: list[str]) -> str:
        return "  ".join(v.ljust(w) for v, w in zip(vals, widths)).rstrip()

    out = [line(columns), line(["-" * w for w in widths])] + [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out)


@contextmanager
def replace_when_done(path: str | Path) -> Iterator[IO[str]]:
    """A text file written beside ``path`` and renamed over it only when the block succeeds:
    a failed run leaves the previous file (or none) in place, never a truncated one."""
    import tempfile
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)      # as the exporters do
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent or Path("."))
    except OSError as exc:          # name the file the user asked for, not the temporary one
        raise OSError(exc.errno, exc.strerror, str(target)) from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def created_only_on_success(path: str | Path) -> Iterator[None]:
    """Files a block creates at ``path`` (and its siblings ``path.*``, such as a write-ahead log)
    are removed again if the block fails: a failed first build leaves no empty database behind."""
    target = Path(path)
    pattern = f"{target.name}*"
    before = set(target.parent.glob(pattern)) if target.parent.exists() else set()
    try:
        yield
    except BaseException:
        for made in set(target.parent.glob(pattern)) - before:
            if made.is_file():
                made.unlink(missing_ok=True)
        raise
