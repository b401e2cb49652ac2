"""The one extraction helper of the NLP tests: an article of our own wording in, the exact set of
tuples a test asserts out. Every test module reads events through these functions (one cached
extractor); each tuple shape is named once here.

Import as ``from unit._extract import ...`` (``tests`` is on pytest's pythonpath)."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument

if TYPE_CHECKING:
    from conflictkg.nlp.extractor import NLPExtractor

Row = tuple[str, str, str | None, str | None]  # actor, type, target, place
Fact = tuple[str, str, str | None, str]  # actor, type, target, modality
Modal = tuple[str, str, str | None, str]  # actor, type, place, modality
Dated = tuple[str, str, str | None, str | None, str | None]  # actor, type, place, date, precision
Placed = tuple[str, str | None, str | None]  # type, place, its country
Located = tuple[str, str | None, float | None, float | None]  # place, its country, lat, lon

PUBLISHED = "2024-05-10"  # the article date of a test that names none
NEWS_PUBLISHED = "2012-10-16"  # wire-style news: the French war rounds, the English news sentences
SNIPPETS_PUBLISHED = "2020-05-01"  # the English snippets by ACLED sub-event type


@cache
def _extractor() -> NLPExtractor:
    from conflictkg.nlp.extractor import NLPExtractor

    return NLPExtractor()


def both_fight(a: str, b: str, place: str | None) -> set[Row]:
    """The two rows of a fight told by its two sides at once ("clashes between A and B")."""
    return {(a, "FIGHT", b, place), (b, "FIGHT", a, place)}


def facts(text: str, lang: str, published: str | None = PUBLISHED) -> ArticleFacts:
    doc = RawDocument(origin=f"test-{abs(hash(text))}", text=text, language=lang, published=published)
    (out,) = list(_extractor().extract([doc]))
    assert isinstance(out, ArticleFacts), out
    return out


def _names(f: ArticleFacts) -> tuple[dict[str, str], dict[str, str]]:
    """Actor names and place names by id."""
    return {a.id: a.name for a in f.actors}, {loc.id: loc.name for loc in f.locations}


def rows(text: str, lang: str, published: str | None = PUBLISHED) -> set[Row]:
    """(actor, type, target, place) of every event."""
    f = facts(text, lang, published)
    names, places = _names(f)
    return {(names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""))
            for e in f.events}  # fmt: skip


def fr_rows(text: str, published: str | None = NEWS_PUBLISHED) -> set[Row]:
    return rows(text, "fr", published)


def en_rows(text: str) -> set[Row]:
    return rows(text, "en", SNIPPETS_PUBLISHED)


def en_news_rows(text: str) -> set[Row]:
    return rows(text, "en", NEWS_PUBLISHED)


def events(text: str, lang: str) -> set[Fact]:
    """(actor, type, target, modality) of every event."""
    f = facts(text, lang)
    names, _ = _names(f)
    return {(names[e.actor_id], e.type, names.get(e.target_id or ""), e.modality) for e in f.events}


def places(text: str, lang: str, published: str | None = PUBLISHED) -> set[tuple[str, str | None]]:
    """(type, place) of every event."""
    f = facts(text, lang, published)
    _, locs = _names(f)
    return {(e.type, locs.get(e.location_id or "")) for e in f.events}


def modal_rows(text: str, lang: str, published: str | None, only: str | None = None) -> set[Modal]:
    """(actor, type, place, modality) of every event (of type ``only`` when given)."""
    f = facts(text, lang, published)
    names, places = _names(f)
    return {(names[e.actor_id], e.type, places.get(e.location_id or ""), e.modality)
            for e in f.events if only is None or e.type == only}  # fmt: skip


def dated(text: str, lang: str, published: str | None) -> set[Dated]:
    """(actor, type, place, date, precision) of every event."""
    f = facts(text, lang, published)
    names, places = _names(f)
    return {(names[e.actor_id], e.type, places.get(e.location_id or ""), e.date, e.date_precision)
            for e in f.events}  # fmt: skip


def placed(text: str, lang: str = "en", published: str | None = PUBLISHED) -> set[Placed]:
    """(type, place, country) of every event; (type, None, None) for an event with no place."""
    f = facts(text, lang, published)
    locs = {loc.id: loc for loc in f.locations}
    out: set[Placed] = set()
    for e in f.events:
        loc = locs.get(e.location_id or "")
        out.add((e.type, loc.name if loc else None, loc.country if loc else None))
    return out


def located(text: str, published: str | None = SNIPPETS_PUBLISHED) -> set[Located]:
    """(place, country, lat, lon) of every placed English event: where a gazetteer pick lands."""
    f = facts(text, "en", published)
    locs = {loc.id: loc for loc in f.locations}
    hit = [locs[e.location_id] for e in f.events if e.location_id]
    return {(loc.name, loc.country, loc.lat, loc.lon) for loc in hit}


def controls(text: str, lang: str = "fr", published: str | None = NEWS_PUBLISHED) -> set[tuple[str, str]]:
    """(actor, place) of every control stated."""
    f = facts(text, lang, published)
    names, places = _names(f)
    return {(names[c.actor_id], places[c.location_id]) for c in f.controls}
