"""Work done, not force used: "workers demolished a bridge", "a municipal crew dismantled the
kiosks". Property pulled down with no one hit is coercion by who does it: militiamen, soldiers or a
crowd destroying houses coerce; people named by their trade (the lexicon's ``work_crew_nouns``)
doing a demolition verb's work (``demolition_verbs``) are at work, and give no event."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, first_child


def without_work_done(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` less the demolitions with no target done by a work crew."""
    crews, verbs = st.lex.group("work_crew_nouns"), st.lex.group("demolition_verbs")
    return [e for e in events if not (crews and verbs and _work_done(st, e, crews, verbs))]


def _work_done(st: DocState, e: EventRecord, crews: frozenset[str], verbs: frozenset[str]) -> bool:
    if e["type"] != "COERCE" or e["target"] is not None or e["nominal"]:
        return False
    verb = st.doc[e["pred"]]
    if verb.lemma_.lower() not in verbs:
        return False
    subj = first_child(verb, SUBJ)
    return subj is not None and subj.lemma_.lower() in crews
