"""The GeoNames rows of one country spelled nearly as a name is ("Beni Walid" ~ "Bani Walid"): same
consonants, nearly the same letters (moved out of knowledge/gazetteer.py, behaviour unchanged)."""

from __future__ import annotations

from typing import Any

from rapidfuzz import fuzz

from conflictkg.knowledge.geonames import FOREIGN_MIN_POPULATION, GeoNames, consonant_skeleton


def skeleton_rows(geo: GeoNames, lk: str, country: str) -> list[tuple[Any, ...]]:
    """Places of ``country`` spelled with the same consonants and nearly the same letters as the loose
    key ``lk``."""
    skel = consonant_skeleton(lk)
    if len(skel) < 2:
        return []
    # few consonants ("Samwah": s-m) fit many names: only a real city spelt nearly alike
    short = len(skel) < 4
    out: list[tuple[Any, ...]] = []
    for cand, row in geo.by_skeleton(skel, country):
        if short and ((row[5] or 0) < FOREIGN_MIN_POPULATION or fuzz.ratio(lk, cand) < 90):
            continue
        if row not in out and fuzz.ratio(lk, cand) >= 85:
            out.append(row)
    return out
