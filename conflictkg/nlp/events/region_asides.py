"""A region set off after a town ("à Tessalit, en Kidal", "à Ajaccio, en Corse"): the preposition of
a wider area (lexicon group ``region_preps``) after the comma, where the town had another one, says
where the town lies; it is no second place of a list ("à Gao, à Kidal"), and no second event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import case_of


def region_aside(lex: Lexicon, at: Token, other: Token) -> bool:
    """Whether ``other``, listed after the place ``at``, is only the region ``at`` lies in."""
    wider = lex.group("region_preps")
    if other.i <= at.i or case_of(other) not in wider or case_of(at) in wider:
        return False
    comma = other.left_edge.i - 1  # right after the town's name: "à Gao et en Algérie" is a list
    between = at.doc[at.i + 1 : comma]
    return at.doc[comma].text == "," and all(t.pos_ == "PROPN" or t.is_punct for t in between)
