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
    if p.type not in ("FIGHT", "ASSAULT") or tok.tag_ != "VBN" or tok.dep_ in ("acl", "amod"):
        return False
    if has_aux(tok) or any(c.dep_ in AUX_PASS for c in tok.children) or first_child(tok, OBJ) is not None:
        return False
    subj = first_child(tok, SUBJ)
    return subj is not None and _counted(subj)


def _counted(noun: Token) -> bool:
    """ "16 residents", "one soldier", "4": a number heads or counts the noun phrase."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)
