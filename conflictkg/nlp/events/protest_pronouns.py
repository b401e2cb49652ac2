"""Protesters a pronoun points back to: "Des dizaines de femmes ont manifesté jeudi à Kaboul. Les
talibans les ont dispersées." The pronoun resolves to the noun that said who protested ("femmes":
civilians), but those people are the protesters of the protest told before. An event's pronoun object
(a clitic or a plain object pronoun) resolving to civilians who are the subject of a protest told in
an earlier sentence is aimed at that protest's protesters (round frstyle85)."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, subject_of

CIVILIAN_CLASS = "civilians"


def protesters_pointed_at(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence with a pronoun object standing for earlier protesters aimed at them."""
    return [_aimed(st, e) for e in events]


def _aimed(st: DocState, e: EventRecord) -> EventRecord:
    target = e["target"]
    if target is None or e["nominal"] or st.actors.get(target, {}).get("group") != CIVILIAN_CLASS:
        return e
    verb = st.doc[e["pred"]]
    if not any(c.dep_ in OBJ and c.pos_ == "PRON" for c in verb.children):
        return e
    for told in reversed(st.done):
        if told["type"] != "PROTEST" or told["sent_start"] >= e["sent_start"]:
            continue
        subj = subject_of(st.doc[told["pred"]])
        mention = st.covered.get(subj.i) if subj is not None else None
        if mention is not None and mention["actor"] == target:
            return {**e, "target": told["actor"]}
    return e
