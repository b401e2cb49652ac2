"""The gold format ``conflictkg-gold/1``: loading, validation, and where the articles are."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.model import EVENT_TYPES
from conflictkg.sources.documents import RawDocument
from conflictkg.textkeys import fold

GOLD_FORMAT = "conflictkg-gold/1"
DEFAULT_TOLERANCE_KM = 25.0
OLD_NAMES = {"DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}
FAMILIES = {"ASSAULT": "FIGHT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}
BACKING_TYPES = {"SUPPORT", "AID", "COOPERATE"}
FACTUAL = {"asserted", "reported"}  # as conflictkg.derived.derive: modalities of things that happened
KINDS = ("events", "events_strict", "pairs", "locations", "backs", "control_changes", "controls")


def family(action: str) -> str:
    return FAMILIES.get(action, action)


@dataclass
class GoldActor:
    name: str
    kind: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    member_of: str | None = None
    role: str | None = None

    def names(self) -> set[str]:
        return {fold(n) for n in [self.name, *self.aliases] if fold(n)}


@dataclass
class GoldLocation:
    name: str
    kind: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    tolerance_km: float = DEFAULT_TOLERANCE_KM
    aliases: list[str] = field(default_factory=list)

    def names(self) -> set[str]:
        return {fold(n) for n in [self.name, *self.aliases] if fold(n)}


@dataclass
class GoldEvent:
    actor: str
    action: str
    target: str | None = None
    location: str | None = None
    modality: str = "asserted"
    implicit: bool = False
    target_implicit: bool = False
    optional: bool = False
    alt_actions: list[str] = field(default_factory=list)
    alt_targets: list[str] = field(default_factory=list)
    via: str | None = None
    evidence: str | None = None


@dataclass
class GoldFact:
    """A backs / control change / controls item: its fields by role, and its flags."""

    fields: dict[str, str | None]
    implicit: bool = False
    optional: bool = False
    from_implicit: bool = False
    evidence: str | None = None


@dataclass
class GoldArticle:
    article: str
    language: str | None = None
    published: str | None = None
    actors: dict[str, GoldActor] = field(default_factory=dict)
    locations: dict[str, GoldLocation] = field(default_factory=dict)
    events: list[GoldEvent] = field(default_factory=list)
    backs: list[GoldFact] = field(default_factory=list)
    control_changes: list[GoldFact] = field(default_factory=list)
    controls: list[GoldFact] = field(default_factory=list)


@dataclass
class Gold:
    path: Path
    articles: list[GoldArticle]


def _bad(where: str, what: str) -> InputError:
    return InputError(f"{where}: {what}")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(where, "a JSON object was expected")
    return value


def _str(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _bad(where, "a non-empty string was expected")
    return value


def _strs(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _bad(where, "a list of strings was expected")
    return list(value)


def _num(value: Any, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _bad(where, "a number was expected")
    return float(value)


def _action(value: Any, where: str) -> str:
    name = _str(value, where) or ""
    name = OLD_NAMES.get(name, name)
    if name not in EVENT_TYPES:
        raise _bad(where, f"unknown action {value!r} (use one of {', '.join(EVENT_TYPES)})")
    return name


def _parse_article(raw: Any, where: str) -> GoldArticle:
    obj = _obj(raw, where)
    art = GoldArticle(
        article=_str(obj.get("article"), f"{where}.article") or "",
        language=obj.get("language"),
        published=obj.get("published"),
    )
    for name, a in _obj(obj.get("actors", {}), f"{where}.actors").items():
        w = f"{where}.actors[{name!r}]"
        a = _obj(a, w)
        art.actors[name] = GoldActor(
            name=name,
            kind=a.get("kind"),
            country=a.get("country"),
            aliases=_strs(a.get("aliases"), f"{w}.aliases"),
            member_of=_str(a.get("member_of"), f"{w}.member_of", optional=True),
            role=a.get("role"),
        )
    for name, loc in _obj(obj.get("locations", {}), f"{where}.locations").items():
        w = f"{where}.locations[{name!r}]"
        loc = _obj(loc, w)
        lat, lon = _num(loc.get("lat"), f"{w}.lat"), _num(loc.get("lon"), f"{w}.lon")
        if (lat is None) != (lon is None):
            raise _bad(w, "lat and lon go together")
        tol = _num(loc.get("coord_tolerance_km"), f"{w}.coord_tolerance_km")
        art.locations[name] = GoldLocation(
            name=name,
            kind=loc.get("kind"),
            country=loc.get("country"),
            lat=lat,
            lon=lon,
            tolerance_km=DEFAULT_TOLERANCE_KM if tol is None else tol,
            aliases=_strs(loc.get("aliases"), f"{w}.aliases"),
        )

    def actor_ref(value: Any, w: str, *, optional: bool = False) -> str | None:
        name = _str(value, w, optional=optional)
        if name is not None and name not in art.actors:
            raise _bad(w, f"{name!r} is not in the article's actors")
        return name

    def location_ref(value: Any, w: str, *, optional: bool = True) -> str | None:
        name = _str(value, w, optional=optional)
        if name is not None and name not in art.locations:
            raise _bad(w, f"{name!r} is not in the article's locations")
        return name

    for name, a in art.actors.items():
        if a.member_of is not None:
            actor_ref(a.member_of, f"{where}.actors[{name!r}].member_of")
    events = obj.get("events", [])
    if not isinstance(events, list):
        raise _bad(f"{where}.events", "a list was expected")
    for i, ev in enumerate(events):
        w = f"{where}.events[{i}]"
        ev = _obj(ev, w)
        art.events.append(
            GoldEvent(
                actor=actor_ref(ev.get("actor"), f"{w}.actor") or "",
                action=_action(ev.get("action"), f"{w}.action"),
                target=actor_ref(ev.get("target"), f"{w}.target", optional=True),
                location=location_ref(ev.get("location"), f"{w}.location"),
                modality=ev.get("modality") or "asserted",
                implicit=bool(ev.get("implicit", False)),
                target_implicit=bool(ev.get("target_implicit", False)),
                optional=bool(ev.get("optional", False)),
                alt_actions=[_action(x, f"{w}.alt_actions") for x in _strs(ev.get("alt_actions"), w)],
                alt_targets=[actor_ref(x, f"{w}.alt_targets") or "" for x in _strs(ev.get("alt_targets"), w)],
                via=actor_ref(ev.get("via"), f"{w}.via", optional=True),
                evidence=ev.get("evidence"),
            )
        )
    specs: dict[str, dict[str, tuple[Callable[..., str | None], bool]]] = {
        "backs": {"backer": (actor_ref, False), "backed": (actor_ref, False)},
        "control_changes": {
            "location": (location_ref, False),
            "to": (actor_ref, False),
            "from": (actor_ref, True),
        },
        "controls": {"actor": (actor_ref, False), "location": (location_ref, False)},
    }
    for kind, roles in specs.items():
        items = obj.get(kind, [])
        if not isinstance(items, list):
            raise _bad(f"{where}.{kind}", "a list was expected")
        out: list[GoldFact] = getattr(art, kind)
        for i, item in enumerate(items):
            w = f"{where}.{kind}[{i}]"
            item = _obj(item, w)
            fields = {
                role: ref(item.get(role), f"{w}.{role}", optional=opt) for role, (ref, opt) in roles.items()
            }
            out.append(
                GoldFact(
                    fields=fields,
                    implicit=bool(item.get("implicit", False)),
                    optional=bool(item.get("optional", False)),
                    from_implicit=bool(item.get("from_implicit", False)),
                    evidence=item.get("evidence"),
                )
            )
    return art


def parse_gold(data: Any, origin: str = "gold") -> Gold:
    obj = _obj(data, origin)
    if obj.get("format") != GOLD_FORMAT:
        raise _bad(origin, f"not a {GOLD_FORMAT} file (format is {obj.get('format')!r})")
    articles = obj.get("articles")
    if not isinstance(articles, list) or not articles:
        raise _bad(origin, "'articles' must be a non-empty list")
    return Gold(Path(origin), [_parse_article(a, f"{origin}: articles[{i}]") for i, a in enumerate(articles)])


def load_gold(path: str | Path) -> Gold:
    """Read and validate a gold file; a malformed one raises :class:`InputError` saying where."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{p}: no such gold file") from exc
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{p}: not valid JSON ({exc})") from exc
    gold = parse_gold(data, str(p))
    gold.path = p
    return gold


