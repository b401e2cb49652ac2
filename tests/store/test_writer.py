"""The batched writer on both stores: idempotent, whole articles, stale events replaced."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from conflictkg.errors import StoreError
from conflictkg.graph.stats import graph_stats
from conflictkg.graph.store import Store
from conflictkg.graph.writer import _NEW_EVENTS, GraphWriter, _batches, batch_statement
from conflictkg.model import (
    Actor,
    Article,
    ArticleFacts,
    ControlClaim,
    Event,
    Evidence,
    Location,
    Membership,
    event_id,
)

SNAPSHOT_NODES = "MATCH (n) RETURN n.id AS id, properties(n) AS props ORDER BY id"
SNAPSHOT_RELS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b"
)


def facts(n_article: int, events: list[tuple[str, str, str | None, str | None]]) -> ArticleFacts:
    art = Article(
        id=f"art:{n_article}",
        url=f"a{n_article}.txt",
        text="...",
        sha256=f"sha{n_article}",
        published="2020-05",
    )
    actors = {
        "tur": Actor("actor:turkey", "Turkey", "state", "TUR", "Q43", ["Turquie", "turc"]),
        "gna": Actor("actor:gna", "Government of National Accord", "government", "LBY", None, ["GNA"]),
        "lna": Actor("actor:lna", "Libyan National Army", "armed_group", "LBY", None, ["LNA", "ANL"]),
        "aksoy": Actor("actor:aksoy", "Hami Aksoy", "person", "TUR"),
    }
    places = {"asaba": Location("loc:asaba", "Asaba", "town", "LBY", 32.07, 13.2)}
    evs = []
    for i, (typ, actor, target, place) in enumerate(events):
        start = i * 100
        evs.append(
            Event(
                id=event_id(art.id, typ, actors[actor].id, actors[target].id if target else None, start),
                type=typ,
                actor_id=actors[actor].id,
                target_id=actors[target].id if target else None,
                location_id=places[place].id if place else None,
                evidence=Evidence(f'sentence {i} with "quotes" and l\'apostrophe\n', start, start + 40, "x"),
                date="2020-05-21",
                date_precision="day",
                confidence=0.8,
            )
        )
    return ArticleFacts(
        article=art,
        actors=list(actors.values()),
        locations=list(places.values()),
        events=evs,
        memberships=[Membership("actor:aksoy", "actor:turkey", "spokesperson")],
        controls=[ControlClaim("actor:lna", "loc:asaba", Evidence("held", 0, 4, "held"), "2020-05", "month")],
    )


def snapshot(store: Store) -> tuple[list[dict], list[dict]]:
    """Every node and relationship with its properties, in an order that does not depend on the store."""

    def ordered(rows: list[dict]) -> list[dict]:
        return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))

    return ordered(store.query(SNAPSHOT_NODES)), ordered(store.query(SNAPSHOT_RELS))


def triples(store: Store) -> set[tuple[str, str, str | None]]:
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event) OPTIONAL MATCH (e)-[:TARGET]->(t:Actor) "
        "RETURN a.name AS a, e.type AS type, t.name AS t"
    )
    return {(r["a"], r["type"], r["t"]) for r in rows}


def test_write_is_idempotent(store: Store) -> None:
    batch = [
        facts(1, [("SUPPORT", "tur", "gna", None), ("CAPTURE", "gna", "lna", "asaba")]),
        facts(2, [("THREATEN", "lna", "tur", None)]),
    ]
    GraphWriter(store).write(batch)
    first = snapshot(store)
    counts = graph_stats(store)
    GraphWriter(store).write(batch)  # a second run, with another run id
    assert snapshot(store) == first
    assert graph_stats(store) == counts
    assert {(r["name"], r["count"]) for r in counts} >= {
        ("Article", 2), ("Event", 3), ("Actor", 4), ("Location", 1), ("ACTOR", 3), ("TARGET", 3),
        ("AT", 1), ("REPORTED_IN", 3), ("MEMBER_OF", 1), ("CONTROLS", 2),
    }  # fmt: skip
    assert triples(store) == {
        ("Turkey", "SUPPORT", "Government of National Accord"),
        ("Government of National Accord", "CAPTURE", "Libyan National Army"),
        ("Libyan National Army", "THREATEN", "Turkey"),
    }
    ev = store.query("MATCH (e:Event)-[r:REPORTED_IN]->(a:Article {id: 'art:2'}) RETURN r.sentence AS s")
    assert ev == [{"s": 'sentence 0 with "quotes" and l\'apostrophe\n'}]


def test_changed_article_replaces_its_events(store: Store) -> None:
    writer = GraphWriter(store)
    writer.write([facts(1, [("SUPPORT", "tur", "gna", None), ("CAPTURE", "gna", "lna", "asaba")])])
    writer.write([facts(1, [("THREATEN", "lna", "tur", None)])])
    assert triples(store) == {("Libyan National Army", "THREATEN", "Turkey")}
    rows = store.query("MATCH (e:Event) RETURN count(e) AS n")
    assert rows == [{"n": 1}]


def test_batches_split_on_whole_articles(store: Store) -> None:
    writer = GraphWriter(store, max_rows=12)
    many = [facts(i, [("SUPPORT", "tur", "gna", None), ("THREATEN", "lna", "tur", None)]) for i in range(10)]
    stats = writer.write(many)
    assert stats.statements > 1
    assert stats.articles == 10
    rows = store.query(
        "MATCH (a:Article) OPTIONAL MATCH (e:Event)-[:REPORTED_IN]->(a) RETURN a.id AS a, count(e) AS n"
    )
    assert {(r["a"], r["n"]) for r in rows} == {(f"art:{i}", 2) for i in range(10)}


def test_failed_statement_writes_nothing(store: Store) -> None:
    """A batch that fails half-way leaves no trace: one statement is one transaction."""
    writer = GraphWriter(store)
    writer.write([facts(1, [("SUPPORT", "tur", "gna", None)])])
    before = snapshot(store)
    bad = {
        "articles": [{"id": "art:new", "props": {"url": "new.txt"}}],
        "actors": [["actor:new", "New", "unknown", None, None, []]],
        "events": [{"id": "ev:new", "props": {"type": "FIGHT"}, "actor": "actor:new", "article": "art:new",
                    "evidence": {"sentence": "s"}}],
        "members": [{"person": "actor:new", "org": "actor:turkey", "role": "spokesperson"}],
    }  # fmt: skip
    # The last part fails inside the store (a string divided by a number), after the earlier parts ran.
    statement = batch_statement(bad).replace("SET m.role = row.role", "SET m.role = row.role / 0")
    with pytest.raises(StoreError):
        store.query(statement, {**bad, "run_id": "r", "now": "t"}, write=True)
    assert snapshot(store) == before


TRICKY = [
    'He said "no": fine',
    "back\\slash and trailing \\",
    'quote-colon inside \\": here',
    "STC: Southern Transitional Council",
    "línea\nnueva\tand tab, {braces} [brackets] `backticks`",
    "العربية و français",
    "",
]


def test_values_round_trip_exactly(store: Store) -> None:
    rows = [{"id": f"t{i}", "props": {"name": text, "aliases": [text, "x"], "n": 1.5, "k": None}}
            for i, text in enumerate(TRICKY)]  # fmt: skip
    GraphWriter(store).write_rows("UNWIND $rows AS row MERGE (a:Actor {id: row.id}) SET a += row.props", rows)
    got = store.query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases, a.n AS n")
    assert {(r["id"], r["name"], tuple(r["aliases"]), r["n"]) for r in got} == {
        (f"t{i}", text, (text, "x"), 1.5) for i, text in enumerate(TRICKY)
    }


def test_re_extracted_event_moves_its_place_and_target(store: Store) -> None:
    """Same event id (same article, type, actor, offset) but a new place and target: no stale edges."""
    writer = GraphWriter(store)
    first = facts(1, [("CAPTURE", "gna", "lna", "asaba")])
    writer.write([first])
    second = facts(1, [("CAPTURE", "gna", "lna", "asaba")])
    other = Location("loc:tarhuna", "Tarhuna", "town", "LBY", 32.43, 13.63)
    second.locations.append(other)
    second.events[0].location_id = other.id
    second.events[0].target_id = "actor:turkey"
    writer.write([second])
    rows = store.query(
        "MATCH (e:Event) OPTIONAL MATCH (e)-[:AT]->(l:Location) OPTIONAL MATCH (e)-[:TARGET]->(t:Actor) "
        "RETURN e.id AS e, collect(DISTINCT l.name) AS places, collect(DISTINCT t.name) AS targets"
    )
    assert [(r["places"], r["targets"]) for r in rows] == [(["Tarhuna"], ["Turkey"])]


def test_new_articles_are_created_as_merge_would_write_them(store: Store) -> None:
    """Articles known to be new take the CREATE path and give the graph MERGE gives; an article
    given twice, an event id given twice, and an article taken for new that exists are handled."""

    def batch(new: bool) -> list[ArticleFacts]:
        one = facts(1, [("SUPPORT", "tur", "gna", None), ("CAPTURE", "gna", "lna", "asaba")])
        one.events.append(replace(one.events[1], location_id=None, target_id=None, confidence=0.3))
        shapes = [("PROTEST", "lna", None, None), ("SUPPORT", "tur", "gna", None),
                  ("FIGHT", "lna", "gna", "asaba"), ("CAPTURE", "gna", None, "asaba")]  # fmt: skip
        items = [one, facts(3, shapes), facts(2, [("THREATEN", "lna", "tur", None)]), facts(2, shapes)]
        for f in items:
            f.may_exist = not new
        return items

    def graph() -> tuple[list[dict], list[dict]]:
        nodes, rels = snapshot(store)
        return [
            {**n, "props": {k: v for k, v in n["props"].items() if k != "ingested_at"}} for n in nodes
        ], rels

    GraphWriter(store, run_id="r").write(batch(new=False), replace=False)
    merged = graph()
    store.clear()
    store.apply_schema()
    assert set(_NEW_EVENTS.values()) <= set(next(_batches(batch(new=True), False, 5000)).params())
    GraphWriter(store, run_id="r").write(batch(new=True), replace=False)
    assert graph() == merged
    GraphWriter(store, run_id="other").write(batch(new=True), replace=False)  # exists: merged again
    assert graph() == merged
