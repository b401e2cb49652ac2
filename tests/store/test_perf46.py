"""Issue 16 leftovers. Derive writes a SUPPORTS / OPPOSES relationship's properties by name (no ``+=``
map: on Neo4j no Eager operator in the four writes), every name a key its rows always give. An event
whose date is not a string is refused by the writer (quarantined by a run, with its reason), and
derive does not fail on a graph that already holds one: it reads such a date as its text."""

from __future__ import annotations

import json

import pytest

from conflictkg.derived.delta import Contribution, PairDelta, _oppose_update, _support_update
from conflictkg.derived.derive import Scope, derive, oppose_rows, support_rows
from conflictkg.derived.derive_cypher import (
    OPPOSE_DELTA_PROPS,
    OPPOSE_PROPS,
    SUPPORT_DELTA_PROPS,
    SUPPORT_PROPS,
    WRITE_OPPOSES,
    WRITE_OPPOSES_LISTS,
    WRITE_SUPPORTS,
    WRITE_SUPPORTS_LISTS,
)
from conflictkg.errors import StoreError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location

WRITES = [WRITE_SUPPORTS, WRITE_OPPOSES, WRITE_SUPPORTS_LISTS, WRITE_OPPOSES_LISTS]
DONOR = Actor("actor:p46-donor", "Coast League", "state", "XYW")
BAND = Actor("actor:p46-band", "Ridge Band", "armed_group", "XYW")
GUARD = Actor("actor:p46-guard", "Valley Guard", "military", "XYW")
MILL = Location("loc:p46-mill", "Old Mill", "village", "XYW")


def _event(n: int, kind: str, actor: Actor, target: Actor, date: object) -> Event:
    said = f"Sentence {n} of the fixture."
    return Event(id=f"ev:p46-{n}", type=kind, actor_id=actor.id, target_id=target.id,
                 location_id=MILL.id if kind == "CAPTURE" else None,
                 evidence=Evidence(said, 0, len(said), "did"), extra={"date": date})  # fmt: skip


def _article(n: int, events: list[Event], new: bool = True) -> ArticleFacts:
    art = Article(id=f"art:p46-{n}", url=f"p46/{n}.txt", text="...", sha256=f"p46-{n}")
    return ArticleFacts(art, [DONOR, BAND, GUARD], [MILL], events, may_exist=not new)


def _facts(year: object) -> list[ArticleFacts]:
    """An aid, a fight and a capture dated ``year``, and one of each dated 2020-06."""
    return [
        _article(1, [_event(1, "AID", DONOR, BAND, year), _event(2, "FIGHT", BAND, GUARD, year),
                     _event(3, "CAPTURE", BAND, GUARD, year)]),
        _article(2, [_event(4, "AID", DONOR, BAND, "2020-06"), _event(5, "FIGHT", GUARD, BAND, "2020-06"),
                     _event(6, "CAPTURE", GUARD, BAND, "2020-06")]),
    ]  # fmt: skip


DERIVED = (
    "MATCH (a)-[r:SUPPORTS|OPPOSES|CONTROLS]->(b) "
    "RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props"
)


def _derived(store: Store) -> list[str]:
    rows = store.query(DERIVED)
    return sorted(json.dumps({**r, "props": {k: v for k, v in r["props"].items() if k != "run_id"}},
                             sort_keys=True) for r in rows)  # fmt: skip


def test_rows_give_every_property_the_writes_set() -> None:
    assert not any("+=" in statement for statement in WRITES)
    events = [{"backer": DONOR.id, "backed": BAND.id, "event": "ev:1", "date": None, "confidence": 0.7,
               "source": None, "sentence": None, "article": None}]  # fmt: skip
    assert tuple(support_rows(events)[0]["props"]) == SUPPORT_PROPS
    fights = [{"actor": BAND.id, "actor_name": BAND.name, "target": GUARD.id, "target_name": GUARD.name,
               "events": [["ev:2", "FIGHT", "", "text"]]}]  # fmt: skip
    assert tuple(oppose_rows(fights)[0]["props"]) == OPPOSE_PROPS


def test_delta_rows_give_every_property_the_list_writes_set() -> None:
    aid = Contribution("ev:1", BAND.id, DONOR.id, BAND.name, DONOR.name, "AID", "", "text", 0.7, None, None)
    support = _support_update(None, PairDelta(added=[aid], removed=[]))
    assert support is not None and tuple(support["props"]) == SUPPORT_DELTA_PROPS
    fight = aid._replace(type="FIGHT")
    oppose = _oppose_update(None, PairDelta(added=[fight], removed=[]))
    assert oppose is not None and tuple(oppose["props"]) == OPPOSE_DELTA_PROPS


def test_no_eager_operator_in_the_pair_writes_on_neo4j(store: Store) -> None:
    if store.kind != "neo4j":
        pytest.skip("an Eager operator is Neo4j's")
    for statement in WRITES:
        plan = store.explain(statement, {"rows": [], "run_id": "r", "sep": "|"})
        assert [line.strip() for line in plan.splitlines() if line.strip().startswith("Eager@")] == []


def test_an_event_dated_by_a_number_is_refused_with_its_reason(store: Store) -> None:
    facts = _facts(2021)
    stats = GraphWriter(store).write(facts, isolate=True)
    assert [(r.facts.article.id, r.reason) for r in stats.rejected] == [
        ("art:p46-1", "event ev:p46-1 date must be an ISO date string (2021, 2021-05 or 2021-05-21), "
                      "got int 2021")
    ]  # fmt: skip
    assert [r["id"] for r in store.query("MATCH (a:Article) RETURN a.id AS id")] == ["art:p46-2"]
    with pytest.raises(StoreError, match=r"date must be an ISO date string .*, got int 2021"):
        GraphWriter(store).write(facts[:1])


def test_derive_reads_a_date_held_as_a_number_as_its_text(store: Store) -> None:
    GraphWriter(store).write(_facts("2021"))
    derive(store)
    as_text = _derived(store)
    assert {json.loads(r)["type"] for r in as_text} == {"SUPPORTS", "OPPOSES", "CONTROLS"}
    # a graph written before the writer refused them: the dates of article 1's events as an int
    store.query("MATCH (e:Event) WHERE e.id IN ['ev:p46-1', 'ev:p46-2', 'ev:p46-3'] SET e.date = 2021",
                write=True)  # fmt: skip
    store.query("MATCH ()-[r:SUPPORTS|OPPOSES|CONTROLS]->() DELETE r", write=True)
    derive(store)
    assert _derived(store) == as_text
    # runs rewriting article 2, then article 1 (its dates as text), derive by scope and by delta
    for n in (2, 1):
        again = _facts("2021")[n - 1]
        again.may_exist = True
        scope = Scope()
        scope.add_articles(store, [again.article.id])
        scope.add_facts([again], store)
        GraphWriter(store).write([again])
        derive(store, scope=scope)
        assert _derived(store) == as_text
