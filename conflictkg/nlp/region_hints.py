"""A town with no hint of its own after a first-level region its sentence names ("in the region of
the coast of Oaxaca, near Tequisistlan", "in Oaxaca state ... in Tequisistlan"): read as "Town,
Region" (nlp/region_towns.py: the namesake inside the region, else the town where the region is);
with no namesake inside it, not when the gazetteer's town is a city or lies in another country (round
enloc89)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.regions import town_in

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer

_CITY = 100_000  # a town this big is named for itself, whatever region the sentence told before


def told_region(gaz: Gazetteer, ref: dict[str, Any]) -> dict[str, Any]:
    """``ref`` with the first-level region its sentence named before it as its hint."""
    if ref.get("alt") or ref.get("descriptor") or not ref.get("regions"):
        return ref
    fb = str((ref.get("fallback") or {}).get("name") or "")
    if (ref.get("fallback") or {}).get("owner"):
        return ref  # "Kandahar's Qalacha district": the owner stands in (events/place_containers.py)
    if fb and not any(a.top for a in gaz.admins(fb)):
        return ref  # "in Hermosillo, Sonora, ... in Colonia X": the town the clause names frames it
    for region in ref["regions"]:
        admins = [a for a in gaz.admins(str(region)) if a.top]
        if len({a.country for a in admins}) != 1:
            continue
        if town_in(gaz, str(ref["name"]), str(region), admins[0].country) is not None:
            return {**ref, "alt": region}  # "in Zacatecas state ... in Guadalupe": Zacatecas's
        hit = gaz.lookup(str(ref["name"]), admins[0].country)
        if hit is not None and (hit.country != admins[0].country or hit.kind in ("country", "region")):
            return ref
        if hit is not None and (hit.population or 0) >= _CITY:
            return ref
        return {**ref, "alt": region}
    return ref
