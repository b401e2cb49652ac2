"""A name written with the Arabic article ("al-Arima", "Al Shahal") is a place of a land that
speaks Arabic, or one written so there: matched only once its article is dropped or its spelling
folded, a place of another land is not meant (Trinidad's Arima, Guatemala's Chahal, Malaysia's
Jertih), nor a sign of that country. The lands are those whose GeoNames country record lists
Arabic among its languages; the articles are ``arabic_articles`` of ``data/places/lexicon.toml``.
Written without its article, a name of an Arabic-speaking country that holds no place so named is
sought there with it ("Arima" in Syria: Al 'Arimah), before any namesake abroad."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.place_data import gn_countries, places_lexicon
from conflictkg.textkeys import key, loose_of_key

if TYPE_CHECKING:
    from conflictkg.knowledge.geonames import Place


@cache
def arabic_lands() -> frozenset[str]:
    """ISO3 codes of the countries GeoNames says speak Arabic ("ar", "ar-SY", …)."""
    return frozenset(
        iso3
        for iso3, c in gn_countries().items()
        if any(lang.split("-")[0] == "ar" for lang in str(c.get("languages") or "").split(","))
    )


@cache
def _articles() -> frozenset[str]:
    return frozenset(str(w).lower() for w in places_lexicon().get("arabic_articles", []))


def has_article(name: str) -> bool:
    """Whether the name opens with the Arabic article ("al-Arima", "El Bab")."""
    first = key(name).split(" ", 1)
    return len(first) == 2 and first[0] in _articles()


def lost_article(name: str, hit: Place | None) -> bool:
    """Whether ``hit``, a place of a land not speaking Arabic, was found for a name written with the
    Arabic article that none of its own names bears ("al-Arima" → Arima, Trinidad)."""
    if hit is None or hit.kind == "country" or not hit.country or hit.country in arabic_lands():
        return False
    return has_article(name) and not hit.bears(name)


def meant(name: str, hit: Place | None) -> Place | None:
    """``hit``, unless it lost the name's Arabic article abroad (``lost_article``)."""
    return None if lost_article(name, hit) else hit


def article_countries(geo: Any, name: str, found: Iterable[str]) -> set[str]:
    """The countries ``found`` for a name, less those not speaking Arabic where no place bears the
    name with its Arabic article as written ("al-Arima": no sign of Trinidad)."""
    found = set(found)
    if not has_article(name) or found <= arabic_lands():
        return found
    written = {r[4] for r in geo.by_key(key(name))}
    return {c for c in found if c in arabic_lands() or c in written}


def with_article(gaz: Any, name: str, country: str | None, hit: Place | None) -> Place | None:
    """``hit`` if :func:`meant` ("al-Arima": no Arima abroad), unless, for a name written without the
    Arabic article in a country speaking Arabic, it is none or lies abroad while that country holds a
    place bearing the name with the article."""
    hit = meant(name, hit)
    if not country or country not in arabic_lands() or has_article(name) or not name.strip():
        return hit
    if hit is not None and (hit.country == country or hit.kind == "country"):
        return hit
    k = key(f"al {name.strip()}")  # a miss costs two indexed reads, not a second lookup
    rows = [*gaz._geo.by_key(k), *gaz._geo.by_key(loose_of_key(k), "loose")]
    if not any(r[4] == country for r in rows) and k not in gaz._curated_keys:
        return hit
    there = gaz._lookup(f"al-{name.strip()}", country)
    return there if there is not None and there.country == country and there.kind != "country" else hit
