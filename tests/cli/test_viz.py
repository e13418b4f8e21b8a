"""Visualisation: the HTML view in a real headless Chromium, and the static PNG/SVG figures."""
from __future__ import annotations

import re
import shutil
import time

import pytest
from click.testing import CliRunner
from helpers import synthetic_field

from kg.cli.main import cli
from kg.errors import ViewError
from kg.stores import open_store
from kg.viz import (
    HtmlView,
    from_graph,
    hardware_matrix,
    hardware_trends,
    method_hardware,
    neighborhood_view,
    read_field,
    result_strips,
)
from kg.viz.field_html import bipartite_page
from kg.viz.hierarchy import Device
from kg.viz.report import matrix_table, render_report
from kg.viz.views import visible as view_visible


@pytest.fixture(scope="module")
def db(sample_db):
    return sample_db


@pytest.fixture(scope="module")
def graph(sample_graph):
    return sample_graph


def test_html_is_self_contained_and_displays_in_jupyter(graph, tmp_path):
    view = neighborhood_view(graph, "H100")
    page = HtmlView(view).save(tmp_path / "v.html").read_text()
    assert "cytoscape" in page and not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://cdn", page)
    assert HtmlView(view)._repr_html_().startswith("<iframe srcdoc=")


def test_large_neighbourhoods_keep_the_best_connected_nodes_and_say_so(graph):
    view = neighborhood_view(graph, "H100", limit=6)
    assert len(view.nodes) == 6 and "left out" in view.note


