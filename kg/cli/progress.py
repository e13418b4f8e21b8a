"""Progress of long runs on stderr: a tqdm bar with rate and ETA on a terminal, a plain line every
few seconds when stderr is a file or pipe (logs stay readable), nothing with ``--quiet``.

The library only calls ``progress(papers_done)``; everything about showing it lives here.
"""
from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

PLAIN_EVERY = 10.0          # seconds between plain progress lines


# what starts a record in the reference formats (a line count would be many per paper)
RECORD_START = {".bib": re.compile(rb"^@(?!string|comment|preamble)\w+\s*[{(]", re.I | re.M),
                ".bibtex": re.compile(rb"^@(?!string|comment|preamble)\w+\s*[{(]", re.I | re.M),
                ".ris": re.compile(rb"^TY  -", re.M)}


def estimate_papers(inputs: list[str]) -> int | None:
    """Roughly how many papers the inputs hold (for the ETA): lines of JSONL/CSV, half the lines of a
    page file, entries of BibTeX/RIS; None when an input is stdin, compressed or one JSON array
    (then the bar shows a count and a rate)."""
    total = 0
    for name in inputs:
        path = Path(name)
        if name == "-" or not path.is_file() or path.suffix in (".gz", ".bz2"):
            return None
        data = path.read_bytes() if path.suffix in RECORD_START else None
        if data is not None:
            total += len(RECORD_START[path.suffix].findall(data))
            continue
        with path.open("rb") as fh:
            if fh.read(64).lstrip().startswith(b"["):
                return None
            fh.seek(0)
            lines = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
        total += lines // 2 if path.suffix in (".txt", ".page") else max(lines - (path.suffix == ".csv"), 0)
    return total or None


class Progress:
    """A ``progress(n)`` callback; ``close()`` ends the bar before the summary is printed."""

    def __init__(self, label: str, total: int | None, quiet: bool = False) -> None:
        self.label, self.total, self.quiet = label, total, quiet
        self.start = self.last = time.monotonic()
        self.bar: Any = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm
            self.bar = tqdm(total=total, unit="paper", desc=label, file=sys.stderr, dynamic_ncols=True,
                            smoothing=0.1)
        self.done = 0

    def __call__(self, n: int) -> None:
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.update(n - self.done)
        elif time.monotonic() - self.last >= PLAIN_EVERY:
            self.last = time.monotonic()
            rate = n / max(self.last - self.start, 1e-9)
            of = f" of ~{self.total}" if self.total else ""
            click.echo(f"{self.label}: {n}{of} papers, {rate:.0f}/s", err=True)
        self.done = n

    def note(self, text: str) -> None:
        """One line about a phase of the run that counts no papers (a bulk load at the end)."""
        if self.quiet:
            return
        if self.bar is not None:
            self.bar.write(text, file=sys.stderr)
        else:
            click.echo(text, err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def progress_for(label: str, inputs: list[str], quiet: bool, selective: bool = False) -> Progress:
    """``selective``: --category/--since/--until leave papers out, so no total is known."""
    return Progress(label, None if quiet or selective else estimate_papers(inputs), quiet)


ProgressCallback = Callable[[int], None]
