#!/usr/bin/env python3
"""Start-up of `kg query` on an existing database, against bare Python in the same run.

    python bench/query_startup.py [RUNS] [PAPERS]   # default 15 runs, the README sample

Builds the README's sample corpus (examples/papers.jsonl), or PAPERS synthetic abstracts
from ../shared/bench/make_corpus.py, into a temporary embedded database, then times RUNS
fresh processes of each: `python -c pass` (the floor no command can beat), the engine
alone (import LadybugDB, open the file read-only, run the query: the floor for any
LadybugDB client), `kg query` on that database, and `kg query` with spaCy imported first
(what every query paid while the graph package imported the extraction stack).

Python here may run with PYTHONDONTWRITEBYTECODE set, which makes every process compile
kg's modules again (~40 ms); an installed package has its bytecode compiled by pip. So
`kg query` is timed both ways: with a bytecode cache (in a temporary PYTHONPYCACHEPREFIX,
as an installed kg runs; the bar is judged on this) and with the environment as it is.
Prints medians, ratios, whether the bar (<= 0.3 s) holds, and which heavy packages a
query process imports.
"""
from __future__ import annotations

import os
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


ENGINE = ("import sys, ladybug; db = ladybug.Database(sys.argv[1], read_only=True, buffer_pool_size=4 << 30); "
          "conn = ladybug.Connection(db); print(conn.execute(sys.argv[2]).get_all()); conn.close(); db.close()")


def median_seconds(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> float:
    times = []
    subprocess.run(cmd, capture_output=True, env=env)        # a first run fills any bytecode cache
    for _ in range(runs):
        t = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, env=env)
        times.append(time.perf_counter() - t)
        if done.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed:\n{done.stderr}")
    return statistics.median(times)


def corpus(tmp: str, papers: int | None) -> str:
    if papers is None:
        return str(ROOT / "examples" / "papers.jsonl")
    out = str(Path(tmp) / "corpus.jsonl")
    subprocess.run([sys.executable, str(ROOT.parent / "shared" / "bench" / "make_corpus.py"), str(papers), out],
                   check=True, capture_output=True)
    return out


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    papers = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "kg.db")
        built = subprocess.run([sys.executable, "-m", "kg.cli.main", "build", corpus(tmp, papers), "--db", db,
                                "--quiet"], capture_output=True, text=True)
        if built.returncode != 0:
            sys.exit(f"kg build failed:\n{built.stderr}")
        cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cached["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        query = [sys.executable, "-m", "kg.cli.main", "query", QUERY, "--db", db]
        spacy_first = [sys.executable, "-c", "import spacy, runpy, sys; sys.argv = ['kg'] + sys.argv[1:]; "
                       "runpy.run_module('kg.cli.main', run_name='__main__')", *query[3:]]
        bare = median_seconds([sys.executable, "-c", "pass"], runs, cached)
        engine = median_seconds([sys.executable, "-c", ENGINE, db, QUERY], runs, cached)
        kg = median_seconds(query, runs, cached)
        uncached = median_seconds(query, runs)
        script = shutil.which("kg")
        console = median_seconds([script, *query[3:]], runs, cached) if script else None
        old = median_seconds(spacy_first, max(3, runs // 3), cached)
        size = Path(db).stat().st_size
        heavy = subprocess.run([sys.executable, "-c", "import sys, kg.cli.main, kg.stores.ladybug; print(sorted("
                                "{m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc', 'networkx', 'rdflib', "
                                "'pyoxigraph', 'neo4j', 'numpy'}))"], capture_output=True, text=True).stdout.strip()
    print(f"runs per command:        {runs}")
    print(f"database:                {papers or 'README sample'} papers, {size / 1e6:.0f} MB")
    print(f"python -c pass:          {bare:.3f} s")
    print(f"LadybugDB alone:         {engine:.3f} s   (import, open read-only, query: the floor for any client)")
    print(f"kg query (existing db):  {kg:.3f} s   = {kg / bare:.1f}x bare Python, {kg / engine:.2f}x LadybugDB "
          f"alone, kg's own share {kg - engine:.3f} s   (bar: <= {BAR} s: {'holds' if kg <= BAR else 'FAILS'})")
    print(f"  without bytecode cache {uncached:.3f} s   (PYTHONDONTWRITEBYTECODE="
          f"{os.environ.get('PYTHONDONTWRITEBYTECODE', 'unset')}: kg's modules compiled again each time)")
    if console is not None:
        print(f"{script} query:  {console:.3f} s   (the console script, through any shims on PATH)")
    print(f"kg query + spaCy import: {old:.3f} s   = {old / kg:.1f}x today's start-up")
    print(f"heavy packages a query imports: {heavy}")


if __name__ == "__main__":
    main()
