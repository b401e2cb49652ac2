"""Namesakes ranked by a place the text gives near them: the hint of "X, Y" and the area a note's
actors operate in. Bound as methods of :class:`Gazetteer` (``gaz.nearest_namesake``, ``gaz.in_area``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.knowledge.geonames import Place, distance_km, place_of_row
from conflictkg.knowledge.namesakes import HINT_TOWN, centred, far_from
from conflictkg.knowledge.regions import contains, outside_region, region_codes, town_in
from conflictkg.model import Location, make_id, slug
from conflictkg.textkeys import key, loose

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer

_NEAR_HINT_KM = 100.0  # "X, Y": a town this near the hint Y is the X meant
_AREA_KM = 150.0  # a curated region's reach from its centre ("Donbas": the front line)
# "X, Y" where Y is a town and the seat of its region: a namesake across the region's line this near
# Y may be meant ("Ozerianivka, Luhansk", 104 km off in Donetsk oblast), not one farther ("Bohdanivka,
# Donetsk": not the one 135 km off in Dnipropetrovsk oblast)
_ACROSS_KM = 120.0


def nearest_namesake(gaz: Gazetteer, name: str, hit: Place, near: Place) -> Place | None:
    """ "Orikhove, Luhansk": of the towns of ``hit``'s country so named, the one nearest the hint
    ``near`` when ``hit`` lies far from it (over 100 km); None when every one is over 250 km away
    (the place meant is not in GeoNames). ``hit`` itself for a real town (≥ 50,000) of that very
    name, a region, a curated place."""
    if hit.population is None or hit.lat is None or hit.lon is None:
        return hit
    # a real town of that very name, not one that once bore it ("Shahdadpur"), unless far from a town
    # named as the hint ("Shahpur, Poonch district": not the Shahpur of Karnataka)
    town_hint = near.kind != "region" and near.lat is not None and near.lon is not None
    far = town_hint and _km((near.lat or 0.0, near.lon or 0.0), hit) > far_from(near)
    if hit.population >= HINT_TOWN and gaz.own_key(hit.name) == gaz.own_key(name) and not far:
        return hit
    # "Ezzouhour (Kasserine)": not the Ezzouhour of Sousse, far from it, but the one inside, else an
    # unknown one where the hint is; a town near the hint across the line, or a real town bearing the
    # name ("Apodaca, Jalisco"), may be meant: a note names the region its author thought it in
    real = hit.population >= HINT_TOWN and hit.bears(name)
    near_km = _km((near.lat, near.lon or 0.0), hit) if near.lat is not None else None
    if not real and outside_region(gaz, hit, near) and (near_km is None or near_km > _NEAR_HINT_KM):
        return town_in(gaz, name, near.name, near.country or "")
    if near.lat is None or near.lon is None or not centred(gaz._geo, near):
        return hit
    if near.kind == "region" and contains(gaz, near, hit):
        return hit  # "Taxco in Guerrero state": inside the region named, however far from its centre
    here = (near.lat, near.lon)
    if distance_km(here, (hit.lat, hit.lon)) <= _NEAR_HINT_KM:
        return hit
    k = gaz._bare_key(name)  # "Bijapur district, Chhattisgarh": the towns named Bijapur
    rows = [*gaz._geo.by_key(k), *(gaz._geo.by_key(loose(k), "loose") if len(k) >= 5 else ())]
    cands = [hit, *(place_of_row(r) for r in rows if r[4] == hit.country)]
    # a place only spelt like the name ("Marbat" for "Ar Rubat") is meant only near the hint
    cands = [p for p in cands if _km(here, p) <= _NEAR_HINT_KM or _bears(gaz, p, k)]
    if not cands:
        return None
    region = seat_region(gaz, near)
    if region is not None:
        # "Yasne, Donetsk": the hint names its region too; a namesake outside that region, farther
        # than just across its line, is not meant (none: an unknown one, where the hint is)
        cands = [p for p in cands if _in_region(gaz, p, region) or _km(here, p) <= _ACROSS_KM]
        if not cands:
            return None
    best = min(cands, key=lambda p: distance_km(here, (p.lat or 0.0, p.lon or 0.0)))
    return best if distance_km(here, (best.lat or 0.0, best.lon or 0.0)) <= far_from(near) else None


def _bears(gaz: Gazetteer, p: Place, k: str) -> bool:
    """Whether ``p`` bears the name keyed ``k`` as its own or another name, not only a spelling alike."""
    return any(gaz._bare_key(a) == k for a in (p.name, *p.aliases))


def _km(here: tuple[float, float], p: Place) -> float:
    return distance_km(here, (p.lat or 0.0, p.lon or 0.0))


def _in_region(gaz: Gazetteer, p: Place, region: str) -> bool:
    return p.geonames_id is not None and gaz._geo.admin1(p.geonames_id) == region


def seat_region(gaz: Gazetteer, near: Place) -> str | None:
    """The admin1 code of a hint town that bears the name of the region it lies in ("Donetsk", seat
    of Donetsk oblast; "Kabul"): a "X, Donetsk" note names that region as much as the town."""
    if near.geonames_id is None or not near.country:
        return None
    code = gaz._geo.admin1(near.geonames_id)
    return code if code is not None and code in region_codes(near.name, near.country) else None


def in_area(gaz: Gazetteer, name: str, loc: Location | None, area: Place) -> Location | None:
    """ "The OSCE SMM observed explosions near Serhiivka": the area the note's actors operate in
    (KB ``area``, a curated region) ranks the namesakes of a village: the one nearest its centre
    within 150 km; none, the village found if inside, else the place named as written, in the
    area's country, at the area's centre (``precision="unit"``). A curated place stays, as does a real
    town (>= 50,000) inside the area, or outside it when none of its namesakes is inside and it bears
    the very name written (not "Melitopol" for a "Novooleksandrivka", a name it once bore)."""
    if loc is None or loc.geonames_id is None or loc.country != area.country or area.lat is None:
        return loc
    centre = (area.lat, area.lon or 0.0)
    place = gaz.get(loc.id)
    near = distance_km(centre, (loc.lat or 0.0, loc.lon or 0.0)) <= _AREA_KM  # the found one inside
    big = place is not None and (place.population or 0) >= HINT_TOWN
    if place is None or (big and near):
        return loc
    k = gaz._strip(key(name))
    rows = [*gaz._geo.by_key(k), *(gaz._geo.by_key(loose(k), "loose") if len(k) >= 5 else ())]
    dist = {r[0]: distance_km(centre, (r[2], r[3])) for r in rows if r[4] == loc.country}
    # inside the area, one that bears the name written (as its name or another) first, before one
    # only spelt alike ("Pervomaisk": the town once so named, not a nearer Pervomayskyi village)
    exact = {r[0] for r in gaz._geo.by_key(k)}
    inside = sorted((gid not in exact, d, gid) for gid, d in dist.items() if d <= _AREA_KM)
    if inside:
        row = next(r for r in rows if r[0] == inside[0][2])
        return place_of_row(row).to_location()
    if near or (big and loose(gaz._strip(key(place.name))) == loose(k)):
        return loc
    # the best guess of where it lies: the area's centre, marked as placed only that roughly
    return Location(id=make_id("loc", "described", slug(name), area.id), name=name, kind="place",
                    country=area.country, lat=area.lat, lon=area.lon, precision="unit")  # fmt: skip
