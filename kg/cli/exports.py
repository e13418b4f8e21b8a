"""``kg export``, ``kg snapshot`` and ``kg diff``: thin shells over kg.exporters and kg.snapshots."""
from __future__ import annotations

import json
from pathlib import Path

import click

from kg.cli.common import StoreTarget, check_output, cli, force_option, pass_target, store_options
from kg.output import FORMATS, render


@cli.command("export")
@click.option("--format", "fmt", default=None, help="Export format (see --list).")
@click.option("-o", "--output", type=click.Path(), default=None, help="File (or folder, for csv/neo4j-admin) to write.")
@click.option("--list", "list_formats", is_flag=True, help="List the export formats and exit.")
@force_option
@click.option("--base-iri", default=None, help="Base IRI of RDF exports (default https://w3id.org/kg/data/).")
@store_options
@pass_target
def export(target: StoreTarget, fmt, output, list_formats, force, base_iri) -> None:
    """Write the stored graph in one format (RDF, GraphML, GEXF, JSON, CSV, Cypher, neo4j-admin)."""
    from kg.exporters import get_exporter, list_exporters
    from kg.exporters.rdf import FORMATS as RDF
    if list_formats:
        click.echo(render(["format", "description"], [[e.name, e.description] for e in list_exporters()], "table"))
        return
    if not fmt or not output:
        raise click.UsageError("--format and -o/--output are required (or --list)")
    exporter = get_exporter(fmt)
    out = Path(output)
    check_output(out, force)
    graph = target.read()
    kwargs = {"base": base_iri} if base_iri and fmt in RDF else {}
    written = exporter.write(graph, out, **kwargs)
    click.echo(f"wrote {len(written)} file{'s' if len(written) != 1 else ''} to {out} "
               f"({graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships)")


@cli.command()
@click.option("-o", "--output", type=click.Path(file_okay=False), default="exports", show_default=True,
              help="Folder in which the dated snapshot folder is created.")
@click.option("--formats", default="turtle,graphml,json", show_default=True,
              help="Comma-separated formats (see kg export --list); json is always included.")
@click.option("--base-iri", default=None, help="Base IRI of RDF files.")
@store_options
@pass_target
def snapshot(target: StoreTarget, output, formats, base_iri) -> None:
    """Write a dated snapshot folder with a manifest (counts, inputs, versions, file hashes)."""
    from kg.exporters import get_exporter
    from kg.snapshots import write_snapshot
    names = tuple(f.strip() for f in formats.split(",") if f.strip())
    for name in names:
        get_exporter(name)          # a bad name fails before anything is written, listing the valid ones
    graph = target.read()
    path = write_snapshot(graph, Path(output), names, base_iri)
    click.echo(f"snapshot written to {path}")


@cli.command("diff")
@click.argument("snapshot_a", type=click.Path(exists=True))
@click.argument("snapshot_b", type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: a summary by type; json: every added, removed and changed node and edge.")
def diff_command(snapshot_a, snapshot_b, fmt) -> None:
    """What changed from SNAPSHOT_A to SNAPSHOT_B (nodes and edges added, removed, changed)."""
    from kg.snapshots import diff
    result = diff(Path(snapshot_a), Path(snapshot_b))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, default=str))
        return
    rows = [[kind, change, name, n] for kind in ("nodes", "relationships")
            for change, counts in result["summary"][kind].items() for name, n in sorted(counts.items())]
    if not rows and fmt == "table":
        click.echo("no differences")
        return
    click.echo(render(["element", "change", "type", "count"], rows, fmt))
