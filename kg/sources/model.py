"""The paper record every reader produces."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from typing import Any


@dataclass
class Paper:
    """One paper: title and abstract are required, the rest is kept when given."""

    id: str
    title: str
    abstract: str
    url: str | None = None
    authors: str | None = None
    published: str | None = None
    categories: str | None = None
    source: str = ""          # "file:line" the record came from
    source_sha256: str | None = None    # of the input file as it was read (None for stdin)
    origin: str = ""          # the kind of source: an input format (arxiv, openalex, bibtex, jsonl, ...)

    def metadata(self) -> dict[str, Any]:
        """Optional fields that are set, for the graph's Paper node (``sources``: the kinds of source
        the paper was read from, which every later source joins)."""
        out: dict[str, Any] = {k: getattr(self, k) for k in ("url", "authors", "published", "categories",
                                                              "source_sha256")}
        out["sources"] = [self.origin] if self.origin else None
        return {k: v for k, v in out.items() if v}


# Whose text a paper keeps when two kinds of source disagree (lower wins): the author's arXiv abstract,
# then the user's own files and Hugging Face (which carries arXiv's), then reference managers' exports,
# then Semantic Scholar and OpenAlex (an abstract rebuilt from a word index loses its punctuation).
SOURCE_RANK = {"arxiv": 0, "jsonl": 1, "csv": 1, "page": 1, "hf": 1, "bibtex": 2, "ris": 2, "s2": 3, "openalex": 3}


def text_rank(sources: list[str] | None) -> int | None:
    """The best rank among ``sources`` (None: nothing known, as in a graph built before kg kept them)."""
    ranks = [SOURCE_RANK.get(s, 1) for s in sources or []]
    return min(ranks) if ranks else None




# Documented limits (README "Guarantees"): arXiv caps abstracts at 1,920 characters; these leave room
# for other sources' longer summaries and stay far below spaCy's nlp.max_length (1,000,000).
MAX_TITLE_CHARS = 2_000
MAX_ABSTRACT_CHARS = 100_000
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def problem(paper: Paper) -> str | None:
    """Why kg cannot process this paper as given, or None: over-long text, text that is not Unicode."""
    for field_name, limit in (("title", MAX_TITLE_CHARS), ("abstract", MAX_ABSTRACT_CHARS)):
        value = getattr(paper, field_name)
        if len(value) > limit:
            return f"{field_name} is {len(value):,} characters; kg reads at most {limit:,}"
    for field_name in ("id", "title", "abstract", "url", "authors", "published", "categories"):
        value = getattr(paper, field_name)
        bad = _SURROGATE.search(value) if value else None
        if bad:
            return f"{field_name} holds an unpaired surrogate (\\u{ord(bad.group()):04x}), which is not Unicode text"
    return None


def without_controls(text: str) -> str:
    """Control characters (NUL, \\x01...) as spaces: no reader of XML or CSV accepts them."""
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


@dataclass(frozen=True)
class Skip:
    """A record that was not read, with where and why (reported, never silent)."""

    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: skipped: {self.reason}"


@dataclass(frozen=True)
class Notice:
    """Something a reader guessed or could not do that the user should hear of (a record was kept)."""

    source: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: {self.message}"


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).lower()
    return re.sub(r"\W+", " ", text).strip()


def paper_id(title: str) -> str:
    """A stable id from the normalised title, for inputs that bring none."""
    digest = hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()
    return "p" + digest[:12]
