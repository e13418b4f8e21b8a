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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit, urlunsplit

from kg.errors import StoreError

CONFIG = Path(os.environ.get("KG_CONFIG_DIR", Path.home() / ".config" / "kg")) / "neo4j.json"
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
# a server that accepts the connection and never answers must not hold kg for the driver's 60 s
DEFAULT_TIMEOUT = 10.0


@dataclass(frozen=True)
class Neo4jSettings:
    uri: str                 # never with credentials in it: they move to user/password
    user: str
    password: str | None = field(repr=False)
    database: str | None = None
    timeout: float = DEFAULT_TIMEOUT      # seconds to connect and to get an answer to the handshake

    @classmethod
    def resolve(cls, uri: str | None = None, user: str | None = None, database: str | None = None,
                password: str | None = None, config: Path | None = None,
                timeout: float | None = None) -> "Neo4jSettings":
        """Options win over the environment, which wins over the config file; a user and password
        written into the URI ('bolt://neo4j:secret@host') are taken out of it, so no message shows them."""
        file = _read_config(config or CONFIG)
        uri = uri or os.environ.get("NEO4J_URI") or file.get("uri") or "bolt://localhost:7687"
        uri, uri_user, uri_password = _split_credentials(uri)
        scheme = uri.split("://", 1)[0] if "://" in uri else ""
        if scheme not in SCHEMES:
            raise StoreError(f"Neo4j URI '{uri}' has scheme '{scheme}'; use one of: {', '.join(SCHEMES)}")
        return cls(uri=uri,
                   user=user or uri_user or os.environ.get("NEO4J_USERNAME") or file.get("user") or "neo4j",
                   password=password or uri_password or os.environ.get("NEO4J_PASSWORD") or file.get("password"),
                   database=database or os.environ.get("NEO4J_DATABASE") or file.get("database") or None,
                   timeout=_seconds(timeout, os.environ.get("KG_NEO4J_TIMEOUT") or file.get("timeout")))


def _split_credentials(uri: str) -> tuple[str, str | None, str | None]:
    """``bolt://user:secret@host:7687`` -> (``bolt://host:7687``, user, secret)."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return uri, None, None
    if "@" not in parts.netloc:
        return uri, None, None
    userinfo, _, host = parts.netloc.rpartition("@")
    name, _, secret = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), unquote(name) or None, unquote(secret) or None


def _seconds(given: float | None, configured: str | None) -> float:
    if given is not None:
        value: float = given
    else:
        try:
            value = float(configured) if configured else DEFAULT_TIMEOUT
        except ValueError:
            raise StoreError(f"Neo4j timeout '{configured}' is not a number of seconds") from None
    if not value > 0:
        raise StoreError(f"Neo4j timeout must be a positive number of seconds, not {value}")
    return value


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
