"""Victims of several nations told together (issue 14): "l'attentat qui avait tué deux Français et un
Américain". An assault is one event on the list of its victims (nlp/events/coordinated_targets.py);
when the civilians coordinated in that list belong to different countries, the victims are of no
one country: ACLED's "Civilians (International)" (the ``foreigners`` class of groups.json), as
"des touristes étrangers" are, not the civilians of the first nation named."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import DocState, EventRecord

_CIVILIANS = "civilians"


def mixed_victims(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with an assault on civilians of several nations listed aimed at foreigners."""
    return [_international(st, e) for e in events]


def _international(st: DocState, e: EventRecord) -> EventRecord:
    target = st.actors.get(e["target"] or "")
    if e["type"] != "ASSAULT" or target is None or target.get("kind") != _CIVILIANS:
        return e
    pred = st.doc[e["pred"]]
    country = target.get("country")
    heads = [t for t in pred.subtree if _nation(st, t) == country and country]
    nations = {country}
    for head in heads:
        nations.update(n for c in head.conjuncts if (n := _nation(st, c)))
    if len(nations - {None}) < 2:
        return e
    return {**e, "target": generic_id(st, "foreigners", st.doc._.country)}


def _nation(st: DocState, tok: Token) -> str | None:
    """The country of the civilians a word names: a nation's people ("deux Français", a demonym
    noun, which the mentions give the state) or its civilians; never the state's name."""
    m = st.covered.get(tok.i)
    actor = st.actors.get(m["actor"]) if m is not None else None
    if actor is None or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if actor.get("kind") == _CIVILIANS or (tok.pos_ == "NOUN" and actor.get("kind") == "state"):
        country = actor.get("country")
        return str(country) if country else None
    return None
