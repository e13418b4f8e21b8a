"""What every ``kg`` command shares: the group, its error handling, store and output options."""
from __future__ import annotations

import json
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from kg import __version__
from kg.errors import ExportWarning, KGError
from kg.output import FORMATS
from kg.sources import INPUT_FORMATS


def _one_line_warning(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
    """kg's own warnings (a value left out of an export) are one line on stderr, like its errors."""
    click.echo(f"warning: {message}", err=True)


class KGGroup(click.Group):
    """Every KGError becomes one line on stderr and exit code 1; usage errors exit 2."""

    def invoke(self, ctx: click.Context) -> Any:
        from kg import interrupts
        try:
            # Ctrl-C always stops kg with 130, even when the engine swallows it
            with interrupts.installed(), warnings.catch_warnings():
                warnings.simplefilter("always", ExportWarning)
                warnings.showwarning = _one_line_warning     # restored when the block ends
                return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)
        except KeyboardInterrupt:
            from kg import interrupts
            interrupts.ignore_more()
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except OSError as exc:          # an output folder that is missing or not ours, a full disk
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"error: {where}{exc.strerror or exc}", err=True)
            ctx.exit(1)


STORES = ["ladybug", "neo4j"]


@dataclass
class StoreTarget:
    """The store a command reads or writes, gathered once from the shared options (``ctx.obj``)."""

    store: str = "ladybug"
    db: str = "kg.db"
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_database: str | None = None
    neo4j_timeout: float | None = None

    def open(self, create: bool = False, batch_size: int = 10_000, store: str | None = None, db: str | None = None,
             read_only: bool = False):
        """Open it (``store``/``db`` override, for push and pull); for Neo4j the password comes from
        the environment, the config file or a prompt. Read commands open the embedded file read-only:
        faster, never blocked by other readers, and a query cannot change the graph."""
        from kg.stores import open_store
        store, db = store or self.store, db or self.db
        if store == "ladybug":
            return open_store("ladybug", path=db, create=create, batch_size=batch_size, read_only=read_only)
        from kg.stores.neo4j_settings import Neo4jSettings
        def resolve(password: str | None = None) -> Neo4jSettings:
            return Neo4jSettings.resolve(uri=self.neo4j_uri, user=self.neo4j_user, database=self.neo4j_database,
                                         timeout=self.neo4j_timeout, password=password)
        settings = resolve()
        if settings.password is None:
            if not sys.stdin.isatty():
                raise click.UsageError("no Neo4j password: set NEO4J_PASSWORD or write ~/.config/kg/neo4j.json (mode 600)")
            settings = resolve(click.prompt(f"Neo4j password for {settings.user}", hide_input=True))
        return open_store("neo4j", settings=settings, create=create, batch_size=batch_size)

    def read(self):
        """The whole stored graph as networkx (for exports and pictures)."""
        with self.open(read_only=True) as st:
            return st.read_graph()


def _remember(field: str):
    def callback(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        setattr(ctx.ensure_object(StoreTarget), field, value)
        return value
    return callback


def _shared(*decls: str, field: str, **attrs: Any):
    """An option that lands in the command's StoreTarget instead of its arguments."""
    return click.option(*decls, expose_value=False, is_eager=True, callback=_remember(field), **attrs)


NEO4J_OPTIONS = [
    _shared("--neo4j-uri", field="neo4j_uri", envvar="NEO4J_URI", default=None,
            help="bolt://, neo4j://, neo4j+s:// or bolt+s:// URI (env NEO4J_URI)."),
    _shared("--neo4j-user", field="neo4j_user", envvar="NEO4J_USERNAME", default=None,
            help="Neo4j user (env NEO4J_USERNAME)."),
    _shared("--neo4j-database", field="neo4j_database", envvar="NEO4J_DATABASE", default=None,
            help="Neo4j database (env NEO4J_DATABASE; default: the server's default)."),
    _shared("--neo4j-timeout", field="neo4j_timeout", envvar="KG_NEO4J_TIMEOUT", default=None,
            type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
            help="Give up on a Neo4j server that does not answer within this time, and retry a transaction a "
                 "dropped connection cut for three times as long (env KG_NEO4J_TIMEOUT; default 10)."),
]
STORE_OPTIONS = [
    _shared("--store", field="store", type=click.Choice(STORES), envvar="KG_STORE", default="ladybug",
            show_default=True, help="Graph store: the embedded LadybugDB file, or a Neo4j server (env KG_STORE)."),
    _shared("--db", field="db", envvar="KG_DB", default="kg.db", show_default=True,
            type=click.Path(dir_okay=True), help="Embedded database path (env KG_DB)."),
    *NEO4J_OPTIONS,
]


def _apply(options):
    def decorate(func):
        for option in reversed(options):
            func = option(func)
        return func
    return decorate


pass_target = click.make_pass_decorator(StoreTarget, ensure=True)
store_options = _apply(STORE_OPTIONS)   # every command that reads or writes the graph
neo4j_options = _apply(NEO4J_OPTIONS)   # the Neo4j side of push/pull
format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
                             help="Output format.")
