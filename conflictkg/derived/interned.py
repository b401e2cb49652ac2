"""The derived relationships' per-event lists (``dates``, ``types``, ``sources`` of SUPPORTS and
OPPOSES) on FalkorDB: each element set through ``intern``, so a date, a type or a source is kept
once for every list that holds it instead of once per element (issue 16: 37 B an element as a copy,
20 B interned). The statements are the shared ones with that change; Neo4j runs them as they are.
Their properties, set by name for Neo4j (derive_cypher.set_by_name: no Eager), are set on FalkorDB as
one map again (``SET x += row.props``), which FalkorDB, with no Eager to avoid, runs at ~4 µs a row less;
so are a captured period's (WRITE_CONTROLS, :func:`write_controls`).
"""

from __future__ import annotations

from typing import Any

from conflictkg.derived.derive_cypher import (
    CONTROL_PROPS,
    OPPOSE_DELTA_PROPS,
    OPPOSE_PROPS,
    SUPPORT_DELTA_PROPS,
    SUPPORT_PROPS,
    WRITE_CONTROLS,
    WRITE_OPPOSES,
    WRITE_OPPOSES_LISTS,
    WRITE_SUPPORTS,
    WRITE_SUPPORTS_LISTS,
    set_by_name,
)
from conflictkg.graph.writer import GraphWriter

# The relationship and the properties each write sets by name (derive_cypher.set_by_name).
_BY_NAME = {
    WRITE_SUPPORTS: ("s", SUPPORT_PROPS),
    WRITE_OPPOSES: ("o", OPPOSE_PROPS),
    WRITE_SUPPORTS_LISTS: ("s", SUPPORT_DELTA_PROPS),
    WRITE_OPPOSES_LISTS: ("o", OPPOSE_DELTA_PROPS),
    WRITE_CONTROLS: ("c", CONTROL_PROPS),
}


def _as_map(statement: str) -> str:
    """``statement`` with its by-name SET of ``row.props`` as one ``SET x += row.props``."""
    if statement not in _BY_NAME:
        raise ValueError("not a derive write that sets row.props by name")
    var, names = _BY_NAME[statement]
    by_name = f"SET {set_by_name(var, names)}"
    if by_name not in statement:
        raise ValueError(f"no {by_name!r} in the statement")
    return statement.replace(by_name, f"SET {var} += row.props")


def _interning(statement: str, var: str, names: list[str]) -> str:
    """``statement`` with its properties set as one map, each list of ``names`` then set again
    interned (the same values: ``+=`` sets the lists as they are first)."""
    plain = f"SET {var} += row.props"
    statement = _as_map(statement)
    lists = ", ".join(f"{var}.{n} = [x IN row.props.{n} | intern(x)]" for n in names)
    return statement.replace(plain, f"{plain}, {lists}")


def _interning_joined(statement: str, names: list[str]) -> str:
    """``statement`` with its properties set as one map, each list it splits from a joined string
    (``split(row.n, $sep)[1..]``) interned."""
    statement = _as_map(statement)
    for n in names:
        joined = f"split(row.{n}, $sep)[1..]"
        if joined not in statement:
            raise ValueError(f"no {joined!r} in the statement")
        statement = statement.replace(joined, f"[x IN {joined} | intern(x)]")
    return statement


def write_pairs(
    writer: GraphWriter, statement: str, var: str, names: list[str], rows: list[dict[str, Any]]
) -> int:
    """``writer.write_rows(statement, rows)``, the rows' lists ``names`` (in ``row["props"]``)
    interned on FalkorDB."""
    if writer.store.kind == "falkordb":
        statement = _interning(statement, var, names)
    return writer.write_rows(statement, rows)


def write_joined(
    writer: GraphWriter, statement: str, names: list[str], rows: list[dict[str, Any]], sep: str
) -> int:
    """``writer.write_rows(statement, rows, sep=sep)`` for rows whose lists come joined, interned on
    FalkorDB."""
    if writer.store.kind == "falkordb":
        statement = _interning_joined(statement, names)
    return writer.write_rows(statement, rows, sep=sep)


def write_controls(writer: GraphWriter, rows: list[dict[str, Any]]) -> int:
    """``writer.write_rows(WRITE_CONTROLS, rows)``, the properties set as one map on FalkorDB."""
    statement = _as_map(WRITE_CONTROLS) if writer.store.kind == "falkordb" else WRITE_CONTROLS
    return writer.write_rows(statement, rows)
