"""Sites: "dans un marché de la province de Helmand" is placed by the place its common noun's "de"
complement names; a country there names whom the site belongs to or stands for ("devant le consulat
de Turquie à Canton", "l'ambassade de France"), not where it is."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args

Resolver = Callable[[DocState, Token], "dict[str, Any] | None"]  # a noun phrase → its place, if any


def site_place(st: DocState, tok: Token, place: Resolver) -> dict[str, Any] | None:
    """The place of the site the common noun ``tok`` names, by its complement naming a place that
    is no country (``place`` reads a noun phrase)."""
    if tok.pos_ != "NOUN":
        return None
    of = st.lex.group("of_preps")
    for prep, c in prep_args(tok):
        got = place(st, c) if prep in of else None
        if got is not None and got.get("kind") != "country":
            return got
    return None
