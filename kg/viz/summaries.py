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
MATRIX_ROWS = ("method", "family")


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
    by: str = "method"

    @property
    def row_title(self) -> str:
        return "Method family" if self.by == "family" else "Method"


def method_families(data: FieldData) -> dict[str, tuple[str, str]]:
    """Each method's family: of the named methods it uses or is based on, the one most methods build on
    (a LoRA variant is in the LoRA family); a method others build on and that builds on none heads its own.

    The catalog has no method taxonomy; the graph's own USES/BASED_ON statements make one.
    """
    bases: dict[str, set[str]] = defaultdict(set)
    builders: dict[str, set[str]] = defaultdict(set)
    names = {b.base_key: b.base for b in data.builds}
    names.update({c.method_key: c.method for c in data.claims})
    for b in data.builds:
        if b.base_key != b.method_key:
            bases[b.method_key].add(b.base_key)
            builders[b.base_key].add(b.method_key)
    family = {m: min(found, key=lambda k: (-len(builders[k]), names.get(k, k))) for m, found in bases.items()}
    family.update({k: k for k in builders if k not in bases})
    return {m: (f, names.get(f, f)) for m, f in family.items()}


def _throughput_unit(data: FieldData) -> str:
    units = Counter(r.unit for r in data.results if r.unit.endswith("/s"))
    return units.most_common(1)[0][0] if units else "tokens/s"


def hardware_matrix(data: FieldData, level: str = "architecture", value: str = "count", rows: int = 40,
                    columns: int = 30, generic: bool = False, by: str = "method") -> Matrix:
    """Methods (or method families) x hardware groups: papers per cell, or the best speedup/throughput
    reported in it."""
    check_level(level)
    if value not in MATRIX_VALUES:
        raise ViewError(f"unknown matrix value '{value}'; choose from: {', '.join(MATRIX_VALUES)}")
    if by not in MATRIX_ROWS:
        raise ViewError(f"unknown matrix rows '{by}'; choose from: {', '.join(MATRIX_ROWS)}")
    families = method_families(data) if by == "family" else {}
    row_of = (lambda key, name: families.get(key)) if by == "family" else (lambda key, name: (key, name))
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    outside: set[str] = set()
    for c in data.claims:
        if c.relation == "RUNS_ON" and (generic or not c.device.generic):
            row = row_of(c.method_key, c.method)
            if row is None:
                outside.add(c.method_key)
                continue
            gkey, glabel = c.device.group(level)
            cells[(row[0], gkey)].add(c.paper)
            names[row[0]], names[gkey] = row[1], glabel
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
        row = row_of(r.subject_key, r.subject) if unit and r.unit == unit and r.subject_key else None
        if row is not None:
            cell = (row[0], r.device.group(level)[0])
            best[cell] = max(best.get(cell, r.value), r.value)
    note = f"{len(per_row)} {'method families' if by == 'family' else 'methods'} x {len(per_col)} hardware {level} groups"
    if outside:
        note += f"; {len(outside)} methods that build on no named method left out"
    if len(keep_r) < len(per_row) or len(keep_c) < len(per_col):
        note += f"; the {len(keep_r)} x {len(keep_c)} with the most papers shown"
    if not generic:
        note += "; generic classes (GPU, CPU, ...) left out"
    return Matrix([names[k] for k in keep_r], [names[k] for k in keep_c],
                  [[len(cells.get((m, h), ())) for h in keep_c] for m in keep_r],
                  [[best.get((m, h)) if (m, h) in cells else None for h in keep_c] for m in keep_r],
                  value, unit, level, note, by)


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
