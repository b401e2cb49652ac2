"""A town the gazetteer lacks, set off before the region it lies in ("à Robotyne, dans la région de
Zaporijjia"): the town is the place, as written, placed where the region's hint places it, never the
whole region in its stead (an unknown quarter of a city still yields to its city; round enloc89)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer

_REGION_KINDS = ("province", "region")


def town_in_region_aside(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` with its region container as its hint when the gazetteer lacks the town there."""
    within, fb = ref.get("within"), ref.get("fallback") or {}
    if not within or fb.get("kind") not in _REGION_KINDS or ref.get("alt") or ref.get("descriptor"):
        return ref
    countries = gaz.countries_of_name(str(within))
    if len(countries) != 1:
        return ref
    hit = gaz.lookup(str(ref["name"]), next(iter(countries)))
    if hit is not None and hit.country in countries:
        return ref  # a town of that country: the container checks it (nlp/within_towns.py)
    return {**ref, "alt": within, "within": None, "fallback": None}
