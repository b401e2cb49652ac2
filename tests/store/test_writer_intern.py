"""Repeated values (event type, modality, dates, sources; an article's language and extractor) are
kept once on FalkorDB (`intern`, issue 16): the values read back are the ones written, on both
stores, through the CREATE and the MERGE path, and a value taken away is removed."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.graph import schema
from conflictkg.graph.store import Store
from conflictkg.graph.write_statements import ARTICLE_COLUMN, COLUMN
from conflictkg.graph.writer import _NEW_EVENTS, GraphWriter, batch_statement
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location

EVENT_PROPS = (
    "MATCH (e:Event) RETURN e.id AS id, e.type AS type, e.modality AS modality, e.date AS date, "
    "e.date_precision AS precision, e.source AS source, e.confidence AS confidence ORDER BY id"
)
ARTICLE_PROPS = (
    "MATCH (a:Article) RETURN a.id AS id, a.published AS published, a.language AS language, "
    "a.source AS source, a.extractor AS extractor ORDER BY id"
)

BAND = Actor("actor:band", "Northern Band", "armed_group", "XYZ")
TOWN = Actor("actor:town-guard", "Town Guard", "armed_group", "XYZ")
MILLS = Location("loc:mills", "Old Mills", "town", "XYZ", 10.5, 20.25)


def _article(n: int, published: str | None, events: list[Event]) -> ArticleFacts:
    art = Article(
        id=f"art:intern{n}", url=f"notes/{n}.txt", text="...", sha256=f"h{n}", published=published,
        language="fr", source="text", extractor="test/1",
    )  # fmt: skip
    return ArticleFacts(article=art, actors=[BAND, TOWN], locations=[MILLS], events=events)


def _event(n: int, date: str | None, precision: str | None, modality: str = "asserted") -> Event:
    said = f"The band shelled the guard post at the mills, report {n}."
    return Event(
        id=f"ev:intern{n}", type="FIGHT", actor_id=BAND.id, target_id=TOWN.id, location_id=MILLS.id,
        evidence=Evidence(said, 0, len(said), "shelled"), date=date, date_precision=precision,
        modality=modality, confidence=0.7,
    )  # fmt: skip


def test_only_the_falkordb_form_interns_and_it_interns_every_listed_property() -> None:
    for part in ("new_articles", "articles", "events", *_NEW_EVENTS.values()):
        label = "Article" if "articles" in part else "Event"
        plain, interned = batch_statement([part]), batch_statement([part], intern=True)
        assert "intern(" not in plain

        # Rows are lists on both paths (`row[<column>]`): an event's COLUMNS, an article's ARTICLE_COLUMN.
        def field(p: str, label: str = label) -> str:
            return f"row[{(ARTICLE_COLUMN if label == 'Article' else COLUMN)[p]}]"

        assert {p for p in schema.INTERNED[label] if f"intern({field(p)})" in interned} == set(
            schema.INTERNED[label]
        )
        assert "intern($run_id)" in interned
    for part in ("actors", "locations"):  # every node's run id, as the article's and event's
        assert "$run_id" in batch_statement([part]) and "intern(" not in batch_statement([part])
        assert "ON CREATE SET n.run_id = intern($run_id)" in batch_statement([part], intern=True)


def test_interned_values_read_back_as_written_and_removed_when_gone(store: Store) -> None:
    first = _article(1, "2021-03-04", [_event(1, "2021-03-04", "day"), _event(2, None, None, "threatened")])
    GraphWriter(store).write([replace(first, may_exist=False)], replace=False)  # the CREATE path
    assert store.query(EVENT_PROPS) == [
        {"id": "ev:intern1", "type": "FIGHT", "modality": "asserted", "date": "2021-03-04",
         "precision": "day", "source": "text", "confidence": 0.7},
        {"id": "ev:intern2", "type": "FIGHT", "modality": "threatened", "date": None,
         "precision": None, "source": "text", "confidence": 0.7},
    ]  # fmt: skip
    assert store.query(ARTICLE_PROPS) == [
        {"id": "art:intern1", "published": "2021-03-04", "language": "fr", "source": "text",
         "extractor": "test/1"},
    ]  # fmt: skip
    # Re-extracted (the MERGE path): the first event lost its date, the second gained one.
    again = _article(1, None, [_event(1, None, None), _event(2, "2021-03", "month", "threatened")])
    GraphWriter(store).write([again])
    assert [(r["id"], r["date"], r["precision"], r["modality"]) for r in store.query(EVENT_PROPS)] == [
        ("ev:intern1", None, None, "asserted"),
        ("ev:intern2", "2021-03", "month", "threatened"),
    ]
    assert store.query(ARTICLE_PROPS)[0]["published"] is None


def test_a_value_that_is_not_a_string_is_stored_as_it_is(store: Store) -> None:
    odd = replace(_event(3, "2021-03-04", "day"), date_precision=3)  # a caller's number, not a string
    GraphWriter(store).write([_article(3, "2021-03-04", [odd])])
    assert [(r["date"], r["precision"]) for r in store.query(EVENT_PROPS)] == [("2021-03-04", 3)]


EVIDENCE = (
    "MATCH (e:Event)-[r:REPORTED_IN]->(:Article) RETURN e.id AS id, r.sentence AS sentence, "
    "r.text AS text, r.start AS start, r.`end` AS end, e.summary AS summary ORDER BY id"
)


def _said(n: int, sentence: str, span: str, summary: str) -> Event:
    return Event(
        id=f"ev:said{n}", type="FIGHT", actor_id=BAND.id, target_id=TOWN.id,
        evidence=Evidence(sentence, 5, 5 + len(sentence), span), summary=summary,
    )  # fmt: skip


def test_strings_an_article_repeats_read_back_on_every_edge_and_event(store: Store) -> None:
    both = "The band and the guard fought at dawn, then again at noon."
    other = "A later sentence about the mills."
    events = [
        _said(1, both, "fought at dawn", "Northern Band FIGHT Town Guard"),
        _said(2, both, both, "Northern Band FIGHT Town Guard"),  # the span is the whole sentence
        _said(3, other, "mills", ""),
    ]
    expected = [
        {"id": "ev:said1", "sentence": both, "text": "fought at dawn", "start": 5, "end": 63,
         "summary": "Northern Band FIGHT Town Guard"},
        {"id": "ev:said2", "sentence": both, "text": both, "start": 5, "end": 63,
         "summary": "Northern Band FIGHT Town Guard"},
        {"id": "ev:said3", "sentence": other, "text": "mills", "start": 5, "end": 38, "summary": ""},
    ]  # fmt: skip
    facts = _article(4, None, events)
    GraphWriter(store).write([replace(facts, may_exist=False)], replace=False)  # the CREATE path
    assert store.query(EVIDENCE) == expected
    GraphWriter(store).write([facts])  # the MERGE path: the same values, nothing changed
    assert store.query(EVIDENCE) == expected
    # Re-extracted: the second event now has its own span and summary.
    changed = [
        events[0],
        replace(events[1], summary="x", evidence=replace(events[1].evidence, text="again at noon")),
    ]
    GraphWriter(store).write([_article(4, None, changed)])
    assert [(r["id"], r["text"], r["summary"]) for r in store.query(EVIDENCE)] == [
        ("ev:said1", "fought at dawn", "Northern Band FIGHT Town Guard"),
        ("ev:said2", "again at noon", "x"),
    ]


def test_actors_and_places_keep_the_run_id_that_made_them(store: Store) -> None:
    GraphWriter(store, run_id="run:first").write([_article(4, None, [_event(4, None, None)])])
    GraphWriter(store, run_id="run:second").write([_article(5, None, [_event(5, None, None)])])
    assert store.query("MATCH (n:Actor) RETURN n.id AS id, n.run_id AS run ORDER BY id") == [
        {"id": "actor:band", "run": "run:first"},
        {"id": "actor:town-guard", "run": "run:first"},
    ]
    assert store.query("MATCH (n:Location) RETURN n.id AS id, n.run_id AS run") == [
        {"id": "loc:mills", "run": "run:first"}
    ]
