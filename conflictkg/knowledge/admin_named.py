"""A place named with the kind of subdivision it is ("Plateau state", "Parwan province"), or called a
village ("Ngoma village")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from conflictkg.knowledge.place_data import places_lexicon
from conflictkg.textkeys import key

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer
    from conflictkg.knowledge.geonames import Place


def unlike(gaz: Gazetteer, toks: Sequence[str], hit: Place) -> bool:
    """Whether ``hit``, found for the words ``toks`` that end with the kind of place they name, is not
    of that kind: a subdivision elsewhere (``elsewhere``), or a city (≥ 100,000) for a name called a
    village (``village_words``): "Ngoma village" is no Goma, whatever other names the city bears."""
    if toks[-1] in _words("village_words"):
        return hit.kind == "city"
    return toks[-1] in _words("admin_suffixes") and elsewhere(gaz, toks, hit)


@lru_cache(maxsize=4)
def _words(group: str) -> frozenset[str]:
    return frozenset(key(w) for w in places_lexicon().get(group, []))


def elsewhere(gaz: Gazetteer, toks: Sequence[str], hit: Place) -> bool:
    """Whether ``hit``, a town found for the words ``toks`` naming a subdivision ("Plateau state"), lies in
    a country with no subdivision of that name while some country has one (Nigeria's and Benin's
    Plateau): "X state" names the subdivision, never a town "Le Plateau" of Senegal."""
    if gaz.suffix_country(" ".join(toks)) == hit.country:
        return False  # "Donga LGA": Nigeria's, whose LGAs the subdivisions data does not hold
    countries = {a.country for a in gaz.admins(" ".join(toks[:-1]), None, named=True)}
    return bool(countries) and hit.country not in countries


def province_named(gaz: Gazetteer, name: str, country: str | None, hit: Place | None) -> Place | None:
    """ "in Plateau state", "dans la province de X" read as a name and its kind: the subdivision so
    named when ``hit``, the place found for the bare name, lies in a country that has none (Nigeria's
    Plateau state, not the town "Le Plateau" of Senegal); of the note's country first, else the one
    country that has one; None when unsure."""
    tops = [a for a in gaz.admins(name, None, named=True) if a.top]
    if not tops:
        return hit
    if hit is not None and hit.country in {a.country for a in tops}:
        # "in Mopti region", "in Sagaing region": the region itself (placed at its namesake town), not
        # that town; a place that is already one of the country's units stays
        own = [a for a in tops if a.country == hit.country]
        return hit if hit.kind in ("region", "country") else gaz.admin_place(own[0])
    local = [a for a in tops if a.country == country] or (tops if len({a.country for a in tops}) == 1 else [])
    return gaz.admin_place(local[0]) if local else None
