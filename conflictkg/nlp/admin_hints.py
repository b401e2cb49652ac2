"""The country that ACLED-style admin hints point to: "Jen (Karim-Lamido LGA, Taraba)" names a town
by its district and state, which only one country has."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

BRACKETED = re.compile(r"\(([^()]{2,80})\)")


def bracketed_parts(text: str) -> list[str]:
    """ "(Al Mansura, Aden)" → ["Al Mansura", "Aden"], for every bracket of ``text``."""
    return [p.strip() for inner in BRACKETED.findall(text) for p in inner.split(",") if p.strip()]


def admin_countries(parts: Iterable[str], gazetteer: Any) -> Counter[str]:
    """The countries whose subdivision a bracketed part names, when only one has it."""
    counts: Counter[str] = Counter()
    for part in dict.fromkeys(parts):
        by_word = gazetteer.suffix_country(part)  # "Bassa LGA": Nigeria's, whatever Bassa is
        found = {by_word} if by_word else {a.country for a in gazetteer.admins(part)}
        if len(found) == 1:
            counts[next(iter(found))] += 1
    return counts


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
