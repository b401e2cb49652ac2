"""A place on the edges of the town that frames it (issue 14, round geo75): "the Qalandia refugee
camp in Jerusalem", "the Shufat neighbourhood of Jerusalem" name places GeoNames sets in another
country than the city the clause names (two sides share the city and its edges), or spells another
way ("Qalandiya"). A town of that name, found as written or by a looser spelling anywhere, lying
this near the city is the place meant, in its own country, not an unknown spot of the city's."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.geonames import Place, distance_km
from conflictkg.model import Location

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer

EDGE_KM = 20.0  # a place this near the framing town is of its edges, whichever side of a line


def _near(hit: Place | None, near: Place) -> bool:
    if hit is None or hit.kind in ("country", "region") or near.kind in ("country", "region"):
        return False
    if None in (hit.lat, hit.lon, near.lat, near.lon):
        return False
    return distance_km((hit.lat or 0.0, hit.lon or 0.0), (near.lat or 0.0, near.lon or 0.0)) <= EDGE_KM


def edge_place(gaz: Gazetteer, ref: dict[str, Any], hit: Place | None, near: Place) -> Location | None:
    """The place ``ref["name"]`` means beside ``near`` (the place the clause frames it with), when
    ``hit`` (none, or a place of another country) or the name's match anywhere lies within
    ``EDGE_KM`` of it, whichever country holds it; else None. Not when a wider unit is named too
    ("Rafah (Rafah, North Sinai)": ACLED's hints, Egypt's Rafah) or ``near`` bears the name itself."""
    name = ref["name"]
    if ref.get("alt2") or gaz.names_exactly(name, near):
        return None
    for cand in (hit, gaz.lookup(name)):
        if _near(cand, near) and cand is not None:
            return cand.to_location()
    return None
