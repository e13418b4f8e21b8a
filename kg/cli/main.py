"""The ``kg`` command line: a thin shell over kg's library (the library never imports click)."""
from __future__ import annotations

import json
import logging
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


STORES = ["ladybug", "neo4j"]


NEO4J_OPTIONS = [
    click.option("--neo4j-uri", envvar="NEO4J_URI", default=None,
                 help="bolt://, neo4j://, neo4j+s:// or bolt+s:// URI (env NEO4J_URI)."),
    click.option("--neo4j-user", envvar="NEO4J_USERNAME", default=None, help="Neo4j user (env NEO4J_USERNAME)."),
    click.option("--neo4j-database", envvar="NEO4J_DATABASE", default=None,
                 help="Neo4j database (env NEO4J_DATABASE; default: the server's default)."),
]
STORE_OPTIONS = [
    click.option("--store", type=click.Choice(STORES), envvar="KG_STORE", default="ladybug", show_default=True,
                 help="Graph store: the embedded LadybugDB file, or a Neo4j server (env KG_STORE)."),
    click.option("--db", "db", envvar="KG_DB", default="kg.db", show_default=True,
                 type=click.Path(dir_okay=True), help="Embedded database path (env KG_DB)."),
    *NEO4J_OPTIONS,
]


def _apply(options):
    def decorate(func):
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


store_options = _apply(STORE_OPTIONS)   # every command that reads or writes the graph
neo4j_options = _apply(NEO4J_OPTIONS)   # the Neo4j side of push/pull
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


def _open_store(store: str, db: str, neo4j_uri: str | None = None, neo4j_user: str | None = None,
                neo4j_database: str | None = None, create: bool = False, batch_size: int = 10_000):
    """Open a store; for Neo4j the password comes from the environment, the config file or a prompt."""
    from kg.stores import open_store
    if store == "ladybug":
        return open_store("ladybug", path=db, create=create, batch_size=batch_size)
    from kg.stores.neo4j_settings import Neo4jSettings
    settings = Neo4jSettings.resolve(uri=neo4j_uri, user=neo4j_user, database=neo4j_database)
    if settings.password is None:
        if not sys.stdin.isatty():
            raise click.UsageError("no Neo4j password: set NEO4J_PASSWORD or write ~/.config/kg/neo4j.json (mode 600)")
        settings = Neo4jSettings.resolve(uri=neo4j_uri, user=neo4j_user, database=neo4j_database,
                                         password=click.prompt(f"Neo4j password for {settings.user}", hide_input=True))
    return open_store("neo4j", settings=settings, create=create, batch_size=batch_size)


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
@store_options
@input_format_option
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1), help="Papers per write.")
@click.option("--rows-per-statement", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows per UNWIND statement (and per Neo4j transaction).")
def build(inputs: tuple[str, ...], store: str, db: str, neo4j_uri: str | None, neo4j_user: str | None,
          neo4j_database: str | None, input_format: str | None, batch_size: int, rows_per_statement: int) -> None:
    """Extract INPUTS and merge the graph into the store (idempotent, incremental)."""
    from kg.jobs import build as run
    with _open_store(store, db, neo4j_uri, neo4j_user, neo4j_database, create=True,
                     batch_size=rows_per_statement) as st:
        summary = run(list(inputs), st, input_format=input_format, batch_size=batch_size,
                      on_skip=_warn_skip, progress=_progress("built"))
    _print_summary(summary.as_dict())
    click.echo(f"stored in {db if store == 'ladybug' else st.settings.uri}")


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
@click.argument("cypher", required=False)
@click.option("--name", "name", default=None, help="Run a shipped query by name (see kg queries).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter (repeatable); values are JSON if they parse, else text.")
@click.option("--explain", is_flag=True, help="Print the Cypher and its parameters instead of running it.")
@store_options
@format_option
def query(cypher: str | None, name: str | None, params: tuple[str, ...], explain: bool, store: str, db: str,
          neo4j_uri: str | None, neo4j_user: str | None, neo4j_database: str | None, fmt: str) -> None:
    """Run a Cypher query (or a shipped one, --name) against the stored graph and print the rows."""
    from kg.querylib import get_query
    if bool(cypher) == bool(name):
        raise click.UsageError("give either CYPHER or --name NAME")
    given = _parse_params(params)
    if name:
        named = get_query(name)
        cypher, given = named.text, named.parameters(given)
    if explain:
        click.echo(cypher.rstrip())
        click.echo("// parameters: " + json.dumps(given, sort_keys=True))
        return
    with _open_store(store, db, neo4j_uri, neo4j_user, neo4j_database) as st:
        res = st.query(cypher, given)
    click.echo(render(res.columns, res.rows, fmt))


@cli.command("queries")
@format_option
def list_queries(fmt: str) -> None:
    """List the shipped queries: name, title and parameters with defaults."""
    from kg.querylib import load_queries
    rows = [[q.name, q.title, " ".join(f"{k}={json.dumps(v)}" for k, v in q.defaults.items())]
            for q in load_queries().values()]
    click.echo(render(["name", "title", "parameters"], rows, fmt))


@cli.command()
@store_options
@format_option
def stats(store: str, db: str, neo4j_uri: str | None, neo4j_user: str | None, neo4j_database: str | None,
          fmt: str) -> None:
    """Summarise the stored graph: nodes per label, relationships per type."""
    with _open_store(store, db, neo4j_uri, neo4j_user, neo4j_database) as st:
        s = st.stats()
    rows = [["node", k, v] for k, v in s["nodes"].items()] + [["relationship", k, v]
                                                               for k, v in s["relationships"].items()]
    click.echo(render(["kind", "name", "count"], rows, fmt))


def _copy(source, target) -> None:
    graph = source.read_graph()
    target.write(graph)
    click.echo(f"copied {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships")


@cli.command()
@click.option("--from", "source", default="kg.db", show_default=True, type=click.Path(exists=True),
              help="Embedded database to copy from.")
@click.option("--to", "target", type=click.Choice(["neo4j"]), default="neo4j", show_default=True)
@neo4j_options
def push(source: str, target: str, neo4j_uri: str | None, neo4j_user: str | None,
         neo4j_database: str | None) -> None:
    """Copy an embedded graph into Neo4j (no re-extraction; idempotent)."""
    with _open_store("ladybug", source) as src, _open_store(target, source, neo4j_uri, neo4j_user,
                                                              neo4j_database, create=True) as dst:
        _copy(src, dst)


@cli.command()
@click.option("--from", "source", type=click.Choice(["neo4j"]), default="neo4j", show_default=True)
@click.option("--to", "target", default="kg.db", show_default=True, type=click.Path(),
              help="Embedded database to copy into (created if missing).")
@neo4j_options
def pull(source: str, target: str, neo4j_uri: str | None, neo4j_user: str | None,
         neo4j_database: str | None) -> None:
    """Copy a Neo4j graph into an embedded database."""
    with _open_store(source, target, neo4j_uri, neo4j_user, neo4j_database) as src, \
            _open_store("ladybug", target, create=True) as dst:
        _copy(src, dst)


from kg.cli import exports as _exports  # noqa: E402,F401  (adds export, snapshot, diff to the group)
from kg.cli import viz as _viz  # noqa: E402,F401  (adds kg viz)


def main() -> None:
    # the driver logs connection trouble as warnings; kg reports it itself, in one line
    logging.getLogger("neo4j").setLevel(logging.CRITICAL)
    cli(prog_name="kg")


if __name__ == "__main__":  # pragma: no cover
    main()