def test_png_and_svg(db, tmp_path):
    runner = CliRunner()
    for cmd, name in (("method-hardware", "g.png"), ("method-hardware", "g.svg"), ("matrix", "m.png"),
                      ("matrix", "m.svg"), ("results", "r.svg"), ("trends", "t.svg"), ("neighborhood", "n.svg")):
        args = ["viz", *cmd.split(), *(["H100"] if cmd == "neighborhood" else []), "-o", str(tmp_path / name),
                "--db", str(db)]
        res = runner.invoke(cli, args)
        assert res.exit_code == 0, res.output
    for name, low, high in (("g.png", 20_000, 5_000_000), ("m.png", 10_000, 3_000_000)):
        size = (tmp_path / name).stat().st_size
        assert low < size < high, (name, size)
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with open_store("ladybug", path=db, read_only=True) as st:
        data = read_field(st)
    view = method_hardware(data)
    texts = {t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", (tmp_path / "g.svg").read_text())}
    assert {n["label"] for n in view.nodes} <= texts                 # every name drawn as text
    assert {"RUNS_ON", "COMPARED_WITH"} <= texts and any("NVIDIA" in t for t in texts)     # legend
    neighbourhood = {t.strip() for t in re.findall(r"<text[^>]*>([^<]*)</text>", (tmp_path / "n.svg").read_text())}
    assert "RUNS_ON" in neighbourhood and "Method" in neighbourhood  # relation labels and a legend


def test_field_rows_from_the_store_equal_those_from_the_graph(db, graph):
    with open_store("ladybug", path=db, read_only=True) as st:
        stored = read_field(st)
    memory = from_graph(graph)
    assert sorted(map(repr, stored.claims)) == sorted(map(repr, memory.claims)) and stored.claims
    assert sorted(map(repr, stored.results)) == sorted(map(repr, memory.results)) and stored.results
    assert sorted(map(repr, stored.paper_devices)) == sorted(map(repr, memory.paper_devices))
    assert stored.years == memory.years and len(stored.years) == 24


def test_hardware_hierarchy_vendor_architecture_product():
    h100 = Device("Hardware:h100", "H100", "NVIDIA", "Hopper", "data-centre GPU")
    assert h100.path() == ("NVIDIA", "NVIDIA Hopper", "H100")
    assert h100.group("architecture") == ("architecture:NVIDIA Hopper", "NVIDIA Hopper")
    assert h100.group("vendor") == ("vendor:NVIDIA", "NVIDIA")
    gpu = Device("Hardware:gpu", "GPU", specific=False)
    assert gpu.generic and gpu.group("vendor")[1] == "generic classes" and gpu.group("architecture")[1] == "GPU"
    odd = Device("Hardware:foo", "FooChip", family="Foo accelerator")
    assert odd.path() == ("other vendors", "Foo accelerator", "FooChip")
    with pytest.raises(ViewError, match="choose from: product, architecture, vendor"):
        method_hardware(from_graph(__import__("networkx").MultiDiGraph()), level="chip")


def test_method_hardware_view_is_deterministic_aggregates_and_says_what_it_cut(graph):
    data = from_graph(graph)
    full = method_hardware(data, "product", methods=100, hardware=100)
    assert method_hardware(data, "product", methods=100, hardware=100) == full       # same graph, same picture
    kept = [c for c in data.claims if not c.device.generic]
    pairs = {(c.method_key, c.device.key, c.relation) for c in kept}
    assert {(e["source"], e["target"], e["relation"]) for e in full.edges} == pairs
    for e in full.edges:
        assert e["papers"] == len({c.paper for c in kept if (c.method_key, c.device.key, c.relation) ==
                                   (e["source"], e["target"], e["relation"])})
    assert "hidden" in full.note and "--generic" in full.note
    with_generic = method_hardware(data, "product", methods=100, hardware=100, generic=True)
    assert any(n["label"] == "GPU" for n in with_generic.nodes) and not any(n["label"] == "GPU" for n in full.nodes)
    small = method_hardware(data, "product", methods=3, hardware=2)
    labels = [n["label"] for n in small.nodes]
    assert any(x.endswith("other methods") for x in labels) and any(x.endswith("other hardware") for x in labels)
    assert "top 3 methods shown" in small.note and "top 2 hardware shown" in small.note
    assert sum(e["papers"] for e in small.edges) >= len({(c.method_key, c.paper) for c in kept}) // 3
    hardware = [n for n in full.nodes if n["side"] == "hardware"]
    assert [n["y"] for n in hardware] == sorted(n["y"] for n in hardware)
    assert [n["vendor"] for n in hardware] == sorted((n["vendor"] for n in hardware), key=lambda v: v == "generic classes")


def test_matrix_counts_results_and_the_difference_between_no_edge_and_no_result(graph):
    data = from_graph(graph)
    counts = hardware_matrix(data, "product")
    assert all(isinstance(c, int) for row in counts.counts for c in row) and counts.rows and counts.columns
    speed = hardware_matrix(data, "product", "speedup")
    assert speed.unit == "x" and any(v is not None for row in speed.best for v in row)
    cells = [(c, b) for crow, brow in zip(speed.counts, speed.best) for c, b in zip(crow, brow)]
    assert all(b is None for c, b in cells if c == 0) and any(c and b is None for c, b in cells)
    table = matrix_table(speed)
    assert "class='nores'" in table and "edge without a result" in table
    assert hardware_matrix(data, "vendor").columns[0] == "NVIDIA"
    with pytest.raises(ViewError, match="choose from: count, speedup, throughput"):
        hardware_matrix(data, value="median")


def test_results_and_trends(graph):
    data = from_graph(graph)
    strips = result_strips(data, "x")
    assert strips.groups and all(v == sorted(v) for v in strips.values)
    assert strips.medians == sorted(strips.medians, reverse=True)
    trends = hardware_trends(data)
    assert trends.years == [2026] and trends.papers == [len({p for p, d in data.paper_devices if not d.generic})]
    assert all(0 < s[0] <= 1 for s in trends.series.values())


def test_trends_over_several_years_share_and_cut():
    data = synthetic_field(500)
    trends = hardware_trends(data, "architecture", top=3)
    assert trends.years == [2020, 2021, 2022, 2023, 2024] and trends.papers == [100] * 5
    assert len(trends.series) == 3 and "the 3 most used of" in trends.note
    for shares in trends.series.values():
        assert all(0 <= x <= 1 for x in shares)
    year = {p: data.years[p] for p in data.titles}
    first = next(iter(trends.series))
    arch = next(d for _, d in data.paper_devices if d.architecture_name == first)
    expected = [len({p for p, d in data.paper_devices if d.architecture_name == first and year[p] == y}) / 100
                for y in trends.years]
    assert trends.series[first] == expected and arch.vendor


def test_report_is_one_offline_page_with_every_view(db, tmp_path):
    out = tmp_path / "report.html"
    res = CliRunner().invoke(cli, ["viz", "report", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    page = out.read_text()
    assert not re.search(r"<script[^>]+src=|<link[^>]+href=|<img[^>]+src=.http|https?://cdn", page)
    for heading in ("Which methods run on which hardware", "best reported speedup", "Reported speedups per hardware",
                    "Hardware over time"):
        assert heading in page
    assert page.count("<svg") >= 2 and "<b>24</b>papers" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
browser = pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium/chromedriver not installed (.ci/run installs them)")


@pytest.fixture
def chromium(tmp_path):
    """A real headless Chromium with the network switched off."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                           {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
    yield driver
    severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    driver.quit()
    assert not severe, severe


def _open(driver, page) -> None:
    driver.get(page.as_uri())
    deadline = time.time() + 30
    while time.time() < deadline and driver.execute_script("return document.body.dataset.ready") != "1":
        time.sleep(0.1)
    assert driver.execute_script("return document.body.dataset.ready") == "1"


def _choose(driver, element_id: str, value: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    Select(driver.find_element(By.ID, element_id)).select_by_value(value)


def _double_click(driver, node_id: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    x, y = driver.execute_script(
        "const p = kgView.cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", node_id)
    canvas = driver.find_element(By.ID, "mh-cy")
    ActionChains(driver).move_to_element_with_offset(canvas, int(x - canvas.size["width"] / 2),
                                                     int(y - canvas.size["height"] / 2)).double_click().perform()


POSITIONS = "return kgView.cy.nodes().map(n => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))])"


@browser
def test_method_hardware_page_in_a_real_browser_offline(db, chromium, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    out = tmp_path / "method-hardware.html"
    res = CliRunner().invoke(cli, ["viz", "method-hardware", "-o", str(out), "--db", str(db), "--level", "product"])
    assert res.exit_code == 0, res.output
    with open_store("ladybug", path=db, read_only=True) as st:
        data = read_field(st)
    views = {lv: method_hardware(data, lv) for lv in ("product", "architecture", "vendor")}
    _open(chromium, out)
    first = chromium.execute_script(POSITIONS)
    _open(chromium, out)
    assert chromium.execute_script(POSITIONS) == first and len(first) == len(views["product"].nodes)
    visible = lambda: tuple(chromium.execute_script("return kgView.visible()"))      # noqa: E731
    assert visible() == view_visible(views["product"])
    _choose(chromium, "mh-vendor", "NVIDIA")
    assert visible() == view_visible(views["product"], vendor="NVIDIA") != view_visible(views["product"])
    chromium.find_element(By.CSS_SELECTOR, ".mh-rel[value='COMPARED_WITH']").click()
    assert visible() == view_visible(views["product"], vendor="NVIDIA", relations=("RUNS_ON",))
    _choose(chromium, "mh-level", "vendor")
    chromium.find_element(By.CSS_SELECTOR, ".mh-rel[value='COMPARED_WITH']").click()
    assert visible() == view_visible(views["vendor"])
    # double-click a vendor: its architectures; then one of them: its products
    _choose(chromium, "mh-level", "vendor")
    _double_click(chromium, "vendor:NVIDIA")
    assert chromium.execute_script("return kgView.level()") == "architecture"
    assert visible() == view_visible(views["architecture"], vendor="NVIDIA")
    arch = next(n for n in views["architecture"].nodes if n["vendor"] == "NVIDIA")
    _double_click(chromium, arch["id"])
    assert chromium.execute_script("return kgView.level()") == "product"
    assert visible() == view_visible(views["product"], vendor="NVIDIA", architecture=arch["architecture"])
    _choose(chromium, "mh-vendor", "")
    _choose(chromium, "mh-arch", "")
    # click the busiest method: its evidence sentences appear in the panel
    _choose(chromium, "mh-level", "product")
    node = max((n for n in views["product"].nodes if n["side"] == "method"), key=lambda n: n["papers"])
    x, y = chromium.execute_script(
        "const p = kgView.cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", node["id"])
    canvas = chromium.find_element(By.ID, "mh-cy")
    ActionChains(chromium).move_to_element_with_offset(canvas, int(x - canvas.size["width"] / 2),
                                                       int(y - canvas.size["height"] / 2)).click().perform()
    info = chromium.find_element(By.ID, "mh-info").text
    sentences = [ev["sentence"] for e in views["product"].edges if e["source"] == node["id"] for ev in e["evidence"]]
    assert node["label"] in info and any(s[:40] in info for s in sentences if s)
    # search zooms to the match and fades the rest
    before = chromium.execute_script("return kgView.cy.zoom()")
    chromium.find_element(By.ID, "mh-search").send_keys(node["label"])
    assert chromium.execute_script("return kgView.cy.zoom()") > before
    assert chromium.execute_script("return kgView.cy.$('node.hit').length") >= 1
    assert chromium.execute_script("return kgView.cy.$('node.faded').length") > 0
    chromium.save_screenshot(str(tmp_path / "method-hardware.png"))      # never into the user's exports/
    assert (tmp_path / "method-hardware.png").stat().st_size > 10_000


@browser
def test_report_opens_offline_in_a_real_browser(db, chromium, tmp_path):
    out = tmp_path / "report.html"
    assert CliRunner().invoke(cli, ["viz", "report", "-o", str(out), "--db", str(db)]).exit_code == 0
    _open(chromium, out)
    assert chromium.execute_script("return document.querySelectorAll('svg').length") >= 2
    assert chromium.execute_script("return kgView.visible()[1]") > 0


def test_a_field_scale_page_stays_under_ten_megabytes():
    """20,000 papers' worth of statements (synthetic rows): the page carries aggregates, not the graph."""
    data = synthetic_field(20_000)
    views = {lv: method_hardware(data, lv) for lv in ("product", "architecture", "vendor")}
    page = render_report(data)
    assert len(bipartite_page(views, "architecture").encode()) < 10_000_000
    assert len(page.encode()) < 10_000_000 and "other methods" in page


def test_every_view_writer_follows_the_export_rule(db, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli, ["viz", "method-hardware", "-o", str(tmp_path / "x.pdf"), "--db", str(db)])
    assert bad.exit_code == 2 and "kg viz writes html, png, svg, not '.pdf'" in bad.output
    assert not (tmp_path / "x.pdf").exists()
    clash = runner.invoke(cli, ["viz", "matrix", "-o", str(tmp_path / "m.png"), "--format", "svg", "--db", str(db)])
    assert clash.exit_code == 2 and "the extension says png but --format says svg" in clash.output
    out = tmp_path / "m.html"
    assert runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db)]).exit_code == 0
    assert "<table class='kgm'>" in out.read_text()
    again = runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db)])
    assert again.exit_code == 2 and "exists; pass --force" in again.output
    assert runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db), "--force"]).exit_code == 0


