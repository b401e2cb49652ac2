"""Namesakes far from a hint: whether a place's coordinates say where it is (``centred``), how far
from a hint a town of the name may lie (``far_from``), and a village too far from the place the
clause is set in to be the one meant (``stray_namesake``)."""

from __future__ import annotations

from conflictkg.knowledge.geonames import FOREIGN_MIN_POPULATION, GeoNames, Place, distance_km
from conflictkg.knowledge.place_data import admin_centres
from conflictkg.model import Location
from conflictkg.textkeys import key

_FAR_FROM_HINT_KM = 250.0  # "X, Y": no town so far away from the hint Y is the X meant,
HINT_TOWN = 50_000  # unless a real town: the hint's seat may lie far away ("Maraba, Para")
_PART_KM = 50.0  # a part of a real city ("Guama neighborhood" of Belém) lies this near it


def _code(place: Place | Location) -> str | None:
    return place.id.rsplit(":", 1)[1] if place.id.startswith("loc:admin:") else None


def centred(geo: GeoNames, place: Place) -> bool:
    """Whether a place's coordinates say where it is: a town's do; a subdivision's when they are
    its centre (``admin_centres.tsv``) or those of its namesake town when that town is a real city,
    its seat ("Donetsk"; not "Sonora"); a country's or a curated region's centre does not."""
    code = _code(place)
    if code is None:
        return place.id.startswith("loc:gn:")  # a country's centre, a curated region: no
    if code in admin_centres():
        return True
    k = key(place.name)
    # the seat bears the name itself: Belém, once "Pará", is no namesake of the state of Pará
    rows = [r for r in geo.by_key(k) if r[4] == place.country and key(r[1]) == k]
    return any((r[5] or 0) >= FOREIGN_MIN_POPULATION for r in rows)


def far_from(near: Place) -> float:
    """How far from the hint a town of the name may lie: twice as far from a province's centre,
    which stands for all of it ("Bijapur, Chhattisgarh": 300 km from the state's centre)."""
    code = _code(near)
    return _FAR_FROM_HINT_KM * (2 if code is not None and code in admin_centres() else 1)


def stray_namesake(hit: Place, other: Location, part: bool = False) -> bool:
    """ "In Acapulco, Guerrero, gunmen shot a shopkeeper in Colonia Libertad": a village or small town
    (< 50,000) over 250 km from the place the clause is set in, in its country, is a namesake;
    the place meant is a part of that one the gazetteer lacks (a neighbourhood). A place written as
    a part of a town (``part``: "in Vila Mariana neighborhood", after "In Sinop, Mato Grosso") is
    one whatever the size of a far namesake (São Paulo's Vila Mariana)."""
    if part and _part_of_city(hit, other):
        return True
    big = hit.population is None or (hit.population >= HINT_TOWN and not part)
    if big or hit.country != other.country:
        return False
    if (code := _code(other)) is not None and code in admin_centres():
        return False  # a province's centre ("Helmand"): its villages may lie far from it
    if None in (hit.lat, hit.lon, other.lat, other.lon):
        return False
    far = distance_km((hit.lat or 0.0, hit.lon or 0.0), (other.lat or 0.0, other.lon or 0.0))
    return far > _FAR_FROM_HINT_KM


def _part_of_city(hit: Place, city: Location) -> bool:
    """ "In Belem, Para, ... in Guama neighborhood": a part of a city (a GeoNames one, >= 100,000) lies
    near it; a place of its country so named over 50 km away, or a whole region, is a namesake."""
    if (
        city.geonames_id is None
        or city.kind != "city"
        or hit.kind == "country"
        or None in (hit.lat, hit.lon, city.lat, city.lon)
    ):
        return False
    if hit.country != city.country:
        return False  # a namesake abroad: the city itself (the extractor's rule for it)
    if hit.kind == "region":
        return True
    return distance_km((hit.lat or 0.0, hit.lon or 0.0), (city.lat or 0.0, city.lon or 0.0)) > _PART_KM
