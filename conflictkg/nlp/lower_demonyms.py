"""Nationality adjectives the French tagger reads as names: "le président afghan", "le gouvernement
afghan" come out with "afghan" a PROPN, hung on the noun as ``nmod``, so the mention finder takes it
for the country's name and the title noun it qualifies names no one ("le président afghan a condamné
l'attaque" gave no accusation, where "le président malien" gives Mali's).

A name is written with a capital; a lower-case word tagged a name that qualifies the noun right before
it and is a demonym of the knowledge base is that adjective: ``retag_demonyms`` (run by the actors
component before it looks for mentions) tags it ADJ and ``amod`` again, as the parser reads
"malien". So is one the tagger reads as a participle ("des frappes russes": "russer"), hung on the
noun right before it as ``amod`` (round frstyle72)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from conflictkg.knowledge.kb import KnowledgeBase

_MISREAD_DEPS = frozenset({"nmod", "appos", "flat:name", "flat"})


def retag_demonyms(doc: Doc, kb: KnowledgeBase) -> None:
    for t in doc:
        misread = t.pos_ == "PROPN" and t.dep_ in _MISREAD_DEPS
        participle = t.pos_ == "VERB" and t.dep_ == "amod"  # "des frappes russes": a participle of "russer"
        if not (misread or participle) or not t.is_lower or t.i == 0:
            continue
        noun = doc[t.i - 1]
        if t.head.i == noun.i and noun.pos_ == "NOUN" and kb.resolve_demonym(t.text) is not None:
            t.pos_, t.dep_ = "ADJ", "amod"
