"""The sides of an event noun named after its date: "welcomed the accord on 9 March between
the Kurdistan Regional Government and the Federal Government of Iraq". The parser hangs "between X and Y"
on the date word ("December"), whose phrase it hangs on the noun or on the verb the noun is the
object of; a "between" phrase with coordinated sides on a date word of a phrase on either is the
noun's. A date phrase on the verb of a noun that is its subject is not ("the talks resumed on
Monday between ..." is left to the verb's own sides)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.dates import is_date_word
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args


def dated_between(st: DocState, tok: Token, between: frozenset[str]) -> list[Token]:
    """The first side of a "between X and Y" phrase hung on a date of the noun ``tok`` (or of the
    verb whose object it is)."""
    holders = [tok, tok.head] if tok.dep_ in OBJ and tok.head.i != tok.i else [tok]
    for holder in holders:
        for _, when in prep_args(holder):
            if not is_date_word(st, when):
                continue
            sides = [c for p, c in prep_args(when) if p in between and c.conjuncts]
            if sides:
                return sides[:1]
    return []
