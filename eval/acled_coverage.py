"""Coverage and event-type fit of the English extraction on ACLED's global notes.

Data: ../shared/eval/raw/acled/rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv (read-only).

Each note is extracted alone (no store), as in ``eval.acled_notes``. Per note we ask:

- covered: we found at least one event;
- fitting: one of our events has a type that fits ACLED's coding, i.e. the type the ACLED importer
  maps its (event_type, sub_event_type) to (``structured/data/acled/event_types.json``) or the extra
  label the event-type classifier's recipe adds (a territory change is a fight too), FIGHT/ASSAULT,
  ACCUSE/DISAPPROVE and REQUEST/DEMAND one family each;
- precision: fitting notes / covered notes;
- territory: notes ACLED codes as a territory change (government regains / non-state actor overtakes
  territory) against notes where we found a CAPTURE: precision, recall, F1.

The event-type classifier was trained on these notes, split by a hash of ``event_id_cnty``: report on
its held-out part (``--part held-out``, the default) and tune on the rest (``--part tune``).

    .venv/bin/python -m eval.acled_coverage [--part held-out|tune|all] [--every N] [--limit N] [--file F]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.evaluate.gold import family
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument
from eval._common import SHARED, extract_each, extractor, pct, write_json

PATH = SHARED / "eval" / "raw" / "acled" / "rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv"
TERRITORY = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
EVENT_TYPES = (
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
)
PARTS = ("held-out", "tune", "all")
MISSES_SHOWN = 3


def _gold_types(fields: dict[str, str], recipe: dict[str, Any]) -> set[str] | None:
    """The families of the types that fit an ACLED row (None: a type the importer does not know)."""
    from conflictkg.structured.acled import classify

    event_type = fields.get("event_type", "")
    try:
        typ, _, _ = classify(event_type, fields.get("sub_event_type", ""), fields.get("inter2", ""))
    except ValueError:
        return None
    also = recipe["event_type_also"].get(event_type)
    return {family(t) for t in (typ, also) if t}


def load_notes(path: Path, part: str, every: int, limit: int | None) -> list[dict[str, Any]]:
    """The usable notes of an ACLED export in the chosen part of the classifier's split."""
    from conflictkg.errors import InputError
    from conflictkg.structured.acled import parse_date, read_rows
    from conflictkg.training.event_types import is_held_out, load_recipe

    recipe = load_recipe()
    train_percent = recipe["split"]["train_percent"]
    notes: list[dict[str, Any]] = []
    seen = 0
    for row in read_rows(path):
        if isinstance(row, InputError):
            continue
        f = row.fields
        text, event_id = f.get("notes", "").strip(), f.get("event_id_cnty", "")
        gold = _gold_types(f, recipe)
        if not text or not event_id or gold is None:
            continue
        held = is_held_out(event_id, train_percent)
        if part != "all" and held != (part == "held-out"):
            continue
        seen += 1
        if (seen - 1) % every:
            continue
        try:
            date: str | None = parse_date(f.get("event_date", ""))
        except ValueError:
            date = None
        notes.append({"id": event_id, "text": text, "date": date, "gold": gold, "fields": f})
        if limit and len(notes) >= limit:
            break
    return notes


def _judge(note: dict[str, Any], facts: ArticleFacts) -> dict[str, Any]:
    f = note["fields"]
    types = sorted({e.type for e in facts.events})
    return {
        "id": note["id"],
        "event_type": f.get("event_type", ""),
        "sub_event_type": f.get("sub_event_type", ""),
        "notes": note["text"],
        "types": types,
        "covered": bool(types),
        "fitting": any(family(t) in note["gold"] for t in types),
        "territory_gold": f.get("sub_event_type", "") in TERRITORY,
        "territory_ours": "CAPTURE" in types,
    }


def run(path: Path, part: str, every: int, limit: int | None) -> dict[str, Any]:
    notes = load_notes(path, part, every, limit)
    docs = [
        RawDocument(origin=f"acled:{n['id']}", text=n["text"], published=n["date"], language="en")
        for n in notes
    ]
    results = extract_each(extractor(), docs)
    judged, failures = [], []
    for note, res in zip(notes, results, strict=True):
        if isinstance(res, ArticleFacts):
            judged.append(_judge(note, res))
        else:
            failures.append({"id": note["id"], "error": res[:300]})
    return {"file": str(path), "part": part, "every": every, "rows": judged, "failures": failures}


