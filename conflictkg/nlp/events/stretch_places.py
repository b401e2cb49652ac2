"""Stretches: "positions in the zone stretching from Saraqib to Maarat al-Numan", "la zone s'étendant
de X à Y". A noun whose participle of ``stretch_verbs`` ("stretching", "extending") has a ``from_preps``
(or French "de") complement names a stretch of ground that starts at that place: the event is placed
at the first end, as a source codes it, not at the province a later locative names. A stretch whose
participle names no starting place ("stretching for 20 km") is left alone."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState, PlaceResolver
from conflictkg.nlp.syntax import prep_args

STRETCH_VERBS = shared_words("stretch_verbs")
FROM_PREPS = shared_words("from_preps")
FRENCH_FROM = shared_words("french_of_preps")


def stretch_place(st: DocState, tok: Token, place: PlaceResolver) -> dict[str, Any] | None:
    """The place the stretch ``tok`` names starts at, as a place reference; None for any other noun."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    for verb in tok.children:
        if verb.dep_ not in ("acl", "relcl", "acl:relcl") or verb.lemma_.lower() not in STRETCH_VERBS:
            continue
        for prep, c in prep_args(verb):
            if prep in FROM_PREPS or prep in FRENCH_FROM:
                got = place(st, c)
                if got is not None and not got.get("descriptor") and got.get("kind") != "country":
                    return {**got, "inferred": True}
    return None
