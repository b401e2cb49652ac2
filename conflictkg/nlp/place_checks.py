"""Checks on a resolved place of the extractor: a foreign hamlet with no hint, a hint naming a place
of the article's country, an unknown place described by the known one it lies in (a capture placed
only at a whole region: nlp/captures.py)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.article_lands import has_article
from conflictkg.knowledge.lexicon import shared_words
from conflictkg.knowledge.place_data import admin_centres
from conflictkg.model import Location, make_id, slug
from conflictkg.nlp.foreign_signs import article_namesake, stray_alias
from conflictkg.textkeys import loose

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place

SETTLEMENT_KINDS = shared_words("settlement_kinds") | shared_words("point_site_kinds")
FOREIGN_TOWN = 5_000  # a place outside the article's country named exactly so must be this big


def unhinted_hamlet(hit: Place, known: frozenset[str] | set[str]) -> bool:
    """A village of a country the article gives no sign of: with no country to go by, a small
    namesake found anywhere in the world ("Konna" → an Irish hamlet) is a guess, not the place."""
    small = hit.population is not None and hit.population < FOREIGN_TOWN
    return small and hit.kind != "country" and hit.country not in known


def namesake_of_actors(gaz: Gazetteer, name: str, iso3: str, actors: Counter[str]) -> str:
    """The country a town name points to: ``iso3`` (its one city of that name), unless the text's
    actors are of one other country only, which has a place of that name too ("Palma" beside
    Mozambican troops: Mozambique's, not Mallorca's)."""
    if len(actors) != 1 or iso3 in actors or gaz.admins(name, iso3):
        return iso3
    own = next(iter(actors))
    hit = gaz.lookup(name, own)  # a place of that very name there, not a near spelling ("Gunter")
    named = hit is not None and hit.bears(name)
    return own if hit is not None and named and hit.country == own and hit.kind != "country" else iso3


def names_a_place_of(gaz: Gazetteer, name: str, country: str | None) -> bool:
    """ "(Koro, Mopti)" in a note about Mali: Koro is Mali's, whatever namesake abroad is bigger."""
    if country is None or not name:
        return False
    hit = gaz.hint(name, country)
    return hit is not None and hit.country == country


def near_place(ref: dict[str, Any], near: Place) -> Location:
    """ "un village près de Gao", "a village near Gao": a settlement the text does not name is reported
    at the known one it is near (Gao), not as a place called "village"; a site ("une base militaire
    près d'Alep") or a named one ("Al Nour square near X") is described where X is; an unnamed point on the
    ground ("a checkpoint near X") is at X as a settlement is."""
    if ref.get("indefinite") and ref.get("kind") in SETTLEMENT_KINDS:
        return near.to_location()
    return described_at(ref["name"], ref.get("kind"), near)


def described_at(name: str, kind: str | None, near: Place | Location) -> Location:
    """ "in Al Hishah (Misrata)": a place the gazetteer lacks, named as written, where the known one
    is. A country gives no coordinates. A province placed only at its rough centre
    (``admin_centres.tsv``: "Helmand", or the median of its towns) gives that centre, marked
    ``precision="unit"``: it is the best guess of where the place lies, but no distance to compare
    with its other reports (SAME_AS compares names within 150 km; derived/linking.py drops it). A
    town lends its own point, marked ``precision="area"``: the place lies somewhere in the town's area,
    which may reach far ("Tininai (Misrata)"), so SAME_AS compares its name over a wider window."""
    centre = near.id.startswith("loc:admin:") and near.id.rsplit(":", 1)[1] in admin_centres()
    rough = near.kind == "country"
    unit = "unit" if centre or getattr(near, "precision", None) == "unit" else "area"
    return Location(
        id=make_id("loc", "described", slug(name), near.id), name=name, kind=kind or "place",
        country=near.country, lat=None if rough else near.lat, lon=None if rough else near.lon,
        precision=unit if near.lat is not None and not rough else None,
    )  # fmt: skip


def signalled_namesake(gaz: Gazetteer, name: str, hit: Place | None, known: frozenset[str] | set[str]) -> Any:
    """With no article country, a place found world-wide in a country the text gives no sign of,
    while one country it does sign (its actors', "the Houthis attacked ... in Hays") has a place of
    that very name: that one (Yemen's Ḩays, not Hays in Kansas; Syria's Madaya beside Hezbollah and
    the regime forces, not Myanmar's). A place found abroad by a looser spelling yields to a place
    so spelt in the one country the text signs; a name with the Arabic article found nowhere so is
    sought there too ("al-Arima" beside the regime forces: Syria's Al 'Arimah). A short name found
    abroad only as the place's other name is sought in the other countries signed, else not placed;
    one found in a land not speaking Arabic yields to the one place of an Arabic-speaking country the
    text signs that bears it with the article ("Arima" beside Manbij: Al 'Arimah)."""
    others = set(known) - {hit.country} if hit is not None and hit.country in known else set()
    if hit is not None and others and stray_alias(gaz, name, hit):
        got = signalled_namesake(gaz, name, hit, others)  # "Nawa" beside the Taliban: not Naha
        return None if got is hit else got
    if hit is None and len(known) == 1 and has_article(name):
        there = gaz.lookup(name, next(iter(known)))
        return there if there is not None and there.country in known and there.kind != "country" else None
    if hit is None or hit.kind == "country" or hit.country in known or not known:
        return hit
    found = [(c, gaz.lookup(name, c)) for c in sorted(known)]
    local = [p for c, p in found if p is not None and p.country == c and p.kind != "country"]
    local = [p for p in local if not stray_alias(gaz, name, p)]  # "Nawa" beside the Taliban: not Naha
    named = [p for p in local if p.bears(name)]
    if len(named) == 1:
        return named[0]
    if not named and (kept := article_namesake(gaz, name, hit, known)) is not None:
        return kept  # "Arima" near Manbij: Syria's Al 'Arimah, not Trinidad's Arima
    if len(local) == 1 and not gaz.names_exactly(name, hit) and _spelt_alike(name, local[0]):
        return local[0]  # "Bani Zaid": a loose spelling, so of the country signed, not Palestine's Banī Zayd
    return hit


def _spelt_alike(name: str, place: Place) -> bool:
    """Whether the name is one of the place's once transliteration is folded ("Zaid" ~ "Zayd")."""
    return loose(name) in {loose(n) for n in (place.name, *place.aliases)}
