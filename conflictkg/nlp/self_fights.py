"""Fights of a party against itself: "clashes between Houthi rebels and government forces", whose
pair is read both ways, may leave "government forces" and a bare "government" resolved to one actor,
the state of where it happened, as both sides. A violent event whose actor is its own target is then
a slip of reading the sides: it is dropped when another event of the same clause has that actor
fighting someone else; alone it stays ("rival factions of X clashed": the one party the text names,
fighting within itself)."""

from __future__ import annotations

from conflictkg.model import VIOLENT_TYPES, Event


def without_self_fights(events: list[Event]) -> list[Event]:
    """``events`` without the violent ones whose actor is their own target, when the actor fights
    another party in the same clause."""
    return [e for e in events if not _self_fight(e, events)]


def _self_fight(e: Event, events: list[Event]) -> bool:
    if e.type not in VIOLENT_TYPES or e.target_id != e.actor_id:
        return False
    return any(
        o.evidence.start == e.evidence.start
        and o.evidence.text == e.evidence.text
        and o.actor_id == e.actor_id
        and o.target_id not in (None, e.actor_id)
        for o in events
    )
