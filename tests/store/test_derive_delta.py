"""Derive by delta on both stores: a run's SUPPORTS / OPPOSES updated from the events it added and
removed are exactly those of ``derive --all``, and the pairs are recomputed from their events only
when the delta cannot be applied (a removed event was evidence; a relationship older than its
aggregates)."""

from __future__ import annotations

import dataclasses
import json

import pytest
from data.fixture_graph import ACTORS, LOCATIONS

from conflictkg.derived.derive import DeriveStats, Scope, derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Article, ArticleFacts, Event, Evidence, event_id, make_id

pytestmark = pytest.mark.store

DERIVED = (
    "MATCH (a)-[r:SUPPORTS|OPPOSES|CONTROLS]->(b) "
    "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p"
)


def derived_facts(store: Store) -> list[str]:
    """Every SUPPORTS / OPPOSES / CONTROLS with all its properties, sorted (to compare exactly)."""
    return sorted(json.dumps(r, sort_keys=True) for r in store.query(DERIVED))


TURKEY, GNA, LNA = (ACTORS[n] for n in ("Turkey", "Government of National Accord", "Libyan National Army"))
# (date, source) of each article: same dates, an undated one, two sources; 2020-09 is the latest.
DATES = ["2020-01-05", "2020-01-05", "2020-02", None, "2020-03-01", "2020-03-01", "2020-04-10", "2020-09-30"]
SOURCES = ["text", "acled", "text", "text", "text", "acled", "text", "text"]


def article(n: int, date: str | None, source: str, fight: str = "FIGHT") -> ArticleFacts:
    url = f"fixture://delta/{n}"
    art_id = make_id("art", url)
    support = f"Turkey backed the GNA ({n})."
    clash = f"The GNA clashed with the LNA ({n})."
    art = Article(id=art_id, url=url, text=f"{support} {clash}", sha256=make_id("sha", url, date, fight))
    events = [
        Event(
            id=event_id(art_id, "SUPPORT", TURKEY.id, GNA.id, 0), type="SUPPORT", actor_id=TURKEY.id,
            target_id=GNA.id, evidence=Evidence(support, 0, len(support), support), date=date,
            confidence=0.3 + n / 20, source=source,
        ),
        Event(
            id=event_id(art_id, fight, GNA.id, LNA.id, len(support) + 1), type=fight, actor_id=GNA.id,
            target_id=LNA.id, evidence=Evidence(clash, 0, len(clash), clash), date=date, source=source,
        ),
    ]  # fmt: skip
    return ArticleFacts(article=art, actors=[TURKEY, GNA, LNA], events=events)


def run_and_derive(store: Store, facts: list[ArticleFacts]) -> DeriveStats:
    """A run as the ingest does it (scope read before the write), then ``derive --all`` after it
    must change nothing."""
    scope = Scope()
    scope.add_articles(store, [f.article.id for f in facts if f.may_exist])
    scope.add_facts(facts, store)
    GraphWriter(store).write(facts)
    stats = derive(store, scope=scope)
    incremental = derived_facts(store)
    again = derive(store, scope=scope)  # the same scope again: nothing applied twice
    assert derived_facts(store) == incremental
    assert (again.supports, again.opposes, again.pairs_recomputed) == (0, 0, 0)
    full = derive(store)
    assert derived_facts(store) == incremental
    assert (full.supports_removed, full.opposes_removed) == (0, 0)
    return stats


def pair_props(store: Store) -> dict[str, dict[str, object]]:
    query = "MATCH (:Actor)-[r:SUPPORTS|OPPOSES]->(:Actor) RETURN type(r) AS t, properties(r) AS p"
    rows = store.query(query)
    return {r["t"]: r["p"] for r in rows}


