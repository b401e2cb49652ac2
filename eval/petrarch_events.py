"""Event coding on the PETRARCH gold sentences (../shared/eval/raw/petrarch/, SOURCES.md §3).

The JSONL file holds 362 sentences in English and the CAMEO codings of each (gold: the event code
and the source and target actor codes) or ``noevents``: 78 from UniversalPetrarch's validation
file (real AFP sentences and TEST/GOLD/VERB/PASSIVE cases), 284 PETRARCH unit-test records, mostly
about invented countries. The English extraction runs on each sentence alone (no store). Per sentence:

- event sentences (a gold coding whose code is a CAMEO one, roots 01-20): do we find an event
  (coverage); is the PLOVER type of a gold code (``eval/data/cameo_plover.tsv``, longest prefix) among
  our events' types ("family" also takes FIGHT/ASSAULT for each other; a sentence whose codes all map
  to no type of ours, e.g. 01 "make a public statement", is left out of the type figures);
- source / target, where the gold code carries a real country (its first three letters an ISO-3
  code, in a record set in the real world: none of its codes names a country outside ISO-3, as the
  unit tests' "ARN" or "GON"): one of our events (of a fitting type if any has one, else any) has an
  actor (a target) of that country; "sector" also asks the actor's kind to fit the code's sector
  suffix (``eval/data/cameo_sectors.tsv``: GOV, MIL, REB, PPL, ...) where it has one we map (our
  actor's kind, or its KB entry's institution: "army" for a state's curated armed forces);
- "no event" sentences (``noevents``): precision, we must find none.

Each figure is given for all records, the real-world ones (no invented country), the real news
sentences (the validation file's AFP and GOLD categories, ``is_news``: decided from the data's own
source file and category fields) and the rest, PETRARCH's dictionary / parser test records.

Codings with an ``error`` field, none at all, or only PETRARCH's own test codes (2xx, 8xx, 9xx, ...)
are skipped.

    .venv/bin/python -m eval.petrarch_events [--part tune|check|all] [--limit N] [--show N]

``--part`` splits the records by a stable hash of their id and text (half each): ``tune`` to look
at, ``check`` held out (read its aggregates only). ``--show N`` prints N misses of the part. The
result goes to ``eval/results/petrarch_events_PART.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pycountry
from rich.console import Console
from rich.table import Table

from conflictkg.evaluate import family
from conflictkg.model import Actor, ArticleFacts, Event
from conflictkg.sources.documents import RawDocument
from eval._common import SHARED, extract_each, extractor, ordered_events, pct, stable_hash, write_json

STEM = "petrarch_sentences_with_gold_cameo"  # the file SOURCES.md §3 describes
PATH = SHARED / "eval" / "raw" / "petrarch" / f"{STEM}.jsonl"
DATA = Path(__file__).resolve().parent / "data"
PARTS = ("tune", "check", "all")
# code prefixes that name no country: no country ("---"), international / multinational bodies
NOT_COUNTRIES = frozenset({"---", "###", "IGO", "IMG", "NGO", "MNC", "NGM", "UNO"})
# The records that are real news sentences, by the data's own fields: the validation file's AFP wire
# sentences and its GOLD set. Its other categories (TEST, VERB, PASSIVE, OTHER) and every record of the
# unit-test file are PETRARCH dictionary / parser tests.
VALIDATION_MARK = "validation"  # in the validation file's name (SOURCES.md §3), not the unit tests'
NEWS_CATEGORIES = frozenset({"AFP", "GOLD"})


def _tsv(name: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key, values = [*line.split("\t"), ""][:2]
            out[key.strip()] = [v for v in values.split("|") if v]
    return out


@cache
def cameo_types() -> dict[str, list[str]]:
    return _tsv("cameo_plover.tsv")


@cache
def sector_kinds() -> dict[str, list[str]]:
    return _tsv("cameo_sectors.tsv")


def is_cameo(code: str) -> bool:
    """A CAMEO event code: digits, root 01 to 20."""
    return code.isdigit() and len(code) >= 2 and 1 <= int(code[:2]) <= 20


def plover_types(code: str) -> list[str]:
    """The PLOVER types of a CAMEO code: its longest listed prefix's."""
    table = cameo_types()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return []


def is_country(prefix: str) -> bool:
    return prefix not in NOT_COUNTRIES and pycountry.countries.get(alpha_3=prefix) is not None


def country_of(code: str) -> str | None:
    """The ISO-3 country a CAMEO actor code starts with, else None."""
    prefix = code[:3].upper()
    return prefix if len(prefix) == 3 and is_country(prefix) else None


def sector_of(code: str) -> str | None:
    """The first mapped sector among the 3-letter parts after the code's first three letters."""
    rest = code[3:].upper()
    return next((rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3] in sector_kinds()), None)


def invented(codings: Iterable[dict[str, Any]]) -> bool:
    """Whether a record is set in the unit tests' invented world: one of its actor codes starts with
    three letters that are neither an ISO-3 country nor a no-country prefix ("ARN", "GONGOV")."""
    for c in codings:
        for key in ("sourcecode", "targetcode"):
            prefix = str(c.get(key) or "---")[:3].upper()
            if prefix not in NOT_COUNTRIES and not is_country(prefix):
                return True
    return False


