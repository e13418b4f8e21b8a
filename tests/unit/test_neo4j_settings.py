"""Where Neo4j connection settings come from (no server needed)."""
import json

import pytest

from kg.errors import StoreError
from kg.stores.neo4j_settings import Neo4jSettings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for var in ("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD", "NEO4J_DATABASE"):
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
