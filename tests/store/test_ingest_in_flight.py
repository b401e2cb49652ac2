"""``ingest --workers 2``: the workers extract batch k+1 while batch k is written; a stop or a bad
article in the batch in flight still leaves only whole articles written (see jobs/ingest.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import ingest, iter_documents
from conflictkg.jobs.pool import PoolBatch, PoolExtractor
from conflictkg.jobs.quarantine import Quarantine
from conflictkg.model import ArticleFacts
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.queries.export import iter_events
from conflictkg.sources.documents import RawDocument

pytestmark = [pytest.mark.store, pytest.mark.nlp, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
INPUTS = [str(ROOT / "seeds" / "demo"), str(ROOT / "tests" / "gold" / "articles")]
REFUSED = "Property values can only be of primitive types"


class CountedBatch(PoolBatch):
    def __init__(self, batch: PoolBatch, pool: CountingPool) -> None:
        super().__init__(batch.futures)
        self.pool = pool

    def result(self) -> list[ArticleFacts | InputError]:
        self.pool.collected += 1
        return super().result()


class CountingPool(PoolExtractor):
    """The pool, counting the batches submitted and those whose results were collected."""

    submitted = 0
    collected = 0

    def submit(self, docs: list[RawDocument]) -> PoolBatch:
        self.submitted += 1
        return CountedBatch(super().submit(docs), self)


@pytest.fixture(scope="module")
def pool() -> Iterator[CountingPool]:
    with CountingPool(2, warm=("en",)) as extractor:
        yield extractor


def fresh(store: Store) -> Store:
    store.clear()
    store.apply_schema()
    return store


def exported(store: Store) -> list[str]:
    return [json.dumps(e, sort_keys=True) for e in iter_events(store)]


def article_urls(store: Store) -> set[str]:
    return {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}


def test_a_stop_with_a_batch_in_flight_writes_whole_batches(
    falkordb_store: Store, pool: CountingPool
) -> None:
    docs = [d for d in iter_documents(INPUTS) if isinstance(d, RawDocument)]
    assert len(docs) == 11
    store = fresh(falkordb_store)
    seen: list[tuple[int, int]] = []  # (documents read, batches in flight) when the stop is polled

    def stop_after_six() -> bool:
        seen.append((len(seen) + 1, pool.submitted - pool.collected))
        return len(seen) >= 6

    summary = ingest(store, iter(docs), extractor=pool, batch_size=4, should_stop=stop_after_six)
    assert seen[-1] == (6, 1)  # batch 1 (documents 1-4) was in flight when the stop came
    assert (summary.status, summary.read, summary.new, summary.quarantined) == ("interrupted", 6, 6, 0)
    assert article_urls(store) == {d.origin for d in docs[:6]}
    stopped = exported(store)

    fresh(store)  # the same six articles, one worker, no stop: the same graph
    ingest(store, iter(docs[:6]), extractor=NLPExtractor(), batch_size=4)
    assert exported(store) == stopped and len(stopped) > 5


def test_bad_articles_in_flight_are_quarantined_and_the_rest_written(
    falkordb_store: Store, pool: CountingPool, tmp_path: Path
) -> None:
    docs = [d for d in iter_documents(INPUTS) if isinstance(d, RawDocument)][:6]
    german = RawDocument(origin="news/de.txt", text="Rebellen griffen die Armee an.", language="de")
    untitled = RawDocument(origin="news/map-title.txt", text=docs[0].text, title={"en": "a map"})  # type: ignore[arg-type]
    batches = [*docs[:3], german, *docs[3:5], untitled, docs[5]]  # batch_size 4: one bad in each
    store = fresh(falkordb_store)
    quarantine = Quarantine(tmp_path / "quarantine")
    before = pool.submitted

    summary = ingest(store, iter(batches), extractor=pool, quarantine=quarantine, batch_size=4)

    assert pool.submitted - before == 2
    assert (summary.status, summary.new, summary.quarantined) == ("completed", 6, 2)
    assert article_urls(store) == {d.origin for d in docs}
    reasons = {e["origin"]: e["reason"] for e in quarantine.list()}
    assert set(reasons) == {"news/de.txt", "news/map-title.txt"}
    assert reasons["news/de.txt"] == "unsupported language: de (de); supported: French (fr), English (en)"
    assert REFUSED in reasons["news/map-title.txt"]
    written = exported(store)

    fresh(store)  # the good articles alone, one worker: the same graph
    ingest(store, iter(docs), extractor=NLPExtractor(), batch_size=4)
    assert exported(store) == written
