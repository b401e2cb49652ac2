"""A named part of a place ("the Sheikh Jarrah neighbourhood of East Jerusalem", "the Kadikoy district
of Istanbul", "le quartier Bab Amr de Homs", "the Galgaduud region of central Somalia", its name maybe read as
an adjective): the event is at the part, the smaller unit, placed inside
the place its "of" complement names, not at that place (English; the French parse hangs "de Homs" on
the name, which places it at Homs already). The part's noun is one of ``city_part_nouns``
or ``named_part_nouns`` (shared.json); the part's name stands before it or beside it, never behind a
preposition ("le quartier de Bab Amr" is the part itself, read as any "the town of X"). A capital
named before the noun ("the Damascus suburb of Darayya", "the Baghdad district of Karrada") is the
place the part lies in, and the "of" name the part."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import PLACE_ENTS, DocState
from conflictkg.nlp.syntax import case_of, prep_args

_PARTS = shared_words("city_part_nouns") | shared_words("named_part_nouns")
_OF = shared_words("french_of_preps")
_NAME_DEPS = ("compound", "appos", "flat", "flat:name", "nmod")

PlaceNP = Callable[[DocState, Token, int], "dict[str, Any] | None"]


def proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word of a place name read as a noun ("la base de Camp Bastion")."""
    return tok.pos_ == "PROPN" or (tok.is_title and tok.ent_type_ in PLACE_ENTS)


def named_part(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """The part ``tok`` names with its own name, its "of" place as the hint of where it lies
    (``alt``: a known part of that place's country, else the part named as written, at that place)."""
    if tok.lemma_.lower() not in _PARTS:
        return None
    of = st.lex.group("of_preps") | _OF
    outer = next((c for prep, c in prep_args(tok) if prep in of and proper(c)), None)
    if outer is None:
        return None
    name = next(
        (
            c
            for c in tok.children
            if (c.dep_ in _NAME_DEPS or (c.dep_ == "amod" and c.i < tok.i))
            and c.i != outer.i
            and case_of(c) is None
            and proper(c)
        ),
        None,
    )
    if name is None:
        return None
    if _stands_for_a_state(st, name):  # "the Damascus suburb of Darayya": Darayya, by Damascus
        name, outer = outer, name
    part, container = place_np(st, name, depth + 1), place_np(st, outer, depth + 1)
    if part is None or container is None or container.get("descriptor") or part.get("descriptor"):
        return None
    part["alt"] = part.get("alt") or container["name"]
    part["kind"] = part.get("kind") or st.lex.place_nouns.get(tok.lemma_.lower(), "district")
    return part


def _stands_for_a_state(st: DocState, tok: Token) -> bool:
    """A capital the mentions read as its state ("Damascus" for Syria), named as a modifier."""
    m = st.covered.get(tok.i)
    return m is not None and m["kind"] == "state" and not m["demonym"] and tok.i < tok.head.i
