"""Scare quotes: an event noun set alone between quotation marks ("Assad's “war” on ISIL", "the
“liberation” of the town") is a word the writer quotes without owning it, to doubt that it fits
what it names; the text asserts no such event, so the noun is none (a quoted statement, where the
marks hold a whole clause, is read as usual)."""

from __future__ import annotations

from spacy.tokens import Token


def scare_quoted(noun: Token) -> bool:
    """The noun alone between an opening and a closing quote."""
    doc = noun.doc
    return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote
