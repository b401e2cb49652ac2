"""A site taken near a town is no town taken: "ont occupé une position située aux environs de X",
"a pris un poste près de X". The capture verb's object is a held site (``held_site_nouns``: a
position, a base, a checkpoint) whose only place is a town it lies near, so no control of that town
changes hands; the capture is not coded (the site has no place of its own to hold). A site the
place rules describe ("une base aérienne près de Tripoli": the base, near Tripoli) stays taken."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.clause_places import near_phrase
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, first_child


def site_near_town(st: DocState, f: Frame, place: dict[str, Any] | None) -> bool:
    """True when ``f`` is a capture verb placed at a named town (no site described) whose object is
    a held site, every place in that object's phrase named after a word of nearness ("près de")."""
    if place is None or place.get("descriptor") or f.nominal or f.noun is not None:
        return False
    if f.pred.type != "CAPTURE":
        return False
    obj = first_child(f.tok, OBJ)
    if obj is None or obj.pos_ != "NOUN" or obj.lemma_.lower() not in st.lex.group("held_site_nouns"):
        return False
    places = [t for t in obj.subtree if t.i != obj.i and t.pos_ == "PROPN" and _names_place(st, t)]
    return bool(places) and all(near_phrase(st, t) for t in places)


def _names_place(st: DocState, t: Token) -> bool:
    return place_np(st, t) is not None
