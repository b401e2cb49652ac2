"""A capital named by its country, not by its own name: "la capitale libyenne", "the Libyan capital",
"capitale de la Libye" → the capital city (words from the places lexicon's ``capital_words`` and
``capital_links``)."""

from __future__ import annotations

from functools import lru_cache

from conflictkg.knowledge.geonames import GeoNames, Place
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.place_data import capital_place, gn_countries, places_lexicon
from conflictkg.textkeys import key


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], frozenset[str]]:
    lex = places_lexicon()
    return (
        frozenset(key(w) for w in lex.get("capital_words", [])),
        frozenset(key(w) for w in lex.get("capital_links", [])),
    )


def capital_of_phrase(geo: GeoNames, k: str, country_keys: dict[str, str]) -> Place | None:
    """The capital a keyed phrase names by its country, or None when it names none."""
    words, links = _words()
    toks = k.split()
    if not any(t in words for t in toks):
        return None
    rest = " ".join(t for t in toks if t not in words and t not in links)
    iso3 = country_keys.get(key(rest))
    if iso3 is None:
        state = KnowledgeBase.load().resolve_demonym(rest)
        iso3 = state.country if state and state.kind == "state" else None
    if iso3 is None:
        return None
    info = gn_countries().get(iso3)
    return capital_place(geo, info["capital"], iso3) if info and info.get("capital") else None


__all__ = ["capital_of_phrase"]
