"""The Arabic article assimilated before a "sun letter" ("Al-Rass" → "Ar Rass", "el-Nasr" → "an
nasr"), as GeoNames spells such names; the words are ``arabic_articles`` and ``sun_letters`` of
``data/places/lexicon.toml``."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

_REAL_TOWN = 5000  # a loose spelling with no country to go by must be a town this big


def assimilated(k: str, articles: Collection[str], letters: Collection[str]) -> str | None:
    """The key ``k`` (lower case, words split by spaces) with its leading article assimilated, or
    None when it opens with no article before a sun letter."""
    article, _, rest = k.partition(" ")
    if article not in articles or not rest:
        return None
    sun = next((s for s in sorted(letters, key=len, reverse=True) if rest.startswith(s)), None)
    return f"a{sun} {rest}" if sun else None


def article_less(k: str, articles: Collection[str]) -> str | None:
    """The key ``k`` without its leading Arabic article ("al houla" → "houla", "el bab" → "bab"), or
    None when it opens with none: a name the gazetteer holds without it ("Al-Raqqa": "Raqqa")."""
    article, _, rest = k.partition(" ")
    return rest if article in articles and rest else None


Rows = list[tuple[Any, ...]]
Words = Collection[str]


def loose_rows(geo: Any, rows: Rows, k: str, country: str | None, sun: tuple[Words, Words]) -> Rows:
    """The places a loose spelling of ``k`` matches that it may mean: those of the article's country;
    with no country to go by, real towns (≥ 5,000), unless ``k`` with its Arabic article assimilated or
    dropped is the very name of a place ("Al-Sukhnah": Syria's As Sukhnah, not Libya's Sūknah)."""
    if country:
        return [r for r in rows if r[4] == country]
    exact = [x for x in (assimilated(k, *sun), article_less(k, sun[0])) if x]
    if any(geo.by_key(x) for x in exact):
        return []
    return [r for r in rows if (r[5] or 0) >= _REAL_TOWN]
