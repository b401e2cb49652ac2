"""First-level subdivisions (admin1: regions, states, provinces) and the places inside them.

The GeoNames index carries each place's admin1 code ("04"); ``data/places/admin1_names.tsv`` names the
codes of each country ("MLI 04 Mopti"), so a region the text names ("the Mopti region", "Nuevo León")
is a set of places: :func:`contains` tells whether a place lies in a region ("Sévaré" in Mopti), and
:func:`town_in` finds a town inside the region a "Town, Region" pair names ("San Carlos, Cojedes")."""

from __future__ import annotations

import csv
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.geonames import GeoNames, Place, data_dir, distance_km, place_of_row
from conflictkg.model import Location
from conflictkg.textkeys import loose

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer
    from conflictkg.knowledge.place_data import Admin

_CURATED_KM = 30.0  # a place GeoNames lacks (a curated town) is in the admin1 of its nearest town this near
_UNIT_KM = 150.0  # a second-level unit's reach from where it is placed
_SEAT_KM = 1.0  # a subdivision placed at its seat: the town at its very point
_CENTRE_KM = 30.0  # or at its centre: a town this near it lies inside it


@lru_cache(maxsize=1)
def _codes() -> dict[tuple[str, str], frozenset[str]]:
    """(ISO3, loose name) → the GeoNames admin1 codes so named."""
    out: dict[tuple[str, str], set[str]] = {}
    with (data_dir() / "places" / "admin1_names.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and not row[0].startswith("#"):
                out.setdefault((row[0], loose(row[2])), set()).add(row[1])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _countries_by_name() -> dict[str, frozenset[str]]:
    """Loose name → the countries with a first-level region so named (one pass over ``_codes``)."""
    out: dict[str, set[str]] = {}
    for iso3, n in _codes():
        out.setdefault(n, set()).add(iso3)
    return {k: frozenset(v) for k, v in out.items()}


def region_countries(name: str) -> set[str]:
    """The countries with a first-level region so named ("Michoacan", which pycountry spells
    "Michoacán de Ocampo")."""
    return set(_countries_by_name().get(loose(name), ()))


def region_codes(name: str, country: str | None) -> frozenset[str]:
    """The admin1 codes of ``country`` named ``name`` ("Mopti", "Nuevo Leon" ~ "Nuevo León")."""
    return _codes().get((country, loose(name)), frozenset()) if country else frozenset()


def admin_codes(admin: Admin) -> frozenset[str]:
    """The admin1 codes of a first-level subdivision (pycountry's, "MX-NLE")."""
    if not admin.top:
        return frozenset()
    from conflictkg.knowledge.admin_short import admin_short_name

    short = admin_short_name(admin.name, admin.country, admin.top)
    for name in (admin.name, *admin.name.split(" / "), *([short] if short else [])):
        got = region_codes(name, admin.country)
        if got:
            return got
    return frozenset()


def admin_rows(admin: Admin, rows: list[Any], geo: GeoNames) -> list[Any]:
    """Of the towns bearing a subdivision's name, those inside it when its admin1 is known (the
    village "Nuevo León" of Baja California is not where Nuevo León state is)."""
    codes = admin_codes(admin)
    return [r for r in rows if geo.admin1(r[0]) in codes] if codes else rows


def admin_centre(admin: Admin, geo: GeoNames, centres: dict[str, tuple[float, float]]) -> tuple[Any, Any]:
    """Where a subdivision with no namesake town inside it lies: its curated centre, else the median
    point of its GeoNames places; (None, None) when neither is known."""
    if admin.code in centres:
        return centres[admin.code]
    points = [p for c in sorted(admin_codes(admin)) for p in geo.admin1_points(admin.country, c)]
    if not points:
        return None, None
    return round(median(p[0] for p in points), 2), round(median(p[1] for p in points), 2)


def place_code(gaz: Gazetteer, place: Location | Place) -> str | None:
    """The admin1 code of a town: its own (GeoNames), else that of the nearest GeoNames town within
    30 km (a curated town: "Sévaré")."""
    geo: GeoNames = gaz._geo
    if place.geonames_id is not None:
        return geo.admin1(int(place.geonames_id))
    if place.lat is None or place.lon is None or not place.country:
        return None
    row = geo.nearest(place.lat, place.lon, place.country, _CURATED_KM)
    return str(row[7]) if row and row[7] else None


def contains(gaz: Gazetteer, region: Location | Place, place: Location | Place) -> bool:
    """Whether ``place`` lies in ``region``: a country contains its places; a first-level region
    ("Mopti", kind ``region``) the towns of its admin1 ("Sévaré", "Konna")."""
    if region.country is None or region.country != place.country or region.id == place.id:
        return False
    if region.kind == "country":
        return place.kind != "country"
    if region.kind != "region" or place.kind in ("country", "region"):
        return False
    codes = region_codes(region.name, region.country)
    return bool(codes) and place_code(gaz, place) in codes


def town_in(gaz: Gazetteer, town: str, region: str, country: str) -> Place | None:
    """ "San Carlos, Cojedes": the biggest town named ``town`` inside the region named ``region``
    (accents and transliteration folded); None when the region or such a town is unknown."""
    codes = region_codes(region, country) or frozenset(
        c for a in gaz.admins(region, country) for c in admin_codes(a)
    )
    if not codes:
        return None
    geo: GeoNames = gaz._geo
    k = gaz._bare_key(town)  # "Bijapur district": the towns named Bijapur
    rows = [*geo.by_key(k), *(geo.by_key(loose(k), "loose") if len(k) >= 4 else ())]
    inside = [r for r in rows if r[4] == country and geo.admin1(r[0]) in codes]
    return place_of_row(max(inside, key=lambda r: r[5] or 0)) if inside else None


def sole_namesake(gaz: Gazetteer, name: str, hit: Place) -> bool:
    """Whether ``hit`` is the one GeoNames place of its country bearing ``name`` ("Gediz"): a region
    named beside it has no namesakes to tell apart."""
    if hit.geonames_id is None or not hit.country:
        return False
    geo: GeoNames = gaz._geo
    rows = {r[0] for r in geo.by_key(gaz._bare_key(name)) if r[4] == hit.country}
    return rows == {hit.geonames_id}


def outside_region(gaz: Gazetteer, place: Place, wider: Place) -> bool:
    """Whether ``place`` lies in another first-level region of the country than ``wider`` (a region);
    False when either's region is not known."""
    if place.country != wider.country or wider.kind != "region" or place.kind in ("country", "region"):
        return False
    codes = region_codes(wider.name, wider.country) or seat_codes(gaz, wider)
    code = place_code(gaz, place)
    second = not codes and not gaz.is_subdivision(wider.name, wider.country)
    if second and None not in (place.lat, place.lon, wider.lat, wider.lon):
        # a second-level unit ("San Rafael, Bulacan": a province of the Philippines, whose first level
        # is the region): a namesake this far from it lies outside it
        far = distance_km((place.lat or 0.0, place.lon or 0.0), (wider.lat or 0.0, wider.lon or 0.0))
        return far > _UNIT_KM
    return bool(codes) and code is not None and code not in codes


def seat_codes(gaz: Gazetteer, region: Place) -> frozenset[str]:
    """The admin1 code of the town a subdivision is placed at, its namesake seat ("Kasserine"), or of
    the town nearest the centre it is placed at, for a subdivision GeoNames names otherwise ("Al
    Qasrayn")."""
    from conflictkg.knowledge.place_data import admin_centres

    code = region.id.rsplit(":", 1)[1] if region.id.startswith("loc:admin:") else None
    if code is None or region.lat is None or region.lon is None:
        return frozenset()
    geo: GeoNames = gaz._geo
    km = _CENTRE_KM if code in admin_centres() else _SEAT_KM
    row = geo.nearest(region.lat, region.lon, region.country or "", km)
    return frozenset({str(row[7])}) if row and row[7] else frozenset()
