"""A town the parser hung on the region written after it ("in Xalapa-Enriquez, Veracruz, teachers
protested": the hyphenated town, read as an organisation, made a modifier of "Veracruz"): the town
is the place and the region its hint, as in "Town, Region" (round enloc89)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import PLACE_ENTS, DocState

_MODIFIER_DEPS = frozenset({"nmod", "compound"})


def town_before(st: DocState, tok: Token) -> Token | None:
    """The head of a name hung on ``tok`` (a place NER found) that ends with a comma right before it."""
    if tok.ent_type_ not in PLACE_ENTS or tok.i < 2:
        return None
    for c in tok.children:
        if c.dep_ not in _MODIFIER_DEPS or c.pos_ != "PROPN" or c.i >= tok.i or c.i in st.covered:
            continue
        end = c.right_edge.i
        comma = end if st.doc[end].text == "," else end + 1  # the parser hangs it on either
        if st.doc[comma].text == "," and comma + 1 == tok.i and c.ent_type_ not in ("", "DATE"):
            return c
    return None
