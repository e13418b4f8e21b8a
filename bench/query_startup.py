#!/usr/bin/env python3
"""Start-up of `kg query` on an existing database, against bare Python in the same run.

    python bench/query_startup.py [RUNS]      # default 15

Builds the README's sample corpus (examples/papers.jsonl) into a temporary embedded
database, then times RUNS fresh processes of each: `python -c pass` (the floor no
command can beat), `kg query` on that database, and `kg query` with spaCy imported
first (what every query paid while the graph package imported the extraction stack).
Prints medians, the ratio to bare Python, whether the bar (<= 0.3 s) holds, and which
heavy packages a query process imports.
"""
from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = "MATCH (h:Hardware) RETURN count(h) AS n"
BAR = 0.3


def median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "kg.db")
        built = subprocess.run([sys.executable, "-m", "kg.cli.main", "build", str(ROOT / "examples" / "papers.jsonl"),
                                "--db", db], capture_output=True, text=True)
        if built.returncode != 0:
            sys.exit(f"kg build failed:\n{built.stderr}")
        query = [sys.executable, "-m", "kg.cli.main", "query", QUERY, "--db", db]
        spacy_first = [sys.executable, "-c", "import spacy, runpy, sys; sys.argv = ['kg'] + sys.argv[1:]; "
                       "runpy.run_module('kg.cli.main', run_name='__main__')", *query[3:]]
        bare = median_seconds([sys.executable, "-c", "pass"], runs)
        kg = median_seconds(query, runs)
        script = shutil.which("kg")
        console = median_seconds([script, *query[3:]], runs) if script else None
        old = median_seconds(spacy_first, max(3, runs // 3))
        heavy = subprocess.run([sys.executable, "-c", "import sys, kg.cli.main, kg.stores.ladybug; print(sorted("
                                "{m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'networkx', 'rdflib', "
                                "'pyoxigraph', 'neo4j', 'numpy'}))"], capture_output=True, text=True).stdout.strip()
    print(f"runs per command:        {runs}")
    print(f"python -c pass:          {bare:.3f} s")
    print(f"kg query (existing db):  {kg:.3f} s   = {kg / bare:.1f}x bare Python   (bar: <= {BAR} s: "
          f"{'holds' if kg <= BAR else 'FAILS'})")
    if console is not None:
        print(f"{script} query:  {console:.3f} s   (the console script, through any shims on PATH)")
    print(f"kg query + spaCy import: {old:.3f} s   = {old / kg:.1f}x today's start-up")
    print(f"heavy packages a query imports: {heavy}")


if __name__ == "__main__":
    main()
