"""The field-scale method-hardware page: Cytoscape.js inline, a fixed (preset) layout computed in Python.

Three hierarchy levels (product, architecture, vendor) travel in the page and a selector switches
between them; filters by vendor, architecture, relation and year; search fits the view to the
matches and fades the rest; a click shows the evidence. ``window.kgView`` exposes what is drawn
(the browser tests read it).
"""
from __future__ import annotations

import html
import json
from importlib import resources

from kg.viz.views import Bipartite

STYLE = """
.kgmh{display:flex;min-height:520px;border:1px solid #ddd;font:13px system-ui,sans-serif}
.kgmh .side{width:290px;padding:10px;overflow:auto;border-right:1px solid #ddd;box-sizing:border-box}
.kgmh .cy{flex:1} .kgmh label{display:block;margin:2px 0} .kgmh select,.kgmh input[type=search]{width:100%;margin:2px 0 6px}
.kgmh .note{color:#7a4b00;font-size:12px;margin:6px 0} .kgmh .ev{margin:6px 0;padding:6px;background:#f6f6f6;border-radius:4px}
.kgmh .legend span{display:inline-block;width:11px;height:11px;border-radius:6px;margin-right:6px;vertical-align:middle}
"""

CONTROLS = """<div class="kgmh"><div class="side">
<label>hardware level <select id="mh-level"></select></label>
<input type="search" id="mh-search" placeholder="search names...">
<label>vendor <select id="mh-vendor"><option value="">all vendors</option></select></label>
<label>architecture <select id="mh-arch"><option value="">all architectures</option></select></label>
<label>years <select id="mh-from"></select> to <select id="mh-to"></select></label>
<div id="mh-rels"></div><div class="note" id="mh-note"></div><div class="legend" id="mh-legend"></div>
<hr><div id="mh-info">Click a line or a name to see the papers and sentences behind it; double-click a vendor
or an architecture to open it.</div></div>
<div class="cy" id="mh-cy" style="height:600px"></div></div>"""

