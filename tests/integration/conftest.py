"""A real Neo4j 5 server for the integration tests: NEO4J_URI/NEO4J_USERNAME/NEO4J_PASSWORD.

`.ci/run` starts one with tools/neo4j/server; locally run `eval "$(tools/neo4j/server start)"`.
Without a reachable server these tests skip with one line saying why.
"""
from __future__ import annotations

import os

import pytest

from kg.stores.neo4j_settings import Neo4jSettings


@pytest.fixture(scope="session")
def neo4j_settings() -> Neo4jSettings:
    if not os.environ.get("NEO4J_URI") or not os.environ.get("NEO4J_PASSWORD"):
        pytest.skip("no Neo4j server: NEO4J_URI/NEO4J_PASSWORD not set (start one: tools/neo4j/server start)")
    settings = Neo4jSettings.resolve()
    import neo4j
    try:
        with neo4j.GraphDatabase.driver(settings.uri, auth=(settings.user, settings.password)) as driver:
            driver.verify_connectivity()
    except Exception as exc:  # noqa: BLE001 - any failure means: no server to test against
        pytest.skip(f"Neo4j at {settings.uri} is not reachable: {type(exc).__name__}")
    return settings


@pytest.fixture
def neo4j_store(neo4j_settings):
    """A Neo4j store on an emptied database (Community has one user database)."""
    from kg.stores import open_store
    store = open_store("neo4j", settings=neo4j_settings)
    store.query("MATCH (n) DETACH DELETE n")
    yield store
    store.close()
