"""Tolls told with their cause in a clause of time: "at least seven people were killed when Russian
artillery shelled Kharkiv", "20 people were killed when a suicide bomber detonated his vest in X". The
agentless passive killing is the toll of the violent act its clause of time (``time_clause_marks``:
"when", "as", "after") tells, and the victims it counts are that act's (round case84), also when the
act names an unarmed body (an aid agency: "three aid workers were shot dead when gunmen attacked their
convoy") as whom it hit: its people killed are its victims."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.clause_authors import CLAUSE_MARK_DEPS, TIME_CLAUSE_DEPS
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ_PASS

UNARMED_BODY_KINDS = frozenset({"ngo"})


def unarmed_body(st: DocState, actor_id: str) -> bool:
    """An organisation that bears no arms (an aid agency)."""
    return st.actors.get(actor_id, {}).get("kind") in UNARMED_BODY_KINDS


def toll_of_clause(st: DocState, toll: Token, act: Token) -> bool:
    """Whether ``toll`` is an agentless passive whose clause of time holds the verb ``act``."""
    deps = {c.dep_ for c in toll.children}
    if not deps & SUBJ_PASS or "agent" in deps:
        return False
    marks = st.lex.group("time_clause_marks")
    told = [toll, *(c for c in toll.children if c.dep_ == "conj")]  # "were killed and 20 wounded when"
    clauses = [c for v in told for c in v.children if c.dep_ in TIME_CLAUSE_DEPS]
    return any(
        act in c.subtree and any(m.dep_ in CLAUSE_MARK_DEPS and m.lower_ in marks for m in c.children)
        for c in clauses
    )
