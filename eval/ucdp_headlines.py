"""What the English extraction finds in UCDP GED's source headlines (Syria 2016-2019).

Data (read at run time, never copied): ``../shared/eval/raw/ucdp/ucdp_ged_syria_subset.csv``, GED
events with the ``source_headline`` they were coded from (mostly the Syrian Observatory's headlines:
real English text we never tuned on), the dyad ``side_a``/``side_b`` (who fought whom, not who
attacked whom), the event's coordinates and ``type_of_violence``.

A cell may hold several headlines (split on ``;``) and a headline codes several GED events: each
distinct headline is extracted once, alone, with its earliest event date as the publication date and
no country given (just the text), and scored against all its GED rows. Per headline:

- with an event: we found at least one;
- fitting: one event of a fitting family (state-based and non-state violence, types 1 and 2: FIGHT,
  ASSAULT, CAPTURE; one-sided violence, type 3: ASSAULT);
- dyad actor: an event's actor or target is a side of one of its rows (``eval/data/ucdp_actors.tsv``
  maps UCDP's names to ours; a side lists its groups with ", ");
- in Syria: an event is placed in Syria; near: within 50 km of one of its rows' coordinates.

Headlines are split by a stable hash into ``--part tune`` (read the misses) and ``--part check``
(held out: only its aggregate figures are written).

    .venv/bin/python -m eval.ucdp_headlines [--part tune|check] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.knowledge.gazetteer import distance_km
from conflictkg.model import Actor, ArticleFacts
from conflictkg.sources.documents import RawDocument
from conflictkg.textkeys import fold
from eval._common import SHARED, extract_each, extractor, pct, stable_hash, write_json

PATH = SHARED / "eval" / "raw" / "ucdp" / "ucdp_ged_syria_subset.csv"
NAMES = Path(__file__).resolve().parent / "data" / "ucdp_actors.tsv"
TOLERANCE_KM = 50.0
CHECK_PERCENT = 30  # headlines whose hash falls below this are the held-out check part
FITTING = {"1": frozenset({"FIGHT", "ASSAULT", "CAPTURE"}), "2": frozenset({"FIGHT", "ASSAULT", "CAPTURE"})}
FITTING_ONE_SIDED = frozenset({"ASSAULT"})
MEASURES = ("with_event", "fitting", "dyad_actor", "located", "in_syria", "near")


def split_headlines(cell: str) -> list[str]:
    """The headlines of a ``source_headline`` cell (several are joined with ';')."""
    return [h.strip().strip('"').strip() for h in cell.split(";") if h.strip().strip('"').strip()]


def group_rows(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """Each distinct headline (in order of first appearance) → the GED rows coded from it."""
    out: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        for headline in split_headlines(row.get("source_headline", "")):
            rows_of = out.setdefault(headline, [])
            if row not in rows_of:
                rows_of.append(row)
    return out


def part_of(headline: str) -> str:
    return "check" if stable_hash(headline) % 100 < CHECK_PERCENT else "tune"


def load_names(path: Path = NAMES) -> dict[str, set[str]]:
    """UCDP group name → the folded names of our actors that are that group."""
    names: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ucdp, ours = line.split("\t")
        names.setdefault(ucdp.strip(), set()).add(fold(ours))
    return names


def side_names(side: str, names: dict[str, set[str]]) -> set[str]:
    """The folded names of our actors that match a UCDP side (its groups are joined with ', ')."""
    out: set[str] = set()
    for group in (g.strip() for g in side.split(", ")):
        if group:
            out |= names.get(group, {fold(group)})
    return out


def actor_fits(actor: Actor | None, wanted: set[str]) -> bool:
    if actor is None:
        return False
    return any(fold(n) in wanted for n in [actor.name, *actor.aliases])


def fitting_types(rows: list[dict[str, str]]) -> frozenset[str]:
    out: frozenset[str] = frozenset()
    for row in rows:
        out |= FITTING.get(row.get("type_of_violence", ""), FITTING_ONE_SIDED)
    return out


def _coord(value: str | None) -> float | None:
    try:
        return float(value or "")
    except ValueError:
        return None


def load(path: Path, part: str, limit: int | None) -> list[tuple[str, list[dict[str, str]]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        grouped = group_rows(list(csv.DictReader(fh)))
    chosen = [(h, rows) for h, rows in grouped.items() if part == "all" or part_of(h) == part]
    return chosen[:limit] if limit else chosen


def judge(
    headline: str, rows: list[dict[str, str]], facts: ArticleFacts, names: dict[str, set[str]]
) -> dict[str, Any]:
    actors = {a.id: a for a in facts.actors}
    places = {p.id: p for p in facts.locations}
    wanted = set().union(*(side_names(r["side_a"], names) | side_names(r["side_b"], names) for r in rows))
    points = [
        (lat, lon)
        for r in rows
        if (lat := _coord(r.get("latitude"))) is not None and (lon := _coord(r.get("longitude"))) is not None
    ]
    fit = fitting_types(rows)
    found: dict[str, bool] = dict.fromkeys(MEASURES, False)
    ours = []
    for e in facts.events:
        actor, target = actors.get(e.actor_id), actors.get(e.target_id or "")
        loc = places.get(e.location_id or "")
        found["with_event"] = True
        found["fitting"] |= e.type in fit
        found["dyad_actor"] |= actor_fits(actor, wanted) or actor_fits(target, wanted)
        if loc is not None:
            found["located"] = True
            found["in_syria"] |= (loc.country or "").upper() == "SYR"
            if loc.lat is not None and loc.lon is not None:
                found["near"] |= any(distance_km(p, (loc.lat, loc.lon)) <= TOLERANCE_KM for p in points)
        ours.append(
            f"{e.type} {actor.name if actor else '?'} -> {target.name if target else '-'}"
            f" @ {f'{loc.name} ({loc.country})' if loc else '-'}"
        )
    sides = sorted({f"{r['side_a']} - {r['side_b']} ({r['type_of_violence']})" for r in rows})
    return {"headline": headline, "rows": len(rows), "sides": sides, "ours": ours, **found}


def run(path: Path, part: str, limit: int | None) -> dict[str, Any]:
    chosen = load(path, part, limit)
    names = load_names()
    docs = [
        RawDocument(
            origin=f"ucdp:{i}", text=h, language="en",
            published=min((r.get("date_start") or "" for r in rows), default="") or None,
        )
        for i, (h, rows) in enumerate(chosen)
    ]  # fmt: skip
    results = extract_each(extractor(), docs)
    judged, failures = [], 0
    for (headline, rows), res in zip(chosen, results, strict=True):
        if isinstance(res, ArticleFacts):
            judged.append(judge(headline, rows, res, names))
        else:
            failures += 1
    counts = Counter({"headlines": len(judged), "ged_rows": sum(j["rows"] for j in judged)})
    for j in judged:
        counts.update({m: int(j[m]) for m in MEASURES})
    return {
        "file": str(path),
        "part": part,
        "limit": limit,
        "counts": dict(counts),
        "failures": failures,
        "headlines": judged,
    }


def report(result: dict[str, Any], console: Console) -> None:
    c = result["counts"]
    n = c.get("headlines", 0)
    table = Table(
        title=f"UCDP GED headlines, {result['part']} part ({n} headlines, {c.get('ged_rows', 0)} GED rows)"
    )
    table.add_column("measure")
    table.add_column("headlines", justify="right")
    for m in MEASURES:
        table.add_row(m.replace("_", " "), pct(c.get(m, 0), n))
    console.print(table)
    if result["failures"]:
        console.print(f"[red]{result['failures']} headlines failed to extract[/red]")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--file", type=Path, default=PATH, help="a UCDP GED CSV with source_headline")
    parser.add_argument("--part", choices=("tune", "check", "all"), default="tune")
    parser.add_argument("--limit", type=int, help="score at most N headlines")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        print("error: --limit takes a positive number", file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(
            f"error: {args.file}: not found (the shared eval data sits beside the repository)",
            file=sys.stderr,
        )
        return 1
    t0 = time.monotonic()
    result = run(args.file, args.part, args.limit)
    result["seconds"] = round(time.monotonic() - t0, 1)
    if args.part != "tune":  # held out: its aggregate figures only
        result.pop("headlines")
    console = Console(width=max(110, Console().width))
    report(result, console)
    out = write_json(f"ucdp_headlines_{args.part}.json", result)
    console.print(
        f"{result['counts'].get('headlines', 0)} headlines in {result['seconds']}s; details in {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
