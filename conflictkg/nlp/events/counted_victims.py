"""English tolls in telegraphic style: "1 soldier wounded by a machete and 9 villagers injured",
"two policemen killed in Kano". The parser reads the bare participle as the finite verb of its
counted subject, but a counted noun before a participle with no auxiliary and no object is the
participle's patient (a reduced passive, read as one with no agent named): the people hurt, never
the side that hurt them."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.syntax import AUX_PASS, OBJ, SUBJ, first_child, has_aux


def counted_victims(tok: Token, p: Predicate) -> bool:
    """``tok`` is a bare English past participle of a violent predicate whose subject is counted
    ("16 residents injured"): its subject is a victim, not an actor."""
    if p.type not in ("FIGHT", "ASSAULT") or tok.dep_ in ("acl", "amod") or not bare_participle(tok):
        return False
    subj = first_child(tok, SUBJ)
    return subj is not None and counted(subj)


def bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary and no object: a headline's reduced passive."""
    if tok.tag_ != "VBN" or has_aux(tok) or any(c.dep_ in AUX_PASS for c in tok.children):
        return False
    return first_child(tok, OBJ) is None


def counted(noun: Token) -> bool:
    """ "16 residents", "one soldier", "4": a number heads or counts the noun phrase."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)
