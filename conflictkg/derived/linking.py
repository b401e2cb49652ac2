"""Cross-source linking: events from different sources (text, acled, gdelt) that describe the same
happening get ``(a:Event)-[:SAME_AS {score, reasons}]->(b:Event)``, lower id → higher id.

One read query fetches what matching needs (type, date and precision, place and its coordinates,
actor and target, and the sentences of extracted events); candidates are blocked in Python by
(country, overlapping date windows), so the work grows with the events per country and day, not with
the square of the graph. A pair matches when its types are compatible, its dates overlap within each
one's precision (or are adjacent), its places agree and its actors are compatible (a shared actor,
actors of the same country, or one side unknown).

Places agree when they are one place, carry the same name (a report's place named as written, whose
coordinates may be those of the area it was given in: "Ayn Zarah (Tripoli)", marked
``precision="area"``, compared by name over ``AREA_NAME_KM``), one names the other's
admin area ("Tripoli" for a record in admin1 Tripoli), or lie within a distance that fits their geo
precision. A report whose place is unresolved or coarse (none, no coordinates, another country, only
a country or province) agrees with a record whose place its sentence names. Each event keeps at most
``per_source`` links to each other source, and only those within ``MARGIN`` of its best (none when
more are that good): a report is not linked to another record of the same day and area when its own
is there. The events of one sentence choose together. Links whose events changed are removed;
running it twice changes nothing. An ingest run links the articles it wrote (:func:`link_articles`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from rapidfuzz import fuzz, process

from conflictkg.derived.state_forces import group_kind
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.textkeys import fold, haversine_km

READ_EVENTS = """
MATCH (e:Event)
WHERE e.date IS NOT NULL AND e.source IN $sources AND coalesce(e.acled_role, '') <> 'associated'
OPTIONAL MATCH (e)-[:AT]->(l:Location)
OPTIONAL MATCH (a:Actor)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
RETURN e.id AS id, e.source AS source, e.type AS type, e.date AS date, e.date_precision AS precision,
       e.geo_precision AS geo, e.country AS country, l.id AS place, l.country AS place_country,
       l.kind AS place_kind, l.lat AS lat, l.lon AS lon, l.precision AS place_precision,
       l.name AS place_name, l.aliases AS place_aliases,
       e.acled_location AS record_place, e.admin1 AS admin1, e.admin2 AS admin2, e.admin3 AS admin3,
       a.id AS actor, a.kind AS actor_kind, a.name AS actor_name, a.country AS actor_country,
       t.id AS target, t.kind AS target_kind, t.name AS target_name, t.country AS target_country
"""

SOURCES = "MATCH (e:Event) RETURN e.source AS source, count(*) AS n"

READ_SENTENCES = """
MATCH (e:Event {source: 'text'})-[r:REPORTED_IN]->(art:Article)
WHERE e.date IS NOT NULL
RETURN e.id AS id, r.sentence AS sentence, art.id AS article
ORDER BY id, article, sentence
"""

READ_LINKS = "MATCH (a:Event)-[r:SAME_AS]->(b:Event) RETURN a.id AS a, b.id AS b"

OTHER_SOURCE = "MATCH (e:Event) WHERE e.source <> 'text' RETURN e.source AS source LIMIT 1"

READ_ARTICLE_EVENTS = """
UNWIND $ids AS id
MATCH (e:Event {source: 'text'})-[:REPORTED_IN]->(:Article {id: id})
WHERE e.date IS NOT NULL
RETURN DISTINCT e.id AS id, e.date AS date, e.date_precision AS precision
"""

# READ_EVENTS for some extracted events and the other sources' events of their time (± a month)
READ_EVENTS_NEAR = READ_EVENTS.replace(
    "<> 'associated'",
    "<> 'associated'\n  AND (e.id IN $ids OR (e.source <> 'text' AND e.date >= $since AND e.date <= $until))",
)

READ_SENTENCES_OF = READ_SENTENCES.replace("WHERE e.date IS NOT NULL", "WHERE e.id IN $ids")

READ_EVENT_LINKS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})-[:SAME_AS]-(o:Event)
RETURN DISTINCT e.id AS a, o.id AS b
"""

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

SHIPPED_CYPHER = [
    READ_EVENTS, SOURCES, READ_SENTENCES, READ_LINKS, WRITE_LINKS, DELETE_LINKS, OTHER_SOURCE,
    READ_ARTICLE_EVENTS, READ_EVENT_LINKS, READ_EVENTS_NEAR, READ_SENTENCES_OF,
]  # fmt: skip
NEAR_DAYS = 31

