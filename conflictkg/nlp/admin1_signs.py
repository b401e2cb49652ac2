"""A first-level subdivision the text names is a sign of its country, whoever fights there: "les
forces russes ont pris Pokrovsk, dans la région de Donetsk" is about Ukraine, though Russia has a
town Donetsk too. The names are GeoNames' (``data/places/admin1_names.tsv``, where Ukraine's oblasts
are "Kherson", "Odessa", not pycountry's adjectival "Khersonska Oblast"). Named with its unit word
("Donetsk region", "la région de Koursk", "Kherson oblast") it is the subdivision, and the attacking
force's namesake town does not take the name; bare ("Kherson", "Odesa"), it is the subdivision's
capital, a sign of its country that a namesake of the actors' country may still take, and none when
a town of another country the article gives signs of bears the name too ("Tripoli" beside the
Lebanese army: Libya's region, Lebanon's city)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from conflictkg.knowledge.article_lands import article_countries
from conflictkg.knowledge.lexicon import shared_words
from conflictkg.knowledge.place_data import admin_words, places_lexicon
from conflictkg.knowledge.regions import region_countries
from conflictkg.nlp.foreign_signs import actors_namesake, alias_only, article_sign
from conflictkg.nlp.place_checks import FOREIGN_TOWN, namesake_of_actors


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(str(w).lower() for w in places_lexicon().get("admin_stopwords", []))


def bare_admin_name(name: str) -> str | None:
    """The subdivision's own name of a name with its unit word ("Donetsk region", "région de Koursk"
    → "Donetsk", "Koursk"), else None."""
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in admin_words():
        return " ".join(words[:-1])
    if (
        len(words) >= 3
        and words[0].lower() in admin_words()
        and words[1].lower() in shared_words("french_of_preps")
    ):
        return " ".join(words[2:])
    return None


def admin1_sign(
    name: str, names: Iterable[str], gazetteer: Any, signs: Iterable[str] = ()
) -> tuple[str | None, bool]:
    """The one country with a first-level subdivision ``name`` calls (or None), and whether the text
    names it as a subdivision (with its unit word, here or elsewhere among ``names``: the bare
    "Donetsk" beside "la région de Donetsk" is the region too). A name that points to another country
    on its own (a subdivision pycountry knows, a curated place) is left to those signs."""
    bare = bare_admin_name(name)
    own = bare or name
    if own.lower() in _stopwords():
        return None, False
    found = article_countries(gazetteer._geo, own, region_countries(own))  # "al-Arima": not Trinidad
    if len(found) != 1 or not gazetteer.countries_of_name(own) <= found:
        return None, False
    iso3 = next(iter(found))
    typed = bare is not None or any(bare_admin_name(n) == own for n in names)
    if not typed and _town_abroad(gazetteer, own, iso3, {*signs, *_named_countries(gazetteer, names, own)}):
        return None, False  # bare "Tripoli" beside Lebanese signs: Libya's region, Lebanon's city too
    return iso3, typed


def _named_countries(gazetteer: Any, names: Iterable[str], own: str) -> set[str]:
    """The countries the article's other place names point to ("from Bohssas ... in Tripoli": Lebanon)."""
    return {c for n in names if n != own for c in gazetteer.countries_of_name(n)}


def _town_abroad(gazetteer: Any, name: str, iso3: str, signs: set[str]) -> bool:
    """Whether a town of another country bears the name that is bigger than the region's own
    namesake (its capital: "Santa Rosa" of Guatemala is no bigger than California's), or that is
    a town (not a hamlet) of a country the article gives signs of."""
    rows = gazetteer._geo.by_key(gazetteer._bare_key(name))
    home = max((r[5] or 0 for r in rows if r[4] == iso3), default=-1)
    return any(
        r[4] != iso3 and ((r[5] or 0) > home or (r[4] in signs and (r[5] or 0) >= FOREIGN_TOWN)) for r in rows
    )


def name_sign(
    gazetteer: Any, name: str, names: Iterable[str], actors: Counter[str], signs: Iterable[str] = ()
) -> tuple[str, int] | None:
    """The country a place name points to and its weight for the article's country, or None: a
    subdivision ("Tachira", "la région de Donetsk") counts twice, a city one country has once. A
    bare name whose country the actors are not of goes to their country's namesake ("Palma" beside
    "Mozambican troops": Mozambique's, not Mallorca's); one named as a subdivision stays its own."""
    region, typed = admin1_sign(name, names, gazetteer, {*actors, *signs})
    found = {region} if region else gazetteer.countries_of_name(name)
    if len(found) != 1 or (not region and alias_only(gazetteer, name, next(iter(found)), actors)):
        return None  # "Nawa" beside the Taliban: no sign of Japan, whose Naha is also so called
    one = next(iter(found))
    iso3 = region if typed and region else namesake_of_actors(gazetteer, name, one, actors)
    abroad = None if region else actors_namesake(gazetteer, name, iso3, actors)  # "Uri": Kashmir's
    iso3 = abroad or (None if region else article_sign(gazetteer, name, iso3, actors)) or iso3  # "Arima"
    admin = iso3 == region or any(a.country == iso3 for a in gazetteer.admins(name))
    return iso3, 2 if admin else 1
