"""Cross-source linking: events from different sources (text, acled, gdelt) that describe the same
happening get ``(a:Event)-[:SAME_AS {score, reasons}]->(b:Event)``, lower id → higher id.

One read query fetches what matching needs (type, date and precision, place and its coordinates,
actor and target); candidates are blocked in Python by (country, overlapping date windows), so the
work grows with the events per country and day, not with the square of the graph. A pair matches
when its types are compatible, its dates overlap within each one's precision (or are adjacent), its
places lie within a distance that fits their geo precision, and its actors are compatible (a shared
actor, actors of the same country, or one side unknown). Each event keeps at most ``per_source``
links to each other source (the pair must be in both sides' best). Links whose events changed are
removed; running it twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.textkeys import haversine_km

READ_EVENTS = """
MATCH (e:Event)
WHERE e.date IS NOT NULL AND e.source IN $sources AND coalesce(e.acled_role, '') <> 'associated'
OPTIONAL MATCH (e)-[:AT]->(l:Location)
OPTIONAL MATCH (a:Actor)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
RETURN e.id AS id, e.source AS source, e.type AS type, e.date AS date, e.date_precision AS precision,
       e.geo_precision AS geo, e.country AS country, l.id AS place, l.country AS place_country,
       l.kind AS place_kind, l.lat AS lat, l.lon AS lon,
       a.id AS actor, a.kind AS actor_kind, a.name AS actor_name, a.country AS actor_country,
       t.id AS target, t.kind AS target_kind, t.name AS target_name, t.country AS target_country
