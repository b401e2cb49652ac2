"""The kind a generic group of no country matches a linked event's actor by: a state's own forces are
of the military kind whatever the KB's kind for them. "Military Forces of Somalia" resolves to the KB's
Somali National Army (kind armed_group, institution army), so a report's "Military Forces" (no
country: kind military) and a record of that army are the same kind of group."""

from __future__ import annotations

from functools import cache

from conflictkg.knowledge.kb import KnowledgeBase

MILITARY = "military"
ARMY = "army"


@cache
def state_armies() -> frozenset[str]:
    """The ids of the KB's actors that are a country's army (``institution`` army)."""
    kb = KnowledgeBase.load()
    return frozenset(e.id for e in kb.entries() if ARMY in (e.institution or "").split() and e.country)


def group_kind(actor_id: str, kind: str | None) -> str | None:
    """The kind ``actor_id`` has as a group: military for a state's army, else its own."""
    return MILITARY if actor_id in state_armies() else kind
