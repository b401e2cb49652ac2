"""Held places a fight happens in, not aims at (issue 14): "shelling leaves casualties in areas
controlled by the SDF", "clashes in areas controlled by the SDF in Raqqa". A place-preposition
complement (``place_preps``) of the fight's predicate, of what it aims at, or of a clause under it
that tells no event of its own, is a held place whose holder nlp/events/held_targets.py makes the
target, as it does for the places the predicate aims at. An assault on civilians is not aimed at
whoever holds the place it happens in ("a massacre in areas controlled by X"): fights only."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def held_wheres(st: DocState, pred: Token, aimed: list[Token]) -> list[Token]:
    """The nouns of place-preposition complements under ``pred`` (its objects' too), down to another
    event's predicate."""
    places = st.lex.group("place_preps")
    out = []
    for noun in pred.subtree:
        if noun.dep_ != "pobj" or noun.head.lower_ not in places or noun in aimed:
            continue
        if _under_own_clause(st, noun, pred):
            out.append(noun)
    return out


def _under_own_clause(st: DocState, noun: Token, pred: Token) -> bool:
    """Whether no other event's predicate lies between ``noun`` and ``pred``."""
    for a in noun.ancestors:
        if a.i == pred.i:
            return True
        frame = st.frames.get(a.i)
        if frame is not None and not frame.pred.silent:
            return False
    return False
