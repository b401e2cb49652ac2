"""The Arabic article assimilated before a "sun letter" ("Al-Rass" → "Ar Rass", "el-Nasr" → "an
nasr"), as GeoNames spells such names; the words are ``arabic_articles`` and ``sun_letters`` of
``data/places/lexicon.toml``."""

from __future__ import annotations

from collections.abc import Collection


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
