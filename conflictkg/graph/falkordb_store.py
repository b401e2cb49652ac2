"""FalkorDB store: the embedded server (unix socket) or a remote one (``falkordb://host:port``)."""

from __future__ import annotations

import contextlib
import functools
import math
import re
from typing import Any

import redis
from falkordb import Edge, FalkorDB, Node, Path
from falkordb.query_result import QueryResult

from conflictkg.errors import StoreError
from conflictkg.graph import collector, derive_keys, schema
from conflictkg.graph.falkordb_rows import NeedsClient, column_names, compact_rows
from conflictkg.graph.params import INT64_MAX, INT64_MIN, ParameterError, check_name, explain
from conflictkg.graph.store import Row

GRAPH_NAME = "conflictkg"

# FalkorDB reads a parameter's value as a Cypher literal. In a double-quoted string it undoes
# \\ and \" (and \b \f \n \r \t \', which we never write) and keeps every other character as it
# is, control characters included, but the query text is a C string: it cannot hold a NUL. Map
# keys are identifiers or backquoted names, taken as they are (no escapes, so no backquote).
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NUL = "FalkorDB cannot store the NUL character (\\x00) in a string"


class _Refused(Exception):
    """A value the encoder cannot write; ``explain`` or the message says which and why."""


def params_header(params: dict[str, Any] | None) -> str:
    """``CYPHER k=v ...`` for a query's parameters; refuses (:class:`ParameterError`) what FalkorDB
    cannot keep as it is, with the rules of :mod:`conflictkg.graph.params` plus FalkorDB's own.

    The FalkorDB client builds this too, but without those checks, and the two walks in one are
    faster than ``json.dumps`` plus a pass that unquotes the keys.
    """
    if not params:
        return ""
    parts = []
    for name, value in params.items():
        check_name(name)
        try:
            literal = _literal(value)
        except _Refused as exc:
            explain(value, "$" + name)  # a value no store takes: named by its path
            raise ParameterError(f"parameter ${name}: {exc}") from None
        if "\x00" in literal:  # keys with one are refused: it is in a string
            raise ParameterError(f"parameter ${name}: {_NUL}")
        parts.append(name + "=" + literal)
    return "CYPHER " + " ".join(parts) + " "


def _literal(value: Any) -> str:
    kind = type(value)
    if kind is str:  # the most frequent value and the longest; a NUL is looked for in the whole text
        text: str = value
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind is dict:
        return "{" + ",".join([_key(k) + _literal(v) for k, v in value.items()]) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join(map(_literal, value)) + "]"
    if value is None:
        return "null"
    if kind is bool:
        return "true" if value else "false"
    if kind is int and INT64_MIN <= value <= INT64_MAX:
        return str(value)
    if kind is float and math.isfinite(value):
        return repr(value)
    return _literal_subclass(value)


def _literal_subclass(value: Any) -> str:
    # enums and other subclasses of str, int and float are written as their base value
    if isinstance(value, str):
        return _literal(str.__str__(value))
    if isinstance(value, int) and INT64_MIN <= value <= INT64_MAX:
        return int.__repr__(value)
    if isinstance(value, float) and math.isfinite(value):
        return float.__repr__(value)
    raise _Refused(f"cannot write values of type {type(value).__name__}")


@functools.lru_cache(maxsize=4096)  # a batch repeats the same few keys thousands of times
def _key(key: Any) -> str:
    if not isinstance(key, str):
        raise _Refused(f"map key {key!r} is not a string")
    if _IDENTIFIER.fullmatch(key):
        return key + ":"
    if "`" in key or "\x00" in key:
        raise _Refused(f"FalkorDB cannot take a map key with a backquote or a NUL: {key!r}")
    return "`" + key + "`:"


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
        except UnicodeEncodeError as exc:
            raise ParameterError(f"the query or a parameter is not valid Unicode: {exc.reason}") from exc
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
        if schema.DERIVE_KEY_INDEX not in existing:
            derive_keys.backfill(self)
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
