"""The place names a sentence tells before a place with no hint of its own ("in the coastal region of
Guerrero, on the road near Tecpan"): kept on its reference (``regions``), for the gazetteer
to pick the namesake inside a first-level region among them (nlp/region_hints.py; round enloc89)."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.state import PLACE_ENTS, DocState


def with_regions_before(st: DocState, got: dict[str, Any]) -> dict[str, Any]:
    """``got`` with the place names of its sentence before it, when it has no hint."""
    start = got.get("start")
    if got.get("alt") or got.get("kind") == "country" or not isinstance(start, int):
        return got
    tok = st.doc[start]
    if tok.pos_ != "PROPN" and not tok.ent_type_:
        return got  # "the state congress": no town to tell namesakes of
    names = [
        ent.text
        for ent in tok.sent.ents
        if ent.end <= start
        and ent.text not in str(got.get("name"))  # "Colonia" of "Colonia Lomas": its own name
        and ent.label_ in PLACE_ENTS
        and not any(i in st.covered for i in range(ent.start, ent.end))
    ]
    return {**got, "regions": tuple(names)} if names else got
