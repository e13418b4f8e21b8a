"""The ``kg`` command line: a thin shell over kg's library (the library never imports click).

Commands live by job: graph building and querying here, exports in kg/cli/exports.py, pictures in
kg/cli/viz.py; the group and shared options in kg/cli/common.py (so no module imports another's commands).
"""
from __future__ import annotations

import contextlib
import json
import sys
from typing import Any

import click

from kg.cli import exports as _exports  # noqa: F401  (adds export, snapshot, diff to the group)
from kg.cli import fetch as _fetch  # noqa: F401  (adds kg fetch)
from kg.cli import quality as _quality  # noqa: F401  (adds kg eval)
from kg.cli import viz as _viz  # noqa: F401  (adds kg viz)
from kg.cli.common import (
    StoreTarget,
    _parse_params,
    _print_summary,
    _warn_skip,
    abstracts_option,
    cli,
    format_option,
    input_format_option,
    neo4j_options,
    pass_target,
    quiet_option,
    selection_options,
    store_options,
    workers_option,
)
from kg.cli.progress import progress_for
from kg.output import created_only_on_success, render, replace_when_done


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", default="-", show_default=True, help="JSONL file to write ('-' is stdout).")
@input_format_option
@abstracts_option
@selection_options
@workers_option
@quiet_option
def extract(inputs: tuple[str, ...], output: str, input_format: str | None, abstracts: tuple[str, ...], workers: int,
            quiet: bool, category: str | None, since: str | None, until: str | None) -> None:
    """Extract entities, relations and results from INPUTS into JSONL records.

    INPUTS are seed-page text, JSONL or CSV files, or '-' for stdin.
    """
    from kg.jobs import extract as run
    from kg.sources.filters import Selection
    select = Selection.of(category, since, until)
    progress = progress_for("extracted", list(inputs), quiet, select.active)
    try:
        if output == "-":
            run(list(inputs), sys.stdout, input_format=input_format, on_skip=_warn_skip, progress=progress,
                workers=workers, select=select, abstracts=list(abstracts))
            return
        with replace_when_done(output) as out:      # a failed run never truncates an existing file
            summary = run(list(inputs), out, input_format=input_format, on_skip=_warn_skip, progress=progress,
                          workers=workers, select=select, abstracts=list(abstracts))
    finally:
        progress.close()
    if not quiet:
        _print_summary(summary.as_dict())


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@store_options
@input_format_option
@abstracts_option
@selection_options
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1), help="Papers per write.")
@click.option("--rows-per-statement", default=10_000, show_default=True, type=click.IntRange(1),
              help="Rows per UNWIND statement (and per Neo4j transaction).")
@workers_option
@click.option("--dask", "dask", metavar="SCHEDULER", default=None, envvar="KG_DASK",
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or 'local' for a "
                   "LocalCluster of one worker per core; this process writes the store (env KG_DASK).")
@quiet_option
@pass_target
def build(target: StoreTarget, inputs: tuple[str, ...], input_format: str | None, abstracts: tuple[str, ...],
          batch_size: int, rows_per_statement: int, workers: int, dask: str | None, quiet: bool,
          category: str | None, since: str | None, until: str | None) -> None:
    """Extract INPUTS and merge the graph into the store (idempotent, incremental).

    INPUTS are trending-papers page files (.txt), JSONL (title, abstract; optional id, url, authors,
    published, categories) or CSV files with a header, or '-' for stdin; --input-format overrides
    the detection. Records kg cannot read are skipped with a warning naming file, line and reason.
    """
    from kg.jobs import build as run
    from kg.sources.filters import Selection
    select = Selection.of(category, since, until)
    guard = created_only_on_success(target.db) if target.store == "ladybug" else contextlib.nullcontext()
    progress = progress_for("built", list(inputs), quiet, select.active)
    with guard, target.open(create=True, batch_size=rows_per_statement) as st:
        before = st.stats()
        try:
            summary = run(list(inputs), st, input_format=input_format, batch_size=batch_size,
                          on_skip=_warn_skip, progress=progress, workers=workers, dask=dask, select=select,
                          abstracts=list(abstracts), on_phase=progress.note)
        finally:
            progress.close()
        after = st.stats()
    if quiet:
        return
    _print_summary(summary.as_dict())
    _print_growth(before, after)
    click.echo(f"stored in {target.db if target.store == 'ladybug' else st.settings.uri}")


def _print_growth(before: dict[str, dict[str, int]], after: dict[str, dict[str, int]]) -> None:
    """What the store holds now, and what this build added (the counts above are per paper)."""
    for kind in ("nodes", "relationships"):
        total = sum(after[kind].values())
        added = {k: n - before[kind].get(k, 0) for k, n in after[kind].items() if n != before[kind].get(k, 0)}
        click.echo(f"store {kind}: {total} (new: " + (", ".join(f"{k} {n}" for k, n in added.items()) or "none") + ")")


@cli.command()
@click.argument("cypher", required=False)
@click.option("--name", "name", default=None, help="Run a shipped query by name (see kg queries).")
@click.option("--param", "params", multiple=True, metavar="KEY=VALUE",
              help="Query parameter (repeatable); values are JSON if they parse, else text.")
