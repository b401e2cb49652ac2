"""``ingest --workers 2`` vs ``--workers 1`` on 2,000 ACLED notes, in the same run.

``python -m benchmarks.bench_workers [--notes 2000] [--batch-size 64]``: the ``notes`` column of
``../shared/eval/raw/acled/rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv`` (read at run time,
not copied), each note an English article, ingested into a private embedded FalkorDB through
``conflictkg.jobs.ingest.ingest``: once with the in-process ``NLPExtractor`` (one worker), once with
a ``PoolExtractor(2)`` (the pool's start, two spawned workers loading the models, timed apart).
Figures: seconds and notes/s of each, ``ratio`` = one-worker time ÷ two-worker time, and whether
the two graphs' ``export events`` are the same.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from typing import Any

from benchmarks import SHARED, fresh, private_embedded
from conflictkg.jobs.ingest import ingest
from conflictkg.jobs.pool import PoolExtractor
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.queries.export import iter_events
from conflictkg.sources.documents import RawDocument

NOTES = SHARED / "eval/raw/acled/rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv"


def notes(n: int) -> list[RawDocument]:
    out = []
    with NOTES.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            text = (row.get("notes") or "").strip()
            if text:
                out.append(
                    RawDocument(origin=f"acled-note:{row.get('event_id_cnty')}", text=text, language="en")
                )
            if len(out) >= n:
                break
    return out


def run(n: int, batch_size: int) -> dict[str, Any]:
    docs = notes(n)
    out: dict[str, Any] = {"notes": len(docs), "batch_size": batch_size}
    with private_embedded() as emb:
        store = emb.store
        exports = []
        for workers in (1, 2):
            fresh(store)
            t0 = time.perf_counter()
            extractor: Any = NLPExtractor() if workers == 1 else PoolExtractor(2, warm=("en",))
            # the models load before the clock (the pool's workers start on their first batch)
            warm = [RawDocument(origin=f"warm{i}", text="Rebels attacked the army.") for i in range(2)]
            list(extractor.extract(warm))
            out[f"workers{workers}_start_s"] = round(time.perf_counter() - t0, 1)
            t0 = time.perf_counter()
            summary = ingest(store, docs, extractor=extractor, batch_size=batch_size, record_run=False)
            spent = time.perf_counter() - t0
            if workers == 2:
                extractor.close()
            out[f"workers{workers}_s"] = round(spent, 1)
            out[f"workers{workers}_notes_per_s"] = round(len(docs) / spent, 1)
            out[f"workers{workers}_events"] = summary.events
            exports.append([json.dumps(e, sort_keys=True) for e in iter_events(store)])
        out["ratio"] = round(out["workers1_s"] / out["workers2_s"], 2)
        out["same_export"] = int(exports[0] == exports[1])
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)
    json.dump(run(args.notes, args.batch_size), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
