"""Cross-source identity: does an ACLED note, ingested as an article, link by SAME_AS to its own record?

Data: ../shared/eval/raw/acled/rpanlilio_libya_only.csv by default (``--file NAME`` for another file of
that folder; read-only, beside the repository).

On a fresh embedded FalkorDB in a temporary dir: ``import acled`` of the file's first N rows (as the
CLI does: derived facts and links after it), then each row's ``notes`` ingested as an article dated
with the row's event_date (the NLP extractor, as ``conflictkg ingest`` runs it), then the SAME_AS
links recomputed. Each note is then one of:

- own: one of its events is linked to the ACLED record the note comes from;
- wrong: its events are linked only to other ACLED records;
- none: no event of it is linked to an ACLED record (``no event`` when nothing was extracted).

The wrong-link share among notes with any link is the precision measure (a note linked to another
record of the same day and place while its own is there).

    .venv/bin/python -m eval.acled_same_as [--file NAME] [--limit N]
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.graph import embedded
from conflictkg.graph.open import open_store
from conflictkg.graph.store import Store
from conflictkg.sources.documents import RawDocument
from eval._common import SHARED, extractor, pct, write_json

ACLED_DIR = SHARED / "eval" / "raw" / "acled"
DEFAULT_FILE = "rpanlilio_libya_only.csv"
NOTE_PREFIX = "acled-notes/"
EXAMPLES = 6
OUTCOMES = ("own", "wrong", "none", "no event")

NOTE_LINKS = """
MATCH (e:Event {source: 'text'})-[:REPORTED_IN]->(art:Article)
OPTIONAL MATCH (e)-[s:SAME_AS]-(o:Event {source: 'acled'})
OPTIONAL MATCH (a:Actor)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(l:Location)
RETURN art.url AS url, e.id AS event, e.type AS type, e.date AS date, a.name AS actor,
       t.name AS target, l.name AS place, o.acled_id AS record, s.score AS score
"""

RECORDS = """
MATCH (o:Event {source: 'acled'})
WHERE o.acled_role IS NULL
OPTIONAL MATCH (a:Actor)-[:ACTOR]->(o)
OPTIONAL MATCH (o)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (o)-[:AT]->(l:Location)
RETURN o.acled_id AS record, o.type AS type, o.date AS date, a.name AS actor, t.name AS target,
       l.name AS place
"""


def read_rows(path: Path, limit: int | None) -> list[Any]:
    """The file's first ``limit`` readable ACLED rows."""
    from conflictkg.structured.acled import AcledRow
    from conflictkg.structured.acled import read_rows as read_acled_rows

    rows = (r for r in read_acled_rows(path) if isinstance(r, AcledRow))
    return list(itertools.islice(rows, limit))


def note_documents(rows: list[Any]) -> list[RawDocument]:
    """Each row's notes as an English article dated with the row's event_date."""
    from conflictkg.structured.acled import parse_date

    docs = []
    for row in rows:
        notes, eid = row.fields.get("notes", ""), row.fields.get("event_id_cnty", "")
        if not notes or not eid:
            continue
        try:
            date = parse_date(row.fields.get("event_date", ""))
        except ValueError:
            continue
        docs.append(RawDocument(origin=f"{NOTE_PREFIX}{eid}", text=notes, published=date, language="en"))
    return docs


def load(store: Store, path: Path, rows: list[Any], docs: list[RawDocument]) -> dict[str, Any]:
    """Import the rows, ingest their notes, link: the counts of each step."""
    from conflictkg.derived.derive import derive
    from conflictkg.derived.linking import link
    from conflictkg.jobs.ingest import ingest
    from conflictkg.structured.acled import AcledConverter
    from conflictkg.structured.resolver import import_facts

    imported = import_facts(store, AcledConverter().convert(rows, path), source="acled")
    derive(store)
    link(store)
    ingested = ingest(store, docs, extractor=extractor())
    derive(store)
    stats = link(store)
    return {
        "imported": imported.read,
        "quarantined": imported.quarantined,
        "notes": len(docs),
        "ingested": ingested.new + ingested.updated,
        "text_events": ingested.events,
        "links": stats.links,
    }


