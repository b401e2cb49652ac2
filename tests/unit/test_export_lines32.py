"""The export's JSON lines are written without the contract dicts (issue 16, item 4): each is
exactly ``json.dumps(to_contract(row, page), ensure_ascii=False)``, whatever the row holds."""

from __future__ import annotations

import json
import math
from typing import Any

from conflictkg.queries.export import _actor, _Page, _place, to_contract
from conflictkg.queries.export_lines import EventLines


def _row(**over: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "article": "https://example.org/a?x=1&y=\"2\"", "event_id": "ev:00ab", "action": "FIGHT",
        "cameo": "190", "actor_id": "actor:a", "target_id": "actor:b", "location_id": "loc:x",
        "date": "2020-05", "date_precision": "month", "modality": None, "confidence": 0.85,
        "sentence": "Les forces « loyalistes » ont dit:\n\t\"non\" \\ \u2028 \U0001f600 \x01",
        "ev_start": 3, "ev_end": 47,
    }  # fmt: skip
    row.update(over)
    return row


ACTORS = {
    "actor:a": _actor({"id": "actor:a", "name": "Armée syrienne", "kind": "state", "country": "SYR"}),
    "actor:b": _actor({"id": "actor:b"}),
    "actor:c": _actor({"id": "actor:c", "name": 'Le "Front"', "wikidata": "Q1"}),
}
PLACES = {
    "loc:x": _place({"id": "loc:x", "name": "Alep", "lat": 36.2, "lon": 37.15, "geonames_id": 170063}),
    "loc:y": _place({"id": "loc:y", "name": "Ḥamā", "lat": 1e-05, "lon": -0.0, "country": "SY"}),
    "loc:z": _place({"id": "loc:z", "lat": math.nan, "lon": 12}),
}

ROWS = [
    _row(),
    _row(target_id=None, location_id=None, confidence=None, ev_start=None, ev_end=None, sentence=None),
    _row(confidence=1.7, modality="hypothetical", location_id="loc:y", actor_id="actor:c", ev_start=2.0),
    _row(confidence=-3, location_id="loc:z", cameo=None, date=None, date_precision=None, sentence=""),
    _row(confidence=0.1 + 0.2, ev_end=None, target_id="actor:a", actor_id="actor:b", article="ü/ß"),
    _row(confidence="0.5", ev_start="12", ev_end=True),
]


def test_each_line_is_the_json_of_the_contract_event() -> None:
    page = _Page(ROWS, ACTORS, PLACES, {})
    expected = [json.dumps(to_contract(row, page), ensure_ascii=False) for row in ROWS]
    lines = EventLines(limit=50)
    assert list(lines.page(ROWS, ACTORS, PLACES)) == expected
    assert list(lines.page(ROWS, ACTORS, PLACES)) == expected  # from the encoded objects it kept
    small = EventLines(limit=1)  # starts again past its limit: the same lines
    assert [line for _ in range(3) for line in small.page(ROWS, ACTORS, PLACES)] == expected * 3
