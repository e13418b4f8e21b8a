"""`kg fetch` against a real HTTP server on 127.0.0.1 that answers as the arXiv API and the Hugging Face
daily-papers API document: paging, a 503 with Retry-After, a malformed page, the cache on a rerun."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.sources import Paper, read_papers
from kg.sources.fetch import FetchError, Http, fetch_arxiv

ENTRY = """<entry><id>http://arxiv.org/abs/{id}v1</id><published>2024-0{n}-02T10:00:00Z</published>
<title>Paper {n}:
  Fast Attention</title><summary>  We present Method{n}, 2x faster on H100 GPUs.
</summary><author><name>A. Author</name></author><arxiv:doi>10.1/x{n}</arxiv:doi>
<category term="cs.DC"/><category term="cs.LG"/></entry>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"
 xmlns:arxiv="http://arxiv.org/schemas/atom"><title>ArXiv Query</title>
<opensearch:totalResults>3</opensearch:totalResults>{entries}</feed>"""
IDS = ["2401.00001", "2401.00002", "2401.00003"]


class Service(BaseHTTPRequestHandler):
    seen: list[str] = []
    fail_first = True

    def log_message(self, *args):        # quiet
        pass

    def _send(self, status: int, body: str, kind: str, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body.encode())

    def do_GET(self):
        Service.seen.append(self.path)
        url = urlparse(self.path)
        q = parse_qs(url.query)
        if Service.fail_first:
            Service.fail_first = False
            return self._send(503, "busy", "text/plain", {"Retry-After": "0"})
        if url.path == "/api/query":
            start, size = int(q["start"][0]), int(q["max_results"][0])
            entries = "".join(ENTRY.format(id=i, n=n + 1) for n, i in enumerate(IDS) if start <= n < start + size)
            return self._send(200, FEED.format(entries=entries), "application/atom+xml")
        if url.path == "/bad/query":
            return self._send(200, "<html><body>Rate exceeded", "text/html")
        if url.path == "/api/daily_papers":
            return self._send(200, json.dumps([{"paper": {"id": "2401.04088", "title": "Mixtral of Experts",
                                                          "summary": "We introduce Mixtral 8x7B.",
                                                          "publishedAt": q["date"][0] + "T00:00:00.000Z"}}]),
                              "application/json")
        if url.path == "/bad/daily_papers":
            return self._send(200, "{not json", "application/json")
        return self._send(404, "no", "text/plain")


@pytest.fixture
def service():
    Service.seen, Service.fail_first = [], True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Service)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_fetch_arxiv_pages_retries_and_caches(service, tmp_path):
    out, cache = tmp_path / "arxiv.jsonl", tmp_path / "cache"
    args = ["fetch", "arxiv", "--category", "cs.DC", "--since", "2024-01-01", "--max", "3", "--page-size", "2", "--delay", "0",
            "--api", f"{service}/api/query", "--cache", str(cache), "-o", str(out)]
    res = CliRunner().invoke(cli, args)
    assert res.exit_code == 0, res.output
    assert len(Service.seen) == 3                      # one 503 (Retry-After: 0), then two pages
    query = parse_qs(urlparse(Service.seen[-1]).query)
    assert query["search_query"] == ["(cat:cs.DC) AND submittedDate:[202401010000 TO 299999992359]"]
    papers = [p for p in read_papers(str(out)) if isinstance(p, Paper)]
    assert [p.id for p in papers] == [f"arXiv:{i}" for i in IDS]
    assert papers[0].title == "Paper 1: Fast Attention" and papers[0].categories == "cs.DC; cs.LG"
    assert papers[0].abstract == "We present Method1, 2x faster on H100 GPUs." and papers[0].published == "2024-01-02"
    again = CliRunner().invoke(cli, [*args, "--force"])
    assert again.exit_code == 0 and len(Service.seen) == 3 and "0 requests" in again.output    # all from the cache


def test_a_malformed_page_is_one_line_and_no_file(service, tmp_path):
    out = tmp_path / "x.jsonl"
    res = CliRunner().invoke(cli, ["fetch", "arxiv", "--query", "ti:attention", "--delay", "0", "--no-cache",
                                   "--api", f"{service}/bad/query", "-o", str(out)])
    assert res.exit_code == 1 and "not Atom XML" in res.output and "Traceback" not in res.output
    assert not out.exists()
    res = CliRunner().invoke(cli, ["fetch", "hf", "--date", "2024-01-08", "--delay", "0", "--no-cache",
                                   "--api", f"{service}/bad/daily_papers", "-o", str(out)])
    assert res.exit_code == 1 and "not JSON" in res.output and not out.exists()


def test_fetch_hugging_face_daily_papers(service, tmp_path):
    out = tmp_path / "daily.jsonl"
    res = CliRunner().invoke(cli, ["fetch", "hf", "--date", "2024-01-08", "--delay", "0", "--no-cache",
                                   "--api", f"{service}/api/daily_papers", "-o", str(out)])
    assert res.exit_code == 0, res.output
    [paper] = [p for p in read_papers(str(out)) if isinstance(p, Paper)]
    assert paper.id == "arXiv:2401.04088" and paper.published == "2024-01-08"
    bad = CliRunner().invoke(cli, ["fetch", "hf", "--date", "Jan 8", "-o", str(out), "--force"])
    assert bad.exit_code == 2 and "give YYYY-MM-DD" in bad.output


def test_retry_after_is_honoured_and_the_delay_kept(service):
    waits: list[float] = []
    clock = iter(range(1000))
    http = Http(delay=3.0, retries=2, sleep=waits.append, clock=lambda: float(next(clock)))
    Service.fail_first = True
    list(fetch_arxiv(http, categories=["cs.DC"], limit=2, page=2, base=f"{service}/api/query"))
    assert http.requests == 2 and 0.0 in waits          # Retry-After: 0, not the 2 s backoff
    assert any(w >= 1.0 for w in waits)                 # the polite delay between requests
    with pytest.raises(FetchError, match="HTTP 404"):
        Http(delay=0).get(f"{service}/nowhere")
    with pytest.raises(FetchError, match="give --query, --category or --since/--until"):
        list(fetch_arxiv(Http(delay=0)))
