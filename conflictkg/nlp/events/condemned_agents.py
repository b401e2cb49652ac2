"""Whom a condemnation is aimed at when what it condemns is an act told with its author ("condemned
the killing of civilians by Boko Haram", "denounced the shelling of Aleppo by the regime"): the
author in the object's agent phrase (lexicon group agent_preps), not the act's victims (PLOVER's
target of DISAPPROVE / ACCUSE is the party blamed)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args


def condemned_agent(st: DocState, tok: Token, actor: str) -> str | None:
    """The actor named by the agent phrase of the accusation verb's object, never the accuser."""
    agents = st.lex.group("agent_preps")
    for obj in (c for c in tok.children if c.dep_ in OBJ):
        for prep, g in prep_args(obj):
            got = _np_actor(st, g) if prep in agents else None
            if got is not None and got[0] != actor:
                return got[0]
    return None
