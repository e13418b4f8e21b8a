"""Result units as UCUM codes (https://ucum.org), written beside kg's free-text unit in RDF.

kg's units are what abstracts write ('x', 'tokens/s', 'PFLOPS', 'GPU-hours'); a tool that converts
or compares quantities wants a code with a grammar. Counted things become UCUM annotations
('{token}/s'), metric prefixes on FLOP rates become powers of ten ('10*15.{FLOP}/s'), and a unit
kg cannot read has no code rather than a wrong one.
"""
from __future__ import annotations

import re

# kg's canonical units and the time and size units abstracts write -> UCUM
DIRECT = {"x": "1", "%": "%", "pp": "%", "ms": "ms", "s": "s", "min": "min", "h": "h", "days": "d", "Hz": "Hz",
          "GB": "GBy", "MB": "MBy", "TB": "TBy", "FPS": "{frame}/s", "GPU-hours": "h.{GPU}",
          "ms/token": "ms/{token}", "s/token": "s/{token}"}
POWERS = {"": "", "k": "10*3.", "kilo": "10*3.", "M": "10*6.", "mega": "10*6.", "G": "10*9.", "giga": "10*9.",
          "T": "10*12.", "tera": "10*12.", "P": "10*15.", "peta": "10*15.", "E": "10*18.", "exa": "10*18."}
FLOP_RATE = re.compile(r"(?P<prefix>[kMGTPE]?|kilo|mega|giga|tera|peta|exa)(?:FLOPS|FLOP/s|OPS|OP/s)"
                       r"(?P<per>/[A-Za-z]+)?")
PER_SECOND = re.compile(r"(?P<thing>[A-Za-z][A-Za-z-]*)/s")
COUNT = re.compile(r"[A-Za-z][A-Za-z-]*")


def ucum(unit: str | None) -> str | None:
    """The UCUM code of a result's unit, or None when kg cannot read it as one."""
    if not unit:
        return None
    if unit in DIRECT:
        return DIRECT[unit]
    flop = FLOP_RATE.fullmatch(unit)
    if flop:
        what = "{FLOP}" if "FLOP" in unit else "{OP}"
        per = "" if not flop["per"] else "/W" if flop["per"] == "/W" else f"/{{{flop['per'][1:]}}}"
        return f"{POWERS[flop['prefix']]}{what}/s{per}"
    rate = PER_SECOND.fullmatch(unit)
    if rate:
        return f"{{{rate['thing'].lower()}}}/s"
    if COUNT.fullmatch(unit):
        return f"{{{unit.lower()}}}"
    return None
