"""The country that ACLED-style admin hints point to: "Jen (Karim-Lamido LGA, Taraba)" names a town
by its district and state, which only one country has."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.knowledge.place_data import admin_words

BRACKETED = re.compile(r"\(([^()]{2,80})\)")
_VOWELS = frozenset("aeiouy")  # the letters, not a lexicon: a key's first letter is one of them or not


def bracketed_parts(text: str) -> list[str]:
    """ "(Al Mansura, Aden)" → ["Al Mansura", "Aden"], for every bracket of ``text``."""
    return [p.strip() for inner in BRACKETED.findall(text) for p in inner.split(",") if p.strip()]


def admin_countries(parts: Iterable[str], gazetteer: Any) -> Counter[str]:
    """The countries whose subdivision a bracketed part names, when only one has it."""
    counts: Counter[str] = Counter()
    for part in dict.fromkeys(parts):
        by_word = gazetteer.suffix_country(part)  # "Bassa LGA": Nigeria's, whatever Bassa is
        alike = [a for a in gazetteer.admins(part) if _same_initial(gazetteer, part, a.name)]
        # "(UP)": two capitals, a subdivision's code (longer ones are mostly acronyms: "(GNA)")
        coded = _code_countries().get(part, frozenset()) if part.isupper() and len(part) == 2 else frozenset()
        found = {by_word} if by_word else (set(coded) or {a.country for a in alike})
        if alike and not by_word and not coded and not _spelt_so(gazetteer, part, alike):
            # only a loose spelling of a subdivision ("Sirt" ~ Turkey's Siirt): the countries the name
            # itself points to (Libya's Sirte bears it), as for any other place name
            found = gazetteer.countries_of_name(part)
        if len(found) == 1:
            counts[next(iter(found))] += 1
    return counts


def _spelt_so(gazetteer: Any, name: str, admins: list[Any]) -> bool:
    """Whether one of ``admins`` bears the name's very key, not only a loosely folded spelling of it."""
    k = gazetteer._bare_key(name)
    return any(gazetteer._bare_key(a.name) == k for a in admins)


def _same_initial(gazetteer: Any, name: str, other: str) -> bool:
    """Whether two spellings open alike, as transliteration variants do ("Oruzgan" ~ "Uruzgan": two
    vowels); "Wouri" (Cameroon) is no "Uri" (Switzerland), however loosely they fold together."""
    a, b = gazetteer._bare_key(name)[:1], gazetteer._bare_key(other)[:1]
    return a == b or (a in _VOWELS and b in _VOWELS)


def town_countries(parts: Iterable[str], gazetteer: Any) -> Counter[str]:
    """The countries of the towns a bracketed part names when it names no subdivision ("(Bhimber
    district, AJK)": a district called after its town), when all the towns so called are of one."""
    counts: Counter[str] = Counter()
    for part in dict.fromkeys(parts):
        if gazetteer.suffix_country(part) or gazetteer.admins(part):
            continue
        iso3 = gazetteer.town_country(part)
        if iso3:
            counts[iso3] += 1
    return counts


@cache
def _code_countries() -> dict[str, frozenset[str]]:
    """A subdivision's ISO 3166-2 code without its country ("UP", "J&K" as "JK" is not) → the
    countries (ISO3) with a subdivision so coded: "Jalalpur, Shamli (UP)" is in Uttar Pradesh, India."""
    import pycountry

    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        country = pycountry.countries.get(alpha_2=sub.country_code)
        if country is not None:
            out.setdefault(sub.code.partition("-")[2], set()).add(country.alpha_3)
    return {code: frozenset(c) for code, c in out.items()}


def admin_named(doc: Any) -> list[str]:
    """The names a word of subdivision goes with, as one name ("in Anbar province", "la province de
    Kapisa" → "Anbar province", "Kapisa province"): a hint of the country whose subdivision it is,
    where the bare name ("Anbar") may be a town abroad too."""
    out: list[str] = []
    words, of = admin_words(), shared_words("french_of_preps")
    for t in doc:
        if t.lower_ not in words:
            continue
        if t.i >= 1 and doc[t.i - 1].pos_ == "PROPN":  # "Anbar province"
            lo = t.i - 1
            while lo >= 1 and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text == "-"):
                lo -= 1
            out.append(f"{doc[lo : t.i].text} {t.text}")
        hi = t.i + 2
        if hi < len(doc) and doc[t.i + 1].lower_ in of and doc[hi].pos_ == "PROPN":  # "province de Kapisa"
            while hi + 1 < len(doc) and (doc[hi + 1].pos_ == "PROPN" or doc[hi + 1].text == "-"):
                hi += 1
            out.append(f"{doc[t.i + 2 : hi + 1].text} {t.text}")
    return out
