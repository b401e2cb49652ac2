"""The sides of a fight named after its place: "clashes in the countryside of Hama between the
factions and the regime forces". The parser hangs "between X and Y" on the place's noun, not on the
fight noun, which then names no sides; a "between" phrase with coordinated sides (lexicon
``between_preps``) inside a locative phrase of the fight noun (``place_preps``) is the fight's. So is
one the parser hangs on the fire word of an exchange of fire ("des échanges de tirs entre la police
et des gangs": on "tirs"; nlp/events/fire_exchanges.py), or on the scene noun of the fight ("Kidal a été le
théâtre de combats entre X et Y"; nlp/events/scenes.py). So is one the parser hangs on the date of the
noun, on the noun or on the verb it is the object of ("welcomed the agreement on 2 December between
Iraq and the KRG": on "December"; nlp/events/dated_sides.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.dated_sides import dated_between
from conflictkg.nlp.events.fire_exchanges import fire_words
from conflictkg.nlp.events.scenes import scene_between
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.tree import bounded_subtree
from conflictkg.nlp.syntax import prep_args


def placed_between(st: DocState, tok: Token, between: frozenset[str]) -> list[Token]:
    """The first side of a "between X and Y" phrase inside a locative phrase of ``tok``, or inside
    the phrase of the place fought for ("the battle for Aleppo between X and Y": contested_place_preps)."""
    places = st.lex.group("place_preps") | st.lex.group("contested_place_preps")
    for prep, place in prep_args(tok):
        if prep not in places:
            continue
        for node in bounded_subtree(place):
            sides = [c for p, c in prep_args(node) if p in between and c.conjuncts]
            if sides:
                return sides[:1]
    fired = [c for w in fire_words(st, tok) for p, c in prep_args(w) if p in between and c.conjuncts]
    return fired[:1] or scene_between(st, tok, between) or dated_between(st, tok, between)
