"""Whose convoy: "gunmen attacked the governor's motorcade", "the convoy of the district chief was
ambushed". An attack on a convoy, a motorcade or an escort (the lexicon's ``escort_nouns``) is aimed
at whom it carries: its possessor, or its 'of' complement."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def escorted(st: DocState, cands: list[Token]) -> list[Token]:
    """Who the escorts among ``cands`` carry ("the governor's motorcade": the governor)."""
    escorts, of = st.lex.group("escort_nouns"), st.lex.group("of_preps")
    out: list[Token] = []
    for c in cands:
        if c.lemma_.lower() not in escorts:
            continue
        out.extend(x for x in c.children if x.dep_ == "poss" and x.pos_ in ("NOUN", "PROPN"))
        out.extend(x for prep, x in prep_args(c) if prep in of)
    return out
