"""``ingest --dask``: extraction on the workers of a Dask cluster (a LocalCluster of 2 processes here)
writes the graph a single process writes, with the user's ``--kb`` shipped to the workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from store.test_cli import assert_one_line_error, ckg

from conflictkg.graph import embedded
from conflictkg.graph.store import Store
from conflictkg.jobs.dask_pool import DaskExtractor
from conflictkg.jobs.ingest import ingest, iter_documents
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.queries.export import iter_events

pytestmark = [pytest.mark.store, pytest.mark.nlp, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
WOLVES = (
    '[[actor]]\nname = "Brigade of the Northern Wolves"\nkind = "armed_group"\ncountry = "LBY"\n'
    'aliases = ["Northern Wolves"]\n'
)


def exported(store: Store) -> list[str]:
    return [json.dumps(e, sort_keys=True) for e in iter_events(store)]


def test_dask_workers_write_the_graph_one_process_writes(falkordb_store: Store, tmp_path: Path) -> None:
    kb = tmp_path / "wolves.toml"
    kb.write_text(WOLVES, encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wolves.txt").write_text(
        "Benghazi, 2 March 2021. The Northern Wolves attacked the town of Ajdabiya on Monday.\n",
        encoding="utf-8",
    )
    inputs = [str(ROOT / "seeds" / "demo"), str(ROOT / "tests" / "gold" / "articles"), str(tmp_path / "in")]
    store = falkordb_store
    store.clear()
    store.apply_schema()
    local = NLPExtractor(kb=KnowledgeBase.load(extra_files=[kb]))
    one = ingest(store, iter_documents(inputs), extractor=local, batch_size=4)
    single = exported(store)
    assert one.new == 12 and one.quarantined == 0 and len(single) == one.events > 20

    store.clear()
    store.apply_schema()
    with DaskExtractor("local", workers=2, kb_files=[str(kb)]) as dask:
        assert dask.workers == 2 and dask.version == local.version
        two = ingest(store, iter_documents(inputs), extractor=dask, batch_size=4)
        assert (two.new, two.events, two.quarantined) == (one.new, one.events, 0)
        assert exported(store) == single
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(:Event)-[:AT]->(:Location {name: 'Ajdabiya'}) RETURN DISTINCT a.name AS a"
    )
    assert {r["a"] for r in rows} == {"Brigade of the Northern Wolves"}


def test_unreachable_scheduler_and_bad_config_are_one_line_errors(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text('[extraction]\ndask = "somewhere"\n\n[[sources]]\npath = "x.txt"\n', encoding="utf-8")
    proc = ckg(["--home", str(tmp_path / "home"), "ingest", "--config", str(config)])
    assert_one_line_error(proc, "[extraction] dask must be")
    (tmp_path / "x.txt").write_text("Nothing happened.\n", encoding="utf-8")
    try:
        unreachable = ["--dask", "tcp://127.0.0.1:9", str(tmp_path / "x.txt")]
        proc = ckg(["--home", str(tmp_path / "home"), "ingest", *unreachable])
        assert_one_line_error(proc, "cannot reach the Dask scheduler at tcp://127.0.0.1:9")
    finally:
        embedded.stop(tmp_path / "home" / "falkordb")  # the CLI started the store before the scheduler failed
