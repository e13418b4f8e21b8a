"""Pictures of the graph: an interactive offline HTML view and static PNG/SVG figures."""
from kg.viz.data import View, matrix, method_hardware_view, neighborhood_view
from kg.viz.html import HtmlView, matrix_html, render_html

__all__ = ["HtmlView", "View", "matrix", "matrix_html", "method_hardware_view", "neighborhood_view", "render_html"]