def _counts(rows: list[dict[str, Any]]) -> Counter[str]:
    c: Counter[str] = Counter()
    for r in rows:
        c["notes"] += 1
        c["covered"] += r["covered"]
        c["fitting"] += r["fitting"]
    return c


def _f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def territory(rows: list[dict[str, Any]]) -> dict[str, float | int]:
    tp = sum(r["territory_gold"] and r["territory_ours"] for r in rows)
    gold = sum(r["territory_gold"] for r in rows)
    ours = sum(r["territory_ours"] for r in rows)
    p = tp / ours if ours else 0.0
    rec = tp / gold if gold else 0.0
    return {
        "tp": tp,
        "gold": gold,
        "ours": ours,
        "p": round(p, 3),
        "r": round(rec, 3),
        "f1": round(_f1(p, rec), 3),
        "by_sub_event": {sub: _territory_recall(rows, sub) for sub in sorted(TERRITORY)},
    }


def _territory_recall(rows: list[dict[str, Any]], sub_event: str) -> dict[str, float | int]:
    """Recall of one territory sub-event (our CAPTURE says nothing of who regains, who overtakes)."""
    gold = [r for r in rows if r["sub_event_type"] == sub_event]
    tp = sum(r["territory_ours"] for r in gold)
    return {"gold": len(gold), "tp": tp, "r": round(tp / len(gold), 3) if gold else 0.0}


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        by_type[r["event_type"]].append(r)
    return {
        "all": dict(_counts(rows)),
        "by_event_type": {t: dict(_counts(by_type[t])) for t in EVENT_TYPES if t in by_type},
        "territory": territory(rows),
    }


def report(result: dict[str, Any], console: Console) -> None:
    s = result["summary"]
    table = Table(title=f"ACLED notes, {result['part']} part: coverage and event-type fit")
    for col in ("event_type", "notes", "with an event", "fitting type", "precision (fitting / with event)"):
        table.add_column(col, justify="left" if col == "event_type" else "right")
    for name, c in [*s["by_event_type"].items(), ("ALL", s["all"])]:
        n, cov, fit = c.get("notes", 0), c.get("covered", 0), c.get("fitting", 0)
        table.add_row(name, str(n), pct(cov, n), pct(fit, n), pct(fit, cov))
    console.print(table)
    t = s["territory"]
    console.print(
        f"territory changes (CAPTURE): P {t['p']:.3f} R {t['r']:.3f} F1 {t['f1']:.3f} "
        f"(gold {t['gold']}, ours {t['ours']}, both {t['tp']})"
    )
    for sub, c in t["by_sub_event"].items():
        console.print(f"  {sub}: R {c['r']:.3f} ({c['tp']}/{c['gold']})")
    if result["failures"]:
        console.print(f"[red]{len(result['failures'])} notes failed to extract[/red]")
    for name in EVENT_TYPES:
        missed = [r for r in result["rows"] if r["event_type"] == name and not r["fitting"]]
        for r in missed[:MISSES_SHOWN]:
            got = r["types"] or "(none)"
            console.print(f"[dim]miss {name} / {r['sub_event_type']} → {got}:[/dim] {r['notes'][:300]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--file", type=Path, default=PATH, help="an ACLED CSV export with English notes")
    parser.add_argument("--part", choices=PARTS, default="held-out", help="part of the classifier's split")
    parser.add_argument("--every", type=int, default=1, help="take every Nth note of the part")
    parser.add_argument("--limit", type=int, help="score at most N notes")
    args = parser.parse_args(argv)
    if args.every < 1 or (args.limit is not None and args.limit < 1):
        print("error: --every and --limit take a positive number", file=sys.stderr)
        return 2
    if not args.file.is_file():
        print(
            f"error: {args.file}: not found (the shared eval data sits beside the repository)",
            file=sys.stderr,
        )
        return 1
    t0 = time.monotonic()
    result = run(args.file, args.part, args.every, args.limit)
    result["summary"] = summary(result["rows"])
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(110, Console().width))
    report(result, console)
    out = write_json(f"acled_coverage_{args.part}.json", result)
    console.print(f"{len(result['rows'])} notes in {result['seconds']}s; details in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
