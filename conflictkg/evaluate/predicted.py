"""What the system holds for an article: from the graph (the export query) or from in-memory facts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictkg.model import ArticleFacts
from conflictkg.textkeys import fold


@dataclass
class PredActor:
    name: str
    aliases: list[str] = field(default_factory=list)
    id: str | None = None

    def names(self) -> set[str]:
        return {fold(n) for n in [self.name, *self.aliases] if fold(n)}


@dataclass
class PredLocation:
    name: str
    lat: float | None = None
    lon: float | None = None
    aliases: list[str] = field(default_factory=list)
    id: str | None = None

    def names(self) -> set[str]:
        return {fold(n) for n in [self.name, *self.aliases] if fold(n)}


@dataclass
class PredEvent:
    action: str
    actor: PredActor
    target: PredActor | None = None
    location: PredLocation | None = None
    modality: str = "asserted"
    evidence: str = ""
    start: int = 0
    id: str | None = None


@dataclass
class PredControl:
    actor: PredActor
    location: PredLocation
    evidence: str = ""


@dataclass
class Predicted:
    """What the system holds for one article."""

    events: list[PredEvent] = field(default_factory=list)
    controls: list[PredControl] = field(default_factory=list)
    found: bool = True


def predicted_from_rows(rows: Iterable[dict[str, Any]], controls: Iterable[dict[str, Any]] = ()) -> Predicted:
    """From the export query's rows (see :mod:`conflictkg.queries.export`) and control-claim rows."""

    def actor(row: dict[str, Any], p: str) -> PredActor | None:
        if row.get(f"{p}_id") is None:
            return None
        return PredActor(
            row.get(f"{p}_name") or row[f"{p}_id"], list(row.get(f"{p}_aliases") or []), row[f"{p}_id"]
        )

    def place(row: dict[str, Any], p: str = "location") -> PredLocation | None:
        if row.get(f"{p}_id") is None:
            return None
        lat, lon = row.get("lat"), row.get("lon")
        return PredLocation(
            row.get(f"{p}_name") or row[f"{p}_id"],
            None if lat is None else float(lat),
            None if lon is None else float(lon),
            list(row.get(f"{p}_aliases") or []),
            row[f"{p}_id"],
        )

    pred = Predicted()
    for r in rows:
        a = actor(r, "actor")
        assert a is not None
        pred.events.append(
            PredEvent(
                action=r["action"],
                actor=a,
                target=actor(r, "target"),
                location=place(r),
                modality=r.get("modality") or "asserted",
                evidence=r.get("sentence") or r.get("span") or "",
                start=int(r.get("ev_start") or 0),
                id=r.get("event_id"),
            )
        )
    for c in controls:
        a, loc = actor(c, "actor"), place(c)
        if a is not None and loc is not None:
            pred.controls.append(PredControl(a, loc, c.get("sentence") or ""))
    return pred


def predicted_from_facts(facts: ArticleFacts) -> Predicted:
    """The same from in-memory :class:`ArticleFacts` (no store)."""
    actors = {a.id: PredActor(a.name, list(a.aliases), a.id) for a in facts.actors}
    places = {
        loc.id: PredLocation(loc.name, loc.lat, loc.lon, list(loc.aliases), loc.id) for loc in facts.locations
    }
    pred = Predicted()
    for e in sorted(facts.events, key=lambda e: (e.evidence.start, e.id)):
        pred.events.append(
            PredEvent(
                action=e.type,
                actor=actors.get(e.actor_id) or PredActor(e.actor_id),
                target=(actors.get(e.target_id) or PredActor(e.target_id)) if e.target_id else None,
                location=places.get(e.location_id) if e.location_id else None,
                modality=e.modality,
                evidence=e.evidence.sentence,
                start=e.evidence.start,
                id=e.id,
            )
        )
    for c in facts.controls:
        if c.actor_id in actors and c.location_id in places:
            pred.controls.append(PredControl(actors[c.actor_id], places[c.location_id], c.evidence.sentence))
    return pred


_CONTROLS = (
    "MATCH (art:Article {url: $url}) "
    "MATCH (a:Actor)-[c:CONTROLS]->(l:Location) WHERE c.article = art.id "
    "RETURN a.id AS actor_id, a.name AS actor_name, a.aliases AS actor_aliases, "
    "l.id AS location_id, l.name AS location_name, l.lat AS lat, l.lon AS lon, "
    "l.aliases AS location_aliases, c.sentence AS sentence ORDER BY actor_id, location_id"
)
_ARTICLES = "MATCH (art:Article) RETURN art.url AS url"


def find_article_url(store: Any, wanted: str, ingested_as: str | None = None) -> str | None:
    """The graph's url for a gold article: the path it was ingested as, else one ending the same way."""
    urls = [r["url"] for r in store.query(_ARTICLES) if r.get("url")]
    for exact in (ingested_as, wanted):
        if exact is not None and exact in urls:
            return exact
    tail = Path(wanted).as_posix().lstrip("./")
    matches = sorted(u for u in urls if Path(u).as_posix().endswith("/" + tail) or u == tail)
    if not matches:
        name = Path(wanted).name
        matches = sorted(u for u in urls if Path(u).name == name)
    return matches[0] if matches else None


def predicted_from_store(store: Any, url: str) -> Predicted:
    from conflictkg.queries.export import iter_event_rows

    rows = list(iter_event_rows(store, article=url))
    controls = store.query(_CONTROLS, {"url": url})
    return predicted_from_rows(rows, controls)
