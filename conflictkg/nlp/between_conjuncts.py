"""The second side of a "between" phrase the parser hung elsewhere: in "Clashes continue in Damascus
between Jaysh al-Islam and the regime forces" the small English model ends the phrase at "and",
leaving "the regime forces" as the verb's object, so the fight has one side.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only): the noun
of a ``between_preps`` preposition with a coordinating conjunction and no conjunct of its own takes
as its conjunct the noun phrase that starts right after that conjunction, when that phrase hangs
outside the "between" phrase."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_NOUNS

NOUN_TAGS = PENN_NOUNS
LOOSE_DEPS = frozenset({"dobj", "nsubj", "npadvmod", "appos", "dep", "attr", "oprd", "conj"})


def between_conjuncts(doc: Doc, between: frozenset[str]) -> Doc:
    """Each second side of a ``between`` phrase hung outside it made its first side's conjunct."""
    for prep in doc:
        if prep.lower_ not in between:
            continue
        for side in [c for c in prep.children if c.dep_ == "pobj"]:
            other = _stray_side(side)
            if other is not None:
                other.head, other.dep_ = side, "conj"
    return doc


def _stray_side(side: Token) -> Token | None:
    cc = next((c for c in side.children if c.dep_ == "cc" and c.i > side.i), None)
    if cc is None or any(c.dep_ == "conj" for c in side.children) or cc.i + 1 >= len(side.doc):
        return None
    start = side.doc[cc.i + 1]
    # the noun whose phrase starts right after the conjunction, hung outside the "between" phrase
    other = next((t for t in [start, *start.ancestors] if t.tag_ in NOUN_TAGS), None)
    if other is None or other.left_edge.i != start.i or other.dep_ not in LOOSE_DEPS:
        return None
    if other in side.ancestors or side.i in (t.i for t in other.subtree):
        return None
    return other
