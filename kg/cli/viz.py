"""``kg viz``: which methods run on which hardware, at the scale of a field.

method-hardware, matrix, results, trends and report read aggregated rows from the store (the
shipped ``viz_*`` queries), never the whole graph; neighborhood draws one entity's surroundings.
"""
from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import StoreTarget, check_output, cli, force_option, pass_target, store_options

VIEW_FORMATS = ("html", "png", "svg")
FORMAT = click.option("--format", "fmt", type=click.Choice(VIEW_FORMATS), default=None,
                      help="Output format (default: from the file name's extension).")
GENERIC = click.option("--generic", is_flag=True,
                       help="Also show generic classes (GPU, CPU, FPGA ...), hidden by default.")


def level_option(default: str):
    return click.option("--level", type=click.Choice(["product", "architecture", "vendor"]), default=default,
                        show_default=True, help="Group hardware by product, by architecture (NVIDIA Hopper) "
                                                "or by vendor.")


def view_options(default_output: str, level: str):
    """The options every picture command shares: output file and format, --force, --level, --generic."""
    shared = [click.option("-o", "--output", default=default_output, show_default=True,
                           help="File to write (.html, .png or .svg; the matrix's html is a table)."),
              FORMAT, force_option, level_option(level), GENERIC]

    def wrap(command):
        for option in reversed(shared):
            command = option(command)
        return command
    return wrap


def _output(output: str, fmt: str | None, force: bool, formats: tuple[str, ...] = VIEW_FORMATS) -> tuple[Path, str]:
    """The file to write and its format: the extension must be one kg draws, and agree with --format."""
    path = Path(output)
    suffix = path.suffix.lstrip(".").lower()
    if suffix and suffix not in formats:
        raise click.UsageError(f"{path}: kg viz writes {', '.join(formats)}, not '.{suffix}'")
    if fmt and suffix and fmt != suffix:
        raise click.UsageError(f"{path}: the extension says {suffix} but --format says {fmt}")
    check_output(path, force)
    return path, fmt or suffix or formats[0]


def _field(target: StoreTarget):
    from kg.viz.field import read_field
    with target.open(read_only=True) as st:
        return read_field(st)


def _write(path: Path, fmt: str, html_page, figure, summary: str) -> None:
    """Write the page (html) or the figure (png/svg), then say what was drawn and what was cut."""
    if fmt == "html":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_page(), encoding="utf-8")
    else:
        from kg.viz.figures import save
        save(figure(), path)
    click.echo(f"wrote {path} ({summary})")


@cli.group()
def viz() -> None:
    """Pictures of the graph: interactive offline HTML, or PNG/SVG for papers and slides."""


@viz.command("method-hardware")
@view_options("exports/method-hardware.html", "architecture")
@click.option("--methods", default=50, show_default=True, type=click.IntRange(1),
              help="Methods drawn; the rest are one 'other methods' node.")
@click.option("--hardware", default=30, show_default=True, type=click.IntRange(1),
              help="Hardware groups drawn; the rest are one 'other hardware' node.")
@store_options
@pass_target
def method_hardware(target: StoreTarget, output, fmt, force, level, methods, hardware, generic) -> None:
    """Methods beside the hardware they run on, hardware grouped by vendor and architecture.

    The HTML page switches between product, architecture and vendor, filters by vendor,
    architecture, relation and year, and shows the sentences behind a line when clicked."""
    from kg.viz.field_html import bipartite_page
    from kg.viz.figures import bipartite_figure
    from kg.viz.hierarchy import LEVELS
    from kg.viz.views import method_hardware as view_of
    path, fmt = _output(output, fmt, force)
    data = _field(target)
    views = {lv: view_of(data, lv, methods, hardware, generic) for lv in LEVELS}
    shown = views[level]
    _write(path, fmt, lambda: bipartite_page(views, level), lambda: bipartite_figure(shown),
           f"{len(shown.nodes)} nodes, {len(shown.edges)} edges; {shown.note}")


@viz.command("matrix")
@view_options("exports/matrix.png", "architecture")
@click.option("--value", type=click.Choice(["count", "speedup", "throughput"]), default="count", show_default=True,
              help="Cells: papers, or the best speedup (x) or throughput (the most reported unit per second).")