# Type families: same type scores 1, same family 0.8; a capture and a battle may be one happening.
FAMILIES = [
    {"FIGHT", "ASSAULT"},
    {"ACCUSE", "DISAPPROVE"},
    {"REQUEST", "DEMAND"},
    {"SUPPORT", "AID", "COOPERATE"},
    {"AGREE", "CONCEDE"},
    {"COERCE", "SANCTION"},
]
# A capture and a battle may be one happening; so may a coercion and a fight (a drone shot down is
# ACLED's "disrupted weapons use", a report's attack).
RELATED = [({"CAPTURE"}, {"FIGHT", "ASSAULT"}, 0.5), ({"COERCE"}, {"FIGHT", "ASSAULT"}, 0.5)]
# FIGHT and ASSAULT differ by whom they hit: a side that names no target cannot tell them apart.
UNTARGETED = ({"FIGHT", "ASSAULT"}, 0.95)

# Radius by ACLED-style geo precision (1 town, 2 near a town / district, 3 province, 4 country).
RADIUS_KM = {1: 10.0, 2: 25.0, 3: 50.0}
COUNTRY_LEVEL = 4
PLACE_KIND_PRECISION = {"country": 4, "region": 3, "province": 3, "admin1": 3, "district": 2}
WINDOW_DAYS = {"day": 0, "week": 6, "month": 15, "year": 183}
WEIGHTS = {"type": 0.3, "date": 0.25, "place": 0.25, "actor": 0.2}
THRESHOLD = 0.65
UNKNOWN_KINDS = {"unknown", None}
# Places: the same name counts within NAME_KM (a report's place may carry its area's coordinates);
# names are compared folded, alike from NAME_SIMILARITY (rapidfuzz ratio: "Qaser"/"Qasr Bin Ghashir";
# one word needs more: "Donetsk" is not "Donetskyi"), and only from MIN_NAME characters. Nearness
# alone scores at most NEAR_MAX, under a shared name.
NAME_KM = 150.0
# a place given with its area's town carries that town's point: the place may lie across the area
AREA_NAME_KM = 300.0
NAME_SIMILARITY = {"one word": 92.0, "words": 85.0}
MIN_NAME = 4
NEAR_MAX = 0.8
PLACE_SCORES = {"name": 1.0, "similar name": 0.95, "named": 0.8, "admin": 0.7, "country": 0.4}
MAX_NAME_WORDS = 6
# A chooser keeps the matches of one source scoring within MARGIN of its best one.
MARGIN = 0.03


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
    country: str | None  # the place's, else the record's
    precision: int  # geo precision, ACLED scale
    place: str | None
    lat: float | None
    lon: float | None
    actors: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)  # id → (kind, country)
    names: dict[str, str] = field(default_factory=dict)
    place_names: set[str] = field(default_factory=set)  # folded: the place's name, aliases, as recorded
    admins: set[str] = field(default_factory=set)  # folded: the record's admin areas
    sentences: list[str] = field(default_factory=list)  # folded: a report's sentences
    has_target: bool = False
    # the events of one sentence of one article tell one story: they choose their records together
    group: str = ""
    named_countries: set[str] = field(default_factory=set)  # of the places its sentences name
    area: bool = False  # placed at the town of the area it was given in ("Tininai (Misrata)")
    _windows: dict[int, list[str]] = field(default_factory=dict)

    def windows(self, words: int) -> list[str]:
        """Every run of ``words`` words of the sentences (compared with place names of that length)."""
        if words not in self._windows:
            runs = []
            for sentence in self.sentences:
                tokens = sentence.split()
                runs += [" ".join(tokens[i : i + words]) for i in range(len(tokens) - words + 1)]
            self._windows[words] = runs
        return self._windows[words]

    @property
    def blocks(self) -> set[str]:
        """The countries to look for matches in: a report's actors' too (its place may be unknown)."""
        found = {self.country} if self.country else set()
        if self.source == "text" or not found:
            found |= {c for _, c in self.actors.values() if c} | self.named_countries
        return found

    @property
    def has_coordinates(self) -> bool:
        return self.lat is not None and self.lon is not None


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


def _folded_names(*names: Any) -> set[str]:
    out = set()
    for name in names:
        for one in name if isinstance(name, list) else [name]:
            key = fold(one) if isinstance(one, str) else ""
            if len(key) >= MIN_NAME:
                out.add(key)
    return out


