"""Opening inputs as lines of text: stdin or a path, gzip and bzip2 by their magic bytes,
UTF-8 (with or without a BOM), UTF-16 by its BOM, and Latin-1 lines inside a UTF-8 file.

Decoding is per line, so one line in another encoding is one noted record, never a lost
file; what was guessed is reported as a :class:`Notice` through the ``notes`` list.
"""
from __future__ import annotations

import bz2
import gzip
import io
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from kg.errors import InputError
from kg.sources.model import Notice

Line = str | None          # None: the line's bytes could not be decoded
COMPRESSED = {b"\x1f\x8b": ("gzip", ".gz"), b"BZh": ("bzip2", ".bz2")}
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass
class Opened:
    """One input: its display name, the name that tells its format, its lines and what was noted."""

    name: str
    format_name: str
    lines: Iterator[Line]
    notes: list[Notice] = field(default_factory=list)
    handles: list[IO[bytes]] = field(default_factory=list)

    def close(self) -> None:
        for fh in reversed(self.handles):
            if fh is not sys.stdin.buffer:
                fh.close()


def open_input(path: str) -> Opened:
    """The input at ``path`` (``-`` is stdin) as decoded lines."""
    name, raw = _open(path)
    opened = Opened(name, name, iter(()), handles=[raw])
    fh: BinaryIO = raw
    magic = _peek_bytes(fh, 4)
    for prefix, (kind, suffix) in COMPRESSED.items():
        if magic.startswith(prefix):
            try:
                fh = gzip.GzipFile(fileobj=fh) if kind == "gzip" else bz2.BZ2File(fh)  # type: ignore[assignment]
                magic = _peek_bytes(fh, 4)
            except (OSError, EOFError) as exc:
                opened.close()
                raise InputError(f"{name}: looks {kind}-compressed but cannot be read: {exc}") from exc
            opened.handles.append(fh)
            if opened.format_name.endswith(suffix):
                opened.format_name = opened.format_name[:-len(suffix)]
    if not magic.startswith(UTF16_BOMS) and b"\x00" in _peek_bytes(fh, 1024):
        opened.close()
        raise InputError(f"{name}: binary data, not text; kg reads page, JSONL, JSON-array and CSV text "
                         "(UTF-8 or UTF-16, optionally gzip- or bzip2-compressed)")
    if magic.startswith(UTF16_BOMS):
        text = io.TextIOWrapper(fh, encoding="utf-16", errors="replace", newline=None)
        opened.lines = (line for line in text)
    else:
        opened.lines = _decode_lines(fh, name, opened.notes)
    return opened


def _peek_bytes(fh: BinaryIO, n: int) -> bytes:
    try:
        return fh.peek(n)[:n]  # type: ignore[attr-defined]
    except (OSError, EOFError, AttributeError, gzip.BadGzipFile):
        return b""


def _decode_lines(lines: Iterable[bytes], name: str, notes: list[Notice]) -> Iterator[Line]:
    """UTF-8 line by line (a leading BOM dropped); a line that is not UTF-8 is read as Latin-1
    and noted, so a file pasted together from two encodings keeps every record."""
    chunks = iter(lines)
    for n in range(1, sys.maxsize):
        try:
            chunk = next(chunks)
        except StopIteration:
            return
        except (OSError, EOFError) as exc:     # a truncated or corrupt compressed stream
            notes.append(Notice(name, n, f"the rest of the input cannot be read: {exc}"))
            return
        if n == 1 and chunk.startswith(b"\xef\xbb\xbf"):
            chunk = chunk[3:]
        try:
            yield chunk.decode("utf-8").rstrip("\r\n") + "\n"
        except UnicodeDecodeError:
            notes.append(Notice(name, n, "not UTF-8; read as Latin-1"))
            yield chunk.decode("latin-1").rstrip("\r\n") + "\n"


def _open(path: str) -> tuple[str, BinaryIO]:
    if path == "-":
        return "<stdin>", sys.stdin.buffer
    p = Path(path)
    if not p.exists():
        raise InputError(f"{path}: no such file")
    if p.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    try:
        return path, p.open("rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
