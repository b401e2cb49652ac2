"""Events from the graph in the export contract of the design (one dict an event).

Rows come from ``queries/export_events.cypher`` one keyset page at a time, in event id order: a page
is the events with an id after the last one of the previous page (``WHERE e.id > $after ... ORDER BY
e.id LIMIT $limit``, served by the Event id index), so every page costs the same however deep it is,
and a big graph is streamed in flat memory, never loaded whole. The pages also carry an upper bound
(``$upto``): the id space (``ev:`` and 16 hex digits, uniformly spread) is cut into windows of about
a page or less each, since FalkorDB reads and sorts every event of the range to find the first
``$limit`` (its index range is not ordered): a small window makes that read the page itself.
The order of the export is the event id order, on every store.
:func:`iter_event_rows` gives the query's flat rows (with aliases, for evaluation);
:func:`iter_events` gives the contract's nested dicts.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from conflictkg.graph.store import Store
from conflictkg.queries.api import iso_date
from conflictkg.queries.files import load

PAGE_SIZE = 1000

# Column order of the CSV export: the contract's fields, nested ones flattened with dots.
CSV_COLUMNS = (
    "article", "event_id", "action", "cameo",
    "actor.name", "actor.id", "actor.kind", "actor.country", "actor.wikidata",
    "target.name", "target.id", "target.kind", "target.country", "target.wikidata",
    "location.name", "location.lat", "location.lon", "location.geonames_id", "location.country",
    "date", "date_precision", "modality", "confidence", "evidence.text", "evidence.start", "evidence.end",
)  # fmt: skip

EVENT_ID_PREFIX = "ev:"  # every event id is "ev:" and 16 hex digits (model.make_id)
MAX_PREFIX_DIGITS = 4


def id_windows(events: int, page_size: int) -> list[tuple[str, str]]:
    """The (after, upto] bounds of the id windows, in order: the ids under each prefix of ``ev:`` and
    k hex digits, k the fewest that make a window hold about a page or less (at most
    :data:`MAX_PREFIX_DIGITS`); together they hold every ``ev:<hex>`` id.

    A window is (prefix, prefix + "g"]: FalkorDB's index range over strings is exact with those
    bounds, and returns whole neighbouring subtrees with others (such as ("ev:0f", "ev:10"] or any
    bound below "ev:"), which would cost a full read and repeat events."""
    digits = 0
    while digits < MAX_PREFIX_DIGITS and events > page_size * 16**digits:
        digits += 1
    prefixes = [f"{EVENT_ID_PREFIX}{i:0{digits}x}" if digits else EVENT_ID_PREFIX for i in range(16**digits)]
    return [(prefix, prefix + "g") for prefix in prefixes]


def article_key(path_or_url: str) -> str:
    """The ``Article.url`` that ingest recorded for a path given on its command line."""
    if "://" in path_or_url:
        return path_or_url
    return os.path.normpath(path_or_url)


def iter_event_rows(
    store: Store,
    *,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    page_size: int = PAGE_SIZE,
    aliases: bool = True,
) -> Iterator[dict[str, Any]]:
    """The export query's rows, page after page, in event id order (one row an event); with
    ``aliases``, each row also has ``actor_aliases``, ``target_aliases`` and ``location_aliases``."""
    for page in _pages(store, article, since, until, source, page_size):
        if aliases:
            _add_aliases(store, page)
        yield from page


def _pages(
    store: Store,
    article: str | None,
    since: str | None,
    until: str | None,
    source: str | None,
    page_size: int,
) -> Iterator[list[dict[str, Any]]]:
    params: dict[str, Any] = {
        "article": article,
        "since": iso_date(since, "since"),
        "until": iso_date(until, "until", upper=True),
        "source": source,
        "limit": page_size,
    }
    cypher = load("export_events")
    count = store.query("MATCH (e:Event) RETURN count(e) AS n")
    for after, upto in id_windows(int(count[0]["n"]) if count else 0, page_size):
        while True:
            rows = store.query(cypher, {**params, "after": after, "upto": upto})
            inside = [row for row in rows if after < row["event_id"] <= upto]  # a store's inexact range
            if inside:
                yield inside
            if len(rows) < page_size or rows[-1]["event_id"] >= upto:
                break
            after = rows[-1]["event_id"]


_ALIASES = {
    "Actor": "MATCH (n:Actor) WHERE n.id IN $ids RETURN n.id AS id, n.aliases AS aliases",
    "Location": "MATCH (n:Location) WHERE n.id IN $ids RETURN n.id AS id, n.aliases AS aliases",
}


def _add_aliases(store: Store, rows: list[dict[str, Any]]) -> None:
    """The aliases of the page's actors and places (kept out of the export query: the contract has
    none, and every event repeats its actor's list)."""
    for label, prefixes in (("Actor", ("actor", "target")), ("Location", ("location",))):
        ids = sorted({row[f"{p}_id"] for row in rows for p in prefixes if row[f"{p}_id"] is not None})
        found = {r["id"]: r["aliases"] for r in store.query(_ALIASES[label], {"ids": ids})}
        for row in rows:
            for p in prefixes:
                row[f"{p}_aliases"] = found.get(row[f"{p}_id"])


