"""The side a place was taken from, in a preposition the parser hung on the place rather than on
the taking verb: "a repris Konna aux islamistes", "ont pris Gao à l'armée malienne", "ont repris
Ménaka à l'armée" ("Ménaka" read as an adverb), "ont repris Kidal à l'armée" ("Kidal" read as a
sentence of its own). The place may be the verb's object, a name read as a complement clause or an
adverb, or a name right after an objectless verb that the parser made a root of its own."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.syntax import OBJ, name_as_complement, prep_args


def _taken_names(verb: Token) -> list[Token]:
    named = [
        c for c in verb.children
        if name_as_complement(c) or ((c.dep_ in OBJ or c.dep_ == "advmod") and c.is_title and c.i > verb.i)
    ]  # fmt: skip
    after = verb.i + 1
    if not any(c.dep_ in OBJ for c in verb.children) and after < len(verb.doc):
        nxt = verb.doc[after]
        if nxt.dep_ == "ROOT" and nxt.head.i == nxt.i and nxt.is_title:  # a root of its own
            named.append(nxt)
    return named


def sides_on_place(verb: Token, preps: tuple[str, ...]) -> list[Token]:
    """The nouns of the ``preps`` phrases hung on the place ``verb`` took."""
    return [c for n in _taken_names(verb) for prep, c in prep_args(n) if prep in preps]
