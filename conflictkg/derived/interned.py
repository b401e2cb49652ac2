"""The derived relationships' per-event lists (``dates``, ``types``, ``sources`` of SUPPORTS and
OPPOSES) on FalkorDB: each element set through ``intern``, so a date, a type or a source is kept
once for every list that holds it instead of once per element (issue 16: 37 B an element as a copy,
20 B interned). The statements are the shared ones with that change; Neo4j runs them as they are.
"""

from __future__ import annotations

from typing import Any

from conflictkg.graph.writer import GraphWriter


def _interning(statement: str, var: str, names: list[str]) -> str:
    """``statement`` with each list of ``names`` it sets by name (``var.n = row.props.n``) interned."""
    for n in names:
        plain = f"{var}.{n} = row.props.{n}"
        if plain not in statement:
            raise ValueError(f"no {plain!r} in the statement")
        statement = statement.replace(plain, f"{var}.{n} = [x IN row.props.{n} | intern(x)]")
    return statement


def _interning_joined(statement: str, names: list[str]) -> str:
    """``statement`` with each list it splits from a joined string (``split(row.n, $sep)[1..]``) interned."""
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
