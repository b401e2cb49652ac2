"""Graph writes through :class:`GraphWriter`: events/s, against a bare ``UNWIND ... CREATE``.

Variants, each into an emptied graph (same synthetic facts):

- ``insert``: ``write(replace=False)`` of articles marked new (``may_exist=False``, as ingest and
  the importers mark the articles they did not find): the insert path, ``CREATE``;
- ``rewrite``: the same facts again with ``replace=False`` and not marked new (the idempotent path:
  every MERGE matches);
- ``replace_insert`` / ``replace_rewrite``: the default ``write()`` (``replace=True``: stale events of
  each article removed in the same transaction) of articles not marked new, as ``conflictkg ingest``
  writes re-extracted ones — stopped after a time budget when it is too slow to finish
  (``*_complete`` says whether it did).

Baselines, in the same run, in batches of the writer's size:

- ``same_shape``: the raw statements of the insert path's row shape: each event ``CREATE``d with
  its properties and its 3–4 edges (ACTOR, REPORTED_IN with the evidence, TARGET, AT) to Articles,
  Actors and Locations created before the clock, one ``UNWIND`` per row shape (with or without
  target and place), the same property values as the writer's (``derive_key`` included).
  ``*_ratio_to_same_shape`` = writer events/s ÷ these events/s.
- ``same_shape_with_endpoints``: the same, with the raw ``UNWIND ... CREATE`` of the Articles, Actors
  and Locations (with their properties) on the clock too, as the writer's insert path writes them
  (an article for about 4 events); ``*_ratio_to_same_shape_with_endpoints`` = writer ÷ it.
- ``bare``: ``UNWIND $rows AS row CREATE (:BenchX {id: row.id})`` with as many rows as events;
  ``*_ratio_to_baseline`` = writer events/s ÷ these rows/s.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterator
from typing import Any

from benchmarks import fresh
from benchmarks.synthetic import Spec, generate
from conflictkg.graph import writer as writer_mod
from conflictkg.graph.derive_keys import derive_key
from conflictkg.graph.store import Store
from conflictkg.graph.writer import DEFAULT_BATCH_ROWS, GraphWriter
from conflictkg.model import ArticleFacts

BASELINE = "UNWIND $rows AS row CREATE (:BenchX {id: row.id})"
EDGES = (
    "MATCH (e:Event) WITH count(e) AS events OPTIONAL MATCH (:Event)-[r]-() RETURN events, count(r) AS edges"
)
COUNTS = "MATCH (n) RETURN count(n) AS nodes"
RELS = "MATCH ()-[r]->() RETURN count(r) AS rels"


def _chunks(facts: list[ArticleFacts], size: int) -> Iterator[list[ArticleFacts]]:
    for i in range(0, len(facts), size):
        yield facts[i : i + size]


def timed_write(
    store: Store, facts: list[ArticleFacts], *, replace: bool, budget_s: float | None = None
) -> dict[str, Any]:
    """Write ``facts`` (in chunks when a time budget can stop a slow path, else in one ``write``,
    as the importers do: batches pipelined); events/s."""
    writer = GraphWriter(store)
    events = 0
    t0 = time.perf_counter()
    complete = True
    for chunk in _chunks(facts, 500 if budget_s is not None else len(facts)):
        events += writer.write(chunk, replace=replace).events
        if budget_s is not None and time.perf_counter() - t0 > budget_s:
            complete = len(chunk) < 500 and chunk[-1] is facts[-1]
            break
    elapsed = time.perf_counter() - t0
    return {"events": events, "seconds": round(elapsed, 3), "events_per_s": round(events / elapsed, 1),
            "complete": complete}  # fmt: skip


def baseline(store: Store, rows: int, batch: int = DEFAULT_BATCH_ROWS) -> float:
    """Rows/s of a bare UNWIND ... CREATE of ``rows`` one-property nodes."""
    data = [{"id": f"x{i}"} for i in range(rows)]
    t0 = time.perf_counter()
    for i in range(0, rows, batch):
        store.query(BASELINE, {"rows": data[i : i + batch]}, write=True)
    return rows / (time.perf_counter() - t0)


def _same_shape_statement(target: bool, place: bool) -> str:
    matches = ["MATCH (a:Actor {id: row.actor})", "MATCH (art:Article {id: row.article})"]
    paths = ["(a)-[:ACTOR]->(e)", "(e)-[:REPORTED_IN {sentence: row.sentence, start: row.start, "
             "end: row.end, text: row.text}]->(art)"]  # fmt: skip
    if target:
        matches.append("MATCH (t:Actor {id: row.target})")
        paths.append("(e)-[:TARGET]->(t)")
    if place:
        matches.append("MATCH (l:Location {id: row.location})")
        paths.append("(e)-[:AT]->(l)")
    event = "(e:Event {" + ", ".join(f"{k}: row.{k}" for k in ("id", *EVENT_PROPS)) + "})"
    return f"UNWIND $rows AS row CREATE {event} WITH e, row {' '.join(matches)} CREATE {', '.join(paths)}"


EVENT_PROPS = ("type", "cameo", "quad_class", "modality", "date", "date_precision", "confidence",
               "summary", "source", "run_id", "derive_key")  # fmt: skip


def _same_shape_rows(facts: list[ArticleFacts]) -> list[tuple[tuple[bool, bool], dict[str, Any]]]:
    """(shape, row) per event, in the writer's order; shape = (has target, has place)."""
    out = []
    for f in facts:
        for e in f.events:
            key = derive_key(e.type, e.actor_id, e.target_id, e.location_id)
            row = {"id": e.id, **e.props(), "run_id": "run:bench", "derive_key": key, "actor": e.actor_id,
                   "article": f.article.id, **e.evidence.props()}  # fmt: skip
            if e.target_id:
                row["target"] = e.target_id
            if e.location_id:
                row["location"] = e.location_id
            out.append(((bool(e.target_id), bool(e.location_id)), row))
    return out


