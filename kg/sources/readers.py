"""Format readers: the trending-papers page, JSONL and CSV, from a path or stdin.

Each reader yields ``Paper`` or ``Skip`` items in input order, so one bad record
never costs the good ones around it, and the caller decides how to report skips.
"""
from __future__ import annotations

import csv
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.sources import INPUT_FORMATS
from kg.sources.files import Line, open_input
from kg.sources.model import SOURCE_RANK, Notice, Paper, Skip, paper_id, problem, without_controls
from kg.sources.references import read_bibtex, read_ris
from kg.sources.services import SHAPES, shape_of

Item = Paper | Skip | Notice
Reader = Callable[[Iterable[Line], str], Iterator[Item]]
Fill = Callable[[Mapping[str, Any]], Mapping[str, Any]]     # completes a mapped JSON record before it is read
UNDECODABLE = "undecodable bytes"
CSV_FIELD_LIMIT = 2**31 - 1      # the csv module's default (131,072) would end the file at one long field

# Page chrome: the header lines of the trending-papers page, and the word it glues to the first title.
CHROME_LINES = ("Get trending papers",)
CHROME_PREFIXES = ("Subscribe",)
ABSTRACT_MIN_CHARS = 250
OPTIONAL = ("url", "authors", "published", "categories")
ALIASES = {"update_date": "published", "date": "published", "summary": "abstract",
           "link": "url", "arxiv_id": "id", "paper_id": "id"}


def _clean(value: Any, field_name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, list) and field_name in ("authors", "categories"):
        value = "; ".join(str(v) for v in value)
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"field '{field_name}' has type {type(value).__name__}, expected text")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"field '{field_name}' is {value}, expected text")
    text = " ".join(without_controls(str(value)).split())
    return text or None


def paper_from_mapping(row: dict[str, Any], source: str, dropped: list[str] | None = None) -> Paper:
    """Build a Paper from a JSON/CSV row; raises ValueError with the reason. An optional field
    kg cannot read is left out and its reason appended to ``dropped``."""
    row = {ALIASES.get(k, k): v for k, v in row.items() if isinstance(k, str)}
    title = _clean(row.get("title"), "title")
    abstract = _clean(row.get("abstract"), "abstract")
    if not title:
        raise ValueError("missing title")
    if not abstract:
        raise ValueError("missing abstract")
    given = _clean(row.get("id"), "id")
    url, authors, published, categories = (_optional(row.get(k), k, dropped) for k in OPTIONAL)
    return Paper(id=given or paper_id(title), title=title, abstract=abstract, source=source, url=url,
                 authors=authors, published=published, categories=categories)


def _optional(value: Any, field_name: str, dropped: list[str] | None) -> str | None:
    try:
        return _clean(value, field_name)
    except ValueError as exc:
        if dropped is not None:
            dropped.append(f"{exc}; the field is left out")
        return None


def _from_row(row: Any, name: str, n: int, shape: str | None = None, fill: Fill | None = None) -> Iterator[Item]:
    """One JSON value as a Paper (or a Skip), with a Notice per optional field left out; a record
    from a known service (arXiv snapshot, OpenAlex, Semantic Scholar, Hugging Face) is mapped first,
    then ``fill`` may complete it (S2 papers rows take their abstract from the abstracts dataset)."""
    try:
        if not isinstance(row, dict):
            raise ValueError(f"expected a JSON object, got {type(row).__name__}")
        shape = shape or shape_of(row)
        if shape is not None:
            row = SHAPES[shape](row)
        if fill is not None:
            row = dict(fill(row))
        dropped: list[str] = []
        paper = paper_from_mapping(row, f"{name}:{n}", dropped)
        paper.origin = shape or "jsonl"
    except ValueError as exc:
        yield Skip(name, n, str(exc).splitlines()[0])
        return
    yield from (Notice(name, n, d) for d in dropped)
    yield paper


def _no_constant(token: str) -> Any:
    raise ValueError(f"{token} is not a JSON value")


def read_jsonl(lines: Iterable[Line], name: str, shape: str | None = None, fill: Fill | None = None) -> Iterator[Item]:
    for n, line in enumerate(lines, 1):
        if line is None:
            yield Skip(name, n, UNDECODABLE)
            continue
        if not line.strip():
            continue
        try:
            # strict=False: a raw tab or control character inside a string is still the string
            row = json.loads(line, strict=False, parse_constant=_no_constant)
        except RecursionError:
            yield Skip(name, n, "JSON nested too deeply")
            continue
        except ValueError as exc:
            yield Skip(name, n, _json_reason(exc, line))
            continue
        yield from _from_row(row, name, n, shape, fill)


