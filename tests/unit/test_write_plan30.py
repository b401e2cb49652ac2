"""The writer keeps its cached plan on Neo4j as the graph grows (CYPHER replan=skip), except for a
statement with a part whose plan depends on the graph's statistics; never on FalkorDB."""

from __future__ import annotations

from typing import Any

import pytest

from conflictkg.graph.write_statements import FIXED_PLAN, PARTS, PLANNED_BY_STATISTICS, batch_statement
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, event_id


class _Recorder:
    """A store that keeps the write statements it is sent and answers one row; it has every article
    the writer's pre-read asks for."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.sent: list[str] = []

    def prepare(self, cypher: str, params: dict[str, Any] | None = None) -> tuple[str, dict[str, Any] | None]:
        return cypher, params

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> list[Any]:
        if not write:
            return [{"id": i} for i in (params or {}).get("ids", [])]
        self.sent.append(cypher)
        return [{"done": 1}]


def _article(n: int, may_exist: bool) -> ArticleFacts:
    art = Article(id=f"art:{n}", url=f"n{n}.txt", text="...", sha256=f"h{n}", published="2021-03")
    rebels = Actor("actor:rebels", "Rebels", "armed_group", "XXA")
    army = Actor("actor:army", "Army", "state", "XXA")
    town = Location("loc:town", "Town", "town", "XXA", 1.0, 2.0)
    ev = Event(
        id=event_id(art.id, "FIGHT", rebels.id, army.id, 0),
        type="FIGHT",
        actor_id=rebels.id,
        target_id=army.id,
        location_id=town.id,
        evidence=Evidence("The rebels shelled the army near the town.", 0, 10, "shelled"),
        date="2021-03-02",
        date_precision="day",
        confidence=0.7,
    )
    return ArticleFacts(art, [rebels, army], [town], [ev], may_exist=may_exist)


def test_fixed_plan_heads_every_part_but_those_planned_by_statistics() -> None:
    fixed = {name for name in PARTS if batch_statement([name], fixed_plan=True).startswith(FIXED_PLAN)}
    assert fixed == set(PARTS) - PLANNED_BY_STATISTICS
    assert {"stale_controls"} == PLANNED_BY_STATISTICS
    assert not batch_statement(["articles", "stale_controls"], fixed_plan=True).startswith(FIXED_PLAN)
    assert batch_statement(["new_articles", "actors"], fixed_plan=True) == FIXED_PLAN + batch_statement(
        ["new_articles", "actors"]
    )
    assert not any(batch_statement([name]).startswith("CYPHER") for name in PARTS)


@pytest.mark.parametrize(
    ("kind", "may_exist", "replace", "fixed"),
    [
        ("neo4j", False, False, True),  # the insert path
        ("neo4j", True, False, True),  # the MERGE path without stale removal
        ("neo4j", True, True, False),  # stale control claims: found by a relationship property
        ("falkordb", False, False, False),  # FalkorDB reads a CYPHER header as parameters
        ("falkordb", True, True, False),
    ],
)
def test_the_writer_fixes_plans_on_neo4j_only(kind: str, may_exist: bool, replace: bool, fixed: bool) -> None:
    store = _Recorder(kind)
    GraphWriter(store, run_id="run:test").write([_article(1, may_exist)], replace=replace)  # type: ignore[arg-type]
    assert len(store.sent) == 1
    assert store.sent[0].startswith(FIXED_PLAN) is fixed
