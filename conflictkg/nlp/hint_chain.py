"""A bracketed chain of hints "X (District, Governorate)": the district named first must lie inside the
wider unit named last; a namesake elsewhere in the country is not the one meant."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.knowledge.regions import outside_region, town_in

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place


def inner_hint(gaz: Gazetteer, name: str, first: Place, wider: Place) -> Place:
    """ "An Naqa area (Sahar, Sadah)": the town called Sahar inside Sadah governorate, else the
    governorate itself, when the Sahar found lies in another first-level region of the country;
    ``first`` when it lies inside, or when either's region is not known."""
    if not outside_region(gaz, first, wider) or not wider.country:
        return first
    return town_in(gaz, name, wider.name, wider.country) or wider
