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

from conflictkg.queries.tellings_field import other_tellings

_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(value, ensure_ascii=False)


def _value(value: Any) -> str:
    """One JSON value, as ``json.dumps(value, ensure_ascii=False)`` writes it."""
    if value is None:
        return "null"
    if type(value) is str:
        return encode_basestring(value)
    return _ENCODE(value)


def _learn(known: dict[str, str], objects: dict[str, dict[str, Any]], key: str) -> str:
    """The JSON text of ``objects[key]``, kept in ``known``."""
    text = known[key] = _ENCODE(objects[key])
    return text


class EventLines:
    """A stream's JSON lines, with the encoded actor and place objects it has met so far (at most
    ``limit`` of them, then it starts again)."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.actors: dict[str, str] = {}
        self.places: dict[str, str] = {}

    def page(
        self, rows: list[dict[str, Any]], actors: dict[str, dict[str, Any]], places: dict[str, dict[str, Any]]
    ) -> Iterator[str]:
        """The JSON text of each row's contract event (see
        :func:`conflictkg.queries.export.to_contract`); ``actors`` and ``places`` hold the contract
        objects of (at least) the page's ids, each encoded the first time a row names it."""
        if len(self.actors) + len(self.places) > self.limit:
            self.actors.clear()
            self.places.clear()
        actor_text, place_text = self.actors, self.places
        known = place_text.get
        for row in rows:
            actor, target, location = row["actor_id"], row["target_id"], row["location_id"]
            confidence, start, end = row["confidence"], row["ev_start"], row["ev_end"]
            who = actor_text.get(actor) or _learn(actor_text, actors, actor)
            whom = "null" if target is None else actor_text.get(target) or _learn(actor_text, actors, target)
            where = "null" if location is None else known(location) or _learn(place_text, places, location)
            parts = [
                '{"article": ', _value(row["article"]),
                ', "event_id": ', _value(row["event_id"]),
                ', "action": ', _value(row["action"]),
                ', "cameo": ', _value(row["cameo"]),
                ', "actor": ', who,
                ', "target": ', whom,
                ', "location": ', where,
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
            parts.append("}")
            if row.get("told_starts"):  # rare: the contract's own dicts, as to_contract adds them
                others = other_tellings(row)
                if others:
                    parts += (', "other_tellings": ', _ENCODE(others))
            parts.append("}")
            yield "".join(parts)
