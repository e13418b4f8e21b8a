"""Where the Neo4j connection comes from: options, environment, a private config file.

The variable names are those of Neo4j's own tools (NEO4J_URI, NEO4J_USERNAME,
NEO4J_PASSWORD, NEO4J_DATABASE). The password is never a command-line value
that would show in the process list: it comes from the environment or from a
config file that only its owner can read (``~/.config/kg/neo4j.json``, mode 0600).
"""
from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kg.errors import StoreError

CONFIG = Path(os.environ.get("KG_CONFIG_DIR", Path.home() / ".config" / "kg")) / "neo4j.json"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str
    user: str
    password: str | None
    database: str | None = None

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None, database: str | None = None,
                password: str | None = None, config: Path | None = None) -> "Neo4jSettings":
        """Options win over the environment, which wins over the config file."""
        file = _read_config(config or CONFIG)
        uri = uri or os.environ.get("NEO4J_URI") or file.get("uri") or "bolt://localhost:7687"
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreError(f"Neo4j URI '{uri}' has scheme '{scheme}'; use one of: {', '.join(SCHEMES)}")
        return cls(uri=uri,
                   user=user or os.environ.get("NEO4J_USERNAME") or file.get("user") or "neo4j",
                   password=password or os.environ.get("NEO4J_PASSWORD") or file.get("password"),
                   database=database or os.environ.get("NEO4J_DATABASE") or file.get("database") or None)


def _read_config(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise StoreError(f"{path} holds a password and must be private: chmod 600 {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise StoreError(f"{path}: not a JSON object of uri/user/password/database: {exc}") from exc
    if not isinstance(data, dict):
        raise StoreError(f"{path}: not a JSON object of uri/user/password/database")
    return {k: str(v) for k, v in data.items() if v is not None}
