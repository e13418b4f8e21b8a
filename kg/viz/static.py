"""Static figures for papers and slides: the method-hardware graph and the method x hardware heatmap.

matplotlib (Agg) with SVG text kept as text, so labels stay searchable and testable.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx

from kg.viz.data import View

EDGE_LABELS = 150      # above this many lines, relation names would be unreadable: the legend says colours only


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
        if g.has_edge(e["source"], e["target"]):       # several relations between one pair: one line, all names
            g.edges[e["source"], e["target"]]["relation"] += ", " + e["relation"]
            g.edges[e["source"], e["target"]]["papers"] += e["papers"]
        else:
            g.add_edge(e["source"], e["target"], papers=e["papers"], relation=e["relation"])
    size = max(6.0, min(30.0, 0.35 * len(view.nodes) ** 0.5 * 6))
    fig, ax = plt.subplots(figsize=(size, size * 0.75))
    pos = nx.spring_layout(g, seed=7, k=1.2 / max(1, len(g)) ** 0.5) if len(g) else {}
    nx.draw_networkx_edges(g, pos, ax=ax, width=[0.6 + g.edges[e]["papers"] for e in g.edges], alpha=0.4,
                           edge_color="#999999", arrows=False)
    nx.draw_networkx_nodes(g, pos, ax=ax, node_color=[g.nodes[n]["colour"] for n in g],
                           node_size=[80 + 40 * g.nodes[n]["degree"] for n in g])
    nx.draw_networkx_labels(g, pos, ax=ax, labels={n: g.nodes[n]["label"] for n in g}, font_size=7)
    if g.number_of_edges() <= EDGE_LABELS:
        nx.draw_networkx_edge_labels(g, pos, ax=ax, edge_labels={e: g.edges[e]["relation"] for e in g.edges},
                                     font_size=5, font_color="#555555", rotate=False)
    handles = [plt.Line2D([], [], marker="o", linestyle="", color=c, label=k) for k, c in view.legend.items()]
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=7, frameon=False)
    ax.set_title(view.title + (f"\n({view.note})" if view.note else ""), fontsize=10)
    ax.axis("off")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=150, bbox_inches="tight", metadata={"Date": None} if path.suffix == ".svg" else None)
    plt.close(fig)
    return path
