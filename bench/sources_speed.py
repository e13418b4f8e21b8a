#!/usr/bin/env python3
"""Streaming an arXiv-snapshot-shaped file through a category selection, against bare json.loads.

    python bench/sources_speed.py [N]        # default N = 200,000 records, gzipped like the real snapshot

Writes N records in the arXiv metadata snapshot's shape (id, title, abstract with newlines and
LaTeX, authors, categories, versions, update_date; ~1 in 8 in cs.DC or cs.LG), then reads them
the way `kg build --category cs.DC,cs.LG` does (kg.sources.read_papers + Selection) and, in the
same run, with nothing but gzip + json.loads per line. Prints records/s for both, their ratio,
how many papers the selection kept, and the peak memory of the reading process.
"""
from __future__ import annotations

import gzip
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

CATEGORIES = ["cs.DC", "cs.LG", "cs.CL", "cs.CV", "hep-th", "math.AG", "astro-ph.GA", "q-bio.NC",
              "cs.AR", "stat.ML", "cond-mat.str-el", "physics.comp-ph", "cs.PF", "eess.SP", "quant-ph", "cs.NE"]


def write_snapshot(path: Path, n: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(n):
            cat = CATEGORIES[(i * 7) % len(CATEGORIES)]
            out.write(json.dumps({
                "id": f"{20 + i % 6:02d}{(i % 12) + 1:02d}.{i:05d}"[:10], "submitter": "A. Author",
                "authors": "A. Author, B. Autor and C. R\\'e", "title": f"A Study {i} of Fast\n  Attention",
                "comments": "12 pages", "journal-ref": None, "doi": None, "report-no": None,
                "categories": f"{cat} cs.AI", "license": None,
                "abstract": f"  We present method {i}, which runs $3.2\\times$ faster on A100 GPUs\nthan the "
                            "baseline on long sequences. " * 4,
                "versions": [{"version": "v1", "created": "Mon, 2 Apr 2007 19:18:42 GMT"}],
                "update_date": "2008-11-13", "authors_parsed": [["Author", "A.", ""]]}) + "\n")


def main() -> None:
    from kg.sources import Paper, read_papers
    from kg.sources.filters import Selection
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "arxiv-metadata-oai-snapshot.json.gz"
        write_snapshot(path, n)
        start = time.perf_counter()
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            bare = sum(1 for line in fh if json.loads(line))
        bare_rate = bare / (time.perf_counter() - start)
        select = Selection.of("cs.DC,cs.LG")
        start = time.perf_counter()
        read = kept = 0
        for item in read_papers(str(path)):
            if isinstance(item, Paper):
                read += 1
                kept += select.accepts(item)
        rate = read / (time.perf_counter() - start)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"records: {n:,} (gzipped arXiv snapshot shape)")
    print(f"gzip + json.loads:          {bare_rate:,.0f} records/s")
    print(f"kg read + --category:       {rate:,.0f} records/s = 1/{bare_rate / rate:.1f} of bare parsing; "
          f"{kept:,} of {read:,} selected")
    print(f"peak memory of this process: {peak:,.0f} MB")


if __name__ == "__main__":
    main()