def split_article(article: str) -> tuple[str, str | None]:
    """``"notes.csv#ID"`` → ``("notes.csv", "ID")``: a record of a CSV file; a plain path has no fragment."""
    file, sep, fragment = article.partition("#")
    return (file, fragment) if sep and fragment else (article, None)


def _project_root(start: Path) -> Path | None:
    return next((d for d in [start, *start.parents] if (d / "pyproject.toml").is_file()), None)


def resolve_article_path(gold_path: Path, article: str, cwd: Path | None = None) -> Path:
    """Where a gold article's text is: relative to the CWD, else to the gold file's dir, its parent or
    the project's root (the nearest dir above the gold file with a ``pyproject.toml``).

    A ``#fragment`` (an ACLED record: see :func:`load_article_record`) is not part of the path.
    """
    file, _ = split_article(article)
    given = Path(file)
    if given.is_absolute():
        candidates = [given]
    else:
        root = _project_root(gold_path.resolve().parent)
        bases = [cwd or Path.cwd(), gold_path.parent, gold_path.parent.parent, *([root] if root else [])]
        candidates = list(dict.fromkeys(b / given for b in bases))
    for c in candidates:
        if c.is_file():
            return c
    tried = ", ".join(str(c) for c in candidates)
    raise InputError(f"{gold_path}: article {article!r} not found (tried {tried})")


