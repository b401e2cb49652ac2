"""Events told in a relative clause on an event noun: "the suicide bombing in Quetta that killed 12
policemen", "an attack on a market in Kabul which wounded 20 people". The relative verb names no place of
its own: it is where the noun it qualifies happened, the place of that noun's complement of place
(``place_preps``: "in", "at", "near")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import prep_args


def relative_places(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, an unplaced one told by a relative verb on an event noun placed where
    the noun's complement of place says."""
    out: list[EventRecord] = []
    for e in events:
        tok = st.doc[e["pred"]]
        place = _noun_place(st, tok.head) if e["place"] is None and tok.dep_ == "relcl" else None
        out.append({**e, "place": place} if place is not None else e)
    return out


def _noun_place(st: DocState, noun: Token) -> dict[str, Any] | None:
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in st.lex.nouns:
        return None
    preps = st.lex.group("place_preps")
    return next((got for prep, c in prep_args(noun) if prep in preps and (got := place_np(st, c))), None)
