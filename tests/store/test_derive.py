"""Derived SUPPORTS / CONTROLS on both stores: exact facts from the fixture, idempotent, stale removed."""

from __future__ import annotations

import dataclasses

import pytest
from data.fixture_graph import (
    EXPECTED_CHANGES,
    EXPECTED_CONTROLS,
    EXPECTED_SUPPORTS,
    fixture_facts,
)

from conflictkg.derived.derive import control_rows, derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter

pytestmark = pytest.mark.store

SUPPORTS = (
    "MATCH (b:Actor)-[s:SUPPORTS]->(t:Actor) RETURN b.name AS b, t.name AS t, s.events AS n, "
    "s.first_seen AS f, s.last_seen AS l"
)
CONTROLS = (
    "MATCH (a:Actor)-[c:CONTROLS]->(l:Location) RETURN a.name AS a, c.kind AS k, c.since AS s, "
    "c.until AS u, l.name AS l, c.from_actor AS f"
)
SNAPSHOT = (
    "MATCH (a)-[r:SUPPORTS|CONTROLS|OPPOSES]->(b) "
    "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p ORDER BY a, t, b, p.event"
)


def supports(store: Store) -> set[tuple]:
    return {(r["b"], r["t"], r["n"], r["f"], r["l"]) for r in store.query(SUPPORTS)}


def controls(store: Store) -> set[tuple]:
    return {(r["a"], r["k"], r["s"], r["u"], r["l"]) for r in store.query(CONTROLS)}


def changes(store: Store) -> set[tuple]:
    return {(r["l"], r["f"], r["a"], r["s"]) for r in store.query(CONTROLS) if r["k"] == "captured"}


@pytest.fixture
def graph(store: Store) -> Store:
    GraphWriter(store, run_id="run:fixture").write(fixture_facts())
    derive(store, run_id="run:derive")
    return store


def test_derived_facts_are_exact(graph: Store) -> None:
    assert supports(graph) == EXPECTED_SUPPORTS
    assert controls(graph) == EXPECTED_CONTROLS
    assert changes(graph) == EXPECTED_CHANGES
    inferred = graph.query(
        "MATCH (a:Actor)-[c:CONTROLS]->(l:Location) WHERE c.from_inferred RETURN l.name AS l, c.since AS s"
    )
    assert inferred == [{"l": "Asaba", "s": "2019-06-01"}]  # the 2016 Manbij capture has two candidates


def test_supports_carry_evidence_and_confidence(graph: Store) -> None:
    rows = graph.query(
        "MATCH (b:Actor {name: 'Turkey'})-[s:SUPPORTS]->(t) WHERE t.name = 'Government of National Accord' "
        "RETURN s.sentences AS s, s.articles AS a, s.dates AS d, s.sources AS src, "
        "s.evidence_sources AS es, s.confidence AS c"
    )
    assert len(rows) == 1
    row = rows[0]
    assert row["d"] == ["2019-12-10", "2020-01-05", "2020-05-18", ""]  # the undated event last
    assert row["src"] == row["es"] == ["text"] * 4
    assert row["s"][0] == "La Turquie a affirmé son soutien au gouvernement d'accord national."
    assert row["a"][0] == "fixture://libya/2019-12-turkey"
    assert row["s"][-1] == "Ankara has long backed the GNA."  # undated evidence last
    assert row["c"] == pytest.approx(1 - 0.2**4, abs=1e-3)


def test_opposes_pairs(graph: Store) -> None:
    rows = graph.query(
        "MATCH (a:Actor)-[o:OPPOSES]->(b:Actor) RETURN a.name AS a, b.name AS b, o.events AS n, "
        "o.fight AS f, o.threaten AS t, o.dates AS d, o.types AS ty"
    )
    got = {(r["a"], r["b"], r["n"], r["f"], r["t"], tuple(r["d"]), tuple(r["ty"])) for r in rows}
    gna, lna = "Government of National Accord", "Libyan National Army"
    sdf, sna = "Syrian Democratic Forces", "Syrian National Army"
    assert got == {
        (gna, lna, 2, 2, 0, ("2019-06-01", "2020-05-19"), ("FIGHT", "FIGHT")),
        (sdf, sna, 2, 2, 0, ("2019-10-12", "2019-10-13"), ("FIGHT", "FIGHT")),
        (lna, "Turkey", 1, 0, 1, ("2019-12-12",), ("THREATEN",)),
        ("Syrian Arab Army", sna, 1, 0, 0, ("2019-10-20",), ("COERCE",)),
        (sdf, "Turkey", 1, 1, 0, ("2018-03-10",), ("FIGHT",)),
    }


