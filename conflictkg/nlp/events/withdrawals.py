"""Whom a promised withdrawal is made to: "X said it was ready to pull its troops out of Y",
"the UN will pull its monitors out of X". PLOVER codes such a promise (AGREE) as aimed at the
state withdrawn from (AGREE feeds neither SUPPORTS nor OPPOSES). The withdrawal verb's place argument (its
object_prep, on the verb or on the forces it moves) naming a state is that target. The withdrawal
itself keeps none: leaving a state is no act against it (the derived OPPOSES reads RETREAT)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args


def left_state(st: DocState, tok: Token, actor: str) -> str | None:
    """The state a withdrawal at ``tok`` leaves (never its own actor), or None. A state only: the
    forces of one ("ses troupes du Mali" may read as Mali's troops) are never left."""
    f = st.frames.get(tok.i)
    if f is None or f.pred.type != "RETREAT" or not f.pred.object_prep:
        return None
    for h in (tok, *(c for c in tok.children if c.dep_ in OBJ)):
        for prep, g in prep_args(h):
            got = np_actor(st, g) if prep == f.pred.object_prep else None
            if got is not None and got[0] != actor and st.actors.get(got[0], {}).get("kind") == "state":
                return got[0]
    return None
