"""Whom a refusal defies: "refused to withdraw despite calls from X", "declined to resign despite
pressure by X", "rejected the plan despite X's pressure". A refusal (REJECT) with no target of its
own takes the one whose call, pressure or demand it goes against: the agent ("by"), the source
("from") or the possessor of the noun after a concessive preposition (concessive_preps: "despite")
on the refusing verb or on the act it refuses."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import prep_args


def defied(st: DocState, tok: Token, actor_id: str) -> Actor | None:
    """The first actor who pressed for what the refusal at ``tok`` refuses (see the module): ``tok``
    the refusing verb or the act it refuses; never the actor."""
    if tok.pos_ != "VERB":
        return None
    verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    verbs += [tok.head] if tok.dep_ == "xcomp" else []
    concessive = st.lex.group("concessive_preps")
    whose = st.lex.group("agent_preps") | st.lex.group("source_preps")
    for v in verbs:
        for prep, n in prep_args(v):
            if prep not in concessive or n.pos_ != "NOUN":
                continue
            named = [c for c in n.children if c.dep_ == "poss"]
            named += [c for p, c in prep_args(n) if p in whose]
            for c in named:
                got = np_actor(st, c)
                if got is not None and got[0] != actor_id:
                    return got
    return None
