"""A bare participle of injury before the noun it qualifies, the noun a verb's or a preposition's
object ("visited the wounded soldiers", "met with injured civilians"), tells the state those people
are in, no attack of its own (``injury_participles``). With an agent or a place of its own ("soldiers
wounded by a mine in X") or qualifying a subject ("two wounded soldiers died") it is still read."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ


def injury_state(st: DocState, tok: Token) -> bool:
    """``tok`` is a bare injury participle qualifying an object ("visited the wounded soldiers")."""
    if tok.dep_ != "amod" or tok.i > tok.head.i or any(True for _ in tok.children):
        return False
    if tok.lemma_.lower() not in st.lex.group("injury_participles"):
        return False
    return tok.head.dep_ in OBJ or tok.head.dep_ == "pobj"
