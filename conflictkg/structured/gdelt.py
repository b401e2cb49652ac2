"""GDELT 2.0 event exports (``*.export.CSV``, tab-separated, 61 columns, no header; optionally zipped)
→ one :class:`ArticleFacts` per record.

The CAMEO event code gives our type (``data/cameo/event_codes.tsv``, else the root code in
``event_roots.tsv``; records whose root has no PLOVER type, such as 01 "make public statement", are
skipped and counted). Actors resolve through the knowledge base by name, else by their CAMEO country
and type codes (a government or military actor stands for its country's state). Each record is an
Article (``source = "gdelt"``, ``url = SOURCEURL#gdelt=<GLOBALEVENTID>``: one news article holds several
GDELT events, and text ingestion keys articles by the bare URL).

Import files are read line by line, and at most ``max_unzipped`` bytes of them (512 MiB by default,
counted as they are read, whatever a zip header says): a zip bomb is refused, not unpacked.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import IO, Any

from conflictkg.errors import InputError
from conflictkg.knowledge.packaged import packaged_text
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, make_id
from conflictkg.structured.resolver import Resolver, Skipped, country_name, facts_of_rows, fips_to_iso3

VERSION = "gdelt/1"
SOURCE = "gdelt"
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1 region. As ACLED
# geo_precision codes (1 town, 3 region), plus 4 for a whole country.
GEO_PRECISION = {"1": 4, "2": 3, "3": 1, "4": 1, "5": 3}
MAX_UNZIPPED_BYTES = 512 * 1024 * 1024  # of an import file, once unzipped
MAX_LINE_BYTES = 1024 * 1024  # a GDELT record is a few hundred bytes, an ACLED row a few thousand


def _tsv(name: str) -> list[dict[str, str]]:
    text = packaged_text("conflictkg.structured", "data", "cameo", name)
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def columns() -> tuple[str, ...]:
    """The 61 column names of a GDELT 2.0 event record, in file order."""
    rows = sorted(_tsv("gdelt_events_columns.tsv"), key=lambda r: int(r["index"]))
    return tuple(r["name"] for r in rows)


@cache
def _codes() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    codes = {r["code"]: (r["type"], r["modality"]) for r in _tsv("event_codes.tsv")}
    roots = {r["root"]: (r["type"], r["modality"]) for r in _tsv("event_roots.tsv")}
    return codes, roots


@cache
def actor_types() -> dict[str, tuple[str, bool, str]]:
    """CAMEO type code → (kind, stands for its country's state, plural label)."""
    return {
        r["code"]: (r["kind"], r["stands_for_state"] == "yes", r["cameo_name"])
        for r in _tsv("actor_types.tsv")
    }


def classify(event_code: str, base_code: str, root_code: str) -> tuple[str, str] | None:
    """(our type, modality) of a CAMEO event, or None when it has no PLOVER type."""
    codes, roots = _codes()
    for code in (event_code, base_code):
        if code in codes:
            return codes[code]
    typ, modality = roots.get(root_code.zfill(2), ("", ""))
    return (typ, modality or "asserted") if typ else None


@dataclass
class GdeltRow:
    line: int
    fields: dict[str, str]
    sha256: str


def _too_large(path: Path, limit: int) -> InputError:
    return InputError(f"{path}: more than {limit:,} bytes once unzipped (the limit for an import file)")


@contextmanager
def _open_import(path: Path, max_unzipped: int) -> Iterator[IO[bytes]]:
    """The bytes of an import file, or of the one file in its zip archive."""
    if not zipfile.is_zipfile(path):
        with path.open("rb") as fh:
            yield fh
        return
    with zipfile.ZipFile(path) as zf:
        members = [info for info in zf.infolist() if not info.is_dir()]
        if len(members) != 1:
            raise InputError(f"{path}: expected one file in the zip archive, found {len(members)}")
        if members[0].file_size > max_unzipped:  # an early answer; the bytes read are counted anyway
            raise _too_large(path, max_unzipped)
        with zf.open(members[0]) as fh:
            yield fh


def import_lines(path: Path, max_unzipped: int = MAX_UNZIPPED_BYTES) -> Iterator[str]:
    """The text lines (with their line ends) of an import file (GDELT, ACLED), plain or zipped,
    read as they are needed: at most ``max_unzipped`` bytes, and lines of at most 1 MiB."""
    total = 0
    try:
        with _open_import(path, max_unzipped) as fh:
            for n, line in enumerate(iter(lambda: fh.readline(MAX_LINE_BYTES + 1), b""), start=1):
                total += len(line)
                if total > max_unzipped:
                    raise _too_large(path, max_unzipped)
                if len(line) > MAX_LINE_BYTES:
                    raise InputError(
                        f"{path}#line {n}: longer than {MAX_LINE_BYTES:,} bytes; not a data export"
                    )
                try:
                    yield line.decode("utf-8-sig" if n == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise InputError(f"{path}#line {n}: not UTF-8 text ({exc.reason})") from exc
    except (OSError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        raise InputError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from exc


def read_rows(path: Path | str, max_unzipped: int = MAX_UNZIPPED_BYTES) -> Iterator[GdeltRow | InputError]:
    path = Path(path)
    names = columns()
    found = False
    for n, raw in enumerate(import_lines(path, max_unzipped), start=1):
        line = raw.rstrip("\r\n")
        if "\x00" in line:
            raise InputError(f"{path}: binary data, not a GDELT export")
        if not line.strip() or (n == 1 and line.split("\t")[0] == names[0]):
            continue  # a blank line, or a header line (GDELT's own files have none; BigQuery exports do)
        values = line.split("\t")
        if len(values) != len(names):
            if not found and n <= 3 and len(values) < 5:
                raise InputError(f"{path}: not a GDELT 2.0 event export (no tab-separated columns)")
            yield InputError(f"{path}#line {n}: {len(values)} columns, a GDELT 2.0 event has {len(names)}")
            continue
        found = True
        sha = hashlib.sha256(line.encode("utf-8")).hexdigest()
        yield GdeltRow(n, dict(zip(names, (v.strip() for v in values), strict=True)), sha)


def _date(text: str, name: str) -> str:
    try:
        return dt.datetime.strptime(text[:8], "%Y%m%d").date().isoformat()
    except ValueError:
        raise ValueError(f"{name} is not a YYYYMMDD date: {text!r}") from None


def _num(text: str, name: str, kind: type = float) -> Any:
    if not text:
        return None
    try:
        return int(float(text)) if kind is int else float(text)
    except ValueError:
        raise ValueError(f"{name} is not a number: {text!r}") from None


class GdeltConverter:
    def __init__(self, resolver: Resolver | None = None) -> None:
        self.resolver = resolver or Resolver()

    def actor(self, f: dict[str, str], side: str, fallback_country: str | None) -> Actor | None:
        code, name = f[f"{side}Code"], f[f"{side}Name"]
        if not code and not name:
            return None
        country = f[f"{side}CountryCode"] or None
        type1 = f[f"{side}Type1Code"]
        key = (f"gdelt:{code}", name, country)
        return self.resolver.actor_key(key, lambda: self._actor(name, code, country, type1))

    def _actor(self, name: str, code: str, country: str | None, type1: str) -> Actor:
        kind, is_state, label = actor_types().get(type1, ("unknown", False, ""))
        title = name.title() if name else code
        cname = country_name(country) if country else None
        if country and (is_state or code == country):
            # "LIBYA" (LBY), "LIBYA" (LBYMIL), "TURKEY" (TURGOV): the country's state
            return self.resolver.state(country, cname or title)
        if country and label and (not name or title.lower() == (cname or "").lower()):
            # "LIBYA" (LBYCVL): the country's civilians, named as ACLED names them
            return self.resolver.new_actor(f"{label} ({cname or country})", kind, country)
        found = self.resolver.kb_actor(title)
        if found is not None:
            return found
        # GDELT names unknown actors by role ("REBEL", "POLICE"): one actor per role and country
        return self.resolver.new_actor(title, kind, country, scope=country)

    def place(self, f: dict[str, str]) -> tuple[Location | None, int | None]:
        geo_type = f["ActionGeo_Type"]
        if geo_type in ("", "0") or not f["ActionGeo_FullName"]:
            return None, None
        country = fips_to_iso3(f["ActionGeo_CountryCode"])
        lat = _num(f["ActionGeo_Lat"], "ActionGeo_Lat")
        lon = _num(f["ActionGeo_Long"], "ActionGeo_Long")
        name = f["ActionGeo_FullName"].split(",")[0].strip()
        if geo_type == "1":
            name = (country_name(country) if country else None) or name
            loc = Location(make_id("loc", name, country or ""), name, "country", country, lat, lon)
        else:
            loc = self.resolver.place(name, country, lat, lon)
        return loc, GEO_PRECISION.get(geo_type)

    def facts(self, row: GdeltRow) -> ArticleFacts | Skipped:
        f = row.fields
        gid = f["GLOBALEVENTID"]
        if not gid.isdigit():
            raise ValueError(f"GLOBALEVENTID is not a number: {gid!r}")
        date = _date(f["SQLDATE"], "SQLDATE")
        kind = classify(f["EventCode"], f["EventBaseCode"], f["EventRootCode"])
        if kind is None:
            return Skipped(gid, f"CAMEO {f['EventCode']} has no event type")
        typ, modality = kind
        location, geo_precision = self.place(f)
        country = location.country if location else None
        actor1 = self.actor(f, "Actor1", country)
        actor2 = self.actor(f, "Actor2", country)
        if actor1 is None:
            # GDELT often codes only the target; the event still happened, by an unnamed actor
            label = (
                f"Unidentified actor ({country_name(country) or country})"
                if country
                else "Unidentified actor"
            )
            actor1 = self.resolver.new_actor(label, "unknown", country)
        if actor2 is not None and actor2.id == actor1.id:
            actor2 = None
        mentions = _num(f["NumMentions"], "NumMentions", int)
        sources = _num(f["NumSources"], "NumSources", int)
        url = f["SOURCEURL"]
        art_id = make_id("art", f"{SOURCE}:{gid}")
        added = f["DATEADDED"]
        published = _date(added, "DATEADDED") if added else date
        who = f["Actor1Name"] or f["Actor1Code"] or "someone"
        whom = f" → {f['Actor2Name'] or f['Actor2Code']}" if (f["Actor2Name"] or f["Actor2Code"]) else ""
        where = f" at {f['ActionGeo_FullName']}" if f["ActionGeo_FullName"] else ""
        line = f"GDELT {gid}: {who} CAMEO {f['EventCode']}{whom}{where} ({mentions or 0} mentions)"
        article = Article(
            id=art_id,
            url=f"{url}#gdelt={gid}" if url else f"gdelt:{gid}",
            text="",
            sha256=row.sha256,
            title=line,
            published=published,
            language=None,
            source=SOURCE,
            extractor=VERSION,
        )
        event = Event(
            id="",
            type=typ,
            actor_id=actor1.id,
            evidence=Evidence(line, 0, len(line), line),
            target_id=actor2.id if actor2 else None,
            location_id=location.id if location else None,
            cameo=f["EventCode"] or None,
            modality=modality,
            date=date,
            date_precision="day",
            confidence=round(min(0.8, 0.4 + 0.1 * (sources or 1)), 3),
            summary=line,
            source=SOURCE,
            extra={
                "gdelt_id": gid,
                "country": country,
                "geo_precision": geo_precision,
                "geo_type": int(f["ActionGeo_Type"]) if f["ActionGeo_Type"].isdigit() else None,
                "num_mentions": mentions,
                "num_sources": sources,
                "num_articles": _num(f["NumArticles"], "NumArticles", int),
                "goldstein": _num(f["GoldsteinScale"], "GoldsteinScale"),
                "avg_tone": _num(f["AvgTone"], "AvgTone"),
                "gdelt_quad_class": _num(f["QuadClass"], "QuadClass", int),
                "is_root_event": f["IsRootEvent"] == "1",
                "source_url": url or None,
            },
        )
        event.id = make_id("ev", art_id, typ, event.actor_id, event.target_id, event.location_id, date)
        actors = {actor1.id: actor1}
        if actor2:
            actors[actor2.id] = actor2
        return ArticleFacts(
            article=article,
            actors=list(actors.values()),
            locations=[location] if location else [],
            events=[event],
        )

    def convert(
        self, path: Path | str, max_unzipped: int = MAX_UNZIPPED_BYTES
    ) -> Iterator[ArticleFacts | InputError | Skipped]:
        return facts_of_rows(read_rows(path, max_unzipped), self.facts, path)


def read_gdelt(
    path: Path | str, resolver: Resolver | None = None, *, max_unzipped: int = MAX_UNZIPPED_BYTES
) -> Iterator[ArticleFacts | InputError | Skipped]:
    """Facts for every record of a GDELT 2.0 event export, the reason a record cannot be used, or
    a note that it was skipped (no event type)."""
    return GdeltConverter(resolver).convert(path, max_unzipped)
