"""A place said to lie inside a town the text names ("à Kadikoy, à Istanbul", "in Eastleigh, in
Nairobi"): of the places of that country bearing the name, the one nearest the town, when it lies
within ``WITHIN_KM`` of it; none so near, the place named as written, where the town is -- not a
namesake village across the country (or across the sea); the town so named inside the first-level
region the container names, when it is one ("Soudja, dans la région de Koursk": Kursk is the oblast).
A country or a region as the container
("Gao, dans le nord du Mali") places nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.gazetteer import distance_km
from conflictkg.knowledge.regions import town_in
from conflictkg.nlp.place_checks import described_at

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place
    from conflictkg.model import Location

_CONTAINER_KINDS = ("country", "region")
WITHIN_KM = 30.0  # a quarter or suburb of a city lies within its sprawl
CITY = 50_000  # a town with quarters of its own


def within_town(gaz: Gazetteer, ref: dict[str, Any], hit: Place, lang: str) -> Location:
    """``hit``, the place found for ``ref["name"]`` in the country of ``ref["within"]``, checked
    against that container when it is a town."""
    within = ref.get("within")
    if not within or hit.kind in _CONTAINER_KINDS or hit.geonames_id is None:
        return hit.to_location()
    area = gaz.lookup(within, hit.country, lang)
    if area is None or area.kind in _CONTAINER_KINDS or area.lat is None or area.country != hit.country:
        return hit.to_location()
    if (area.population or 0) < CITY:  # "Juina, Mato Grosso": the state, not its namesake village
        return hit.to_location()
    near = gaz.nearest_namesake(ref["name"], hit, area)
    here = (area.lat, area.lon or 0.0)
    if near is not None and distance_km(here, (near.lat or 0.0, near.lon or 0.0)) <= WITHIN_KM:
        return near.to_location()
    inside = town_in(gaz, ref["name"], within, area.country or "")  # "Soudja, dans la région de Koursk"
    if inside is not None:  # a town of the first-level region named so, far from its capital
        return inside.to_location()
    return described_at(ref["name"], ref.get("kind"), area)


__all__ = ["within_town"]
