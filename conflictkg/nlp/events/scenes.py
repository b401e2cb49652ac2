"""A place where an event happens, told as the subject of a scene verb or noun (``scene_verbs``,
``scene_nouns``): "Le Togo a connu des affrontements entre X et Y", "La Syrie a connu de violents
combats", "Kidal a été le théâtre de combats", "Idlib witnessed fighting between X and Y". The event
noun (the verb's object, or the noun's 'de'/'of' complement) is the event, its sides from
"entre"/"between" or else unnamed; the place is where it happens, never a side. A subject that is no
place keeps its part ("the army saw fierce fighting")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args

PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def scene_holder(st: DocState, noun: Token) -> Token | None:
    """The scene verb whose object is ``noun``, or the scene noun whose 'de'/'of' complement it is."""
    lex, head = st.lex, noun.head
    if noun.dep_ in OBJ and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in lex.group("scene_verbs"):
        return head
    of = lex.group("of_preps")
    for h in (head, head.head):  # "le théâtre de combats": "de X" on the noun, or "the scene of X"
        linked = (h.i == head.i and noun.dep_ == "nmod") or noun in [c for p, c in prep_args(h) if p in of]
        if linked and h.i != noun.i and h.lemma_.lower() in lex.group("scene_nouns"):
            return h
    return None


def scene_subject(st: DocState, noun: Token, place_np: PlaceOf) -> Token | None:
    """The subject of the scene verb or noun of ``noun`` when it is a place; None else."""
    holder = scene_holder(st, noun)
    if holder is None:
        return None
    # the copula's subject, on the noun ("Kidal a été le théâtre") or on the verb ("was the scene")
    subj = first_child(holder, SUBJ) or (first_child(holder.head, SUBJ) if holder.dep_ == "attr" else None)
    if subj is None or (subj.i in st.covered and st.covered[subj.i]["kind"] != "state"):
        return None
    return subj if place_np(st, subj) is not None else None


def scene_place(st: DocState, noun: Token, place_np: PlaceOf) -> dict[str, Any] | None:
    """Where the event noun ``noun`` happens when a scene verb's place subject tells it."""
    subj = scene_subject(st, noun, place_np)
    return place_np(st, subj) if subj is not None else None


def scene_between(st: DocState, noun: Token, between: frozenset[str]) -> list[Token]:
    """ "Kidal a été le théâtre de combats entre X et Y": the sides the parser hangs on the scene noun."""
    holder = scene_holder(st, noun)
    if holder is None or holder.pos_ in ("VERB", "AUX"):
        return []
    return [c for p, c in prep_args(holder) if p in between and c.conjuncts][:1]
