"""Readers for the sources people already have: arXiv snapshot, OpenAlex, Semantic Scholar, Hugging Face
daily papers, BibTeX and RIS; one identity across them; category and date selection while streaming.
Every file is written here in its format's documented shape, awkward parts included."""
from __future__ import annotations

import bz2
import gzip
import json

import pytest

from kg.errors import InputError
from kg.sources import Paper, Skip, read_papers
from kg.sources.filters import Selection

ARXIV = {
    "id": "2205.14135", "submitter": "Tri Dao", "authors": "Tri Dao, Daniel Y. Fu, Christopher R\\'e",
    "title": "FlashAttention: Fast and Memory-Efficient Exact\n  Attention with IO-Awareness",
    "comments": None, "journal-ref": None, "doi": None, "report-no": None, "categories": "cs.LG cs.DC",
    "license": "http://creativecommons.org/licenses/by/4.0/",
    "abstract": "  Transformers are slow and memory-hungry on long sequences. We propose FlashAttention,\n"
                "an IO-aware exact attention algorithm, $3\\times$ faster on GPT-2.\n",
    "versions": [{"version": "v1", "created": "Fri, 27 May 2022 17:53:09 GMT"},
                 {"version": "v2", "created": "Thu, 23 Jun 2022 17:53:09 GMT"}],
    "update_date": "2022-06-24", "authors_parsed": [["Dao", "Tri", ""]],
}
OPENALEX = {
    "id": "https://openalex.org/W4281557260", "doi": "https://doi.org/10.48550/arxiv.2205.14135",
    "title": "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
    "display_name": "FlashAttention", "publication_date": "2022-05-27",
    "abstract_inverted_index": {"Transformers": [0], "are": [1], "slow": [2], "on": [3], "GPUs.": [4]},
    "authorships": [{"author": {"display_name": "Tri Dao"}}], "primary_topic": {"display_name": "Attention"},
}


def _papers(path, fmt=None):
    items = list(read_papers(str(path), fmt))
    return [i for i in items if isinstance(i, Paper)], [i for i in items if isinstance(i, Skip)]


def test_arxiv_snapshot_records(tmp_path):
    f = tmp_path / "arxiv-metadata-oai-snapshot.json"
    old_style = {**ARXIV, "id": "hep-th/9901001", "categories": "hep-th", "title": "Strings", "versions": []}
    f.write_text(json.dumps(ARXIV) + "\n" + json.dumps(old_style) + "\n", encoding="utf-8")
    papers, skips = _papers(f)
    assert not skips
    p = papers[0]
    assert p.id == "arXiv:2205.14135" and p.url == "https://arxiv.org/abs/2205.14135"
    assert p.published == "2022-05-27"                     # the first version's date, not update_date
    assert p.title == "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"
    assert "\n" not in p.abstract and "$3\\times$" in p.abstract       # LaTeX kept for extraction to read
    assert p.categories == "cs.LG; cs.DC"
    assert papers[1].id == "arXiv:hep-th/9901001" and papers[1].published == "2022-06-24"


def test_openalex_works_rebuild_the_abstract_and_share_the_arxiv_identity(tmp_path):
    f = tmp_path / "works.jsonl.gz"
    empty = {**OPENALEX, "id": "https://openalex.org/W1", "doi": "https://doi.org/10.1145/1",
             "abstract_inverted_index": {}}
    journal = {**OPENALEX, "id": "https://openalex.org/W2", "doi": "https://doi.org/10.1145/3600006.3613165",
               "title": "PagedAttention", "abstract_inverted_index": {"Serving": [0], "LLMs": [1], "fast.": [2]}}
    with gzip.open(f, "wt", encoding="utf-8") as out:
        for row in (OPENALEX, empty, journal):
            out.write(json.dumps(row) + "\n")
    papers, skips = _papers(f)
    assert [p.id for p in papers] == ["arXiv:2205.14135", "doi:10.1145/3600006.3613165"]
    assert papers[0].abstract == "Transformers are slow on GPUs." and papers[0].authors == "Tri Dao"
    assert papers[1].url == "https://doi.org/10.1145/3600006.3613165"
    assert [(s.line, s.reason) for s in skips] == [(2, "missing abstract")]     # the empty inverted index


