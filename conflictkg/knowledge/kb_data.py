"""The knowledge base's data: the packaged files (``data/kb/``: pycountry states, TSV tables, curated
TOML actors, head nouns) and user KB files → ``ActorEntry`` records, and the digests of those files.
The format of a user KB file is described in ``kb.py``."""

from __future__ import annotations

import csv
import gettext
import hashlib
import json
import re
import tomllib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.knowledge.spans import closed
from conflictkg.model import Actor, slug
from conflictkg.textkeys import key, strip_accents

REPORTER_KINDS = frozenset({"media"})


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    country: str | None
    wikidata: str | None
    aliases: tuple[str, ...]
    member_of: str | None = None
    role: str | None = None
    institution: str | None = None  # army | government: the country's institution it stands for
    period: str | None = None  # when the role was held, e.g. "2015–2023" (None: current or unknown)
    area: str | None = None  # a curated region it operates in ("Donbas"): ranks namesakes of its notes
    leader: str | None = (
        None  # a coalition's leading state (ISO3): "the Saudi-led coalition" (nlp/led_bodies.py)
    )
    # group nouns that name it in its own country only ("paramilitaires" in Sudan: the RSF)
    country_generic: tuple[str, ...] = ()

    @property
    def is_reporter(self) -> bool:
        """A news agency or outlet (kind "media"): it reports events and is not one of their actors."""
        return self.kind in REPORTER_KINDS

    def to_actor(self) -> Actor:
        return Actor(
            id=self.id,
            name=self.name,
            kind=self.kind,
            country=self.country,
            wikidata=self.wikidata,
            aliases=list(self.aliases),
        )


def actor_id(name: str) -> str:
    return "actor:" + slug(strip_accents(name))


def _data_dir() -> Path:
    return Path(str(resources.files("conflictkg.knowledge") / "data" / "kb"))


def french_forms(ms: str) -> list[str]:
    """The four forms (m.sg, f.sg, m.pl, f.pl) of a regular French demonym from its m.sg."""
    if ms.endswith("en"):
        return [ms, ms + "ne", ms + "s", ms + "nes"]
    if ms.endswith("e"):
        return [ms, ms, ms + "s", ms + "s"]
    if ms.endswith("s") or ms.endswith("x"):
        return [ms, ms + "e", ms, ms + "es"]
    if ms.endswith("el"):
        return [ms, ms + "le", ms + "s", ms + "les"]
    return [ms, ms + "e", ms + "s", ms + "es"]


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def read_actor_file(path: Path) -> list[dict[str, Any]]:
    try:
        if path.suffix == ".json":
            data = json.loads(path.read_text(encoding="utf-8"))
        else:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"KB file not found: {path}") from exc
    except (ValueError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"KB file {path} is not valid TOML/JSON: {exc}") from exc
    rows = data.get("actor", []) if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise InputError(f"KB file {path}: expected a list of [[actor]] tables")
    for i, row in enumerate(rows):
        if not isinstance(row, dict) or not row.get("name"):
            raise InputError(f"KB file {path}: actor #{i + 1} has no name")
    return rows


_ACLED_DATED = re.compile(r"^(?P<base>(?:Military|Police) Forces of [^()]+?) \(\d{4}-(?:\d{4})?\)$")


def entry_of(row: dict[str, Any]) -> ActorEntry:
    name = str(row["name"])
    aliases = [name, *(str(a) for a in row.get("aliases", []))]
    # "Military Forces of Nigeria (2015-2023)": ACLED's name without its dates names the actor too,
    # unless that is its own name and its period is over: "Military Forces of Libya" are the current
    # forces, not those of 1969-2011 (knowledge/spans.py; the article's date picks: nlp/dated_actors.py)
    dated = [m["base"] for a in aliases if (m := _ACLED_DATED.match(a)) and not (a == name and closed(a))]
    aliases += dated
    return ActorEntry(
        id=str(row.get("id") or actor_id(name)),
        name=name,
        kind=str(row.get("kind", "organisation")),
        country=row.get("country"),
        wikidata=row.get("wikidata"),
        aliases=tuple(dict.fromkeys(aliases)),
        member_of=row.get("member_of"),
        role=row.get("role"),
        institution=row.get("institution"),
        period=row.get("period"),
        area=row.get("area"),
        leader=row.get("leader"),
        country_generic=tuple(str(w).lower() for w in row.get("country_generic", [])),
    )


@lru_cache(maxsize=1)
def _translators() -> tuple[Callable[[str], str], ...]:
    import pycountry

    out: list[Callable[[str], str]] = []
    for lang in ("fr", "ar"):
        try:
            out.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext)
        except OSError:  # pragma: no cover - translations missing
            continue
    return tuple(out)


def pycountry_names(country: Any) -> list[str]:
    """English, French and Arabic names of a pycountry country ("Iran, Islamic Republic of" → also
    "Iran", "Russie, Fédération de" → also "Russie")."""
    names: list[str] = [
        str(n)
        for n in (
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
        )
        if n
    ]
    names += [tr(n) for tr in _translators() for n in names]
    names += [n.split(",")[0] for n in names if "," in n]
    return list(dict.fromkeys(names))


def short_name(country: Any) -> str:
    """pycountry's usual name: "Iran, Islamic Republic of" → "Iran"; "Virgin Islands, British" →
    "British Virgin Islands"."""
    common = getattr(country, "common_name", None)
    if common:
        return str(common)
    name = str(country.name)
    if "," not in name:
        return name
    head, tail = (p.strip() for p in name.split(",", 1))
    if tail.lower().endswith((" of", " of the", " de", " d'")):
        return head
    return f"{tail} {head}"


