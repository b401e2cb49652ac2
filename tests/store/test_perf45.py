"""Issue 16 leftovers. Derive writes a captured control period's properties by name (no ``+=`` map):
the same relationship as before (a null property removed, the run id the first writer's), and on
Neo4j no Eager operator in the statement. A rewrite keeps the target and place edges its
article still gives."""

from __future__ import annotations

import pytest

from conflictkg.derived.derive import _Period
from conflictkg.derived.derive_cypher import CONTROL_PROPS, WRITE_CONTROLS
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location

RAIDERS = Actor("actor:p45-raiders", "Hill Raiders", "armed_group", "XYV")
FORT = Location("loc:p45-fort", "Stone Fort", "town", "XYV")
CLAIMS = (
    "MATCH (:Actor {id: $actor})-[c:CONTROLS]->(:Location {id: $place}) "
    "RETURN properties(c) AS props ORDER BY c.event"
)


def test_a_period_row_gives_every_property_the_statement_sets() -> None:
    period = _Period(RAIDERS.id, FORT.id, "ev:p45-1", "2024-02-03", None, None)
    assert tuple(period.row()["props"]) == CONTROL_PROPS
    assert "+=" not in WRITE_CONTROLS


def _period(until: str | None, since: str = "2024-02-03") -> dict[str, object]:
    period = _Period(RAIDERS.id, FORT.id, "ev:p45-1", since, "actor:p45-guard", None, until=until)
    period.evidence.append((since, "ev:p45-1", "The raiders took the fort.", "p45/1.txt", "text"))
    return period.row()


def test_control_properties_set_by_name_and_removed_when_null(store: Store) -> None:
    GraphWriter(store).write_rows(
        "UNWIND $rows AS row MERGE (a:Actor {id: row.actor}) MERGE (l:Location {id: row.place})",
        [{"actor": RAIDERS.id, "place": FORT.id}],
    )
    GraphWriter(store, run_id="run:p45-first").write_rows(WRITE_CONTROLS, [_period("2024-05-01")])
    GraphWriter(store, run_id="run:p45-second").write_rows(WRITE_CONTROLS, [_period(None, "2024-02-04")])
    evidence = {
        "evidence_dates": ["2024-02-04"], "sentences": ["The raiders took the fort."],
        "articles": ["p45/1.txt"], "event_ids": ["ev:p45-1"], "evidence_sources": ["text"],
    }  # fmt: skip
    assert store.query(CLAIMS, {"actor": RAIDERS.id, "place": FORT.id}) == [
        {"props": {"kind": "captured", "event": "ev:p45-1", "run_id": "run:p45-first", "since": "2024-02-04",
                   "from_actor": "actor:p45-guard", "from_inferred": False, "events": 1, **evidence}}
    ]  # fmt: skip


def test_no_eager_operator_in_the_control_write_on_neo4j(store: Store) -> None:
    if store.kind != "neo4j":
        pytest.skip("an Eager operator is Neo4j's")
    plan = store.explain(WRITE_CONTROLS, {"rows": [], "run_id": "r"})
    assert [line.strip() for line in plan.splitlines() if line.strip().startswith("Eager@")] == []


# A rewrite keeps the target and place edges its article still gives (the same relationships, also
# when it changes nothing), lays those it adds and removes those it no longer gives.
HILL = Actor("actor:p45-hill", "Hill Guard", "armed_group", "XYV")
WELL = Location("loc:p45-well", "Deep Well", "village", "XYV")
EDGES = (
    "MATCH (e:Event)-[r:TARGET|AT]->(x) WHERE e.id STARTS WITH 'ev:p45-' "
    "RETURN e.id AS event, type(r) AS type, x.id AS end, id(r) AS rel ORDER BY event, type, end"
)


def _article(events: list[Event], new: bool) -> ArticleFacts:
    art = Article(id="art:p45-1", url="p45/1.txt", text="...", sha256="p45")
    return ArticleFacts(art, [RAIDERS, HILL], [FORT, WELL], events, may_exist=not new)


def _event(n: int, target: str | None, place: str | None) -> Event:
    said = "The Hill Raiders attacked the Hill Guard at the fort."
    return Event(id=f"ev:p45-{n}", type="FIGHT", actor_id=RAIDERS.id, target_id=target, location_id=place,
                 evidence=Evidence(said, 0, len(said), "attacked"), date="2024-03-0" + str(n))  # fmt: skip


def test_a_rewrite_keeps_lays_and_removes_edges(store: Store) -> None:
    GraphWriter(store).write([_article([_event(1, HILL.id, FORT.id), _event(2, None, None)], new=True)])
    before = {(r["event"], r["type"], r["end"]): r["rel"] for r in store.query(EDGES)}
    assert set(before) == {("ev:p45-1", "AT", FORT.id), ("ev:p45-1", "TARGET", HILL.id)}
    again = _article([_event(1, HILL.id, FORT.id), _event(2, None, None)], new=False)
    GraphWriter(store).write([again])
    GraphWriter(store).write([again], replace=False)
    assert {(r["event"], r["type"], r["end"]): r["rel"] for r in store.query(EDGES)} == before
    events = [_event(1, HILL.id, WELL.id), _event(2, HILL.id, FORT.id), _event(3, RAIDERS.id, FORT.id)]
    GraphWriter(store).write([_article(events, new=False)])
    after = {(r["event"], r["type"], r["end"]): r["rel"] for r in store.query(EDGES)}
    assert set(after) == {
        ("ev:p45-1", "AT", WELL.id), ("ev:p45-1", "TARGET", HILL.id), ("ev:p45-2", "AT", FORT.id),
        ("ev:p45-2", "TARGET", HILL.id), ("ev:p45-3", "AT", FORT.id), ("ev:p45-3", "TARGET", RAIDERS.id),
    }  # fmt: skip
    assert after[("ev:p45-1", "TARGET", HILL.id)] == before[("ev:p45-1", "TARGET", HILL.id)]
