"""The derived relationships' per-event lists (``dates``, ``types``, ``sources`` of SUPPORTS and
OPPOSES) on FalkorDB: each element set through ``intern``, so a date, a type or a source is kept
once for every list that holds it instead of once per element (issue 16: 37 B an element as a copy,
20 B interned). The statements are the shared ones with that change; Neo4j runs them as they are.
Their properties, set by name for Neo4j (derive_cypher.set_by_name: no Eager), are set on FalkorDB as
one map again (``SET x += row.props``), which FalkorDB, with no Eager to avoid, runs at ~4 µs a row less.
"""

from __future__ import annotations

import re
from typing import Any

from conflictkg.graph.writer import GraphWriter

_BY_NAME = re.compile(r"SET (\w+)\.\w+ = row\.props\.\w+(?:, \1\.\w+ = row\.props\.\w+)*")


def _as_map(statement: str) -> str:
    """``statement`` with its by-name SET of ``row.props`` as one ``SET x += row.props``."""
    found = _BY_NAME.search(statement)
    if found is None:
        raise ValueError("no SET of row.props by name in the statement")
    return f"{statement[: found.start()]}SET {found[1]} += row.props{statement[found.end() :]}"


def _interning(statement: str, var: str, names: list[str]) -> str:
    """``statement`` with its properties set as one map, each list of ``names`` then set again
    interned (the same values: ``+=`` sets the lists as they are first)."""
    statement = _as_map(statement)
    plain = f"SET {var} += row.props"
    if plain not in statement:
        raise ValueError(f"no {plain!r} in the statement")
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
