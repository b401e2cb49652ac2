"""``export events`` by keyset pages at a big graph, beside the old SKIP/LIMIT query in the same run.

``python -m benchmarks.bench_export [--events 1000000] [--store URI]`` (default: a private embedded
FalkorDB; ``--store`` EMPTIES the graph it points at).

Figures: ``first_page_ms`` (median of 5: a stream's first page, the time until its first event,
count and window lookup included; at most ``first_page_max_rows`` events; ``first_page_uncut_ms``
the same with the first window an API page's, as before it was cut), ``first_1000_ms`` (median of 5, the
first 1,000 events through ``iter_events`` with the API's page size), ``events_per_s`` (the whole
export streamed through ``iter_events`` with the CLI's page size, contract dicts built),
``rss_growth_mb`` (the process's RSS after the stream minus before: flat memory),
``lines_per_s`` / ``lines_rss_growth_mb`` (the same for the JSON lines of ``conflictkg export events``,
``iter_event_lines``, written to ``os.devnull`` as the CLI writes them to its output),
and the baseline: the previous query (``ORDER BY art.url, r.start, e.id SKIP $skip LIMIT 1000``),
its first page and a page at 90 % depth.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import statistics
import sys
import time
from typing import Any

import psutil

from benchmarks import fresh, private_embedded
from benchmarks.bench_query import load_steps
from benchmarks.synthetic import Spec
from conflictkg.graph.store import Store
from conflictkg.queries.export import (
    FIRST_PAGE_SIZE,
    FIRST_WINDOW_SIZE,
    STREAM_PAGE_SIZE,
    iter_event_lines,
    iter_events,
)

OLD_PAGE = """
MATCH (a:Actor)-[:ACTOR]->(e:Event)-[r:REPORTED_IN]->(art:Article)
WITH a, e, r, art
ORDER BY art.url, r.start, e.id
SKIP $skip
LIMIT $limit
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(l:Location)
RETURN art.url AS article, e.id AS event_id, a.name AS actor, t.name AS target, l.name AS place
"""


def first_page(store: Store) -> dict[str, Any]:
    """The median time (of 5) until a stream yields its first event (its first page fetched), and
    the same with the first window not cut below an API page (``first_window=FIRST_PAGE_SIZE``, as
    before the cut), the two alternated."""
    times: dict[int, list[float]] = {FIRST_WINDOW_SIZE: [], FIRST_PAGE_SIZE: []}
    for _ in range(5):
        for window, spent in times.items():
            t0 = time.perf_counter()
            events = iter_events(store, page_size=STREAM_PAGE_SIZE, first_window=window)
            next(events, None)
            spent.append(time.perf_counter() - t0)
            events.close()
    return {
        "first_page_ms": round(statistics.median(times[FIRST_WINDOW_SIZE]) * 1000, 1),
        "first_page_max_rows": FIRST_PAGE_SIZE,
        "first_page_uncut_ms": round(statistics.median(times[FIRST_PAGE_SIZE]) * 1000, 1),
    }


def run(store: Store, events: int) -> dict[str, Any]:
    fresh(store)
    out: dict[str, Any] = {"events": events}
    t0 = time.perf_counter()
    for _ in load_steps(store, Spec(events, seed=11), [events]):
        pass
    out["load_s"] = round(time.perf_counter() - t0, 1)
    out.update(first_page(store))
    firsts = []
    for _ in range(5):
        t0 = time.perf_counter()
        list(itertools.islice(iter_events(store), 1000))
        firsts.append(time.perf_counter() - t0)
    out["first_1000_ms"] = round(statistics.median(firsts) * 1000, 1)
    proc = psutil.Process()
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    n = 0
    last = ""
    ordered = True
    for ev in iter_events(store, page_size=STREAM_PAGE_SIZE):
        ordered &= ev["event_id"] > last
        last = ev["event_id"]
        n += 1
    spent = time.perf_counter() - t0
    out["exported"] = n
    out["in_id_order"] = int(ordered)
    out["export_s"] = round(spent, 1)
    out["events_per_s"] = round(n / spent)
    out["rss_growth_mb"] = round((proc.memory_info().rss - rss0) / 2**20, 1)
    rss0 = proc.memory_info().rss
    t0 = time.perf_counter()
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for line in iter_event_lines(store, page_size=STREAM_PAGE_SIZE):
            sink.write(line + "\n")
    out["lines_per_s"] = round(n / (time.perf_counter() - t0))
    out["lines_rss_growth_mb"] = round((proc.memory_info().rss - rss0) / 2**20, 1)
    for label, skip in (("baseline_first_page_ms", 0), ("baseline_page_at_90pct_ms", int(events * 0.9))):
        t0 = time.perf_counter()
        store.query(OLD_PAGE, {"skip": skip, "limit": 1000})
        out[label] = round((time.perf_counter() - t0) * 1000, 1)
    out["targets_met"] = int(out["first_page_ms"] <= 50 and out["lines_per_s"] >= 50_000)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--store", help="a throw-away store URI (its graph is emptied)")
    args = ap.parse_args(argv)
    with contextlib.ExitStack() as stack:
        if args.store:
            from benchmarks.__main__ import other_store

            store = other_store(args.store)
            stack.callback(store.close)
        else:
            store = stack.enter_context(private_embedded()).store
        result = {"store": store.kind, **run(store, args.events)}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
