"""Prepositions the French tagger misreads: "des agressions envers des journalistes" comes out with
"envers" as a verb or a noun (an ``acl`` or ``advcl`` with the journalists its object), so the attack
noun loses the complement that names whom it hits.

The ``ckg_misread_prepositions`` component (after the parser) gives such a word of the lexicon's
``misread_prepositions`` its preposition reading back: the noun it governed hangs where the word hung
(on a noun as its ``nmod``, on a verb as its ``obl``), and the word is that noun's ``case``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

_OBJECTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj"})


def misread_prepositions(words: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.lower_ not in words or tok.pos_ == "ADP" or tok.head.i == tok.i:
                continue
            noun = next(
                (
                    c
                    for c in tok.children
                    if c.i > tok.i and c.dep_ in _OBJECTS and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if noun is None:
                continue
            head = tok.head
            noun.head, noun.dep_ = head, "nmod" if head.pos_ in ("NOUN", "PROPN") else "obl"
            for c in list(tok.children):
                if c.i != noun.i:
                    c.head = noun
            tok.head, tok.dep_, tok.pos_ = noun, "case", "ADP"
        return doc

    return component
