"""A preposition that names a town, never a country: "les rebelles sont entrés à Kidal" (French "à"
before a town, "au"/"en" before a country). A predicate whose ``town_preps`` hold it meets its
``needs_prep`` with that preposition only when the name after it is a settlement in the gazetteer
(``settlement_kinds``): "entrés à Kidal" is a capture, "entrées au Mali" none. The names are looked
up while actors are found (the gazetteer is at hand there) and their roots kept on the doc."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.syntax import OBJ, prep_args

TOWNS_KEY = "ckg_town_names"  # doc.user_data: the root indices of names the gazetteer calls settlements
TOWN_COUNTRIES_KEY = "ckg_town_countries"  # doc.user_data: [root index, ISO3] of those towns
_PLACE_LABELS = frozenset({"LOC", "GPE"})


def mark_towns(doc: Doc, gazetteer: Any, lang: str) -> None:
    """Keep the roots of the place names the gazetteer knows as a village, a town or a city."""
    kinds = shared_words("settlement_kinds")
    towns: set[int] = set()
    countries: list[list[object]] = []
    for ent in doc.ents:
        if ent.label_ in _PLACE_LABELS:
            hit = gazetteer.lookup(ent.text, lang=lang)
            if hit is not None and hit.kind in kinds:
                towns.add(ent.root.i)
                countries += [[ent.root.i, hit.country]] if hit.country else []
    doc.user_data[TOWNS_KEY] = sorted(towns)  # a list: docs cross worker processes as msgpack
    doc.user_data[TOWN_COUNTRIES_KEY] = countries


def marked_town_countries(tokens: Iterable[Token]) -> list[str]:
    """The gazetteer countries of the towns named among ``tokens`` ("contre Tessalit": Mali)."""
    toks = list(tokens)
    if not toks:
        return []
    named = {int(str(i)): str(c) for i, c in toks[0].doc.user_data.get(TOWN_COUNTRIES_KEY, ())}
    return [named[t.i] for t in toks if t.i in named]


def town_prep(tok: Token, preps: tuple[str, ...]) -> bool:
    """Whether a complement of ``tok`` after one of ``preps`` is a town's name, or one of its object's
    ("imposed restrictions in Srinagar": hung on the object)."""
    towns = tok.doc.user_data.get(TOWNS_KEY, ())
    holders = [tok, *(c for c in tok.children if c.dep_ in OBJ)]
    return any(prep in preps and c.i in towns for h in holders for prep, c in prep_args(h))
