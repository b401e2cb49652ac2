"""Victims counted by a bare number after a blast: "Bomb kills two in X", "a car bomb killed 12",
"the explosion that killed nine". A charge or its blast (``blast_subjects``) picks no one out: the
number it kills or wounds is people, the civilians of the place (a force noun, "killed three
soldiers", stays those forces). Only a blast subject does this: "the army killed 12" counts no one
known, and "rebels killed two" may be fighters."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.attack_words import antecedent
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, first_child


def blast_counted(st: DocState, verb: Token, objects: list[Token]) -> bool:
    """An object of ``verb`` is a bare number and its subject (or the noun a relative pronoun
    subject stands for) is a charge or a blast."""
    subj = first_child(verb, SUBJ)
    if subj is None or not any(_bare_number(c) for c in objects):
        return False
    subj = antecedent(subj)
    return subj.pos_ in ("NOUN", "PROPN") and subj.lemma_.lower() in st.lex.group("blast_subjects")


def _bare_number(tok: Token) -> bool:
    """ "two", "12": a number heading its phrase, no noun it counts."""
    return tok.pos_ == "NUM" and tok.like_num and not any(c.dep_ == "prep" for c in tok.children)