def _actor(row: dict[str, Any], prefix: str) -> dict[str, Any] | None:
    if row.get(f"{prefix}_id") is None:
        return None
    return {
        "name": row.get(f"{prefix}_name") or row[f"{prefix}_id"],
        "id": row[f"{prefix}_id"],
        "kind": row.get(f"{prefix}_kind") or "unknown",
        "country": row.get(f"{prefix}_country"),
        "wikidata": row.get(f"{prefix}_wikidata"),
    }


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def to_contract(row: dict[str, Any]) -> dict[str, Any]:
    """One query row → one line of ``conflictkg export events`` (the design's contract)."""
    location = None
    if row.get("location_id") is not None:
        location = {
            "name": row.get("location_name") or row["location_id"],
            "lat": _number(row.get("lat")),
            "lon": _number(row.get("lon")),
            "geonames_id": row.get("geonames_id"),
            "country": row.get("location_country"),
        }
    sentence = row.get("sentence") or row.get("span") or ""
    evidence: dict[str, Any] = {"text": sentence}
    if row.get("ev_start") is not None:
        evidence["start"] = int(row["ev_start"])
    if row.get("ev_end") is not None:
        evidence["end"] = int(row["ev_end"])
    confidence = row.get("confidence")
    actor = _actor(row, "actor")
    assert actor is not None  # the query matches events with an actor only
    out = {
        "article": row["article"],
        "event_id": row["event_id"],
        "action": row["action"],
        "cameo": row.get("cameo"),
        "actor": actor,
        "target": _actor(row, "target"),
        "location": location,
        "date": row.get("date"),
        "date_precision": row.get("date_precision"),
        "modality": row.get("modality") or "asserted",
        "confidence": None if confidence is None else min(1.0, max(0.0, float(confidence))),
        "evidence": evidence,
    }
    if out["confidence"] is None:  # the schema wants a number when the key is there
        del out["confidence"]
    return out


def iter_events(
    store: Store,
    *,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[dict[str, Any]]:
    """Events in the export contract, streamed in a deterministic order."""
    for page in _pages(store, article, since, until, source, page_size):
        for row in page:
            yield to_contract(row)


def flatten(event: dict[str, Any]) -> dict[str, Any]:
    """A contract dict → one CSV row (columns :data:`CSV_COLUMNS`)."""
    out: dict[str, Any] = {}
    for col in CSV_COLUMNS:
        head, _, tail = col.partition(".")
        value = event.get(head)
        if tail:
            value = value.get(tail) if isinstance(value, dict) else None
        out[col] = value
    return out