def is_news(rec: dict[str, Any]) -> bool:
    """Whether a record is a real news sentence (``NEWS_CATEGORIES`` of the validation file), not a
    dictionary / parser test record."""
    validation = VALIDATION_MARK in str(rec.get("source_file") or "").lower()
    return validation and str(rec.get("category") or "") in NEWS_CATEGORIES


def gold_of(rec: dict[str, Any]) -> dict[str, Any] | None:
    """A record's gold, or None when it is skipped: ``kind`` "none" (no event) or "event" with its
    CAMEO codings."""
    codings = [c for c in rec.get("gold_event_codings") or [] if isinstance(c, dict)]
    if any(str(c.get("noevents", "")).lower() == "true" for c in codings):
        return {"kind": "none", "codings": []}
    events = [c for c in codings if "error" not in c and is_cameo(str(c.get("eventcode") or ""))]
    if not events:
        return None
    return {"kind": "event", "codings": events, "invented": invented(codings)}


def skip_reason(rec: dict[str, Any]) -> str:
    codings = [c for c in rec.get("gold_event_codings") or [] if isinstance(c, dict)]
    if any("error" in c for c in codings):
        return "coding error"
    if not any(c.get("eventcode") for c in codings):
        return "no coding"
    return "PETRARCH test codes only"


def part_of(rec: dict[str, Any]) -> str:
    """``tune`` or ``check``: half each, by a stable hash of the record's id and text."""
    return "tune" if stable_hash(f"{rec.get('id')}\x1f{rec.get('text')}") % 2 == 0 else "check"


def load_records(part: str = "all") -> tuple[list[dict[str, Any]], Counter[str]]:
    kept: list[dict[str, Any]] = []
    skipped: Counter[str] = Counter()
    for line in PATH.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        if part != "all" and part_of(rec) != part:
            continue
        text = str(rec.get("text") or "").strip()
        gold = gold_of(rec)
        if not text:
            skipped["no text"] += 1
        elif gold is None:
            skipped[skip_reason(rec)] += 1
        else:
            kept.append({"id": rec.get("id"), "category": rec.get("category"), "text": text, **gold})
            kept[-1]["news"] = is_news(rec)
    return kept, skipped


@cache
def _kb() -> Any:
    from conflictkg.knowledge.kb import KnowledgeBase

    return KnowledgeBase.load()


def kinds_of(actor: Actor) -> set[str]:
    """The actor's kind and its KB entry's institution words: a state's army is a curated actor of
    kind armed_group with institution "army" ("Syrian Arab Army", "French Armed Forces")."""
    entry = _kb().get(actor.id)
    return {actor.kind, *str(getattr(entry, "institution", None) or "").split()}


def kind_fits(actor: Actor | None, code: str) -> bool:
    sector = sector_of(code)
    return sector is None or (actor is not None and bool(kinds_of(actor) & set(sector_kinds()[sector])))


def side_score(
    codings: list[dict[str, Any]], key: str, events: list[Event], actors: dict[str, Actor], role: str
) -> tuple[bool, bool] | None:
    """(country right, country and sector right) for the gold ``key`` (sourcecode / targetcode) of
    the codings that carry a real country, or None when none does."""
    codes = [str(c.get(key) or "") for c in codings if country_of(str(c.get(key) or ""))]
    if not codes:
        return None
    ours = [actors.get(getattr(e, role) or "") for e in events]
    country = any(a is not None and a.country == country_of(code) for code in codes for a in ours)
    sector = any(
        a is not None and a.country == country_of(code) and kind_fits(a, code) for code in codes for a in ours
    )
    return country, sector


def score(rec: dict[str, Any], facts: ArticleFacts) -> dict[str, Any]:
    """One record's flags (see the module doc)."""
    events = ordered_events(facts)
    types = [e.type for e in events]
    row: dict[str, Any] = {"id": rec["id"], "kind": rec["kind"], "text": rec["text"], "types": types}
    row["invented"] = bool(rec.get("invented"))
    row["news"] = bool(rec.get("news"))
    if rec["kind"] == "none":
        row["silent"] = not events
        return row
    codings = rec["codings"]
    wanted = sorted({t for c in codings for t in plover_types(str(c["eventcode"]))})
    row.update(gold=[f"{c.get('sourcecode')} {c['eventcode']} {c.get('targetcode')}" for c in codings])
    row.update(wanted=wanted, covered=bool(events))
    if wanted:
        row["type"] = bool(set(wanted) & set(types))
        row["type_family"] = bool({family(t) for t in wanted} & {family(t) for t in types})
    fitting = [e for e in events if e.type in wanted] or events
    actors = {a.id: a for a in facts.actors}
    row["actors"] = [
        f"{e.type}: {_name(actors.get(e.actor_id))} → {_name(actors.get(e.target_id or ''))}" for e in events
    ]
    if not rec["invented"]:
        for side, key, role in (("source", "sourcecode", "actor_id"), ("target", "targetcode", "target_id")):
            got = side_score(codings, key, fitting, actors, role)
            if got is not None:
                row[side], row[f"{side}_sector"] = got
    return row


