"""Where an attack noun's name modifier places it: "the Kabul attack killed five", "the Mogadishu
bombing that killed 12", "the Maiduguri ambush" happened at the town named before the noun, and so
did the toll a relative clause on it tells. A country's own name
there ("a US strike") tells the author, not the place; a group's ("the Hamas attack") is no place."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.places import is_place_name, place_np
from conflictkg.nlp.events.state import DocState, Frame

VIOLENT_NOUNS = ("FIGHT", "ASSAULT")
RELATIVE = ("relcl", "acl:relcl")


def compound_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The town a proper-name compound of the attack noun ``f`` (or of the attack noun a relative
    clause ``f`` hangs on) names, when the noun has no other place: a place that is not a whole country."""
    if not f.nominal and f.tok.dep_ in RELATIVE:
        head = st.frames.get(f.tok.head.i)
        f = head if head is not None and head.tok.i == f.tok.head.i else f
    if not f.nominal or f.pred.type not in VIOLENT_NOUNS:
        return None
    noun = f.noun if f.noun is not None else f.tok
    for c in noun.children:
        # a place entity, not any capitalised word ("Grenade explosion": the weapon, not Grenada)
        if c.dep_ != "compound" or c.pos_ != "PROPN" or c.i > noun.i or not is_place_name(st, c):
            continue
        got = place_np(st, c)
        if got is not None and got.get("kind") != "country" and not got.get("descriptor"):
            got["inferred"] = True
            return got
    return None
