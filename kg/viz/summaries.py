"""Field-scale summaries as plain data: the method x hardware matrix, results per device, trends.

Each aggregates :mod:`kg.viz.field` rows along the hardware hierarchy and says in ``note`` what
it cut; the HTML report and the static figures draw the same objects.
"""
from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.errors import ViewError
from kg.viz.field import FieldData
from kg.viz.hierarchy import check_level

MATRIX_VALUES = ("count", "speedup", "throughput")


@dataclass
class Matrix:
    rows: list[str]
    columns: list[str]
    counts: list[list[int]]                    # papers stating the method runs on the column's hardware
    best: list[list[float | None]]             # best result in ``unit`` (None: no result reported)
    value: str = "count"
    unit: str = ""
    level: str = "architecture"
    note: str = ""


def _throughput_unit(data: FieldData) -> str:
    units = Counter(r.unit for r in data.results if r.unit.endswith("/s"))
    return units.most_common(1)[0][0] if units else "tokens/s"


def hardware_matrix(data: FieldData, level: str = "architecture", value: str = "count", rows: int = 40,
                    columns: int = 30, generic: bool = False) -> Matrix:
    """Methods x hardware groups: papers per cell, or the best speedup/throughput reported in it."""
    check_level(level)
    if value not in MATRIX_VALUES:
        raise ViewError(f"unknown matrix value '{value}'; choose from: {', '.join(MATRIX_VALUES)}")
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for c in data.claims:
        if c.relation == "RUNS_ON" and (generic or not c.device.generic):
            gkey, glabel = c.device.group(level)
            cells[(c.method_key, gkey)].add(c.paper)
            names[c.method_key], names[gkey] = c.method, glabel
    per_row: Counter[str] = Counter()
    per_col: Counter[str] = Counter()
    for (m, h), papers in cells.items():
        per_row[m] += len(papers)
        per_col[h] += len(papers)
    keep_r = sorted(per_row, key=lambda k: (-per_row[k], names[k]))[:rows]
    keep_c = sorted(per_col, key=lambda k: (-per_col[k], names[k]))[:columns]
    unit = "x" if value == "speedup" else _throughput_unit(data) if value == "throughput" else ""
    best: dict[tuple[str, str], float] = {}
    for r in data.results:
        if unit and r.unit == unit and r.subject_key:
            cell = (r.subject_key, r.device.group(level)[0])
            best[cell] = max(best.get(cell, r.value), r.value)
    note = f"{len(per_row)} methods x {len(per_col)} hardware {level} groups"
    if len(keep_r) < len(per_row) or len(keep_c) < len(per_col):
        note += f"; the {len(keep_r)} x {len(keep_c)} with the most papers shown"
    if not generic:
        note += "; generic classes (GPU, CPU, ...) left out"
    return Matrix([names[k] for k in keep_r], [names[k] for k in keep_c],
                  [[len(cells.get((m, h), ())) for h in keep_c] for m in keep_r],
                  [[best.get((m, h)) if (m, h) in cells else None for h in keep_c] for m in keep_r],
                  value, unit, level, note)


@dataclass
class Strips:
    """Reported values in one unit per hardware group (the results picture)."""

    unit: str
    groups: list[str]
    vendors: list[str]
    values: list[list[float]]
    note: str = ""
    medians: list[float] = field(default_factory=list)


def result_strips(data: FieldData, unit: str = "x", level: str = "product", top: int = 15,
                  generic: bool = False) -> Strips:
    """'What speedups are reported on H100 vs MI300X': every value in ``unit`` per hardware group."""
    check_level(level)
    per: dict[str, list[float]] = defaultdict(list)
    vendor: dict[str, str] = {}
    names: dict[str, str] = {}
    for r in data.results:
        if r.unit == unit and (generic or not r.device.generic):
            gkey, glabel = r.device.group(level)
            per[gkey].append(r.value)
            names[gkey], vendor[gkey] = glabel, r.device.vendor_name
    keep = sorted(per, key=lambda k: (-len(per[k]), names[k]))[:top]
    keep.sort(key=lambda k: (-statistics.median(per[k]), names[k]))
    note = f"{sum(len(v) for v in per.values())} results in '{unit}' on {len(per)} hardware {level} groups"
    if len(keep) < len(per):
        note += f"; the {len(keep)} with the most results shown"
    return Strips(unit, [names[k] for k in keep], [vendor[k] for k in keep], [sorted(per[k]) for k in keep], note,
                  [statistics.median(per[k]) for k in keep])


@dataclass
class Trends:
    """Share of dated papers per year that run on each hardware group."""

    years: list[int]
    series: dict[str, list[float]]
    papers: list[int]
    note: str = ""


def hardware_trends(data: FieldData, level: str = "architecture", top: int = 8, generic: bool = False) -> Trends:
    check_level(level)
    seen: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    names: dict[str, str] = {}
    for paper, device in data.paper_devices:
        year = data.year(paper)
        if year is None or (device.generic and not generic):
            continue
        gkey, glabel = device.group(level)
        seen[year][gkey].add(paper)
        names[gkey] = glabel
    years = sorted(seen)
    totals: Counter[str] = Counter()
    for per in seen.values():
        for gkey, papers in per.items():
            totals[gkey] += len(papers)
    keep = sorted(totals, key=lambda k: (-totals[k], names[k]))[:top]
    dated = [len(set().union(*seen[y].values())) for y in years]
    series = {names[k]: [len(seen[y].get(k, ())) / n if n else 0.0 for y, n in zip(years, dated)] for k in keep}
    note = f"{sum(dated)} dated papers with hardware over {len(years)} years" if years else \
        "no paper has a date (JSONL 'published'): no trends to draw"
    if len(keep) < len(totals):
        note += f"; the {len(keep)} most used of {len(totals)} hardware {level} groups shown"
    return Trends(years, series, dated, note)