def test_method_families_group_the_matrix_rows_by_what_methods_build_on():
    """A family is the named method its members use or are based on, the one most methods build on;
    a method others build on heads its own family; a method that builds on nothing is left out, and said so."""
    from kg.viz.field import Builds, Claim, FieldData
    from kg.viz.summaries import method_families
    h100 = Device.of({"hardware_key": "Hardware:h100", "hardware": "H100", "vendor": "NVIDIA",
                      "architecture": "Hopper", "specific": True})
    mi300 = Device.of({"hardware_key": "Hardware:mi300x", "hardware": "MI300X", "vendor": "AMD",
                       "architecture": "CDNA 3", "specific": True})
    data = FieldData()
    for method, paper, device in (("LoRA-A", "p1", h100), ("LoRA-B", "p2", h100), ("QLoRA-X", "p3", mi300),
                                  ("LoRA", "p4", h100), ("FooSys", "p5", h100)):
        data.claims.append(Claim(f"Method:{method}", method, "RUNS_ON", device, paper, ""))
    for method, base, paper in (("LoRA-A", "LoRA", "p1"), ("LoRA-B", "LoRA", "p2"), ("QLoRA-X", "LoRA", "p3"),
                                ("QLoRA-X", "NF4", "p3")):
        data.builds.append(Builds(f"Method:{method}", f"Method:{base}", base, paper))
    families = method_families(data)
    assert families["Method:QLoRA-X"] == ("Method:LoRA", "LoRA") and families["Method:LoRA"][1] == "LoRA"
    assert "Method:FooSys" not in families
    m = hardware_matrix(data, "product", by="family")
    assert m.rows == ["LoRA"] and m.columns == ["H100", "MI300X"] and m.counts == [[3, 1]]
    assert "1 methods that build on no named method left out" in m.note and m.row_title == "Method family"
    with pytest.raises(ViewError, match="choose from: method, family"):
        hardware_matrix(data, by="vendor")


def test_matrix_rows_by_family_from_the_cli(db, tmp_path):
    res = CliRunner().invoke(cli, ["viz", "matrix", "--rows-by", "family", "-o", str(tmp_path / "f.html"),
                                   "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "method families x" in res.output and "Method family x hardware" in (tmp_path / "f.html").read_text()
