"""The derived relationships' per-event lists (``dates``, ``types``, ``sources`` of SUPPORTS and
OPPOSES) on FalkorDB: each element set through ``intern``, so a date, a type or a source is kept
once for every list that holds it instead of once per element (issue 16: 37 B an element as a copy,
20 B interned). The statements are the shared ones with that change; Neo4j runs them as they are.
"""

from __future__ import annotations

from typing import Any

from conflictkg.graph.writer import GraphWriter


def _interning(statement: str, var: str, names: list[str]) -> str:
    """``statement`` with the lists of ``names`` set apart from ``row.props``, from ``row.lists``."""
    plain = f"SET {var} += row.props"
    if plain not in statement:
        raise ValueError(f"no {plain!r} in the statement")
    lists = ", ".join(f"{var}.{n} = [x IN row.lists.{n} | intern(x)]" for n in names)
    return statement.replace(plain, f"{plain}, {lists}")


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
    if writer.store.kind != "falkordb":
        return writer.write_rows(statement, rows)
    apart = [
        {**r, "props": {k: v for k, v in r["props"].items() if k not in names},
         "lists": {n: r["props"].get(n) for n in names}}
        for r in rows
    ]  # fmt: skip
    return writer.write_rows(_interning(statement, var, names), apart)


def write_joined(
    writer: GraphWriter, statement: str, names: list[str], rows: list[dict[str, Any]], sep: str
) -> int:
    """``writer.write_rows(statement, rows, sep=sep)`` for rows whose lists come joined, interned on
    FalkorDB."""
    if writer.store.kind == "falkordb":
        statement = _interning_joined(statement, names)
    return writer.write_rows(statement, rows, sep=sep)
