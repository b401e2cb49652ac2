"""Where people held or stationed at a site are acted on: "ont libéré cent détenus de la prison de
Kidal", "des soldats de la caserne de Gao": the verb's object is "of" a site (a ``place_nouns`` noun
of the ``holding_site_kinds``: a prison, a camp, a military base) whose place is named; the event is
at that place when the clause names no other. A town or a region the object is "of" ("le gouverneur
de la région de Mopti", "des habitants de la ville") says whom the people are, not where they were."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.struck_targets import PlaceOf
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args

HOLDING_SITE_KINDS = shared_words("holding_site_kinds")


def held_site_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place of the holding site the object of the verbal frame ``f`` is "of", or None."""
    if f.nominal:
        return None
    of = st.lex.group("of_preps")
    objects = [c for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    # "une dizaine de soldats de la caserne de Hama": the people counted, one "de" further
    objects += [c for o in objects for prep, c in prep_args(o) if prep in of and not _holding_site(st, c)]
    for site in (c for o in objects for prep, c in prep_args(o) if prep in of and _holding_site(st, c)):
        got = place_np(st, site)
        if got is not None and got.get("kind") != "country":
            got["inferred"] = True
            return got
    return None


def _holding_site(st: DocState, tok: Token) -> bool:
    return tok.pos_ == "NOUN" and st.lex.place_nouns.get(tok.lemma_.lower()) in HOLDING_SITE_KINDS
