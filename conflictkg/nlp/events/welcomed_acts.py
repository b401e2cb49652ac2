"""An act told with its owner under a verb of support ("France welcomed the Iraqi army's liberation
of Fallujah", "hailed the coalition's capture of Manbij"): the welcome is one event (support of the
owner), the owned capture or attack another, the owner's. Without an owner ("welcomed the
liberation of Mosul"), or for an act of another kind ("welcomed Turkey's support"), the object is
only what is supported, as before."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ

OWNED_TYPES = VIOLENT_TYPES | {"CAPTURE"}


def welcomed_act(st: DocState, tok: Token) -> bool:
    """``tok`` is a capture or attack noun its owner did, the object of a support verb."""
    if tok.dep_ not in OBJ or tok.head.i not in st.frames or st.frames[tok.head.i].pred.type != "SUPPORT":
        return False
    pred = st.lex.nouns.get(tok.lemma_.lower())
    if pred is None or pred.type not in OWNED_TYPES:
        return False
    return any(c.dep_ == "poss" and c.pos_ != "PRON" and np_actor(st, c) is not None for c in tok.children)