def _name(actor: Actor | None) -> str | None:
    return f"{actor.name} [{actor.country or '-'} {actor.kind}]" if actor is not None else None


def aggregate(rows: list[dict[str, Any]]) -> dict[str, int]:
    t: Counter[str] = Counter()
    for r in rows:
        if r["kind"] == "none":
            t["none_n"] += 1
            t["none_silent"] += r["silent"]
            continue
        t["n"] += 1
        t["covered"] += r["covered"]
        if "type" in r:
            t["type_n"] += 1
            t["type"] += r["type"]
            t["type_family"] += r["type_family"]
        for side in ("source", "target"):
            if side in r:
                t[f"{side}_n"] += 1
                t[side] += r[side]
                t[f"{side}_sector"] += r[f"{side}_sector"]
    return dict(t)


def misses(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The rows with a flag wrong: no event, no fitting type, a wrong side, or an event in a no-event
    sentence."""
    flags = ("covered", "type", "source", "target", "silent")
    return [r for r in rows if any(r.get(f) is False for f in flags)]


def run(limit: int | None = None, part: str = "all") -> dict[str, Any]:
    records, skipped = load_records(part)
    if limit:
        records = records[:limit]
    docs = [
        RawDocument(origin=f"petrarch:{r['id'] or i}", text=r["text"], published="2000-01-01", language="en")
        for i, r in enumerate(records)
    ]
    rows: list[dict[str, Any]] = []
    for rec, res in zip(records, extract_each(extractor(), docs), strict=True):
        if isinstance(res, ArticleFacts):
            rows.append(score(rec, res))
        else:
            skipped[f"extraction failed: {res.split(':')[0]}"] += 1
    real = [r for r in rows if not r["invented"]]
    news = [r for r in rows if r["news"]]
    tests = [r for r in rows if not r["news"]]
    return {
        "file": str(PATH), "part": part, "records": len(records), "skipped": dict(skipped),
        "totals": aggregate(rows), "real_world": aggregate(real), "news": aggregate(news),
        "tests": aggregate(tests), "rows": rows,
    }  # fmt: skip


def report(result: dict[str, Any], console: Console) -> None:
    table = Table(title=f"PETRARCH gold sentences, part {result['part']} ({result['records']} scored)")
    table.add_column("measure")
    table.add_column("all records", justify="right")
    table.add_column("real world", justify="right")
    table.add_column("news", justify="right")
    table.add_column("dictionary tests", justify="right")
    columns = [result.get(k, {}) for k in ("totals", "real_world", "news", "tests")]

    def row(label: str, key: str, of: str) -> None:
        table.add_row(label, *(pct(t.get(key, 0), t.get(of, 0)) for t in columns))

    row("event sentences: coverage (≥1 event)", "covered", "n")
    row("gold PLOVER type among our events", "type", "type_n")
    row("  the same, FIGHT/ASSAULT one family", "type_family", "type_n")
    for side in ("source", "target"):
        row(f"{side} country right (real countries)", side, f"{side}_n")
        row(f"  {side} country and sector right", f"{side}_sector", f"{side}_n")
    row("no-event sentences with no event (precision)", "none_silent", "none_n")
    console.print(table)
    counts = [sum(t.get(k, 0) for k in ("n", "none_n")) for t in columns[2:]]
    console.print(f"scored records: {counts[0]} news sentences (validation AFP / GOLD), {counts[1]} tests")
    skipped = result["skipped"]
    console.print(f"records skipped: {sum(skipped.values())} " + json.dumps(skipped, ensure_ascii=False))


def show(rows: list[dict[str, Any]], n: int, console: Console) -> None:
    for r in misses(rows)[:n]:
        wrong = [f for f in ("covered", "type", "source", "target", "silent") if r.get(f) is False]
        console.print(f"[bold]{r['id']}[/] {','.join(wrong)} gold={r.get('gold', 'no event')}", markup=True)
        console.print(f"  {r['text']}", markup=False, highlight=False)
        for line in r.get("actors") or [", ".join(r["types"])]:
            console.print(f"  ours: {line}", markup=False, highlight=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--part", choices=PARTS, default="all", help="tune / check: half each, by a hash")
    parser.add_argument("--limit", type=int, help="score only the first N records of the part")
    parser.add_argument("--show", type=int, default=0, help="print N misses")
    args = parser.parse_args(argv)
    if not PATH.exists():
        print(f"{PATH}: not found (the shared eval data sits beside the repository)", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    result = run(args.limit, args.part)
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(110, Console().width))
    report(result, console)
    if args.show:
        show(result["rows"], args.show, console)
    out = write_json(f"petrarch_events_{args.part}.json", result)
    console.print(f"{result['records']} sentences in {result['seconds']}s; details in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
