"""A present-tense verb heading an infinitive that the French tagger reads as a noun: "la Turquie
menace de frapper X", "le Mali accepte de négocier" (one word spelt as the noun "menace"). A
lexicon -er verb in a singular present ending right after a name or a singular noun, followed by a
preposition and an infinitive, is the verb (``nlp/present_verbs.py`` gives it its imperfect as
norm); a noun there would take a determiner ("la menace de frapper")."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_POS = frozenset({"PROPN", "NOUN"})


def heads_infinitive(tok: Token) -> bool:
    """ "X menace de frapper": a singular name or noun before, a preposition and an infinitive after."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 2 >= len(doc):
        return False
    before, mark, verb = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2]
    singular = before.pos_ in SUBJECT_POS and "Plur" not in before.morph.get("Number", [])
    return singular and mark.pos_ == "ADP" and "Inf" in verb.morph.get("VerbForm", [])
