"""Violent events that did not happen: a foiled, thwarted, averted or prevented attack is denied ("police
foiled an attack on a church", "l'armée a déjoué un attentat", "an attack averted by the army", "un
attentat déjoué"), a plotted or planned one hypothetical ("a plot to bomb the embassy", "un projet
d'attentat contre X"). Whoever foils it acts (a fight, as ACLED codes a thwarted attack: the verb's own
lexicon entry), the would-be attackers do not: their attack keeps its row, with that modality.

Data: ``foiling_verbs`` (the verb whose object or passive subject, or the participle qualifying the
noun, is the attack; participles the tagger reads as adjectives are listed as written: "foiled") and
``plot_nouns`` (the plan whose complement is the attack, or whose act is told: "le projet d'attentat
visait une église"), per language."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS

_QUALIFIERS = ("amod", "acl")
_COMPLEMENTS = ("nmod", "acl", "pobj", "xcomp")
_SUBJECTS = ("nsubj", "nsubj:pass", "nsubjpass")


def foiled_modality(tok: Token, lex: Lexicon) -> str | None:
    """``denied`` for an attack foiled (or the act of one: "a foiled attack targeted X"), ``hypothetical``
    for one plotted, else None."""
    foiling, plots = lex.group("foiling_verbs"), lex.group("plot_nouns")
    if (tok.dep_ in OBJ or tok.dep_ in SUBJ_PASS) and tok.head.lemma_.lower() in foiling:
        return "denied"
    if _qualified(tok, foiling):
        return "denied"
    if tok.pos_ == "VERB" and any(c.dep_ in _SUBJECTS and _qualified(c, foiling) for c in tok.children):
        return "denied"  # "the foiled attack targeted a church": what it aimed at was not hit
    if tok.pos_ == "VERB" and any(c.dep_ in _SUBJECTS and c.lemma_.lower() in plots for c in tok.children):
        return "hypothetical"  # "le projet d'attentat visait une église": aimed at, not hit
    if tok.dep_ not in _COMPLEMENTS:
        return None
    head = tok.head.head if tok.dep_ == "pobj" else tok.head
    if head.pos_ == "NOUN" and head.lemma_.lower() in plots:
        return "hypothetical"
    return None


def _qualified(tok: Token, foiling: frozenset[str]) -> bool:
    """A noun a participle of foiling qualifies ("a foiled attack", "l'attentat déjoué")."""
    return any(c.dep_ in _QUALIFIERS and {c.lemma_.lower(), c.lower_} & foiling for c in tok.children)
