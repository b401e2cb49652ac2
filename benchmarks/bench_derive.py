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
after (``full_s``), which must change nothing (``full_after_removed`` 0, same relationship counts,
every property of the touched pairs' SUPPORTS / OPPOSES the same: ``same_pair_facts_after_full``).
On the embedded store, ``used_memory_bytes_per_event``: the server's ``used_memory`` growth over
the load (events only, nothing derived yet), per event.

``--snapshot DIR`` (embedded only) keeps the loaded graph: the first run saves the store's compacted
append-only files in DIR, later runs start a private store from a copy of them (no load: ``load_s``
is then absent; the first full derive is run on it as always).
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import shutil
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from benchmarks import Embedded, fresh, private_embedded
from benchmarks.bench_query import load_steps
from benchmarks.synthetic import Spec, generate
from conflictkg.derived.derive import Scope, derive
from conflictkg.graph import embedded
from conflictkg.graph.open import open_store
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import ArticleFacts, make_id

COUNTS = "MATCH ()-[r:SUPPORTS|OPPOSES|CONTROLS]->() RETURN type(r) AS t, count(r) AS n"
# The derived relationships of some ordered pairs, every property.
PAIR_FACTS = """
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]})
MATCH (b:Actor {id: pair[1]})
WITH a, b
MATCH (a)-[r:SUPPORTS|OPPOSES]->(b)
RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p
"""


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


def load(store: Store, events: int, emb: Embedded | None) -> dict[str, Any]:
    """The synthetic graph (events only)."""
    fresh(store)
    out: dict[str, Any] = {}
    base_memory = emb.used_memory() if emb else 0
    t0 = time.perf_counter()
    for _ in load_steps(store, Spec(events, seed=11), [events]):
        pass
    out["load_s"] = round(time.perf_counter() - t0, 1)
    if emb is not None:  # the events' cost, before anything is derived
        out["used_memory_bytes_per_event"] = round((emb.used_memory() - base_memory) / events, 1)
    return out


def pair_facts(store: Store, pairs: set[tuple[str, str]]) -> list[str]:
    """The touched pairs' derived relationships, as sorted JSON (to compare two states exactly)."""
    both = sorted({p for a, b in pairs for p in ((a, b), (b, a))})
    rows = store.query(PAIR_FACTS, {"pairs": [list(p) for p in both]})
    return sorted(json.dumps(r, sort_keys=True) for r in rows)


def run(store: Store, events: int, articles: int = 100, emb: Embedded | None = None) -> dict[str, Any]:
    """A full derive of the loaded graph, the run's incremental derive, then a full derive again."""
    out: dict[str, Any] = {"events": events, "articles": articles}
    t0 = time.perf_counter()
    derive(store)
    out["full_first_s"] = round(time.perf_counter() - t0, 3)

    facts = run_articles(events, articles)
    scope = Scope()
    t0 = time.perf_counter()
    scope.add_articles(store, [f.article.id for f in facts if f.may_exist])
    scope.add_facts(facts, store)  # and the prior state of their events (derive by delta)
    out["scope_read_s"] = round(time.perf_counter() - t0, 3)
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
    out["pairs_recomputed"] = stats.pairs_recomputed  # ordered pairs the delta could not update
    before = counts(store)
    touched = pair_facts(store, scope.pairs)
    t0 = time.perf_counter()
    full = derive(store)
    out["full_s"] = round(time.perf_counter() - t0, 3)
    out["full_after_removed"] = full.supports_removed + full.opposes_removed + full.controls_removed
    out["same_counts_after_full"] = int(counts(store) == before)
    # every property of the touched pairs' SUPPORTS / OPPOSES, as the full derive left them
    out["same_pair_facts_after_full"] = int(pair_facts(store, scope.pairs) == touched)
    out["derived_relationships"] = sum(before.values())
    out["speedup"] = round(out["full_s"] / max(1e-9, out["incremental_total_s"]), 1)
    out["target_met"] = int(out["incremental_total_s"] <= 1.0)
    return out


SNAPSHOT_MARK = "events.txt"  # in a snapshot dir: the number of events of the graph saved there


@contextlib.contextmanager
def from_snapshot(snapshot: Path) -> Iterator[Embedded]:
    """A private embedded store started on a copy of the snapshot's append-only files."""
    with private_embedded() as emb:
        emb.store.close()
        embedded.stop(emb.home)
        shutil.rmtree(emb.home / embedded.AOF_DIR, ignore_errors=True)
        shutil.copytree(snapshot / embedded.AOF_DIR, emb.home / embedded.AOF_DIR)
        emb.store = open_store(None, home=emb.home)
        try:
            yield emb
        finally:
            emb.store.close()


def save_snapshot(emb: Embedded, snapshot: Path, events: int) -> None:
    emb.rewrite_aof()
    shutil.rmtree(snapshot, ignore_errors=True)
    shutil.copytree(emb.home / embedded.AOF_DIR, snapshot / embedded.AOF_DIR)
    (snapshot / SNAPSHOT_MARK).write_text(f"{events}\n")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--articles", type=int, default=100)
    ap.add_argument("--store", help="a throw-away store URI (its graph is emptied)")
    ap.add_argument("--snapshot", type=Path, help="embedded: a dir that keeps the loaded graph (see above)")
    args = ap.parse_args(argv)
    if args.store and args.snapshot:
        ap.error("--snapshot is for the embedded store only")
    saved = args.snapshot is not None and (args.snapshot / SNAPSHOT_MARK).is_file()
    if saved and int((args.snapshot / SNAPSHOT_MARK).read_text()) != args.events:
        ap.error(f"the snapshot in {args.snapshot} holds another number of events")
    with contextlib.ExitStack() as stack:
        emb: Embedded | None = None
        if args.store:
            from benchmarks.__main__ import other_store

            store = other_store(args.store)
            stack.callback(store.close)
        else:
            emb = stack.enter_context(from_snapshot(args.snapshot) if saved else private_embedded())
            store = emb.store
        loaded = {} if saved else load(store, args.events, emb)
        if args.snapshot and not saved and emb is not None:
            save_snapshot(emb, args.snapshot, args.events)
        result = {"store": store.kind, **loaded, **run(store, args.events, args.articles, emb)}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
