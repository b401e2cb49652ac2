"""The place of an act done on the way somewhere: "Syrian Democratic Forces continue to liberate
territory on the way to Raqqah", "the army advanced along the road to Sirte". A complement of the
predicate opened by a ``route_preps`` word ("on", "along") whose noun is a ``route_nouns`` word
("way", "road") with a ``destination_preps`` complement ("to X") places the event at X, when the
clause names no other place (the caller's last resort). Not for a capture: ground taken on the way
to X is not X taken (a capture's place is where control changed hands)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def route_place(st: DocState, tok: Token, place_of: PlaceOf) -> dict[str, Any] | None:
    """Where the way the predicate ``tok`` is done on leads to, else None."""
    lex = st.lex
    on, ways, to = lex.group("route_preps"), lex.group("route_nouns"), lex.group("destination_preps")
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in on:
            continue
        for way in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in ways):
            for c in way.children:
                if c.dep_ == "prep" and c.lower_ in to:
                    got = next(filter(None, (place_of(st, g) for g in c.children if g.dep_ == "pobj")), None)
                    if got is not None:
                        return {**got, "inferred": True}
    return None
