"""The on-disk table a bulk load merges entities in (kg.stores.entity_table): what it gives back is what a dict
of tuples gave, in the same order."""
from __future__ import annotations

from kg.stores.entity_table import KEYS_PER_QUERY, EntityTable


def test_rows_come_back_as_stored_and_sorted_as_python_sorts_the_keys(tmp_path):
    table = EntityTable(tmp_path / "e.sqlite")
    keys = ["Method:zeta", "Method:Mélange", "Method:Ωmega", "Method:alpha", "Method:Z3", "Method:ä", "Method:😀"]
    rows = {k: (k.split(":")[1], ["alias", None], 1.5, None, True) for k in keys}
    table.put("Method", rows)
    table.put("Model", {"Model:b": ("b",)})
    assert [k for k, _ in table.rows("Method")] == sorted(keys)
    assert dict(table.rows("Method")) == rows
    assert table.labels() == ["Method", "Model"]
    table.close()


def test_a_put_replaces_and_a_get_reads_any_number_of_keys(tmp_path):
    table = EntityTable(tmp_path / "e.sqlite")
    many = {f"Method:m{i}": (i,) for i in range(KEYS_PER_QUERY * 2 + 5)}
    table.put("Method", many)
    table.put("Method", {"Method:m3": ("new",)})
    got = table.get("Method", [*many, "Method:absent", "Method:m3"])
    assert len(got) == len(many) and got["Method:m3"] == ("new",) and got["Method:m4"] == (4,)
    assert table.get("Model", ["Method:m1"]) == {}
    table.close()
