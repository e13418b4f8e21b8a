"""Static figures of the field-scale views (matplotlib, Agg): each with its legend and its note.

SVG keeps text as text (searchable, testable) and has fixed ids, so the same graph gives the
same bytes; the report inlines these SVGs.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from kg.viz.static import _pyplot
from kg.viz.summaries import Matrix, Strips, Trends
from kg.viz.views import Bipartite, vendor_colour

COUNT_BINS = [1, 2, 3, 5, 10, 20, 50, 100, 1_000_000]      # matrix colours: whole-number bins


def save(fig: Any, path: Path) -> Path:
    plt = _pyplot()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight", metadata={"Date": None} if path.suffix == ".svg" else None)
    plt.close(fig)
    return path


def svg(fig: Any) -> str:
    """The figure as inline SVG text (no XML prolog)."""
    plt = _pyplot()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def bipartite_figure(view: Bipartite) -> Any:
    plt = _pyplot()
    ys = [n["y"] for n in view.nodes] or [0.0]
    height = max(4.0, (max(ys) - min(ys)) / 60 + 2)
    fig, ax = plt.subplots(figsize=(11, height))
    pos = {n["id"]: (n["x"], -n["y"]) for n in view.nodes}
    top = max((e["papers"] for e in view.edges), default=1)
    for e in view.edges:
        (x0, y0), (x1, y1) = pos[e["source"]], pos[e["target"]]
        ax.plot([x0, x1], [y0, y1], color="#e8a33d" if e["relation"] == "COMPARED_WITH" else "#7f9cc0",
                linestyle="--" if e["relation"] == "COMPARED_WITH" else "-", alpha=0.5,
                linewidth=0.5 + 4.5 * e["papers"] / top)
    for n in view.nodes:
        x, y = pos[n["id"]]
        ax.scatter([x], [y], s=30 + min(200, 4 * n["papers"]), color=n["colour"], zorder=3)
        left = n["side"] == "method"
        ax.text(x + (-12 if left else 12), y, n["label"], ha="right" if left else "left", va="center", fontsize=8,
                bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.5})
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=k) for k, c in view.legend.items()]
    handles += [plt.Line2D([], [], color="#7f9cc0", label="RUNS_ON"),
                plt.Line2D([], [], color="#e8a33d", linestyle="--", label="COMPARED_WITH")]
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, 0), ncol=4, fontsize=8, frameon=False)
    ax.set_title(f"{view.title} (hardware by {view.level})\n{view.note}", fontsize=9)
    ax.set_xlim(-450, 1100)
    ax.axis("off")
    return fig


def matrix_figure(m: Matrix) -> Any:
    plt = _pyplot()
    from matplotlib.colors import BoundaryNorm, ListedColormap
    fig, ax = plt.subplots(figsize=(max(5, 0.42 * len(m.columns) + 3), max(4, 0.32 * len(m.rows) + 2)))
    cmap = ListedColormap(["#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"])
    grid = [[c if c else float("nan") for c in row] for row in m.counts] or [[float("nan")]]
    im = ax.imshow(grid, cmap=cmap, norm=BoundaryNorm(COUNT_BINS, cmap.N), aspect="auto")
    ax.set_xticks(range(len(m.columns)), m.columns, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(m.rows)), m.rows, fontsize=8)
    for i, row in enumerate(m.counts):
        for j, count in enumerate(row):
            if not count:
                continue
            best = m.best[i][j]
            text = f"{count}" if m.value == "count" else (f"{best:g}" if best is not None else "–")
            ax.text(j, i, text, ha="center", va="center", fontsize=7, color="white" if count >= 10 else "black")
    bar = fig.colorbar(im, ax=ax, ticks=COUNT_BINS[:-1])
    bar.set_label("papers (colour)")
    what = "papers" if m.value == "count" else f"best reported {m.value} ({m.unit}); – : no result"
    ax.set_title(f"{m.row_title} x hardware {m.level}: {what}\n{m.note}", fontsize=9)
    return fig


def strips_figure(s: Strips) -> Any:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, max(3, 0.35 * len(s.groups) + 1.5)))
    for i, (values, vendor) in enumerate(zip(s.values, s.vendors)):
        jitter = [i + ((k * 0.37) % 1 - 0.5) * 0.5 for k in range(len(values))]     # fixed, not random
        ax.scatter(values, jitter, s=14, alpha=0.7, color=vendor_colour(vendor), label=vendor)
        ax.plot([s.medians[i]] * 2, [i - 0.35, i + 0.35], color="black", linewidth=1.5)
    ax.set_yticks(range(len(s.groups)), s.groups, fontsize=8)
    if s.values and min(min(v) for v in s.values) > 0:
        ax.set_xscale("log")
    ax.set_xlabel(f"reported value ({s.unit}); bar: median")
    handles, labels = ax.get_legend_handles_labels()
    unique = dict(zip(labels, handles))
    if unique:
        ax.legend(unique.values(), unique.keys(), fontsize=7, loc="lower right")
    ax.set_title(f"Reported results per hardware ({s.unit})\n{s.note}", fontsize=9)
    return fig


def trends_figure(t: Trends) -> Any:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(9, 4))
    for name, shares in t.series.items():
        ax.plot(t.years, [100 * x for x in shares], marker="o", label=name)
    ax.set_xlabel("year")
    ax.set_ylabel("% of the year's papers with hardware")
    if t.years:
        ax.set_xticks(t.years, [str(y) for y in t.years])
        ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1, 1))
    ax.set_title(f"Hardware share per year\n{t.note}", fontsize=9)
    return fig
