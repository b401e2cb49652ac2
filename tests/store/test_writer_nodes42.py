"""Actors and places are written from list rows, each property set by name (issue 16, item 1): the
graph is the one ``SET n += props`` wrote (a property given as null is removed, the run id stays the
first writer's), and on Neo4j no part of the write has an Eager operator (a ``+=`` map after a MERGE
made Neo4j read every row of the part before writing any). A rewritten article's kept events keep
the target and place edges it still gives (the same relationships); only the others are removed."""

from __future__ import annotations

from dataclasses import replace

import pytest

from conflictkg.graph.store import Store
from conflictkg.graph.write_statements import ACTOR_KEYS, LOCATION_KEYS, PARTS, batch_statement
from conflictkg.graph.writer import GraphWriter, _Batch
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location

MILL = Actor("actor:mill-guard", "Mill Guard", "armed_group", "XYW", "Q42", ["MG", "Guard", "MG"])
POND = Actor("actor:pond-league", "Pond League", "party", "XYW")
WEIR = Location("loc:weir", "Old Weir", "village", "XYW", 3.5, -1.25, 42, ["Weir"])
PROPS = "MATCH (n) WHERE n:Actor OR n:Location RETURN n.id AS id, properties(n) AS props ORDER BY id"


def _facts(n: int, actors: list[Actor], places: list[Location], new: bool) -> ArticleFacts:
    art = Article(id=f"art:n42-{n}", url=f"n42/{n}.txt", text="...", sha256=f"n42{n}")
    said = "The Mill Guard fired on the Pond League near the old weir."
    ev = Event(id=f"ev:n42-{n}", type="FIGHT", actor_id=MILL.id, target_id=POND.id, location_id=WEIR.id,
               evidence=Evidence(said, 0, len(said), "fired on"), date="2023-05-06")  # fmt: skip
    return ArticleFacts(art, actors, places, [ev], may_exist=not new)


def test_rows_are_the_properties_in_column_order() -> None:
    assert ACTOR_KEYS == ("name", "kind", "country", "wikidata", "aliases")
    assert LOCATION_KEYS == ("name", "kind", "country", "lat", "lon", "geonames_id", "aliases", "precision")
    batch = _Batch(replace=False, create=True)
    batch.add(_facts(1, [MILL, POND], [WEIR], new=True))
    params = batch.params()
    assert params["actors"] == [
        ["actor:mill-guard", "Mill Guard", "armed_group", "XYW", "Q42", ["Guard", "MG"]],
        ["actor:pond-league", "Pond League", "party", "XYW", None, []],
    ]
    assert params["locations"] == [["loc:weir", "Old Weir", "village", "XYW", 3.5, -1.25, 42, ["Weir"], None]]
    for part in ("actors", "locations"):
        assert "+=" not in PARTS[part] and "row.props" not in PARTS[part]


def _node(id_: str, **props: object) -> dict[str, object]:
    return {"id": id_, "props": {"id": id_, "run_id": "run:first", **props}}


def test_properties_set_by_column_and_removed_when_null(store: Store) -> None:
    GraphWriter(store, run_id="run:first").write([_facts(1, [MILL, POND], [WEIR], new=True)], replace=False)
    pond = _node("actor:pond-league", name="Pond League", kind="party", country="XYW", aliases=[])
    assert store.query(PROPS) == [
        _node("actor:mill-guard", name="Mill Guard", kind="armed_group", country="XYW", wikidata="Q42",
              aliases=["Guard", "MG"]),
        pond,
        _node("loc:weir", name="Old Weir", kind="village", country="XYW", lat=3.5, lon=-1.25, geonames_id=42,
              aliases=["Weir"]),
    ]  # fmt: skip
    mill = replace(MILL, name="Mill Guards", country=None, wikidata=None, aliases=[])
    weir = replace(WEIR, lat=None, lon=None, geonames_id=None, aliases=["Weir", "The Weir"])
    GraphWriter(store, run_id="run:second").write([_facts(2, [mill, POND], [weir], new=False)])
    assert store.query(PROPS) == [
        _node("actor:mill-guard", name="Mill Guards", kind="armed_group", aliases=[]),
        pond,
        _node("loc:weir", name="Old Weir", kind="village", country="XYW", aliases=["The Weir", "Weir"]),
    ]


# The parts of a write of new articles, and those of articles that may exist without stale removal.
NO_EAGER = ("new_articles", "actors", "locations", "new_events", "new_events_target", "new_events_place",
            "new_events_target_place", "articles", "events", "targets", "places", "members")  # fmt: skip


def test_no_eager_operator_in_the_write_plans_on_neo4j(store: Store) -> None:
    if store.kind != "neo4j":
        pytest.skip("an Eager operator is Neo4j's")
    params = {**{name: [] for name in NO_EAGER}, "run_id": "r", "now": "t"}

    def eager(parts: tuple[str, ...]) -> list[str]:
        plan = store.explain(batch_statement(parts), params)
        return [line.strip() for line in plan.splitlines() if line.strip().startswith("Eager@")]

    assert {name: eager((name,)) for name in NO_EAGER} == {name: [] for name in NO_EAGER}
    assert eager(NO_EAGER[:7]) == []  # the statement of a batch of new articles


EDGES = (
    "MATCH (e:Event)-[r:TARGET|AT]->(x) WHERE e.id STARTS WITH 'ev:n42-' "
    "RETURN e.id AS event, type(r) AS type, x.id AS end, id(r) AS rel ORDER BY event, type"
)


def test_a_rewrite_keeps_the_edges_it_still_gives(store: Store) -> None:
    first = _facts(3, [MILL, POND], [WEIR], new=True)
    GraphWriter(store).write([first], replace=False)
    before = store.query(EDGES)
    assert [(r["event"], r["type"], r["end"]) for r in before] == [
        ("ev:n42-3", "AT", "loc:weir"),
        ("ev:n42-3", "TARGET", "actor:pond-league"),
    ]
    ford = Location("loc:ford", "Ford", "village", "XYW")
    moved = replace(
        first, events=[replace(first.events[0], location_id=ford.id)], locations=[ford], may_exist=True
    )
    GraphWriter(store).write([moved])
    after = store.query(EDGES)
    assert [(r["event"], r["type"], r["end"]) for r in after] == [
        ("ev:n42-3", "AT", "loc:ford"),
        ("ev:n42-3", "TARGET", "actor:pond-league"),
    ]
    assert after[1]["rel"] == before[1]["rel"]  # the target edge was kept, not laid again
    unplaced = replace(moved, events=[replace(moved.events[0], location_id=None, target_id=None)])
    GraphWriter(store).write([unplaced])
    assert store.query(EDGES) == []
