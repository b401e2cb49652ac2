"""A town told again by its kind where an event happens: "Government forces have besieged Homs since
May. On Friday troops stormed the city." -- a ground event placed nowhere whose object or place
complement is a definite town noun with no name of its own (town_anaphors: "the city", "la ville";
not "the city of Homs", which its name places) happened at the one place the events of the sentence
before were placed at (town_anaphors.py), even when its own sentence tells a day of its own."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.town_anaphors import town_told_before
from conflictkg.nlp.syntax import OBJ, case_of


def town_object_place(st: DocState, e: EventRecord) -> dict[str, Any] | None:
    """The place the town noun of ``e``'s predicate points back to, else None."""
    for tok in _slots(st, st.doc[e["pred"]]):
        got = town_told_before(st, tok)
        if got is not None:
            return got
    return None


def _slots(st: DocState, pred: Token) -> Iterator[Token]:
    """The predicate's objects and the nouns of its place complements ("stormed the city", "entered
    the town", "dans la ville")."""
    places = st.lex.group("place_preps")
    for c in pred.children:
        if c.dep_ in OBJ:
            yield c
        elif c.dep_ == "prep" and c.lower_ in places:
            yield from (g for g in c.children if g.dep_ == "pobj")
        elif c.pos_ == "NOUN" and case_of(c) in places:
            yield c
