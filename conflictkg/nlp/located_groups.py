"""Whether a group noun's phrase "in COUNTRY" only tells where the group is ("rebels in Mali",
"protesters in Kenya": the generic group of that country) or the group is characterised otherwise.
A capitalised adjective on the group noun that is no state's demonym ("Kurdish militants in northern
Syria", "ethnic Albanian rebels in Macedonia") qualifies who they are by a people the country does
not stand for: the place then tells where they are, not whose group they are, and no generic group
of that country is read for them, unless the lexicon's generic_groups hold the adjective with the
noun ("Kurdish fighters": armed): the data then says which generic group they are, and the place
gives its country as for any other."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def ethnic_qualifier(t: Token, lex: Lexicon) -> bool:
    """ "Ethnic Albanian rebels": a capitalised adjective (not the sentence's first word) on the noun
    that makes no generic group with it."""
    return any(
        c.dep_ == "amod"
        and c.text[:1].isupper()
        and c.i != c.sent.start
        and f"{c.lower_} {t.lemma_.lower()}" not in lex.generic
        for c in t.children
    )
