"""Query results come back as the same plain Python values from both stores: scalars, lists, maps,
nodes and relationships (FalkorDB's compact replies are parsed by ``conflictkg.graph.falkordb_rows``,
with the client as the fallback for graph entities)."""

from __future__ import annotations

import pytest

from conflictkg.errors import StoreError
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


@pytest.mark.parametrize(
    "cypher, rows",
    [
        # a trailing comment, a backquoted column, an ORDER BY then LIMIT inside the read
        ("UNWIND [3, 1, 2] AS i RETURN i AS `from`, i * 10 AS x ORDER BY i DESC LIMIT 2 // end",
         [{"from": 3, "x": 30}, {"from": 2, "x": 20}]),
        # a UNION: the rows of both parts
        ("RETURN 1 AS v UNION ALL RETURN 2 AS v", [{"v": 1}, {"v": 2}]),
        # no row at all
        ("UNWIND [] AS i RETURN i", []),
        # a procedure call a subquery cannot hold: run as it is
        ("CALL db.propertyKeys() YIELD propertyKey WITH propertyKey WHERE propertyKey = 'no-such-key' "
         "RETURN propertyKey", []),
    ],
)  # fmt: skip
def test_reads_any_shape_twice(store: Store, cypher: str, rows: list[dict[str, object]]) -> None:
    # twice: the second time from the remembered columns (Neo4j fetches wide reads as one record)
    assert store.query(cypher) == rows
    assert store.query(cypher) == rows


def test_read_that_writes_is_refused_after_a_read(store: Store) -> None:
    cypher = "CREATE (n:Scratch {id: 'x'}) RETURN n.id AS id"
    for _ in range(2):
        with pytest.raises(StoreError, match="this query writes; pass --write"):
            store.query(cypher)
    assert store.query("MATCH (n:Scratch) RETURN count(n) AS n") == [{"n": 0}]
