#!/usr/bin/env python3
"""Neo4j write throughput: kg's batched writer against a naive one-row-per-transaction writer.

    eval "$(tools/neo4j/server start)"
    python bench/neo4j_write.py [N_PAPERS]      # default 2000 synthetic abstracts

Extracts a synthetic corpus (../shared/bench/make_corpus.py), builds the graph once,
then loads it into the same Neo4j server twice in one run - with kg's UNWIND batches
in managed transactions, and with one MERGE per row per transaction - and prints the
relationships/s of both and their ratio. Issue #3's bar: batched >= 20x naive.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kg.extraction import Extractor
from kg.graph import GraphBuilder
from kg.sources import Paper, read_papers
from kg.stores import cypher, open_store
from kg.stores.base import edge_rows, node_rows

ROOT = Path(__file__).resolve().parent.parent
MAKE = ROOT.parent / "shared" / "bench" / "make_corpus.py"


def corpus_graph(n: int):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.jsonl"
        subprocess.run([sys.executable, str(MAKE), str(n), str(path)], check=True)
        papers = [p for p in read_papers(str(path)) if isinstance(p, Paper)]
    builder = GraphBuilder()
    for rec in Extractor().records(papers):
        builder.add_record(rec)
    return builder.graph


def naive_load(store, graph, max_rels: int) -> tuple[int, float]:
    """One statement and one transaction per row (nodes first, then up to max_rels relationships)."""
    driver, db = store.driver, store.settings.database
    for label, rows in node_rows(graph).items():
        for row in rows:
            props = [k for k, v in row.items() if v is not None]
            driver.execute_query(cypher.merge_nodes(label, props, "neo4j"), {"rows": [row]}, database_=db)
    done, start = 0, time.perf_counter()
    for (rel, head, tail), rows in edge_rows(graph).items():
        for row in rows:
            if done >= max_rels:
                return done, time.perf_counter() - start
            props = [k for k, v in row.items() if v is not None]
            driver.execute_query(cypher.merge_rels(rel, head, tail, props), {"rows": [row]}, database_=db)
            done += 1
    return done, time.perf_counter() - start


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    graph = corpus_graph(n)
    rels = graph.number_of_edges()
    with open_store("neo4j") as store:
        times = []
        for _ in range(2):      # the first load also pays JIT warm-up and query planning on a new server
            store.query("MATCH (n) DETACH DELETE n")
            start = time.perf_counter()
            store.write(graph)
            times.append(time.perf_counter() - start)
        store.query("MATCH (n) DETACH DELETE n")
        naive_rels, naive = naive_load(store, graph, max_rels=min(rels, 5000))
        store.query("MATCH (n) DETACH DELETE n")
    cold, warm = rels / times[0], rels / times[1]
    n_rate = naive_rels / naive
    print(f"graph: {graph.number_of_nodes():,} nodes, {rels:,} relationships from {n:,} synthetic papers")
    print(f"batched writer (UNWIND, up to {store.batch_size:,} rows per transaction), nodes included:")
    print(f"  first load in this run: {cold:,.0f} relationships/s ({times[0]:.1f} s)")
    print(f"  second load (warm JVM, cached plans): {warm:,.0f} relationships/s ({times[1]:.1f} s)")
    print(f"naive writer (one row per transaction): {n_rate:,.0f} relationships/s ({naive_rels:,} timed)")
    print(f"ratio batched/naive: {warm / n_rate:.1f}x warm, {cold / n_rate:.1f}x first load   (bar: >= 20x)")


if __name__ == "__main__":
    main()
