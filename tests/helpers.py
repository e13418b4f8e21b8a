"""Paths and small helpers the tests share (fixtures live in conftest.py).

``pythonpath = ["tests"]`` in pyproject.toml makes this importable as ``helpers`` in any import mode.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
DATA = ROOT / "tests" / "data"
# the README's commands that need a Neo4j server: tests/integration/test_neo4j.py runs them against the real one
# (pytest-xdist's --dist loadfile keeps one file on one worker: no other file writes to that server)
NEEDS_NEO4J = re.compile(r"--store neo4j|--to neo4j|--from neo4j")


def readme_commands() -> list[str]:
    """Every `kg` command line in the README's bash blocks, in order."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```bash\n(.*?)```", text, re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip().startswith("kg ")]


def ents(rec: dict) -> set[tuple[str, str]]:
    """(name, type) of a gold-format record's entities."""
    return {(e["name"], e["type"]) for e in rec["entities"]}


def types_of(rec: dict) -> dict[str, str]:
    """name -> type of a gold-format record's entities."""
    return {e["name"]: e["type"] for e in rec["entities"]}


def rels(rec: dict) -> set[tuple[str, ...]]:
    """The relation triples of a gold-format record."""
    return {tuple(r) for r in rec["relations"]}


def names(rec: dict) -> set[str]:
    """The entity names of a gold-format record."""
    return {e["name"] for e in rec["entities"]}


def results_by_value(rec: dict) -> dict[float, dict]:
    """value -> result of a gold-format record (the tests' numbers are distinct within a record)."""
    return {r["value"]: r for r in rec["results"]}


INCREMENTAL = {   # one paper, a changed version of it (same spellings, other facts), another paper
    "a": {"id": "a1", "title": "Alpha: Fast Serving",
          "abstract": "We present Alpha, which runs Llama-2-7B with FlashAttention on an A100 GPU and is 2x faster "
                      "than vLLM."},
    "a2": {"id": "a1", "title": "Alpha: Fast Serving",
           "abstract": "We present Alpha, which serves Llama-2-7B and reaches 3.5x the throughput of vLLM on an "
                       "A100 GPU."},
    "b": {"id": "b1", "title": "Beta: Kernels",
          "abstract": "We present Beta, kernels for LLaMA2-7B on the TPU v4, 1.5x faster than XLA."},
}


def incremental_prints(tmp_path: Path, fresh_store, extractor) -> dict[str, str]:
    """Fingerprints of the same papers built in different orders and runs (``fresh_store()`` gives an
    empty store each call): the store's answer to 'does build order matter'."""
    import json

    from kg.jobs import build
    files = {}
    for name, paper in INCREMENTAL.items():
        files[name] = tmp_path / f"{name}.jsonl"
        files[name].write_text(json.dumps(paper) + "\n", encoding="utf-8")
    plans = {"a,b": [["a"], ["b"]], "b,a": [["b"], ["a"]], "a+b": [["a", "b"]],
             "a,b,a2": [["a"], ["b"], ["a2"]], "a2+b": [["a2", "b"]]}
    prints = {}
    for plan, runs in plans.items():
        with fresh_store() as store:
            for run in runs:
                build([str(files[n]) for n in run], store, extractor=extractor)
            prints[plan] = store.content_sum()["sha256_sum"]
    return prints


def synthetic_field(papers: int):
    """Rows a field of ``papers`` papers would give the pictures: methods running on real catalog
    hardware over five years, a result per paper (deterministic, no extraction needed)."""
    from kg.viz.field import Claim, FieldData, Measured
    from kg.viz.hierarchy import Device
    devices = [Device(f"Hardware:{v}{i}", f"{v}-{i}", v, f"{v} arch {i % 4}", None) for v in ("NVIDIA", "AMD", "Intel")
               for i in range(12)] + [Device("Hardware:gpu", "GPU", specific=False)]
    data = FieldData()
    for p in range(papers):
        pid = f"p{p}"
        data.titles[pid], data.years[pid] = f"Paper {p} on fast inference", 2020 + p % 5
        method = p % (papers // 10 or 1)
        for k in range(3):
            device = devices[(p * 7 + k * 13) % len(devices)]
            data.claims.append(Claim(f"Method:m{method}", f"Method{method}", "COMPARED_WITH" if k == 2 else "RUNS_ON",
                                     device, pid, f"We run Method{method} on {device.name}, " + "x" * 200))
            data.paper_devices.append((pid, device))
        data.results.append(Measured(devices[p % len(devices)], "speedup", 1 + p % 17, "x", None, f"Method{method}",
                                     f"Method:m{method}", pid))
    data.counts = {"Paper": papers, "Method": papers // 10}
    return data


FLASH_ABSTRACT = "We present FlashAttention, an IO-aware attention algorithm that runs 3x faster on A100 GPUs."


def arxiv_and_openalex(folder: Path) -> tuple[Path, Path]:
    """One paper as the arXiv snapshot has it and as OpenAlex rebuilds it from its word index (the
    commas lost): files for the tests of one Paper across sources."""
    arxiv = folder / "snapshot.json"
    arxiv.write_text(json.dumps({"id": "2205.14135", "title": "FlashAttention", "abstract": FLASH_ABSTRACT,
                                 "categories": "cs.LG", "versions": [], "update_date": "2022-06-24"}) + "\n")
    words = FLASH_ABSTRACT.replace(",", "").split()
    openalex = folder / "works.jsonl"
    openalex.write_text(json.dumps({"id": "https://openalex.org/W1", "doi": "https://doi.org/10.48550/arXiv.2205.14135",
                                    "title": "FlashAttention",
                                    "abstract_inverted_index": {w: [i for i, x in enumerate(words) if x == w]
                                                                for w in words}}) + "\n")
    return arxiv, openalex
