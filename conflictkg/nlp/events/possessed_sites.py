"""A site named by whose place it is: "gathered in Niamey's main stadium", "at Kabul's airport". A
noun of no place kind with a place name as its possessive is at that place (round case85); a site of an
organisation or a person ("the party's headquarters", "Trump's office") names no place, nor a group
noun's possessive ("a checkpoint of Ghazni's police": whose forces)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.possessed_names import named_place_after
from conflictkg.nlp.events.state import DocState

PlaceOf = Callable[[DocState, Token, int], dict[str, Any] | None]


def owner_place(st: DocState, tok: Token, depth: int, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place whose name is the possessive of the site noun ``tok``, if any."""
    if tok.pos_ != "NOUN" or not tok.is_lower or tok.i in st.covered or tok.lemma_.lower() in st.lex.generic:
        return None  # "Ghazni's police": whose forces, no site
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children):
        return None  # "Syria's Jarablus kills": a name the parser hung on a verb read as a noun
    for c in tok.children:
        if c.dep_ != "poss" or c.pos_ != "PROPN":
            continue
        m = st.covered.get(c.i)
        if m is not None and m["kind"] != "state":
            return None
        named = named_place_after(st, c)  # "in Anbar's Haditha city" the parser misread: Haditha
        got = place_np(st, named if named is not None and named.i != tok.i else c, depth + 1)
        if got is not None:
            got["inferred"] = True
        return got
    return None
