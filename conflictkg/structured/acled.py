"""ACLED exports (current and 2016-era schema) → one :class:`ArticleFacts` per row.

Each row becomes an Article (``url = "acled:<event_id_cnty>"``, ``source = "acled"``, sha256 of the
row, so an updated row replaces its old version) and one Event carrying ACLED's ids, precision codes
and fatalities. Territory sub-types become CAPTURE events (actor1 took the place from actor2), which
the CONTROLS derivation reads. Associated actors ("acting alongside") become COOPERATE events from the
associated actor to the main actor, with a lower confidence, which the SUPPORTS derivation reads.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.knowledge.acled_countries import iso3_of_acled
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, make_id
from conflictkg.structured.gdelt import MAX_UNZIPPED_BYTES, import_lines
from conflictkg.structured.resolver import Resolver, country_iso3, data_json, facts_of_rows

VERSION = "acled/1"
SOURCE = "acled"
MAIN_CONFIDENCE = 0.9
ASSOCIATED_CONFIDENCE = 0.6
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d/%m/%Y")
REQUIRED = ("event_id_cnty", "event_date", "event_type", "actor1")

# Old-schema columns under their current names.
RENAMED = {"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"}


@cache
def parse_date(text: str) -> str:
    """An ACLED date (``2016-06-17``, ``9-May-20``, ``27 April 2020``) as ISO ``YYYY-MM-DD``."""
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise ValueError(f"unreadable event_date {text!r}")


def _event_mapping() -> dict[str, Any]:
    mapping: dict[str, Any] = data_json("acled/event_types.json")
    return mapping


def normalise(row: dict[str, str]) -> dict[str, str]:
    """Current-schema field names and event / sub-event types for a row of either schema."""
    out = {RENAMED.get(k, k): (v or "").strip() for k, v in row.items() if k}
    if "sub_event_type" not in row:
        pair = _event_mapping()["old_event_types"].get(out.get("event_type", ""))
        if pair:
            out["event_type"], out["sub_event_type"] = pair
        else:
            out["sub_event_type"] = ""
    return out


def classify(event_type: str, sub_event_type: str, inter2: str) -> tuple[str, str, bool]:
    """(our type, CAMEO code, control change) of an ACLED event / sub-event type."""
    mapping = _event_mapping()
    spec = mapping["sub_event_types"].get(sub_event_type) or mapping["event_types"].get(event_type)
    if spec is None:
        raise ValueError(f"unknown event type {event_type!r} / {sub_event_type!r}")
    typ = spec["type"]
    if inter2 == "7" and spec.get("civilian_target"):
        typ = spec["civilian_target"]
    return typ, spec["cameo"], bool(spec.get("control_change"))


def _float(value: str, name: str) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{name} is not a number: {value!r}") from None


def _int(value: str, name: str) -> int | None:
    if not value:
        return None
    try:
        return int(float(value))
    except ValueError:
        raise ValueError(f"{name} is not a number: {value!r}") from None


def _split_actors(value: str) -> list[str]:
    return [p.strip() for p in value.split(";") if p.strip()]


def first_sentence(text: str) -> str:
    """The notes' first sentence: the span that states the event ("On 9 May 2020, clashes ...")."""
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


def _summary(typ: str, f: dict[str, str], actor1: Actor, actor2: Actor | None) -> str:
    what = f.get("sub_event_type") or f["event_type"]
    who = f"{actor1.name} vs {actor2.name}" if actor2 else actor1.name
    where = f" in {f['location']}" if f.get("location") else ""
    return f"{typ} ({what}): {who}{where}"


@dataclass
class AcledRow:
    line: int
    fields: dict[str, str]  # normalised
    sha256: str


def read_rows(
    path: Path | str, text: str | None = None, max_unzipped: int = MAX_UNZIPPED_BYTES
) -> Iterator[AcledRow | InputError]:
    """The rows of an ACLED CSV export (plain or the one file of a zip archive; read as needed, at
    most ``max_unzipped`` bytes) with their starting line numbers; a malformed row is an
    :class:`InputError` whose message starts with ``FILE#line N``."""
    path = Path(path)
    lines = io.StringIO(text, newline="") if text is not None else import_lines(path, max_unzipped)
    reader = csv.reader(lines)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{path}: empty file") from None
    except csv.Error as exc:
        raise InputError(f"{path}: not a CSV file ({exc})") from exc
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise InputError(f"{path}: not an ACLED export (no column {', '.join(missing)})")
    line = reader.line_num + 1
    while True:
        start = line
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield InputError(f"{path}#line {start}: unreadable CSV ({exc})")
            line = reader.line_num + 1
            continue
        line = reader.line_num + 1
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            yield InputError(f"{path}#line {start}: {len(values)} fields, the header has {len(header)}")
            continue
        raw = "\x1f".join(values)
        sha = hashlib.sha256(raw.encode("utf-8")).hexdigest()
        yield AcledRow(start, normalise(dict(zip(header, values, strict=True))), sha)


