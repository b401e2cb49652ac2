"""Weapons brought down: "air defences shot down a Houthi drone". Bringing down an unmanned
weapon (the lexicon's ``unmanned_weapons``) with a verb of ``downing_verbs`` and its particle 'down'
is disrupted weapons use, as intercepting one is (COERCE, CAMEO 170, ACLED's sub-event), not a
fight; a helicopter or a plane shot down, with its crew, stays a fight."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ

DISRUPTED_CAMEO = "170"
DOWN = "down"


def downed_weapons(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the fights that bring down an unmanned weapon made disrupted weapons use."""
    return [_downed(st, e) for e in events]


def _downed(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "FIGHT" or e["nominal"]:
        return e
    verb = st.doc[e["pred"]]
    if verb.lemma_.lower() not in st.lex.group("downing_verbs"):
        return e
    if not any(c.dep_ == "prt" and c.lower_ == DOWN for c in verb.children):
        return e
    weapons = st.lex.group("unmanned_weapons")
    if not any(c.dep_ in OBJ and c.lemma_.lower() in weapons for c in verb.children):
        return e
    return {**e, "type": "COERCE", "cameo": DISRUPTED_CAMEO}