def test_delta_updates_pairs_without_recomputing_them(store: Store) -> None:
    arts = [article(n, d, s) for n, (d, s) in enumerate(zip(DATES, SOURCES, strict=True))]
    created = run_and_derive(store, arts[:4])
    assert (created.supports, created.opposes, created.pairs_recomputed) == (1, 1, 0)
    added = run_and_derive(store, arts[4:])
    assert (added.supports, added.opposes, added.pairs_recomputed) == (1, 1, 0)
    props = pair_props(store)
    assert props["SUPPORTS"]["events"] == props["OPPOSES"]["events"] == 8
    assert props["SUPPORTS"]["dates"] == [*sorted(d for d in DATES if d), ""]
    assert props["SUPPORTS"]["evidence_sources"].count("text") == 5  # the earliest 5 of 6

    # The undated article (the one text event past the evidence) re-extracted: dated now, another
    # type; applied by delta.
    redone = article(3, "2020-06-01", "text", fight="ASSAULT")
    stats = run_and_derive(store, [redone])
    assert (stats.supports, stats.opposes, stats.pairs_recomputed) == (1, 1, 0)
    opposes = pair_props(store)["OPPOSES"]
    assert (opposes["fight"], opposes["assault"], opposes["last_seen"]) == (7, 1, "2020-09-30")
    assert "" not in opposes["dates"] and "2020-06-01" in pair_props(store)["SUPPORTS"]["evidence_dates"]

    # Re-ingesting it unchanged changes nothing and writes nothing.
    same = run_and_derive(store, [redone])
    assert (same.supports, same.opposes, same.pairs_recomputed) == (0, 0, 0)

    # The first article's events gone: its support was evidence, so the pair is recomputed.
    emptied = dataclasses.replace(arts[0], events=[])
    stats = run_and_derive(store, [emptied])
    assert stats.pairs_recomputed == 2  # Turkey -> GNA both ways
    assert pair_props(store)["SUPPORTS"]["events"] == 7

    # Every event gone: the relationships go too.
    others = [dataclasses.replace(a, events=[]) for a in arts[1:] if a.article.id != redone.article.id]
    gone = run_and_derive(store, others)
    assert gone.opposes_removed == 0 and "SUPPORTS" in pair_props(store)
    last = run_and_derive(store, [dataclasses.replace(redone, events=[])])
    assert (last.supports_removed, last.opposes_removed) == (1, 1)
    assert pair_props(store) == {}


def test_relationship_older_than_its_aggregates_is_recomputed(store: Store) -> None:
    arts = [article(n, d, s) for n, (d, s) in enumerate(zip(DATES, SOURCES, strict=True))]
    run_and_derive(store, arts[:6])
    store.query("MATCH ()-[s:SUPPORTS]->() REMOVE s.noisy_or_weight RETURN count(*) AS n", write=True)
    stats = run_and_derive(store, arts[6:])
    assert stats.pairs_recomputed == 2
    assert pair_props(store)["SUPPORTS"]["noisy_or_weight"] > 0


def test_control_period_follows_a_rewritten_sentence(store: Store) -> None:
    """An unchanged period is not rewritten, but one whose capture is reported in other words is."""
    sirte = LOCATIONS["Sirte"]

    def with_capture(n: int, sentence: str) -> ArticleFacts:
        facts = article(n, DATES[n], "text")
        capture = Event(
            id=event_id(facts.article.id, "CAPTURE", GNA.id, LNA.id, 500), type="CAPTURE", actor_id=GNA.id,
            target_id=LNA.id, location_id=sirte.id, evidence=Evidence(sentence, 500, 520, sentence),
            date=DATES[n],
        )  # fmt: skip
        return dataclasses.replace(facts, locations=[sirte], events=[*facts.events, capture])

    first = run_and_derive(
        store, [with_capture(0, "The GNA took Sirte."), with_capture(4, "Sirte fell again.")]
    )
    assert first.controls == 1  # the GNA's one period (the second capture continues it)
    same = run_and_derive(store, [article(2, DATES[2], "text")])  # another place's run
    assert same.controls == 0
    reworded = run_and_derive(store, [with_capture(4, "The GNA retook Sirte.")])
    assert reworded.controls == 1
    rows = store.query("MATCH (:Actor)-[c:CONTROLS {kind: 'captured'}]->(:Location) RETURN c.sentences AS s")
    assert rows == [{"s": ["The GNA took Sirte.", "The GNA retook Sirte."]}]
