"""Incremental derive on both stores: after every step of a sequence of ingests, updates and
removals, the derived facts the run's scoped derive left are exactly those of ``derive --all``."""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from data.fixture_graph import ACTORS, fixture_facts

from conflictkg.derived.derive import derive, underived_runs
from conflictkg.errors import InputError
from conflictkg.graph.derive_keys import derive_key
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import ingest
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument

pytestmark = pytest.mark.store

DERIVED = (
    "MATCH (a)-[r:SUPPORTS|OPPOSES|CONTROLS]->(b) "
    "RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p"
)


def _frozen(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_frozen(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    return value


def derived_facts(store: Store) -> set[tuple[Any, ...]]:
    """Every SUPPORTS / OPPOSES / CONTROLS as (from, type, to, all its properties)."""
    rows = store.query(DERIVED)
    facts = {(r["a"], r["t"], r["b"], _frozen(r["p"])) for r in rows}
    assert len(facts) == len(rows)
    return facts


class TableExtractor:
    """The facts of each document come from a table keyed by its origin (the fixture's articles)."""

    version = "fixture-table/1"

    def __init__(self) -> None:
        self.table: dict[str, ArticleFacts] = {}

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        for doc in docs:
            facts = copy.deepcopy(self.table[doc.origin])
            facts.article.sha256 = doc.sha256
            yield facts


def _run(store: Store, ex: TableExtractor, facts: list[ArticleFacts], version: str) -> None:
    for f in facts:
        ex.table[f.article.url] = f
    docs = [RawDocument(origin=f.article.url, text=f"{f.article.url} {version}") for f in facts]
    summary = ingest(store, docs, extractor=ex, batch_size=2)
    assert summary.status == "completed"


def test_incremental_derive_equals_full(store: Store) -> None:
    by_url = {f.article.url.split("//", 1)[1]: f for f in fixture_facts()}
    ex = TableExtractor()
    turkey, sdf = ACTORS["Turkey"].id, ACTORS["Syrian Democratic Forces"].id

    def step(facts: list[ArticleFacts], version: str) -> set[tuple[Any, ...]]:
        _run(store, ex, facts, version)
        incremental = derived_facts(store)
        stats = derive(store, run_id="run:all")  # `conflictkg derive --all`
        assert derived_facts(store) == incremental, version
        assert (stats.supports_removed, stats.opposes_removed, stats.controls_removed) == (0, 0, 0)
        return incremental

    names = sorted(by_url)
    first = step([by_url[n] for n in names[:3]], "v1")
    assert first  # the first articles already give derived facts
    full = step([by_url[n] for n in names[3:]], "v1")
    assert {t for _, t, _, _ in full} == {"SUPPORTS", "OPPOSES", "CONTROLS"}

    # Re-extracted: Watiya loses its captures and Turkey's COOPERATE; Manbij loses the US AID.
    watiya = copy.deepcopy(by_url["libya/2020-05-watiya"])
    watiya.events = [
        e for e in watiya.events if e.type not in ("CAPTURE", "COOPERATE") or "Asaba" in e.evidence.sentence
    ]
    manbij = copy.deepcopy(by_url["syria/2019-10-manbij"])
    manbij.events = [e for e in manbij.events if e.type != "AID"]
    after = step([watiya, manbij], "v2")
    supports = {(a, b) for a, t, b, _ in after if t == "SUPPORTS"}
    assert ACTORS["United States"].id not in {a for a, _ in supports}
    assert len(after) < len(full)

    # A fight re-targeted (its pair moves), and an article whose events are all gone.
    sirte = copy.deepcopy(by_url["libya/2020-01-sirte"])
    sirte.events = [
        dataclasses.replace(e, target_id=turkey) if e.type in ("FIGHT", "ASSAULT", "CAPTURE") else e
        for e in sirte.events
    ]
    assert any(e.target_id == turkey for e in sirte.events)
    afrin = copy.deepcopy(by_url["syria/2018-afrin"])
    afrin.events, afrin.controls = [], []
    final = step([sirte, afrin], "v3")
    assert not [f for f in final if sdf in (f[0], f[2]) and f[1] == "OPPOSES" and turkey in (f[0], f[2])]

    # The original versions back: the graph's derived facts are those of the first full run again.
    step([by_url[n] for n in names], "v4")
    assert {f[:3] for f in derived_facts(store)} == {f[:3] for f in full}


def test_a_run_that_died_before_its_derive_is_derived_by_the_next(store: Store) -> None:
    """A run's process dies between its write and its derive (here: a stop right after its first
    batch). No run's delta holds what it wrote: the next run derives everything once."""
    by_url = {f.article.url.split("//", 1)[1]: f for f in fixture_facts()}
    names = sorted(by_url)
    ex = TableExtractor()
    _run(store, ex, [by_url[n] for n in names[:2]], "v1")

    def die(_: object) -> None:
        raise KeyboardInterrupt

    dying = [by_url[n] for n in names[2:5]]
    for f in dying:
        ex.table[f.article.url] = f
    docs = [RawDocument(origin=f.article.url, text=f"{f.article.url} v1") for f in dying]
    with pytest.raises(KeyboardInterrupt):
        ingest(store, docs, extractor=ex, batch_size=1, on_progress=die, run_id="run:died")
    assert underived_runs(store) == ["run:died"]
    assert store.query("MATCH (a:Article) RETURN count(a) AS n")[0]["n"] == 3  # its first batch

    _run(store, ex, [by_url[n] for n in names[5:]], "v1")
    after_runs = derived_facts(store)
    stats = derive(store, run_id="run:all")
    assert derived_facts(store) == after_runs
    assert (stats.supports_removed, stats.opposes_removed, stats.controls_removed) == (0, 0, 0)
    assert underived_runs(store) == []


def test_cli_derive_all_rebuilds(store: Store, cli_store_args: list[str]) -> None:
    from conflictkg.graph.writer import GraphWriter

    GraphWriter(store).write(fixture_facts())  # events written, nothing derived yet
    stated = derived_facts(store)  # the stated control claims, written by the writer
    assert {t for _, t, _, _ in stated} == {"CONTROLS"}
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "derive", "--all"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("SUPPORTS ")
    built = derived_facts(store)
    derive(store)
    assert derived_facts(store) == built
    assert {t for _, t, _, _ in built - stated} == {"SUPPORTS", "OPPOSES", "CONTROLS"}
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "derive"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1 and "derive --all" in proc.stderr


KEYS = "MATCH (e:Event) RETURN e.id AS event, e.derive_key AS key"


def _drop_key_index(store: Store) -> None:
    if store.kind == "neo4j":
        store.query("DROP INDEX event_derive_key IF EXISTS", write=True)
    else:
        store.query("DROP INDEX FOR (n:Event) ON (n.derive_key)", write=True)
        # FalkorDB rebuilds the label's index without that field in the background, and lists the
        # field until then: wait, as a graph written before the key existed has no such field at all
        indexed = "CALL db.indexes() YIELD label, properties WHERE label = 'Event' RETURN properties"
        deadline = time.monotonic() + 30
        while any("derive_key" in (r["properties"] or []) for r in store.query(indexed)):
            assert time.monotonic() < deadline, "FalkorDB still lists the dropped derive_key index"
            time.sleep(0.05)


def test_store_written_before_the_key_is_keyed_by_the_schema_step(store: Store) -> None:
    """A graph whose events have no derive key (written before it existed, no index on it) gets the
    writer's keys from the schema step, and the incremental derive of a later ingest is then right."""
    from conflictkg.graph.writer import GraphWriter

    facts = fixture_facts()
    GraphWriter(store).write(facts)
    written = {r["event"]: r["key"] for r in store.query(KEYS)}
    expected = {
        e.id: derive_key(e.type, e.actor_id, e.target_id, e.location_id) for f in facts for e in f.events
    }
    assert written == expected
    assert len({k for k in written.values() if k is not None}) > 10  # pairs and places
    _drop_key_index(store)
    store.query("MATCH (e:Event) REMOVE e.derive_key RETURN count(*) AS n", write=True)
    assert {r["key"] for r in store.query(KEYS)} == {None}

    store.apply_schema()  # what opening the store does
    assert {r["event"]: r["key"] for r in store.query(KEYS)} == expected
    store.apply_schema()  # the index exists now: nothing to backfill
    assert {r["event"]: r["key"] for r in store.query(KEYS)} == expected

    # An incremental derive on the backfilled graph: an article re-extracted without its support.
    by_url = {f.article.url.split("//", 1)[1]: f for f in facts}
    derive(store, run_id="run:all")
    ex = TableExtractor()
    manbij = copy.deepcopy(by_url["syria/2019-10-manbij"])
    manbij.events = [e for e in manbij.events if e.type != "AID"]
    _run(store, ex, [manbij], "v2")
    incremental = derived_facts(store)
    stats = derive(store, run_id="run:all")
    assert derived_facts(store) == incremental
    assert (stats.supports_removed, stats.opposes_removed, stats.controls_removed) == (0, 0, 0)
