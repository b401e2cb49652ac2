"""Obliques that are no party's phrase: a name the parser hung as an oblique with no preposition (an
object: "a rencontré Barack Obama"), and a counted noun whose "de" complement is a place (a distance:
"à 400 km de Bamako")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def bare_oblique_name(tok: Token) -> bool:
    """A name the parser hung as an oblique though no preposition introduces it: an object."""
    bare = not any(c.dep_ == "case" for c in tok.children)
    return tok.dep_.startswith("obl") and tok.pos_ == "PROPN" and bare


def distance_from_place(st: DocState, c: Token) -> bool:
    """ "à 400 km de Bamako": a counted noun whose "de" complement is a place measures a distance."""
    of = st.lex.group("of_preps")
    counted = c.i not in st.covered and any(x.dep_ == "nummod" for x in c.children)  # mentions are parties
    return counted and any(prep in of and place_np(st, x) is not None for prep, x in prep_args(c))
