"""Incremental derive after a 100-article run on a big graph, beside a full derive of the same graph.

``python -m benchmarks.bench_derive [--events 1000000] [--articles 100] [--store URI]`` (default: a
private embedded FalkorDB; ``--store`` EMPTIES the graph it points at).

The synthetic graph of ``--events`` events is loaded and derived in full (``full_first_s``). Then a
run of ``--articles`` articles: 80 % new ones (another seed of the generator, same actors and places)
and 20 % re-extracted ones (articles of the graph whose events are replaced by others: their old
pairs and places must be recomputed too). As in ``conflictkg ingest``: the scope is read for the
rewritten articles before the write (``scope_read_s``), the facts written (``write_s``, not derive),
then ``derive(scope=...)`` (``incremental_derive_s``); ``incremental_total_s`` is scope read +
derive, the target ≤ 1 s. The baseline, in the same run: ``derive --all`` of the same graph right
after (``full_s``), which must change nothing (``full_after_removed`` 0, same relationship counts).
On the embedded store, ``used_memory_bytes_per_event``: the server's ``used_memory`` growth over
the load (events only, nothing derived yet), per event.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import sys
import time
from dataclasses import replace
from typing import Any

from benchmarks import Embedded, fresh, private_embedded
from benchmarks.bench_query import load_steps
from benchmarks.synthetic import Spec, generate
from conflictkg.derived.derive import Scope, derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import ArticleFacts, make_id

COUNTS = "MATCH ()-[r:SUPPORTS|OPPOSES|CONTROLS]->() RETURN type(r) AS t, count(r) AS n"


def run_articles(events: int, articles: int) -> list[ArticleFacts]:
    """The run: new articles, and articles of the graph re-extracted with other events."""
    rewritten = articles // 5
    new = list(itertools.islice(generate(Spec(events, seed=12)), articles - rewritten))
    for f in new:
        f.may_exist = False
    old = itertools.islice(generate(Spec(events, seed=11)), rewritten)
    other = itertools.islice(generate(Spec(events, seed=13)), rewritten)
    out = list(new)
    for before, after in zip(old, other, strict=True):
        evs = [replace(e, id=make_id("ev", before.article.id, "v2", j)) for j, e in enumerate(after.events)]
        out.append(
            replace(before, actors=after.actors, locations=after.locations, events=evs, may_exist=True)
        )
    return out


def counts(store: Store) -> dict[str, int]:
    return {r["t"]: r["n"] for r in store.query(COUNTS)}


def run(store: Store, events: int, articles: int = 100, emb: Embedded | None = None) -> dict[str, Any]:
    fresh(store)
    out: dict[str, Any] = {"events": events, "articles": articles}
    base_memory = emb.used_memory() if emb else 0
    t0 = time.perf_counter()
    for _ in load_steps(store, Spec(events, seed=11), [events]):
        pass
    out["load_s"] = round(time.perf_counter() - t0, 1)
    if emb is not None:  # the events' cost, before anything is derived
        out["used_memory_bytes_per_event"] = round((emb.used_memory() - base_memory) / events, 1)
    t0 = time.perf_counter()
    derive(store)
    out["full_first_s"] = round(time.perf_counter() - t0, 3)

    facts = run_articles(events, articles)
    scope = Scope()
    t0 = time.perf_counter()
    scope.add_articles(store, [f.article.id for f in facts if f.may_exist])
    out["scope_read_s"] = round(time.perf_counter() - t0, 3)
    scope.add_facts(facts)
    out["scope_pairs"], out["scope_places"] = len(scope.pairs), len(scope.places)
    t0 = time.perf_counter()
    written = GraphWriter(store).write(facts)
    out["write_s"] = round(time.perf_counter() - t0, 3)
    out["run_events"] = written.events
    t0 = time.perf_counter()
    stats = derive(store, scope=scope)
    out["incremental_derive_s"] = round(time.perf_counter() - t0, 3)
    out["incremental_total_s"] = round(out["incremental_derive_s"] + out["scope_read_s"], 3)
    out["incremental_written"] = stats.supports + stats.opposes + stats.controls
    out["incremental_removed"] = stats.supports_removed + stats.opposes_removed + stats.controls_removed
    before = counts(store)
    t0 = time.perf_counter()
    full = derive(store)
    out["full_s"] = round(time.perf_counter() - t0, 3)
    out["full_after_removed"] = full.supports_removed + full.opposes_removed + full.controls_removed
    out["same_counts_after_full"] = int(counts(store) == before)
    out["derived_relationships"] = sum(before.values())
    out["speedup"] = round(out["full_s"] / max(1e-9, out["incremental_total_s"]), 1)
    out["target_met"] = int(out["incremental_total_s"] <= 1.0)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--store", help="a throw-away store URI (its graph is emptied)")
    args = ap.parse_args(argv)
    with contextlib.ExitStack() as stack:
        emb: Embedded | None = None
        if args.store:
            from benchmarks.__main__ import other_store

            store = other_store(args.store)
            stack.callback(store.close)
        else:
            emb = stack.enter_context(private_embedded())
            store = emb.store
        result = {"store": store.kind, **run(store, args.events, args.articles, emb)}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
