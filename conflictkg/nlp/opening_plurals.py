"""Plural nouns the tagger reads as names for their capital: "Rockets struck the airport", opening a
sentence, is tagged a plural proper noun, so it keeps "Rockets" as its lemma and names an actor.

A capitalised word opening a sentence, tagged a proper noun and followed by no other one, whose
singular (its last "s" or "es" cut) is a weapon or a disaster of the lexicon (``weapon_subjects``,
``military_equipment``, ``accident_causes``) is given the tag of a plural common noun: the attribute
ruler and the lemmatizer after it then read the noun ("rocket")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon

PROPER_TAGS = frozenset({"NNP", "NNPS"})
PLURAL_NOUN_TAG = "NNS"
SENTENCE_END_TAG = "."  # Penn's tag of a full stop, "!" and "?"


def plural_nouns(lex: Lexicon) -> frozenset[str]:
    """The singular nouns a misread opening plural may be."""
    return lex.group("weapon_subjects") | lex.group("military_equipment") | lex.group("accident_causes")


def retag_opening_plurals(doc: Doc, nouns: frozenset[str]) -> None:
    """Before the parser: a sentence opens the text or follows a full stop."""
    for tok in doc:
        opening = tok.i == 0 or doc[tok.i - 1].tag_ == SENTENCE_END_TAG
        if opening and _misread_plural(tok, nouns):
            tok.tag_ = PLURAL_NOUN_TAG


def _misread_plural(tok: Token, nouns: frozenset[str]) -> bool:
    if tok.tag_ not in PROPER_TAGS or not tok.is_title or tok.i + 1 >= len(tok.doc):
        return False
    if tok.doc[tok.i + 1].tag_ in PROPER_TAGS:
        return False  # "Rockets Club", a name of two words
    word = tok.lower_
    return word.endswith("s") and (word[:-1] in nouns or (word.endswith("es") and word[:-2] in nouns))
