"""The export's hand-written JSON lines (``queries.export_lines``) against the reference,
``json.dumps(to_contract(row), ensure_ascii=False)``, for any row: arbitrary unicode (controls, line
and paragraph separators, astral characters, lone quotes and backslashes), strings shaped like JSON
syntax, any float (NaN, infinities, out-of-range confidences), huge ints, missing values."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from conflictkg.queries.export import _actor, _Page, _place, to_contract
from conflictkg.queries.export_lines import EventLines

TRICKY = st.sampled_from(
    [":", '"', "\\", "{", "}", '":', '\\"', ",", "\\u0007", "\n", "\u2028", "\x00", "\ud7ff"]
)
text = st.text() | st.builds(lambda a, b, c: a + b + c, TRICKY, st.text(max_size=12), TRICKY | st.just(""))
maybe_text = st.none() | text
numbers = st.none() | st.floats() | st.integers(-(2**63), 2**63 - 1)
offsets = st.none() | st.integers(-(2**63), 2**63 - 1)

actor_props = st.fixed_dictionaries(
    {},
    optional={"name": maybe_text, "kind": maybe_text, "country": maybe_text, "wikidata": maybe_text},
)
place_props = st.fixed_dictionaries(
    {},
    optional={"name": maybe_text, "lat": numbers, "lon": numbers, "geonames_id": st.none() | st.integers(),
              "country": maybe_text},
)  # fmt: skip


@st.composite
def pages(draw: st.DrawFn) -> tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]]:
    actor_ids = draw(st.lists(text, min_size=1, max_size=4, unique=True))
    place_ids = draw(st.lists(text, max_size=3, unique=True))
    actors = {i: _actor({"id": i, **draw(actor_props)}) for i in actor_ids}
    places = {i: _place({"id": i, **draw(place_props)}) for i in place_ids}
    row = st.fixed_dictionaries({
        "article": text, "event_id": text, "action": text, "cameo": maybe_text,
        "actor_id": st.sampled_from(actor_ids), "target_id": st.none() | st.sampled_from(actor_ids),
        "location_id": st.none() | (st.sampled_from(place_ids) if place_ids else st.nothing()),
        "date": maybe_text, "date_precision": maybe_text, "modality": maybe_text,
        "confidence": numbers, "sentence": maybe_text, "ev_start": offsets, "ev_end": offsets,
    })  # fmt: skip
    return draw(st.lists(row, min_size=1, max_size=5)), actors, places


@settings(max_examples=400, deadline=None)
@given(pages(), st.integers(1, 8))
def test_each_line_is_the_reference_json_of_the_contract_event(
    page: tuple[list[dict[str, Any]], dict[str, Any], dict[str, Any]], limit: int
) -> None:
    rows, actors, places = page
    expected = [
        json.dumps(to_contract(row, _Page(rows, actors, places, {})), ensure_ascii=False) for row in rows
    ]
    lines = EventLines(limit=limit)
    assert list(lines.page(rows, actors, places)) == expected
    assert list(lines.page(rows, actors, places)) == expected  # again, from what it kept or anew
