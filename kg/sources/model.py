"""The paper record every reader produces."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
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

    def metadata(self) -> dict[str, Any]:
        """Optional fields that are set, for the graph's Paper node."""
        out = {k: getattr(self, k) for k in ("url", "authors", "published", "categories", "source_sha256")}
        return {k: v for k, v in out.items() if v}


def file_sha256(path: str | Path) -> str:
    """The sha256 of a file, read in blocks."""
    h = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class Skip:
    """A record that was not read, with where and why (reported, never silent)."""

    source: str
    line: int
    reason: str

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: skipped: {self.reason}"


def normalise_title(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).lower()
    return re.sub(r"\W+", " ", text).strip()


def paper_id(title: str) -> str:
    """A stable id from the normalised title, for inputs that bring none."""
    digest = hashlib.sha1(normalise_title(title).encode("utf-8")).hexdigest()
    return "p" + digest[:12]
