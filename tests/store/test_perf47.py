"""Issue 16 leftovers. On FalkorDB a captured period's properties are set as one map, as the pairs'
are (the map form built from the by-name property list): the same relationship. Every date the writer writes
(an event's, an article's ``published``, a control claim's) must be an ISO string: another is refused
by the writer, and an ingest run quarantines the article with what was wrong. (Derive's DELETE_*
statements keep their Eager on Neo4j: benchmarks/README.md, perf47, says why.)"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from conflictkg.derived.derive import _Period
from conflictkg.derived.derive_cypher import WRITE_CONTROLS
from conflictkg.derived.interned import _as_map, write_controls
from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import DateRefused, GraphWriter
from conflictkg.jobs.ingest import ingest
from conflictkg.jobs.quarantine import Quarantine
from conflictkg.model import Actor, Article, ArticleFacts, ControlClaim, Event, Evidence, Location
from conflictkg.sources.articles import article_of
from conflictkg.sources.documents import RawDocument

FUNDER = Actor("actor:p47-funder", "Lake Union", "state", "XYZ")
MILITIA = Actor("actor:p47-militia", "Marsh Militia", "armed_group", "XYZ")
POLICE = Actor("actor:p47-police", "Delta Police", "police", "XYZ")
DEPOT = Location("loc:p47-depot", "Salt Depot", "village", "XYZ")
MUST = "must be an ISO date string (2021, 2021-05 or 2021-05-21)"
DERIVED = (
    "MATCH (a)-[r:SUPPORTS|OPPOSES|CONTROLS]->(b) "
    "RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props"
)


def _event(n: int, kind: str, actor: Actor, target: Actor, date: object = "2022-03") -> Event:
    said = f"Line {n} of the fixture."
    return Event(id=f"ev:p47-{n}", type=kind, actor_id=actor.id, target_id=target.id,
                 location_id=DEPOT.id if kind == "CAPTURE" else None,
                 evidence=Evidence(said, 0, len(said), "did"), date=date)  # fmt: skip


def _article(
    n: int, events: list[Event], published: object = None, claims: list[ControlClaim] | None = None
) -> ArticleFacts:
    art = Article(id=f"art:p47-{n}", url=f"p47/{n}.txt", text="...", sha256=f"p47-{n}",
                  published=published)  # type: ignore[arg-type]  # fmt: skip
    return ArticleFacts(art, [FUNDER, MILITIA, POLICE], [DEPOT], events, controls=claims or [])


def _claim(date: object) -> ControlClaim:
    held = Evidence("They hold the depot.", 0, 20, "hold")
    return ControlClaim(MILITIA.id, DEPOT.id, held, date=date)  # type: ignore[arg-type]


def _derived(store: Store) -> list[str]:
    rows = store.query(DERIVED)
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def test_a_period_set_as_a_map_on_falkordb_is_the_same_relationship(store: Store) -> None:
    assert _as_map(WRITE_CONTROLS).count("SET c += row.props") == 1
    GraphWriter(store).write([_article(1, [_event(4, "CAPTURE", MILITIA, POLICE)])])
    period = _Period(MILITIA.id, DEPOT.id, "ev:p47-4", "2022-03", POLICE.id, None, until=None)
    period.evidence.append(("2022-03", "ev:p47-4", "Line 4 of the fixture.", "p47/1.txt", "text"))
    write_controls(GraphWriter(store, run_id="run:p47-map"), [period.row()])
    as_map = _derived(store)
    store.query("MATCH ()-[c:CONTROLS]->() DELETE c", write=True)
    GraphWriter(store, run_id="run:p47-map").write_rows(WRITE_CONTROLS, [period.row()])
    assert _derived(store) == as_map
    assert json.loads(as_map[0])["props"] == {
        "kind": "captured", "event": "ev:p47-4", "run_id": "run:p47-map", "since": "2022-03",
        "from_actor": POLICE.id, "from_inferred": False, "events": 1, "evidence_dates": ["2022-03"],
        "sentences": ["Line 4 of the fixture."], "articles": ["p47/1.txt"], "event_ids": ["ev:p47-4"],
        "evidence_sources": ["text"],
    }  # fmt: skip


BAD_DATES = [
    (_article(2, [_event(6, "FIGHT", MILITIA, POLICE, 2022)]),
     f"event ev:p47-6 date {MUST}, got int 2022"),
    (_article(3, [], published=2022),
     f"article art:p47-3 published {MUST}, got int 2022"),
    (_article(4, [], claims=[_claim(2022.5)]),
     f"control claim ({MILITIA.id} over {DEPOT.id}) of article art:p47-4 {MUST}, got float 2022.5"),
]  # fmt: skip


def test_every_date_the_writer_writes_must_be_a_string(store: Store) -> None:
    good = _article(1, [_event(1, "AID", FUNDER, MILITIA)], published="2022-03-04", claims=[_claim("2022")])
    stats = GraphWriter(store).write([good, *(facts for facts, _ in BAD_DATES)], isolate=True)
    assert [(r.facts.article.id, r.reason, r.by_store) for r in stats.rejected] == [
        (facts.article.id, reason, False) for facts, reason in BAD_DATES
    ]
    assert [r["id"] for r in store.query("MATCH (a:Article) RETURN a.id AS id")] == ["art:p47-1"]
    for facts, reason in BAD_DATES:
        with pytest.raises(DateRefused) as refused:
            GraphWriter(store).write([facts])
        assert str(refused.value) == reason


class _Dating:
    """A library caller's extractor: each document's facts as the fixture gives them."""

    version = "p47-dating/1"

    def __init__(self, facts: dict[str, ArticleFacts]) -> None:
        self.facts = facts

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        for doc in docs:
            given = self.facts[doc.origin]
            yield ArticleFacts(article_of(doc), given.actors, given.locations, given.events,
                               controls=given.controls)  # fmt: skip


def test_an_ingest_run_quarantines_a_bad_date_with_what_was_wrong(store: Store, tmp_path: Path) -> None:
    docs = [RawDocument(origin=f"p47/{n}.txt", text=f"Text {n}.") for n in (1, 2)]
    bad = _article(2, [_event(6, "FIGHT", MILITIA, POLICE, 2022)])
    facts = {"p47/1.txt": _article(1, [_event(1, "AID", FUNDER, MILITIA)]), "p47/2.txt": bad}
    quarantine = Quarantine(tmp_path / "quarantine")

    summary = ingest(store, iter(docs), extractor=_Dating(facts), quarantine=quarantine, batch_size=2)

    assert (summary.new, summary.quarantined) == (1, 1)
    assert [(e["origin"], e["reason"]) for e in quarantine.list()] == [
        (
            "p47/2.txt",
            f"event ev:p47-6 date {MUST}, got int 2022",
        )
    ]
