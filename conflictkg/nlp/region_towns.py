"""A town named with its first-level region ("San Carlos, Cojedes", "Benito Juarez, Nuevo Leon"), the
way ACLED notes and wire copy place small towns: the town inside that region, never a namesake in
another one; a town the gazetteer does not hold there is placed where the region is."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.regions import (
    contains,
    place_code,
    region_codes,
    region_countries,
    sole_namesake,
    town_in,
)
from conflictkg.nlp.place_checks import described_at
from conflictkg.textkeys import key

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place
    from conflictkg.model import Location


def region_town(gaz: Gazetteer, ref: dict[str, Any], country: str | None, lang: str) -> Location | None:
    """The place of "Town, Region" when the hint is the name of one country's first-level region:
    the biggest town so named inside it (accents folded), else the town as written placed at the
    region (only when the hint is the one wider unit named); None when the ordinary lookup already
    finds a place inside that region or the one place of the country so named (the region only tells
    namesakes apart), or when the hint names no region of the article's country."""
    name, region = ref["name"], ref["alt"]
    # the article's country's region, never a namesake region abroad ("Panama City (Bella Vista)")
    named = gaz.countries_of_name(region) or region_countries(region)
    owners = [c for c in ({country} if country else named) if region_codes(region, c)]
    if len(owners) != 1:
        return None
    iso3 = owners[0]
    admins = [a for a in gaz.admins(region, iso3) if a.top]
    if not admins:  # a region pycountry spells otherwise ("Coahuila de Zaragoza"): its town, if any
        town = town_in(gaz, name, region, iso3)
        return town.to_location() if town is not None else None
    area = gaz.admin_place(admins[0])
    hit = gaz.lookup(name, iso3, lang)
    if (
        hit is not None
        and hit.country == iso3
        and (hit.kind in ("country", "region") or place_code(gaz, hit) is None)
    ):
        return None  # a unit of its own, or a place whose admin1 is not known (a curated district)
    abroad = hit is not None and hit.country != iso3 and hit.kind != "country"  # "Salvador, Bahia": no state
    if hit is not None and (abroad or contains(gaz, area, hit) or sole_namesake(gaz, name, hit)):
        return None  # the ordinary rules (a town abroad), or the one town so named ("Gediz, Istanbul")
    town = town_in(gaz, name, region, iso3)
    if town is not None:
        return town.to_location()
    if ref.get("alt2"):
        return None  # a finer hint first ("X (District, Region)"): the ordinary rules
    return described_at(name, ref.get("kind"), area) if area.lat is not None else None


def wide_unit(gaz: Gazetteer, ref: dict[str, Any], country: str | None, hit: Place) -> bool:
    """Whether ``name``, found as ``hit``, is a unit wider than a town: a first-level subdivision of the
    country ("Pernambuco"), a name ending in a kind of unit ("Sangin district"), a region the curated
    places hold ("the Amhara region", which pycountry spells otherwise) or the country itself: a town
    the clause also names inside it is the finer place ("near Debre Markos in the Amhara region",
    "in his car near Tyre in southern Lebanon"); a region or country only when the town is named first
    (not "in Wadi Barada near Damascus")."""
    name, town = ref["name"], ref.get("fallback") or {}
    if town.get("owner"):
        return False  # "Kandahar's Zhari district": the possessive is the wider place, not a finer one
    if gaz.is_subdivision(name, country) or gaz.unit_named(name):
        return True
    start = ref.get("start", 0)
    return hit.kind in ("region", "country") and town.get("start", start) < start


def finer_than(gaz: Gazetteer, ref: dict[str, Any], hit: Place, finer: Location | None) -> bool:
    """Whether the clause's other place ``finer`` (found for the wide unit ``hit`` that ``ref`` names)
    is the finer place: a known place of that country, not a town that bears the unit's name, and not
    the country itself ("En Colombie, ... dans le département d'Arauca": the department, not Colombia;
    "En Birmanie, ... dans l'État de Sagaing": Sagaing)."""
    if finer is None or finer.country != hit.country or finer.kind == "country":
        return False
    town = key(hit.name) == key(ref["name"]) and hit.kind not in ("region", "country")
    return bool(finer.geonames_id or gaz.curated_named(finer.name)) and not town