def _json_reason(exc: ValueError, line: str) -> str:
    reason = str(exc).splitlines()[0]
    if isinstance(exc, json.JSONDecodeError) and (exc.pos >= len(line.rstrip()) - 1
                                                  or exc.msg.startswith("Unterminated string")):
        return f"not a complete JSON object (the line ends inside it: {exc.msg})"
    return reason


def read_json_array(lines: Iterable[Line], name: str, shape: str | None = None,
                    fill: Fill | None = None) -> Iterator[Item]:
    """A ``.json`` file holding one array of paper objects; each element is reported at its line."""
    text = "".join(line if line is not None else "\n" for line in lines)
    start = text.index("[") + 1
    decoder = json.JSONDecoder(strict=False, parse_constant=_no_constant)
    pos, n, counted = start, 1, 0
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] == "]":
            return
        n, counted = n + text.count("\n", counted, pos), pos
        try:
            row, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            yield Skip(name, n, f"JSON array element cannot be read ({str(exc).splitlines()[0]}); "
                                "the rest of the array was not read")
            return
        yield from _from_row(row, name, n, shape, fill)


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

    limit = csv.field_size_limit(CSV_FIELD_LIMIT)
    try:
        yield from _csv_rows(csv.DictReader(decodable(), strict=True), name, physical, pending)
    finally:
        csv.field_size_limit(limit)
    yield from pending


def _csv_rows(reader: csv.DictReader, name: str, physical: list[int], pending: list[Skip]) -> Iterator[Item]:
    if reader.fieldnames is None:
        return
    missing = {"title", "abstract"} - {ALIASES.get(f, f) for f in reader.fieldnames}
    if missing:
        raise InputError(f"{name}: CSV header lacks column(s): {', '.join(sorted(missing))}")
    ended = physical[0]          # the line the last complete row ended on
    try:
        for row in reader:
            yield from pending
            pending.clear()
            # the row's first line: a quoted field may span lines
            line = physical[0] - sum(v.count("\n") for v in row.values() if isinstance(v, str))
            ended = physical[0]
            if None in row:
                yield Skip(name, line, "more fields than the header")
                continue
            try:
                yield paper_from_mapping(row, f"{name}:{line}")
            except ValueError as exc:
                yield Skip(name, line, str(exc))
    except csv.Error as exc:
        where = f"lines {ended + 1}-{physical[0]}" if physical[0] > ended + 1 else f"line {ended + 1}"
        hint = " (a quote opened here is never closed)" if "end of data" in str(exc) else ""
        yield Skip(name, ended + 1, f"CSV error: {exc}{hint}; {where} not read")


def read_page(lines: Iterable[Line], name: str) -> Iterator[Item]:
    """Title line / abstract line pairs; the page's own header lines are dropped by their text.

    A line reads as an abstract when it is long or ends a sentence, so a title whose abstract is
    missing is reported at its own line and the papers after it keep their pairs."""
    title: tuple[int, str] | None = None
    for n, line in enumerate(lines, 1):
        text = without_controls(line).strip() if line is not None else None
        if text == "" or (title is None and text is not None and text.startswith(CHROME_LINES)):
            continue
        if text is None or (title is None and _abstract_like(text)):
            yield Skip(name, n, UNDECODABLE if text is None else "abstract line without a title line")
            continue
        if title is None or not _abstract_like(text):
            if title is not None:
                yield Skip(name, title[0], "title line without an abstract line")
            title = (n, _strip_chrome(text))
            continue
        (tn, t_text), title = title, None
        # identity from content, not position: prepending a paper must not rename the others
        yield Paper(id=paper_id(t_text), title=t_text, abstract=text, source=f"{name}:{tn}")
    if title is not None:
        yield Skip(name, title[0], "title line without an abstract line")


def _abstract_like(text: str) -> bool:
    # abstracts end a sentence or, when they end in a URL, are long; titles are short and end bare
    return len(text) >= ABSTRACT_MIN_CHARS or text.endswith(".")


def _strip_chrome(text: str) -> str:
    for prefix in CHROME_PREFIXES:
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


READERS: dict[str, Reader] = {"page": read_page, "jsonl": read_jsonl, "csv": read_csv,
                              "bibtex": read_bibtex, "ris": read_ris,
                              **{shape: partial(read_jsonl, shape=shape) for shape in SHAPES}}
