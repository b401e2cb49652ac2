"""FalkorDB store: the embedded server (unix socket) or a remote one (``falkordb://host:port``)."""

from __future__ import annotations

import contextlib
import json
import re
from typing import Any

import redis
from falkordb import Edge, FalkorDB, Node, Path
from falkordb.query_result import QueryResult

from conflictkg.errors import StoreError
from conflictkg.graph import collector, schema
from conflictkg.graph.falkordb_rows import NeedsClient, column_names, compact_rows
from conflictkg.graph.store import Row

GRAPH_NAME = "conflictkg"

# In compact JSON every quote inside a string is escaped, so an unescaped `":` only ends a map key,
# and a quote after `{` or `,` that runs to such an end only opens one. The patterns start with a
# literal and have literal replacements, which keeps the search fast and in C (a lookbehind first
# made the regex engine try every position: three times slower).
_KEY_OPEN_FIRST = re.compile(r'\{"(?=[A-Za-z_][A-Za-z0-9_]*":)')
_KEY_OPEN_NEXT = re.compile(r',"(?=[A-Za-z_][A-Za-z0-9_]*":)')


def _unquote_keys(text: str) -> str:
    text = _KEY_OPEN_NEXT.sub(",", _KEY_OPEN_FIRST.sub("{", text))
    # every `":` not after a backslash ends a key; NUL never occurs in JSON (it is escaped)
    return text.replace('\\":', "\x00").replace('":', ":").replace("\x00", '\\":')


def params_header(params: dict[str, Any] | None) -> str:
    """``CYPHER k=v ...`` for a query's parameters.

    The FalkorDB client builds this with one Python call per value, which dominates large batched
    writes; here the C JSON encoder does the work and map keys are unquoted. FalkorDB reads the
    JSON escapes for quotes, backslashes, newlines and tabs like Cypher does.
    """
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str)
        parts.append(name + "=" + _unquote_keys(text))
    return "CYPHER " + " ".join(parts) + " "


def _plain(value: Any) -> Any:
    if isinstance(value, Node):
        return {"_labels": list(value.labels or []), **(value.properties or {})}
    if isinstance(value, Edge):
        return {"_type": value.relation, **(value.properties or {})}
    if isinstance(value, Path):
        return [_plain(n) for n in value.nodes()]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class FalkorDBStore:
    kind = "falkordb"

    def __init__(
        self,
        *,
        unix_socket: str | None = None,
        host: str = "localhost",
        port: int = 6379,
        password: str | None = None,
        graph: str = GRAPH_NAME,
        uri: str = "",
    ) -> None:
        self.uri = uri or (f"falkordb+unix://{unix_socket}" if unix_socket else f"falkordb://{host}:{port}")
        try:
            if unix_socket:
                self._db = FalkorDB(unix_socket_path=unix_socket, socket_timeout=None)
            else:
                self._db = FalkorDB(host=host, port=port, password=password, socket_connect_timeout=5)
            self._db.connection.ping()
        except redis.AuthenticationError as exc:
            raise StoreError(f"FalkorDB at {self.uri} refused the password") from exc
        except redis.RedisError as exc:
            raise StoreError(f"cannot reach FalkorDB at {self.uri}: {exc}") from exc
        self._graph = self._db.select_graph(graph)
        self.graph_name = graph

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[Row]:
        text = params_header(params) + cypher
        try:
            with collector.paused():
                response = self._graph.execute_command(
                    "GRAPH.QUERY" if write else "GRAPH.RO_QUERY", self.graph_name, text, "--compact"
                )
                if isinstance(response[-1], redis.ResponseError):  # a run-time error ends the reply
                    raise response[-1]
                try:
                    return compact_rows(response)
                except NeedsClient:  # nodes, edges, paths, dates: the client knows the schema ids
                    result = QueryResult(self._graph, response)
        except redis.ConnectionError as exc:
            raise StoreError(f"lost the connection to FalkorDB at {self.uri}: {exc}") from exc
        except redis.ResponseError as exc:
            msg = str(exc)
            if not write and "empty key" in msg:
                return []  # nothing was ever written: an empty graph
            if not write and "graph.RO_QUERY is to be executed only on read-only queries" in msg:
                raise StoreError("this query writes; pass --write to allow it") from exc
            raise StoreError(f"FalkorDB: {msg}") from exc
        header = column_names(result.header or [])
        return [dict(zip(header, (_plain(v) for v in row), strict=False)) for row in result.result_set or []]

    def prepare(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, dict[str, Any] | None]:
        """The parameters inlined as text (the slow part of a large write), done before ``query``."""
        return params_header(params) + cypher, None

    def schema_statements(self) -> list[str]:
        return schema.falkordb_statements()

    def apply_schema(self) -> None:
        existing: set[tuple[str, str]] = set()
        for row in self.query("CALL db.indexes() YIELD label, properties RETURN label, properties"):
            for prop in row["properties"] or []:
                existing.add((row["label"], prop))
        for label, prop in schema.falkordb_indexes():
            if (label, prop) not in existing:
                self.query(f"CREATE INDEX FOR (n:{label}) ON (n.{prop})", write=True)
        for rel, props in schema.REL_INDEXED.items():
            for prop in props:
                if (rel, prop) not in existing:
                    self.query(f"CREATE INDEX FOR ()-[r:{rel}]-() ON (r.{prop})", write=True)
        constraints = {(c.get("label"), tuple(c.get("properties") or ())) for c in self._safe_constraints()}
        for label in schema.ID_LABELS:
            if (label, ("id",)) not in constraints:
                try:
                    self._graph.create_node_unique_constraint(label, "id")
                except redis.ResponseError as exc:
                    if "already exists" not in str(exc).lower():
                        raise StoreError(f"FalkorDB: {exc}") from exc

    def _safe_constraints(self) -> list[dict[str, Any]]:
        try:
            return list(self._graph.list_constraints())
        except redis.ResponseError:
            return []

    def explain(self, cypher: str, params: dict[str, Any] | None = None) -> str:
        try:
            plan = self._graph.explain(cypher, params)
        except redis.ResponseError as exc:
            raise StoreError(f"FalkorDB: {exc}") from exc
        return str(plan)

    def clear(self) -> None:
        with contextlib.suppress(redis.ResponseError):  # the graph did not exist yet
            self._graph.delete()
        self._graph = self._db.select_graph(self.graph_name)

    def close(self) -> None:
        self._db.close()
