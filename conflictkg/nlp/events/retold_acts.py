"""A speech act told twice in one sentence by the same actor, once with its target and once with none
("l'Italie a rejeté le rapport de X, ses experts refusant d'y apposer leur nom": the clitic points
back to the report): one act; the telling with no target
adds nothing to it (read by nlp/events/tree.dedup_events)."""

from __future__ import annotations

from conflictkg.nlp.events.state import EventRecord

SPEECH_TYPES = frozenset({"REJECT", "ACCUSE", "REQUEST"})  # event types of what is said to a party


def retold_act(e: EventRecord, events: list[EventRecord]) -> bool:
    if e["type"] not in SPEECH_TYPES or e["target"] is not None:
        return False
    where = (e["place"] or {}).get("name")
    return any(
        v["target"] is not None
        and (v["type"], v["actor"], v["sent_start"], v["modality"])
        == (e["type"], e["actor"], e["sent_start"], e["modality"])
        and where in (None, (v["place"] or {}).get("name"))
        for v in events
    )
