"""Reference-manager exports: BibTeX (bibtexparser) and RIS (rispy), each entry reported at its line.

Braces and LaTeX accents in BibTeX titles and names are decoded ({BERT}, R{\\'e}); math in
abstracts stays as written (extraction reads it). An entry without an abstract cannot be read
and is a Skip at its line; a broken entry never costs the ones after it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from kg.sources.files import Line
from kg.sources.model import Notice, Paper, Skip
from kg.sources.services import arxiv_id, doi_of, identity

Item = Paper | Skip | Notice
RIS_END = re.compile(r"^ER\s{2}-")
RIS_START = re.compile(r"^TY\s{2}-")


def _text(lines: Iterable[Line], name: str, skips: list[Skip]) -> str:
    out = []
    for n, line in enumerate(lines, 1):
        if line is None:
            skips.append(Skip(name, n, "undecodable bytes"))
            out.append("\n")
        else:
            out.append(line)
    return "".join(out)


def _year(value: Any) -> str | None:
    m = re.search(r"\d{4}(?:[-/]\d{2}(?:[-/]\d{2})?)?", str(value or ""))
    return m.group(0).replace("/", "-") if m else None


def _mapping(title: Any, abstract: Any, authors: Any, date: Any, doi: Any, arxiv: Any, url: Any) -> dict[str, Any]:
    ident, link = identity(arxiv_id(arxiv), doi_of(doi))
    return {"id": ident, "url": link or url, "title": title, "abstract": abstract, "authors": authors,
            "published": _year(date)}


def read_bibtex(lines: Iterable[Line], name: str) -> Iterator[Item]:
    """Every ``@type{key, ...}`` entry; @string/@comment blocks are not papers and are passed over."""
    import bibtexparser
    from bibtexparser.middlewares import LatexDecodingMiddleware

    from kg.sources.readers import paper_from_mapping
    skips: list[Skip] = []
    text = _text(lines, name, skips)
    library = bibtexparser.parse_string(text, append_middleware=[LatexDecodingMiddleware()])
    yield from skips
    for block in library.failed_blocks:
        yield Skip(name, (block.start_line or 0) + 1, "BibTeX entry cannot be parsed (an unclosed brace or quote?)")
    for entry in library.entries:
        fields = {k.lower(): v for k, v in entry.fields_dict.items()}
        get = {k: f.value for k, f in fields.items()}
        eprint = get.get("eprint") if str(get.get("archiveprefix", "arxiv")).lower() == "arxiv" else None
        row = _mapping(get.get("title"), get.get("abstract"), _bib_authors(get.get("author")),
                       get.get("date") or get.get("year"), get.get("doi"), eprint, get.get("url"))
        line = (entry.start_line or 0) + 1
        try:
            yield paper_from_mapping(row, f"{name}:{line}")
        except ValueError as exc:
            yield Skip(name, line, f"BibTeX entry '{entry.key}': {exc}")


def _bib_authors(value: Any) -> list[str] | None:
    if not value:
        return None
    return [" ".join(part.strip() for part in reversed(a.split(",", 1))) if "," in a else a.strip()
            for a in re.split(r"\s+and\s+", str(value)) if a.strip()]


def read_ris(lines: Iterable[Line], name: str) -> Iterator[Item]:
    """RIS records (``TY  -`` ... ``ER  -``), each parsed by rispy and reported at its TY line."""
    import rispy

    from kg.sources.readers import paper_from_mapping
    record: list[str] = []
    start = 0
    for n, line in enumerate(lines, 1):
        if line is None:
            yield Skip(name, n, "undecodable bytes")
            continue
        if RIS_START.match(line):
            if record:
                yield Skip(name, start, "RIS record without its 'ER  -' end line")
            record, start = [], n
        if start:
            record.append(line if line.endswith("\n") else line + "\n")
        if RIS_END.match(line) and start:
            yield from _ris_record(rispy, paper_from_mapping, "".join(record), name, start)
            record, start = [], 0
    if record:
        yield Skip(name, start, "RIS record without its 'ER  -' end line")


def _ris_record(rispy: Any, to_paper: Any, text: str, name: str, line: int) -> Iterator[Item]:
    try:
        entries = rispy.loads(text)
    except Exception as exc:       # rispy raises plain exceptions on malformed tags
        yield Skip(name, line, f"RIS record cannot be parsed: {str(exc).splitlines()[0]}")
        return
    for e in entries:
        urls = e.get("urls") or []
        row = _mapping(e.get("title") or e.get("primary_title"), e.get("abstract") or e.get("notes_abstract"),
                       e.get("authors") or e.get("first_authors"), e.get("date") or e.get("year"), e.get("doi"),
                       next((u for u in urls if arxiv_id(u)), None), urls[0] if urls else None)
        try:
            yield to_paper(row, f"{name}:{line}")
        except ValueError as exc:
            yield Skip(name, line, f"RIS record: {exc}")
