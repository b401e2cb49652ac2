"""Names that are not where anything happens: what a document or talk is about ("la résolution sur
la Syrie"), a demonym used as a noun, which names people ("un attentat a tué deux Français à
Kaboul": Kabul is the place, "Français" who died; knowledge base demonyms), and the bureau of an office
holder ("stormed the President's Office in Kabul": Kabul is the place; lexicon roles)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.capital_nouns import misread_name as misread_name  # for places.py
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def not_a_place(st: DocState, tok: Token) -> bool:
    """A topic (lexicon topic_preps + topic_nouns) or a people (a demonym as a noun)."""
    return _topic(st, tok) or _people(st, tok) or _role_bureau(st, tok)


def _topic(st: DocState, tok: Token) -> bool:
    head = tok.head.lemma_.lower()
    return case_of(tok) in st.lex.group("topic_preps") and head in st.lex.group("topic_nouns")


def _people(st: DocState, tok: Token) -> bool:
    demonym = st.kb.resolve_demonym(tok.text) is not None
    return demonym and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "amod"


def _role_bureau(st: DocState, tok: Token) -> bool:
    """A name whose possessor is a role ("the Prime Minister's Office"): that holder's bureau."""
    owner = next((c for c in tok.children if c.dep_ in ("poss", "nmod:poss")), None)
    return owner is not None and owner.lemma_.lower() in st.lex.roles