@click.option("--rows", default=40, show_default=True, type=click.IntRange(1), help="Rows shown at most.")
@click.option("--rows-by", "by", type=click.Choice(["method", "family"]), default="method", show_default=True,
              help="One row per method, or per method family (the named method its members use or are based on).")
@click.option("--columns", default=30, show_default=True, type=click.IntRange(1), help="Hardware groups at most.")
@store_options
@pass_target
def matrix_command(target: StoreTarget, output, fmt, force, level, value, rows, by, columns, generic) -> None:
    """Methods (or method families) x hardware groups: papers per cell, or the best result reported there."""
    from kg.viz.figures import matrix_figure
    from kg.viz.report import matrix_page
    from kg.viz.summaries import hardware_matrix
    path, fmt = _output(output, fmt, force)
    m = hardware_matrix(_field(target), level, value, rows, columns, generic, by)
    _write(path, fmt, lambda: matrix_page(m), lambda: matrix_figure(m),
           f"{len(m.rows)} {'method families' if by == 'family' else 'methods'} x {len(m.columns)} hardware; {m.note}")


@viz.command("results")
@view_options("exports/results.png", "product")
@click.option("--unit", default="x", show_default=True, help="Results in this unit: x (speedups), tokens/s, ...")
@click.option("--top", default=15, show_default=True, type=click.IntRange(1), help="Hardware groups at most.")
@store_options
@pass_target
def results_command(target: StoreTarget, output, fmt, force, level, unit, top, generic) -> None:
    """Every reported result in one unit per hardware: what speedups are reported on H100 vs MI300X."""
    from kg.viz.field_html import page
    from kg.viz.figures import strips_figure, svg
    from kg.viz.summaries import result_strips
    path, fmt = _output(output, fmt, force)
    s = result_strips(_field(target), unit, level, top, generic)
    _write(path, fmt, lambda: page("Reported results per hardware", svg(strips_figure(s))),
           lambda: strips_figure(s), s.note)


@viz.command("trends")
@view_options("exports/trends.png", "architecture")
@click.option("--top", default=8, show_default=True, type=click.IntRange(1), help="Hardware groups at most.")
@store_options
@pass_target
def trends_command(target: StoreTarget, output, fmt, force, level, top, generic) -> None:
    """Share of each year's papers that run on each hardware group (papers need a 'published' date)."""
    from kg.viz.field_html import page
    from kg.viz.figures import svg, trends_figure
    from kg.viz.summaries import hardware_trends
    path, fmt = _output(output, fmt, force)
    t = hardware_trends(_field(target), level, top, generic)
    _write(path, fmt, lambda: page("Hardware over time", svg(trends_figure(t))), lambda: trends_figure(t), t.note)


@viz.command("report")
@click.option("-o", "--output", default="exports/report.html", show_default=True, help="HTML file to write.")
@force_option
@level_option("architecture")
@click.option("--methods", default=50, show_default=True, type=click.IntRange(1), help="Methods drawn.")
@click.option("--hardware", default=30, show_default=True, type=click.IntRange(1), help="Hardware groups drawn.")
@GENERIC
@click.option("--title", default="kg report", show_default=True, help="The page's title.")
@store_options
@pass_target
def report_command(target: StoreTarget, output, force, level, methods, hardware, generic, title) -> None:
    """One self-contained offline page with every view and the headline counts, to share."""
    from kg.viz.report import render_report
    path, _ = _output(output, None, force, ("html",))
    data = _field(target)
    _write(path, "html", lambda: render_report(data, level, methods, hardware, generic, title), None,
           f"{data.counts.get('Paper', 0)} papers")


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
    from kg.viz import HtmlView, neighborhood_view
    from kg.viz.static import draw_view
    output = output or f"exports/neighborhood-{''.join(c if c.isalnum() else '-' for c in name)}.html"
    path, fmt = _output(output, fmt, force)
    view = neighborhood_view(target.read(), name, depth, limit)
    if fmt == "html":
        HtmlView(view).save(path)
    else:
        draw_view(view, path)
    click.echo(f"wrote {path} ({len(view.nodes)} nodes, {len(view.edges)} edges)" +
               (f"; {view.note}" if view.note else ""))