def test_semantic_scholar_api_objects_and_dataset_rows(tmp_path):
    f = tmp_path / "s2.jsonl.bz2"
    api = {"paperId": "abc123", "externalIds": {"ArXiv": "2205.14135", "DOI": "10.48550/arXiv.2205.14135",
                                                "CorpusId": 249151871},
           "title": "FlashAttention", "abstract": "Fast attention on GPUs.", "year": 2022,
           "publicationDate": "2022-05-27", "authors": [{"authorId": "1", "name": "Tri Dao"}],
           "fieldsOfStudy": ["Computer Science"]}
    dataset = {"corpusid": 42, "externalids": {"DOI": "10.1109/SC.2020.00024", "ArXiv": None}, "title": "ZeRO",
               "abstract": "Memory optimizations for training.", "year": 2020, "publicationdate": None,
               "authors": [{"name": "Samyam Rajbhandari"}]}
    nothing = {"corpusid": 43, "externalids": {}, "title": "Untitled", "abstract": "An abstract.", "year": 2021}
    f.write_bytes(bz2.compress("\n".join(json.dumps(r) for r in (api, dataset, nothing)).encode()))
    papers, skips = _papers(f)
    assert not skips
    assert [p.id for p in papers] == ["arXiv:2205.14135", "doi:10.1109/sc.2020.00024", "s2:43"]
    assert papers[0].categories == "Computer Science" and papers[1].published == "2020"


def test_hugging_face_daily_papers_array(tmp_path):
    f = tmp_path / "daily_papers.json"
    f.write_text(json.dumps([
        {"paper": {"id": "2401.04088", "title": "Mixtral of Experts", "summary": "We introduce Mixtral 8x7B.",
                   "publishedAt": "2024-01-08T18:47:34.000Z", "authors": [{"name": "Albert Q. Jiang"}]},
         "publishedAt": "2024-01-09T01:00:00.000Z", "title": "Mixtral of Experts", "numComments": 3},
        {"paper": {"id": "2401.00001", "title": "No summary", "summary": ""}},
    ], indent=2), encoding="utf-8")
    papers, skips = _papers(f)
    assert papers[0].id == "arXiv:2401.04088" and papers[0].published == "2024-01-08"
    assert papers[0].url == "https://huggingface.co/papers/2401.04088"
    second = [n for n, line in enumerate(f.read_text().splitlines(), 1) if line == "  {"][1]
    assert len(skips) == 1 and skips[0].reason == "missing abstract" and skips[0].line == second


def test_bibtex_with_braces_accents_and_a_broken_entry(tmp_path):
    f = tmp_path / "refs.bib"
    f.write_text(r"""% exported by a reference manager
@string{icml = "ICML"}
@inproceedings{dao2022,
  title = {{FlashAttention}: Fast and Memory-Efficient Exact Attention with {IO}-Awareness},
  author = {Dao, Tri and R{\'e}, Christopher},
  abstract = {Transformers are slow. We get $3\times$ on {GPT-2} with {\"o}ptimal tiling.},
  year = {2022}, eprint = {2205.14135}, archivePrefix = {arXiv}
}
@article{noabstract, title = {Just a Title}, year = 2020}
@article{kwon2023, title = "Efficient Memory Management for {LLM} Serving",
  abstract = "High throughput serving needs batching.", doi = {10.1145/3600006.3613165}, year = {2023}}
@misc{broken, title = {Unclosed
""", encoding="utf-8")
    papers, skips = _papers(f)
    assert [p.id for p in papers] == ["arXiv:2205.14135", "doi:10.1145/3600006.3613165"]
    flash = papers[0]
    assert flash.title == "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"
    assert flash.authors == "Tri Dao; Christopher Ré" and "ö" in flash.abstract and flash.published == "2022"
    assert flash.source.endswith(":3")
    reasons = {s.line: s.reason for s in skips}
    assert reasons[9] == "BibTeX entry 'noabstract': missing abstract"
    assert "cannot be parsed" in reasons[12]


