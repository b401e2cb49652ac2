"""A town name misspelt in an article about one country ("à Villeurbane", "in Bordeau"): when no
place bears the name as written, the one town of that country -- never abroad -- whose name (or
alternate name) is one edit away (a letter left out, added, changed, or two swapped) once
transliteration is folded. Only for a capitalised name of ``MIN_LENGTH`` letters or more, at a
similarity of ``MIN_RATIO`` or above, and when one place alone is that near: two places one edit
away leave the name unresolved, and names that share a long ending ("-nagar") but differ in two
letters are other towns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from conflictkg.knowledge.geonames import place_of_row
from conflictkg.textkeys import loose

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer
    from conflictkg.knowledge.geonames import GeoNames, Place

MIN_LENGTH = 6  # shorter names have real towns one letter away everywhere
MIN_RATIO = 90.0  # rapidfuzz ratio of the folded spellings
MAX_EDITS = 1


def misspelt_town(gaz: Gazetteer, name: str, country: str | None) -> Place | None:
    """The town of ``country`` that ``name`` misspells, or None when unsure."""
    text = name.strip()
    if not country or not text[:1].isupper() or any(ch.isdigit() for ch in text):
        return None
    lk = loose(text)
    if len(lk) < MIN_LENGTH:
        return None
    geo: GeoNames = gaz._geo
    keys, places = geo.loose_names(country.upper())
    if not keys:
        return None
    found = process.extract(lk, keys, scorer=fuzz.ratio, score_cutoff=MIN_RATIO, limit=20)
    ids = {places[i] for k, _score, i in found if OSA.distance(lk, k) <= MAX_EDITS}
    row = geo.by_id(next(iter(ids))) if len(ids) == 1 else None
    return place_of_row(row) if row else None


__all__ = ["misspelt_town"]