ACLED_ID, ACLED_TEXT, ACLED_DATE = "event_id_cnty", "notes", "event_date"


def _acled_date(value: str) -> str | None:
    """ACLED's dates: ``9-May-20`` (the 2020 exports) or ISO ``2020-05-09``."""
    for fmt in ("%d-%b-%y", "%Y-%m-%d", "%d %B %Y"):
        try:
            return dt.datetime.strptime(value.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def load_article_record(path: Path, record_id: str, origin: str, published: str | None = None) -> RawDocument:
    """The article ``<file>.csv#<event_id_cnty>``: one ACLED row's ``notes`` as an English text,
    published on its ``event_date``; or ``<documents>.json#<_id>``: one document (``text``) of a
    JSON-lines corpus such as re3d's, which has no date (``published``, the gold's, stands in).
    ``origin`` becomes the article's url in the graph."""
    if path.suffix == ".json":
        return _json_record(path, record_id, origin, published)
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            missing = {ACLED_ID, ACLED_TEXT} - set(reader.fieldnames or [])
            if missing:
                raise InputError(f"{path}: not an ACLED file (no column {', '.join(sorted(missing))})")
            row = next((r for r in reader if r[ACLED_ID] == record_id), None)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if row is None or not (row[ACLED_TEXT] or "").strip():
        raise InputError(f"{path}: no record {record_id!r} with a text")
    return RawDocument(
        origin=origin,
        text=row[ACLED_TEXT].strip(),
        published=_acled_date(row.get(ACLED_DATE) or ""),
        language="en",
        source="acled",
    )


def _json_record(path: Path, record_id: str, origin: str, published: str | None) -> RawDocument:
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    for line in lines:
        try:
            doc = json.loads(line) if line.strip() else None
        except json.JSONDecodeError:
            continue
        if isinstance(doc, dict) and str(doc.get("_id")) == record_id:
            text = doc.get("text")
            if isinstance(text, str) and text.strip():
                return RawDocument(origin=origin, text=text.strip(), published=published, language="en")
    raise InputError(f"{path}: no record {record_id!r} with a text")
