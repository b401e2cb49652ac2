"""The place an area noun is of: "the outskirts of X", "control over X"; for a noun of a place's
surroundings (``outskirt_words``) also its possessive or the name right before it, as headlines drop
the 'of' ("shelling on Idlib's outskirts", "clashes in Idlib outskirts")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args

CONTROL_PREPS = shared_words("control_preps")
OUTSKIRTS = shared_words("outskirt_words")


def area_owner(st: DocState, tok: Token) -> Token | None:
    """The word naming the place area noun ``tok`` is of, or None."""
    of = st.lex.group("of_preps")
    for prep, c in prep_args(tok):
        if prep in of or prep in CONTROL_PREPS:
            return c
    if tok.lemma_.lower() not in OUTSKIRTS and tok.lower_ not in OUTSKIRTS:
        return None  # "Turkey's control", "its security": no place named by whose they are
    named = (
        c
        for c in tok.children
        if c.pos_ == "PROPN" and (c.dep_ == "poss" or (c.dep_ in ("compound", "nmod") and c.i < tok.i))
    )
    return next(named, None)
