"""A place inside the region the verb's locative names: "captured the last junta outpost in Paletwa township
in Chin State" is at Paletwa, in Chin State, not at the state. The verb's place is named by a word of a
kind of subdivision (places lexicon ``admin_suffixes``: "state", "region", "province", "oblast") and an
object of the verb holds a locative naming a place of no such word: the object's place is the event's,
the region its hint of where it lies."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.place_data import admin_words
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args

PlaceNP = Callable[[DocState, Token], "dict[str, Any] | None"]


def _regional(got: dict[str, Any]) -> bool:
    words = str(got.get("name", "")).split()
    return len(words) > 1 and words[-1].lower() in admin_words()


def finer_place(st: DocState, verb: Token, got: dict[str, Any], place_np: PlaceNP) -> dict[str, Any] | None:
    """The place a locative of the verb's object names, inside the region ``got`` the verb's locative
    names; None when ``got`` names no region or the object names no place."""
    if got.get("descriptor") or not _regional(got):
        return None
    places = st.lex.group("place_preps")
    for obj in (c for c in verb.children if c.dep_ in OBJ):
        for prep, c in prep_args(obj):
            if prep not in places:
                continue
            inner = place_np(st, c)
            if inner is None or inner.get("descriptor") or _regional(inner) or inner["name"] == got["name"]:
                continue
            return {**inner, "within": got["name"], "country": inner.get("country") or got.get("country")}
    return None
