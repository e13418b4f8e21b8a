"""The record shapes of the services people export papers from, mapped onto kg's flat fields.

arXiv's metadata snapshot, OpenAlex works, Semantic Scholar papers (Graph API and datasets) and
Hugging Face daily papers each name the same things differently; a shape turns one JSON object
into the flat mapping :func:`kg.sources.readers.paper_from_mapping` reads, with the paper's
identity taken from what the source knows: arXiv id, else DOI, else the normalised title. The
same paper from two services is then one Paper (an arXiv DOI, 10.48550/arXiv.X, is its arXiv id).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from typing import Any

ARXIV_ID = re.compile(r"^(?:arxiv:)?((?:\d{4}\.\d{4,5})|(?:[a-z\-]+(?:\.[A-Z]{2})?/\d{7}))(?:v\d+)?$", re.I)
ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$", re.I)
ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^?#\s]+?)(?:\.pdf)?$", re.I)
DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", re.I)

Mapping = dict[str, Any]


def arxiv_id(value: Any) -> str | None:
    """'2401.12345v2', 'arXiv:2401.12345', 'hep-th/9901001', an arXiv DOI or URL -> the bare id."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = DOI_PREFIX.sub("", value.strip())
    for pattern in (ARXIV_DOI, ARXIV_URL):
        m = pattern.search(text)
        if m:
            text = m.group(1)
    m = ARXIV_ID.match(text)
    return m.group(1) if m else None


def doi_of(value: Any) -> str | None:
    """A DOI without its resolver prefix, lower-cased (DOIs are case-insensitive)."""
    if not isinstance(value, str) or not value.strip():
        return None
    text = DOI_PREFIX.sub("", value.strip()).lower()
    return text if text.startswith("10.") else None


def identity(arxiv: str | None, doi: str | None) -> tuple[str | None, str | None]:
    """(id, url): 'arXiv:2401.12345' when the paper is on arXiv, else 'doi:10...', else (None, None)
    and the reader falls back to the normalised title."""
    arxiv = arxiv or arxiv_id(doi)
    if arxiv:
        return f"arXiv:{arxiv}", f"https://arxiv.org/abs/{arxiv}"
    if doi:
        return f"doi:{doi}", f"https://doi.org/{doi}"
    return None, None


def _names(people: Any, key: str = "name") -> list[str] | None:
    if not isinstance(people, list):
        return None
    return [p[key] if isinstance(p, dict) else str(p) for p in people if (p.get(key) if isinstance(p, dict) else p)]


def _date(value: Any) -> str | None:
    """An ISO date from ISO text or an RFC 2822 date ('Mon, 2 Apr 2007 19:18:42 GMT')."""
    if not isinstance(value, str) or not value.strip():
        return None
    if re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", value):
        return value[:10]
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return None


def from_arxiv(row: Mapping) -> Mapping:
    """The arXiv metadata snapshot: first version's date as published, categories kept."""
    versions = row.get("versions")
    first = versions[0].get("created") if isinstance(versions, list) and versions and isinstance(versions[0], dict) \
        else None
    ident, url = identity(arxiv_id(row.get("id")), doi_of(row.get("doi")))
    categories = row.get("categories")
    return {"id": ident, "url": url, "title": row.get("title"), "abstract": row.get("abstract"),
            "authors": row.get("authors"), "published": _date(first) or _date(row.get("update_date")),
            "categories": categories.split() if isinstance(categories, str) else categories}


def inverted_abstract(index: Any) -> str | None:
    """OpenAlex stores an abstract as {word: [positions]}: the words put back in order."""
    if not isinstance(index, dict) or not index:
        return None
    slots: dict[int, str] = {}
    for word, positions in index.items():
        for pos in positions if isinstance(positions, list) else ():
            if isinstance(pos, int):
                slots[pos] = word
    return " ".join(slots[i] for i in sorted(slots)) or None


def from_openalex(row: Mapping) -> Mapping:
    ids: Mapping = row["ids"] if isinstance(row.get("ids"), dict) else {}
    doi = doi_of(row.get("doi") or ids.get("doi"))
    arxiv = arxiv_id(doi) or next((arxiv_id(loc.get("landing_page_url")) for loc in row.get("locations") or []
                                   if isinstance(loc, dict) and arxiv_id(loc.get("landing_page_url"))), None)
    ident, url = identity(arxiv, doi)
    authors = [a.get("author", {}).get("display_name") for a in row.get("authorships") or [] if isinstance(a, dict)]
    topic: Mapping = row["primary_topic"] if isinstance(row.get("primary_topic"), dict) else {}
    return {"id": ident or row.get("id"), "url": url or row.get("id"), "title": row.get("title") or row.get("display_name"),
            "abstract": inverted_abstract(row.get("abstract_inverted_index")),
            "authors": [a for a in authors if a] or None, "published": _date(row.get("publication_date")),
            "categories": [topic["display_name"]] if topic.get("display_name") else None}


def from_semantic_scholar(row: Mapping) -> Mapping:
    """Graph API objects (paperId, externalIds) and dataset rows (corpusid, externalids) alike."""
    ext = row.get("externalIds") or row.get("externalids") or {}
    ext = {k.lower(): v for k, v in ext.items()} if isinstance(ext, dict) else {}
    ident, url = identity(arxiv_id(ext.get("arxiv")), doi_of(ext.get("doi")))
    s2 = row.get("paperId") or row.get("corpusid") or row.get("corpusId")
    fields = row.get("fieldsOfStudy") or [f.get("category") for f in row.get("s2fieldsofstudy") or []
                                           if isinstance(f, dict)]
    return {"id": ident or (f"s2:{s2}" if s2 else None), "corpusid": row.get("corpusid") or row.get("corpusId"),
            "url": url or row.get("url"), "title": row.get("title"),
            "abstract": row.get("abstract"), "authors": _names(row.get("authors")),
            "published": _date(row.get("publicationDate") or row.get("publicationdate")) or
            (str(row["year"]) if row.get("year") else None),
            "categories": sorted({f for f in fields if f}) or None if isinstance(fields, list) else None}


def from_hf_daily(row: Mapping) -> Mapping:
    """A Hugging Face daily-papers entry: the paper (an arXiv id) with its summary."""
    paper = row["paper"] if isinstance(row.get("paper"), dict) else row
    arxiv = arxiv_id(paper.get("id"))
    ident, _ = identity(arxiv, None)
    return {"id": ident, "url": f"https://huggingface.co/papers/{arxiv}" if arxiv else None,
            "title": paper.get("title") or row.get("title"), "abstract": paper.get("summary"),
            "authors": _names(paper.get("authors")), "published": _date(paper.get("publishedAt") or
                                                                          row.get("publishedAt")), "categories": None}


SHAPES: dict[str, Callable[[Mapping], Mapping]] = {
    "arxiv": from_arxiv, "openalex": from_openalex, "s2": from_semantic_scholar, "hf": from_hf_daily}


def shape_of(row: Mapping) -> str | None:
    """Which service a JSON object comes from, by the keys only it uses (None: a flat record)."""
    if "abstract_inverted_index" in row or str(row.get("id", "")).startswith("https://openalex.org/"):
        return "openalex"
    if isinstance(row.get("paper"), dict) or ("summary" in row and "upvotes" in row):
        return "hf"
    if any(k in row for k in ("paperId", "externalIds", "externalids", "corpusid")):
        return "s2"
    if "versions" in row and "abstract" in row and ("categories" in row or "submitter" in row):
        return "arxiv"
    return None
