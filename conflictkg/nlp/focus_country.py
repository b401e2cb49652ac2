"""The country an article is about (its focus country): the countries it names, the subdivisions
and towns only one country has, ACLED's bracketed admin hints, and, with no place to go by, the host
of a mission or the one country of the sides it names."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from conflictkg.nlp.admin1_signs import name_sign
from conflictkg.nlp.admin_hints import admin_countries, town_countries
from conflictkg.nlp.article_signals import names_its_country
from conflictkg.nlp.country_signs import typed_admin_countries
from conflictkg.nlp.strikers import one_side

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer
    from conflictkg.nlp.extractor import Parsed


def focus_country(parsed: Parsed, gaz: Gazetteer) -> str | None:
    """The country the article is about: its country names (counted twice where they are
    places), the subdivisions only one country has ("Idleb", "Sonora": twice; bracketed as ACLED
    writes them, "(Marib)": three times) and the cities one country has (once)."""
    counts = +Counter(parsed.countries)  # a sign that weighs nothing ("migrants from Syria") is none
    # a tie is broken by the countries of the actors the text names ("Pakistani civilians"); a
    # generic group's counts only when the text tells it (not the article's country, a guess)
    told = [r for aid, r in parsed.records.items() if names_its_country(r) and not parsed.sides.get(aid)]
    actors = Counter(str(r["country"]) for r in one_side(told))  # "US warplanes": one actor
    for name in dict.fromkeys(parsed.names):
        named = gaz.lookup_country_name(name)
        if named:
            if named not in parsed.countries:  # "forces of Armenia": a country name no actor took
                counts[named] += 1
            continue
        sign = name_sign(
            gaz, name, parsed.names, actors, counts
        )  # "Tachira", "Palma" beside Mozambican troops
        if sign:
            counts[sign[0]] += sign[1]
    # "Kabuta (Al Mansura, Aden)", "(Mbuji-Mayi, Kasai-Oriental)": ACLED's admin hints
    for iso3, n in admin_countries(parsed.bracketed, gaz).items():
        counts[iso3] += 3 * n
    # "(Bhimber district, AJK)": a town's district; "Bolivar state": only Venezuela's is a state
    counts.update(town_countries(parsed.bracketed, gaz) + typed_admin_countries(parsed.names, gaz))
    if not counts:
        # with no place to go by, the host of a mission named ("the OSCE SMM observed ... near
        # X"), or the one country of two sides ("LNA forces shelled GNA positions in X"); not a
        # lone force's own country: "Israeli warplanes struck X" is abroad
        hosts = {
            str(r["country"]) for r in parsed.records.values() if r.get("country") and r["kind"] == "igo"
        }
        if len(hosts) == 1:
            return next(iter(hosts))
        home = actors.total() >= 2 or any(r["kind"] == "police" for r in told)  # police act at home
        return next(iter(actors)) if len(actors) == 1 and home else None
    return max(counts, key=lambda iso3: (counts[iso3], actors[iso3]))
