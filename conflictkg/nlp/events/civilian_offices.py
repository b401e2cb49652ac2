"""Offices held among civilians ("a village chief", "a community leader"): attacked, their holder is
one of the civilians of the article's country, as ACLED codes them, not the state nor no one; so is
the one met or addressed ("will meet with religious and civic leaders": Civilians (Lebanon))."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState


def civilian_office(st: DocState, tok: Token) -> Actor | None:
    """ "shot dead a village chief": a role noun whose modifier names a civilian community."""
    if tok.lemma_.lower() not in st.lex.roles:
        return None
    civil = st.lex.group("civilian_role_modifiers")
    if not any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in civil for c in tok.children):
        return None
    return (generic_id(st, "civilians", st.doc._.country), 0.55, None)
