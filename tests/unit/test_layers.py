"""The house drawn by its import graph: graph at the bottom, stores and exporters on it, NLP and the
CLI on top. Read from the source (ast), so a lazy import inside a function counts too."""
from __future__ import annotations

import ast

import pytest
from helpers import ROOT

KG = ROOT / "kg"


def imports_of(package: str) -> dict[str, set[str]]:
    """kg modules each file of ``package`` imports, at any depth of the file."""
    out = {}
    for path in sorted((KG / package).rglob("*.py")) if (KG / package).is_dir() else [KG / f"{package}.py"]:
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
                found.add(node.module)
                found |= {f"{node.module}.{a.name}" for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("kg")}
        out[str(path.relative_to(ROOT))] = found
    return out


def _under(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("package,allowed", [
    ("graph", ("kg.graph", "kg.errors")),                                   # the ground floor
    ("stores", ("kg.stores", "kg.graph", "kg.errors", "kg.interrupts", "kg.checksums")),  # stdlib only, like errors
    ("exporters", ("kg.exporters", "kg.graph", "kg.stores.cypher", "kg.errors", "kg.__version__")),
    ("sources", ("kg.sources", "kg.errors", "kg.checksums")),
    ("viz", ("kg.viz", "kg.graph", "kg.errors", "kg.querylib", "kg.stores")),      # the top: reads a store
])
def test_a_layer_imports_only_what_is_below_it(package, allowed):
    for path, found in imports_of(package).items():
        wrong = sorted(m for m in found if not _under(m, allowed) and m != "kg")
        assert not wrong, f"{path} imports {wrong}"


def test_no_exporter_imports_a_store_class():
    for path, found in imports_of("exporters").items():
        stores = sorted(m for m in found if _under(m, ("kg.stores",)) and not _under(m, ("kg.stores.cypher",)))
        assert not stores, f"{path} imports {stores}"


def test_the_library_never_imports_click():
    for package in ("graph", "stores", "exporters", "sources", "extraction", "viz"):
        for path in (KG / package).rglob("*.py"):
            assert "import click" not in path.read_text(encoding="utf-8"), path
