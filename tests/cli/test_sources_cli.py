"""`kg build` straight from each source format; one Paper for one paper across sources; selection."""
from __future__ import annotations

import json

from click.testing import CliRunner
from helpers import FLASH_ABSTRACT, arxiv_and_openalex

from kg.cli.main import cli
from kg.stores import open_store

ABSTRACT = "We present FlashAttention, an IO-aware attention algorithm that runs 3x faster on A100 GPUs."


def test_build_from_every_format_and_one_paper_across_sources(tmp_path):
    arxiv = tmp_path / "snapshot.json"
    arxiv.write_text(json.dumps({"id": "2205.14135", "title": "FlashAttention", "abstract": ABSTRACT,
                                 "categories": "cs.LG", "versions": [{"version": "v1",
                                                                       "created": "Fri, 27 May 2022 17:53:09 GMT"}],
                                 "update_date": "2022-06-24"}) + "\n" +
                     json.dumps({"id": "2301.00001", "title": "Other", "abstract": "We present Foo on H100 GPUs.",
                                 "categories": "astro-ph.GA", "versions": [], "update_date": "2023-01-02"}) + "\n")
    openalex = tmp_path / "works.jsonl"
    words = ABSTRACT.split()
    openalex.write_text(json.dumps({"id": "https://openalex.org/W1", "doi": "https://doi.org/10.48550/arXiv.2205.14135",
                                    "title": "FlashAttention", "publication_date": "2022-05-27",
                                    "abstract_inverted_index": {w: [i for i, x in enumerate(words) if x == w]
                                                                for w in words}}) + "\n")
    bib = tmp_path / "refs.bib"
    bib.write_text("@article{k, title={{PagedAttention} Serving}, abstract={We present vLLM on A100 GPUs.}, "
                   "doi={10.1145/3600006.3613165}}\n")
    ris = tmp_path / "refs.ris"
    ris.write_text("TY  - JOUR\nTI  - Ring Attention\nAB  - We present RingAttn on TPU v4 pods.\nER  - \n")
    hf = tmp_path / "daily.json"
    hf.write_text(json.dumps([{"paper": {"id": "2401.04088", "title": "Mixtral of Experts",
                                         "summary": "We introduce Mixtral 8x7B, served on H100 GPUs."}}]))
    s2 = tmp_path / "s2.jsonl"
    s2.write_text(json.dumps({"paperId": "x1", "externalIds": {"DOI": "10.1109/SC.2020.00024"}, "title": "ZeRO",
                              "abstract": "We present ZeRO for training on V100 GPUs.", "year": 2020}) + "\n")
    db = tmp_path / "kg.db"
    runner = CliRunner()
    res = runner.invoke(cli, ["build", str(arxiv), str(openalex), str(bib), str(ris), str(hf), str(s2),
                              "--db", str(db), "--workers", "1", "--category", "cs.LG,cs.DC"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    assert "not selected (--category/--since/--until): 6" in res.output
    with open_store("ladybug", path=db, read_only=True) as st:
        ids = sorted(r[0] for r in st.query("MATCH (p:Paper) RETURN p.id").rows)
    # the category selects among the papers that carry categories: arXiv's astro-ph paper is left out,
    # the others (no categories) too
    assert ids == ["arXiv:2205.14135"]
    res = runner.invoke(cli, ["build", str(openalex), str(bib), str(ris), str(hf), str(s2), "--db", str(db),
                              "--workers", "1"], catch_exceptions=False)
    assert res.exit_code == 0, res.output
    # OpenAlex's copy of the arXiv paper: recorded on it, not re-read
    assert "also from another source (recorded, text kept): 1" in res.output
    with open_store("ladybug", path=db, read_only=True) as st:
        ids = sorted(r[0] for r in st.query("MATCH (p:Paper) RETURN p.id").rows)
        sources = st.query("MATCH (p:Paper {id: 'arXiv:2205.14135'}) RETURN p.sources").rows[0][0]
    assert sources == ["arxiv", "openalex"]
    assert ids == ["arXiv:2205.14135", "arXiv:2401.04088", "doi:10.1109/sc.2020.00024", "doi:10.1145/3600006.3613165",
                   "p" + ids[-1][1:]] and len(ids) == 5


def test_a_selection_nothing_matches_is_one_line(tmp_path):
    f = tmp_path / "p.jsonl"
    f.write_text(json.dumps({"title": "T", "abstract": "We run on GPUs.", "categories": "cs.LG"}) + "\n")
    res = CliRunner().invoke(cli, ["extract", str(f), "--category", "math.AG"])
    assert res.exit_code == 1 and "none of the 1 papers read matches --category/--since/--until" in res.output
    bad = CliRunner().invoke(cli, ["extract", str(f), "--since", "May 2024"])
    assert bad.exit_code == 1 and "give a date as YYYY" in bad.output


def _paper(db):
    with open_store("ladybug", path=db, read_only=True) as st:
        return st.query("MATCH (p:Paper) RETURN p.abstract AS abstract, p.sources AS sources").records()


def test_every_source_is_recorded_and_the_better_source_keeps_its_text(tmp_path):
    """arXiv then OpenAlex, OpenAlex then arXiv, or both in one build in either order: one Paper, both
    kinds of source recorded, arXiv's own abstract kept (OpenAlex's rebuilt one loses the punctuation)."""
    arxiv, openalex = arxiv_and_openalex(tmp_path)
    runner = CliRunner()
    for n, order in enumerate((([arxiv], [openalex]), ([openalex], [arxiv]), ([arxiv, openalex],),
                               ([openalex, arxiv],))):
        db = tmp_path / f"kg-{n}.db"
        for inputs in order:
            res = runner.invoke(cli, ["build", *map(str, inputs), "--db", str(db), "--workers", "1"],
                                catch_exceptions=False)
            assert res.exit_code == 0, res.output
            assert "duplicate" not in res.output
        papers = _paper(db)
        assert len(papers) == 1 and papers[0]["sources"] == ["arxiv", "openalex"], (order, papers)
        assert papers[0]["abstract"] == FLASH_ABSTRACT, order     # the better-ranked text, whatever the order
    res = runner.invoke(cli, ["build", str(openalex), "--db", str(tmp_path / "kg-0.db"), "--workers", "1"])
    assert "unchanged (already in the graph, not re-read): 1" in res.output     # a kind it already has


def test_semantic_scholar_papers_rows_take_their_abstracts_from_the_abstracts_dataset(tmp_path):
    """S2's bulk 'papers' rows carry no abstract; --abstracts joins the 'abstracts' dataset by corpus id
    (gzipped, as S2 ships it); a row whose abstract is nowhere stays a skip with its line."""
    import gzip
    papers = tmp_path / "papers-part0.jsonl"
    papers.write_text("\n".join(json.dumps(r) for r in [
        {"corpusid": 101, "externalids": {"DOI": "10.1145/1"}, "title": "ZeRO", "year": 2020,
         "s2fieldsofstudy": [{"category": "Computer Science"}]},
        {"corpusid": 102, "externalids": {}, "title": "Orphan", "year": 2021}]) + "\n")
    abstracts = tmp_path / "abstracts-part0.jsonl.gz"
    with gzip.open(abstracts, "wt") as fh:
        fh.write(json.dumps({"corpusid": 101, "abstract": "We present ZeRO for training on V100 GPUs.",
                             "openaccessinfo": {}}) + "\n")
        fh.write(json.dumps({"corpusid": 999, "abstract": "Another paper.", "openaccessinfo": None}) + "\n")
    db = tmp_path / "kg.db"
    res = CliRunner().invoke(cli, ["build", str(papers), "--abstracts", str(abstracts), "--db", str(db),
                                   "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert "papers read: 1  skipped: 1" in res.output and "papers-part0.jsonl:2: skipped: missing abstract" in res.output
    with open_store("ladybug", path=db, read_only=True) as st:
        rows = st.query("MATCH (p:Paper)-[:MENTIONS]->(h:Hardware) RETURN p.id, p.sources, h.name").rows
    assert rows == [["doi:10.1145/1", ["s2"], "V100"]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"corpus": 1}\n')
    res = CliRunner().invoke(cli, ["build", str(papers), "--abstracts", str(bad), "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 1 and "bad.jsonl:1: not a Semantic Scholar abstracts row" in res.output
    assert not (tmp_path / "x.db").exists()
