#!/usr/bin/env python3
"""`kg build` end to end at two corpus sizes, against the blank tokenizer in the same run.

    python bench/build_scale.py [N] [--workers W] [--profile] [--queries]    # default N=20000, W=2

Makes a corpus of N synthetic abstracts with ../shared/bench/make_corpus.py, builds its first
N/10 and all N papers into fresh embedded databases (`kg build --workers W`, a fresh process
each), and prints abstracts/s end to end, the ratio to spaCy's blank tokenizer on the same
texts, and the peak memory of the build (largest of its processes) at both sizes with their
ratio (issue #12's bars: >= 600 abstracts/s, <= 1 GB, peak(N) <= 1.2x peak(N/10)). With
--profile, a cProfile of the N/10 build (one process) is written beside this script as
build_profile.txt: where the time of a build goes. With --queries, every shipped query's latency
(median of 5, default parameters) on the N-paper graph.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_speed import MAKE, PEAK_CODE, run_tokenizer  # noqa: E402

HERE = Path(__file__).resolve().parent


def run_build(corpus: str, db: str, workers: int) -> tuple[float, float]:
    """(seconds, peak MB of the largest process) of `kg build` in a fresh process."""
    code = ("import resource, sys\nfrom kg.cli.main import main\n"
            "try:\n    main()\nexcept SystemExit as e:\n    code = e.code\n" + PEAK_CODE +
            "print('PEAK', peak / 1024, file=sys.stderr)\nsys.exit(code)\n")
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, "build", corpus, "--db", db, "--workers", str(workers), "-q"],
                          capture_output=True, text=True)
    seconds = time.perf_counter() - t
    if done.returncode != 0:
        sys.exit(f"kg build failed (exit {done.returncode}):\n{done.stderr.strip()[-2000:]}")
    peak = float(next(ln.split()[1] for ln in done.stderr.splitlines() if ln.startswith("PEAK")))
    return seconds, peak


def profile(corpus: str, db: str) -> None:
    from kg.jobs import build
    from kg.stores import open_store
    prof = cProfile.Profile()
    with open_store("ladybug", path=db) as st:
        prof.runcall(build, [corpus], st, workers=1)
    out = HERE / "build_profile.txt"
    with out.open("w", encoding="utf-8") as fh:
        fh.write(f"cProfile of `kg build` of {sum(1 for _ in open(corpus))} synthetic abstracts, one process, "
                 "sorted by cumulative time (python bench/build_scale.py --profile)\n\n")
        pstats.Stats(prof, stream=fh).strip_dirs().sort_stats("cumulative").print_stats(45)
    print(f"profile written to {out}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=20000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--queries", action="store_true", help="time every shipped query on the N-paper graph")
    args = ap.parse_args()
    small_n = max(1, args.n // 10)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, small = os.path.join(tmp, "corpus.jsonl"), os.path.join(tmp, "small.jsonl")
        subprocess.run([sys.executable, str(MAKE), str(args.n), corpus], check=True, capture_output=True)
        with open(corpus, encoding="utf-8") as src, open(small, "w", encoding="utf-8") as dst:
            dst.writelines(line for i, line in zip(range(small_n), src))
        tok = statistics.median(run_tokenizer(corpus))     # the median pass (extract_speed.py explains why)
        s_small, peak_small = run_build(small, os.path.join(tmp, "small.db"), args.workers)
        s_big, peak_big = run_build(corpus, os.path.join(tmp, "big.db"), args.workers)
        if args.profile:
            profile(small, os.path.join(tmp, "profiled.db"))
        latencies = query_latencies(os.path.join(tmp, "big.db")) if args.queries else {}
    rate = args.n / s_big
    print(json.dumps({"n": args.n, "workers": args.workers, "cores": os.cpu_count()}))
    print(f"spaCy blank tokenizer:   {tok:,.0f} abstracts/s")
    print(f"kg build, {small_n:>7} papers: {small_n / s_small:,.0f} abstracts/s, peak {peak_small:,.0f} MB")
    print(f"kg build, {args.n:>7} papers: {rate:,.0f} abstracts/s = 1/{tok / rate:.0f} of the tokenizer "
          f"(bar: >= 600/s), peak {peak_big:,.0f} MB (bar: <= 1024 MB)")
    print(f"peak memory {args.n} vs {small_n} papers: {peak_big / peak_small:.2f}x (bar: <= 1.2x)")
    print(f"extrapolated to 1,000,000 papers at this rate: {1e6 / rate / 3600:.1f} h")
    for name, (seconds, rows) in latencies.items():
        print(f"query {name:<40} median of 5: {seconds * 1000:8.1f} ms ({rows:,} rows)")


def query_latencies(db: str, runs: int = 5) -> dict[str, tuple[float, int]]:
    """Every shipped query with its default parameters on the built graph, opened read-only once as
    `kg query` opens it: (median seconds of ``runs``, rows returned)."""
    from kg.querylib import load_queries
    from kg.stores import open_store
    out = {}
    with open_store("ladybug", path=db, read_only=True, create=False) as st:
        for name, q in load_queries().items():
            times, rows = [], 0
            for _ in range(runs):
                t = time.perf_counter()
                rows = len(st.query(q.text, q.parameters()).rows)
                times.append(time.perf_counter() - t)
            out[name] = (statistics.median(times), rows)
    return out


if __name__ == "__main__":
    main()
