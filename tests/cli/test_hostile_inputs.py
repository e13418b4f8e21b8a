"""A corpus of hostile inputs, written by the tests: each case asserts the exit code, the message
and the exact set of papers kept (README "Guarantees": no record lost to one bad record)."""
from __future__ import annotations

import bz2
import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli.main import cli

ABSTRACT = "We run FooNet on an A100 GPU and reach a 2x speedup over the baseline system."


def row(title: str, abstract: str = ABSTRACT, **more) -> str:
    return json.dumps({"title": title, "abstract": abstract, **more})


def jsonl(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


def page(*lines: str) -> bytes:
    return ("\n".join(lines) + "\n").encode("utf-8")


HEADER = ("Get trending papers in your email inbox once a day!", "Get trending papers in your email inbox!")


@dataclass
class Case:
    name: str
    filename: str
    content: bytes | Callable[[Path], None]
    kept: list[str]
    messages: list[str] = field(default_factory=list)
    exit_code: int = 0


CASES = [
    Case("huge abstract mid-file", "big.jsonl",
         jsonl(row("P1"), row("P2"), row("Huge", "word " * 250_000), row("P4")),
         ["P1", "P2", "P4"], ["big.jsonl:3: skipped: abstract is 1,249,999 characters; kg reads at most 100,000"]),
    Case("abstract just over the limit", "limit.jsonl", jsonl(row("Long", "x" * 100_001), row("P2")),
         ["P2"], ["limit.jsonl:1: skipped: abstract is 100,001 characters"]),
    Case("1 MB title", "title.jsonl", jsonl(row("T" * 1_000_000), row("P2")), ["P2"],
         ["title.jsonl:1: skipped: title is 1,000,000 characters; kg reads at most 2,000"]),
    Case("3 MB line", "line.jsonl", jsonl(row("P1"), row("Big", "y " * 1_500_000)), ["P1"],
         ["line.jsonl:2: skipped: abstract is"]),
    Case("lone surrogate in the title", "sur.jsonl", jsonl(row("P1"), '{"title": "Bad \\ud800", "abstract": "x."}'),
         ["P1"], ["sur.jsonl:2: skipped: title holds an unpaired surrogate (\\ud800)"]),
    Case("lone surrogate in the abstract", "sur2.jsonl",
         jsonl('{"title": "Bad", "abstract": "on GPUs \\udfff."}', row("P2")), ["P2"],
         ["sur2.jsonl:1: skipped: abstract holds an unpaired surrogate"]),
    Case("array nested 200,000 deep", "deep.jsonl", jsonl(row("P1"), "[" * 200_000 + "]" * 200_000, row("P3")),
         ["P1", "P3"], ["deep.jsonl:2: skipped: JSON nested too deeply"]),
    Case("object nested 100,000 deep", "deepo.jsonl", jsonl('{"a":' * 100_000 + "1" + "}" * 100_000, row("P2")),
         ["P2"], ["deepo.jsonl:1: skipped: JSON nested too deeply"]),
    Case("CSV field over the csv module's limit", "big.csv",
         b'title,abstract\nA,"first on A100."\nB,"' + b"x" * 200_000 + b'"\nC,"third on H100."\nD,"fourth."\n',
         ["A", "C", "D"], ["big.csv:3: skipped: abstract is 200,000 characters"]),
    Case("CSV unclosed quote", "quote.csv",
         b'title,abstract\nA,"first on A100."\nB,"unclosed on H100.\nC,third.\nD,fourth.\n', ["A"],
         ["quote.csv:3: skipped: CSV error: unexpected end of data (a quote opened here is never closed); "
          "lines 3-5 not read"]),
    Case("CSV row with more fields than the header", "extra.csv",
         b'title,abstract\nA,first.,surplus\nB,second.\n', ["B"], ["extra.csv:2: skipped: more fields than the header"]),
    Case("CSV header without an abstract column", "cols.csv", b"title,text\nA,b\n", [],
         ["error: cols.csv: CSV header lacks column(s): abstract"], 1),
    Case("page file without its header lines", "nohdr.txt", page("Alpha: One", ABSTRACT, "Beta: Two", ABSTRACT),
         ["Alpha: One", "Beta: Two"]),
    Case("page file with the header", "hdr.txt", page(*HEADER, "SubscribeAlpha: One", ABSTRACT, "Beta: Two", ABSTRACT),
         ["Alpha: One", "Beta: Two"]),
    Case("page file missing one abstract mid-file", "gap.txt",
         page(*HEADER, "A: One", ABSTRACT, "B: Two", "C: Three", ABSTRACT, "D: Four", ABSTRACT),
         ["A: One", "C: Three", "D: Four"], ["gap.txt:5: skipped: title line without an abstract line"]),
    Case("page file ending on a title", "end.txt", page("A: One", ABSTRACT, "B: Two"), ["A: One"],
         ["end.txt:3: skipped: title line without an abstract line"]),
    Case("page file opening with an abstract", "abs.txt", page(ABSTRACT, "A: One", ABSTRACT), ["A: One"],
         ["abs.txt:1: skipped: abstract line without a title line"]),
    Case("page abstract ending in a URL", "url.txt",
         page("A: One", "We present A, a system. " * 12 + "Code: https://github.com/x/a"), ["A: One"]),
    Case("JSONL content in a .txt file", "papers.txt", jsonl(row("P1"), row("P2")), ["P1", "P2"]),
    Case("UTF-16 LE with a BOM", "u16le.jsonl", ("\ufeff" + row("P1") + "\n" + row("P2") + "\n").encode("utf-16-le"),
         ["P1", "P2"]),
    Case("UTF-16 BE with a BOM", "u16be.jsonl", ("\ufeff" + row("P1") + "\n").encode("utf-16-be"), ["P1"]),
    Case("UTF-8 with a BOM", "bom.jsonl", b"\xef\xbb\xbf" + jsonl(row("P1")), ["P1"]),
    Case("gzip with its extension", "in.jsonl.gz", gzip.compress(jsonl(row("P1"), row("P2"))), ["P1", "P2"]),
    Case("gzip without an extension", "papers", gzip.compress(jsonl(row("P1"))), ["P1"]),
    Case("gzip of a page file", "in.txt.gz", gzip.compress(page(*HEADER, "A: One", ABSTRACT)), ["A: One"]),
    Case("bzip2", "in.jsonl.bz2", bz2.compress(jsonl(row("P1"), row("P2"))), ["P1", "P2"]),
    Case("truncated gzip keeps what came before", "cut.jsonl.gz",
         gzip.compress(jsonl(*(row(f"P{i}") for i in range(1, 400))))[:-4],    # the trailer cut
         [f"P{i}" for i in range(1, 400)], ["the rest of the input cannot be read"]),
    Case("a .json file holding an array", "arr.json", ("[" + row("P1") + ",\n" + row("P2") + "]").encode(),
         ["P1", "P2"]),
    Case("a JSON array with a bad element", "arr2.json", ("[\n" + row("P1") + ",\n[1, 2],\n" + row("P3") + "\n]").encode(),
         ["P1", "P3"], ["arr2.json:3: skipped: expected a JSON object, got list"]),
    Case("a JSON array of numbers only", "nums.json", b"[1, 2, 3]", [],
         ["nums.json:1: skipped: expected a JSON object, got int", "error: no papers could be read"], 1),
    Case("raw control character inside a JSON string", "ctl.jsonl",
         jsonl('{"title": "Tab\there", "abstract": "raw\x01control on A100."}', row("P2")), ["Tab here", "P2"]),
    Case("NUL in a title", "nul.jsonl", jsonl(row("Nul\x00Title")), ["Nul Title"]),
    Case("Latin-1 line", "latin.jsonl", jsonl(row("P1")) + '{"title": "Café", "abstract": "x."}\n'.encode("latin-1"),
         ["P1", "Café"], ["latin.jsonl:2: not UTF-8; read as Latin-1"]),
    Case("published is an object", "pub.jsonl", jsonl(row("P1", published={"y": 2024})), ["P1"],
         ["pub.jsonl:1: field 'published' has type dict, expected text; the field is left out"]),
    Case("NaN title", "nan.jsonl", jsonl('{"title": NaN, "abstract": "x."}', row("P2")), ["P2"],
         ["nan.jsonl:1: skipped: NaN is not a JSON value"]),
    Case("Infinity abstract", "inf.jsonl", jsonl('{"title": "I", "abstract": Infinity}', row("P2")), ["P2"],
         ["inf.jsonl:1: skipped: Infinity is not a JSON value"]),
    Case("a line cut in the middle", "cut.jsonl", jsonl(row("P1"), row("P2")[:25], row("P3")), ["P1", "P3"],
         ["cut.jsonl:2: skipped: not a complete JSON object"]),
    Case("missing title", "nt.jsonl", jsonl('{"abstract": "x."}', row("P2")), ["P2"],
         ["nt.jsonl:1: skipped: missing title"]),
    Case("boolean abstract", "bool.jsonl", jsonl('{"title": "B", "abstract": true}', row("P2")), ["P2"],
         ["bool.jsonl:1: skipped: field 'abstract' has type bool, expected text"]),
    Case("a repeated id", "dup.jsonl", jsonl(row("P1", id="x1"), row("P2", id="x1")), ["P1"],
         ["dup.jsonl:2: skipped: duplicate paper id 'x1'"]),
    Case("emoji-only titles of different papers", "emoji.jsonl",
         jsonl(row("🚀🚀", "First paper on A100."), row("🔥🔥", "Second paper on H100.")), ["🚀🚀", "🔥🔥"]),
    Case("case-variant titles of different papers", "case.jsonl",
         jsonl(row("Fast Serving", "About A100."), row("FAST SERVING", "About TPUs.")), ["Fast Serving", "FAST SERVING"]),
    Case("empty file", "empty.jsonl", b"", [], ["error: empty.jsonl: input is empty"], 1),
    Case("blank lines only", "blank.jsonl", b"\n  \n\t\n", [], ["error: blank.jsonl: input is empty"], 1),
    Case("binary file", "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), [],
         ["error: image.png: binary data, not text"], 1),
    Case("a directory", "folder", lambda p: p.mkdir(), [], ["error:", "is a directory, expected a file"], 1),
]


@pytest.fixture
def fast_cli(monkeypatch, extractor):
    """The CLI with the session's loaded pipeline (loading it per case would cost seconds each)."""
    monkeypatch.setattr("kg.jobs.Extractor", lambda: extractor)
    return CliRunner()


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 40 and len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_input(case: Case, tmp_path, fast_cli):
    path = tmp_path / case.filename
    if callable(case.content):
        case.content(path)
    else:
        path.write_bytes(case.content)
    out = tmp_path / "out.jsonl"
    res = fast_cli.invoke(cli, ["extract", str(path), "-o", str(out)])
    assert res.exit_code == case.exit_code, res.output
    for message in case.messages:
        assert message.replace(case.filename, str(path)) in res.output or message in res.output, res.output
    kept = [json.loads(line)["title"] for line in out.read_text(encoding="utf-8").splitlines()] \
        if out.exists() else []
    assert kept == case.kept
    assert "Traceback" not in res.output


def test_missing_file_is_one_line(tmp_path, fast_cli):
    res = fast_cli.invoke(cli, ["extract", str(tmp_path / "nope.jsonl")])
    assert res.exit_code == 1 and res.output.strip().endswith("nope.jsonl: no such file")
    assert len(res.output.strip().splitlines()) == 1


def test_a_paper_the_pipeline_fails_on_is_skipped_and_the_rest_kept(tmp_path, monkeypatch, extractor):
    """The second line of defence: whatever the pipeline raises on costs that paper only."""
    real = extractor.nlp.pipe

    def flaky(texts, **kw):
        texts = list(texts)
        if any("POISON" in t for t, _ in texts):
            raise RuntimeError("component crashed")
        return real(texts, **kw)

    monkeypatch.setattr(extractor.nlp, "pipe", flaky)
    original_call = type(extractor.nlp).__call__

    def call(self, text, *a, **kw):
        if "POISON" in text:
            raise RuntimeError("component crashed")
        return original_call(self, text, *a, **kw)

    monkeypatch.setattr(type(extractor.nlp), "__call__", call)
    monkeypatch.setattr("kg.jobs.Extractor", lambda: extractor)
    path = tmp_path / "in.jsonl"
    path.write_bytes(jsonl(row("P1"), row("P2", "POISON on A100."), row("P3")))
    out = tmp_path / "out.jsonl"
    res = CliRunner().invoke(cli, ["extract", str(path), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert f"{path}:2: skipped: extraction failed: RuntimeError: component crashed" in res.output
    assert [json.loads(x)["title"] for x in out.read_text().splitlines()] == ["P1", "P3"]
    assert "skipped: 1" in res.output


@pytest.mark.parametrize("args", [
    ["extract", "{input}", "-o", "{blocked}/out.jsonl"],
    ["export", "--db", "{db}", "--format", "graphml", "-o", "{blocked}/g.graphml"],
    ["export", "--db", "{db}", "--format", "turtle", "-o", "{blocked}/g.ttl"],
    ["snapshot", "--db", "{db}", "-o", "{blocked}/snaps"],
    ["viz", "method-hardware", "--db", "{db}", "-o", "{blocked}/v.html"],
], ids=["extract", "export-graphml", "export-turtle", "snapshot", "viz"])
def test_an_output_path_kg_cannot_write_is_one_line(args, tmp_path, sample_db, fast_cli):
    blocked = tmp_path / "a-file"          # a folder path through a regular file: no user may write there
    blocked.write_text("x")
    fill = {"input": str(tmp_path / "in.jsonl"), "db": str(sample_db), "blocked": str(blocked)}
    (tmp_path / "in.jsonl").write_bytes(jsonl(row("P1")))
    res = fast_cli.invoke(cli, [a.format(**fill) for a in args])
    assert res.exit_code == 1, res.output
    assert res.output.startswith("error: ") and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1 and str(blocked) in res.output


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "rdfxml"])
def test_control_characters_never_make_malformed_xml(fmt, tmp_path):
    """Readers turn controls into spaces; a graph built by a library caller may still hold them."""
    from lxml import etree

    from kg.exporters import get_exporter
    from kg.graph.build import GraphBuilder
    from kg.graph.records import PaperRecord
    builder = GraphBuilder()
    builder.add_record(PaperRecord(id="p1", title="Nul\x00Title\x01here"), abstract="a")
    written = get_exporter(fmt).write(builder.graph, tmp_path / f"g.{fmt}")
    tree = etree.parse(str(written[0]))
    assert "Nul Title here" in etree.tostring(tree, encoding="unicode")
