"""perf86: the caches and shortcuts on the ingest path answer as the uncached forms did."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from rapidfuzz import fuzz, process
from spacy.tokens import Doc, Span, Token

from conflictkg.knowledge import regions
from conflictkg.knowledge.kb import _FUZZY_CUTOFF, KnowledgeBase
from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp import dates
from conflictkg.nlp.events.compass_names import past_compass
from conflictkg.nlp.events.locative_nouns import locative_nouns
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of, prep_args
from conflictkg.textkeys import loose, norm


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def _nearest_start(kb: KnowledgeBase, q: str) -> str | None:
    """The fuzzy match as it was, over the whole pool of the length: the nearest key if it starts
    like ``q`` (the KB's further checks aside)."""
    best = process.extractOne(q, kb._fuzzy_pool(len(q)), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
    return str(best[0]) if best is not None and best[0][:2] == q[:2] else None


def _queries(kb: KnowledgeBase) -> list[str]:
    out = []
    for k in kb._keys[::5]:
        mid = len(k) // 2
        out += [k, k[:mid] + k[mid + 1 :], k[:mid] + "e" + k[mid:], "x" + k[1:], k + " s", k[::-1]]
    out += ["the southern countryside of hama", "armed men", "unknown gunmen", "local residents"]
    return [q for q in out if len(q) >= 5]


def test_the_start_pool_says_no_only_where_the_nearest_key_starts_otherwise(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    queries = _queries(kb)
    assert len(queries) > 3000
    said_no = [q for q in queries if not kb._pools.may_match(q)]
    assert 0 < len(said_no) < len(queries)
    assert all(_nearest_start(kb, q) is None for q in said_no)
    # the KB's answers with the shortcut are the answers of the whole pool (the shortcut off)
    got = [kb._fuzzy_key(q) for q in queries]
    monkeypatch.setattr(kb._pools, "may_match", lambda k: True)
    assert got == [kb._fuzzy_key(q) for q in queries]


def test_the_start_pools_hold_the_length_pool_in_its_order(kb: KnowledgeBase) -> None:
    pool = kb._pools.of_length(10)
    for start in {k[:2] for k in pool}:
        assert kb._pools.starting_like(start + "x" * 8) == [k for k in pool if k[:2] == start]
    assert kb._pools.starting_like("§§" + "x" * 8) == []
    assert len(kb._pools._by_start) <= len(kb._pools._by_length)  # one table per length asked


def test_region_countries_as_the_scan_of_every_code() -> None:
    names = [*sorted({n for _, n in regions._codes()})[::3], "Michoacan", "Idleb", "Nowhere at all", ""]
    for name in names:
        k = loose(name)
        assert regions.region_countries(name) == {iso3 for iso3, n in regions._codes() if n == k}, name
    got = regions.region_countries("Michoacan")
    assert got == {"MEX"}
    got.add("XXX")  # the caller's own set: the index is not changed
    assert regions.region_countries("Michoacan") == {"MEX"}


@pytest.mark.parametrize(
    "expr,published,lang",
    [
        ("21 May 2020", None, "en"), ("le 12 janvier", "2013-01-15", "fr"), ("mardi", "2012-03-08", "fr"),
        ("last Tuesday", "2020-05-09", "en"), ("en 1978", None, "fr"), ("two weeks ago", "2020-05-09", "en"),
        ("la Seconde Guerre mondiale", None, "fr"), ("", None, "en"), ("in March", "2020-05", "en"),
    ],
)  # fmt: skip
def test_resolve_kept_answers_as_computed(expr: str, published: str | None, lang: str) -> None:
    assert dates.resolve(expr, published, lang) == dates._resolve(expr, published, lang)
    assert dates.resolve(expr, published, lang) == dates._resolve(expr, published, lang)  # from the cache


def test_resolve_cache_is_bounded_and_keyed_by_today() -> None:
    assert dates._resolve_kept.cache_info().maxsize == 4096
    dates._resolve_kept.cache_clear()
    dates.resolve("21 May", None, "en")
    dates.resolve("21 May", None, "en")
    info = dates._resolve_kept.cache_info()
    assert (info.hits, info.misses) == (1, 1)
    # another day is another key: with nothing published, dateparser reads relative to today
    assert dates._resolve_kept("21 May", None, "en", date(2001, 1, 1)) == dates._resolve("21 May", None, "en")
    assert dates._resolve_kept.cache_info().misses == 2


def test_norm_kept_answers_as_computed() -> None:
    texts = ["Armée nationale", "l’ANL", "Khan Sheikhoun", "  Deir-ez-Zor ", "Œuvre", "ISIS's", "'x'", ""]
    for t in texts:
        assert norm(t) == norm.__wrapped__(t)
    assert norm.cache_info().maxsize == 1 << 16


def _doc() -> Doc:
    # "Gunmen attacked a convoy near the river north of Aleppo ." "Clashes broke out in Hama ."
    words = ["Gunmen", "attacked", "a", "convoy", "near", "the", "river", "north", "of", "Aleppo", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 1, 7, 8, 1]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "advmod", "prep", "pobj", "punct"]
    words += ["Clashes", "broke", "out", "in", "Hama", "."]
    heads += [12, 12, 12, 12, 14, 12]
    deps += ["nsubj", "ROOT", "prt", "prep", "pobj", "punct"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


def _scan(st: DocState, sent: Span) -> list[Token]:
    """The locative nouns as ``sentence_place`` found them for each frame."""
    places = st.lex.group("place_preps") | st.lex.group("near_words")
    found = {c.i: c for node in sent for prep, c in prep_args(node) if prep in places and c.sent == sent}
    found.update({t.i: t for t in sent if case_of(t) in places})
    found.update({t.i: t for t in sent if past_compass(st, t)})
    return list(found.values())


def test_locative_nouns_once_per_sentence(kb: KnowledgeBase) -> None:
    doc = _doc()
    st = DocState.start(doc, load_lexicon("en"), kb, [], {})
    for sent in doc.sents:
        first = locative_nouns(st, sent)
        assert [t.i for t in first] == [t.i for t in _scan(st, sent)]
        again = locative_nouns(st, sent)
        assert [t.i for t in again] == [t.i for t in first]
        assert all(a is not b for a, b in zip(again, first, strict=True))  # fresh tokens every call
    assert [doc[i].text for i in st.locatives[0]] == ["river", "Aleppo"]
    assert [doc[i].text for i in st.locatives[11]] == ["Hama"]
    assert len(st.locatives) == 2  # one entry per sentence
