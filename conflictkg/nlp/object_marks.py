"""Marking a noun its verb's object: the parser read a French partitive article before it ("des" as a
preposition) and hung the noun as an oblique; the rules that mend such objects share this step."""

from __future__ import annotations

from spacy.tokens import Token


def as_object(noun: Token, articles: frozenset[str]) -> None:
    """Label ``noun`` its verb's object, and a partitive article before it the parser read as a
    preposition ("des" as "case") its determiner."""
    noun.dep_ = "obj"
    for c in noun.children:
        if c.dep_ == "case" and c.i < noun.i and c.lower_ in articles:
            c.dep_, c.pos_ = "det", "DET"
