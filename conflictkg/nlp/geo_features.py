"""Names of the land itself, never a party (issue 14): "fighting east of the Euphrates", "clashes in the
Qalamoun Mountains", "near Mount Hermon". A name NER found is a geographic feature when its last word is
a feature noun (lexicon ``feature_heads``: river, mountains, desert) or its first word opens one before
a name (``feature_openers``: mount, wadi, jabal), or when it is the noun of the preposition
right after a word of nearness or a compass point (``near_words``: "east of X", "à l'est de X"): a name
measured from is a place, known to the gazetteer or not. A name ending on a noun of an armed unit or a
movement (``unit_name_heads``: "the Wadi Brigade", "the Jabal Akrad Brigade") is that unit, whatever
word opens it."""

from __future__ import annotations

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import Lexicon


def geo_feature(lex: Lexicon, ent: Span, words: list[str]) -> bool:
    """Whether the name ``words`` of ``ent`` names a river, a mountain range, a desert or a place a
    distance or a direction is measured from."""
    if len(words) > 1 and words[-1].lower() in lex.group("unit_name_heads"):
        return False
    if len(words) > 1 and words[-1].lower() in lex.group("feature_heads"):
        return True
    if len(words) > 1 and words[0].lower() in lex.group("feature_openers"):
        return True
    return _measured_from(lex, ent)


def _measured_from(lex: Lexicon, ent: Span) -> bool:
    """ "east of X" (the preposition right after the word, the parser's reading of it aside), "à l'est
    de X" (X hangs on the word)."""
    root, near = ent.root, lex.group("near_words")
    if root.dep_ == "pobj":
        prep = root.head
        return prep.i > 0 and root.doc[prep.i - 1].lower_ in near
    return root.dep_ == "nmod" and root.head.lower_ in near and any(c.dep_ == "case" for c in root.children)
