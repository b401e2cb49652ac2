"""A town told again by its kind: "les rebelles sont entrés dans Kidal. Ils contrôlent désormais la
ville". A definite noun of ``town_anaphors`` with no name of its own ("la ville", not "la ville de
Gao") is the town the sentence before named with that same noun ("the troops entered the city of
Ubaydi. The army stormed the city": Ubaydi, whatever other place that sentence's events had;
kind_named.py), else the one place the events of the sentence before were placed at; with none or
several there, it is no place."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.actors import DEFINITE
from conflictkg.nlp.events.kind_named import has_own_name, named_with
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import determined


def town_told_before(st: DocState, tok: Token) -> dict[str, Any] | None:
    """The place the town noun ``tok`` points back to, else None."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in st.lex.group("town_anaphors"):
        return None
    if not determined(tok, DEFINITE) or has_own_name(st, tok):
        return None
    before = sentence_before(tok.sent)
    if before is None:
        return None
    if (same := named_with(st, tok, before, place_np)) is not None:
        return same
    places = [e["place"] for e in st.done if e["sent_start"] == before.start_char and e["place"] is not None]
    named = {str(p.get("text") or p.get("name") or sorted(p.items())) for p in places}
    return {**places[0], "inferred": True} if len(named) == 1 else None