def _item(row: dict[str, Any]) -> Item | None:
    if not row["date"] or not row["type"]:
        return None
    window = _window(str(row["date"]), row["precision"])
    country = row["place_country"] or row["country"]
    if window is None:
        return None
    rough = row.get("place_precision") == "unit"  # put at its unit's centre: no distance to compare
    precision = row["geo"]
    if precision is None:
        precision = PLACE_KIND_PRECISION.get(row["place_kind"] or "", 1) if row["place"] else COUNTRY_LEVEL
    item = Item(
        id=row["id"], source=row["source"] or "text", type=row["type"], start=window[0], end=window[1],
        exact_day=window[2], country=country, precision=int(precision), place=row["place"],
        lat=None if rough else row["lat"], lon=None if rough else row["lon"],
        place_names=_folded_names(row.get("place_name"), row.get("place_aliases"), row.get("record_place")),
        admins=_folded_names(row.get("admin1"), row.get("admin2"), row.get("admin3")),
        area=row.get("place_precision") == "area",
    )  # fmt: skip
    item.has_target = bool(row["target"])
    for side in ("actor", "target"):
        if row[side]:
            kind = row[f"{side}_kind"]
            if (row[f"{side}_name"] or "").startswith("Unidentified"):
                kind = "unknown"
            item.actors[row[side]] = (kind, row[f"{side}_country"])
            item.names[row[side]] = row[f"{side}_name"] or row[side]
    return item


def _items(rows: list[dict[str, Any]], reports: dict[str, list[tuple[str, str]]]) -> list[Item]:
    """One item per event (its rows, one per actor and target, merged), with its reports'
    (article, sentence) and the countries of the places they name (where to look when the report's
    place is unknown)."""
    items: dict[str, Item] = {}
    for row in rows:
        got = _item(row)
        if got is None:
            continue
        seen = items.setdefault(got.id, got)
        if seen is not got:
            seen.actors.update(got.actors)
            seen.names.update(got.names)
            seen.has_target = seen.has_target or got.has_target
    countries_of: dict[str, set[str]] = defaultdict(set)
    for it in items.values():
        if it.source != "text" and it.country:
            for name in it.place_names:
                countries_of[name].add(it.country)
    for it in items.values():
        said = reports.get(it.id, [])
        it.group = "\x1f".join(said[0]) if said else it.id
        it.sentences = [fold(sentence) for _, sentence in said if sentence]
        for words in range(1, MAX_NAME_WORDS + 1):
            for run in it.windows(words):
                it.named_countries |= countries_of.get(run, set())
    return [it for it in items.values() if it.blocks]


def _type_score(a: Item, b: Item) -> tuple[float, str] | None:
    got = type_score(a.type, b.type)
    pair, score = UNTARGETED
    if got is not None and {a.type, b.type} == pair and not (a.has_target and b.has_target):
        return max(got[0], score), f"type: {a.type}~{b.type} (no target to tell them apart)"
    return got


def _date_score(a: Item, b: Item) -> tuple[float, str] | None:
    if a.start > b.end + 1 or b.start > a.end + 1:
        return None
    if a.exact_day and b.exact_day:
        return (1.0, "date: same day") if a.start == b.start else (0.8, "date: adjacent days")
    if a.start <= b.end and b.start <= a.end:
        return 0.6, "date: overlapping within precision"
    return 0.5, "date: adjacent within precision"


def _same_name(a: Item, b: Item) -> tuple[float, str] | None:
    """Places of one name (or alike) in one country, not further apart than NAME_KM."""
    if a.country != b.country or not a.place_names or not b.place_names:
        return None
    if a.has_coordinates and b.has_coordinates:
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        if haversine_km(a.lat, a.lon, b.lat, b.lon) > (AREA_NAME_KM if a.area or b.area else NAME_KM):
            return None
    shared = a.place_names & b.place_names
    if shared:
        return PLACE_SCORES["name"], f"place: same name ({min(shared)})"
    for x in sorted(a.place_names):
        for y in sorted(b.place_names):
            if fuzz.ratio(x, y) >= _similarity(x):
                return PLACE_SCORES["similar name"], f"place: similar names ({x} ~ {y})"
    return None


def _similarity(name: str) -> float:
    return NAME_SIMILARITY["words" if " " in name else "one word"]


