"""A place named after a possessive place: "in Basra's Zubair city", "in Anbar's Haditha district".
The possessive names where the place lies; the place is the name and place noun after it (a
``place_nouns`` noun right after capitalised name words), however the parser hangs them: the owner is
no place of its own there (round enloc87)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def named_place_after(st: DocState, owner: Token) -> Token | None:
    """The place noun of the name right after the possessive ``owner`` and its "'s", else None."""
    doc = owner.doc
    i = owner.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("'s", "’s") or doc[i].head.i != owner.i:
        return None
    j = i + 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title and j - i <= 4:
        j += 1
    if j == i + 1 or j >= len(doc):
        return None
    noun = doc[j]
    return (
        noun if noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in st.lex.place_nouns else None
    )
