"""Kin who protest: "les familles des otages ont manifesté", "les collègues et les proches des
otages se sont rassemblés devant la présidence pour exiger leur libération". People named by their
tie to someone (kin_nouns) are never those they are kin to; gathered to protest, they are the
protesters of the article's country, as ACLED names a crowd it knows nothing more of. So are a
people named by its plural name only ("100 Kurds demonstrated", nlp/events/people_protests.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.people_protests import people_heads
from conflictkg.nlp.events.state import Actor, DocState


def kin_heads(st: DocState, subj: Token) -> bool:
    """Every head of the subject (it and its conjuncts) is a kin noun."""
    kin = st.lex.group("kin_nouns")
    heads = [subj, *subj.conjuncts]
    return all(h.pos_ == "NOUN" and h.lemma_.lower() in kin for h in heads)


def kin_protesters(st: DocState, subj: Token, p: Predicate) -> Actor | None:
    """The protesters of the article's country when kin or a people make up the subject of a protest."""
    if p.type != "PROTEST" or not (kin_heads(st, subj) or people_heads(st, subj)):
        return None
    return (generic_id(st, "protesters", st.doc._.country), 0.6, None)
