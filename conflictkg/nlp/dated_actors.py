"""Actors of one period, chosen by the article's date. A group named by what it is ("l'armée",
"the army" of Libya) stands for that country's forces of the time the article tells of: the KB's
"Military Forces of Libya (1969-2011)" in a 2010 article, Libya's forces of no named period
(ACLED's "Military Forces of Libya", the current ones) in a 2012 one. An undated article is read as
current: the open-ended actor ("(2014-)"), else the one of no period. A name of the actor itself
("les forces de Kadhafi") is that actor whatever the date. Spans: knowledge/spans.py."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from conflictkg.knowledge.kb_data import actor_id
from conflictkg.knowledge.spans import name_span


def in_their_time(parsed: Any, kb: Any, published: str | None) -> Any:
    """``parsed`` (an extractor's Parsed) with each generic group's dated actor the one of the
    article's year (none: the current one)."""
    year = int(published[:4]) if published and published[:4].isdigit() else None
    records = dict(parsed.records)
    moved: dict[str, str] = {}
    for aid, rec in parsed.records.items():
        chosen = _of_the_time(rec, kb, year) if rec.get("group") else None
        if chosen is not None and chosen["id"] != aid:
            moved[aid] = str(chosen["id"])
            records.setdefault(str(chosen["id"]), chosen)
    return moved_to(parsed, records, moved)


def moved_to(parsed: Any, records: dict[str, Any], moved: dict[str, str]) -> Any:
    """``parsed`` with the actors ``moved`` (old id → new id) moved, ``records`` holding the new ones."""
    if not moved:
        return parsed

    def to(aid: Any) -> Any:
        return moved.get(aid, aid) if isinstance(aid, str) else aid

    events = [{**e, "actor": to(e["actor"]), "target": to(e["target"]), "via": to(e.get("via"))}
              for e in parsed.events]  # fmt: skip
    controls = [{**c, "actor": to(c["actor"])} for c in parsed.controls]
    members = [{**m, "person": to(m["person"]), "org": to(m["org"])} for m in parsed.memberships]
    return replace(parsed, records=records, events=events, controls=controls, memberships=members)


def _of_the_time(rec: dict[str, Any], kb: Any, year: int | None) -> dict[str, Any] | None:
    """The record of the actor of ``rec``'s name (without its span) that fits ``year``."""
    name = str(rec["name"])
    own = name_span(name)
    base = own.base if own is not None else name
    choices = kb.dated(base)
    if not choices:
        return None
    if year is not None:
        fits = [(span, e) for span, e in choices if span.holds(year)]
    else:
        fits = [(span, e) for span, e in choices if span.end is None]
    if fits:  # the latest period to begin: the narrowest of nested ones
        _, entry = max(fits, key=lambda c: c[0].start)
        return {**rec, "id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country,
                "wikidata": entry.wikidata, "aliases": list(entry.aliases)}  # fmt: skip
    # none of the KB's periods: the country's forces of no period, under the name without its span
    return {**rec, "id": actor_id(base), "name": base, "wikidata": None, "aliases": [base]}
