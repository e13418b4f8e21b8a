"""Neo4j as a store: the official driver, constraints on first use, batched idempotent MERGE.

The store takes a driver (like neo4j-graphrag's components) or builds one from
connection settings; writes run as managed transactions (``execute_write``) so
transient errors are retried, one transaction per ``UNWIND`` batch: a load that
is interrupted and rerun converges on the same graph because every write MERGEs.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kg.errors import QueryError, StoreError
from kg.stores import cypher, register
from kg.stores.base import GraphStore, QueryResult
from kg.stores.neo4j_settings import Neo4jSettings

if TYPE_CHECKING:
    import networkx as nx


def _plain(value: Any) -> Any:
    """Driver graph types (Node, Relationship, Path) as plain data, like LadybugDB returns them."""
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {"_label": sorted(value.labels)[0] if value.labels else None, **dict(value)}
    if isinstance(value, Relationship):
        return {"_label": value.type, **dict(value)}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def translate(exc: Exception, settings: Neo4jSettings) -> StoreError:
    """One clear line for the failures users meet."""
    from neo4j import exceptions as ne

    if isinstance(exc, ne.AuthError):
        return StoreError(f"Neo4j at {settings.uri} rejected the credentials of user '{settings.user}'")
    if isinstance(exc, ne.ServiceUnavailable):
        return StoreError(f"cannot reach Neo4j at {settings.uri}: {str(exc).splitlines()[0].rstrip(': ')}")
    if isinstance(exc, ne.ClientError) and "DatabaseNotFound" in (exc.code or ""):
        return StoreError(f"Neo4j at {settings.uri} has no database '{settings.database}'")
    if isinstance(exc, ne.ConfigurationError):
        return StoreError(f"bad Neo4j connection settings: {str(exc).splitlines()[0]}")
    if isinstance(exc, ne.Neo4jError):
        return QueryError(f"Neo4j: {(exc.message or str(exc)).splitlines()[0]}")
    if isinstance(exc, ne.DriverError):
        return StoreError(f"Neo4j driver: {str(exc).splitlines()[0]}")
    return StoreError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)


@register("neo4j")
class Neo4jStore(GraphStore):
    dialect = "neo4j"

    def __init__(self, driver: Any = None, settings: Neo4jSettings | None = None,
                 batch_size: int = 10_000, create: bool = True) -> None:
        import logging

        import neo4j

        # the driver logs connection trouble as warnings; kg reports it itself, in one line
        logging.getLogger("neo4j").setLevel(logging.CRITICAL)

        self.settings = settings or Neo4jSettings.resolve()
        self.batch_size = batch_size
        self._owns_driver = driver is None
        try:
            self.driver = driver or neo4j.GraphDatabase.driver(
                self.settings.uri, auth=(self.settings.user, self.settings.password or ""),
                notifications_min_severity="OFF",   # reads of optional properties are not warnings
                connection_timeout=self.settings.timeout, connection_acquisition_timeout=self.settings.timeout,
                # a transaction a dropped connection cut is retried this long (the driver's 30 s at the default)
                max_transaction_retry_time=3 * self.settings.timeout)
            self.driver.verify_connectivity()
            self._check_database()
            if create:
                for stmt in cypher.neo4j_constraints():
                    self.driver.execute_query(stmt, database_=self.settings.database)
        except Exception as exc:  # the driver raises many types; one line for the user
            self.close()
            raise translate(exc, self.settings) from exc

    def _check_database(self) -> None:
        records, _, _ = self.driver.execute_query("SHOW DATABASES YIELD name RETURN collect(name) AS names",
                                                  database_="system")
        names = records[0]["names"] if records else []
        if self.settings.database and self.settings.database not in names:
            raise StoreError(f"Neo4j at {self.settings.uri} has no database '{self.settings.database}' "
                             f"(it has: {', '.join(sorted(names))})")

    def write(self, graph: "nx.MultiDiGraph") -> None:
        def run(tx: Any, q: str, params: dict[str, Any]) -> None:
            tx.run(q, params).consume()

        try:
            with self.driver.session(database=self.settings.database) as session:
                for q, params in self.statements(graph):
                    session.execute_write(run, q, params)
        except StoreError:
            raise
        except Exception as exc:
            raise translate(exc, self.settings) from exc

    def query(self, q: str, params: dict[str, Any] | None = None) -> QueryResult:
        cypher.require_parameters(q, params)
        try:
            records, _, keys = self.driver.execute_query(q, params or {}, database_=self.settings.database)
        except Exception as exc:
            raise translate(exc, self.settings) from exc
        return QueryResult(list(keys), [[_plain(v) for v in r.values()] for r in records])

    def close(self) -> None:
        driver = getattr(self, "driver", None)
        if driver is not None and self._owns_driver:
            driver.close()
        self.driver = None
