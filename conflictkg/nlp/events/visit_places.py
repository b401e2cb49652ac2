"""Where a visit goes: "the minister visited Turkey", "a visité la Turquie", "his visit to Uzbekistan",
"sa visite au Mali" (the talks a visit tells are held there: the country visited is both the host and
the place), and "In his first visit to Uzbekistan, the minister met X", "met X during a visit to Kenya"
(what is done during a visit is done where it goes). The verbs and nouns of visiting are the lexicon
group ``visited_place_verbs``, the prepositions of where a visit noun goes ``visit_preps``, those of
the phrase a visit noun makes the time of another act ``visit_time_preps``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args

PlaceNP = Callable[[DocState, Token], "dict[str, Any] | None"]


def visited_place(st: DocState, f: Frame, place_np: PlaceNP) -> dict[str, Any] | None:
    """The place the event's own visit goes to: first of all, as the visit's host is no target there."""
    lex = st.lex
    visits, to = lex.group("visited_place_verbs"), lex.group("visit_preps")
    nouns = [t for t in (f.tok, f.noun) if t is not None and t.pos_ == "NOUN" and t.lemma_.lower() in visits]
    if nouns:  # "his visit to Uzbekistan", "a effectué une visite au Mali"
        return _first_place(st, [c for n in nouns for p, c in prep_args(n) if p in to], place_np)
    if f.nominal or f.noun is not None or f.tok.lemma_.lower() not in visits:
        return None
    return _first_place(st, [c for c in f.tok.children if c.dep_ in OBJ], place_np)  # "visited Turkey"


def visit_place(st: DocState, f: Frame, place_np: PlaceNP) -> dict[str, Any] | None:
    """The place of a visit in a phrase of time of the event's predicate ("during a visit to Kenya")."""
    lex = st.lex
    visits, to = lex.group("visited_place_verbs"), lex.group("visit_preps")
    nouns = [c for p, c in prep_args(f.tok) if p in lex.group("visit_time_preps") and c.lemma_ in visits]
    return _first_place(st, [c for n in nouns for p, c in prep_args(n) if p in to], place_np)


def _first_place(st: DocState, places: list[Token], place_np: PlaceNP) -> dict[str, Any] | None:
    for c in places:
        got = place_np(st, c)
        if got is not None and not got.get("descriptor"):
            return {**got, "inferred": True, "visited": True}
    return None
