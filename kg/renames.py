"""Names kg has never seen: a gold corpus with its proposed (or all its) names renamed to made-up words.

The held-out abstracts name systems that no catalog holds and that kg's rules were not written
for; in the visible corpora most contributions are in kg's catalogs or marked by their shape
(CamelCase, digits), so their scores hide how kg finds a plain new name. Renaming each
contribution that has no alias (an alias such as a spelled-out long form would give the made-up
name away or contradict it) to a made-up word of one shape -- plain ``Vexnix``, camel ``VexNix``,
hyphenated ``Vex-Nix`` -- in the title, the abstract and the gold alike, and scoring with the
same scorer, measures exactly that; renaming every one-word method, model, dataset and framework
name (``scope="all"``) measures it for baselines and benchmarks too. Deterministic: the same corpus,
shape, scope and seed give the same names.
"""
from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from typing import Any

from kg.errors import InputError

SHAPES = ("plain", "camel", "hyphen")
SCOPES = ("contributions", "all")
RENAMED_TYPES = ("method", "model", "dataset", "framework")     # hardware names are catalog knowledge
# syllables of the made-up names: pronounceable, in no English word list as a pair
SYLLABLES = ("zor", "vex", "qui", "lam", "tor", "nix", "bel", "dra", "kem", "sul", "fan", "gor", "pil", "rud",
             "wex", "yad", "jor", "hul")


def made_up_names(shape: str, seed: int = 7) -> Iterator[str]:
    """Made-up names of one shape, never the same twice in one run."""
    if shape not in SHAPES:
        raise InputError(f"unknown name shape {shape!r}; choose from: {', '.join(SHAPES)}")
    rng, seen = random.Random(seed), set()
    while True:
        a, b = rng.sample(SYLLABLES, 2)
        name = {"plain": a.capitalize() + b, "camel": a.capitalize() + b.capitalize(),
                "hyphen": f"{a.capitalize()}-{b.capitalize()}"}[shape]
        if name not in seen:
            seen.add(name)
            yield name
        if len(seen) == len(SYLLABLES) * (len(SYLLABLES) - 1):
            seen.clear()        # every pair used: names repeat across papers, never within one


def renaming(gold: dict[str, Any], names: Iterator[str], scope: str = "contributions") -> dict[str, str]:
    """Old name -> made-up name for the paper's alias-free contributions (three letters or more), or
    with ``scope="all"`` for every alias-free one-word capitalised method, model, dataset and
    framework name too (baselines, benchmarks, libraries). A released variant of another renamed
    name (PP-DocLayout-L of PP-DocLayout) is not renamed on its own: it follows its base, as it
    would in a real paper."""
    if scope not in SCOPES:
        raise InputError(f"unknown renaming scope {scope!r}; choose from: {', '.join(SCOPES)}")
    entities = {e["name"]: e for e in gold.get("entities", [])}
    picked = [n for n in gold.get("proposes", []) if n in entities]
    if scope == "all":
        picked += [n for n, e in entities.items() if e.get("type") in RENAMED_TYPES and " " not in n
                   and any(c.isupper() for c in n) and n not in picked]
    picked = [n for n in picked if not entities[n].get("aliases") and len(n) > 2]
    return {name: next(names) for name in picked
            if not any(name.startswith(base + "-") for base in picked if base != name)}


def substitute(mapping: dict[str, str]) -> Callable[[str], str]:
    """A function replacing each old name as a whole word (longer names first)."""
    if not mapping:
        return lambda s: s
    alternatives = "|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?!\w)")
    return lambda s: pattern.sub(lambda m: mapping[m.group(0)], s)


def _walk(value: Any, sub: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return sub(value)
    if isinstance(value, list):
        return [_walk(v, sub) for v in value]
    if isinstance(value, dict):
        return {k: _walk(v, sub) for k, v in value.items()}
    return value


def rename(papers: list[dict[str, Any]], gold_rows: list[dict[str, Any]], shape: str, key: Callable[[str], str],
           seed: int = 7, scope: str = "contributions") -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The corpus with its contributions (or all its names, :func:`renaming`) renamed: papers (id, title,
    abstract) and gold rows, each paper paired with its gold row by ``key`` of the title (the scorer's
    own title key)."""
    names = made_up_names(shape, seed)
    by_title = {key(g["title"]): g for g in gold_rows}
    out_papers, out_gold = [], []
    for paper in papers:
        gold = by_title.get(key(paper["title"]))
        sub = substitute(renaming(gold, names, scope)) if gold is not None else (lambda s: s)
        out_papers.append({**paper, "title": sub(paper["title"]), "abstract": sub(paper["abstract"])})
        if gold is not None:
            out_gold.append(_walk(gold, sub))
    return out_papers, out_gold