def _create_endpoints(store: Store, facts: list[ArticleFacts]) -> None:
    """The Articles, Actors and Locations the events point to, with their properties (untimed)."""
    nodes: dict[str, dict[str, dict[str, Any]]] = {"Article": {}, "Actor": {}, "Location": {}}
    for f in facts:
        nodes["Article"][f.article.id] = f.article.props()
        nodes["Actor"].update({a.id: a.props() for a in f.actors})
        nodes["Location"].update({loc.id: loc.props() for loc in f.locations})
    for label, by_id in nodes.items():
        rows = [{"id": k, "props": v} for k, v in by_id.items()]
        for i in range(0, len(rows), DEFAULT_BATCH_ROWS):
            store.query(f"UNWIND $rows AS row CREATE (n:{label} {{id: row.id}}) SET n += row.props",
                        {"rows": rows[i : i + DEFAULT_BATCH_ROWS]}, write=True)  # fmt: skip


def same_shape_baseline(store: Store, facts: list[ArticleFacts], *, endpoints: bool = False) -> float:
    """Events/s of the raw same-shape statements (module docstring) into the emptied ``store``,
    as many events per batch as the writer's insert path puts in one, each batch split by shape;
    with ``endpoints``, the Articles, Actors and Locations are created on the clock too."""
    t_endpoints = time.perf_counter()
    _create_endpoints(store, facts)
    t_endpoints = time.perf_counter() - t_endpoints if endpoints else 0.0
    rows = _same_shape_rows(facts)
    new = [dataclasses.replace(f, may_exist=False) for f in facts]
    per_batch = max(1, len(rows) // sum(1 for _ in writer_mod._batches(new, False, DEFAULT_BATCH_ROWS)))
    batches = []
    for i in range(0, len(rows), per_batch):
        by_shape: dict[tuple[bool, bool], list[dict[str, Any]]] = {}
        for shape, row in rows[i : i + per_batch]:
            by_shape.setdefault(shape, []).append(row)
        batches.append([(_same_shape_statement(*shape), part) for shape, part in by_shape.items()])
    t0 = time.perf_counter()
    for batch in batches:
        for statement, part in batch:
            store.query(statement, {"rows": part}, write=True)
    return len(rows) / (time.perf_counter() - t0 + t_endpoints)


def run(store: Store, events: int, budget_s: float, *, seed: int = 7) -> dict[str, Any]:
    """Every figure of the write benchmark on one store (emptied first, left with the facts)."""
    t0 = time.perf_counter()
    facts = list(generate(Spec(events, seed=seed)))
    gen_s = time.perf_counter() - t0
    out: dict[str, Any] = {"events": events, "articles": len(facts), "generate_s": round(gen_s, 2)}

    fresh(store)
    base = baseline(store, events)
    out["baseline_create_rows_per_s"] = round(base, 1)
    fresh(store)
    same = same_shape_baseline(store, facts)
    out["same_shape_events_per_s"] = round(same, 1)
    fresh(store)
    same_all = same_shape_baseline(store, facts, endpoints=True)
    out["same_shape_with_endpoints_events_per_s"] = round(same_all, 1)

    fresh(store)
    ins = timed_write(store, [dataclasses.replace(f, may_exist=False) for f in facts], replace=False)
    out["insert_events_per_s"] = ins["events_per_s"]
    row = store.query(EDGES)[0]
    out["edges_per_event"] = round(row["edges"] / max(1, row["events"]), 3)
    nodes, rels = store.query(COUNTS)[0]["nodes"], store.query(RELS)[0]["rels"]
    rew = timed_write(store, facts, replace=False)
    out["rewrite_events_per_s"] = rew["events_per_s"]
    out["rewrite_changed_nothing"] = int(
        store.query(COUNTS)[0]["nodes"] == nodes and store.query(RELS)[0]["rels"] == rels
    )

    fresh(store)
    rep = timed_write(store, facts, replace=True, budget_s=budget_s)
    out["replace_insert_events_per_s"] = rep["events_per_s"]
    out["replace_insert_events_written"] = rep["events"]
    out["replace_insert_complete"] = int(rep["complete"])
    if rep["complete"]:
        rr = timed_write(store, facts, replace=True, budget_s=budget_s)
        out["replace_rewrite_events_per_s"] = rr["events_per_s"]
        out["replace_rewrite_complete"] = int(rr["complete"])
    else:  # a prefix as long as the one written, rewritten
        part = facts[: _articles_for(facts, rep["events"])]
        rr = timed_write(store, part, replace=True, budget_s=budget_s)
        out["replace_rewrite_events_per_s"] = rr["events_per_s"]
        out["replace_rewrite_complete"] = 0

    for key in [k for k in out if k.endswith("_events_per_s") and not k.startswith("same_shape")]:
        out[key.replace("_events_per_s", "_ratio_to_baseline")] = round(out[key] / base, 4)
        out[key.replace("_events_per_s", "_ratio_to_same_shape")] = round(out[key] / same, 4)
        with_endpoints = key.replace("_events_per_s", "_ratio_to_same_shape_with_endpoints")
        out[with_endpoints] = round(out[key] / same_all, 4)
    return out


def _articles_for(facts: list[ArticleFacts], events: int) -> int:
    n = 0
    for i, f in enumerate(facts):
        n += len(f.events)
        if n >= events:
            return i + 1
    return len(facts)


def profile_insert(store: Store, graph: Any, facts: list[ArticleFacts]) -> dict[str, Any]:
    """Where the insert path's time goes on FalkorDB: building the rows in Python, turning the
    parameters into the query text (the store's ``CYPHER k=v`` header), the server's own execution
    time, and the rest (transport, result parsing). ``graph`` is a falkordb ``Graph`` on the same
    server. Uses the writer's internals on purpose; each part runs as a statement of its own."""
    from conflictkg.graph.falkordb_store import params_header

    fresh(store)
    ser_s = server_ms = total_s = 0.0
    per_part: dict[str, float] = {}
    t0 = time.perf_counter()
    new = [dataclasses.replace(f, may_exist=False) for f in facts]
    batches = [(b.params(), b.event_keys()) for b in writer_mod._batches(new, False, DEFAULT_BATCH_ROWS)]
    rows_s = time.perf_counter() - t0
    for rows, keys in batches:
        for name, part in rows.items():
            params = {name: part, "run_id": "run:bench", "now": "now"}
            t1 = time.perf_counter()
            text = params_header(params) + writer_mod.batch_statement([name], intern=True, keys=keys)
            ser_s += time.perf_counter() - t1
            t1 = time.perf_counter()
            res = graph.query(text)
            total_s += time.perf_counter() - t1
            server_ms += res.run_time_ms
            per_part[name] = per_part.get(name, 0.0) + res.run_time_ms / 1000.0
    events = sum(len(f.events) for f in facts)
    wall = rows_s + ser_s + total_s
    return {
        "events": events,
        "python_rows_s": round(rows_s, 3),
        "param_serialise_s": round(ser_s, 3),
        "server_execution_s": round(server_ms / 1000.0, 3),
        "transport_and_rest_s": round(total_s - server_ms / 1000.0, 3),
        "per_part_server_s": {k: round(v, 3) for k, v in per_part.items()},
        "events_per_s_by_part": round(events / wall, 1),
    }
