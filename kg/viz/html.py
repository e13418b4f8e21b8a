"""One self-contained HTML file: Cytoscape.js and the data inline, no network needed.

The page has a search box, filters by entity type, hardware vendor and device
class, a legend, edge widths by number of papers, and a panel that shows the
evidence sentences and paper titles of the clicked node or edge. ``window.kgView``
exposes counts and the Cytoscape instance (the browser test reads them).
"""
from __future__ import annotations

import html
import json
from importlib import resources
from pathlib import Path

from kg.viz.data import View

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
body{{margin:0;font:14px system-ui,sans-serif;display:flex;height:100vh}}
#side{{width:300px;padding:10px;overflow:auto;border-right:1px solid #ddd;box-sizing:border-box}}
#cy{{flex:1}} h1{{font-size:16px;margin:4px 0 8px}} .note{{color:#a33;font-size:12px}}
.legend span{{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle}}
#info .ev{{margin:6px 0;padding:6px;background:#f6f6f6;border-radius:4px}} label{{display:block}}
input[type=search],select{{width:100%;margin:4px 0 8px}}
</style></head><body>
<div id="side"><h1>{title}</h1><div class="note" id="note">{note}</div>
<input type="search" id="search" placeholder="search names...">
<div id="kinds"></div>
<label>vendor <select id="vendor"><option value="">all vendors</option></select></label>
<label>device class <select id="dclass"><option value="">all device classes</option></select></label>
<div class="legend" id="legend"></div><hr><div id="info">Click a node or an edge to see its evidence.</div></div>
<div id="cy"></div>
<script>{cytoscape}</script>
<script>
const DATA = {data};
const esc = s => String(s).replace(/[&<>"]/g, c => ({{'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'}})[c]);
const elements = DATA.nodes.map(n => ({{group: 'nodes', data: n}}))
  .concat(DATA.edges.map(e => ({{group: 'edges', data: e}})));
const cy = cytoscape({{container: document.getElementById('cy'), elements,
  style: [
    {{selector: 'node', style: {{'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 10,
      'width': 'mapData(degree, 1, 30, 14, 46)', 'height': 'mapData(degree, 1, 30, 14, 46)'}}}},
    {{selector: 'edge', style: {{'width': 'mapData(papers, 1, 10, 1, 9)', 'line-color': '#bbb',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#bbb', 'curve-style': 'bezier'}}}},
    {{selector: '.hidden', style: {{'display': 'none'}}}},
    {{selector: '.hit', style: {{'border-width': 4, 'border-color': '#e15759'}}}}],
  layout: {{name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true}}}});
const kinds = [...new Set(DATA.nodes.map(n => n.kg_label))].sort();
document.getElementById('kinds').innerHTML = kinds.map(k =>
  `<label><input type="checkbox" class="kind" value="${{esc(k)}}" checked> ${{esc(k)}}</label>`).join('');
for (const [id, key] of [['vendor', 'vendor'], ['dclass', 'device_class']]) {{
  const sel = document.getElementById(id);
  [...new Set(DATA.nodes.map(n => n[key]).filter(Boolean))].sort().forEach(v =>
    sel.insertAdjacentHTML('beforeend', `<option>${{esc(v)}}</option>`));
}}
document.getElementById('legend').innerHTML = Object.entries(DATA.legend).map(([k, c]) =>
  `<div><span style="background:${{c}}"></span>${{esc(k)}}</div>`).join('');
function applyFilters() {{
  const on = new Set([...document.querySelectorAll('.kind:checked')].map(x => x.value));
  const vendor = document.getElementById('vendor').value, dclass = document.getElementById('dclass').value;
  const q = document.getElementById('search').value.trim().toLowerCase();
  cy.batch(() => {{
    cy.nodes().forEach(n => {{
      const d = n.data(), hw = d.kg_label === 'Hardware';
      const show = on.has(d.kg_label) && (!vendor || !hw || d.vendor === vendor) && (!dclass || !hw || d.device_class === dclass);
      n.toggleClass('hidden', !show);
      n.toggleClass('hit', !!q && d.label.toLowerCase().includes(q));
    }});
  }});
}}
document.querySelectorAll('#side input, #side select').forEach(el => el.addEventListener('input', applyFilters));
function evidence(edges) {{
  return edges.map(e => `<div class="ev"><b>${{esc(e.data('relation'))}}</b> ${{esc(cy.getElementById(e.data('source')).data('label'))}}
    &rarr; ${{esc(cy.getElementById(e.data('target')).data('label'))}} (${{e.data('papers')}} paper(s))` +
    e.data('evidence').map(x => `<div><i>${{esc(x.title)}}</i>: ${{esc(x.sentence)}}</div>`).join('') + '</div>').join('');
}}
cy.on('tap', 'node', ev => {{ const n = ev.target;
  document.getElementById('info').innerHTML = `<h2>${{esc(n.data('label'))}}</h2><div>${{esc(n.data('kg_label'))}} ${{esc(n.data('vendor'))}}</div>` +
    evidence(n.connectedEdges().toArray()); }});
cy.on('tap', 'edge', ev => {{ document.getElementById('info').innerHTML = evidence([ev.target]); }});
window.kgView = {{cy, nodes: () => cy.nodes().length, edges: () => cy.edges().length,
                 expected: {{nodes: DATA.nodes.length, edges: DATA.edges.length}}}};
cy.ready(() => {{ document.body.dataset.ready = '1'; }});
</script></body></html>
"""


def _cytoscape() -> str:
    return resources.files("kg.viz").joinpath("assets/cytoscape.min.js").read_text(encoding="utf-8")


def render_html(view: View) -> str:
    data = json.dumps({"nodes": view.nodes, "edges": view.edges, "legend": view.legend},
                      ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return PAGE.format(title=html.escape(view.title), note=html.escape(view.note), data=data,
                       cytoscape=_cytoscape())


class HtmlView:
    """An HTML view that displays inline in Jupyter (``_repr_html_``) and saves to a file."""

    def __init__(self, view: View) -> None:
        self.view = view

    def _repr_html_(self) -> str:
        page = render_html(self.view)
        return f'<iframe srcdoc="{html.escape(page)}" style="width:100%;height:600px;border:0"></iframe>'

    def save(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_html(self.view), encoding="utf-8")
        return path
