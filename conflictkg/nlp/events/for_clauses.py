"""A request whose content is a 'for'-infinitive clause with a subject of its own ("called for X to
halt the strikes", "repeated its call for X to withdraw"): the parser hangs it on the verb as an
adverbial clause marked 'for', not as a prepositional object. Its mark meets the request's
needs_prep 'for', and its subject is who is asked to act, the request's target. A bare
to-infinitive complement ("asked X to send troops") meets needs_prep 'infinitive'."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import SUBJ


def for_clause(tok: Token) -> bool:
    """An infinitive clause marked 'for' with a subject of its own ("for X to halt")."""
    return (
        tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and any(c.dep_ in SUBJ for c in tok.children)
    )


def for_clause_marks(tok: Token) -> set[str]:
    """'for' for a 'for'-infinitive clause, 'infinitive' for a bare to-infinitive ("asked X to send")."""
    marks = {"for"} if any(for_clause(c) for c in tok.children) else set()
    infinitives = [c for c in tok.children if c.dep_ == "xcomp"]
    if any(a.lower_ == "to" and a.dep_ == "aux" for c in infinitives for a in c.children):
        marks.add("infinitive")
    return marks


def asked_in_for_clause(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The subject of a request's 'for'-infinitive clause, on its verb or its request noun."""
    if f.pred.type != "REQUEST" or f.pred.embeds != "request":
        return None
    holders = [f.tok] if f.noun is None else [f.tok, f.noun]
    for clause in (c for h in holders for c in h.children if for_clause(c)):
        for s in (c for c in clause.children if c.dep_ in SUBJ):
            got = np_actor(st, s)
            if got is not None and got[0] != actor_id:
                return got
    return None
