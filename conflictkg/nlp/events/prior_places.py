"""The place of an event told as what came before another: "l'Armée d'Arakan s'est emparée de
Maungdaw après des semaines de combats contre la junte", "HTC s'est emparé de Hama après le retrait
des troupes gouvernementales". The fighting and the withdrawal a capture follows happened where the
capture did.

An event noun with no place of its own, of a type of ``prior_event_types``, in a phrase opened by a
preposition of ``prior_event_preps`` ("après"), directly or as the complement of a noun of time
(``duration_nouns``: "après des semaines de combats"), that is hung on the predicate of another event
of the sentence that has a place, takes that place; so does such an event's verb heading a clause the
preposition opens as its conjunction, hung on that predicate ("Fano militiamen took control of Lalibela
after government forces withdrew")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import case_of


def prior_place(st: DocState, e: EventRecord, told: list[EventRecord]) -> dict[str, Any] | None:
    """The place of the event ``e`` is told as coming before, or None."""
    if e["type"].lower() not in st.lex.group("prior_event_types"):
        return None
    pred = st.doc[e["pred"]]
    phrase = _phrase(st, pred) if e["nominal"] else _clause(st, pred)
    if phrase is None:
        return None
    anchor = phrase.head.head if phrase.dep_ == "pobj" else phrase.head  # English: the preposition's head
    for o in told:
        if o is not e and o["pred"] == anchor.i and o["place"] is not None and not o["nominal"]:
            return dict(o["place"])
    return None


def _clause(st: DocState, verb: Token) -> Token | None:
    """The verb itself when it heads an adverbial clause opened by one of ``prior_event_preps`` ("seized
    Lalibela after government forces withdrew"), else None (round case87)."""
    marks = (c for c in verb.children if c.dep_ == "mark" and c.lower_ in st.lex.group("prior_event_preps"))
    return verb if verb.dep_ == "advcl" and next(marks, None) is not None else None


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
