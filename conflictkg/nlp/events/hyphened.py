"""A compound the tokenizer cut at its hyphen ("poste-frontière": "poste", "-", "frontière"): its two
words read as the spaced compound of the lexicon ("poste frontière")."""

from __future__ import annotations

from spacy.tokens import Token


def hyphened(head: Token, other: Token) -> bool:
    """``other`` follows ``head`` across a bare hyphen."""
    doc = head.doc
    return other.i == head.i + 2 and doc[head.i + 1].text == "-" and not doc[head.i].whitespace_
