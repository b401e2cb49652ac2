"""A site named by the town it stands in: "près d'un poste de contrôle de Mogadiscio", "sur un monastère
de la région de Sagaing", "dans une mosquée de Maiduguri". A civilian site noun (``town_site_nouns``)
with no place kind of its own whose 'de' complement is a place, directly or after the site's own 'de'
noun ("poste de contrôle", "poste de police"), lies at that place, as "Niamey's stadium" does in
English (possessed_sites.py). A complement that is an organisation or a person ("une école de l'ONU")
names no place; a site is no territory a capture takes ("une école occupée par des soldats": no town
taken, nlp/events/territory_taken.py) (round frmiss87)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.possessed_sites import PlaceOf, owner_place
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def town_site(st: DocState, tok: Token) -> bool:
    """``tok`` is a lower-case civilian site noun that a town's name may complete."""
    return tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in st.lex.group("town_site_nouns")


def located_noun(st: DocState, tok: Token, place_kind: Callable[[DocState, Token], str | None]) -> bool:
    """A common noun that may name where an event is: a place noun, or a civilian site."""
    return place_kind(st, tok) is not None or town_site(st, tok)


def owner_or_town(st: DocState, tok: Token, depth: int, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place of a noun of no place kind: its possessive's ("Niamey's stadium"), or the town in
    the 'de' chain of a civilian site ("une mosquée de Maiduguri")."""
    return owner_place(st, tok, depth, place_np) or town_site_place(st, tok, depth, place_np)


def town_site_place(st: DocState, tok: Token, depth: int, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place the 'de' chain of the civilian site noun ``tok`` names, if any."""
    if not town_site(st, tok):
        return None
    of = st.lex.group("of_preps")
    holders = [tok, *(c for p, c in prep_args(tok) if p in of and c.pos_ == "NOUN" and c.i == tok.i + 2)]
    for holder in holders:
        for prep, c in prep_args(holder):
            if prep not in of or (c.pos_ != "PROPN" and c.lemma_.lower() not in st.lex.place_nouns):
                continue  # "de la région de Sagaing": a place noun with its name
            m = st.covered.get(c.i)
            if m is not None and m["kind"] != "state":
                return None
            got = place_np(st, c, depth + 1)
            if got is not None and not got.get("descriptor"):
                return {**got, "inferred": True}
    return None
