"""Static figures for papers and slides: the method-hardware graph and the method x hardware heatmap.

matplotlib (Agg) with SVG text kept as text, so labels stay searchable and testable.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.viz.data import View


def _pyplot():
    import matplotlib
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"     # <text> elements, not glyph paths
    matplotlib.rcParams["svg.hashsalt"] = "kg"        # deterministic ids
    import matplotlib.pyplot as plt
    return plt


def draw_view(view: View, path: Path) -> Path:
    plt = _pyplot()
    g = nx.DiGraph()
    for n in view.nodes:
        g.add_node(n["id"], **n)
    for e in view.edges:
        g.add_edge(e["source"], e["target"], papers=e["papers"])
    size = max(6.0, min(30.0, 0.35 * len(view.nodes) ** 0.5 * 6))
    fig, ax = plt.subplots(figsize=(size, size * 0.75))
    pos = nx.spring_layout(g, seed=7, k=1.2 / max(1, len(g)) ** 0.5) if len(g) else {}
    nx.draw_networkx_edges(g, pos, ax=ax, width=[0.6 + g.edges[e]["papers"] for e in g.edges], alpha=0.4,
                           edge_color="#999999", arrows=False)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=[g.nodes[n]["colour"] for n in g],
                           node_size=[80 + 40 * g.nodes[n]["degree"] for n in g])
    nx.draw_networkx_labels(g, pos, ax=ax, labels={n: g.nodes[n]["label"] for n in g}, font_size=7)
    ax.set_title(view.title + (f"\n({view.note})" if view.note else ""), fontsize=10)
    ax.axis("off")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight", metadata={"Date": None} if path.suffix == ".svg" else None)
    plt.close(fig)
    return path


def draw_matrix(methods: list[str], hardware: list[str], grid: list[list[float]], value: str, path: Path) -> Path:
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(max(5, 0.45 * len(hardware) + 3), max(4, 0.35 * len(methods) + 2)))
    im = ax.imshow(grid or [[0]], cmap="Greens", aspect="auto")
    ax.set_xticks(range(len(hardware)), hardware, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(len(methods)), methods, fontsize=8)
    for i, row in enumerate(grid):
        for j, v in enumerate(row):
            if v:
                ax.text(j, i, f"{v:g}", ha="center", va="center", fontsize=7)
    fig.colorbar(im, ax=ax, label="papers" if value == "count" else "best speedup (x)")
    ax.set_title("Method x hardware: " + ("papers" if value == "count" else "best reported speedup"))
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight", metadata={"Date": None} if path.suffix == ".svg" else None)
    plt.close(fig)
    return path
