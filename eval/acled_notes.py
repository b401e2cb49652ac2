"""Agreement with ACLED's coding of its own English ``notes``.

Data: ../shared/eval/raw/acled/rpanlilio_libya_only.csv (read-only, beside the repository).

ACLED codes each row's event by hand: actor1, actor2, location (with coordinates) and
event / sub-event type; its ``notes`` describe the event in one or two English sentences. We run the
English extraction on each note alone (no store), take our first event in text order (ACLED's note
opens with the coded event) and compare:

- type: ACLED's (event_type, sub_event_type) mapped to our types by the ACLED loader's data file
  (``conflictkg/structured/data/acled/event_types.json``: clashes FIGHT, shelling / air strikes FIGHT or
  ASSAULT when civilians are hit, territory sub-types CAPTURE, protests PROTEST, ...), strict and with
  FIGHT/ASSAULT as one family; and ACLED's coarse event_type against the ones our type can mean;
- actor1 / actor2: ACLED names resolved as the ACLED importer does (``Resolver.acled_actor``, its
  name map and the knowledge base), matched to our actor / target by id, else by name or alias;
  for a clash (Battles) the pair may come in either order. Rows whose ACLED actor is a placeholder
  ("Unidentified Armed Group (Libya)") are not scored for that actor;
- location: our event's place within 25 km of ACLED's coordinates, or the same name.

Figures are given over rows where we found an event ("when we extract") and over all usable rows.

    .venv/bin/python -m eval.acled_notes [--limit N]
"""

from __future__ import annotations

import csv
import math
import sys
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.evaluate import family, fold
from conflictkg.model import Actor, ArticleFacts, Location
from conflictkg.sources.documents import RawDocument
from eval._common import (
    SHARED,
    actor_names,
    extract_each,
    extractor,
    ordered_events,
    pct,
    script_main,
)

