"""A place named after a possessive place: "in Basra's Zubair city", "in Anbar's Haditha district".
The possessive names where the place lies; the place is the name and place noun after it (a
``place_nouns`` noun right after capitalised name words), however the parser hangs them: the owner is
no place of its own there (round enloc87). An Arabic article opening the name, which the parser
may read as a conjunction ("al Anbar's Ar Ramadi city"), is part of it (round enloc88)."""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.place_data import places_lexicon
from conflictkg.nlp.events.named_parts import PlaceNP
from conflictkg.nlp.events.state import DocState


@cache
def _articles() -> frozenset[str]:
    """ "al", "el" and the article assimilated before a sun letter ("as", "ash", "ar")."""
    lex = places_lexicon()
    return frozenset({*lex["arabic_articles"], *(f"a{s}" for s in lex["sun_letters"])})


def _name_word(tok: Token) -> bool:
    """A title-case word of a name: a proper noun, or an Arabic article before one ("Ar Ramadi")."""
    if not tok.is_title:
        return False
    if tok.pos_ == "PROPN":
        return True
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.lower_ in _articles() and after is not None and after.pos_ == "PROPN" and after.is_title


def named_place_after(st: DocState, owner: Token) -> Token | None:
    """The place noun of the name right after the possessive ``owner`` and its "'s", else None."""
    doc = owner.doc
    i = owner.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("'s", "’s") or doc[i].head.i != owner.i:
        return None
    j = i + 1
    while j < len(doc) and _name_word(doc[j]) and j - i <= 4:
        j += 1
    if j == i + 1 or j >= len(doc):
        return None
    noun = doc[j]
    return (
        noun if noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in st.lex.place_nouns else None
    )


def owned_place(st: DocState, owner: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """ "teachers in al Anbar's Ar Ramadi city", the parser ending the locative at the possessive:
    the place named after it, in the owner, instead of the owner."""
    named = named_place_after(st, owner)
    if named is None or named.i == owner.i or named in owner.ancestors or depth > 2:
        return None  # "in Delhi's Maujpur area" parsed whole: the place noun's own phrase reads it
    got = place_np(st, named, depth + 1)
    if got is None or got.get("descriptor"):
        return None
    named_owner = " ".join(t.text for t in owner.subtree if t.dep_ != "case")
    return {**got, "alt": got.get("alt") or named_owner, "inferred": True}
