"""Visualisation: the HTML view in a real headless Chromium, and the static PNG/SVG figures."""
from __future__ import annotations

import re
import shutil
import time

import pytest
from click.testing import CliRunner

from kg.cli.main import cli
from kg.stores import open_store
from kg.viz import HtmlView, method_hardware_view


@pytest.fixture(scope="module")
def db(sample_db):
    return sample_db


@pytest.fixture(scope="module")
def graph(sample_graph):
    return sample_graph


def test_html_is_self_contained_and_displays_in_jupyter(graph, tmp_path):
    view = method_hardware_view(graph)
    page = HtmlView(view).save(tmp_path / "v.html").read_text()
    assert "cytoscape" in page and not re.search(r"<script[^>]+src=|<link[^>]+href=|https?://cdn", page)
    assert HtmlView(view)._repr_html_().startswith("<iframe srcdoc=")


def test_large_graphs_keep_the_best_connected_nodes_and_say_so(graph):
    view = method_hardware_view(graph, limit=6)
    assert len(view.nodes) == 6 and "left out" in view.note


def test_png_and_svg(db, tmp_path):
    runner = CliRunner()
    for name in ("g.png", "g.svg", "m.png", "m.svg"):
        cmd = ["viz", "matrix" if name.startswith("m") else "method-hardware", "-o", str(tmp_path / name), "--db", str(db)]
        res = runner.invoke(cli, cmd)
        assert res.exit_code == 0, res.output
    for name, low, high in (("g.png", 20_000, 5_000_000), ("m.png", 10_000, 3_000_000)):
        size = (tmp_path / name).stat().st_size
        assert low < size < high, (name, size)
        assert (tmp_path / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = (tmp_path / "g.svg").read_text()
    with open_store("ladybug", path=db) as st:
        view = method_hardware_view(st.read_graph())
    texts = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    labels = [n["label"] for n in view.nodes]
    assert sorted(t.strip() for t in texts if t.strip() in labels) == sorted(labels)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")


@pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium/chromedriver not installed (.ci/run installs them)")
def test_html_view_in_a_real_browser_offline(db, graph, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    out = tmp_path / "method-hardware.html"
    res = CliRunner().invoke(cli, ["viz", "method-hardware", "-o", str(out), "--db", str(db)])
    assert res.exit_code == 0, res.output
    view = method_hardware_view(graph)

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1400,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Network.emulateNetworkConditions",
                               {"offline": True, "latency": 0, "downloadThroughput": 0, "uploadThroughput": 0})
        driver.get(out.as_uri())
        deadline = time.time() + 30
        while time.time() < deadline and driver.execute_script("return document.body.dataset.ready") != "1":
            time.sleep(0.2)
        assert driver.execute_script("return document.body.dataset.ready") == "1"
        drawn = driver.execute_script("return [kgView.nodes(), kgView.edges()]")
        assert drawn == [len(view.nodes), len(view.edges)]
        # click the node with the most edges and find one of its evidence sentences in the panel
        node = max(view.nodes, key=lambda n: n["degree"])
        x, y = driver.execute_script(
            "const p = kgView.cy.getElementById(arguments[0]).renderedPosition(); return [p.x, p.y];", node["id"])
        canvas = driver.find_element(By.ID, "cy")
        size = canvas.size
        ActionChains(driver).move_to_element_with_offset(canvas, int(x - size["width"] / 2),
                                                         int(y - size["height"] / 2)).click().perform()
        info = driver.find_element(By.ID, "info").text
        sentences = [e["sentence"] for e in view.edges if node["id"] in (e["source"], e["target"])
                     for e in e["evidence"]]
        assert node["label"] in info and any(s[:40] in info for s in sentences if s)
        # the search box highlights, the vendor filter hides
        search = driver.find_element(By.ID, "search")
        search.send_keys(node["label"])
        assert driver.execute_script("return kgView.cy.$('.hit').length") >= 1
        severe = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        assert not severe, severe
        driver.save_screenshot(str(tmp_path / "method-hardware.png"))      # never into the user's exports/
        assert (tmp_path / "method-hardware.png").stat().st_size > 10_000
    finally:
        driver.quit()


def test_every_view_writer_follows_the_export_rule(db, tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli, ["viz", "method-hardware", "-o", str(tmp_path / "x.pdf"), "--db", str(db)])
    assert bad.exit_code == 2 and "kg viz writes html, png, svg, not '.pdf'" in bad.output
    assert not (tmp_path / "x.pdf").exists()
    clash = runner.invoke(cli, ["viz", "matrix", "-o", str(tmp_path / "m.png"), "--format", "svg", "--db", str(db)])
    assert clash.exit_code == 2 and "the extension says png but --format says svg" in clash.output
    out = tmp_path / "m.html"
    assert runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db)]).exit_code == 0
    assert "<table>" in out.read_text()
    again = runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db)])
    assert again.exit_code == 2 and "exists; pass --force" in again.output
    assert runner.invoke(cli, ["viz", "matrix", "-o", str(out), "--db", str(db), "--force"]).exit_code == 0
