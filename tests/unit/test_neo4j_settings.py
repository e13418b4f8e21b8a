"""Where Neo4j connection settings come from (no server needed)."""
import json

import pytest

from kg.errors import StoreError
from kg.stores.neo4j_settings import Neo4jSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE", "KG_NEO4J_TIMEOUT"):
        monkeypatch.delenv(var, raising=False)


def test_options_beat_environment_beat_config_file(tmp_path, monkeypatch):
    cfg = tmp_path / "neo4j.json"
    cfg.write_text(json.dumps({"uri": "neo4j+s://file:7687", "user": "fileuser", "password": "filepw",
                               "database": "filedb"}))
    cfg.chmod(0o600)
    s = Neo4jSettings.resolve(config=cfg)
    assert (s.uri, s.user, s.password, s.database) == ("neo4j+s://file:7687", "fileuser", "filepw", "filedb")
    monkeypatch.setenv("NEO4J_URI", "bolt+s://env:7687")
    monkeypatch.setenv("NEO4J_PASSWORD", "envpw")
    s = Neo4jSettings.resolve(config=cfg)
    assert (s.uri, s.password) == ("bolt+s://env:7687", "envpw")
    s = Neo4jSettings.resolve(uri="bolt://opt:7687", user="optuser", config=cfg)
    assert (s.uri, s.user) == ("bolt://opt:7687", "optuser")


def test_a_config_file_others_can_read_is_refused(tmp_path):
    cfg = tmp_path / "neo4j.json"
    cfg.write_text(json.dumps({"password": "x"}))
    cfg.chmod(0o644)
    with pytest.raises(StoreError, match="chmod 600"):
        Neo4jSettings.resolve(config=cfg)


def test_unknown_uri_scheme_lists_the_valid_ones(tmp_path):
    with pytest.raises(StoreError, match="use one of: bolt, bolt\\+s"):
        Neo4jSettings.resolve(uri="http://localhost:7474", config=tmp_path / "none.json")


def test_credentials_in_the_uri_leave_it_and_never_show(tmp_path):
    s = Neo4jSettings.resolve(uri="bolt://alice:top%40secret@127.0.0.1:1", config=tmp_path / "none.json")
    assert (s.uri, s.user, s.password) == ("bolt://127.0.0.1:1", "alice", "top@secret")
    assert "secret" not in repr(s) and "secret" not in str(s)
    from kg.stores.neo4j_store import Neo4jStore
    with pytest.raises(StoreError) as err:      # nothing listens on port 1: the error names the server only
        Neo4jStore(settings=s)
    assert "secret" not in str(err.value) and "127.0.0.1:1" in str(err.value)


def test_a_silent_server_is_given_up_on_after_the_timeout(tmp_path):
    """A server that accepts the connection and never answers (the driver alone waits 60 s)."""
    import socket
    import threading
    import time
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    threading.Thread(target=lambda: [held.append(listener.accept()[0]) for _ in range(8)], daemon=True).start()
    s = Neo4jSettings.resolve(uri=f"bolt://127.0.0.1:{listener.getsockname()[1]}", password="x", timeout=1.0,
                              config=tmp_path / "none.json")
    from kg.stores.neo4j_store import Neo4jStore
    start = time.monotonic()
    with pytest.raises(StoreError, match="cannot reach Neo4j"):
        Neo4jStore(settings=s)
    assert time.monotonic() - start < 10
    listener.close()


def test_timeout_comes_from_the_environment_and_is_checked(tmp_path, monkeypatch):
    assert Neo4jSettings.resolve(config=tmp_path / "none.json").timeout == 10.0
    monkeypatch.setenv("KG_NEO4J_TIMEOUT", "2.5")
    assert Neo4jSettings.resolve(config=tmp_path / "none.json").timeout == 2.5
    monkeypatch.setenv("KG_NEO4J_TIMEOUT", "soon")
    with pytest.raises(StoreError, match="not a number of seconds"):
        Neo4jSettings.resolve(config=tmp_path / "none.json")
