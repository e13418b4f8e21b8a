"""``kg fetch``: papers from the arXiv API or Hugging Face daily papers, as JSONL that kg build reads."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import check_output, cli, force_option, quiet_option

OUTPUT = click.option("-o", "--output", required=True, help="JSONL file to write (kg build reads it).")
CACHE = click.option("--cache", "cache", default=None, metavar="DIR",
                     help="Keep every fetched page here so a rerun does not fetch it again "
                          "(default: ~/.cache/kg/fetch; --no-cache keeps nothing).")
NO_CACHE = click.option("--no-cache", is_flag=True, help="Fetch every page, keep nothing.")


def _http(cache: str | None, no_cache: bool, delay: float):
    from kg.sources.fetch import Http, default_cache
    return Http(delay=delay, cache=None if no_cache else Path(cache) if cache else default_cache())


def _write(records, output: str, force: bool, quiet: bool, http) -> None:
    from kg.output import replace_when_done
    check_output(Path(output), force)
    n = 0
    with replace_when_done(output) as out:          # a failed fetch never leaves half a file
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
            if not quiet and n % 100 == 0:
                click.echo(f"fetched {n} papers", err=True)
    if not quiet:
        click.echo(f"wrote {n} papers to {output} ({http.requests} requests, the rest from the cache)")


@cli.group()
def fetch() -> None:
    """Fetch papers from a live service into JSONL (the services' rate limits are respected)."""


@fetch.command("arxiv")
@click.option("--query", default=None, help="arXiv search terms (the API's syntax: ti:, abs:, au:, AND, OR).")
@click.option("--category", default=None, metavar="CATS", help="Comma-separated categories: cs.DC,cs.LG.")
@click.option("--since", default=None, metavar="DATE", help="Submitted on or after DATE (YYYY-MM-DD).")
@click.option("--until", default=None, metavar="DATE", help="Submitted on or before DATE.")
@click.option("--max", "limit", default=100, show_default=True, type=click.IntRange(1), help="Papers at most.")
@click.option("--page-size", default=100, show_default=True, type=click.IntRange(1, 2000),
              help="Papers per request (the API serves at most 2,000).")
@click.option("--delay", default=3.0, show_default=True, type=click.FloatRange(0),
              help="Seconds between requests (arXiv asks for 3).")
@click.option("--api", default=None, hidden=True, help="Another API base URL (tests, mirrors).")
@OUTPUT
@CACHE
@NO_CACHE
@force_option
@quiet_option
def fetch_arxiv_command(query, category, since, until, limit, page_size, delay, api, output, cache, no_cache, force,
                        quiet):
    """Papers from the arXiv API, newest first."""
    from kg.sources.fetch import ARXIV_API, fetch_arxiv
    from kg.sources.filters import Selection
    select = Selection.of(category, since, until)          # the same checks as kg build's options
    http = _http(cache, no_cache, delay)
    _write(fetch_arxiv(http, query, list(select.categories), since, until, limit, page_size, base=api or ARXIV_API),
           output, force, quiet, http)


@fetch.command("hf")
@click.option("--date", "day", required=True, metavar="YYYY-MM-DD", help="The day's featured papers.")
@click.option("--delay", default=1.0, show_default=True, type=click.FloatRange(0), help="Seconds between requests.")
@click.option("--api", default=None, hidden=True, help="Another API base URL (tests, mirrors).")
@OUTPUT
@CACHE
@NO_CACHE
@force_option
@quiet_option
def fetch_hf_command(day, delay, api, output, cache, no_cache, force, quiet):
    """Hugging Face daily papers of one day."""
    from kg.sources.fetch import HF_API, fetch_hf_daily
    from kg.sources.filters import DATE
    if not DATE.match(day) or len(day) != 10:
        raise click.UsageError(f"--date {day!r}: give YYYY-MM-DD")
    http = _http(cache, no_cache, delay)
    _write(fetch_hf_daily(http, day, base=api or HF_API), output, force, quiet, http)
