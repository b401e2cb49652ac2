"""People freed by an attack: "la coalition de gangs a attaqué la prison de Mirebalais, libérant plus de
500 détenus", "l'armée a pris d'assaut le camp, libérant dix otages". A release told by a present
participle (a gerund) on a violent verb of the same actor is what the attack achieved: the people were
held by someone else, the actor concedes nothing to anyone. Such a release is dropped; a release told
as an act of its own ("ont attaqué Goma et ont libéré cinquante prisonniers") stays (round frstyle85)."""

from __future__ import annotations

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord


def without_jailbreaks(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence without the releases that are an attack's outcome."""
    attacks = {(e["pred"], e["actor"]) for e in events if e["type"] in VIOLENT_TYPES}
    return [e for e in events if not (e["type"] == "CONCEDE" and _outcome(st, e, attacks))]


def _outcome(st: DocState, e: EventRecord, attacks: set[tuple[int, str]]) -> bool:
    verb = st.doc[e["pred"]]
    gerund = verb.morph.get("VerbForm", []) == ["Part"] and verb.morph.get("Tense", []) == ["Pres"]
    return gerund and not e["nominal"] and (verb.head.i, e["actor"]) in attacks
