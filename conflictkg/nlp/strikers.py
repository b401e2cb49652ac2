"""A state named as who strikes says who, not where: "US warplanes struck Hodeidah", "The United
States struck militants near Jilib" happen abroad, as "Israeli warplanes struck X" does (a demonym
weighs nothing in the article's country already). A state's name that is the subject of an attack
verb (a lexicon verb of a violent type), or a modifier of that subject ("US warplanes", "a US
drone"), is no sign of the article's country; the place struck is then looked up world-wide. So is
a state's name modifying who is struck ("Rebels attack US forces in Qamishli", "an attack on US
forces in Hassakeh"): foreign forces are struck where they are deployed."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.model import VIOLENT_TYPES

_SUBJ = frozenset({"nsubj", "csubj"})
_OBJ = frozenset({"dobj", "obj"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "nn", "poss"})


def named_striker(head: Any) -> bool:
    """``head``, the head of a mention, is who strikes in its clause and a name says whose: the
    state's own name ("The United States struck"), or a name modifying the striker ("US warplanes"
    as one mention, or "US" as the state's beside "warplanes")."""
    # a country's name, not a demonym ("Kyrgyz border guards fired" keeps telling where it happens)
    named = head.pos_ == "PROPN" and head.ent_type_ == "GPE"
    if not named and not any(
        c.pos_ == "PROPN" and c.ent_type_ == "GPE" and c.dep_ in _MODIFIERS for c in head.children
    ):
        return False
    subj = head.head if head.dep_ in _MODIFIERS and head.head.i > head.i else head
    if subj.dep_ not in _SUBJ or subj.head.pos_ not in ("VERB", "AUX"):
        return False
    pred = load_lexicon(head.doc.lang_).verbs.get(subj.head.lemma_.lower())
    return pred is not None and pred.type in VIOLENT_TYPES


def one_side(told: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The actors told, a state's own record left out beside a force of its country ("US
    warplanes": the United States and its military, one actor, not the two sides of a war at home)."""
    forces = {r["country"] for r in told if r.get("kind") != "state"}
    return [r for r in told if r.get("kind") != "state" or r["country"] not in forces]


def named_struck(head: Any) -> bool:
    """``head``, the head of a mention, is a state's name modifying the object of an attack verb or
    the noun of an attack noun's target preposition ("attacked US forces", "an attack on US forces")."""
    if not (head.pos_ == "PROPN" and head.ent_type_ == "GPE" and head.dep_ in _MODIFIERS):
        return False
    struck = head.head
    if struck.i < head.i or struck.pos_ not in ("NOUN", "PROPN"):
        return False
    lex = load_lexicon(head.doc.lang_)
    if struck.dep_ in _OBJ and struck.head.pos_ == "VERB":
        pred = lex.verbs.get(struck.head.lemma_.lower())
    elif struck.dep_ == "pobj" and struck.head.head.pos_ == "NOUN":
        pred = lex.nouns.get(struck.head.head.lemma_.lower())
        if pred is not None and struck.head.lower_ not in pred.target:
            return False  # "an attack from Syria's Manbij": where from, no one struck
    else:
        return False
    return pred is not None and pred.type in VIOLENT_TYPES