SCRIPT = r"""
const MH = __DATA__;
const esc = s => String(s).replace(/[&<>"]/g, c => ({'&':'&amp;','<':'&lt;','>':'&gt;','"':'&quot;'})[c]);
const $ = id => document.getElementById(id);
const cy = cytoscape({container: $('mh-cy'), elements: [], minZoom: 0.05, maxZoom: 4,
  style: [
    {selector: 'node', style: {'background-color': 'data(colour)', 'label': 'data(label)', 'font-size': 12,
      'width': 'data(size)', 'height': 'data(size)',
      'text-valign': 'center', 'text-background-color': '#fff', 'text-background-opacity': 0.85,
      'text-background-padding': 1}},
    {selector: 'node[side = "method"]', style: {'text-halign': 'left', 'text-margin-x': -6}},
    {selector: 'node[side = "hardware"]', style: {'text-halign': 'right', 'text-margin-x': 6}},
    {selector: 'edge', style: {'curve-style': 'straight', 'width': 'mapData(shown, 1, 50, 1, 10)',
      'line-color': '#7f9cc0', 'opacity': 0.55}},
    {selector: 'edge[relation = "COMPARED_WITH"]', style: {'line-color': '#e8a33d', 'line-style': 'dashed'}},
    {selector: 'edge[?other]', style: {'line-color': '#c8c8c8', 'opacity': 0.3, 'width': 'mapData(shown, 1, 500, 1, 4)'}},
    {selector: '.hidden', style: {'display': 'none'}},
    {selector: '.faded', style: {'opacity': 0.12}},
    {selector: 'node.hit', style: {'border-width': 3, 'border-color': '#d62728', 'font-weight': 'bold'}}],
  layout: {name: 'preset'}});
let level = MH.default;
function fill(id, values, all) {
  const option = v => `<option value="${esc(v)}">${esc(v)}</option>`;
  $(id).innerHTML = (all ? `<option value="">${all}</option>` : '') + values.map(option).join('');
}
function years() { return [...new Set(MH.views[level].edges.flatMap(e => Object.keys(e.years)).filter(Boolean))].sort(); }
function load(lv) {
  level = lv; const v = MH.views[lv];
  cy.elements().remove();
  cy.add(v.nodes.map(n => ({group: 'nodes', data: n, position: {x: n.x, y: n.y}})));
  const other = e => e.source === 'method:other' || e.target === 'hardware:other';
  cy.add(v.edges.map(e => ({group: 'edges', data: Object.assign({shown: e.papers, other: other(e)}, e)})));
  const vendors = v.nodes.filter(n => n.side === 'hardware' && n.vendor).map(n => n.vendor);
  fill('mh-vendor', [...new Set(vendors)].sort(), 'all vendors');
  fill('mh-arch', [...new Set(v.nodes.filter(n => n.architecture).map(n => n.architecture))].sort(), 'all architectures');
  const ys = years(); fill('mh-from', ys, 'all years'); fill('mh-to', ys.slice().reverse(), 'all years');
  $('mh-note').textContent = v.note; $('mh-level').value = lv;
  const key = (c, k) => `<div><span style="background:${c}"></span>${esc(k)}</div>`;
  $('mh-legend').innerHTML = Object.entries(v.legend).map(([k, c]) => key(c, k)).join('')
    + key('#7f9cc0', 'RUNS_ON (line)') + key('#e8a33d', 'COMPARED_WITH (dashed)');
  const tall = Math.max(...v.nodes.map(n => n.y), 0) + 90;      // one row per name at zoom 1: labels stay readable
  $('mh-cy').style.height = Math.max(520, tall) + 'px'; cy.resize();
  const most = Math.max(2, ...v.edges.map(e => e.papers));     // line width relative to this view's busiest line
  cy.style().selector('edge').style('width', `mapData(shown, 1, ${most}, 1, 9)`)
    .selector('edge[?other]').style('width', `mapData(shown, 1, ${most}, 1, 3)`).update();
  filter(); cy.fit(undefined, 30);
  if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
}
function filter() {
  const vendor = $('mh-vendor').value, arch = $('mh-arch').value, lo = $('mh-from').value, hi = $('mh-to').value;
  const rels = new Set([...document.querySelectorAll('.mh-rel:checked')].map(x => x.value));
  cy.batch(() => {
    const live = new Set();
    cy.edges().forEach(e => {
      const d = e.data(), hw = cy.getElementById(d.target).data();
      let n = d.papers;
      if (lo || hi) n = Object.entries(d.years).filter(([y]) => y && (!lo || y >= lo) && (!hi || y <= hi))
        .reduce((s, [, c]) => s + c, 0);
      const show = n > 0 && rels.has(d.relation) && (!vendor || hw.vendor === vendor) && (!arch || hw.architecture === arch);
      e.data('shown', n); e.toggleClass('hidden', !show);
      if (show) { live.add(d.source); live.add(d.target); }
    });
    cy.nodes().forEach(n => n.toggleClass('hidden', !live.has(n.id())));
  });
  search();
}
function search() {
  const q = $('mh-search').value.trim().toLowerCase();
  const hits = q ? cy.nodes(':visible').filter(n => n.data('label').toLowerCase().includes(q)) : cy.collection();
  cy.batch(() => {
    cy.elements().removeClass('faded hit');
    if (q) { cy.elements().addClass('faded'); hits.removeClass('faded').addClass('hit');
             hits.connectedEdges().removeClass('faded'); hits.neighborhood('node').removeClass('faded'); }
  });
  if (hits.length) { cy.fit(hits, 80); if (cy.zoom() > 2) { cy.zoom(2); cy.center(hits); } }
}
function evidence(edges) {
  return edges.map(e => { const d = e.data();
    return `<div class="ev"><b>${esc(cy.getElementById(d.source).data('label'))}</b> ${esc(d.relation)}
      <b>${esc(cy.getElementById(d.target).data('label'))}</b>: ${d.papers} paper(s)` +
      d.evidence.map(x => `<div><i>${esc(x.title)}</i>: ${esc(x.sentence)}</div>`).join('') +
      (d.more ? `<div>... and ${d.more} more paper(s)</div>` : '') + '</div>'; }).join('');
}
cy.on('tap', 'edge', ev => { $('mh-info').innerHTML = evidence([ev.target]); });
cy.on('tap', 'node', ev => { const n = ev.target;
  $('mh-info').innerHTML = `<h3>${esc(n.data('label'))}</h3>` + evidence(n.connectedEdges(':visible').toArray().slice(0, 20)); });
function drill(n) {                 // a vendor opens into its architectures, an architecture into its products
  const d = n.data(), next = {vendor: 'architecture', architecture: 'product'}[level];
  if (d.side !== 'hardware' || !next || d.id === 'hardware:other' || !MH.views[next]) return;
  load(next);
  $('mh-vendor').value = d.vendor;
  if (next === 'product') $('mh-arch').value = d.architecture;
  filter();
  cy.fit(cy.elements(':visible'), 30);
  const what = next === 'product' ? 'its products' : 'its architectures';
  $('mh-info').textContent = `${d.label}: ${what} (the level and filters above go back)`;
}
cy.on('dbltap', 'node', ev => drill(ev.target));
fill('mh-level', Object.keys(MH.views));
$('mh-rels').innerHTML = MH.relations.map(r =>
  `<label><input type="checkbox" class="mh-rel" value="${r}" checked> ${r}</label>`).join('');
$('mh-level').addEventListener('change', e => load(e.target.value));
for (const id of ['mh-vendor', 'mh-arch', 'mh-from', 'mh-to']) $(id).addEventListener('change', filter);
document.querySelectorAll('.mh-rel').forEach(x => x.addEventListener('change', filter));
$('mh-search').addEventListener('input', search);
load(level);
window.kgView = {cy, load, filter, drill, level: () => level,
  visible: () => [cy.nodes().filter(n => !n.hasClass('hidden')).length, cy.edges().filter(e => !e.hasClass('hidden')).length]};
document.body.dataset.ready = '1';
"""


