"""perf50: the shortcuts on the extraction path answer as the slow forms did."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz, process

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.kb import _FUZZY_CUTOFF, KnowledgeBase


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _variants(word: str) -> list[str]:
    """The word, one letter left out, one added, one changed, and the word with a tail."""
    mid = len(word) // 2
    return [
        word,
        word[:mid] + word[mid + 1 :],
        word[:mid] + "e" + word[mid:],
        word[:mid] + "x" + word[mid + 1 :],
        word + " s",
    ]


def test_the_fuzzy_pool_keeps_the_nearest_key(kb: KnowledgeBase) -> None:
    keys = kb._keys
    for k in keys[::7]:
        for q in _variants(k):
            full = process.extractOne(q, keys, scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
            pooled = process.extractOne(
                q, kb._fuzzy_pool(len(q)), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF
            )
            assert (full and (full[0], full[1])) == (pooled and (pooled[0], pooled[1])), q


def test_the_fuzzy_pool_leaves_out_only_keys_of_another_length(kb: KnowledgeBase) -> None:
    pool = kb._fuzzy_pool(10)
    assert {len(k) for k in pool} == set(range(9, 13))  # 10/12 may reach 90.9, 8/10 and 10/13 not
    assert pool == [k for k in kb._keys if 9 <= len(k) <= 12]  # the keys' order is kept


def test_the_names_of_a_country_are_its_places_only() -> None:
    geo = Gazetteer.load()._geo
    keys, places = geo.loose_names("FRA")
    assert len(keys) == len(places) > 1000
    assert {geo.by_id(p)[4] for p in places[:200]} == {"FRA"}  # type: ignore[index]
    assert geo.loose_names("XXX") == ((), ())
