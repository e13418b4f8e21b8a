"""Which papers of an input to read: arXiv-style categories and a publication-date window.

Applied while streaming (a 200,000-record snapshot is never held), and counted: a paper left
out by the selection is reported in the run's summary, never silently gone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.errors import InputError
from kg.sources.model import Paper

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Selection:
    categories: tuple[str, ...] = ()
    since: str | None = None        # ISO date (or year, year-month), inclusive
    until: str | None = None

    @classmethod
    def of(cls, categories: str | None = None, since: str | None = None, until: str | None = None) -> "Selection":
        """From the CLI's text: 'cs.DC,cs.LG', '2024-01-01', '2024'; a malformed date is an InputError."""
        for flag, value in (("--since", since), ("--until", until)):
            if value is not None and not DATE.match(value):
                raise InputError(f"{flag} {value!r}: give a date as YYYY, YYYY-MM or YYYY-MM-DD")
        cats = tuple(c.strip() for c in (categories or "").split(",") if c.strip())
        return cls(cats, since, until)

    @property
    def active(self) -> bool:
        return bool(self.categories or self.since or self.until)

    def accepts(self, paper: Paper) -> bool:
        if self.categories:
            have = set(re.split(r"[;,\s]+", paper.categories or ""))
            # 'cs' selects cs.DC and cs.LG; 'cs.LG' selects only itself
            if not any(c in have or any(h.startswith(c + ".") for h in have) for c in self.categories):
                return False
        if self.since or self.until:
            date = paper.published or ""
            if not date:
                return False
            if self.since and date[:len(self.since)] < self.since:
                return False
            if self.until and date[:len(self.until)] > self.until:
                return False
        return True
