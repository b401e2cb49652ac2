"""Event-type accuracy on the PLOVER gold sentences (../shared/eval/raw/plover/PLOVER_GSR_CAMEO.json).

Each record is one English sentence with one coded event (``event``: a PLOVER type, older names
DEMAND / DISAPPROVE read as REQUEST / ACCUSE), its source and target actors and, in
``textInfo.markup``, where the event is stated (``(EVT: ...)``). The English extraction runs on each
sentence alone (no store). Reported:

- coverage: sentences where we extract at least one event;
- primary accuracy: the type of our event stated where the gold ``EVT`` words are (else our first
  event) equals the gold type; "family" also accepts FIGHT/ASSAULT for each other;
- any accuracy: the gold type is among the types of all our events of the sentence;
- per-type figures and the most frequent confusions (gold → predicted primary);
- actor / target match of the primary event: our actor's name or an alias contains (or is contained
  in) a gold ``actorText``, or our actor's country is the gold ISO code;
- target or place: the target match, or, where the gold target is a place ("shelled X", "attacked the
  city of X"), our primary event is located there (its place's name or an alias matches the gold
  ``actorText``). The graph holds no place as a target (an event's place is its ``AT`` location, a
  target is an actor: DESIGN.md), so a place target is met by the event's place, reported apart.

    .venv/bin/python -m eval.plover_types [--part tune|check|all] [--limit N]

``--part`` splits the scored records (the documentation record skipped) by their position in file
order: ``tune`` the even ones (0, 2, 4, ...), ``check`` the odd ones, kept as a held-out check
against over-fitting (read its aggregate figures only); ``all`` (the default) every record. The
result goes to ``eval/results/plover_types_PART.json``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.evaluate import OLD_NAMES, family, fold
from conflictkg.model import Actor, ArticleFacts, Event, Location
from conflictkg.sources.documents import RawDocument
from eval._common import (
    SHARED,
    actor_names,
    extract_each,
    extractor,
    ordered_events,
    pct,
    script_main,
    text_matches,
)

PATH = SHARED / "eval" / "raw" / "plover" / "PLOVER_GSR_CAMEO.json"
EVT = re.compile(r"\(EVT:\s*([^)]*)\)")
PARTS = ("tune", "check", "all")


def _actors(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, list):
        return [a for a in value if isinstance(a, dict)]
    if isinstance(value, dict):
        return [value]
    return []


def load_records() -> tuple[list[dict[str, Any]], Counter[str]]:
    """The usable records, and why the others were skipped."""
    raw = json.loads(PATH.read_text(encoding="utf-8"))
    kept: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for rec in raw if isinstance(raw, list) else []:
        if not isinstance(rec, dict):
            skipped["not an object"] += 1
            continue
        event = str(rec.get("event") or "")
        text = rec.get("text")
        if event == "DOCUMENT":
            skipped["documentation record"] += 1
        elif not isinstance(text, str) or not text.strip():
            skipped["no text"] += 1
        elif rec.get("language", "en") != "en":
            skipped["not English"] += 1
        else:
            info = rec.get("textInfo")
            markup = str(info.get("markup") or "") if isinstance(info, dict) else str(info or "")
            kept.append(
                {
                    "id": rec.get("id"),
                    "text": text.strip(),
                    "event": OLD_NAMES.get(event, event),
                    "evt": [w for seg in EVT.findall(markup) for w in seg.split()],
                    "source": _actors(rec.get("source")),
                    "target": _actors(rec.get("target")),
                }
            )
    return kept, skipped


def primary(events: list[Event], evt_words: list[str]) -> Event | None:
    """Our event stated where the gold event words are, else our first event."""
    if not events:
        return None
    words = {fold(w) for w in evt_words if len(fold(w)) > 2}
    for e in events:
        span = set(fold(e.evidence.text).split())
        if words & span:
            return e
    return events[0]


def actor_match(gold: list[dict[str, Any]], actor: Actor | None) -> bool:
    if actor is None:
        return False
    names = actor_names(actor)
    for g in gold:
        text, code = str(g.get("actorText") or ""), str(g.get("code") or "")
        if text_matches(text, names) or (len(code) == 3 and actor.country == code):
            return True
    return False


def place_match(gold: list[dict[str, Any]], place: Location | None) -> bool:
    """A gold target that is a place met by our event's place: its name or an alias matches."""
    if place is None:
        return False
    names = {fold(n) for n in (place.name, *place.aliases) if n}
    return any(text_matches(str(g.get("actorText") or ""), names) for g in gold)


def select_part(records: list[dict[str, Any]], part: str) -> list[dict[str, Any]]:
    """The records of one part: tune = even positions, check = odd positions, all = every one."""
    if part == "tune":
        return records[0::2]
    if part == "check":
        return records[1::2]
    return records