"""

SOURCES = "MATCH (e:Event) RETURN e.source AS source, count(*) AS n"

READ_LINKS = "MATCH (a:Event)-[r:SAME_AS]->(b:Event) RETURN a.id AS a, b.id AS b"

WRITE_LINKS = """
UNWIND $rows AS row
MATCH (a:Event {id: row.a})
MATCH (b:Event {id: row.b})
MERGE (a)-[r:SAME_AS]->(b)
ON CREATE SET r.run_id = $run_id
SET r.score = row.score, r.reasons = row.reasons
RETURN count(*) AS done
"""

DELETE_LINKS = """
UNWIND $rows AS row
MATCH (a:Event {id: row.a})-[r:SAME_AS]->(b)
WHERE b.id = row.b
DELETE r
RETURN count(*) AS done
"""

SHIPPED_CYPHER = [READ_EVENTS, SOURCES, READ_LINKS, WRITE_LINKS, DELETE_LINKS]

# Type families: same type scores 1, same family 0.8; a capture and a battle may be one happening.
FAMILIES = [
    {"FIGHT", "ASSAULT"},
    {"ACCUSE", "DISAPPROVE"},
    {"REQUEST", "DEMAND"},
    {"SUPPORT", "AID", "COOPERATE"},
    {"AGREE", "CONCEDE"},
    {"COERCE", "SANCTION"},
]
RELATED = [({"CAPTURE"}, {"FIGHT", "ASSAULT"}, 0.5)]

# Radius by ACLED-style geo precision (1 town, 2 near a town / district, 3 province, 4 country).
RADIUS_KM = {1: 10.0, 2: 25.0, 3: 50.0}
COUNTRY_LEVEL = 4
PLACE_KIND_PRECISION = {"country": 4, "region": 3, "province": 3, "admin1": 3, "district": 2}
WINDOW_DAYS = {"day": 0, "week": 6, "month": 15, "year": 183}
WEIGHTS = {"type": 0.3, "date": 0.25, "place": 0.25, "actor": 0.2}
THRESHOLD = 0.65
UNKNOWN_KINDS = {"unknown", None}


def type_score(a: str, b: str) -> tuple[float, str] | None:
    if a == b:
        return 1.0, f"type: {a}"
    for fam in FAMILIES:
        if a in fam and b in fam:
            return 0.8, f"type: {a}~{b}"
    for left, right, score in RELATED:
        if (a in left and b in right) or (b in left and a in right):
            return score, f"type: {a}~{b} (related)"
    return None


@dataclass
class Item:
    id: str
    source: str
    type: str
    start: int  # date window, as proleptic ordinals
    end: int
    exact_day: bool
    country: str
    precision: int  # geo precision, ACLED scale
    place: str | None
    lat: float | None
    lon: float | None
    actors: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id → (kind, country)
    names: dict[str, str] = field(default_factory=dict)


def _window(date: str, precision: str | None) -> tuple[int, int, bool] | None:
    """The days a dated event may fall on: (first, last, exact day)."""
    parts = date.split("-")
    try:
        if len(parts) == 1:
            y = int(parts[0])
            return dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal(), False
        if len(parts) == 2:
            y, m = int(parts[0]), int(parts[1])
            nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
            return dt.date(y, m, 1).toordinal(), nxt.toordinal() - 1, False
        day = dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None
    pad = WINDOW_DAYS.get(precision or "day", 0)
    return day - pad, day + pad, pad == 0


def _item(row: dict[str, Any]) -> Item | None:
    if not row["date"] or not row["type"]:
        return None
    window = _window(str(row["date"]), row["precision"])
    country = row["place_country"] or row["country"]
    if window is None or not country:
        return None
    precision = row["geo"]
    if precision is None:
        precision = PLACE_KIND_PRECISION.get(row["place_kind"] or "", 1) if row["place"] else COUNTRY_LEVEL
    item = Item(
        id=row["id"], source=row["source"] or "text", type=row["type"], start=window[0], end=window[1],
        exact_day=window[2], country=country, precision=int(precision), place=row["place"],
        lat=row["lat"], lon=row["lon"],
    )  # fmt: skip
    for side in ("actor", "target"):
        if row[side]:
            kind = row[f"{side}_kind"]
            if (row[f"{side}_name"] or "").startswith("Unidentified"):
                kind = "unknown"
            item.actors[row[side]] = (kind, row[f"{side}_country"])
            item.names[row[side]] = row[f"{side}_name"] or row[side]
    return item


def _type_score(a: Item, b: Item) -> tuple[float, str] | None:
    return type_score(a.type, b.type)


def _date_score(a: Item, b: Item) -> tuple[float, str] | None:
    if a.start > b.end + 1 or b.start > a.end + 1:
        return None
    if a.exact_day and b.exact_day:
        return (1.0, "date: same day") if a.start == b.start else (0.8, "date: adjacent days")
    if a.start <= b.end and b.start <= a.end:
        return 0.6, "date: overlapping within precision"
    return 0.5, "date: adjacent within precision"


def _place_score(a: Item, b: Item) -> tuple[float, str] | None:
    if a.country != b.country:
        return None
    if a.place and a.place == b.place:
        return 1.0, "place: same place"
    if max(a.precision, b.precision) >= COUNTRY_LEVEL:
        return 0.4, f"place: same country ({a.country})"
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    radius = max(RADIUS_KM.get(a.precision, 50.0), RADIUS_KM.get(b.precision, 50.0))
    km = haversine_km(float(a.lat), float(a.lon), float(b.lat), float(b.lon))
    if km > radius:
        return None
    return 1.0 - 0.5 * km / radius, f"place: {km:.1f} km apart (≤ {radius:.0f})"


def _actor_score(a: Item, b: Item) -> tuple[float, str] | None:
    shared = sorted(set(a.actors) & set(b.actors))
    if shared:
        return 1.0, "actor: same " + ", ".join(a.names[s] for s in shared)
    known_a = {k: v for k, v in a.actors.items() if v[0] not in UNKNOWN_KINDS}
    known_b = {k: v for k, v in b.actors.items() if v[0] not in UNKNOWN_KINDS}
    if not known_a or not known_b or len(known_a) < len(a.actors) or len(known_b) < len(b.actors):
        return 0.5, "actor: unknown on one side"
    countries = {c for _, c in known_a.values() if c} & {c for _, c in known_b.values() if c}
    if countries:
        return 0.6, "actor: same country " + ", ".join(sorted(countries))
    return None


def score_pair(a: Item, b: Item) -> tuple[float, list[str]] | None:
    """The match score of two events and its reasons, or None when they cannot be one happening."""
    parts = []
    for check in (_type_score, _date_score, _place_score, _actor_score):
        got = check(a, b)
        if got is None:
            return None
        parts.append(got)
    score = sum(w * s for w, (s, _) in zip(WEIGHTS.values(), parts, strict=True))
    if score < THRESHOLD:
        return None
    return round(score, 3), [reason for _, reason in parts]


def candidate_pairs(items: list[Item]) -> list[tuple[Item, Item, float, list[str]]]:
    """Scored cross-source pairs, blocked by country and overlapping date windows."""
    by_country: dict[str, list[Item]] = defaultdict(list)
    for it in items:
        by_country[it.country].append(it)
    out = []
    for group in by_country.values():
        group.sort(key=lambda it: (it.start, it.id))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if b.start > a.end + 1:
                    break
                if b.source == a.source:
                    continue
                got = score_pair(a, b)
                if got is not None:
                    out.append((a, b, *got))
    return out


SOURCE_RANK = {"text": 0, "acled": 1, "gdelt": 2}


def _chooser(a: Item, b: Item) -> tuple[Item, Item]:
    """The side that picks its best matches: text before ACLED before GDELT (then any order)."""
    ra, rb = SOURCE_RANK.get(a.source, 3), SOURCE_RANK.get(b.source, 3)
    return (a, b) if (ra, a.source) <= (rb, b.source) else (b, a)


def select(pairs: list[tuple[Item, Item, float, list[str]]], per_source: int) -> list[dict[str, Any]]:
    """Keep a pair when the chooser (the text event, else the ACLED record) ranks the other among its
    ``per_source`` best of that source. Many reports may point at one record; one report points at
    no more than ``per_source`` records of each source."""
    ranked: dict[tuple[str, str], list[tuple[float, str]]] = defaultdict(list)
    for a, b, score, _ in pairs:
        chooser, other = _chooser(a, b)
        ranked[(chooser.id, other.source)].append((-score, other.id))
    best = {k: {other for _, other in sorted(v)[:per_source]} for k, v in ranked.items()}
    rows = []
    for a, b, score, reasons in pairs:
        chooser, other = _chooser(a, b)
        if other.id in best[(chooser.id, other.source)]:
            lo, hi = sorted((a.id, b.id))
            rows.append({"a": lo, "b": hi, "score": score, "reasons": reasons})
    rows.sort(key=lambda r: (r["a"], r["b"]))
    return rows


@dataclass
class LinkStats:
    events: int = 0
    candidates: int = 0
    links: int = 0
    removed: int = 0


def link(store: Store, run_id: str | None = None, *, per_source: int = 3) -> LinkStats:
    """Recompute the SAME_AS links between events of different sources."""
    stats = LinkStats()
    sources = [r["source"] for r in store.query(SOURCES) if r["source"]]
    rows: list[dict[str, Any]] = []
    if len(sources) > 1:
        items = [it for it in map(_item, store.query(READ_EVENTS, {"sources": sources})) if it]
        stats.events = len(items)
        pairs = candidate_pairs(items)
        stats.candidates = len(pairs)
        rows = select(pairs, per_source)
    writer = GraphWriter(store, run_id=run_id)
    wanted = {(r["a"], r["b"]) for r in rows}
    stale = [r for r in store.query(READ_LINKS) if (r["a"], r["b"]) not in wanted]
    stats.removed = writer.write_rows(DELETE_LINKS, stale)
    stats.links = writer.write_rows(WRITE_LINKS, rows)
    return stats
