"""Leaving an agreement ("the United States withdrew from the deal with Iran", "pulled out of the
treaty") is no retreat from ground but a rejection of the agreement (PLOVER REJECT, CAMEO 12): a
withdrawal whose argument of leaving (the verb's object_prep, or "out of") is an agreement noun
(lexicon group pact_nouns). Its target is the partner the agreement names ("with X"), if any."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args

PARTNER_PREPS = ("with", "avec")


def left_pact(st: DocState, tok: Token) -> Token | None:
    """The agreement noun a withdrawal at ``tok`` leaves, or None."""
    f = st.frames.get(tok.i)
    if f is None or f.pred.type != "RETREAT":
        return None
    preps = {f.pred.object_prep, "out of"} - {None}
    pacts = st.lex.group("pact_nouns")
    return next((g for p, g in prep_args(tok) if p in preps and g.lemma_.lower() in pacts), None)


def pact_partner(st: DocState, tok: Token, pact: Token, actor: str) -> str | None:
    """The other party the agreement names ("the deal with Iran", the parser may hang "with Iran" on
    the verb after the agreement), never the actor itself."""
    args = [*prep_args(pact), *((p, g) for p, g in prep_args(tok) if g.i > pact.i)]
    for prep, g in args:
        got = np_actor(st, g) if prep in PARTNER_PREPS else None
        if got is not None and got[0] != actor:
            return got[0]
    return None