def run(limit: int | None = None, part: str = "all") -> dict[str, Any]:
    records, skipped = load_records()
    records = select_part(records, part)
    if limit:
        records = records[:limit]
    docs = [
        RawDocument(origin=f"plover:{r['id'] or i}", text=r["text"], published="2000-01-01", language="en")
        for i, r in enumerate(records)
    ]
    results = extract_each(extractor(), docs)
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    totals: Counter[str] = Counter()
    rows = []
    failures: list[dict[str, Any]] = []
    for rec, res in zip(records, results, strict=True):
        if not isinstance(res, ArticleFacts):
            skipped[f"extraction failed: {res.split(':')[0]}"] += 1
            failures.append({"id": rec["id"], "error": res[:300]})
            continue
        gold = rec["event"]
        actors = {a.id: a for a in res.actors}
        places = {loc.id: loc for loc in res.locations}
        events = ordered_events(res)
        main = primary(events, rec["evt"])
        types = [e.type for e in events]
        c = per_type[gold]
        c["n"] += 1
        totals["n"] += 1
        got = main.type if main else None
        flags = {
            "covered": main is not None,
            "primary": got == gold,
            "primary_family": got is not None and family(got) == family(gold),
            "any": gold in types,
        }
        for k, v in flags.items():
            c[k] += v
            totals[k] += v
        src = tgt = None
        if main is not None:
            if got != gold:
                confusion[(gold, str(got))] += 1
            src = actor_match(rec["source"], actors.get(main.actor_id))
            totals["source_n"] += 1
            totals["source_ok"] += src
            if rec["target"]:
                tgt = actor_match(rec["target"], actors.get(main.target_id or ""))
                totals["target_n"] += 1
                totals["target_ok"] += tgt
                at = places.get(main.location_id or "")
                totals["target_place_ok"] += tgt or place_match(rec["target"], at)
        rows.append(
            {
                "id": rec["id"], "gold": gold, "primary": got, "types": types,
                "actor": actors[main.actor_id].name if main and main.actor_id in actors else None,
                "target": actors[main.target_id].name if main and main.target_id in actors else None,
                "gold_source": [a.get("actorText") for a in rec["source"]],
                "gold_target": [a.get("actorText") for a in rec["target"]],
                "source_ok": src, "target_ok": tgt,
            }
        )  # fmt: skip
    return {
        "file": str(PATH),
        "part": part,
        "records": len(records),
        "skipped": dict(skipped),
        "totals": dict(totals),
        "per_type": {t: dict(c) for t, c in sorted(per_type.items())},
        "confusions": [{"gold": g, "predicted": p, "n": n} for (g, p), n in confusion.most_common()],
        "failures": failures,
        "rows": rows,
    }


def report(result: dict[str, Any], console: Console) -> None:
    t = result["totals"]
    n = t.get("n", 0)
    part = result.get("part", "all")
    summary = Table(title=f"PLOVER gold sentences, part {part}: event types ({n} sentences scored)")
    summary.add_column("measure")
    summary.add_column("value", justify="right")
    for label, key in [
        ("coverage (≥1 event)", "covered"),
        ("primary type accuracy", "primary"),
        ("primary type accuracy (FIGHT/ASSAULT one family)", "primary_family"),
        ("gold type among our events", "any"),
    ]:
        summary.add_row(label, pct(t.get(key, 0), n))
    summary.add_row("primary type accuracy where covered", pct(t.get("primary", 0), t.get("covered", 0)))
    summary.add_row("source actor match (primary event)", pct(t.get("source_ok", 0), t.get("source_n", 0)))
    summary.add_row("target actor match (primary event)", pct(t.get("target_ok", 0), t.get("target_n", 0)))
    place_ok = pct(t.get("target_place_ok", 0), t.get("target_n", 0))
    summary.add_row("target actor, or place target met by our event's place", place_ok)
    skipped = result["skipped"]
    summary.add_row("records skipped", f"{sum(skipped.values())} " + json.dumps(skipped, ensure_ascii=False))
    console.print(summary)
    per = Table(title="Per gold type")
    for col in ("type", "n", "coverage", "primary", "any"):
        per.add_column(col, justify="left" if col == "type" else "right")
    for typ, c in result["per_type"].items():
        per.add_row(
            typ, str(c["n"]), pct(c.get("covered", 0), c["n"]), pct(c.get("primary", 0), c["n"]),
            pct(c.get("any", 0), c["n"]),
        )  # fmt: skip
    console.print(per)
    conf = Table(title="Most frequent confusions where we found an event (gold → our primary type)")
    for col in ("gold", "predicted", "n"):
        conf.add_column(col, justify="right" if col == "n" else "left")
    for item in result["confusions"][:15]:
        conf.add_row(item["gold"], item["predicted"], str(item["n"]))
    console.print(conf)


def main(argv: list[str] | None = None) -> int:
    return script_main(
        argv, __doc__, PATH, "score only the first N sentences of the part", run, report,
        "plover_types_{part}.json", lambda r: f"{r['records']} sentences",
        parts=PARTS, part_help="tune = even records, check = odd, all",
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
