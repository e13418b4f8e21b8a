"""What a build left in an embedded database file, recorded beside it (``kg.db.sum``) and checked.

The engine does not notice every damage: 64 KB of garbage at the tail crashed every command
(SIGSEGV) and changed bytes mid-file served a silently wrong graph. So a write records, after the
engine has closed the file, the graph's order-independent content sum and the file's size, change
times and (for files up to ``HASH_LIMIT``) its sha256. Every open compares size and hash before the
engine reads the file, unless the file's change time (``st_ctime_ns``, which no write, copy or
``touch`` can leave as it was) is still the one recorded: then nothing touched it since.
``kg check`` also reads the whole graph back against the content sum. While a
write is under way the record says so: a build killed half-way leaves nothing to compare with,
not a false alarm.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.checksums import file_sha256
from kg.errors import StoreError

HASH_LIMIT = 256 << 20      # hashing more on every open would cost more than the query it guards


def sum_path(path: Path) -> Path:
    """Where a build records what it wrote."""
    return path.with_name(path.name + ".sum")


def recorded(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(sum_path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _write(path: Path, data: dict[str, Any]) -> None:
    target = sum_path(path)
    tmp = target.with_name(target.name + ".part")
    tmp.write_text(json.dumps(data, sort_keys=True) + "\n", encoding="utf-8")
    tmp.replace(target)


def _stat_facts(path: Path) -> dict[str, Any]:
    st = path.stat()
    return {"file_bytes": st.st_size, "file_mtime_ns": st.st_mtime_ns, "file_ctime_ns": st.st_ctime_ns}


def file_facts(path: Path) -> dict[str, Any]:
    facts = _stat_facts(path)
    if facts["file_bytes"] <= HASH_LIMIT:
        facts["file_sha256"] = file_sha256(path)
    return facts


def begin_write(path: Path) -> None:
    """Mark the record: the file is about to change (a killed write leaves this mark)."""
    data = recorded(path)
    if data is not None:
        data["writing"] = True
        _write(path, data)


def cancel_write(path: Path) -> None:
    """The write never started (the engine refused the file): the record stands as it was."""
    data = recorded(path)
    if data is not None and data.pop("writing", None):
        _write(path, data)


def end_write(path: Path, content: dict[str, Any] | None) -> None:
    """After the engine closed the file: the new content sum (None: unchanged) and the file's facts."""
    data = recorded(path) or {}
    if content is not None:
        data = dict(content)
    elif "nodes" not in data:
        return          # nothing was ever written and nothing recorded: no record to make
    data.pop("writing", None)
    data.update(file_facts(path))
    _write(path, data)


def verify_file(path: Path) -> None:
    """Refuse a file whose size or bytes differ from what the last completed write left."""
    data = recorded(path)
    if not data or data.get("writing") or "file_bytes" not in data:
        return
    stat = _stat_facts(path)
    if all(data.get(k) == v for k, v in stat.items()):
        return          # untouched since the write that recorded it: hashing would read it all for nothing
    facts = file_facts(path)
    if facts["file_bytes"] != data["file_bytes"]:
        raise StoreError(f"{path}: damaged: the file is {facts['file_bytes']:,} bytes where the last build left "
                         f"{data['file_bytes']:,}; kg will not read it (restore a copy or rebuild; see 'kg check')")
    if "file_sha256" in facts and data.get("file_sha256") not in (None, facts["file_sha256"]):
        raise StoreError(f"{path}: damaged: its bytes differ from what the last build left; kg will not read it "
                         f"(restore a copy or rebuild; see 'kg check')")


def compare(path: Path, now: dict[str, Any]) -> tuple[bool, str]:
    """(intact, one line): the graph read back against the recorded content sum."""
    data = recorded(path)
    counts = f"{now['nodes']} nodes, {now['relationships']} relationships"
    if data is None or "nodes" not in data:
        return True, f"{path}: reads without errors ({counts}); no sum recorded to compare with " \
                     f"({sum_path(path).name} is missing)"
    if data.get("writing"):
        return False, f"{path}: a build did not finish (killed?); it reads ({counts}), but rerun the build"
    content = {k: v for k, v in data.items() if not k.startswith("file_")}
    if content == now:
        return True, f"{path}: intact ({counts}, as last written)"
    return False, (f"{path}: damaged: the graph differs from what the last build wrote "
                   f"({data['nodes']} nodes and {data['relationships']} relationships then, "
                   f"{now['nodes']} and {now['relationships']} now, or the same counts with other content)")
