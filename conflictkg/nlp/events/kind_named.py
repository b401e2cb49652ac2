"""A town named with its kind noun ("the city of Ubaydi", "la ville de Gao"), found again when a
later sentence tells it by that noun alone ("The city fell to coalition forces"): the last place the
sentence before names with the same noun is the one meant, whatever other place it names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from conflictkg.nlp.events.state import DocState

_NAMING = frozenset({"nmod", "appos", "flat:name", "compound"})

PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def has_own_name(st: DocState, tok: Token) -> bool:
    """The kind noun carries a name of its own: "la ville de Gao", "the city of Homs"."""
    of = st.lex.group("of_preps")
    return any(c.dep_ in _NAMING or (c.dep_ == "prep" and c.lower_ in of) for c in tok.children)


def named_with(st: DocState, tok: Token, before: Span | None, place_of: PlaceOf) -> dict[str, Any] | None:
    """The last place the sentence ``before`` names with the lemma of ``tok`` ("the city of X")."""
    if before is None:
        return None
    lemma = tok.lemma_.lower()
    found = [
        p
        for t in before
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and has_own_name(st, t) and (p := place_of(st, t))
    ]
    return {**found[-1], "inferred": True} if found else None
