"""The place of an event told as what came before another: "l'Armée d'Arakan s'est emparée de
Maungdaw après des semaines de combats contre la junte", "HTC s'est emparé de Hama après le retrait
des troupes gouvernementales". The fighting and the withdrawal a capture follows happened where the
capture did.

An event noun with no place of its own, of a type of ``prior_event_types``, in a phrase opened by a
preposition of ``prior_event_preps`` ("après"), directly or as the complement of a noun of time
(``duration_nouns``: "après des semaines de combats"), that is hung on the predicate of another event
of the sentence that has a place, takes that place. The same told as a verb in a clause of time ("Fano
militiamen took control of Lalibela after government forces withdrew") is placed by
``clause_places._time_clause_place``, for any act."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import case_of


def prior_place(st: DocState, e: EventRecord, told: list[EventRecord]) -> dict[str, Any] | None:
    """The place of the event ``e`` is told as coming before, or None."""
    if not e["nominal"] or e["type"].lower() not in st.lex.group("prior_event_types"):
        return None  # a verb in a clause of time: clause_places._time_clause_place
    phrase = _phrase(st, st.doc[e["pred"]])
    if phrase is None:
        return None
    anchor = phrase.head.head if phrase.dep_ == "pobj" else phrase.head  # English: the preposition's head
    for o in told:
        if o is not e and o["pred"] == anchor.i and o["place"] is not None and not o["nominal"]:
            return dict(o["place"])
    return None


def _phrase(st: DocState, noun: Token) -> Token | None:
    """The head of the "après" phrase the event noun opens, or completes as a noun of time's
    complement ("après des semaines de combats"), else None."""
    preps = st.lex.group("prior_event_preps")
    if case_of(noun) in preps:
        return noun
    head = noun.head
    if (
        noun.dep_ == "nmod"
        and head.lemma_.lower() in st.lex.group("duration_nouns")
        and case_of(head) in preps
    ):
        return head
    return None
