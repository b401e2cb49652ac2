"""Neo4j 5 store through the official driver, with managed (retried) transactions."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import neo4j
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, ClientError, Neo4jError, ServiceUnavailable

from conflictkg.errors import StoreError
from conflictkg.graph import collector, derive_keys, schema
from conflictkg.graph.params import ParameterError, check_params
from conflictkg.graph.store import Row

_SCALARS = (str, int, float, bool, type(None))


def _plain(value: Any) -> Any:
    """Nodes, relationships, paths and temporal values as plain Python (scalars pass as they are)."""
    if type(value) in _SCALARS:
        return value
    if isinstance(value, neo4j.graph.Node):
        return {"_labels": sorted(value.labels), **dict(value)}
    if isinstance(value, neo4j.graph.Relationship):
        return {"_type": value.type, **dict(value)}
    if isinstance(value, neo4j.graph.Path):
        return [_plain(n) for n in value.nodes]
    if isinstance(value, list):
        return [v if type(v) in _SCALARS else _plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time types
        return value.iso_format()
    return value


class Neo4jStore:
    kind = "neo4j"

    def __init__(
        self, uri: str, user: str = "neo4j", password: str = "", database: str | None = None
    ) -> None:
        self.uri = uri
        self.database = database or None
        try:
            # the server's notifications are about our own queries (e.g. a relationship type not
            # written yet), not something a user can act on: keep them out of the CLI's output
            self._driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=10, notifications_min_severity="OFF"
            )
            self._driver.verify_connectivity()
            self._columns: dict[str, list[str]] = {}  # by query text; [] when it is not wrapped
        except AuthError as exc:
            raise StoreError(f"Neo4j at {uri} refused the credentials for user {user!r}") from exc
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise StoreError(f"cannot reach Neo4j at {uri}: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j at {uri}: {exc.message or exc}") from exc

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[Row]:
        if params:
            check_params(params)  # the driver would take NaN and bytes, which FalkorDB cannot
        try:
            # every row is read into memory anyway: fetch them in one stream, not 1,000 at a time
            with self._driver.session(database=self.database, fetch_size=-1) as session:
                if write:
                    return session.execute_write(_rows, cypher, params or {})
                columns = self._wrappable_columns(session, cypher, params or {})
                return session.execute_read(_read, cypher, params or {}, columns)
        except ClientError as exc:
            read_only_codes = ("AccessMode", "WriteOnReadOnlyAccessDatabase", "ForbiddenDueToTransactionType")
            if not write and exc.code and exc.code.endswith(read_only_codes):
                raise StoreError("this query writes; pass --write to allow it") from exc
            raise StoreError(f"Neo4j: {exc.message or exc}") from exc
        except AuthError as exc:
            raise StoreError(f"Neo4j at {self.uri} refused the credentials") from exc
        except UnicodeEncodeError as exc:
            raise ParameterError(f"the query or a parameter is not valid Unicode: {exc.reason}") from exc
        except ServiceUnavailable as exc:
            raise StoreError(f"lost the connection to Neo4j at {self.uri}: {exc}") from exc
        except Neo4jError as exc:
            raise StoreError(f"Neo4j: {exc.message or exc}") from exc

    def _wrappable_columns(self, session: neo4j.Session, cypher: str, params: dict[str, Any]) -> list[str]:
        """The columns of a read that a ``CALL { }`` subquery can hold, else [] (see ``_read``);
        asked of the planner (``EXPLAIN``, nothing runs) once per query text."""
        if cypher not in self._columns:
            columns: list[str] = []
            if not _UNWRAPPED.search(cypher):
                columns = list(session.run("EXPLAIN " + cypher, params).keys())
            if columns:
                try:
                    session.run("EXPLAIN " + _wrapped(cypher, columns), params).consume()
                except ClientError:
                    columns = []
            if len(self._columns) >= _COLUMNS_KEPT:
                self._columns.clear()
            self._columns[cypher] = columns
        return self._columns[cypher]

    def schema_statements(self) -> list[str]:
        return schema.neo4j_statements()

    def apply_schema(self) -> None:
        indexes = "SHOW INDEXES YIELD name WHERE name = $name RETURN name"
        if not self.query(indexes, {"name": schema.NEO4J_DERIVE_KEY_INDEX}):
            derive_keys.backfill(self)
        for stmt in self.schema_statements():
            self.query(stmt, write=True)

    def prepare(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, dict[str, Any] | None]:
        return cypher, params  # the driver sends parameters apart from the text, nothing to do first

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        with self._driver.session(database=self.database) as session:
            summary = session.run("EXPLAIN " + cypher, params or {}).consume()
        return _format_plan(summary.plan or {})

    def clear(self) -> None:
        # Relationships first, in bounded batches: detaching a node with tens of thousands of
        # relationships in one transaction can exceed the server's transaction memory.
        for statement in (
            "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted",
            "MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted",
        ):
            while True:
                rows = self.query(statement, write=True)
                if not rows or rows[0]["deleted"] == 0:
                    break

    def close(self) -> None:
        self._driver.close()


def _rows(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any]) -> list[Row]:
    with collector.paused():
        result = tx.run(cypher, params)
        keys = result.keys()
        return [_row(keys, record.values()) for record in result]


_COLUMNS_KEPT = 512  # query texts whose columns are remembered
# Statements a ``CALL { }`` subquery cannot hold, or that need not be wrapped.
_UNWRAPPED = re.compile(
    r"^\s*(EXPLAIN|PROFILE|SHOW|USE|CYPHER|CREATE\s+(INDEX|CONSTRAINT)|DROP)\b|IN\s+TRANSACTIONS", re.I
)


def _read(tx: neo4j.ManagedTransaction, cypher: str, params: dict[str, Any], columns: list[str]) -> list[Row]:
    """A read's rows, fetched as one record that holds them all when the query has ``columns``.

    The driver reads a result record by record, two socket reads each (≈25 µs a record: 2 s for a
    100k-row list); one record with a list of rows decodes at the codec's speed."""
    if not columns:
        return _rows(tx, cypher, params)
    with collector.paused():
        rows = tx.run(_wrapped(cypher, columns), params).single(strict=True)[0]
        return [_row(columns, row) for row in rows]


def _row(keys: Sequence[str], values: Sequence[Any]) -> Row:
    row = dict(zip(keys, values, strict=True))
    for key, value in row.items():
        if type(value) not in _SCALARS:
            row[key] = _cell(value)
    return row


def _cell(value: Any) -> Any:
    """A non-scalar cell as plain Python; a list of scalars (evidence sentences, articles) is the
    driver's own fresh list, kept as it is instead of copied element by element."""
    if type(value) is list:
        for item in value:
            if type(item) not in _SCALARS:
                return _plain(value)
        return value
    return _plain(value)


def _wrapped(cypher: str, columns: list[str]) -> str:
    # the newline ends a trailing // comment; collect keeps the subquery's row order
    return "CALL { " + cypher + "\n} RETURN collect([" + ", ".join(map(_quoted, columns)) + "]) AS rows"


def _quoted(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def _format_plan(plan: dict[str, Any], depth: int = 0) -> str:
    args = plan.get("args", {})
    detail = args.get("Details", "")
    line = "  " * depth + f"{plan.get('operatorType', '?')} {detail}".rstrip()
    children = [_format_plan(child, depth + 1) for child in plan.get("children", [])]
    return "\n".join([line, *children])
