#!/usr/bin/env python3
"""Export speed and peak memory per format on the synthetic corpus graph.

    python bench/export_formats.py [N_PAPERS]      # default 20000 (extraction takes a while)

Builds the graph of N synthetic abstracts (../shared/bench/make_corpus.py) once and
pickles it; then each format runs in its own process, so its peak memory is its own:
kg's exporters (pyoxigraph streaming for RDF, lxml for GraphML) and, in the same run,
rdflib building an in-memory graph and serialising it (the baseline). Prints triples/s
(or edges/s) and the extra peak memory over the loaded graph.
"""
from __future__ import annotations

import json
import pickle
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAKE = ROOT.parent / "shared" / "bench" / "make_corpus.py"

CHILD = r"""
import json, pickle, resource, sys, time
from pathlib import Path
graph = pickle.load(open(sys.argv[1], "rb"))
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
fmt, out = sys.argv[2], Path(sys.argv[3])
t = time.perf_counter()
if fmt.startswith("rdflib-"):
    import rdflib
    from kg.exporters.rdf import triples
    g = rdflib.Graph()
    def term(x):
        return rdflib.Literal(x.value, datatype=rdflib.URIRef(x.datatype.value)) if hasattr(x, "datatype") else rdflib.URIRef(x.value)
    for tr in triples(graph):
        g.add((term(tr.subject), term(tr.predicate), term(tr.object)))
    built = time.perf_counter() - t
    g.serialize(out, format={"rdflib-turtle": "turtle", "rdflib-jsonld": "json-ld", "rdflib-ntriples": "nt"}[fmt])
    n = len(g)
else:
    from kg.exporters import get_exporter
    get_exporter(fmt).write(graph, out)
    built = 0.0
    n = None
dt = time.perf_counter() - t
print(json.dumps({"seconds": dt, "build_seconds": built, "peak_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) / 1024, "triples": n}))
"""


def build_graph(n: int, path: Path) -> tuple[int, int, int]:
    from kg.exporters.rdf import triples
    from kg.extraction import Extractor
    from kg.graph import GraphBuilder
    from kg.sources import Paper, read_papers
    corpus = path.with_suffix(".jsonl")
    subprocess.run([sys.executable, str(MAKE), str(n), str(corpus)], check=True)
    builder = GraphBuilder()
    for rec in Extractor().records(p for p in read_papers(str(corpus)) if isinstance(p, Paper)):
        builder.add_record(rec)
    graph = builder.graph
    with path.open("wb") as fh:
        pickle.dump(graph, fh)
    return graph.number_of_nodes(), graph.number_of_edges(), sum(1 for _ in triples(graph))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
    runs = ["ntriples", "nquads", "turtle", "jsonld", "rdfxml", "trig", "graphml", "gexf", "json",
            "rdflib-ntriples", "rdflib-turtle", "rdflib-jsonld"]
    with tempfile.TemporaryDirectory() as tmp:
        pkl = Path(tmp) / "graph.pkl"
        nodes, edges, n_triples = build_graph(n, pkl)
        print(f"graph of {n:,} synthetic papers: {nodes:,} nodes, {edges:,} edges, {n_triples:,} triples")
        print(f"{'format':<18} {'seconds':>8} {'triples/s':>12} {'edges/s':>10} {'extra peak MB':>14}")
        for fmt in runs:
            out = Path(tmp) / f"out.{fmt}"
            if fmt in ("csv", "neo4j-admin"):
                continue
            res = subprocess.run([sys.executable, "-c", CHILD, str(pkl), fmt, str(out)],
                                 capture_output=True, text=True, check=True)
            r = json.loads(res.stdout.strip().splitlines()[-1])
            rate = "-" if fmt in ("graphml", "gexf", "json") else f"{n_triples / r['seconds']:,.0f}"
            print(f"{fmt:<18} {r['seconds']:>8.1f} {rate:>12} {edges / r['seconds']:>10,.0f} {r['peak_mb']:>14,.0f}")
            out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
