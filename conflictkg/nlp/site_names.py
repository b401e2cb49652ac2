"""Names of sites, no actors (round casemiss87): "A drone struck the Khor Mor gas field". A name NER
gives for an organisation that modifies a facility noun (``facility_nouns``: a refinery, a gas field, a
power plant) as a compound in the phrase it stands in names the facility, which is no party an attack
hits (issue 14: a place or an object is never an actor or a target). A name the knowledge base knows
is read before ("a Hezbollah depot" stays Hezbollah's)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def site_name(lex: Lexicon, toks: Sequence[Token]) -> bool:
    """The name ``toks`` is a facility's: a compound of a facility noun."""
    if not toks:
        return False
    facilities = lex.group("facility_nouns")
    last = toks[-1]
    inside = {t.i for t in toks}
    head = last.head
    while head.i not in inside and head.dep_ == "compound" and head.head.i != head.i:
        head = head.head  # "Khor Mor gas field": past "gas" to "field"
    return (
        last.dep_ == "compound"
        and head.i not in inside
        and head.pos_ == "NOUN"
        and (head.lemma_.lower() in facilities)
    )
