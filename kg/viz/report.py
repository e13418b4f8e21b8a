"""``kg viz report``: one self-contained offline page a researcher can share.

Headline counts, the interactive method-hardware view (all three hierarchy levels), the matrix
of papers and of best speedups, reported results per hardware and hardware trends per year.
"""
from __future__ import annotations

import html

from kg.viz.field import FieldData
from kg.viz.field_html import bipartite_fragment, page
from kg.viz.figures import COUNT_BINS, strips_figure, svg, trends_figure
from kg.viz.hierarchy import LEVELS
from kg.viz.summaries import Matrix, hardware_matrix, hardware_trends, result_strips
from kg.viz.views import method_hardware

GREENS = ["#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"]
TABLE_STYLE = """
table.kgm{border-collapse:collapse;font-size:12px} table.kgm td,table.kgm th{border:1px solid #e3e3e3;padding:2px 5px}
table.kgm th.col{writing-mode:vertical-rl;transform:rotate(180deg);max-height:160px;font-weight:normal}
table.kgm td.nores{background:#f1f1f1;color:#999} .counts{display:flex;gap:18px;flex-wrap:wrap;margin:8px 0 16px}
.counts div{background:#f4f6f8;border-radius:6px;padding:8px 12px} .counts b{display:block;font-size:20px}
section{margin:26px 0} .kgnote{color:#7a4b00;font-size:12px}
"""


def _shade(count: int) -> str:
    for i, upper in enumerate(COUNT_BINS[1:]):
        if count < upper:
            return GREENS[min(i, len(GREENS) - 1)]
    return GREENS[-1]


def matrix_table(m: Matrix) -> str:
    """The matrix as an HTML table: colour by papers (whole-number bins), the best result in results
    mode; a blank cell has no edge, a grey dash has an edge but no result."""
    head = "".join(f"<th class='col'>{html.escape(c)}</th>" for c in m.columns)
    rows = []
    for name, counts, best in zip(m.rows, m.counts, m.best):
        cells = []
        for count, value in zip(counts, best):
            if not count:
                cells.append("<td></td>")
            elif m.value != "count" and value is None:
                cells.append(f"<td class='nores' title='{count} paper(s), no result in {m.unit}'>–</td>")
            else:
                text = f"{count}" if m.value == "count" else f"{value:g}"
                dark = "color:#fff;" if count >= 10 else ""
                cells.append(f"<td style='background:{_shade(count)};{dark}' title='{count} paper(s)'>{text}</td>")
        rows.append(f"<tr><th>{html.escape(name)}</th>{''.join(cells)}</tr>")
    legend = " ".join(f"<span style='background:{c};padding:0 8px'>&ge;{b}</span>" for c, b in zip(GREENS, COUNT_BINS))
    what = "papers" if m.value == "count" else f"best reported {m.value} ({html.escape(m.unit)}); – edge without a result"
    return (f"<p>Cells: {what}. Colour: papers {legend}</p><p class='kgnote'>{html.escape(m.note)}</p>"
            f"<table class='kgm'><tr><th></th>{head}</tr>{''.join(rows)}</table>")


def matrix_page(m: Matrix) -> str:
    return page(f"{m.row_title} x hardware {m.level}", matrix_table(m), extra_style=TABLE_STYLE)


def render_report(data: FieldData, level: str = "architecture", methods: int = 50, hardware: int = 30,
                  generic: bool = False, title: str = "kg report") -> str:
    counts = data.counts
    heads = [("papers", "Paper"), ("methods", "Method"), ("hardware", "Hardware"), ("models", "Model"),
             ("datasets", "Dataset"), ("frameworks", "Framework"), ("results", "Result"),
             ("relationships", "relationships")]
    tiles = "".join(f"<div><b>{counts.get(k, 0):,}</b>{name}</div>" for name, k in heads)
    views = {lv: method_hardware(data, lv, methods, hardware, generic) for lv in LEVELS}
    body, script = bipartite_fragment(views, level)
    count_m = hardware_matrix(data, level, "count", generic=generic)
    speed_m = hardware_matrix(data, level, "speedup", generic=generic)
    family_m = hardware_matrix(data, level, "count", generic=generic, by="family")
    strips = result_strips(data, "x", "product", generic=generic)
    trends = hardware_trends(data, level, generic=generic)
    sections = [
        f"<section><div class='counts'>{tiles}</div></section>",
        f"<section><h2>Which methods run on which hardware</h2>{body}</section>",
        f"<section><h2>Method x hardware ({level}): papers</h2>{matrix_table(count_m)}</section>",
        f"<section><h2>Method x hardware ({level}): best reported speedup</h2>{matrix_table(speed_m)}</section>",
        f"<section><h2>Method families x hardware ({level}): papers</h2><p>A family is the named method its "
        f"members use or are based on (the graph's USES and BASED_ON statements).</p>{matrix_table(family_m)}</section>",
        f"<section><h2>Reported speedups per hardware</h2>{svg(strips_figure(strips))}</section>",
        "<section><h2>Hardware over time</h2>" +
        (svg(trends_figure(trends)) if trends.years else f"<p class='kgnote'>{html.escape(trends.note)}</p>") +
        "</section>",
    ]
    return page(title, "".join(sections), script, extra_style=TABLE_STYLE)