READY = "document.body.dataset.ready = '1';"      # a page without a view script is ready once parsed


def cytoscape_js() -> str:
    return resources.files("kg.viz").joinpath("assets/cytoscape.min.js").read_text(encoding="utf-8")


def _view_data(view: Bipartite) -> dict:
    return {"nodes": view.nodes, "edges": view.edges, "note": view.note, "legend": view.legend}


def bipartite_fragment(views: dict[str, Bipartite], default: str) -> tuple[str, str]:
    """(body HTML, script) of the interactive method-hardware view with one dataset per level."""
    relations = sorted({e["relation"] for v in views.values() for e in v.edges}) or ["RUNS_ON"]
    data = json.dumps({"views": {k: _view_data(v) for k, v in views.items()}, "default": default,
                       "relations": relations}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return CONTROLS, SCRIPT.replace("__DATA__", data.replace("</", "<\\/"))


def page(title: str, body: str, script: str = "", extra_style: str = "") -> str:
    """One self-contained HTML page (Cytoscape inline when a script needs it, nothing fetched)."""
    library = f"<script>{cytoscape_js()}</script>" if script else ""
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>body{{margin:16px;font:14px system-ui,sans-serif}}{STYLE}{extra_style}</style></head><body>"
            f"<h1>{html.escape(title)}</h1>{body}{library}" +
            f"<script>{script or READY}</script></body></html>")


def bipartite_page(views: dict[str, Bipartite], default: str) -> str:
    body, script = bipartite_fragment(views, default)
    return page(views[default].title, body, script)
