"""Query results come back as the same plain Python values from both stores: scalars, lists, maps,
nodes and relationships (FalkorDB's compact replies are parsed by ``conflictkg.graph.falkordb_rows``,
with the client as the fallback for graph entities)."""

from __future__ import annotations

import pytest

from conflictkg.graph.store import Store

pytestmark = pytest.mark.store

TRICKY = 'l\'apostrophe "quoted" back\\slash\nnew line, «é», 🚀'


def test_scalars_lists_and_maps(store: Store) -> None:
    rows = store.query(
        "RETURN null AS n, $s AS s, 42 AS i, -7 AS neg, true AS t, false AS f, 1.5 AS d, "
        "[1, 'x', [2, null], {k: 'v'}] AS l, {a: 1, b: [true, 2.25], c: {d: $s}} AS m, [] AS empty",
        {"s": TRICKY},
    )
    assert rows == [
        {
            "n": None, "s": TRICKY, "i": 42, "neg": -7, "t": True, "f": False, "d": 1.5,
            "l": [1, "x", [2, None], {"k": "v"}], "m": {"a": 1, "b": [True, 2.25], "c": {"d": TRICKY}},
            "empty": [],
        }
    ]  # fmt: skip
    assert type(rows[0]["d"]) is float and type(rows[0]["i"]) is int and rows[0]["t"] is True


def test_many_rows_in_order(store: Store) -> None:
    rows = store.query("UNWIND range(1, 20000) AS i RETURN i, toString(i) AS s, [i, i * 2] AS l")
    assert rows == [{"i": i, "s": str(i), "l": [i, 2 * i]} for i in range(1, 20001)]


def test_nodes_and_relationships(store: Store) -> None:
    store.query(
        "CREATE (:Actor {id: 'actor:r1', name: 'A'})-[:MEMBER_OF {role: 'chief'}]->"
        "(:Actor {id: 'actor:r2', name: 'B'})",
        write=True,
    )
    rows = store.query(
        "MATCH (a:Actor {id: 'actor:r1'})-[m:MEMBER_OF]->(b) "
        "RETURN a, m, b.name AS name, [a.name, m.role] AS l"
    )
    assert rows == [
        {
            "a": {"_labels": ["Actor"], "id": "actor:r1", "name": "A"},
            "m": {"_type": "MEMBER_OF", "role": "chief"},
            "name": "B",
            "l": ["A", "chief"],
        }
    ]
