"""A bare place name as a sign of a country none of the text's actors is of, weighed against them.

A name points to a country by a subdivision only that country has, or by its one big city so named
(``Gazetteer.countries_of_name``). When the actors the text names are all of other countries, such a
sign must clear a stricter bar than one of their own:

- a subdivision of no town of that name abroad yields to a town bearing the very name in the one
  actors' country that has one: Indian and Pakistani troops firing "in Uri" fire in Kashmir's Uri,
  not in the Swiss canton of Uri (which has no town Uri);
- a city that bears the name only as one of its other names, not as its own one nor a spelling of
  it, is no sign at all: "Taliban fighters attacked a checkpoint in Nawa" is not about Japan, whose
  Naha is also called so. Nor is the place itself found there, while the text gives signs of
  other countries: it is sought in those (``place_checks.signalled_namesake``), else left unplaced;
- a town of a land not speaking Arabic yields to the one place of an Arabic-speaking country the
  text signs that bears its name with the article: "Turkish forces shelled positions near Arima in
  the countryside of Manbij" is Syria's Al 'Arimah, not Trinidad's Arima.

A lone actor's country keeps a foreign subdivision's sign ("US agents in Sonora": Mexico's state):
the subdivision is set aside only when two or more countries' actors are named, none of its own.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from conflictkg.knowledge.article_lands import arabic_lands, has_article
from conflictkg.knowledge.geonames import consonant_skeleton
from conflictkg.textkeys import loose_of_key

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place

TOWN = 5_000  # a namesake town of the subdivision's own country: the subdivision is no stray sign
SHORT = 5  # a name this short is borne, as another name, by many a place: "Nawa", Naha's


def _own_keys(gaz: Gazetteer, name: str) -> tuple[str, str]:
    k = gaz.own_key(name)
    return k, loose_of_key(k)


def actors_namesake(gaz: Gazetteer, name: str, iso3: str, actors: Counter[str]) -> str | None:
    """The one country of the actors holding a place of that very name, when ``iso3`` has the name
    only as a subdivision and the actors, of two countries or more, are none of ``iso3``."""
    if len(actors) < 2 or iso3 in actors or not gaz.admins(name, iso3):
        return None
    k, _ = _own_keys(gaz, name)
    if any(r[4] == iso3 and (r[5] or 0) >= TOWN for r in gaz.rows_keyed(k)):
        return None  # "Geneva": the canton's city, a real town of that very name
    homes = []
    for country in sorted(actors):
        hit = gaz.lookup(name, country)
        if hit is not None and hit.country == country and hit.kind != "country" and hit.bears(name):
            homes.append(country)
    return homes[0] if len(homes) == 1 else None


def article_sign(gaz: Gazetteer, name: str, iso3: str, actors: Counter[str]) -> str | None:
    """The one Arabic-speaking country of the actors holding a place that bears the name with the
    Arabic article, when ``iso3``, none of theirs, speaks none ("Arima" beside the regime forces)."""
    if not actors or iso3 in actors or iso3 in arabic_lands() or has_article(name):
        return None
    hit = gaz.country_place(iso3)
    if hit is None:
        return None
    got = article_namesake(gaz, name, hit, actors)
    return got.country if got is not None else None


def alias_only(gaz: Gazetteer, name: str, iso3: str, actors: Counter[str]) -> bool:
    """Whether a short name points to ``iso3`` only by a place that bears it as another name, while
    the text's actors are all of other countries."""
    if not actors or iso3 in actors or gaz.admins(name, iso3):
        return False
    k, lk = _own_keys(gaz, name)
    rows = [r for r in gaz.rows_keyed(k) if r[4] == iso3]
    return len(k) <= SHORT and bool(rows) and not any(_spelt_so(gaz, r[1], lk) for r in rows)


def stray_alias(gaz: Gazetteer, name: str, hit: Place) -> bool:
    """Whether a short name found abroad is only one of the found place's other names (Naha's "Nawa")."""
    k, lk = _own_keys(gaz, name)
    return (
        hit.kind != "country"
        and len(k) <= SHORT
        and not _spelt_so(gaz, hit.name, lk)
        and hit.geonames_id is not None
    )


def _spelt_so(gaz: Gazetteer, own: str, lk: str) -> bool:
    """Whether a place's own name is the name written, or a spelling of it: the same consonants
    ("Tyre" for "Tyr"; not "Naha" for "Nawa")."""
    mine = loose_of_key(gaz.own_key(own))
    return mine == lk or consonant_skeleton(mine) == consonant_skeleton(lk)


def article_namesake(gaz: Gazetteer, name: str, hit: Place, known: Iterable[str]) -> Place | None:
    """The one place of the Arabic-speaking countries the text signs that bears ``name`` with the
    Arabic article ("Arima" → Syria's Al 'Arimah), when ``hit`` lies in a land not speaking Arabic."""
    if has_article(name) or hit.country in arabic_lands():
        return None
    found = []
    for country in sorted(set(known) & arabic_lands()):
        there = gaz.lookup(f"al-{name}", country)
        if there is not None and there.country == country and there.kind != "country":
            found.append(there)
    return found[0] if len(found) == 1 else None


__all__ = ["actors_namesake", "alias_only", "article_namesake", "article_sign", "stray_alias"]
