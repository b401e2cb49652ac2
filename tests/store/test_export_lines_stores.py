"""``conflictkg export events`` writes its lines by hand (``queries.export_lines``): on each store,
for events whose every text is arbitrary unicode (controls, separators, astral characters, JSON
syntax at the ends), each line is exactly ``json.dumps`` of the contract event the store gives back."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, make_id
from conflictkg.queries.export import iter_event_lines, iter_events

pytestmark = pytest.mark.store

TRICKY = st.sampled_from([":", '"', "\\", "{", "}", '":', '\\"', ",", "\\u0007", "\n", "\u2028", "\x1b"])
# NUL and lone surrogates are refused up front by the parameter layer (test_param_roundtrip)
plain = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=30)
text = plain | st.builds(lambda a, b, c: a + b + c, TRICKY, plain, TRICKY | st.just(""))
coordinate = st.none() | st.floats(-89.9, 89.9)


@st.composite
def facts(draw: st.DrawFn) -> ArticleFacts:
    n = draw(st.integers(0, 10**9))
    article = Article(id=make_id("art", "prop", n), url=draw(text), text="", sha256=make_id("sha", n),
                      published="2020-05-01", language="en")  # fmt: skip
    a = Actor(
        id=make_id("actor", "prop", n, 1), name=draw(text), kind=draw(text), country=draw(st.none() | text)
    )
    b = Actor(id=make_id("actor", "prop", n, 2), name=draw(text), wikidata=draw(st.none() | text))
    place = Location(id=make_id("loc", "prop", n), name=draw(text), country=draw(st.none() | text),
                     lat=draw(coordinate), lon=draw(coordinate))  # fmt: skip
    events = [
        Event(
            id=make_id("ev", "prop", n, i),
            type=draw(st.sampled_from(["FIGHT", "ASSAULT", "PROTEST"])),
            actor_id=a.id,
            target_id=draw(st.sampled_from([b.id, None])),
            location_id=draw(st.sampled_from([place.id, None])),
            evidence=Evidence(sentence=(s := draw(text)), start=0, end=len(s), text=s),
            date=draw(st.sampled_from(["2020-05-01", "2020-05", None])),
            confidence=draw(st.floats(0, 1)),
        )
        for i in range(draw(st.integers(1, 3)))
    ]
    return ArticleFacts(article=article, actors=[a, b], locations=[place], events=events)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(facts(), min_size=1, max_size=3, unique_by=lambda f: f.article.id))
def test_each_exported_line_is_the_json_of_its_event(store: Store, articles: list[ArticleFacts]) -> None:
    store.clear()
    store.apply_schema()
    GraphWriter(store).write(articles)
    expected = [json.dumps(e, ensure_ascii=False) for e in iter_events(store)]
    assert len(expected) == sum(len(f.events) for f in articles)
    assert list(iter_event_lines(store)) == expected
