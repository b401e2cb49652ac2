"""Signs of a note's country that are no place to put it at: a landmark, a bank, a quarter or a
currency only one country's notes name ("a sit-in at the Seray of Tripoli": the
Lebanese Tripoli; ``country_signs`` of ``data/places/lexicon.toml``), and a subdivision named with the
kind of unit it is in one country only ("El Callao, Bolivar state": Venezuela's Bolívar is a state,
Colombia's a department, Ecuador's a province; ``admin_suffix_kinds``)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import Any

from conflictkg.knowledge.admin_kinds import subdivision_type, suffix_kinds
from conflictkg.knowledge.place_data import places_lexicon
from conflictkg.textkeys import key

TYPED_WEIGHT = 3  # as much as an ACLED bracketed admin hint ("(Marib)"): the text says what unit it is


@cache
def _signs() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each sign's pattern and its country: whole words; a one-word sign with its case ("Seray", not
    "seray"), a longer one in any ("al Nour Square")."""
    table: dict[str, list[str]] = places_lexicon().get("country_signs", {})
    return tuple(
        (re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])", 0 if " " not in word else re.I), iso3)
        for iso3, words in table.items()
        for word in words
    )


def sign_countries(text: str) -> Counter[str]:
    """The countries the signs in ``text`` point to, once each."""
    return Counter({iso3 for pattern, iso3 in _signs() if pattern.search(text)})


@cache
def _suffix_kinds() -> dict[str, frozenset[str]]:
    return suffix_kinds(places_lexicon())


def typed_admin_countries(names: Iterable[str], gazetteer: Any) -> Counter[str]:
    """The countries whose subdivision a name with its unit word is, when only one country calls a
    subdivision of that name so ("Bolivar state" → VEN); each name once."""
    counts: Counter[str] = Counter()
    for name in dict.fromkeys(names):
        toks = key(name).split()
        wanted = _suffix_kinds().get(toks[-1]) if len(toks) > 1 else None
        if wanted is None:
            continue
        admins = gazetteer.admins(" ".join(toks[:-1]), None, named=True)
        found = {a.country for a in admins if subdivision_type(a.code) in wanted}
        if len(found) == 1 and len({a.country for a in admins}) > 1:
            counts[next(iter(found))] += TYPED_WEIGHT
    return counts


@cache
def _currency_words() -> frozenset[str]:
    return frozenset(key(w) for w in places_lexicon().get("currency_words", []))


def names_a_currency(token: Any) -> bool:
    """Whether a country's name or demonym ``token`` is part of a currency's name ("the price of the
    US dollar", "the Lebanese pound"): who issues the money, no sign of where the note happens."""
    doc = token.doc
    return token.i + 1 < len(doc) and key(doc[token.i + 1].text) in _currency_words()
