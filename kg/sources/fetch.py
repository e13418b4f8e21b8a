"""Live fetchers: the arXiv API (Atom) and Hugging Face daily papers (JSON), as records kg build reads.

Both go through one :class:`Http` (httpx): a minimum delay between requests (arXiv asks for one
request every 3 seconds), retries with backoff that honour ``Retry-After`` on 429/5xx, and a
local cache keyed by URL so a rerun does not fetch again. A page that is not what the service
documents is a :class:`FetchError` naming the URL, never a silent empty result.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from kg.errors import KGError
from kg.sources.services import arxiv_id, from_hf_daily

ARXIV_API = "https://export.arxiv.org/api/query"
HF_API = "https://huggingface.co/api/daily_papers"
ATOM = {"a": "http://www.w3.org/2005/Atom", "arxiv": "http://arxiv.org/schemas/atom",
        "os": "http://a9.com/-/spec/opensearch/1.1/"}
RETRY_STATUS = {429, 500, 502, 503, 504}
MAX_WAIT = 120.0


class FetchError(KGError):
    """A service could not be read (after retries), or answered with something it does not document."""


def default_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / "fetch"


@dataclass
class Http:
    """GET with a polite delay, retries and a cache; ``sleep`` and ``clock`` are injectable for tests."""

    delay: float = 3.0
    retries: int = 4
    backoff: float = 2.0
    timeout: float = 30.0
    cache: Path | None = None
    requests: int = 0
    sleep: Any = time.sleep
    clock: Any = time.monotonic
    _last: float = field(default=-1e9, repr=False)

    def get(self, url: str) -> str:
        cached = self.cache / (hashlib.sha256(url.encode()).hexdigest() + ".txt") if self.cache else None
        if cached is not None and cached.exists():
            return cached.read_text(encoding="utf-8")
        text = self._fetch(url)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            tmp = cached.with_suffix(".part")
            tmp.write_text(text, encoding="utf-8")
            tmp.replace(cached)
        return text

    def _fetch(self, url: str) -> str:
        import httpx
        problem = ""
        for attempt in range(self.retries + 1):
            self.sleep(max(0.0, self._last + self.delay - self.clock()))
            self._last = self.clock()
            self.requests += 1
            try:
                response = httpx.get(url, timeout=self.timeout, follow_redirects=True,
                                     headers={"User-Agent": "kg (knowledge graphs of the ML-systems literature)"})
            except httpx.HTTPError as exc:
                problem, wait = f"{type(exc).__name__}: {exc}", self.backoff * 2 ** attempt
            else:
                if response.status_code == 200:
                    return response.text
                if response.status_code not in RETRY_STATUS:
                    raise FetchError(f"{url}: HTTP {response.status_code}")
                problem, wait = f"HTTP {response.status_code}", _retry_after(response, self.backoff * 2 ** attempt)
            if attempt < self.retries:
                self.sleep(min(wait, MAX_WAIT))
        raise FetchError(f"{url}: {problem} after {self.retries + 1} attempts")


def _retry_after(response: Any, default: float) -> float:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.strip().isdigit() else default


def arxiv_query(query: str | None, categories: list[str], since: str | None, until: str | None) -> str:
    """The API's search_query: the text, any of the categories, and a submission-date window."""
    parts = [f"({query})"] if query else []
    if categories:
        parts.append("(" + " OR ".join(f"cat:{c}" for c in categories) + ")")
    if since or until:
        lo = (since or "1991").replace("-", "").ljust(8, "0")[:8] + "0000"
        hi = (until or "2999").replace("-", "").ljust(8, "9")[:8] + "2359"
        parts.append(f"submittedDate:[{lo} TO {hi}]")
    if not parts:
        raise FetchError("give --query, --category or --since/--until: the arXiv API needs a search")
    return " AND ".join(parts)


def fetch_arxiv(http: Http, query: str | None = None, categories: list[str] | None = None,
                since: str | None = None, until: str | None = None, limit: int = 100, page: int = 100,
                base: str = ARXIV_API) -> Iterator[dict[str, Any]]:
    """Up to ``limit`` records, newest first, page by page."""
    search = arxiv_query(query, categories or [], since, until)
    start = 0
    while start < limit:
        url = f"{base}?" + urlencode({"search_query": search, "start": start, "max_results": min(page, limit - start),
                                      "sortBy": "submittedDate", "sortOrder": "descending"})
        entries, total = _atom_entries(http.get(url), url)
        yield from entries
        start += len(entries)
        if not entries or start >= total:
            return


def _atom_entries(text: str, url: str) -> tuple[list[dict[str, Any]], int]:
    try:
        root = ET.fromstring(text)
    except ET.ParseError as exc:
        raise FetchError(f"{url}: the arXiv API answered with a page that is not Atom XML ({exc})") from exc
    if root.tag != f"{{{ATOM['a']}}}feed":
        raise FetchError(f"{url}: the arXiv API answered with a '{root.tag}' document, not an Atom feed")
    total = int(root.findtext("os:totalResults", "0", ATOM) or 0)
    out = []
    for entry in root.findall("a:entry", ATOM):
        ident = arxiv_id(entry.findtext("a:id", "", ATOM))
        if ident is None:            # the API reports a bad query as an entry titled 'Error'
            raise FetchError(f"{url}: {entry.findtext('a:summary', 'the API returned an error entry', ATOM).strip()}")
        out.append({"id": f"arXiv:{ident}", "url": f"https://arxiv.org/abs/{ident}",
                    "title": " ".join(entry.findtext("a:title", "", ATOM).split()),
                    "abstract": entry.findtext("a:summary", "", ATOM).strip(),
                    "authors": [a.findtext("a:name", "", ATOM) for a in entry.findall("a:author", ATOM)],
                    "published": entry.findtext("a:published", "", ATOM)[:10] or None,
                    "categories": [c.get("term") for c in entry.findall("a:category", ATOM) if c.get("term")],
                    "doi": entry.findtext("arxiv:doi", None, ATOM)})
    return out, total


def fetch_hf_daily(http: Http, date: str, base: str = HF_API) -> Iterator[dict[str, Any]]:
    """The papers Hugging Face featured on ``date`` (YYYY-MM-DD), in kg's flat record shape."""
    url = f"{base}?" + urlencode({"date": date})
    text = http.get(url)
    try:
        rows = json.loads(text)
    except ValueError as exc:
        raise FetchError(f"{url}: the daily-papers API answered with text that is not JSON ({exc})") from exc
    if not isinstance(rows, list):
        raise FetchError(f"{url}: expected a JSON array of papers, got {type(rows).__name__}")
    for row in rows:
        if isinstance(row, dict):
            yield {k: v for k, v in from_hf_daily(row).items() if v is not None}
