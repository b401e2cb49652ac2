"""The verb whose means a noun is ("X supported Y with air strikes on Z": the strikes are X's), moved
out of nlp/events/actors.py unchanged."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def instrument_of(st: DocState, tok: Token) -> Token | None:
    """The verb whose means ``tok`` is ("with air strikes", "avec des frappes aériennes")."""
    instr = st.lex.group("instrument_preps")
    if tok.dep_ == "pobj" and tok.head.lower_ in instr and tok.head.head.pos_ == "VERB":
        return tok.head.head
    obl = tok.dep_.startswith("obl") and tok.head.pos_ == "VERB"
    if obl and any(c.dep_ == "case" and c.lower_ in instr for c in tok.children):
        return tok.head
    return None
