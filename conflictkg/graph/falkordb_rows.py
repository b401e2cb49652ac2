"""Rows from FalkorDB's compact result format, parsed without the client's per-value dispatch.

A compact reply is ``[header, records, statistics]``; each cell is ``[type, value]``. Scalars,
lists, maps and points (everything our read queries return) are parsed here with a few
comparisons per value, several times faster than ``falkordb.QueryResult`` on wide results.
Graph entities (nodes, edges, paths) and temporal values need the client's schema cache: for
those :func:`compact_rows` raises :class:`NeedsClient` and the caller falls back to the client.
"""

from __future__ import annotations

from typing import Any

_NULL, _STRING, _INTEGER, _BOOLEAN, _DOUBLE, _ARRAY, _MAP, _POINT = 1, 2, 3, 4, 5, 6, 10, 11
_RAW = frozenset((_NULL, _STRING, _INTEGER))  # cells that are their raw value (most of them): no call


class NeedsClient(Exception):
    """The reply holds a value only the falkordb client can parse (a node, edge, path, date...)."""


def _value(cell: list[Any]) -> Any:
    kind, raw = cell
    if kind in (_STRING, _INTEGER, _NULL):
        return raw
    if kind == _ARRAY:  # mostly lists of strings (evidence): no call per string
        return [c[1] if c[0] == _STRING else _value(c) for c in raw]
    if kind == _DOUBLE:
        return float(raw)
    if kind == _MAP:
        return {raw[i]: _value(raw[i + 1]) for i in range(0, len(raw), 2)}
    if kind == _BOOLEAN:
        return raw == "true"
    if kind == _POINT:
        return {"latitude": float(raw[0]), "longitude": float(raw[1])}
    raise NeedsClient(kind)


def column_names(header: list[Any]) -> list[str]:
    """A reply header's column names (each column comes as ``[type, name]``)."""
    return [h[1] if isinstance(h, (list, tuple)) else h for h in header]


def compact_rows(response: list[Any]) -> list[dict[str, Any]]:
    """The records of a compact reply as dicts keyed by column name (``[]`` for a write-only reply)."""
    if len(response) < 3:
        return []
    header = column_names(response[0])
    rows = (zip(header, record, strict=True) for record in response[1])
    return [{name: cell[1] if cell[0] in _RAW else _value(cell) for name, cell in row} for row in rows]
