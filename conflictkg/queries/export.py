"""Events from the graph in the export contract of the design (one dict an event).

Rows come from ``queries/export_events.cypher`` one keyset page at a time, in event id order: a page
is the events with an id after the last one of the previous page (``WHERE e.id > $after ... ORDER BY
e.id LIMIT $limit``, served by the Event id index), so every page costs the same however deep it is,
and a big graph is streamed in flat memory, never loaded whole. The pages also carry an upper bound
(``$upto``): the id space (``ev:`` and 16 hex digits, uniformly spread) is cut into windows of about
a page or less each, since FalkorDB reads and sorts every event of the range to find the first
``$limit`` (its index range is not ordered): a small window makes that read the page itself.
The order of the export is the event id order, on every store.

A page names its actors and places by id; their properties come from ``export_endpoints.cypher``
for the ids not seen earlier in the stream (a graph has far fewer actors and places than events).
Threads read the next id windows while this one's pages are converted: at most
:data:`WINDOWS_AHEAD` windows ahead, so memory stays flat (the first page is given before the
others are asked for). A stream's pages are bigger
than the API's, except its first ones, cut from the API's smaller windows, the very first to about
:data:`FIRST_WINDOW_SIZE` events, so that the first lines come out quickly.
:func:`iter_event_rows` gives flat rows (with names and aliases, for evaluation);
:func:`iter_events` gives the contract's nested dicts; :func:`iter_event_lines` their JSON lines
(those of ``conflictkg export events``), written without building the dicts.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from conflictkg.graph.store import Store
from conflictkg.queries.api import iso_date
from conflictkg.queries.export_lines import EventLines
from conflictkg.queries.files import load
from conflictkg.queries.tellings_field import other_tellings

PAGE_SIZE = 1000  # a page of the API (iter_events' default)
STREAM_PAGE_SIZE = 4000  # a page of `conflictkg export events`
FIRST_PAGE_SIZE = PAGE_SIZE  # the first page of any stream: the windows of an API page
FIRST_WINDOW_SIZE = 16  # the events a stream's very first window holds about (its first lines)
WINDOWS_AHEAD = 2  # id windows read ahead of the one in use, each by its own thread
CACHE_LIMIT = 50_000  # actors + places kept per stream before the cache starts again

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
    digits = _digits(events, page_size)
    prefixes = [f"{EVENT_ID_PREFIX}{i:0{digits}x}" if digits else EVENT_ID_PREFIX for i in range(16**digits)]
    return [(prefix, prefix + "g") for prefix in prefixes]


def _digits(events: int, page_size: int) -> int:
    """The hex digits after ``ev:`` of the id windows for ``page_size`` (see :func:`id_windows`)."""
    digits = 0
    while digits < MAX_PREFIX_DIGITS and events > page_size * 16**digits:
        digits += 1
    return digits


def stream_windows(
    events: int, page_size: int, first_page: int, first_window: int = FIRST_WINDOW_SIZE
) -> list[tuple[str, str]]:
    """The windows of :func:`id_windows` for ``page_size``, the first one cut into the smaller
    windows of ``first_page``, and the first of those cut again: a window of about ``first_window``
    events (so that the first lines come after reading a few events, not a page), then the rest of
    that window together with the next one (one read for both). The same ids, in the same order."""
    windows = id_windows(events, page_size)
    first_prefix = windows[0][0]
    fine = [w for w in id_windows(events, min(first_page, page_size)) if w[0].startswith(first_prefix)]
    out = fine + windows[1:]
    head_prefix = EVENT_ID_PREFIX + "0" * _digits(events, min(first_window, first_page, page_size))
    head = (head_prefix, head_prefix + "g")  # id_windows(...)[0], without listing the 16**digits others
    if head[0] == out[0][0]:  # not finer than the first window
        return out
    # (head's end, the next window's end]: its lower bound is not a prefix, but the index range from
    # a bound inside the id space is exact on both stores (as the keyset's `after` of a full page).
    return [head, (head[1], out[min(1, len(out) - 1)][1]), *out[2:]]


def article_key(path_or_url: str) -> str:
    """The ``Article.url`` that ingest recorded for a path given on its command line."""
    if "://" in path_or_url:
        return path_or_url
    return os.path.normpath(path_or_url)


@dataclass
class _Page:
    """A page's rows with the contract's actor and place objects by id (at least those it names)."""

    rows: list[dict[str, Any]]
    actors: dict[str, dict[str, Any]]
    places: dict[str, dict[str, Any]]
    aliases: dict[str, list[str] | None]


@dataclass
class _Endpoints:
    """The actors and places a stream has read so far, by id (bounded by :data:`CACHE_LIMIT`)."""

    store: Store
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    aliases: dict[str, list[str] | None] = field(default_factory=dict)

    def page(self, rows: list[dict[str, Any]]) -> _Page:
        """The page with the stream's actors and places themselves (a page holds about as many
        distinct ones as events: copying them out for each page cost as much as the reply's parse).
        An id the graph does not hold gets its default object once."""
        actor_ids = {row["actor_id"] for row in rows} | {row["target_id"] for row in rows}
        place_ids = {row["location_id"] for row in rows}
        actor_ids.discard(None)
        place_ids.discard(None)
        if len(self.actors) + len(self.places) > CACHE_LIMIT:  # new dicts: a page given keeps its own
            self.actors, self.places, self.aliases = {}, {}, {}
        missing_actors, missing_places = actor_ids - self.actors.keys(), place_ids - self.places.keys()
        self._read(missing_actors, missing_places)
        for i in missing_actors - self.actors.keys():
            self.actors[i] = _actor({"id": i})
        for i in missing_places - self.places.keys():
            self.places[i] = _place({"id": i})
        return _Page(rows, self.actors, self.places, self.aliases)

    def _read(self, actor_ids: set[str], place_ids: set[str]) -> None:
        if not actor_ids and not place_ids:
            return
        params = {"actors": sorted(actor_ids), "places": sorted(place_ids)}
        for found in self.store.query(load("export_endpoints"), params):
            if found["part"] == "actor":
                self.actors[found["id"]] = _actor(found)
            else:
                self.places[found["id"]] = _place(found)
            self.aliases[found["id"]] = found.get("aliases")


def _actor(found: dict[str, Any]) -> dict[str, Any]:
    """An Actor's properties → the contract's actor object."""
    return {
        "name": found.get("name") or found["id"],
        "id": found["id"],
        "kind": found.get("kind") or "unknown",
        "country": found.get("country"),
        "wikidata": found.get("wikidata"),
    }


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _place(found: dict[str, Any]) -> dict[str, Any]:
    """A Location's properties → the contract's location object."""
    return {
        "name": found.get("name") or found["id"],
        "lat": _number(found.get("lat")),
        "lon": _number(found.get("lon")),
        "geonames_id": found.get("geonames_id"),
        "country": found.get("country"),
    }


def _window_rows(
    store: Store, cypher: str, params: dict[str, Any], after: str, upto: str, limit: int, page_size: int
) -> Iterator[list[dict[str, Any]]]:
    """The export query's pages of one id window (after, upto], in event id order: the first one at
    most ``limit`` rows, the next ones ``page_size``."""
    while True:
        rows = store.query(cypher, {**params, "after": after, "upto": upto, "limit": limit})
        full = len(rows) >= limit
        if full:  # the limit counts rows, and an event has one row per article that reports it:
            last = rows[-1]["event_id"]  # its rows may go on past the limit, so it starts the next page
            kept = [row for row in rows if row["event_id"] != last]
            if not kept:  # one event with more reports than a page: read it whole
                limit *= 2
                continue
            rows = kept
        inside = [row for row in rows if after < row["event_id"] <= upto]  # a store's inexact range
        if inside:
            yield inside
            limit = max(limit, page_size)
        if not full or rows[-1]["event_id"] >= upto:
            break
        after = rows[-1]["event_id"]


def _pages(
    store: Store,
    article: str | None,
    since: str | None,
    until: str | None,
    source: str | None,
    page_size: int,
    first_page: int,
    first_window: int = FIRST_WINDOW_SIZE,
) -> Iterator[_Page]:
    """The pages with their actors and places, in event id order.

    The windows up to the first that holds an event are read here, and its pages given before
    anything else is asked for (the first lines come quickly). The other windows are read by
    :data:`WINDOWS_AHEAD` threads, each on its own connection, while the pages before them are used:
    the store runs one window's query while the reply of another is parsed here (at most that many
    windows read ahead, so memory stays flat). Each window is read whole by its thread, its pages
    kept in order; the actors and places are looked up here, in page order."""
    params: dict[str, Any] = {
        "article": article,
        "since": iso_date(since, "since"),
        "until": iso_date(until, "until", upper=True),
        "source": source,
    }
    cypher = load("export_events")
    count = store.query("MATCH (e:Event) RETURN count(e) AS n")
    events = int(count[0]["n"]) if count else 0
    windows = iter(stream_windows(events, page_size, first_page, first_window))
    endpoints = _Endpoints(store)
    limit = min(first_page, page_size)
    for after, upto in windows:
        found = False
        for rows in _window_rows(store, cypher, params, after, upto, limit, page_size):
            found = True
            yield endpoints.page(rows)
        if found:
            break

    def read(window: tuple[str, str]) -> list[list[dict[str, Any]]]:
        return list(_window_rows(store, cypher, params, *window, page_size, page_size))

    fetcher = ThreadPoolExecutor(max_workers=WINDOWS_AHEAD, thread_name_prefix="export-window")
    try:
        pending = deque(fetcher.submit(read, window) for window in itertools.islice(windows, WINDOWS_AHEAD))
        while pending:
            pages = pending.popleft().result()
            following = next(windows, None)
            if following is not None:
                pending.append(fetcher.submit(read, following))
            for rows in pages:
                yield endpoints.page(rows)
    finally:  # a reader that stops early does not wait for the windows in flight: they are dropped
        fetcher.shutdown(wait=False, cancel_futures=True)


def to_contract(row: dict[str, Any], page: _Page) -> dict[str, Any]:
    """One query row → one line of ``conflictkg export events`` (the design's contract)."""
    evidence: dict[str, Any] = {"text": row["sentence"] or ""}
    if row["ev_start"] is not None:
        evidence["start"] = int(row["ev_start"])
    if row["ev_end"] is not None:
        evidence["end"] = int(row["ev_end"])
    target, location, confidence = row["target_id"], row["location_id"], row["confidence"]
    out = {
        "article": row["article"],
        "event_id": row["event_id"],
        "action": row["action"],
        "cameo": row["cameo"],
        "actor": dict(page.actors[row["actor_id"]]),
        "target": None if target is None else dict(page.actors[target]),
        "location": None if location is None else dict(page.places[location]),
        "date": row["date"],
        "date_precision": row["date_precision"],
        "modality": row["modality"] or "asserted",
        "confidence": None if confidence is None else min(1.0, max(0.0, float(confidence))),
        "evidence": evidence,
    }
    if confidence is None:  # the schema wants a number when the key is there
        del out["confidence"]
    others = other_tellings(row)
    if others:
        out["other_tellings"] = others
    return out


def iter_events(
    store: Store,
    *,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    page_size: int = PAGE_SIZE,
    first_page: int = FIRST_PAGE_SIZE,
    first_window: int = FIRST_WINDOW_SIZE,
) -> Iterator[dict[str, Any]]:
    """Events in the export contract, streamed in event id order."""
    for page in _pages(store, article, since, until, source, page_size, first_page, first_window):
        for row in page.rows:
            yield to_contract(row, page)


def iter_event_lines(
    store: Store,
    *,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    page_size: int = STREAM_PAGE_SIZE,
) -> Iterator[str]:
    """The events of :func:`iter_events` as JSON text, ``json.dumps(event, ensure_ascii=False)``
    of each (no newline), in the same order: the lines of ``conflictkg export events``."""
    lines = EventLines(CACHE_LIMIT)
    for page in _pages(store, article, since, until, source, page_size, FIRST_PAGE_SIZE):
        yield from lines.page(page.rows, page.actors, page.places)


def iter_event_rows(
    store: Store,
    *,
    article: str | None = None,
    since: str | None = None,
    until: str | None = None,
    source: str | None = None,
    page_size: int = PAGE_SIZE,
) -> Iterator[dict[str, Any]]:
    """The export's events as flat rows in event id order: the query's columns with, for the
    actor, target and location, ``<part>_name``, ``_kind``, ``_country``, ``_aliases`` … and the
    place's ``lat``, ``lon`` and ``geonames_id``."""
    for page in _pages(store, article, since, until, source, page_size, FIRST_PAGE_SIZE):
        for row in page.rows:
            yield _flat_row(row, page)


def _flat_row(row: dict[str, Any], page: _Page) -> dict[str, Any]:
    flat = dict(row)
    for part, found in (("actor", page.actors), ("target", page.actors)):
        entity = found.get(row[f"{part}_id"]) or {}
        for key in ("name", "kind", "country", "wikidata"):
            flat[f"{part}_{key}"] = entity.get(key)
        flat[f"{part}_aliases"] = page.aliases.get(row[f"{part}_id"])
    place = page.places.get(row["location_id"]) or {}
    flat.update(lat=place.get("lat"), lon=place.get("lon"), geonames_id=place.get("geonames_id"))
    flat.update(location_name=place.get("name"), location_country=place.get("country"))
    flat["location_aliases"] = page.aliases.get(row["location_id"])
    return flat


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
