#!/usr/bin/env python3
"""The field-scale pictures on a real store: page sizes, render time in headless Chromium, screenshots.

    python bench/viz_scale.py DB [--name NAME] [--docs docs/viz]     # an existing kg database
    python bench/viz_scale.py --build N [--docs docs/viz]            # build N synthetic abstracts first

The synthetic corpus has no dates; with --build its papers get publication dates spread evenly
over 2019-2025 (paper i in year 2019 + i mod 7), so the trends view has years to show at field
scale. They say nothing about any real field: the view's shape, size and speed are what is measured.

Reads the store's rows (the shipped viz_* queries), writes every view (method-hardware page,
matrix, method-family matrix, results, trends, report) into a temporary folder, prints each page's size and the
median of three load-to-ready times in headless Chromium (issue #13's bars: < 10 MB and < 3 s
for 20,000 papers), and with --docs saves a screenshot of each view there as NAME-VIEW.png.
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MAKE = HERE.parent.parent / "shared" / "bench" / "make_corpus.py"


def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000",
                 f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "chromedriver"), options=options)


def load_seconds(driver, page: Path) -> float:
    start = time.perf_counter()
    driver.get(page.as_uri())
    while driver.execute_script("return document.body.dataset.ready") != "1":
        if time.perf_counter() - start > 60:
            sys.exit(f"{page.name}: not ready after 60 s")
        time.sleep(0.02)
    return time.perf_counter() - start


def write_views(db: str, out: Path) -> dict[str, Path]:
    from kg.stores import open_store
    from kg.viz.field import read_field
    from kg.viz.field_html import bipartite_page, page
    from kg.viz.figures import matrix_figure, save, strips_figure, svg, trends_figure
    from kg.viz.hierarchy import LEVELS
    from kg.viz.report import matrix_page, render_report
    from kg.viz.summaries import hardware_matrix, hardware_trends, result_strips
    from kg.viz.views import method_hardware
    start = time.perf_counter()
    with open_store("ladybug", path=db, read_only=True) as st:
        data = read_field(st)
    print(f"read the rows: {time.perf_counter() - start:.2f} s ({len(data.claims):,} method-hardware statements, "
          f"{len(data.results):,} results, {len(data.titles):,} papers)")
    views = {lv: method_hardware(data, lv) for lv in LEVELS}
    m = hardware_matrix(data, "architecture", "count")
    families = hardware_matrix(data, "architecture", "count", by="family")
    pages = {"method-hardware": bipartite_page(views, "architecture"), "matrix": matrix_page(m),
             "families": matrix_page(families),
             "results": page("Reported results per hardware", svg(strips_figure(result_strips(data)))),
             "trends": page("Hardware over time", svg(trends_figure(hardware_trends(data)))),
             "report": render_report(data)}
    files = {}
    for name, text in pages.items():
        files[name] = out / f"{name}.html"
        files[name].write_text(text, encoding="utf-8")
    save(matrix_figure(m), out / "matrix.png")
    return files


def dated(corpus: Path) -> None:
    """Give synthetic paper i the date 2019 + i mod 7, month 1 + i mod 12 (see the module docstring)."""
    import json
    lines = corpus.read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    for i, row in enumerate(rows):
        row["published"] = f"{2019 + i % 7}-{1 + i % 12:02d}-01"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?", help="an existing kg database")
    ap.add_argument("--build", type=int, default=0, help="build this many synthetic abstracts first")
    ap.add_argument("--name", default=None, help="screenshot name prefix (default: seed / synthetic-N)")
    ap.add_argument("--docs", default=None, help="save screenshots here")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if args.build:
            corpus, db = f"{tmp}/corpus.jsonl", f"{tmp}/kg.db"
            subprocess.run([sys.executable, str(MAKE), str(args.build), corpus], check=True, capture_output=True)
            dated(Path(corpus))
            subprocess.run([sys.executable, "-m", "kg.cli.main", "build", corpus, "--db", db, "-q"], check=True)
        if not db:
            ap.error("give a database or --build N")
        name = args.name or (f"synthetic-{args.build}" if args.build else "seed")
        files = write_views(db, Path(tmp))
        driver = chromium()
        try:
            for view, path in files.items():
                times = [load_seconds(driver, path) for _ in range(3)]
                print(f"{view:16s} {path.stat().st_size / 1e6:6.2f} MB   ready in {statistics.median(times):.2f} s "
                      f"(median of 3; bars: < 10 MB, < 3 s)")
                if args.docs:
                    Path(args.docs).mkdir(parents=True, exist_ok=True)
                    driver.save_screenshot(str(Path(args.docs) / f"{name}-{view}.png"))
        finally:
            driver.quit()
        if args.docs:
            shutil.copy(Path(tmp) / "matrix.png", Path(args.docs) / f"{name}-matrix-static.png")


if __name__ == "__main__":
    main()
