"""A name before the body noun it names: "HTS fighters" (a compound), and "the “Islamic State”
organization", whose quoted name the parser hangs on the noun as a proper-noun modifier (nmod): the
phrase is that organisation, as the subject "The “Islamic State” organization attacked X" is, also
as an object or an 'of' complement ("a raid on a post of the “Islamic State” organization"). A person or a
state so hung names no body ("in the “Putin – Erdogan” area": no one's area), nor does a name after
the noun or with a preposition of its own (a French nmod: "la ville de Bangassou, selon la Minusca").
But a state before a capitalised office noun is the office's state: "The US Secretary of State wants to
help X", where the parser hangs "US" as such a modifier, not as the compound it is elsewhere."""

from __future__ import annotations

from typing import TypeGuard

from spacy.tokens import Token

from conflictkg.nlp.events.state import Mention

_NO_BODY = frozenset({"person", "state"})


def names_body(mention: Mention | None, child: Token) -> TypeGuard[Mention]:
    """Whether ``child``, with its ``mention``, is a name modifying the noun it hangs on."""
    if not mention or mention["demonym"]:
        return False
    if child.dep_ == "compound":
        return True
    before = child.i < child.head.i and not any(c.dep_ == "case" for c in child.children)
    office = mention["kind"] == "state" and child.head.is_title and child.head.pos_ == "PROPN"
    named = mention["kind"] not in _NO_BODY or office
    return child.dep_ == "nmod" and child.pos_ == "PROPN" and before and named
