"""An export page's events as JSON text, written from the query's rows without the contract dicts.

:class:`EventLines` gives exactly ``json.dumps(to_contract(row, page), ensure_ascii=False)`` for each
row (same keys in the same order, same separators, same escapes, same numbers), several times
faster: each actor's and place's object is encoded once a stream (a graph has far fewer of them than
events), and the event's own values go through the encoder's string function or ``repr`` directly,
as ``json.dumps`` itself writes them. Most of the client's time in a whole-graph
``conflictkg export events`` went to building and encoding the nested dicts (issue 16, item 4).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from json.encoder import encode_basestring  # what json.dumps(..., ensure_ascii=False) uses for a str
from typing import Any

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(value, ensure_ascii=False)


def _value(value: Any) -> str:
    """One JSON value, as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    if value is None:
        return "null"
    if type(value) is str:
        return encode_basestring(value)
    return _ENCODE(value)


class EventLines:
    """A stream's JSON lines, with the encoded actor and place objects it has met so far (at most
    ``limit`` of them, then it starts again)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.actors: dict[str, str] = {}
        self.places: dict[str, str] = {}

    def _learn(self, actors: dict[str, dict[str, Any]], places: dict[str, dict[str, Any]]) -> None:
        if len(self.actors) + len(self.places) > self.limit:
            self.actors.clear()
            self.places.clear()
        known = self.actors
        for i, actor in actors.items():
            if i not in known:
                known[i] = _ENCODE(actor)
        known = self.places
        for i, place in places.items():
            if i not in known:
                known[i] = _ENCODE(place)

    def page(
        self, rows: list[dict[str, Any]], actors: dict[str, dict[str, Any]], places: dict[str, dict[str, Any]]
    ) -> Iterator[str]:
        """The JSON text of each row's contract event (see
        :func:`conflictkg.queries.export.to_contract`); ``actors`` and ``places`` are the page's
        contract objects by id."""
        self._learn(actors, places)
        actor_text, place_text = self.actors, self.places
        for row in rows:
            target, location, confidence = row["target_id"], row["location_id"], row["confidence"]
            start, end = row["ev_start"], row["ev_end"]
            parts = [
                '{"article": ', _value(row["article"]),
                ', "event_id": ', _value(row["event_id"]),
                ', "action": ', _value(row["action"]),
                ', "cameo": ', _value(row["cameo"]),
                ', "actor": ', actor_text[row["actor_id"]],
                ', "target": ', "null" if target is None else actor_text[target],
                ', "location": ', "null" if location is None else place_text[location],
                ', "date": ', _value(row["date"]),
                ', "date_precision": ', _value(row["date_precision"]),
                ', "modality": ', _value(row["modality"] or "asserted"),
            ]  # fmt: skip
            if confidence is not None:  # a finite float once clamped: json.dumps writes its repr
                parts += (', "confidence": ', repr(min(1.0, max(0.0, float(confidence)))))
            parts += (', "evidence": {"text": ', _value(row["sentence"] or ""))
            if start is not None:
                parts += (', "start": ', repr(int(start)))
            if end is not None:
                parts += (', "end": ', repr(int(end)))
            parts.append("}}")
            yield "".join(parts)
