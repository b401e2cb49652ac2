"""The derive key of an event: where an incremental ``derive`` finds it without walking an actor.

A derived fact depends on the events of one unordered pair of actors (``SUPPORTS``, ``OPPOSES``) or
of one place (``CONTROLS {kind: "captured"}``), and the two sets of event types are disjoint, so one
indexed integer on an event names the fact it feeds: a 64-bit hash of its pair (support and fight
types with a target other than the actor) or of its place (captures and retreats at a place). Other
events get no key (and cost nothing). A hash may collide: readers check the ends they asked for.

The writer sets the key with the event's properties. A store written before the key existed gets it
from :func:`backfill`, which the schema step runs before it creates the key's index (so an index
that exists means every event has its key, even after a crash in the middle of a backfill).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from conflictkg.graph.store import Store

PROPERTY = "derive_key"
SUPPORT_TYPES = ["SUPPORT", "AID", "COOPERATE"]
FIGHT_TYPES = ["FIGHT", "ASSAULT", "THREATEN", "COERCE"]
PAIR_TYPES = SUPPORT_TYPES + FIGHT_TYPES
PLACE_TYPES = ["CAPTURE", "RETREAT"]
BACKFILL_ROWS = 20_000

# The events without a key that get one: each page is keyed before the next is read.
_BACKFILL_READ = """
MATCH (e:Event) WHERE e.type IN $types AND e.derive_key IS NULL
MATCH (a)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t)
OPTIONAL MATCH (e)-[:AT]->(l)
WITH e, a, t, l
WHERE (e.type IN $pair_types AND t IS NOT NULL AND t.id <> a.id) OR (e.type IN $place_types AND l IS NOT NULL)
RETURN e.id AS event, e.type AS type, a.id AS actor, t.id AS target, l.id AS place
LIMIT $limit
"""

_BACKFILL_WRITE = """
UNWIND $rows AS row
MATCH (e:Event {id: row.event})
SET e.derive_key = row.key
RETURN count(*) AS done
"""


def _hash(*parts: str) -> int:
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def pair_key(a: str, b: str) -> int:
    """The key of the events between two actors, whichever acts."""
    low, high = sorted((a, b))
    return _hash("pair", low, high)


def place_key(place: str) -> int:
    return _hash("place", place)


def derive_key(event_type: str, actor: str, target: str | None, place: str | None) -> int | None:
    if event_type in PAIR_TYPES:
        return pair_key(actor, target) if target and target != actor else None
    if event_type in PLACE_TYPES:
        return place_key(place) if place else None
    return None


def backfill(store: Store, batch_rows: int = BACKFILL_ROWS) -> int:
    """Set the key on every event that should have one and has none; the number of events keyed."""
    params = {"types": PAIR_TYPES + PLACE_TYPES, "pair_types": PAIR_TYPES, "place_types": PLACE_TYPES}
    keyed = 0
    while True:
        rows = store.query(_BACKFILL_READ, {**params, "limit": batch_rows})
        updates = [
            {"event": r["event"], "key": derive_key(r["type"], r["actor"], r["target"], r["place"])}
            for r in rows
        ]
        if updates:
            store.query(_BACKFILL_WRITE, {"rows": updates}, write=True)
            keyed += len(updates)
        if len(rows) < batch_rows:
            return keyed
