import json

import pytest
from helpers import EXAMPLES

from kg.errors import InputError
from kg.sources import Notice, Paper, Skip, detect_format, paper_id, read_papers


def papers(items):
    return [i for i in items if isinstance(i, Paper)]


def test_page_reader_strips_chrome_and_names_papers_by_content():
    items = list(read_papers(str(EXAMPLES / "papers.txt")))
    ps = papers(items)
    assert len(ps) == 6 and not [i for i in items if isinstance(i, Skip)]
    assert ps[0].title.startswith("TurboServe:") and ps[0].id == paper_id(ps[0].title)
    assert len({p.id for p in ps}) == 6 and ps[0].source.endswith("papers.txt:3")


def test_iris_survive_reordering_the_input(tmp_path):
    """Prepend papers and shuffle the rest: every paper and result keeps its IRI (they were positions)."""
    from kg.exporters.rdf import node_iri, triples
    from kg.graph import GraphBuilder

    def iris(page):
        """title -> the IRIs of its Paper node and of its results."""
        b = GraphBuilder()
        for p in papers(read_papers(str(page))):
            b.add_record({"id": p.id, "title": p.title, "proposes": [], "entities": [], "relations": [],
                          "results": [{"subject": "@paper", "metric": "speedup", "value": len(p.title) % 7 + 1,
                                       "unit": "x", "qualifier": None, "text": "x"}]})
        subjects = {t.subject.value for t in triples(b.graph)}
        out = {}
        for key, d in b.graph.nodes(data=True):
            if d["label"] == "Paper":
                mine = {node_iri(r) for r in b.graph.successors(key) if r.startswith("Result:")}
                out[d["title"]] = (node_iri(key), frozenset(mine))
                assert node_iri(key) in subjects and mine <= subjects
        return out

    lines = (EXAMPLES / "papers.txt").read_text(encoding="utf-8").splitlines()
    head, pairs = lines[:2], [lines[i:i + 2] for i in range(2, len(lines) - 1, 2) if lines[i].strip()]
    extra = [["NewOne: A Prepended Paper", "It runs on H100."], ["NewTwo: Another One", "It runs on A100."]]
    shuffled = tmp_path / "shuffled.txt"
    shuffled.write_text("\n".join(head + [x for pair in extra + pairs[::-1] for x in pair]) + "\n", encoding="utf-8")
    before, after = iris(EXAMPLES / "papers.txt"), iris(shuffled)
    assert len(before) == 6 and all(before[title] == after[title] for title in before)


def test_jsonl_keeps_optional_fields_and_skips_bad_records(tmp_path):
    f = tmp_path / "in.jsonl"
    good = {"id": "a1", "title": "T1", "abstract": "A1", "update_date": "2024-01-02", "categories": ["cs.LG"], "x": 1}
    lines = [json.dumps(good), json.dumps({"title": "No abstract"}), "{not json", json.dumps([1, 2]),
             json.dumps({"title": "T2", "abstract": {"bad": "type"}}), json.dumps({"title": "T3", "abstract": "A3"})]
    f.write_bytes(("\n".join(lines) + "\n").encode() + b'{"title": "\xff\xfe", "abstract": "x"}\n')
    items = list(read_papers(str(f)))
    ps, skips = papers(items), [i for i in items if isinstance(i, Skip)]
    assert [p.title for p in ps] == ["T1", "T3", "\xff\xfe"]      # the last line is not UTF-8: read as Latin-1
    assert ps[0].published == "2024-01-02" and ps[0].categories == "cs.LG"
    assert ps[1].id == paper_id("T3")
    assert [s.line for s in skips] == [2, 3, 4, 5]
    assert "missing abstract" in skips[0].reason
    assert [(n.line, n.message) for n in items if isinstance(n, Notice)] == [(7, "not UTF-8; read as Latin-1")]


def test_csv_reader(tmp_path):
    items = list(read_papers(str(EXAMPLES / "papers.csv")))
    assert len(papers(items)) == 6
    bad = tmp_path / "bad.csv"
    bad.write_text("name,text\nx,y\n")
    with pytest.raises(InputError, match="lacks column"):
        list(read_papers(str(bad)))


def test_empty_missing_and_unknown_format(tmp_path):
    empty = tmp_path / "e.jsonl"
    empty.write_text("  \n")
    with pytest.raises(InputError, match="empty"):
        list(read_papers(str(empty)))
    with pytest.raises(InputError, match="no such file"):
        list(read_papers(str(tmp_path / "nope.txt")))
    with pytest.raises(InputError, match="choose from"):
        list(read_papers(str(EXAMPLES / "papers.jsonl"), "xml"))


def test_format_detection_and_stable_ids():
    assert detect_format("x.jsonl", "") == "jsonl"
    assert detect_format("-", '{"title": 1}') == "jsonl"
    assert detect_format("-", "id,title,abstract\n") == "csv"
    assert detect_format("-", "Get trending papers\n") == "page"
    assert paper_id("Punica: Multi-Tenant  LoRA Serving") == paper_id("punica multi tenant lora serving")