def describe(rows: list[dict[str, Any]]) -> str:
    return "; ".join(f"{r['type']} {r['actor']} -> {r['target']} @ {r['place']} {r['date']}" for r in rows)


def classify(store: Store, docs: list[RawDocument]) -> dict[str, Any]:
    """Each note's outcome (own / wrong / none / no event) with its events and linked records."""
    records = {r["record"]: r for r in store.query(RECORDS)}
    by_note: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in store.query(NOTE_LINKS):
        if str(r["url"]).startswith(NOTE_PREFIX):
            by_note[str(r["url"]).removeprefix(NOTE_PREFIX)].append(r)
    counts: Counter[str] = Counter()
    examples: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for doc in docs:
        eid = doc.origin.removeprefix(NOTE_PREFIX)
        got = by_note.get(eid, [])
        linked = {r["record"] for r in got if r["record"]}
        outcome = "own" if eid in linked else "wrong" if linked else "none" if got else "no event"
        counts[outcome] += 1
        counts["also other records"] += outcome == "own" and len(linked) > 1
        if outcome != "own" and len(examples[outcome]) < EXAMPLES:
            own = records.get(eid, {})
            examples[outcome].append(
                {
                    "id": eid,
                    "notes": doc.text[:300],
                    "record": describe([own]) if own else None,
                    "events": describe(list({r["event"]: r for r in got}.values())),
                    "linked": {rec: describe([records[rec]]) for rec in sorted(linked) if rec in records},
                }
            )
    return {"counts": dict(counts), "examples": dict(examples)}


def run(path: Path, limit: int | None) -> dict[str, Any]:
    rows = read_rows(path, limit)
    docs = note_documents(rows)
    with tempfile.TemporaryDirectory(prefix="ckg-sameas-") as tmp:
        home = Path(tmp) / "falkordb"
        embedded.ensure_running(home)
        store = open_store(None, home=home)
        try:
            store.apply_schema()
            steps = load(store, path, rows, docs)
            result = classify(store, docs)
        finally:
            store.close()
            embedded.stop(home)
    return {"file": str(path), "steps": steps, **result}


def report(result: dict[str, Any], console: Console) -> None:
    c = result["counts"]
    n = sum(v for k, v in c.items() if k in OUTCOMES)
    table = Table(title=f"SAME_AS of ACLED notes to their own record ({Path(result['file']).name})")
    table.add_column("outcome")
    table.add_column("share", justify="right")
    for label, key in [
        ("linked to its own record", "own"),
        ("linked only to other records (wrong)", "wrong"),
        ("not linked (events extracted)", "none"),
        ("not linked (no event extracted)", "no event"),
    ]:
        table.add_row(label, pct(c.get(key, 0), n))
    linked = c.get("own", 0) + c.get("wrong", 0)
    table.add_row("wrong among linked notes", pct(c.get("wrong", 0), linked))
    table.add_row("own and other records too", pct(c.get("also other records", 0), c.get("own", 0)))
    console.print(table)
    console.print(f"steps: {result['steps']}")
    for outcome, examples in result["examples"].items():
        console.rule(f"{outcome}: examples")
        for ex in examples:
            console.print(f"[bold]{ex['id']}[/bold] {ex['notes']}", markup=True, highlight=False)
            console.print(f"  record: {ex['record']}", markup=False, highlight=False)
            console.print(f"  ours:   {ex['events'] or '-'}", markup=False, highlight=False)
            for rec, what in ex["linked"].items():
                console.print(f"  linked: {rec} {what}", markup=False, highlight=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--file", default=DEFAULT_FILE, help=f"a file of {ACLED_DIR} (default {DEFAULT_FILE})"
    )
    parser.add_argument("--limit", type=int, help="use only the file's first N rows")
    args = parser.parse_args(argv)
    path = ACLED_DIR / args.file
    if not path.is_file():
        print(f"error: {path}: not found (the shared eval data sits beside the repository)", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    result = run(path, args.limit)
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(110, Console().width))
    report(result, console)
    out = write_json(f"acled_same_as_{path.stem}.json", result)
    c = result["counts"]
    own = pct(c.get("own", 0), sum(c.get(k, 0) for k in OUTCOMES))
    console.print(f"own {own} in {result['seconds']}s; details in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