def _in_admin(a: Item, b: Item) -> tuple[float, str] | None:
    """One side's place is named like an admin area the other side's record lies in."""
    for inner, outer in ((a, b), (b, a)):
        shared = outer.admins & inner.place_names
        if shared:
            return PLACE_SCORES["admin"], f"place: within {min(shared)}"
    return None


def _contains_words(sentence: str, name: str) -> bool:
    return f" {name} " in f" {sentence} "


def _named_in_report(a: Item, b: Item) -> tuple[float, str] | None:
    """A report whose place is unresolved (none, no coordinates, another country) whose sentence
    names the other side's place."""
    for report, other in ((a, b), (b, a)):
        if not report.sentences or not other.place_names:
            continue
        precise = report.precision < PLACE_KIND_PRECISION["region"]  # not just its country or province
        if report.place and report.has_coordinates and report.country == other.country and precise:
            continue
        named = _named(report, other.place_names)
        if named is not None:
            # a record placed at its admin area's name is an area: its name in a report says less
            score = PLACE_SCORES["admin" if named in other.admins else "named"]
            return score, f"place: {named} named in the report"
    return None


def _named(report: Item, names: set[str]) -> str | None:
    """The first of ``names`` a report's sentences contain as words, or nearly ("Ayn Zara")."""
    for name in sorted(names):
        if any(_contains_words(s, name) for s in report.sentences):
            return name
    for name in sorted(names):
        words = len(name.split())
        if words <= MAX_NAME_WORDS and process.extractOne(
            name, report.windows(words), scorer=fuzz.ratio, score_cutoff=_similarity(name)
        ):
            return name
    return None


def _near(a: Item, b: Item) -> tuple[float, str] | None:
    if max(a.precision, b.precision) >= COUNTRY_LEVEL:
        return PLACE_SCORES["country"], f"place: same country ({a.country})"
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    radius = max(RADIUS_KM.get(a.precision, 50.0), RADIUS_KM.get(b.precision, 50.0))
    km = haversine_km(float(a.lat), float(a.lon), float(b.lat), float(b.lon))
    if km > radius:
        return None
    return min(NEAR_MAX, 1.0 - 0.5 * km / radius), f"place: {km:.1f} km apart (≤ {radius:.0f})"


def _place_score(a: Item, b: Item) -> tuple[float, str] | None:
    if a.place and a.place == b.place:
        return 1.0, "place: same place"
    got = _same_name(a, b) or _named_in_report(a, b)
    if got is not None:
        return got
    if a.country is None or a.country != b.country:
        return None
    return _in_admin(a, b) or _near(a, b)


@cache
def _bare_groups() -> dict[str, str]:
    """The names of generic groups of no country ("Protesters", "Police Forces") → their kind."""
    path = resources.files("conflictkg.knowledge") / "data" / "lexicons" / "groups.json"
    classes = json.loads(path.read_text(encoding="utf-8"))["classes"].values()
    return {c["bare"]: c["kind"] for c in classes}


def _same_group(a: Item, b: Item) -> str | None:
    """A group of no country on one side ("Protesters") and one of its kind on the other."""
    for one, other in ((a, b), (b, a)):
        kinds = {group_kind(ident, kind) for ident, (kind, _) in other.actors.items()}
        for ident, (kind, country) in one.actors.items():
            if country is None and _bare_groups().get(one.names[ident]) == kind and kind in kinds:
                return kind
    return None


