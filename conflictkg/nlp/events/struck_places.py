"""The clause's other places behind a name struck as ground. A name no actor goes by that a verb of
striking ground takes as its object ("Turkish forces shelled Istirahat Al-Saqr on the road M4, west
of Ein Issa area") is the place struck (nlp/place_like.py), a spot the gazetteer often lacks; the
places the clause names besides it then stand behind it, in the order written, so the first the
gazetteer knows places the event; the name still comes first when it is known (round enloc89)."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, Frame


def struck_name(st: DocState, f: Frame, got: dict[str, Any]) -> bool:
    """``got`` is a name NER read as no place, the object (or a conjunct of it) of the event's verb
    of striking ground, with no place noun of its own ("the village of X" is placed by its noun)."""
    start = got.get("start")
    if f.nominal or got.get("kind") or not isinstance(start, int):
        return False
    t = st.doc[start]
    while t.dep_ == "conj" and t.head.dep_ in ("dobj", "conj"):
        t = t.head
    return (
        t.dep_ == "dobj"
        and t.head.i == f.tok.i
        and f.tok.lemma_.lower() in st.lex.group("ground_strike_verbs")
        and st.doc[start].ent_type_ not in PLACE_ENTS
        and st.doc[start].pos_ == "PROPN"
    )


def behind_struck(st: DocState, f: Frame, got: dict[str, Any]) -> dict[str, Any]:
    """``got``, when a struck name, marked so (``struck_name``: the ground its strikers shelled
    together, nlp/events/joint_sides.py) with the clause's other place names as its fallback chain."""
    if not struck_name(st, f, got):
        return got
    refs = []
    for ent in f.tok.sent.ents:
        if ent.label_ not in PLACE_ENTS or ent.start <= got["start"] < ent.end:
            continue
        if any(i in st.covered for i in range(ent.start, ent.end)):
            continue  # a state's name read as its party
        ref = place_np(st, ent.root)
        if ref is not None and ref.get("kind") != "country" and ref.get("start") != got["start"]:
            refs.append({**ref, "inferred": True})
    chain = None
    for ref in reversed(refs):
        chain = {**ref, "fallback": chain} if chain is not None else ref
    if chain is None:
        return {**got, "struck": None, "struck_name": True}
    return {**got, "fallback": got.get("fallback") or chain, "struck": chain, "struck_name": True}


def then_struck(place: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """``other`` (the sentence's first other place), then the places behind a struck name."""
    chain = place.get("struck")
    if not chain:
        return other
    seen = set()
    links = []
    ref: dict[str, Any] | None = other
    while ref is not None:
        links.append(ref)
        seen.add(ref.get("start"))
        ref = ref.get("fallback")
    ref = chain
    while ref is not None:
        if ref.get("start") not in seen:
            links.append(ref)
            seen.add(ref.get("start"))
        ref = ref.get("fallback")
    out: dict[str, Any] | None = None
    for link in reversed(links):
        out = {**link, "fallback": out}
    assert out is not None
    return out
