"""Query latency of every shipped ``.cypher`` file at growing graph sizes, with plan checks.

The synthetic graph is loaded through the writer (``replace=False``: new articles) in steps up to
each size, then ``derive(store)`` (when it exists) recomputes SUPPORTS / CONTROLS, timed apart.
Each case runs ``repeats`` times after a warm-up (3 when a run takes > 2 s; only the warm-up run,
cold, when it takes > 20 s): median and p95 in ms, and the rows.
Anchored lookups (one place's timeline, one actor's profile) also have their plan checked with
``store.explain`` for an index lookup on the anchor.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from benchmarks import Embedded, fresh, summarize_ms
from benchmarks.synthetic import Spec, generate, hottest_actor, hottest_place, typical_actor, typical_place
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import ArticleFacts
from conflictkg.queries import files
from conflictkg.queries.export import PAGE_SIZE, id_windows

# Targets of the query-layer issue (ms, median, on 1,000,000 events).
TARGETS_MS = {
    "who_backs_whom/top20": 150.0,
    "who_backs_whom/all": 500.0,
    "towns_changed_hands/all": 300.0,
    "control_timeline/changed_place": 5.0,
    "actor_profile/typical_actor": 50.0,
}
# Anchored queries and the label of their anchor, which must be found through an index.
QUERY_TIMEOUT_S = 90  # per run, embedded store only (FalkorDB TIMEOUT_DEFAULT)
ANCHORED = {"control_timeline": "Location", "place_profile": "Location", "actor_profile": "Actor"}
INDEX_WORDS = ("Index Scan", "Index Seek", "NodeIndexSeek", "NodeUniqueIndexSeek", "IndexSeek", "Id Seek")


@dataclass
class Case:
    query: str
    label: str
    params: dict[str, Any] = field(default_factory=dict)


CHANGED_PLACES = (
    "MATCH (l:Location)<-[c:CONTROLS]-() WITH l, count(c) AS n RETURN l.id AS id, n ORDER BY n, id"
)


def changed_place(store: Store) -> str | None:
    """A place with a control history of median length (None when no place changed hands)."""
    rows = store.query(CHANGED_PLACES)
    return str(rows[len(rows) // 2]["id"]) if rows else None


def first_window(spec: Spec) -> dict[str, str]:
    """The id window of the export's first API page at the spec's size."""
    after, upto = id_windows(spec.events, PAGE_SIZE)[0]
    return {"after": after, "upto": upto}


def cases(spec: Spec, changed: str | None = None) -> list[Case]:
    """The cases to time: every shipped query, with realistic parameters where it takes them."""
    ta, _ = typical_actor(spec)
    ha, _ = hottest_actor(spec)
    tp, _ = typical_place(spec)
    hp, _ = hottest_place(spec)
    known: dict[str, list[Case]] = {
        "who_backs_whom": [Case("who_backs_whom", "top20", {"limit": 20}), Case("who_backs_whom", "all")],
        "who_fights_whom": [
            Case("who_fights_whom", "top20", {"limit": 20}),
            Case("who_fights_whom", "all"),
        ],
        "towns_changed_hands": [Case("towns_changed_hands", "all")],
        "control_timeline": [
            *([Case("control_timeline", "changed_place", {"place": changed})] if changed else []),
            Case("control_timeline", "typical_place", {"place": tp}),
            Case("control_timeline", "hot_place", {"place": hp}),
        ],
        "place_profile": [
            Case("place_profile", "typical_place", {"place": tp}),
            Case("place_profile", "hot_place", {"place": hp}),
        ],
        "actor_profile": [
            Case("actor_profile", "typical_actor", {"actor": ta}),
            Case("actor_profile", "hottest_actor", {"actor": ha}),
        ],
        "proxy_links": [Case("proxy_links", "top20", {"limit": 20})],
        "resolve_actor": [Case("resolve_actor", "by_alias", {"name": "SA50"})],
        "resolve_place": [Case("resolve_place", "by_name", {"name": "synthetic town 02500"})],
        "export_events": [Case("export_events", "first_page", {"limit": PAGE_SIZE, **first_window(spec)})],
        "corroboration": [Case("corroboration", "first_1000", {"limit": 1000})],
    }
    out: list[Case] = []
    for name in files.names():
        out.extend(known.get(name, [Case(name, "defaults", {"limit": 1000})]))
    return out


def params_of(text: str, given: dict[str, Any]) -> dict[str, Any]:
    """Every ``$param`` of the query: null (no filter) unless given."""
    names = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", text))
    defaults = {"min_events": 1, "limit": 1_000_000, "skip": 0}
    return {n: given.get(n, defaults.get(n)) for n in names}


def uses_index(plan: str, label: str) -> bool:
    """Whether a plan line finds ``label`` nodes through an index (FalkorDB or Neo4j wording)."""
    return any(
        label in line and any(w.lower() in line.lower() for w in INDEX_WORDS) for line in plan.splitlines()
    )


def time_case(
    store: Store, case: Case, repeats: int, slow_s: float = 2.0, very_slow_s: float = 20.0
) -> dict[str, Any]:
    text = files.load(case.query)
    params = params_of(text, case.params)
    t0 = time.perf_counter()
    rows = store.query(text, params)  # warm-up (plan cache), also its row count
    first = time.perf_counter() - t0
    n = repeats if first < slow_s else min(repeats, 3)
    samples = []
    if first >= very_slow_s:  # one (cold) run is all the time it deserves
        n, samples = 0, [first]
    for _ in range(n):
        t0 = time.perf_counter()
        store.query(text, params)
        samples.append(time.perf_counter() - t0)
    out: dict[str, Any] = {**summarize_ms(samples), "rows": len(rows)}
    if case.query in ANCHORED:
        plan = store.explain(text, params)
        out["plan_uses_index"] = int(uses_index(plan, ANCHORED[case.query]))
        out["plan"] = plan if store.kind == "falkordb" else plan[:2000]
    return out


def load_steps(store: Store, spec: Spec, sizes: list[int]) -> Iterator[tuple[int, float]]:
    """Write the synthetic facts of ``spec`` in order; yield (size, seconds spent writing so far)
    each time the graph reaches the next size."""
    writer = GraphWriter(store)
    targets = sorted(sizes)
    written = 0
    spent = 0.0
    chunk: list[ArticleFacts] = []

    def flush() -> None:
        nonlocal written, spent
        t0 = time.perf_counter()
        written += writer.write(chunk, replace=False).events
        spent += time.perf_counter() - t0
        chunk.clear()

    for facts in generate(spec):
        chunk.append(facts)
        pending = written + sum(len(f.events) for f in chunk)
        if pending >= targets[0] or len(chunk) >= 2000:
            flush()
        while targets and written >= targets[0]:
            yield targets.pop(0), spent
        if not targets:
            return
    if chunk:
        flush()
    for size in targets:
        yield size, spent


def derive_fn() -> Callable[[Store], Any] | None:
    try:
        from conflictkg.derived import derive as derive_mod
    except ImportError:
        return None
    return derive_mod.derive


def run(
    store: Store,
    sizes: list[int],
    repeats: int,
    *,
    actors: int = 2000,
    places: int = 5000,
    emb: Embedded | None = None,
    on_size: Callable[[int, dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Per size: load figures, derive time, memory (embedded), and every case's latency."""
    spec = Spec(max(sizes), actors=actors, places=places, seed=11)
    derive = derive_fn()
    fresh(store)
    base_mem = emb.used_memory() if emb else None
    base_aof = emb.aof_bytes() if emb else None
    prev_size = 0
    out: dict[str, Any] = {
        "actors": actors, "places": places, "derive_available": int(derive is not None),
    }  # fmt: skip
    done_before, spent_before = 0, 0.0
    for size, spent in load_steps(store, spec, sizes):
        fig: dict[str, Any] = {
            "load_events_per_s": round((size - done_before) / max(1e-9, spent - spent_before), 1),
        }
        done_before, spent_before = size, spent
        if derive is not None:
            t0 = time.perf_counter()
            stats = derive(store)
            fig["derive_s"] = round(time.perf_counter() - t0, 3)
            fig["derive_supports"] = int(getattr(stats, "supports", 0))
            fig["derive_controls"] = int(getattr(stats, "controls", 0))
        if emb is not None and base_mem is not None and base_aof is not None:
            used = emb.used_memory() - base_mem
            fig["used_memory_bytes_per_event"] = round(used / size, 1)
            gm = emb.graph_memory()
            if gm is not None:
                fig["graph_memory_bytes_per_event"] = round(gm / size, 1)
            # the log written while loading this step's new events (compacted after each step)
            fig["aof_appended_bytes_per_event"] = round((emb.aof_bytes() - base_aof) / (size - prev_size), 1)
            t0 = time.perf_counter()
            fig["aof_compacted_bytes_per_event"] = round(emb.rewrite_aof() / size, 1)
            fig["aof_rewrite_s"] = round(time.perf_counter() - t0, 2)
            base_aof = emb.aof_bytes()
        prev_size = size
        results: dict[str, Any] = {}
        if emb is not None:
            emb.set_query_timeout(int(QUERY_TIMEOUT_S * 1000))
        try:
            for case in cases(spec, changed_place(store)):
                key = f"{case.query}/{case.label}"
                try:
                    results[key] = time_case(store, case, repeats)
                except Exception as exc:  # a broken or timed-out query is a figure too: report it
                    results[key] = {"error": str(exc).splitlines()[0][:300]}
        finally:
            if emb is not None:
                emb.set_query_timeout(0)
        fig["queries"] = results
        fig["targets_met"] = {
            k: int(results[k]["median_ms"] <= v)
            for k, v in TARGETS_MS.items()
            if k in results and "median_ms" in results[k]
        }
        out[str(size)] = fig
        if on_size:
            on_size(size, fig)
    return out
