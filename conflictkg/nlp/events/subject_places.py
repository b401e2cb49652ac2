"""Where the actors of a clause are: the place a subject's phrase names is where they act."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ


def shared_subjects(tok: Token) -> list[Token]:
    """ "residents burnt tyres and shot arrows": a conjoined verb with no subject shares its head's."""
    if tok.dep_ != "conj" or any(c.dep_ in SUBJ for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in SUBJ]


def dwellers_of(st: DocState, node: Token, prep: str) -> bool:
    """ "residents of Jen", "villagers of X": the "of" complement of a dweller noun is where they live."""
    return prep in st.lex.group("of_preps") and node.lemma_.lower() in st.lex.group("dweller_nouns")


def escape_verb(st: DocState, verb: Token) -> bool:
    """ "échapper à", or a verb with the word that makes it one ("sortir indemne de"); or a verb of
    suffering an attack ("est tombé dans une embuscade", "a essuyé des tirs": ``suffer_verbs``)."""
    escapes = st.lex.group("escape_verbs") | st.lex.group("suffer_verbs")
    lemma = verb.lemma_.lower()
    return lemma in escapes or any(f"{lemma} {c.lower_}" in escapes for c in verb.children)
