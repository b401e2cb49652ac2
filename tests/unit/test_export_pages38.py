"""An export stream's pages share its actors and places (issue 16, item 4): each is read once, an id
the graph lacks gets its default object, and the lines are still ``json.dumps`` of the contract."""

from __future__ import annotations

import json
from typing import Any

from conflictkg.queries.export import _Endpoints, to_contract
from conflictkg.queries.export_lines import EventLines


class _Store:
    """Answers export_endpoints with the one actor and one place it knows; counts the ids asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[list[str], list[str]]] = []

    def query(self, cypher: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        self.asked.append((params["actors"], params["places"]))
        found = []
        if "actor:a" in params["actors"]:
            found.append({"part": "actor", "id": "actor:a", "name": "Milice du fleuve", "kind": "armed",
                          "country": "XX", "wikidata": None, "aliases": ["la milice"]})  # fmt: skip
        if "loc:v" in params["places"]:
            found.append({"part": "place", "id": "loc:v", "name": "Valbourg", "country": "XX", "lat": 1,
                          "lon": 2.5, "geonames_id": 7, "aliases": None})  # fmt: skip
        return found


def _row(event: str, actor: str, target: str | None, place: str | None) -> dict[str, Any]:
    return {"article": "a.txt", "event_id": event, "action": "FIGHT", "cameo": None, "actor_id": actor,
            "target_id": target, "location_id": place, "date": None, "date_precision": None,
            "modality": None, "confidence": 0.5, "sentence": "x", "ev_start": 0, "ev_end": 1}  # fmt: skip


def test_pages_share_the_stream_objects_and_read_each_id_once() -> None:
    store = _Store()
    endpoints = _Endpoints(store)  # type: ignore[arg-type]
    lines = EventLines(limit=100)
    first = endpoints.page([_row("ev:1", "actor:a", "actor:z", "loc:v")])
    second = endpoints.page(
        [_row("ev:2", "actor:z", None, "loc:w"), _row("ev:3", "actor:a", "actor:a", None)]
    )
    assert store.asked == [(["actor:a", "actor:z"], ["loc:v"]), ([], ["loc:w"])]
    assert first.actors["actor:z"] == {"name": "actor:z", "id": "actor:z", "kind": "unknown",
                                       "country": None, "wikidata": None}  # fmt: skip
    assert second.places["loc:w"]["name"] == "loc:w"
    assert second.places["loc:v"] == {
        "name": "Valbourg",
        "lat": 1.0,
        "lon": 2.5,
        "geonames_id": 7,
        "country": "XX",
    }
    assert second.aliases == {"actor:a": ["la milice"], "loc:v": None}
    for page in (first, second):
        expected = [json.dumps(to_contract(row, page), ensure_ascii=False) for row in page.rows]
        assert list(lines.page(page.rows, page.actors, page.places)) == expected