def test_ris_records_and_one_without_its_end(tmp_path):
    f = tmp_path / "refs.ris"
    f.write_text("""TY  - JOUR
TI  - Efficient Memory Management for LLM Serving with PagedAttention
AU  - Kwon, Woosuk
AU  - Li, Zhuohan
AB  - High throughput serving of large language models requires batching.
DO  - 10.1145/3600006.3613165
PY  - 2023
ER  -

TY  - CONF
TI  - No abstract here
ER  -

TY  - JOUR
TI  - Cut off
AB  - The file ends inside this record.
""", encoding="utf-8")
    papers, skips = _papers(f)
    assert [p.id for p in papers] == ["doi:10.1145/3600006.3613165"]
    assert papers[0].authors == "Kwon, Woosuk; Li, Zhuohan" and papers[0].published == "2023"
    assert [(s.line, s.reason) for s in skips] == [(10, "RIS record: missing abstract"),
                                                  (14, "RIS record without its 'ER  -' end line")]


def test_formats_are_sniffed_and_can_be_forced(tmp_path):
    f = tmp_path / "refs.txt"
    f.write_text("@article{a, title={T}, abstract={An abstract.}}\n", encoding="utf-8")
    assert _papers(f)[0][0].title == "T"                            # BibTeX content in a .txt file
    g = tmp_path / "mixed.jsonl"
    g.write_text(json.dumps(ARXIV) + "\n" + json.dumps({"title": "Flat", "abstract": "A flat record."}) + "\n")
    papers, _ = _papers(g)
    assert [p.id for p in papers][0] == "arXiv:2205.14135" and papers[1].title == "Flat"
    forced, skips = _papers(g, "openalex")        # a flat record forced through the OpenAlex shape has no abstract
    assert len(forced) == 0 and len(skips) == 2


def test_selection_by_category_and_date():
    p = Paper(id="x", title="T", abstract="A", categories="cs.LG; cs.DC", published="2022-05-27")
    assert Selection.of("cs.DC").accepts(p) and Selection.of("cs").accepts(p) and not Selection.of("cs.CL").accepts(p)
    assert not Selection.of("c").accepts(p)                       # a prefix must end at a dot
    assert Selection.of(since="2022").accepts(p) and Selection.of(since="2022-06").accepts(p) is False
    assert Selection.of(until="2022-05").accepts(p) and not Selection.of(until="2021").accepts(p)
    assert not Selection.of(since="2020").accepts(Paper(id="y", title="T", abstract="A"))      # no date, no match
    with pytest.raises(InputError, match="--since '22-01': give a date as YYYY, YYYY-MM or YYYY-MM-DD"):
        Selection.of(since="22-01")


def test_progress_counts_entries_not_lines(tmp_path):
    from kg.cli.progress import estimate_papers, progress_for
    (tmp_path / "a.bib").write_text("@string{x = 1}\n@article{a,\n title={T}}\n@misc{b,\n title={U}}\n")
    (tmp_path / "a.ris").write_text("TY  - JOUR\nTI  - a\nER  -\nTY  - JOUR\nER  -\n")
    (tmp_path / "a.json").write_text('[{"title": "T", "abstract": "A."}]\n')
    (tmp_path / "a.jsonl").write_text('{"title": "T", "abstract": "A."}\n' * 3)
    assert estimate_papers([str(tmp_path / "a.bib")]) == 2 and estimate_papers([str(tmp_path / "a.ris")]) == 2
    assert estimate_papers([str(tmp_path / "a.json")]) is None          # one array: no line count helps
    assert estimate_papers([str(tmp_path / "a.jsonl")]) == 3
    assert progress_for("built", [str(tmp_path / "a.jsonl")], False, selective=True).total is None
