"""Events yet to come: an event noun in the complement of a word of what lies ahead ("arrested 25
activists ahead of a rally", "in the run-up to the protest", "on the eve of the march",
``upcoming_heads``) names an event not held when the sentence's own act is told: it is hypothetical,
as a planned one is (round case83). "After a rally" or "during the protest" tell one that took place."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def upcoming(noun: Token, lex: Lexicon) -> bool:
    """An event noun that is the object of the preposition after an ``upcoming_heads`` word."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    return prep.head.lemma_.lower() in lex.group("upcoming_heads")