@click.option("--explain", is_flag=True, help="Print the Cypher and its parameters instead of running it.")
@click.option("--write", is_flag=True, help="Allow the query to change the embedded graph (it is opened read-only otherwise).")
@store_options
@format_option
@pass_target
def query(target: StoreTarget, cypher: str | None, name: str | None, params: tuple[str, ...], explain: bool,
          write: bool, fmt: str) -> None:
    """Run a Cypher query (or a shipped one, --name) against the stored graph and print the rows."""
    from kg.querylib import get_query
    if bool(cypher) == bool(name):
        raise click.UsageError("give either CYPHER or --name NAME")
    given = _parse_params(params)
    if name:
        named = get_query(name)
        defaulted = {k: v for k, v in named.defaults.items() if k not in given}
        cypher, given = named.text, named.parameters(given)
        if defaulted:
            click.echo("using defaults: " + " ".join(f"{k}={json.dumps(v)}" for k, v in defaulted.items()), err=True)
    if explain:
        click.echo((cypher or "").rstrip())
        click.echo("// parameters: " + json.dumps(given, sort_keys=True))
        return
    with target.open(read_only=not write) as st:
        res = st.query(cypher or "", given)
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
@click.option("--fingerprint", is_flag=True,
              help="Also print an order-independent sha256 sum of every node and relationship (reads them "
                   "all): equal for equal graphs, whatever the build order or store.")
@pass_target
def stats(target: StoreTarget, fmt: str, fingerprint: bool) -> None:
    """Summarise the stored graph: nodes per label, relationships per type."""
    with target.open(read_only=True) as st:
        s = st.stats()
        rows: list[list[Any]] = [["node", k, v] for k, v in s["nodes"].items()]
        rows += [["relationship", k, v] for k, v in s["relationships"].items()]
        if fingerprint:
            rows.append(["graph", "fingerprint", st.content_sum()["sha256_sum"]])
    click.echo(render(["kind", "name", "count"], rows, fmt))


@cli.command()
@click.option("--db", "db", envvar="KG_DB", default="kg.db", show_default=True, type=click.Path(dir_okay=False),
              help="Embedded database to compact (env KG_DB).")
def compact(db: str) -> None:
    """Rewrite the embedded database into a fresh file: many incremental builds leave it larger than
    the same graph built at once (the graph itself does not change)."""
    from kg.stores.ladybug import compact as run
    before, after = run(db)
    click.echo(f"compacted {db}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")


@cli.command()
@click.option("--db", "db", envvar="KG_DB", default="kg.db", show_default=True, type=click.Path(dir_okay=False),
              help="Embedded database to check (env KG_DB).")
def check(db: str) -> None:
    """Read the whole embedded database back and compare it with the sum its last build recorded
    (DB.sum): damage the engine does not notice (edges lost or re-pointed) shows here. Exit 1 if damaged."""
    from kg.stores.ladybug import check as run
    intact, line = run(db)
    click.echo(line)
    if not intact:
        sys.exit(1)


def _copy(source, target) -> None:
    graph = source.read_graph()
    target.write(graph)
    click.echo(f"copied {graph.number_of_nodes()} nodes and {graph.number_of_edges()} relationships")


@cli.command()
@click.option("--from", "source", default="kg.db", show_default=True, type=click.Path(exists=True),
              help="Embedded database to copy from.")
@click.option("--to", "target", type=click.Choice(["neo4j"]), default="neo4j", show_default=True,
              help="The store to copy into (Neo4j; connection from --neo4j-* options or the environment).")
@neo4j_options
@pass_target
def push(neo4j: StoreTarget, source: str, target: str) -> None:
    """Copy an embedded graph into Neo4j (no re-extraction; idempotent)."""
    with neo4j.open(store="ladybug", db=source) as src, neo4j.open(store=target, create=True) as dst:
        _copy(src, dst)


@cli.command()
@click.option("--from", "source", type=click.Choice(["neo4j"]), default="neo4j", show_default=True,
              help="The store to copy from (Neo4j; connection from --neo4j-* options or the environment).")
@click.option("--to", "target", default="kg.db", show_default=True, type=click.Path(),
              help="Embedded database to copy into (created if missing).")
@neo4j_options
@pass_target
def pull(neo4j: StoreTarget, source: str, target: str) -> None:
    """Copy a Neo4j graph into an embedded database."""
    with neo4j.open(store=source) as src, neo4j.open(store="ladybug", db=target, create=True) as dst:
        _copy(src, dst)


def main() -> None:
    """The ``kg`` program. Interrupted, it leaves at once with 130 (:func:`kg.interrupts.exit_interrupted`)."""
    from kg import interrupts
    try:
        cli(prog_name="kg")
    except KeyboardInterrupt:       # before a command's own handler was installed (still importing)
        interrupts.ignore_more()
        click.echo("interrupted", err=True)
        interrupts.exit_interrupted()
    except SystemExit as exc:
        if exc.code == 130:         # a command was interrupted and has closed what it opened
            interrupts.exit_interrupted()
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
