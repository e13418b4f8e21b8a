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


@pytest.mark.parametrize("where,words", [(w, ws) for w, ws in LISTS if all(re.match(r"\w", x) for x in ws)],
                         ids=[w for w, ws in LISTS if all(re.match(r"\w", x) for x in ws)])
def test_letter_first_branches_match_the_word_boundary_form(where, words):
    """``word_start_branches``: one branch per first letter, looking behind it for the word boundary, matches
    what ``\\b(?:words)rest`` matches, also joined after other cues and from a start inside the text."""
    from kg.extraction.catalog import word_start_branches
    rng = random.Random(where)
    text = _text(words, rng)
    for rest in ("", r"\s+[a-z]+", r"s?\b"):
        fast = re.compile("|".join(word_start_branches(words, rest)))
        plain = re.compile(rf"\b(?:{alternation(words)}){rest}")
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (where, rest)
        for start in (1, 7, len(text) // 2):
            assert [m.span() for m in fast.finditer(text, start)] == [m.span() for m in plain.finditer(text, start)]
        joined = re.compile("|".join([r"\bby\s+\w+", *word_start_branches(words, rest)]))
        plain_joined = re.compile(rf"\bby\s+\w+|\b(?:{alternation(words)}){rest}")
        assert [m.span() for m in joined.finditer(text)] == [m.span() for m in plain_joined.finditer(text)]


def test_letter_first_branches_keep_the_plain_form_for_words_opening_without_a_letter():
    from kg.extraction.catalog import word_start_branches
    assert word_start_branches(["(a)", "we"], r"\s") == [rf"\b(?:{alternation(['(a)', 'we'])})\s"]
    assert word_start_branches([]) == []


def test_the_contribution_cue_scans_match_the_cues_plain_patterns():
    """The letter-first scans of the contribution cues find what the cues' plain patterns find, joined in
    order: on proposing sentences, cue words inside other words and cues at the text's start."""
    from kg.extraction.contribution_cues import ContributionLexicon
    lex = ContributionLexicon()
    forms = lex.cue_forms
    joined = re.compile("|".join(f"(?:{p})" for p in forms.values()))
    text = ("We propose Vexnix, a system. In this paper we present the design and implementation of Zorb. "
            "Our framework, called Quidra, runs fast; our novel scheduler Pelham and then introduce Yadhul. "
            "The Lamhul engine is proposed here. We address this gap by introducing Sulbel. xwe propose nothing. "
            "known as Hulqui; referred to as Kemtor, a.k.a. Torbel; this work introduces Fanwex. weWe propose Xo "
            "the study designed and built Kembel; This research develops Pilfan, termed Yadsul.")
    for start in (0, 1, 40):
        assert [m.span() for m in lex.any_propose.finditer(text, start)] == \
            [m.span() for m in joined.finditer(text, start)]
        assert [m.span() for m in lex.propose.finditer(text, start)] == \
            [m.span() for m in re.compile(forms["propose"]).finditer(text, start)]
    assert len(list(lex.any_propose.finditer(text))) >= 10


def _shape_rows() -> list[dict]:
    lines = asset_path("shapes.jsonl").read_text(encoding="utf-8").splitlines()
    return [row for row in (json.loads(ln) for ln in lines if ln.startswith("{")) if "readable" in row]


def _product_text(literals: list[str], rng: random.Random) -> str:
    """The shape's literals with model numbers, versions and suffixes, glued to words and to each other."""
    parts = []
    for _ in range(400):
        w = rng.choice(literals).strip()
        number = rng.choice(["7", "70", "405", "2.5", "3", "4090", "1080 Ti", "3060", "A100", "H100", "910B", "V3",
                             "R1", "K2", "Sonnet", "Ultra 2"])
        form = rng.choice([f"{w}-{number}", f"{w} {number}", f"{w}{number}", f"x{w}-{number}", f"{w} Large 2",
                           f"{w}-3-mini", f"{w} 3.5 Sonnet", f"_{w} {number}", f"{w}", f"{w} GeForce {number}"])
        parts.append(form + rng.choice([" ", ", ", "-", ".", "", " and "]))
    return "".join(parts)


SHAPES = _shape_rows()


def test_the_shipped_shapes_have_readable_forms_to_check():
    assert len(SHAPES) >= 4


@pytest.mark.parametrize("row", SHAPES, ids=[r["id"] for r in SHAPES])
def test_a_letter_first_shape_matches_its_readable_form(row):
    """pipelines/shapes.jsonl writes some patterns letter-first for speed; 'readable' is the plain form."""
    rng = random.Random(row["id"])
    text = _product_text(row.get("requires") or ["NVIDIA"], rng)
    fast, readable = re.compile(row["pattern"]), re.compile(row["readable"])
    found = [(m.span(), m.group("name")) for m in fast.finditer(text)]
    assert found == [(m.span(), m.group("name")) for m in readable.finditer(text)]
    assert found, row["id"]
