"""The subdivisions a name may be, spelled as news and ACLED write them: transliteration folded
("Al-Hasakeh" ~ "Al Ḩasakah"), vowels differing or left out ("Idleb" ~ "Idlib", "Jfara" ~ "Jafara"),
the Arabic article joined to the name ("Aljfara", "Almargeb"), "th" for "dh" ("Thi Qar": Dhi Qar)
and "g" for "q", as the Maghreb says it ("Margeb": Al Marqab). The article and letter pairs are
``arabic_articles`` and ``spelling_pairs`` of ``data/places/lexicon.toml``."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz

from conflictkg.knowledge.geonames import consonant_skeleton, vowel_shape
from conflictkg.knowledge.place_data import Admin, admin_indexes, places_lexicon
from conflictkg.textkeys import loose_of_key


def admins_spelt(k: str, country: str | None) -> list[Admin]:
    """The subdivisions the key ``k`` can be (of ``country`` when given): as written, else in one of
    the variant spellings, and only within ``country``."""
    split = _article_split(k)
    got = _spelt(loose_of_key(k), country) or (_spelt(loose_of_key(split), country) if split else [])
    for variant in [] if got else _variants(split or k):
        # with no country to go by, only a variant spelled as the subdivision is
        lk = loose_of_key(variant)
        got = _spelt(lk, country) if country else list(admin_indexes()[0].get(lk, ()))
        if got:
            break
    return got


def _spelt(lk: str, country: str | None) -> list[Admin]:
    got = _spelt_anywhere(lk, country)
    return [a for a in got if a.country == country] if country else got


def _spelt_anywhere(lk: str, country: str | None) -> list[Admin]:
    by_loose, by_skel = admin_indexes()
    got = list(by_loose.get(lk, ()))
    if not got and len(lk) >= 5 and (country or len(consonant_skeleton(lk)) >= 4):
        # vowels may differ, nothing else: same consonants, same shape ("idleb" ~ "idlib"); world-wide,
        # hardly ("Urozgan" ~ "Uruzgan", not "Telman" ~ "Tolmin"); in the country, a vowel may be left
        # out ("jfara" ~ "jafara")
        shape, near, cands = vowel_shape(lk), 0 if country else 80, by_skel.get(consonant_skeleton(lk), ())
        got = [a for c, a in cands if (vowel_shape(c) == shape or (country and _fewer_vowels(lk, c))) and
               fuzz.ratio(c, lk) >= near]  # fmt: skip
    return got


def _fewer_vowels(short: str, long: str) -> bool:
    """``short`` is ``long`` with vowels left out inside the name, its first and last letters kept
    ("jfara" ~ "jafara"; "donetsk" is no "donetska"): the same consonants, in order, callers ensure."""
    it = iter(long)
    ends = short[0] == long[0] and short[-1] == long[-1]
    return ends and len(short) < len(long) and all(ch in it for ch in short)


def _article_split(k: str) -> str | None:
    """The key ``k`` with the Arabic article it opens with split from the name it is joined to
    ("aljfara" → "al jfara"), or None."""
    first = k.split(" ", 1)[0]
    art = next((a for a in _words()[0] if first.startswith(a) and len(first) >= len(a) + 4), None)
    return f"{art} {k[len(art) :]}" if art else None


def _variants(k: str) -> list[str]:
    """Other spellings of the key ``k``: each letter pair of ``spelling_pairs`` swapped."""
    out = [k]
    for a, b in _words()[1]:
        out += [v.replace(a, b) for v in list(out) if a in v and b not in v]
    return list(dict.fromkeys(out[1:]))


@lru_cache(maxsize=1)
def _words() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    lex = places_lexicon()
    pairs = tuple((str(a), str(b)) for a, b in lex.get("spelling_pairs", []))
    return tuple(lex.get("arabic_articles", [])), pairs


__all__ = ["admins_spelt"]
