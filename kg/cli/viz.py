"""``kg viz``: the method-hardware picture, the method x hardware matrix, an entity's neighbourhood."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import _read, cli, store_options

FORMAT = click.option("--format", "fmt", type=click.Choice(["html", "png", "svg"]), default=None,
                      help="Output format (default: from the file name, else html).")


def _format(fmt: str | None, output: str) -> str:
    suffix = Path(output).suffix.lstrip(".").lower()
    return fmt or (suffix if suffix in ("html", "png", "svg") else "html")


def _render(view, fmt: str, output: str) -> None:
    from kg.viz import HtmlView
    from kg.viz.static import draw_view
    path = Path(output)
    if fmt == "html":
        HtmlView(view).save(path)
    else:
        draw_view(view, path)
    click.echo(f"wrote {path} ({len(view.nodes)} nodes, {len(view.edges)} edges)" +
               (f"; {view.note}" if view.note else ""))


@cli.group()
def viz() -> None:
    """Pictures of the graph: interactive offline HTML, or PNG/SVG for papers and slides."""


@viz.command("method-hardware")
@click.option("-o", "--output", default="exports/method-hardware.html", show_default=True, help="File to write.")
@FORMAT
@click.option("--include", default="", help="Also show these entity types: model,dataset,framework.")
@click.option("--limit", default=400, show_default=True, type=click.IntRange(2),
              help="Above this many nodes, show the best-connected ones and say what was left out.")
@store_options
def method_hardware(output, fmt, include, limit, store, db, neo4j_uri, neo4j_user, neo4j_database) -> None:
    """Methods and the hardware they run on (edge width: number of papers)."""
    from kg.viz import method_hardware_view
    graph = _read(store, db, neo4j_uri, neo4j_user, neo4j_database)
    kinds = tuple(k.strip() for k in include.split(",") if k.strip())
    _render(method_hardware_view(graph, kinds, limit), _format(fmt, output), output)


@viz.command("neighborhood")
@click.argument("name")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(1, 5))
@click.option("-o", "--output", default=None, help="File to write (default exports/neighborhood-NAME.html).")
@FORMAT
@click.option("--limit", default=400, show_default=True, type=click.IntRange(2))
@store_options
def neighborhood(name, depth, output, fmt, limit, store, db, neo4j_uri, neo4j_user, neo4j_database) -> None:
    """Everything within DEPTH relations of the entity NAME."""
    from kg.viz import neighbourhood_view
    output = output or f"exports/neighborhood-{''.join(c if c.isalnum() else '-' for c in name)}.html"
    graph = _read(store, db, neo4j_uri, neo4j_user, neo4j_database)
    _render(neighbourhood_view(graph, name, depth, limit), _format(fmt, output), output)


@viz.command("matrix")
@click.option("-o", "--output", default="exports/matrix.png", show_default=True, help="File to write.")
@FORMAT
@click.option("--value", type=click.Choice(["count", "speedup"]), default="count", show_default=True,
              help="Cells: number of papers, or the best speedup reported on that hardware.")
@click.option("--limit", default=40, show_default=True, type=click.IntRange(1), help="Rows and columns at most.")
@store_options
def matrix_command(output, fmt, value, limit, store, db, neo4j_uri, neo4j_user, neo4j_database) -> None:
    """A method x hardware heatmap (PNG/SVG) or table (HTML)."""
    import html as html_lib

    from kg.viz import matrix
    from kg.viz.static import draw_matrix
    graph = _read(store, db, neo4j_uri, neo4j_user, neo4j_database)
    methods, hardware, grid = matrix(graph, value, limit)
    fmt = _format(fmt, output)
    path = Path(output)
    if fmt == "html":
        head = "".join(f"<th>{html_lib.escape(h)}</th>" for h in hardware)
        body = "".join(f"<tr><th>{html_lib.escape(m)}</th>" + "".join(
            f"<td style='background:rgba(89,161,79,{min(1.0, v / (max(map(max, grid)) or 1)):.2f})'>{v:g}</td>"
            if v else "<td></td>" for v in row) + "</tr>" for m, row in zip(methods, grid))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Method x hardware</title>"
                        f"<style>td,th{{border:1px solid #ddd;padding:3px 6px;font:12px sans-serif}}</style></head>"
                        f"<body><table><tr><th></th>{head}</tr>{body}</table></body></html>", encoding="utf-8")
    else:
        draw_matrix(methods, hardware, grid, value, path)
    click.echo(f"wrote {path} ({len(methods)} methods x {len(hardware)} hardware)")
