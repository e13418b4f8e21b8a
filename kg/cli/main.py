"""The ``kg`` command line: a thin shell over kg's library (the library never imports click)."""
from __future__ import annotations

import json
import sys
from typing import Any

import click

from kg import __version__
from kg.errors import KGError
from kg.output import FORMATS, render
from kg.sources import READERS


class KGGroup(click.Group):
    """Every KGError becomes one line on stderr and exit code 1; usage errors exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)


db_option = click.option("--db", "db", envvar="KG_DB", default="kg.db", show_default=True,
                         type=click.Path(dir_okay=True), help="Embedded database path (env KG_DB).")
store_option = click.option("--store", type=click.Choice(["ladybug"]), default="ladybug", show_default=True,
                            help="Graph store to use.")
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")
input_format_option = click.option("--input-format", type=click.Choice(sorted(READERS)), default=None,
                                   help="Input format (default: from extension and content).")


def _warn_skip(skip) -> None:
    click.echo(f"warning: {skip}", err=True)


def _progress(label: str):
    interactive = sys.stderr.isatty()

    def report(n: int) -> None:
        if interactive and (n % 100 == 0):
            click.echo(f"\r{label}: {n} papers", err=True, nl=False)
    return report


def _print_summary(summary: dict[str, Any]) -> None:
    if sys.stderr.isatty():
        click.echo("", err=True)
    click.echo(f"papers read: {summary['papers_read']}  skipped: {summary['papers_skipped']}  "
               f"time: {summary['seconds']}s")
    click.echo("entities:  " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
    click.echo("relations: " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
    click.echo(f"results:   {summary['results']}")


def _open_store(store: str, db: str, create: bool = False):
    from kg.stores import open_store
    return open_store(store, path=db, create=create)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build and query knowledge graphs of ML-systems papers.

    \b
    kg build papers.jsonl          extract and store the graph (embedded kg.db)
    kg query "MATCH (m:Method)-[:RUNS_ON]->(h:Hardware) RETURN m.name, h.name"
    kg stats                       what the stored graph holds
    kg extract papers.txt -o out.jsonl   records only, for scoring
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="JSONL file to write ('-' is stdout).")
@input_format_option
def extract(inputs: tuple[str, ...], output: str, input_format: str | None) -> None:
    """Extract entities, relations and results from INPUTS into JSONL records.

    INPUTS are seed-page text, JSONL or CSV files, or '-' for stdin.
    """
    from kg.jobs import extract as run
    out = sys.stdout if output == "-" else open(output, "w", encoding="utf-8")
    try:
        summary = run(list(inputs), out, input_format=input_format, on_skip=_warn_skip,
                      progress=_progress("extracted"))
    finally:
        if out is not sys.stdout:
            out.close()
    if output != "-":
        _print_summary(summary.as_dict())


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@store_option
@input_format_option
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1), help="Papers per write.")
def build(inputs: tuple[str, ...], db: str, store: str, input_format: str | None, batch_size: int) -> None:
    """Extract INPUTS and merge the graph into the store (idempotent, incremental)."""
    from kg.jobs import build as run
    with _open_store(store, db, create=True) as st:
        summary = run(list(inputs), st, input_format=input_format, batch_size=batch_size,
                      on_skip=_warn_skip, progress=_progress("built"))
    _print_summary(summary.as_dict())
    click.echo(f"stored in {db}")


def _parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    params = {}
    for pair in pairs:
        if "=" not in pair:
            raise click.BadParameter(f"'{pair}' is not key=value", param_hint="--param")
        key, value = pair.split("=", 1)
        try:
            params[key] = json.loads(value)
        except json.JSONDecodeError:
            params[key] = value
    return params


@cli.command()
@click.argument("cypher")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter (repeatable); values are JSON if they parse, else text.")
@db_option
@store_option
@format_option
def query(cypher: str, params: tuple[str, ...], db: str, store: str, fmt: str) -> None:
    """Run a Cypher query against the stored graph and print the rows."""
    with _open_store(store, db) as st:
        res = st.query(cypher, _parse_params(params))
    click.echo(render(res.columns, res.rows, fmt))


@cli.command()
@db_option
@store_option
@format_option
def stats(db: str, store: str, fmt: str) -> None:
    """Summarise the stored graph: nodes per label, relationships per type."""
    with _open_store(store, db) as st:
        s = st.stats()
    rows = [["node", k, v] for k, v in s["nodes"].items()] + [["relationship", k, v]
                                                               for k, v in s["relationships"].items()]
    click.echo(render(["kind", "name", "count"], rows, fmt))


def main() -> None:
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
