"""``ingest --workers 2``: one pool of spawned workers gives the same graph as one worker."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import ingest, iter_documents
from conflictkg.jobs.pool import PoolBatch, PoolExtractor
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.queries.export import iter_events
from conflictkg.sources.documents import RawDocument

pytestmark = [pytest.mark.store, pytest.mark.nlp, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [str(ROOT / "seeds" / "demo"), str(ROOT / "tests" / "gold" / "articles")]


def exported(store: Store) -> list[str]:
    return [json.dumps(e, sort_keys=True) for e in iter_events(store)]


def test_two_workers_write_the_same_graph_as_one(falkordb_store: Store) -> None:
    store = falkordb_store
    store.clear()
    store.apply_schema()
    one = ingest(store, iter_documents(INPUTS), extractor=NLPExtractor(), batch_size=4)
    single = exported(store)
    assert one.new == 11 and one.quarantined == 0 and len(single) == one.events > 20

    store.clear()
    store.apply_schema()
    with PoolExtractor(2) as pool:
        assert pool.version == NLPExtractor().version
        two = ingest(store, iter_documents(INPUTS), extractor=pool, batch_size=4)
        assert (two.new, two.events, two.quarantined) == (one.new, one.events, 0)
        assert exported(store) == single
        # the same pool serves a second run (nothing changed: everything skipped)
        again = ingest(store, iter_documents(INPUTS), extractor=pool, batch_size=4)
        assert (again.unchanged, again.new) == (11, 0)


def test_spawned_workers_read_with_the_users_kb(falkordb_store: Store, tmp_path: Path) -> None:
    """``--kb`` with ``--workers``: each spawned worker is given the user's KB files, none inherits it."""
    kb = tmp_path / "zlf.toml"
    kb.write_text('[[actor]]\nname = "Zorbian Liberation Front"\nkind = "armed_group"\naliases = ["ZLF"]\n')
    for i, place in enumerate(("Gao", "Mopti")):
        text = f"On {3 + i} May 2024, ZLF fighters attacked the Malian army in {place}."
        (tmp_path / f"zlf{i}.txt").write_text(text, encoding="utf-8")
    store = falkordb_store
    store.clear()
    store.apply_schema()
    with PoolExtractor(2, kb_files=[str(kb)], warm=("en",)) as pool:
        ingest(store, iter_documents([str(tmp_path / "zlf*.txt")]), extractor=pool, batch_size=2)
    found = {(e["action"], e["actor"]["id"], e["location"]["name"]) for e in iter_events(store)}
    assert found == {
        ("FIGHT", "actor:zorbian-liberation-front", "Gao"),
        ("FIGHT", "actor:zorbian-liberation-front", "Mopti"),
    }


def test_spawned_workers_resolve_with_the_user_kb(
    falkordb_store: Store, data_home: Path, tmp_path: Path
) -> None:
    """``ingest --workers 2 --kb FILE``: the spawned workers inherit nothing, so the file reaches them."""
    store = falkordb_store
    store.clear()
    store.apply_schema()
    kb = tmp_path / "my-actors.toml"
    kb.write_text(
        '[[actor]]\nname = "Brigade of the Northern Wolves"\nkind = "armed_group"\ncountry = "LBY"\n'
        'aliases = ["Northern Wolves"]\n',
        encoding="utf-8",
    )
    for day in ("02", "03"):  # two articles, one for each worker
        (tmp_path / f"wolves-{day}.txt").write_text(
            f" date 2021-03-{day} The Northern Wolves attacked the town of Ajdabiya on Monday.\n"
        )
    assert PoolExtractor.__init__.__kwdefaults__["start_method"] == "spawn"
    articles = sorted(str(p) for p in tmp_path.glob("wolves-*.txt"))
    args = ["--home", str(data_home), "--kb", str(kb), "ingest", "--workers", "2", *articles]
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event)-[:REPORTED_IN]->(art:Article) "
        "RETURN DISTINCT a.id AS actor, art.url AS article"
    )
    assert {(r["actor"], Path(r["article"]).name) for r in rows} == {
        ("actor:brigade-of-the-northern-wolves", "wolves-02.txt"),
        ("actor:brigade-of-the-northern-wolves", "wolves-03.txt"),
    }


class KillingPool(PoolExtractor):
    """A pool whose workers are killed (as the OOM killer would) right after its second batch starts."""

    batches = 0

    def submit(self, docs: list[RawDocument]) -> PoolBatch:
        batch = super().submit(docs)
        self.batches += 1
        if self.batches == 2:
            assert self._pool is not None
            for process in list(self._pool._processes.values()):
                os.kill(process.pid, signal.SIGKILL)
        return batch


def test_a_killed_worker_costs_no_article(falkordb_store: Store) -> None:
    """A worker process that dies breaks its batch, not the run: a new pool retries the batch article
    by article and every article is written as one worker writes it."""
    store = falkordb_store
    store.clear()
    store.apply_schema()
    one = ingest(store, iter_documents(INPUTS), extractor=NLPExtractor(), batch_size=4)
    single = exported(store)
    store.clear()
    store.apply_schema()
    with KillingPool(1, warm=("en",)) as pool:
        run = ingest(store, iter_documents(INPUTS), extractor=pool, batch_size=4)
        assert pool.restarts == 1
        # the new pool serves the rest of the run and the next one
        assert ingest(store, iter_documents(INPUTS), extractor=pool, batch_size=4).unchanged == 11
    assert (run.new, run.events, run.quarantined) == (11, one.events, 0)
    assert exported(store) == single
