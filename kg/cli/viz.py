"""``kg viz``: the method-hardware picture, the method x hardware matrix, an entity's neighborhood."""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import StoreTarget, check_output, cli, force_option, pass_target, store_options

VIEW_FORMATS = ("html", "png", "svg")
FORMAT = click.option("--format", "fmt", type=click.Choice(VIEW_FORMATS), default=None,
                      help="Output format (default: from the file name's extension).")


def _output(output: str, fmt: str | None, force: bool) -> tuple[Path, str]:
    """The file to write and its format: the extension must be one kg draws, and agree with --format."""
    path = Path(output)
    suffix = path.suffix.lstrip(".").lower()
    if suffix and suffix not in VIEW_FORMATS:
        raise click.UsageError(f"{path}: kg viz writes {', '.join(VIEW_FORMATS)}, not '.{suffix}'")
    if fmt and suffix and fmt != suffix:
        raise click.UsageError(f"{path}: the extension says {suffix} but --format says {fmt}")
    check_output(path, force)
    return path, fmt or suffix or "html"


def _render(view, path: Path, fmt: str) -> None:
    from kg.viz import HtmlView
    from kg.viz.static import draw_view
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
@click.option("-o", "--output", default="exports/method-hardware.html", show_default=True,
              help="File to write (.html, .png or .svg).")
@FORMAT
@force_option
@click.option("--include", default="", help="Also show these entity types: model,dataset,framework.")
@click.option("--limit", default=400, show_default=True, type=click.IntRange(2),
              help="Above this many nodes, show the best-connected ones and say what was left out.")
@store_options
@pass_target
def method_hardware(target: StoreTarget, output, fmt, force, include, limit) -> None:
    """Methods and the hardware they run on (edge width: number of papers)."""
    from kg.viz import method_hardware_view
    path, fmt = _output(output, fmt, force)
    graph = target.read()
    kinds = tuple(k.strip() for k in include.split(",") if k.strip())
    _render(method_hardware_view(graph, kinds, limit), path, fmt)


@viz.command("neighborhood")
@click.argument("name")
@click.option("--depth", default=2, show_default=True, type=click.IntRange(1, 5),
              help="How many relations away from NAME to go.")
@click.option("-o", "--output", default=None, help="File to write (default exports/neighborhood-NAME.html).")
@FORMAT
@force_option
@click.option("--limit", default=400, show_default=True, type=click.IntRange(2),
              help="Above this many nodes, show the best-connected ones and say what was left out.")
@store_options
@pass_target
def neighborhood(target: StoreTarget, name, depth, output, fmt, force, limit) -> None:
    """Everything within DEPTH relations of the entity NAME."""
    from kg.viz import neighborhood_view
    output = output or f"exports/neighborhood-{''.join(c if c.isalnum() else '-' for c in name)}.html"
    path, fmt = _output(output, fmt, force)
    graph = target.read()
    _render(neighborhood_view(graph, name, depth, limit), path, fmt)


@viz.command("matrix")
@click.option("-o", "--output", default="exports/matrix.png", show_default=True,
              help="File to write (.png, .svg, or .html for a table).")
@FORMAT
@force_option
@click.option("--value", type=click.Choice(["count", "speedup"]), default="count", show_default=True,
              help="Cells: number of papers, or the best speedup reported on that hardware.")
@click.option("--limit", default=40, show_default=True, type=click.IntRange(1), help="Rows and columns at most.")
@store_options
@pass_target
def matrix_command(target: StoreTarget, output, fmt, force, value, limit) -> None:
    """A method x hardware heatmap (PNG/SVG) or table (HTML)."""
    from kg.viz import matrix, matrix_html
    from kg.viz.static import draw_matrix
    path, fmt = _output(output, fmt, force)
    graph = target.read()
    methods, hardware, grid = matrix(graph, value, limit)
    if fmt == "html":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(matrix_html(methods, hardware, grid), encoding="utf-8")
    else:
        draw_matrix(methods, hardware, grid, value, path)
    click.echo(f"wrote {path} ({len(methods)} methods x {len(hardware)} hardware)")
