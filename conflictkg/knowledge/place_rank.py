"""Ranking helpers of the gazetteer: which of the places a name matches is meant ("Ariha": Syria's
town of that name, not Jericho, whose Arabic name it is), a short French spelling folded to a
country's place ("Kout": Al-Kut), and the curated place a description names ("la base aérienne
près de Tripoli")."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from conflictkg.knowledge.geonames import FOREIGN_MIN_POPULATION, GeoNames, Place, distance_km
from conflictkg.textkeys import key, loose_of_key

_DWARFS = 10  # a place matched by an alternate name only must be this many times bigger to win
_EXONYMS = 4  # distinct spellings of a name among a place's other names: a name of many languages
_SAME_LETTERS = 4  # an other name that opens with the name's first letters spells it


def own_name_first(rows: list[tuple[Any, ...]], k: str) -> list[tuple[Any, ...]]:
    """With no country to go by, the places whose own name is ``k`` (once transliteration is folded)
    before those that bear it only as one of their other names ("Ariha": Syria's Arīḩā, not Jericho;
    "Nawa": Syria's Nawá, not Naha); unless one of those is a real city ten times as big ("Bagdad":
    Baghdad, not Bagdad, Florida), or a bigger place whose name many languages spell their own way."""
    own = named_so(rows, k)
    if not own or len(own) == len(rows):
        return rows
    other, biggest = max((r[5] or 0) for r in rows if r not in own), max(r[5] or 0 for r in own)
    if other >= FOREIGN_MIN_POPULATION and other >= _DWARFS * max(biggest, 1):
        return rows
    # a place many languages spell the name their own way is the one known world-wide, when it is
    # bigger than the towns so named ("Palmyra": Tadmur, not a small town of the New World)
    famous = [r for r in rows if r not in own and (r[5] or 0) > biggest and len(_spellings(r, k)) >= _EXONYMS]
    return famous + own


def _spellings(row: tuple[Any, ...], k: str) -> set[str]:
    """The loose keys of a place's other names that spell ``k`` (the same first letters)."""
    lk = loose_of_key(k)
    folded = (loose_of_key(key(a)) for a in json.loads(row[6] or "[]") if isinstance(a, str))
    return {f for f in folded if f[:_SAME_LETTERS] == lk[:_SAME_LETTERS]}


def named_so(rows: list[tuple[Any, ...]], k: str) -> list[tuple[Any, ...]]:
    """The places whose own name is ``k`` once transliteration is folded, or opens with it ("Zamora":
    Zamora de Hidalgo too), not those that bear it only as an unrelated alternate name."""
    lk = loose_of_key(k)
    return [r for r in rows if loose_of_key(key(r[1])) == lk or key(r[1]).startswith(k + " ")]


def curated_namesakes(rows: list[tuple[Any, ...]], k: str, curated: Any) -> list[tuple[Any, ...]]:
    """The places a curated place's name ``k`` can also mean: those named so (``named_so``); when the
    curated place is a GeoNames town of its own (its ``geonames_id``), only that town and places
    bearing the very name, not a city whose own name is spelt without the article ("El Callao" of
    Venezuela: not Callao of Peru, which bears "El Callao" only as another name)."""
    rows = named_so(rows, k)
    gid = getattr(curated, "geonames_id", None)
    return [r for r in rows if r[0] == gid or key(r[1]) == k] if gid is not None else rows


def no_real_town(local: list[tuple[Any, ...]], k: str, exact: bool) -> bool:
    """No town of ``local`` (≥ 5,000) is what the name means: for a subdivision's very name
    (``exact``), not a town whose own longer name holds it, bearing it only as a short form
    ("Guerrero": the Mexican state, not Ciudad Guerrero; "Tombouctou" is still Timbuktu)."""
    pool = [r for r in local if not (exact and key(r[1]) != k and f" {k} " in f" {key(r[1])} ")]
    return max((r[5] or 0 for r in pool), default=0) < 5000


def kind_last(k: str, kinds: set[str], links: set[str]) -> str:
    """ "district de nawa" → "nawa district": a French name opened by its kind of place, in the
    order the curated names of that kind are written ("Nawa district"); else ""."""
    head, _, rest = k.partition(" ")
    link, _, name = rest.partition(" ")
    return f"{name} {head}" if head in kinds and link in links and name else ""


def short_local(geo: GeoNames, k: str, lk: str, country: str) -> list[tuple[Any, ...]]:
    """ "Kout" in an article about Iraq: a name too short for the loose index whose folded spelling
    ("kut") is a name a place of the country bears (Al-Kut, also written "Kut")."""
    if lk == k or not 3 <= len(lk) < 5:  # longer ones: the loose index
        return []
    return [r for r in geo.by_key(lk) if r[4] == country]


def nearest_of_kind(cands: Sequence[Place], near: Place | None) -> Place | None:
    """The place of ``cands`` nearest to ``near`` within 150 km; with nothing to go by, the only one;
    None when two are about as near (unsure)."""
    if near is None or near.lat is None or near.lon is None:
        return cands[0] if len(cands) == 1 else None
    scored = sorted(
        ((distance_km((near.lat, near.lon), (p.lat, p.lon)), p)
         for p in cands if p.lat is not None and p.lon is not None),
        key=lambda t: t[0],
    )  # fmt: skip
    scored = [(d, p) for d, p in scored if d <= 150.0]
    if not scored:
        return None
    if len(scored) > 1 and scored[1][0] - scored[0][0] < 10.0:
        return None  # two candidates about as near: unsure
    return scored[0][1]
