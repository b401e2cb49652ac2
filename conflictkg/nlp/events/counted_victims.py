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
    if p.type not in ("FIGHT", "ASSAULT") or tok.dep_ in ("acl", "amod"):
        return False
    subj = first_child(tok, SUBJ)
    if subj is None or not counted(subj):
        return False
    return bare_participle(tok) or _listed_toll(tok, subj)


def _listed_toll(tok: Token, subj: Token) -> bool:
    """ "Three soldiers killed, two civilians wounded in X": a past form with no auxiliary and no
    object, the tagger's VBD, in a list of tolls whose next counted item has a bare participle."""
    if tok.tag_ != "VBD" or has_aux(tok) or first_child(tok, OBJ) is not None:
        return False
    listed = (c for c in subj.children if c.dep_ in ("appos", "conj") and counted(c))
    return any(bare_participle(v) for c in listed for v in c.children if v.dep_ == "acl")


def bare_participle(tok: Token) -> bool:
    """A past participle with no auxiliary and no object: a headline's reduced passive."""
    if tok.tag_ != "VBN" or has_aux(tok) or any(c.dep_ in AUX_PASS for c in tok.children):
        return False
    return first_child(tok, OBJ) is None


def counted(noun: Token) -> bool:
    """ "16 residents", "one soldier", "4": a number heads or counts the noun phrase."""
    return noun.like_num or any(c.dep_ == "nummod" for c in noun.children)
