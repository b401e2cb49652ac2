"""A bracketed chain of hints "X (District, Governorate)": the district named first must lie inside the
wider unit named last; a namesake elsewhere in the country is not the one meant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.knowledge.geonames import distance_km
from conflictkg.knowledge.regions import place_code, region_codes, town_in

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place


_UNIT_KM = 150.0  # a second-level unit's reach from where it is placed


def _outside(gaz: Gazetteer, place: Place, wider: Place) -> bool:
    """Whether ``place`` lies in another first-level region of the country than ``wider`` (a region);
    False when either's region is not known."""
    if place.country != wider.country or wider.kind != "region" or place.kind in ("country", "region"):
        return False
    codes = region_codes(wider.name, wider.country)
    code = place_code(gaz, place)
    second = not codes and not gaz.is_subdivision(wider.name, wider.country)
    if second and None not in (place.lat, place.lon, wider.lat, wider.lon):
        # a second-level unit ("San Rafael, Bulacan": a province of the Philippines, whose first level
        # is the region): a namesake this far from it lies outside it
        far = distance_km((place.lat or 0.0, place.lon or 0.0), (wider.lat or 0.0, wider.lon or 0.0))
        return far > _UNIT_KM
    return bool(codes) and code is not None and code not in codes


def inner_hint(gaz: Gazetteer, name: str, first: Place, wider: Place) -> Place:
    """ "An Naqa area (Sahar, Sadah)": the town called Sahar inside Sadah governorate, else the
    governorate itself, when the Sahar found lies in another first-level region of the country;
    ``first`` when it lies inside, or when either's region is not known."""
    if not _outside(gaz, first, wider) or not wider.country:
        return first
    return town_in(gaz, name, wider.name, wider.country) or wider
