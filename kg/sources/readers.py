"""Format readers: the trending-papers page, JSONL and CSV, from a path or stdin.

Each reader yields ``Paper`` or ``Skip`` items in input order, so one bad record
never costs the good ones around it, and the caller decides how to report skips.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.sources import INPUT_FORMATS
from kg.sources.model import Paper, Skip, paper_id

Item = Paper | Skip
Line = str | None          # None: the line's bytes are not UTF-8
Reader = Callable[[Iterable[Line], str], Iterator[Item]]
UNDECODABLE = "undecodable bytes (not UTF-8)"

# Page chrome the trending-papers page glues to the first title.
CHROME_PREFIXES = ("Subscribe",)
OPTIONAL = ("url", "authors", "published", "categories")
ALIASES = {"update_date": "published", "date": "published", "summary": "abstract",
           "link": "url", "arxiv_id": "id", "paper_id": "id"}


def _clean(value: Any, field_name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list) and field_name in ("authors", "categories"):
        value = "; ".join(str(v) for v in value)
    if not isinstance(value, (str, int, float)):
        raise ValueError(f"field '{field_name}' has type {type(value).__name__}, expected text")
    text = " ".join(str(value).split())
    return text or None


def paper_from_mapping(row: dict[str, Any], source: str) -> Paper:
    """Build a Paper from a JSON/CSV row; raises ValueError with the reason."""
    row = {ALIASES.get(k, k): v for k, v in row.items() if isinstance(k, str)}
    title = _clean(row.get("title"), "title")
    abstract = _clean(row.get("abstract"), "abstract")
    if not title:
        raise ValueError("missing title")
    if not abstract:
        raise ValueError("missing abstract")
    given = _clean(row.get("id"), "id")
    return Paper(
        id=given or paper_id(title), title=title, abstract=abstract, source=source,
        **{k: _clean(row.get(k), k) for k in OPTIONAL},
    )


def read_jsonl(lines: Iterable[Line], name: str) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if line is None:
            yield Skip(name, n, UNDECODABLE)
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ValueError(f"expected a JSON object, got {type(row).__name__}")
            yield paper_from_mapping(row, f"{name}:{n}")
        except (ValueError, UnicodeDecodeError) as exc:
            yield Skip(name, n, str(exc).splitlines()[0])


def read_csv(lines: Iterable[Line], name: str) -> Iterator[Item]:
    pending: list[Skip] = []
    physical = [0]

    def decodable() -> Iterator[str]:
        for n, line in enumerate(lines, 1):
            physical[0] = n
            if line is None:
                pending.append(Skip(name, n, UNDECODABLE))
            else:
                yield line

    reader = csv.DictReader(decodable())
    if reader.fieldnames is None:
        return
    missing = {"title", "abstract"} - {ALIASES.get(f, f) for f in reader.fieldnames}
    if missing:
        raise InputError(f"{name}: CSV header lacks column(s): {', '.join(sorted(missing))}")
    try:
        for row in reader:
            yield from pending
            pending.clear()
            line = physical[0]
            if None in row:
                yield Skip(name, line, "more fields than the header")
                continue
            try:
                yield paper_from_mapping(row, f"{name}:{line}")
            except ValueError as exc:
                yield Skip(name, line, str(exc))
    except csv.Error as exc:
        yield Skip(name, physical[0], f"CSV error: {exc}")
    yield from pending


def read_page(lines: Iterable[Line], name: str) -> Iterator[Item]:
    """Title line / abstract line pairs after two lines of page chrome."""
    title = None
    for n, line in enumerate(lines, 1):
        if n <= 2 or (line is not None and not line.strip()):
            continue
        if title is None:
            title = (n, line)
            continue
        (tn, t_line), title = title, None
        if t_line is None or line is None:
            yield Skip(name, tn, UNDECODABLE)
            continue
        t_text = t_line.strip()
        for prefix in CHROME_PREFIXES:
            if t_text.startswith(prefix) and len(t_text) > len(prefix):
                t_text = t_text[len(prefix):]
        # identity from content, not position: prepending a paper must not rename the others
        yield Paper(id=paper_id(t_text), title=t_text, abstract=line.strip(), source=f"{name}:{tn}")
    if title is not None:
        yield Skip(name, title[0], "title line without an abstract line")


READERS: dict[str, Reader] = {"page": read_page, "jsonl": read_jsonl, "csv": read_csv}
if tuple(sorted(READERS)) != INPUT_FORMATS:     # the CLI offers INPUT_FORMATS without importing this module
    raise ImportError(f"kg.sources.INPUT_FORMATS {INPUT_FORMATS} does not name the readers {sorted(READERS)}")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
              ".txt": "page", ".page": "page"}


def detect_format(name: str, head: str) -> str:
    """Extension first; else sniff the first non-blank line."""
    ext = EXTENSIONS.get(Path(name).suffix.lower())
    if ext:
        return ext
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    if first.lstrip().startswith("{"):
        return "jsonl"
    if re.match(r'^"?\w+"?(,"?\w+"?)+\s*$', first) and "title" in first.lower():
        return "csv"
    return "page"


def _decode_lines(lines: Iterable[bytes]) -> Iterator[Line]:
    """Decode line by line so an undecodable line is one bad record, not a lost file."""
    for chunk in lines:
        try:
            yield chunk.decode("utf-8").rstrip("\r\n") + "\n"
        except UnicodeDecodeError:
            yield None


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


def _peek(fh: BinaryIO) -> tuple[list[bytes], str]:
    """Lines up to the first non-blank one (kept for reading) and that line's text."""
    head: list[bytes] = []
    for line in fh:
        head.append(line)
        if line.strip():
            return head, line.decode("utf-8", errors="replace")
    return head, ""


def read_papers(path: str, input_format: str | None = None) -> Iterator[Item]:
    """Yield Papers and Skips from one input (``-`` is stdin), streaming line by line."""
    if input_format is not None and input_format not in READERS:
        raise InputError(f"unknown input format '{input_format}'; choose from: {', '.join(READERS)}")
    name, fh = _open(path)
    try:
        head, first = _peek(fh)
        if not first.strip():
            raise InputError(f"{name}: input is empty")
        if head and head[0].startswith(b"\xef\xbb\xbf"):
            head[0] = head[0][3:]
            first = first.lstrip("\ufeff")
        fmt = input_format or detect_format(name, first)
        yield from READERS[fmt](_decode_lines(chain(head, fh)), name)
    finally:
        if fh is not sys.stdin.buffer:
            fh.close()
