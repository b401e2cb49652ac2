"""Whether a group noun's phrase "in COUNTRY" only tells where the group is ("rebels in Mali",
"protesters in Kenya": the generic group of that country) or the group is characterised otherwise.
A capitalised adjective on the group noun that is no state's demonym ("Kurdish militants in northern
Syria", "ethnic Albanian rebels in Macedonia") qualifies who they are by a people the country does
not stand for: the place then tells where they are, not whose group they are, and no generic group
of that country is read for them."""

from __future__ import annotations

from spacy.tokens import Token


def ethnic_qualifier(t: Token) -> bool:
    """ "Kurdish militants": a capitalised adjective (not the sentence's first word) on the noun."""
    return any(c.dep_ == "amod" and c.text[:1].isupper() and c.i != c.sent.start for c in t.children)
