"""Who holds the hands or the control a place falls into: "aux mains du MNLA", "aux mains des
rebelles du MNLA". The parser may tag the contracted "des" (de + les) of the holder as an article,
so that no preposition is read on it; a noun it hangs on the hand noun is then still the holder."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.syntax import prep_args

NOMINAL = frozenset({"NOUN", "PROPN"})


def holder(hand: Token, of: frozenset[str]) -> Token:
    """The holder named after a hand noun ('main', 'contrôle'); the hand itself when none is."""
    got = next((x for pr, x in prep_args(hand) if pr in of), None)
    if got is not None:
        return got
    # "aux mains des rebelles": "des" read as the article of a noun hung on "mains"
    bare = (c for c in hand.children if c.dep_ == "nmod" and c.pos_ in NOMINAL and c.i > hand.i)
    return next(
        (c for c in bare if any(d.dep_ in ("det", "case") and d.lower_ == "des" for d in c.children)), hand
    )


def complement_args(tok: Token, needed: tuple[str, ...] | frozenset[str]) -> list[tuple[str, Token]]:
    """The (preposition, noun) phrases of the complement nouns an entry needs on the verb ``tok`` ("came
    under attack from suspected militants": 'from' X hangs on 'attack', not on 'came'): who acts stands
    there as in a phrase of the verb (``verb_object`` 'come' 'under', ``noun_complement``, round case88)."""
    return [a for _, c in prep_args(tok) if c.lemma_.lower() in needed for a in prep_args(c)]