if tuple(sorted(READERS)) != INPUT_FORMATS:     # the CLI offers INPUT_FORMATS without importing this module
    raise ImportError(f"kg.sources.INPUT_FORMATS {INPUT_FORMATS} does not name the readers {sorted(READERS)}")
EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
              ".txt": "page", ".page": "page", ".bib": "bibtex", ".bibtex": "bibtex", ".ris": "ris"}
BIBTEX_START = re.compile(r"^@\s*[A-Za-z]+\s*[{(]")
RIS_START = re.compile(r"^TY\s{2}-")


def detect_format(name: str, head: str) -> str:
    """What the content says when it is unambiguous (a JSON object or array), else the extension,
    else a CSV header with a title column, else the page format."""
    first = next((ln for ln in head.splitlines() if ln.strip()), "").lstrip()
    if first.startswith(("{", "[")):
        return "jsonl"
    if BIBTEX_START.match(first) or (first.startswith("%") and Path(name).suffix.lower() in (".bib", ".bibtex")):
        return "bibtex"
    if RIS_START.match(first):
        return "ris"
    ext = EXTENSIONS.get(Path(name).suffix.lower())
    if ext:
        return ext
    if re.match(r'^"?\w+"?(,"?\w+"?)+\s*$', first) and "title" in first.lower():
        return "csv"
    return "page"


def _peek(lines: Iterator[Line]) -> tuple[list[Line], str]:
    """Lines up to the first non-blank one (kept for reading) and that line's text."""
    head: list[Line] = []
    for line in lines:
        head.append(line)
        if line is not None and line.strip():
            return head, line
    return head, ""


def read_papers(path: str, input_format: str | None = None, fill: Fill | None = None) -> Iterator[Item]:
    """Yield Papers, Skips and Notices from one input (``-`` is stdin), streaming line by line;
    a paper kg cannot process (see :func:`kg.sources.model.problem`) becomes a Skip. ``fill``
    completes JSON records (:class:`kg.sources.abstracts.AbstractIndex`)."""
    if input_format is not None and input_format not in READERS:
        raise InputError(f"unknown input format '{input_format}'; choose from: {', '.join(READERS)}")
    opened = open_input(path)
    try:
        head, first = _peek(opened.lines)
        if not first.strip():
            raise InputError(f"{opened.name}: input is empty")
        fmt = input_format or detect_format(opened.format_name, first)
        array = (fmt == "jsonl" or fmt in SHAPES) and first.lstrip().startswith("[")
        shape = fmt if fmt in SHAPES else None
        reader: Reader = partial(read_json_array, shape=shape, fill=fill) if array else \
            partial(read_jsonl, shape=shape, fill=fill) if fmt == "jsonl" or shape else READERS[fmt]
        for item in reader(chain(head, opened.lines), opened.name):
            yield from _drain(opened.notes)
            if isinstance(item, Paper) and not item.origin:
                item.origin = fmt
            reason = problem(item) if isinstance(item, Paper) else None
            yield Skip(opened.name, int(item.source.rsplit(":", 1)[1]), reason) \
                if reason and isinstance(item, Paper) else item
        yield from _drain(opened.notes)
    finally:
        opened.close()


def _drain(notes: list[Notice]) -> Iterator[Notice]:
    yield from notes
    notes.clear()


def input_kind(path: str, input_format: str | None = None) -> str | None:
    """The kind of source an input holds, from its first record: an input format, or the service a
    JSON record comes from (None for stdin or an input that cannot be opened: read where it stands)."""
    if input_format is not None and input_format != "jsonl":
        return input_format
    if path == "-":
        return None
    try:
        opened = open_input(path)
    except (InputError, OSError):
        return None          # reported when it is read
    try:
        first = _peek(opened.lines)[1]
        fmt = input_format or detect_format(opened.format_name, first)
        if fmt == "jsonl" and first.lstrip().startswith("{"):
            try:
                row = json.loads(first)
            except ValueError:
                return fmt
            return (shape_of(row) or fmt) if isinstance(row, dict) else fmt
        return fmt
    finally:
        opened.close()


def by_text_rank(inputs: list[str], input_format: str | None = None) -> list[str]:
    """The inputs in the order their kind of source ranks for a paper's text (SOURCE_RANK; stable),
    so that when two inputs hold one paper the text kept does not depend on the order they were given."""
    return sorted(inputs, key=lambda path: SOURCE_RANK.get(input_kind(path, input_format) or "jsonl", 1))
