"""Pictures of the graph: field-scale views read from a store, an entity's neighbourhood, static figures.

``read_field(store)`` (or ``from_graph(graph)``) gives the rows; ``method_hardware``,
``hardware_matrix``, ``result_strips`` and ``hardware_trends`` aggregate them along the hardware
hierarchy; ``render_report`` puts them on one offline page. ``HtmlView`` shows an entity's
neighbourhood (and displays inline in Jupyter).
"""
from kg.viz.data import View, neighborhood_view
from kg.viz.field import FieldData, from_graph, read_field
from kg.viz.html import HtmlView, render_html
from kg.viz.report import render_report
from kg.viz.summaries import hardware_matrix, hardware_trends, result_strips
from kg.viz.views import method_hardware

__all__ = ["FieldData", "HtmlView", "View", "from_graph", "hardware_matrix", "hardware_trends", "method_hardware",
           "neighborhood_view", "read_field", "render_html", "render_report", "result_strips"]
