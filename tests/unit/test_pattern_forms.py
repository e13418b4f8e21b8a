"""Patterns written for speed match exactly what their plain forms match.

kg's cue lists become regex alternations; :func:`alternation` writes them as a prefix
tree ('data(?:sets|)') because Python's engine tries every branch of a plain one at every
character. These tests hold the tree to the plain alternation on every word list kg ships,
with and without re.I, on text made of those words (prefixes, plurals, case and spacing
variants), so a pattern can never match differently for being faster.
"""
from __future__ import annotations

import json
import random
import re

import pytest

from kg.extraction.catalog import alternation, asset_path


def _plain(words: list[str], space: str = r"\s+") -> str:
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _word_lists() -> list[tuple[str, list[str]]]:
    out = []
    for name in ("type_cues.json", "relation_cues.json", "contributions.json", "units.json", "metrics.json",
                 "stop_names.json"):
        data = json.loads(asset_path(name).read_text(encoding="utf-8"))
        stack = [(name, data)]
        while stack:
            where, value = stack.pop()
            if isinstance(value, dict):
                stack += [(f"{where}:{k}", v) for k, v in value.items() if not k.startswith("_")]
                if value and all(isinstance(k, str) for k in value) and len(value) > 3:
                    out.append((f"{where}:keys", [k for k in value if not k.startswith("_")]))
            elif isinstance(value, list) and len(value) > 3 and all(isinstance(w, str) for w in value):
                out.append((where, value))
    return out


def _text(words: list[str], rng: random.Random) -> str:
    """Words, their prefixes and extensions, in any case, with single and double spaces between."""
    parts = []
    for _ in range(300):
        w = rng.choice(words)
        form = rng.choice([w, w.upper(), w.lower(), w.title(), w[: max(1, len(w) - 2)], w + "s", w + "ing",
                           w.replace(" ", "  "), w + " " + rng.choice(words)])
        parts.append(form + rng.choice([" ", ", ", "-", "  ", ".", ""]))
    return "".join(parts)


LISTS = _word_lists()


def test_the_shipped_data_has_word_lists_to_check():
    assert len(LISTS) >= 20


@pytest.mark.parametrize("where,words", LISTS, ids=[w for w, _ in LISTS])
def test_tree_alternation_matches_the_plain_one(where, words):
    rng = random.Random(where)
    text = _text(words, rng)
    for space in (r"\s+", r"\ "):
        tree, plain = alternation(words, space), _plain(words, space)
        for flags in (0, re.I):
            for wrap in ("(?:{})", r"\b(?:{})s?\b", r"(?:{})(?=\W)"):
                a = re.compile(wrap.format(tree), flags)
                b = re.compile(wrap.format(plain), flags)
                assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (where, wrap, flags)


def test_tree_alternation_prefers_the_longer_word_and_keeps_case_variants_apart():
    assert re.match(f"(?:{alternation(['data', 'datasets'])})", "datasets").group() == "datasets"
    assert re.match(f"(?:{alternation(['a', 'a b c', 'a b'])})", "a  b c").group() == "a  b c"
    # two spellings of one branch under re.I: the plain form keeps their length order
    assert re.match(f"(?:{alternation(['Data', 'datasets'])})", "datasets", re.I).group() == "datasets"
    assert alternation([]) == "(?!)" and re.search(alternation([]), "anything") is None


SENTENCES = ["We present Foo. It runs on A100 GPUs! Is it fast? Yes (mostly). e.g. Bar. See Fig. 3 and Sec. 4.",
             'a.\n\nB', 'a.\n\nb', 'x!. B', 'a. (B', 'a.") B', '\n\nA. B', '.\n\n', 'a.\nb\n\nC', 'No. 5 is 3.5x faster. Then',
             "Quidra and Pelham are state-of-the-art systems. Foo and Bar are slow. x. Lamhul and Yadhul have none"]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentence_boundaries_match_the_readable_pattern(text):
    from kg.extraction.sentences import BOUNDARY
    readable = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[A-Z0-9(\"'\[])|\n+")
    fast = [(m.start("gap") if m.group("gap") is not None else m.start(), m.end()) for m in BOUNDARY.finditer(text)]
    assert fast == [m.span() for m in readable.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_opening_pairs_match_the_readable_pattern(text):
    from kg.extraction.cued import _PAIR, opening_pairs
    readable = re.compile(rf"(?:^|[.!?]\s+){_PAIR}")
    for start in (0, 1):
        fast = [m.span(1) + m.span(2) for m in opening_pairs(text, start)]
        assert fast == [m.span(1) + m.span(2) for m in readable.finditer(text, start)]


@pytest.mark.parametrize("text", SENTENCES + ["We show", "THIS PAPER shows", "ours", "Our work", "the present study",
                                              "bus", "plus us", "In this work, we", "The proposed", "the papers", "two"])
def test_the_first_person_pattern_matches_its_readable_form(text):
    from kg.extraction.pairs import WE
    readable = re.compile(r"\b(?:we|our|us|(?:this|the present) (?:paper|work|study|article)|the paper|the proposed)\b", re.I)
    assert [m.span() for m in WE.finditer(text)] == [m.span() for m in readable.finditer(text)]
