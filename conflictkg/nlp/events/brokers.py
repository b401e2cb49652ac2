"""Brokers named together: "un cessez-le-feu négocié par Washington et Paris", "a truce brokered by
Qatar and Egypt". A talk verb (CONSULT) as a participle on the thing it produced, its coordinated
agents after the agent preposition, tells who brokered it: each mediates, on one side, and none
talks with the other (round frmiss89). Another participle's agents keep their reading ("the Sharqiya
Army, supported by Ajnad Sharqiya and the 106th Division": both back it)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args

PARTICIPLE_ON_NOUN = frozenset({"acl", "amod"})


def co_brokers(st: DocState, f: Frame) -> bool:
    """The talk verb of ``f`` is a past participle on a noun whose agents ('par X et Y') are
    coordinated."""
    tok: Token = f.tok
    if f.pred.type != "CONSULT":
        return False
    if tok.dep_ not in PARTICIPLE_ON_NOUN or "Part" not in tok.morph.get("VerbForm", []):
        return False
    if tok.head.pos_ not in ("NOUN", "PROPN") or first_child(tok, SUBJ) is not None:
        return False
    agents = st.lex.group("agent_preps")
    return any(prep in agents and c.conjuncts for prep, c in prep_args(tok))
