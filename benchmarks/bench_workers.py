"""``ingest --workers 2`` vs ``--workers 1`` on 2,000 ACLED notes, in the same run.

``python -m benchmarks.bench_workers [--notes 2000] [--batch-size 64]``: the ``notes`` column of
``../shared/eval/raw/acled/rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv`` (read at run time,
not copied), each note an English article, ingested into a private embedded FalkorDB through
``conflictkg.jobs.ingest.ingest``: once with the in-process ``NLPExtractor`` (one worker), once with
a ``PoolExtractor(2)`` (the pool's start, two spawned workers loading the models, timed apart), and
with ``--dask`` once more with a ``DaskExtractor`` on a 2-worker ``LocalCluster`` (``ingest --dask
local --workers 2``). Figures: seconds and notes/s of each, ``ratio`` = one-worker time ÷ two-worker
time (``dask_ratio`` the same for Dask), and whether the graphs' ``export events`` are the same.
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


def _extractor(mode: str) -> Any:
    if mode == "workers1":
        return NLPExtractor()
    if mode == "workers2":
        return PoolExtractor(2, warm=("en",))
    from conflictkg.jobs.dask_pool import DaskExtractor

    return DaskExtractor("local", workers=2, warm=("en",))


def run(n: int, batch_size: int, dask: bool = False) -> dict[str, Any]:
    docs = notes(n)
    out: dict[str, Any] = {"notes": len(docs), "batch_size": batch_size}
    with private_embedded() as emb:
        store = emb.store
        exports = []
        for mode in ("workers1", "workers2", "dask2") if dask else ("workers1", "workers2"):
            fresh(store)
            t0 = time.perf_counter()
            extractor = _extractor(mode)
            # the models load before the clock (the pool's workers start on their first batch)
            warm = [RawDocument(origin=f"warm{i}", text="Rebels attacked the army.") for i in range(2)]
            list(extractor.extract(warm))
            out[f"{mode}_start_s"] = round(time.perf_counter() - t0, 1)
            t0 = time.perf_counter()
            summary = ingest(store, docs, extractor=extractor, batch_size=batch_size, record_run=False)
            spent = time.perf_counter() - t0
            if mode != "workers1":
                extractor.close()
            out[f"{mode}_s"] = round(spent, 1)
            out[f"{mode}_notes_per_s"] = round(len(docs) / spent, 1)
            out[f"{mode}_events"] = summary.events
            exports.append([json.dumps(e, sort_keys=True) for e in iter_events(store)])
        out["ratio"] = round(out["workers1_s"] / out["workers2_s"], 2)
        if dask:
            out["dask_ratio"] = round(out["workers1_s"] / out["dask2_s"], 2)
        out["same_export"] = int(all(e == exports[0] for e in exports))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--dask", action="store_true", help="also on a 2-worker Dask LocalCluster")
    args = ap.parse_args(argv)
    json.dump(run(args.notes, args.batch_size, args.dask), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