class AcledConverter:
    """Turns normalised ACLED rows into facts; resolution is cached across rows."""

    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver or Resolver()
        self.kinds: dict[str, str] = data_json("acled/actors.json")["inter_kinds"]

    def _actor(self, name: str, inter: str, country: str | None) -> Actor:
        return self.resolver.acled_actor(name, self.kinds.get(inter, "unknown"), country)

    def facts(self, row: AcledRow) -> ArticleFacts:
        f = row.fields
        # A few exported rows lack event_id_cnty; their data_id is ACLED's other unique id.
        eid = f.get("event_id_cnty") or (f"data-{f['data_id']}" if f.get("data_id") else "")
        if not eid:
            raise ValueError("empty event_id_cnty and data_id")
        for name in REQUIRED[1:]:
            if not f.get(name):
                raise ValueError(f"empty {name}")
        date = parse_date(f["event_date"])
        typ, cameo, control = classify(f["event_type"], f.get("sub_event_type", ""), f.get("inter2", ""))
        country = iso3_of_acled(f.get("iso3")) or country_iso3(f.get("country", ""))  # "ROM": ROU
        lat, lon = _float(f.get("latitude", ""), "latitude"), _float(f.get("longitude", ""), "longitude")
        if (lat is not None and not -90 <= lat <= 90) or (lon is not None and not -180 <= lon <= 180):
            raise ValueError(f"coordinates out of range: {lat}, {lon}")
        fatalities = _int(f.get("fatalities", ""), "fatalities")
        geo_precision = _int(f.get("geo_precision", ""), "geo_precision")
        time_precision = f.get("time_precision", "") or "1"
        if time_precision not in TIME_PRECISION:
            raise ValueError(f"unknown time_precision {time_precision!r}")

        actor1 = self._actor(f["actor1"], f.get("inter1", ""), country)
        actor2 = self._actor(f["actor2"], f.get("inter2", ""), country) if f.get("actor2") else None
        if actor2 is not None and actor2.id == actor1.id and typ != "CAPTURE":
            actor2 = None  # ACLED codes intra-faction clashes; a self-target adds nothing
        location: Location | None = None
        if f.get("location"):
            location = self.resolver.place(f["location"], country, lat, lon)

        notes = f.get("notes", "")
        art_id = make_id("art", f"{SOURCE}:{eid}")
        article = Article(
            id=art_id,
            url=f"{SOURCE}:{eid}",
            text=notes,
            sha256=row.sha256,
            title=f"{f['event_type']}: {f.get('sub_event_type') or '-'} ({f.get('location', '')})",
            published=date,
            language="en",
            source=SOURCE,
            extractor=VERSION,
        )
        first = first_sentence(notes)
        evidence = Evidence(notes, 0, len(first), first)
        brief = Evidence(first, 0, len(first), first)  # associated actors: the statement, not all notes
        precision = TIME_PRECISION[time_precision]
        common = {
            "acled_id": eid,
            "country": country,
            "geo_precision": geo_precision,
            "time_precision": int(time_precision),
        }
        main = Event(
            id="",
            type=typ,
            actor_id=actor1.id,
            evidence=evidence,
            target_id=actor2.id if actor2 else None,
            location_id=location.id if location else None,
            cameo=cameo,
            date=date,
            date_precision=precision,
            confidence=MAIN_CONFIDENCE,
            summary=_summary(typ, f, actor1, actor2),
            source=SOURCE,
            extra={
                **common,
                "acled_event_type": f["event_type"],
                "sub_event_type": f.get("sub_event_type") or None,
                "fatalities": fatalities,
                "control_change": control,
                "acled_sources": f.get("source") or None,
                "interaction": f.get("interaction") or None,
                "admin1": f.get("admin1") or None,
                # the record's own place names: cross-source linking compares them with a report's
                "admin2": f.get("admin2") or None,
                "admin3": f.get("admin3") or None,
                "acled_location": f.get("location") or None,
            },
        )
        main.id = make_id("ev", art_id, typ, main.actor_id, main.target_id, main.location_id, date)
        events = [main]
        actors = {actor1.id: actor1}
        if actor2:
            actors[actor2.id] = actor2
        for column, backed in (("assoc_actor_1", actor1), ("assoc_actor_2", actor2)):
            if backed is None:
                continue
            for name in _split_actors(f.get(column, "")):
                assoc = self._actor(name, "", country)
                if assoc.id == backed.id:
                    continue
                actors[assoc.id] = assoc
                coop = Event(
                    id=make_id("ev", art_id, "COOPERATE", assoc.id, backed.id, column),
                    type="COOPERATE",
                    actor_id=assoc.id,
                    evidence=brief,
                    target_id=backed.id,
                    location_id=main.location_id,
                    cameo="062",
                    date=date,
                    date_precision=precision,
                    confidence=ASSOCIATED_CONFIDENCE,
                    summary=f"{name} acted alongside {f['actor1'] if backed is actor1 else f['actor2']}",
                    source=SOURCE,
                    extra={**common, "acled_role": "associated"},
                )
                events.append(coop)
        return ArticleFacts(
            article=article,
            actors=list(actors.values()),
            locations=[location] if location else [],
            events=events,
        )

    def convert(
        self, rows: Iterable[AcledRow | InputError], path: Path | str
    ) -> Iterator[ArticleFacts | InputError]:
        return facts_of_rows(rows, self.facts, path)


def read_acled(
    path: Path | str, resolver: Resolver | None = None, *, max_unzipped: int = MAX_UNZIPPED_BYTES
) -> Iterator[ArticleFacts | InputError]:
    """Facts for every row of an ACLED export, or the reason a row cannot be used."""
    return AcledConverter(resolver).convert(read_rows(path, max_unzipped=max_unzipped), path)
