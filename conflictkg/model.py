"""The graph model as plain dataclasses, and the deterministic ids that make writes idempotent.

An :class:`ArticleFacts` is the unit of writing: one article with every node and relationship it
contributes. The writer stores it whole or not at all.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "INVESTIGATE", "FIGHT",
    "ASSAULT", "CAPTURE",
)  # fmt: skip
VIOLENT_TYPES = frozenset({"FIGHT", "ASSAULT"})  # the types of an attack: who hits whom
MODALITIES = ("asserted", "threatened", "denied", "hypothetical", "reported")
DATE_PRECISIONS = ("day", "week", "month", "year")

# PLOVER quad classes: 0 neutral, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
# 4 material conflict.
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 2, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 1, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "PROTEST": 3, "SANCTION": 4,
    "MOBILIZE": 4, "COERCE": 4, "INVESTIGATE": 3, "FIGHT": 4, "ASSAULT": 4, "CAPTURE": 4,
}  # fmt: skip


def make_id(prefix: str, *parts: object) -> str:
    """A short, stable id from canonical fields: the same fields always give the same id."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return f"{prefix}:{hashlib.sha1(text.encode('utf-8')).hexdigest()[:16]}"


_ASCII_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")


def slug(text: str) -> str:
    if text.isascii():  # the same result, without a Python step per character
        return "-".join(_ASCII_SEPARATORS.sub(" ", text).lower().split())
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


@dataclass
class Article:
    id: str
    url: str
    text: str
    sha256: str
    title: str | None = None
    published: str | None = None  # ISO date, possibly partial: 2020, 2020-05, 2020-05-21
    language: str | None = None
    source: str = "text"
    extractor: str | None = None  # the extractor version that produced the article's facts

    def props(self) -> dict[str, Any]:
        return {
            "url": self.url, "title": self.title, "published": self.published,
            "language": self.language, "source": self.source, "sha256": self.sha256,
            "extractor": self.extractor,
        }  # fmt: skip


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "unknown"
    country: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)

    def props(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "country": self.country,
            "wikidata": self.wikidata, "aliases": sorted(set(self.aliases)),
        }  # fmt: skip


@dataclass
class Location:
    id: str
    name: str
    kind: str = "place"
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    aliases: list[str] = field(default_factory=list)
    # "unit": a place the gazetteer lacks, put at the rough centre of the wider unit it lies in;
    # "area": one put at the town (or place) of the area it was given in ("Tininai (Misrata)")
    precision: str | None = None

    def props(self) -> dict[str, Any]:
        return {
            "name": self.name, "kind": self.kind, "country": self.country, "lat": self.lat,
            "lon": self.lon, "geonames_id": self.geonames_id, "aliases": sorted(set(self.aliases)),
            "precision": self.precision,
        }  # fmt: skip


@dataclass
class Evidence:
    sentence: str
    start: int
    end: int
    text: str  # the span of the sentence that states the event

    def props(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end, "text": self.text}


@dataclass
class Event:
    id: str
    type: str
    actor_id: str
    evidence: Evidence
    target_id: str | None = None
    location_id: str | None = None
    cameo: str | None = None
    modality: str = "asserted"
    date: str | None = None
    date_precision: str | None = None
    confidence: float = 0.5
    summary: str = ""
    source: str = "text"
    extra: dict[str, Any] = field(default_factory=dict)
    # whether the source gives the date itself: false when a text's event has only its article's date
    # (nlp/tellings.py: such a telling is dateless); not a graph property
    date_written: bool = True

    def props(self) -> dict[str, Any]:
        return {
            "type": self.type, "cameo": self.cameo, "quad_class": QUAD_CLASS.get(self.type),
            "modality": self.modality, "date": self.date, "date_precision": self.date_precision,
            "confidence": round(self.confidence, 3), "summary": self.summary, "source": self.source,
            **self.extra,
        }  # fmt: skip


@dataclass
class Membership:
    person_id: str
    org_id: str
    role: str | None = None


@dataclass
class ControlClaim:
    """The text states that an actor holds a place ("the LNA's stronghold of X"), outside any event.

    Written as ``(actor)-[:CONTROLS {article, kind: "stated", ...}]->(place)``; the control changes
    that CAPTURE events imply are derived from the events instead.
    """

    actor_id: str
    location_id: str
    evidence: Evidence
    date: str | None = None
    date_precision: str | None = None
    confidence: float = 0.5


@dataclass
class ArticleFacts:
    """Everything one article contributes to the graph."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    controls: list[ControlClaim] = field(default_factory=list)
    # False when the caller knows the article is not in the graph yet: nothing stale to remove.
    may_exist: bool = True


def event_id(article_id: str, type_: str, actor_id: str, target_id: str | None, start: int) -> str:
    return make_id("ev", article_id, type_, actor_id, target_id, start)
