"""Where our events are placed, against ACLED's coding of its own English ``notes``.

Data (read at run time, never copied): ``../shared/eval/raw/acled/`` — by default
``rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv`` (world-wide), or ``--file focus`` for
``rpanlilio_focus_libya_syria_yemen_sahel_plus_territory.csv``.

Each sampled note (a deterministic sample: every ``--every``-th row with notes, at most ``--limit``
notes) is ingested alone as an English article. For every event we place (a Location on the event),
we compare:

- right country: the place's country (ISO3) is the row's ``iso3``;
- right place: the place lies within 50 km of the row's latitude / longitude.

ACLED codes one event per row while a note may name several places; every located event of the note
is scored against the row, so a few "wrong place" events are other places the note names (same
country, most of the time).

    .venv/bin/python -m eval.acled_places [--file global|focus] [--every 10] [--limit 500] [--offset 5]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.knowledge.acled_countries import iso3_of_acled
from conflictkg.knowledge.gazetteer import distance_km
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument
from eval._common import SHARED, extract_each, extractor, pct, write_json

FILES = {
    "global": SHARED / "eval" / "raw" / "acled" / "rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv",
    "focus": SHARED / "eval" / "raw" / "acled" / "rpanlilio_focus_libya_syria_yemen_sahel_plus_territory.csv",
}
TOLERANCE_KM = 50.0


def _coord(value: str | None) -> float | None:
    try:
        return float(value or "")
    except ValueError:
        return None


def load_rows(path: Any, every: int, limit: int, offset: int = 0) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if (i - offset) % every or i < offset or not (row.get("notes") or "").strip():
                continue
            rows.append({**row, "_i": str(i)})
            if len(rows) >= limit:
                break
    return rows


def run(which: str, every: int, limit: int, offset: int = 0) -> dict[str, Any]:
    path = FILES[which]
    rows = load_rows(path, every, limit, offset)
    docs = [
        RawDocument(
            origin=f"acled:{r.get('event_id_cnty') or r['_i']}", text=r["notes"].strip(), language="en"
        )
        for r in rows
    ]
    results = extract_each(extractor(), docs)
    c: Counter[str] = Counter()
    details = []
    for row, res in zip(rows, results, strict=True):
        if not isinstance(res, ArticleFacts):
            c["failed"] += 1
            continue
        c["notes"] += 1
        places = {p.id: p for p in res.locations}
        lat, lon = _coord(row.get("latitude")), _coord(row.get("longitude"))
        iso3 = iso3_of_acled(row.get("iso3")) or ""  # ACLED's "ROM" is Romania's ROU
        c["events"] += len(res.events)
        for e in res.events:
            loc = places.get(e.location_id or "")
            if loc is None:
                continue
            c["located"] += 1
            right_country = (loc.country or "").upper() == iso3
            km = None
            if lat is not None and lon is not None and loc.lat is not None and loc.lon is not None:
                km = distance_km((lat, lon), (loc.lat, loc.lon))
            right_place = km is not None and km <= TOLERANCE_KM
            c["right_country"] += right_country
            c["right_place"] += right_place
            c["country_kind"] += loc.kind == "country"
            details.append(
                {
                    "id": row.get("event_id_cnty"), "row": int(row["_i"]), "notes": row["notes"],
                    "acled": f"{row.get('location')} ({row.get('admin1')}, {iso3})",
                    "ours": f"{loc.name} [{loc.kind}] ({loc.country})",
                    "km": None if km is None else round(km),
                    "right_country": right_country, "right_place": right_place, "type": e.type,
                }
            )  # fmt: skip
    sample = {"file": str(path), "every": every, "limit": limit, "offset": offset}
    return {**sample, "counts": dict(c), "events": details}


def report(result: dict[str, Any], console: Console, show: int) -> None:
    c = result["counts"]
    table = Table(title=f"Places of our events vs ACLED ({c.get('notes', 0)} notes, {result['file']})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("notes (failed)", f"{c.get('notes', 0)} ({c.get('failed', 0)})")
    table.add_row("events", str(c.get("events", 0)))
    table.add_row("located events", str(c.get("located", 0)))
    table.add_row("right country", pct(c.get("right_country", 0), c.get("located", 0)))
    table.add_row(f"right place (≤ {TOLERANCE_KM:.0f} km)", pct(c.get("right_place", 0), c.get("located", 0)))
    table.add_row("placed at a whole country", pct(c.get("country_kind", 0), c.get("located", 0)))
    console.print(table)
    wrong = [d for d in result["events"] if not d["right_country"]]
    for d in wrong[:show]:
        console.print(f"[red]✗ country[/red] row {d['row']}: ACLED {d['acled']} — ours {d['ours']}")
        console.print(f"    {d['notes'][:220]}", highlight=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--file", choices=sorted(FILES), default="global")
    parser.add_argument("--every", type=int, default=10, help="take every N-th row (default 10)")
    parser.add_argument("--limit", type=int, default=500, help="at most this many notes (default 500)")
    parser.add_argument(
        "--offset", type=int, default=0, help="start at this row: another sample to check rules on"
    )
    parser.add_argument("--show", type=int, default=30, help="print this many wrong-country events")
    args = parser.parse_args(argv)
    path = FILES[args.file]
    if not path.exists():
        print(f"{path}: not found (the shared eval data sits beside the repository)", file=sys.stderr)
        return 1
    if args.offset >= args.every:
        print(
            f"warning: --offset {args.offset} >= --every {args.every}: the sample repeats the rows of "
            f"offset {args.offset % args.every} (minus its first {args.offset // args.every})",
            file=sys.stderr,
        )
    t0 = time.monotonic()
    result = run(args.file, args.every, args.limit, args.offset)
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(110, Console().width))
    report(result, console, args.show)
    suffix = f"_offset{args.offset}" if args.offset else ""
    out = write_json(f"acled_places_{args.file}{suffix}.json", result)
    c = result["counts"]
    console.print(
        f"located {c.get('located', 0)}, "
        f"right country {pct(c.get('right_country', 0), c.get('located', 0))}, "
        f"right place {pct(c.get('right_place', 0), c.get('located', 0))} in {result['seconds']}s; "
        f"details in {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