input_format_option = click.option("--input-format", type=click.Choice(INPUT_FORMATS), default=None,
                                   help="Input format (default: from extension and content; JSON records "
                                        "from arXiv, OpenAlex, Semantic Scholar and Hugging Face are told "
                                        "apart by their keys).")


abstracts_option = click.option(
    "--abstracts", "abstracts", multiple=True, type=click.Path(exists=True, dir_okay=False),
    help="A Semantic Scholar 'abstracts' dataset file (corpusid, abstract per line; gzip read too): its "
         "abstracts complete the S2 'papers' rows that carry none, joined by corpus id. Repeatable.")


def selection_options(command):
    """--category, --since, --until: which papers of the input to read (applied while streaming)."""
    for option in reversed([
            click.option("--category", default=None, metavar="CATS",
                         help="Only papers in one of these comma-separated categories ('cs.DC,cs.LG'; "
                              "'cs' takes every cs.*)."),
            click.option("--since", default=None, metavar="DATE", help="Only papers published on or after "
                                                                      "DATE (YYYY, YYYY-MM or YYYY-MM-DD)."),
            click.option("--until", default=None, metavar="DATE", help="Only papers published on or before DATE.")]):
        command = option(command)
    return command


force_option = click.option("--force", is_flag=True, help="Overwrite an existing output.")
quiet_option = click.option("-q", "--quiet", is_flag=True,
                            help="No progress and no summary (warnings and errors still go to stderr).")
workers_option = click.option(
    "--workers", type=click.IntRange(0), default=0, show_default=True, envvar="KG_WORKERS",
    help="Extraction processes (0: every core; env KG_WORKERS). The output is the same for any number.")


def check_output(path: Path, force: bool) -> None:
    """One rule for every writer: an existing output (a file, or a non-empty folder) needs --force."""
    if path.exists() and (not path.is_dir() or any(path.iterdir())) and not force:
        raise click.UsageError(f"{path} exists; pass --force to overwrite it")


def _warn_skip(skip) -> None:
    click.echo(f"warning: {skip}", err=True)


def _print_summary(summary: dict[str, Any]) -> None:
    unchanged = summary.get("papers_unchanged")
    kept = f"  unchanged (already in the graph, not re-read): {unchanged}" if unchanged else ""
    if summary.get("papers_not_selected"):
        kept += f"  not selected (--category/--since/--until): {summary['papers_not_selected']}"
    if summary.get("papers_also_from_another_source"):
        kept += f"  also from another source (recorded, text kept): {summary['papers_also_from_another_source']}"
    click.echo(f"papers read: {summary['papers_read']}  skipped: {summary['papers_skipped']}{kept}  "
               f"time: {summary['seconds']}s")
    if summary["papers_read"]:
        click.echo("entities per paper, summed:  " + ", ".join(f"{k} {v}" for k, v in summary["entities"].items()))
        click.echo("relations per paper, summed: " + ", ".join(f"{k} {v}" for k, v in summary["relations"].items()))
        click.echo(f"results:   {summary['results']}")
    for reason, n in summary.get("relations_dropped", {}).items():
        click.echo(f"warning: {n} relation(s) not stored: {reason}", err=True)


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