PATH = SHARED / "eval" / "raw" / "acled" / "rpanlilio_libya_only.csv"
TOLERANCE_KM = 25.0
# Which ACLED event types each of our types can stand for.
ACLED_TYPES = {
    "FIGHT": {"Battles", "Explosions/Remote violence"},
    "ASSAULT": {"Violence against civilians", "Explosions/Remote violence"},
    "CAPTURE": {"Battles", "Strategic developments"},
    "PROTEST": {"Protests", "Riots"},
    "COERCE": {"Strategic developments", "Violence against civilians"},
}
DEFAULT_ACLED_TYPES = {"Strategic developments"}


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    h = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(b[1] - a[1]) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _coord(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


class GoldActors:
    """ACLED actor names → our actors, as the ACLED importer resolves them."""

    def __init__(self) -> None:
        from conflictkg.structured.resolver import Resolver

        self.resolver = Resolver(gazetteer=False)
        self.placeholders: list[str] = list(self.resolver._rules.get("placeholders", []))

    def resolve(self, name: str, inter: str, country: str | None) -> Actor | None:
        """Our actor for an ACLED name; None for no actor or a placeholder (not scored)."""
        name = " ".join((name or "").split())
        if not name or any(name.startswith(p) for p in self.placeholders):
            return None
        kind = self.resolver._rules.get("inter_kinds", {}).get(inter, "unknown")
        actor: Actor = self.resolver.acled_actor(name, kind, country)
        return actor


def same_actor(gold: Actor, pred: Actor | None) -> bool:
    if pred is None:
        return False
    if gold.id == pred.id:
        return True
    names = actor_names(pred)
    if actor_names(gold) & names:
        return True
    # generic ACLED groups such as "Civilians (Libya)": our actor named by the group's noun
    head = fold(gold.name.split("(")[0])
    return (
        bool(head) and gold.kind in {"civilians", "protesters", "rioters"} and any(head in n for n in names)
    )


def same_place(name: str, lat: float | None, lon: float | None, loc: Location | None) -> bool:
    if loc is None:
        return False
    if fold(name) and fold(name) in {fold(n) for n in [loc.name, *loc.aliases]}:
        return True
    if None in (lat, lon, loc.lat, loc.lon):
        return False
    assert lat is not None and lon is not None and loc.lat is not None and loc.lon is not None
    return _km((lat, lon), (loc.lat, loc.lon)) <= TOLERANCE_KM


def load_rows(limit: int | None) -> tuple[list[dict[str, Any]], Counter[str]]:
    from conflictkg.structured.acled import classify, normalise, parse_date

    rows: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    with PATH.open(encoding="utf-8", newline="") as fh:
        for i, raw in enumerate(csv.DictReader(fh)):
            try:
                row = normalise(raw)
                notes = row.get("notes", "").strip()
                if not notes:
                    skipped["no notes"] += 1
                    continue
                try:
                    our_type, _, _ = classify(
                        row.get("event_type", ""), row.get("sub_event_type", ""), row.get("inter2", "")
                    )
                except ValueError:
                    our_type = None
                try:
                    date: str | None = parse_date(row.get("event_date", ""))
                except ValueError:
                    date = None
                rows.append({"i": i, "row": row, "notes": notes, "type": our_type, "date": date})
            except Exception as exc:  # a malformed row is counted, never fatal
                skipped[f"unreadable row ({type(exc).__name__})"] += 1
            if limit and len(rows) >= limit:
                break
    return rows, skipped


def run(limit: int | None = None) -> dict[str, Any]:
    rows, skipped = load_rows(limit)
    docs = [
        RawDocument(
            origin=f"acled:{r['row'].get('event_id_cnty') or r['i']}",
            text=r["notes"],
            published=r["date"],
            language="en",
        )
        for r in rows
    ]
    results = extract_each(extractor(), docs)
    gold_actors = GoldActors()
    c: Counter[str] = Counter()
    details = []
    failures = []
    for r, res in zip(rows, results, strict=True):
        row = r["row"]
        if not isinstance(res, ArticleFacts):
            skipped[f"extraction failed: {res.split(':')[0]}"] += 1
            failures.append({"id": row.get("event_id_cnty"), "error": res[:300]})
            continue
        c["rows"] += 1
        country = row.get("iso3") or None
        a1 = gold_actors.resolve(row.get("actor1", ""), row.get("inter1", ""), country)
        a2 = gold_actors.resolve(row.get("actor2", ""), row.get("inter2", ""), country)
        actors = {a.id: a for a in res.actors}
        places = {p.id: p for p in res.locations}
        events = ordered_events(res)
        main = events[0] if events else None
        actor = actors.get(main.actor_id) if main else None
        target = actors.get(main.target_id or "") if main else None
        place = places.get(main.location_id or "") if main else None
        lat, lon = _coord(row.get("latitude", "")), _coord(row.get("longitude", ""))
        symmetric = row.get("event_type") == "Battles"
        got = main.type if main else None
        checks: dict[str, bool | None] = {
            "type": None if r["type"] is None else got == r["type"],
            "type_family": None
            if r["type"] is None
            else got is not None and family(got) == family(r["type"]),
            "event_type": got is not None
            and row.get("event_type") in ACLED_TYPES.get(got, DEFAULT_ACLED_TYPES),
            "actor1": None if a1 is None else same_actor(a1, actor) or (symmetric and same_actor(a1, target)),
            "actor2": None if a2 is None else same_actor(a2, target) or (symmetric and same_actor(a2, actor)),
            "actor1_any_event": None
            if a1 is None
            else any(
                same_actor(a1, actors.get(e.actor_id))
                or (symmetric and same_actor(a1, actors.get(e.target_id or "")))
                for e in events
            ),
            "location": same_place(row.get("location", ""), lat, lon, place),
        }
        c["covered"] += main is not None
        for k, v in checks.items():
            if v is None:
                continue
            c[f"{k}_n"] += 1
            c[f"{k}_ok"] += v
            if main is not None:
                c[f"{k}_cov_n"] += 1
                c[f"{k}_cov_ok"] += v
        details.append(
            {
                "id": row.get("event_id_cnty"), "notes": r["notes"], "acled_type": row.get("sub_event_type"),
                "gold_type": r["type"], "type": got, "acled_actor1": row.get("actor1"),
                "gold_actor1": a1.name if a1 else None, "actor": actor.name if actor else None,
                "acled_actor2": row.get("actor2"), "gold_actor2": a2.name if a2 else None,
                "target": target.name if target else None, "acled_location": row.get("location"),
                "location": place.name if place else None, "checks": checks,
            }
        )  # fmt: skip
    return {
        "file": str(PATH),
        "counts": dict(c),
        "skipped": dict(skipped),
        "failures": failures,
        "rows": details,
    }


def report(result: dict[str, Any], console: Console) -> None:
    c = result["counts"]
    table = Table(title=f"Agreement with ACLED's coding of its notes ({c.get('rows', 0)} notes)")
    for col in ("measure", "when we extract an event", "over all scorable rows"):
        table.add_column(col, justify="left" if col == "measure" else "right")
    table.add_row("notes with ≥1 event", "", pct(c.get("covered", 0), c.get("rows", 0)))
    for label, key in [
        ("type (our type of ACLED's sub-event type)", "type"),
        ("type, FIGHT/ASSAULT one family", "type_family"),
        ("ACLED event_type compatible with our type", "event_type"),
        ("actor1 (clash: either side)", "actor1"),
        ("actor1 in any of our events (clash: either side)", "actor1_any_event"),
        ("actor2 (clash: either side)", "actor2"),
        (f"location (name, or ≤ {TOLERANCE_KM:.0f} km)", "location"),
    ]:
        table.add_row(
            label,
            pct(c.get(f"{key}_cov_ok", 0), c.get(f"{key}_cov_n", 0)),
            pct(c.get(f"{key}_ok", 0), c.get(f"{key}_n", 0)),
        )
    table.add_row("rows skipped", "", f"{sum(result['skipped'].values())} {result['skipped']}")
    console.print(table)
    misses = Counter((d["gold_type"], d["type"]) for d in result["rows"] if d["type"] != d["gold_type"])
    conf = Table(title="Type disagreements (ACLED as our type → ours)")
    for col in ("ACLED", "ours", "n"):
        conf.add_column(col)
    for (g, p), n in misses.most_common(10):
        conf.add_row(str(g), str(p or "(no event)"), str(n))
    console.print(conf)


def main(argv: list[str] | None = None) -> int:
    return script_main(
        argv, __doc__, PATH, "score only the first N usable rows", run, report, "acled_notes.json",
        lambda r: f"{r['counts'].get('rows', 0)} notes",
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
