"""The article's own place, carried to its ground events that name none: "Gunmen stormed a bank in
Kandahar on Monday. They shot two guards and set the building on fire." -- in an article whose focus
country is named as a place (home_country.py), the one town of that country its first sentence (the
headline or lead) names is where the events of later sentences naming no place at all happened,
unless an event placed in a sentence between tells a finer place of its own (earlier_place). The
first sentence naming two towns apart ("between Toulouse and Lyon") gives none; a quarter named with
its city ("the Karrada district of Baghdad", "Karrada, Baghdad") is the quarter."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conflictkg.model import Location
from conflictkg.nlp.events.datelines import DASHES
from conflictkg.textkeys import haversine_km

_MAX_DATELINE = 10  # words: a town of a few words, its country, a day and month, a dash
_ONE_CITY_KM = 20.0  # a quarter lies this near its city's point

Resolve = Callable[[dict[str, Any]], Location | None]


def lead_told(
    named: dict[int, list[str]], text: str, resolve: Resolve, home: str | None
) -> list[tuple[int, Location]]:
    """``[(start of the first sentence, its one town of the home country)]``, or ``[]``."""
    if home is None or not named:
        return []
    first = min(named)
    found: dict[str, Location] = {}
    for name in named[first]:
        if _dateline(text[first:], name):
            continue
        loc = resolve({"name": name, "kind": None, "near": None, "descriptor": False})
        if loc is not None and loc.country == home and loc.kind != "country":
            found.setdefault(loc.id, loc)
    towns = _finest(list(found.values()))
    return [(first, towns[0])] if len(towns) == 1 else []


def _dateline(sentence: str, name: str) -> bool:
    """``name`` opens a dateline ("Bichkek, Kirghizstan - ..."): where the story is filed from,
    which datelines.py gives to its first sentence only; a country-wide story goes on elsewhere."""
    words = sentence.split()[:_MAX_DATELINE]
    return sentence.startswith(name) and any(w in DASHES for w in words)


def _finest(towns: list[Location]) -> list[Location]:
    """Two towns named within a city's reach of each other are a quarter and its city ("the Karrada
    district of Baghdad", "Karrada, Baghdad", "le quartier de Bab Amr à Homs"): the first named."""
    if len(towns) != 2:
        return towns
    a, b = towns
    if None in (a.lat, a.lon, b.lat, b.lon):
        return towns
    return [a] if haversine_km(a.lat, a.lon, b.lat, b.lon) <= _ONE_CITY_KM else towns  # type: ignore[arg-type]