def _actor_score(a: Item, b: Item) -> tuple[float, str] | None:
    shared = sorted(set(a.actors) & set(b.actors))
    if shared:
        return 1.0, "actor: same " + ", ".join(a.names[s] for s in shared)
    known_a = {k: v for k, v in a.actors.items() if v[0] not in UNKNOWN_KINDS}
    known_b = {k: v for k, v in b.actors.items() if v[0] not in UNKNOWN_KINDS}
    if not known_a or not known_b or len(known_a) < len(a.actors) or len(known_b) < len(b.actors):
        return 0.5, "actor: unknown on one side"
    group = _same_group(a, b)
    if group is not None:
        return 0.6, f"actor: same kind of group ({group})"
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
        for country in it.blocks:
            by_country[country].append(it)
    out = []
    seen: set[tuple[str, str]] = set()
    for group in by_country.values():
        group.sort(key=lambda it: (it.start, it.id))
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if b.start > a.end + 1:
                    break
                if b.source == a.source or (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                got = score_pair(a, b)
                if got is not None:
                    out.append((a, b, *got))
    return out


SOURCE_RANK = {"text": 0, "acled": 1, "gdelt": 2}


def _chooser(a: Item, b: Item) -> tuple[Item, Item]:
    """The side that picks its best matches: text before ACLED before GDELT (then any order)."""
    ra, rb = SOURCE_RANK.get(a.source, 3), SOURCE_RANK.get(b.source, 3)
    return (a, b) if (ra, a.source) <= (rb, b.source) else (b, a)


def _best(ranked: list[tuple[float, str]], per_source: int) -> set[str]:
    """The best records, within MARGIN of the best; none when more than per_source are that good
    (a report that cannot tell them apart: "shelling in Idlib" among a day's shellings in Idlib)."""
    top = -min(ranked)[0]
    near = {other for neg, other in ranked if -neg >= top - MARGIN}
    return near if len(near) <= per_source else set()


def select(pairs: list[tuple[Item, Item, float, list[str]]], per_source: int) -> list[dict[str, Any]]:
    """Keep a pair when the chooser (the text event, else the ACLED record) ranks the other among its
    ``per_source`` best of that source, within ``MARGIN`` of the best one; the events of one sentence
    rank together (each record by its best match among them), so "shells fired by LNA forces killed a
    civilian" goes to the record of the killing, not to a clash nearby that its bare "fired" matches as
    well. Many reports may point at one record; one report points at no more than ``per_source``
    records of each source."""
    scores: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    for a, b, score, _ in pairs:
        chooser, other = _chooser(a, b)
        ranked = scores[(chooser.group or chooser.id, other.source)]
        ranked[other.id] = max(score, ranked.get(other.id, 0.0))
    best = {
        k: _best([(-v, other) for other, v in ranked.items()], per_source) for k, ranked in scores.items()
    }
    rows = []
    for a, b, score, reasons in pairs:
        chooser, other = _chooser(a, b)
        if other.id in best[(chooser.group or chooser.id, other.source)]:
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
        reports = _reports(store) if "text" in sources else {}
        items = _items(store.query(READ_EVENTS, {"sources": sources}), reports)
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


def _reports(store: Store, ids: list[str] | None = None) -> dict[str, list[tuple[str, str]]]:
    reports: dict[str, list[tuple[str, str]]] = defaultdict(list)
    rows = store.query(READ_SENTENCES) if ids is None else store.query(READ_SENTENCES_OF, {"ids": ids})
    for r in rows:
        reports[r["id"]].append((r["article"], r["sentence"] or ""))
    return reports


def link_articles(
    store: Store, article_ids: Iterable[str], run_id: str | None = None, *, per_source: int = 3
) -> LinkStats:
    """Recompute the SAME_AS links of these articles' extracted events only (what an ingest run
    wrote): the same links :func:`link` gives them, as each extracted event chooses its own records.
    Nothing to do while the graph holds no other source."""
    stats = LinkStats()
    ids = sorted(set(article_ids))
    if not ids or not store.query(OTHER_SOURCE):
        return stats
    events = store.query(READ_ARTICLE_EVENTS, {"ids": ids})
    windows = [w for r in events if (w := _window(str(r["date"]), r["precision"]))]
    touched = sorted({r["id"] for r in events})
    sources = [r["source"] for r in store.query(SOURCES) if r["source"]]
    if not windows:
        return stats
    near = {
        "ids": touched, "sources": sources,
        "since": dt.date.fromordinal(min(w[0] for w in windows) - NEAR_DAYS).isoformat(),
        "until": dt.date.fromordinal(max(w[1] for w in windows) + NEAR_DAYS).isoformat(),
    }  # fmt: skip
    items = _items(store.query(READ_EVENTS_NEAR, near), _reports(store, touched))
    stats.events = len(items)
    mine = set(touched)
    pairs = [p for p in candidate_pairs(items) if p[0].id in mine or p[1].id in mine]
    stats.candidates = len(pairs)
    rows = select(pairs, per_source)
    wanted = {(r["a"], r["b"]) for r in rows}
    existing = {tuple(sorted((r["a"], r["b"]))) for r in store.query(READ_EVENT_LINKS, {"ids": touched})}
    writer = GraphWriter(store, run_id=run_id)
    stale = [{"a": a, "b": b} for a, b in sorted(existing) if (a, b) not in wanted]
    stats.removed = writer.write_rows(DELETE_LINKS, stale)
    stats.links = writer.write_rows(WRITE_LINKS, rows)
    return stats