def test_derive_is_idempotent(graph: Store) -> None:
    before = graph.query(SNAPSHOT)
    stats = derive(graph, run_id="run:again")
    assert graph.query(SNAPSHOT) == before
    assert (stats.supports_removed, stats.controls_removed) == (0, 0)


def test_derived_facts_follow_re_extraction(graph: Store) -> None:
    facts = fixture_facts()
    # The 2020-05 article is re-extracted without its Watiya capture nor Turkey's COOPERATE.
    watiya = next(f for f in facts if f.article.url.endswith("2020-05-watiya"))
    watiya.events = [
        e for e in watiya.events if e.type not in ("CAPTURE", "COOPERATE") or "Asaba" in e.evidence.sentence
    ]
    # The Manbij article loses Washington's support of the SDF.
    manbij = next(f for f in facts if f.article.url.endswith("2019-10-manbij"))
    manbij.events = [e for e in manbij.events if e.type != "AID"]
    GraphWriter(graph, run_id="run:fixture2").write([watiya, manbij])
    stats = derive(graph)
    assert (stats.supports_removed, stats.controls_removed) == (1, 1)
    expected = {
        s
        for s in EXPECTED_SUPPORTS
        if s[0] != "United States" and s[0:2] != ("Turkey", "Government of National Accord")
    }
    assert supports(graph) == expected | {
        ("Turkey", "Government of National Accord", 3, "2019-12-10", "2020-01-05")
    }
    assert (
        "Al-Watiya Air Base",
        "Libyan National Army",
        "Government of National Accord",
        "2020-05-18",
    ) not in changes(graph)
    # the stated claim that the LNA held the base is untouched
    assert ("Libyan National Army", "stated", None, None, "Al-Watiya Air Base") in controls(graph)


def _ev(
    event: str,
    type_: str,
    actor: str,
    date: str | None,
    target: str | None = None,
    published: str | None = None,
) -> dict:
    return {
        "event": event, "type": type_, "date": date, "actor": actor, "actor_name": actor.upper(),
        "place": "p", "target": target, "target_name": target.upper() if target else None,
        "sentence": f"{actor} {type_}", "article": "art", "published": published,
    }  # fmt: skip


def test_control_periods_rules() -> None:
    """Same-actor captures continue a period; retreats end one; undated captures take the article date."""
    rows = control_rows(
        [
            _ev("e1", "CAPTURE", "a", "2020-01-01"),
            _ev("e2", "CAPTURE", "a", "2020-02-01"),  # continues a's period
            _ev("e3", "RETREAT", "a", "2020-03-01"),
            _ev("e4", "CAPTURE", "b", None, published="2020-04"),  # from = a (previous period)
            _ev("e5", "CAPTURE", "c", "2020-05-01", target="x"),  # from = its target
            _ev("e6", "CAPTURE", "d", None),  # no date at all: skipped
        ],
        [{"actor": "s", "actor_name": "S", "place": "p", "since": "2019-01-01"}],
    )
    got = [
        (r["actor"], r["props"]["since"], r["props"]["until"], r["props"]["from_actor"], r["props"]["events"])
        for r in rows
    ]
    assert got == [
        ("a", "2020-01-01", "2020-03-01", "S", 2),
        ("b", "2020-04", "2020-05-01", "A", 1),
        ("c", "2020-05-01", None, "X", 1),
    ]


def test_non_factual_modalities_are_ignored(store: Store) -> None:
    facts = fixture_facts()
    for f in facts:
        f.events = [dataclasses.replace(e, modality="hypothetical") for e in f.events]
    GraphWriter(store).write(facts)
    derive(store)
    assert supports(store) == set()
    assert {r[1] for r in controls(store)} == {"stated"}
