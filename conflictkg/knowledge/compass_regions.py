"""The part of a country a compass word names ("northern Iraq", "le nord du Mali", "the east of
Libya"): a region of that country, placed among the country's own towns that lie in that part of it,
not at the country's centre. The words and their bearings are data (``compass_bearings`` in
``data/places/lexicon.toml``); the towns are GeoNames' (the gazetteer's index).

A bearing's side is the outer third of the span of the country's towns (5th to 95th percentile, so
that an island or an enclave far away does not stretch it); the centre ("central Mali") is the middle
third both ways. The region lies at the median town of that part."""

from __future__ import annotations

import statistics
from functools import lru_cache

from conflictkg.knowledge.geonames import GeoNames, Place
from conflictkg.knowledge.place_data import places_lexicon
from conflictkg.textkeys import key

_MIN_TOWNS = 12  # fewer towns than this (a city state, an island) have no parts worth placing apart


@lru_cache(maxsize=1)
def _bearings() -> dict[str, str]:
    return {key(w): str(b) for w, b in places_lexicon().get("compass_bearings", {}).items()}


def has_bearing(word: str) -> bool:
    """Whether ``word`` names a side of a place ("northern", "sud-est"), not just any adjective."""
    return key(word) in _bearings()


def compass_region(geo: GeoNames, written: str, direction: str, hit: Place | None) -> Place | None:
    """The region ``direction`` (a key of the lexicon's directions) names of the country ``hit``;
    ``hit`` itself when it is no country or the word has no bearing ("outskirts of X")."""
    bearing = _bearings().get(direction)
    if hit is None or hit.kind != "country" or not hit.country or bearing is None:
        return hit
    centre = _centre(geo, hit.country, bearing)
    if centre is None:
        return hit
    name = written.strip()
    return Place(
        id=f"loc:region:{hit.country}:{bearing}", name=name, kind="region", country=hit.country,
        lat=centre[0], lon=centre[1], geonames_id=None, aliases=(name,),
    )  # fmt: skip


@lru_cache(maxsize=256)
def _centre(geo: GeoNames, country: str, bearing: str) -> tuple[float, float] | None:
    points = geo.country_points(country)
    if len(points) < _MIN_TOWNS:
        return None
    lat_lo, lat_hi = _span(sorted(p[0] for p in points))
    lon_lo, lon_hi = _span(sorted(p[1] for p in points))

    def side(value: float, lo: float, hi: float, low: str, high: str) -> bool:
        third = (hi - lo) / 3
        if bearing == "C":
            return lo + third <= value <= hi - third
        if high in bearing:
            return value >= hi - third
        return value <= lo + third if low in bearing else True

    kept = [
        p for p in points if side(p[0], lat_lo, lat_hi, "S", "N") and side(p[1], lon_lo, lon_hi, "W", "E")
    ]
    if not kept:
        return None
    return round(statistics.median(a for a, _ in kept), 3), round(statistics.median(o for _, o in kept), 3)


def _span(values: list[float]) -> tuple[float, float]:
    n = len(values)
    return values[int(0.05 * n)], values[min(n - 1, int(0.95 * n))]