def _state_entries(data: Path) -> tuple[list[ActorEntry], dict[str, str]]:
    """All countries as state actors; also returns the demonym key → actor id table."""
    import pycountry

    extra: dict[str, tuple[str, list[str], str | None]] = {}
    with (data / "countries.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            iso3, name, cell, wd = [*row, "", "", "", ""][:4]
            extra[iso3] = (name, _split(cell), wd or None)
    capitals: dict[str, list[str]] = {}
    with (data / "capitals.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if row and not row[0].startswith("#"):
                capitals.setdefault(row[0], []).extend(_split(row[1]))
    demonyms: dict[str, list[str]] = {}
    with (data / "demonyms.tsv").open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            iso3, en, fr_ms = [*row, "", "", ""][:3]
            forms = _split(en)
            for ms in _split(fr_ms):
                # "turc/turque/turcs/turques" spells out an irregular word; "libyen" is regular
                forms.extend(ms.split("/") if "/" in ms else french_forms(ms))
            demonyms.setdefault(iso3, []).extend(forms)

    curated = {key(a): iso3 for iso3, (name, more, _) in extra.items() for a in [name, *more]}
    entries: list[ActorEntry] = []
    seen: set[str] = set()
    for c in pycountry.countries:
        iso3 = c.alpha_3
        canonical, more, wikidata_id = extra.get(iso3, (short_name(c), [], None))
        # a curated alias of another country wins over a library name ("Congo" is the DRC in the news)
        library = [n for n in pycountry_names(c) if curated.get(key(n), iso3) == iso3]
        # a state stands for its government ("le régime syrien"): ACLED's name of that government too
        aliases = [canonical, *more, *library, *capitals.get(iso3, []), f"Government of {canonical}"]
        eid = actor_id(canonical)
        if eid in seen:
            eid = f"{eid}-{iso3.lower()}"
        seen.add(eid)
        entries.append(
            ActorEntry(
                id=eid,
                name=canonical,
                kind="state",
                country=iso3,
                wikidata=wikidata_id,
                aliases=tuple(dict.fromkeys(a for a in aliases if a)),
            )
        )
    by_iso = {e.country: e.id for e in entries}
    demonym_index: dict[str, str] = {}
    for iso3, forms in demonyms.items():
        if iso3 not in by_iso:
            continue
        for form in forms:
            demonym_index.setdefault(key(form), by_iso[iso3])
    return entries, demonym_index


@dataclass
class Heads:
    army: set[str] = field(default_factory=set)
    police: set[str] = field(default_factory=set)
    government: set[str] = field(default_factory=set)
    other: set[str] = field(default_factory=set)
    filler: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    blockers: set[str] = field(default_factory=set)
    ambiguous_surnames: set[str] = field(default_factory=set)
    descriptors: set[str] = field(default_factory=set)
    relational: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)


def _heads(data: Path) -> Heads:
    raw = tomllib.loads((data / "heads.toml").read_text(encoding="utf-8"))
    h = Heads()
    groups = [f.name for f in fields(Heads)]
    for group in groups:
        words: set[str] = set()
        for lang_words in raw.get(group, {}).values():
            for w in lang_words:
                words.update(key(w).split())  # "porte-parole" → "porte", "parole"
        setattr(h, group, words)
    return h


@dataclass
class _Base:
    entries: dict[str, ActorEntry]
    demonyms: dict[str, str]
    heads: Heads


@lru_cache(maxsize=1)
def packaged_base() -> _Base:
    data = _data_dir()
    states, demonyms = _state_entries(data)
    entries = {e.id: e for e in states}
    for path in sorted((data / "actors").glob("*.toml")):
        for row in read_actor_file(path):
            e = entry_of(row)
            entries[e.id] = merged_entry(entries.get(e.id), e)
    return _Base(entries=entries, demonyms=demonyms, heads=_heads(data))


def merged_entry(old: ActorEntry | None, new: ActorEntry) -> ActorEntry:
    if old is None:
        return new
    return replace(
        new,
        wikidata=new.wikidata or old.wikidata,
        aliases=tuple(dict.fromkeys(new.aliases + old.aliases)),
        country=new.country or old.country,
        area=new.area or old.area,
        country_generic=tuple(dict.fromkeys(new.country_generic + old.country_generic)),
    )


@lru_cache(maxsize=1)
def _packaged_digest() -> str:
    from importlib.metadata import version

    data = _data_dir()
    files = sorted(p for p in data.rglob("*") if p.is_file() and p.suffix in (".tsv", ".toml", ".json"))
    return file_digest(files, salt=f"pycountry={version('pycountry')}")  # states come from pycountry


def kb_digest(extra_files: Sequence[Path] = ()) -> str:
    """A hash of what a KnowledgeBase.load(extra_files) is built from: the packaged KB files, the
    pycountry release and the user files (in their order: a later one overrides an earlier one)."""
    if not extra_files:
        return _packaged_digest()
    return file_digest([Path(p) for p in extra_files], salt=_packaged_digest())


def file_digest(paths: Iterable[Path], salt: str = "") -> str:
    """sha256 over the names and bytes of files (a missing file counts as such, not as an error)."""
    h = hashlib.sha256(salt.encode())
    for path in paths:
        h.update(b"\0" + path.name.encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<missing>")
    return h.hexdigest()
