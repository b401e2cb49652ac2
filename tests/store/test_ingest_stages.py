"""Each stage of an ingestion run on its own (read → extract → write → derive; see jobs/stages.py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from data.fixture_graph import fixture_facts

from conflictkg.derived.derive import derive
from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.jobs.quarantine import Quarantine
from conflictkg.jobs.stages import (
    Run,
    accept_extracted,
    derive_touched,
    extract_batch,
    read_batches,
    skip_unchanged,
    write_batch,
)
from conflictkg.model import ArticleFacts
from conflictkg.sources.articles import ArticleExtractor
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.inputs import Skip, SourceError

pytestmark = pytest.mark.store

DERIVED = "MATCH (a)-[r:SUPPORTS|OPPOSES|CONTROLS]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b"


class Exploding(ArticleExtractor):
    """The article-only extractor, except that a text saying BOOM breaks it (and its whole batch)."""

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        docs = list(docs)
        if any("BOOM" in d.text for d in docs):
            raise RuntimeError("boom")
        yield from super().extract(docs)


def doc(name: str, text: str = "some text") -> RawDocument:
    return RawDocument(origin=f"news/{name}.txt", text=text)


def origins(batches: Iterable[list[RawDocument]]) -> list[list[str]]:
    return [[d.origin for d in b] for b in batches]


def write_through(run: Run, batch: list[RawDocument]) -> None:
    write_batch(run, batch, accept_extracted(run, batch, extract_batch(run.extractor, batch), set()))


def articles(store: Store) -> set[str]:
    return {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}


def test_read_batches_groups_counts_and_quarantines(store: Store, tmp_path: Path) -> None:
    run = Run(store, ArticleExtractor(), quarantine=Quarantine(tmp_path))
    items = [
        doc("a"),
        InputError("news/bad.txt: not UTF-8"),
        Skip("news/old.txt"),
        doc("a"),
        doc("b"),
        doc("c"),
    ]
    assert origins(read_batches(run, items, batch_size=2)) == [["news/a.txt", "news/b.txt"], ["news/c.txt"]]
    s = run.summary
    assert (s.read, s.unchanged, s.quarantined, s.status) == (5, 2, 1, "running")
    assert [(e["origin"], e["reason"]) for e in Quarantine(tmp_path).list()] == [
        ("news/bad.txt", "not UTF-8")
    ]


def test_read_batches_stops_after_the_document_read(store: Store) -> None:
    run = Run(store, ArticleExtractor())
    batches = read_batches(run, [doc("a"), doc("b")], batch_size=10, should_stop=lambda: True)
    assert origins(batches) == [["news/a.txt"]]
    assert run.summary.status == "interrupted"


def test_skip_unchanged_leaves_out_what_the_graph_holds(store: Store) -> None:
    first = Run(store, ArticleExtractor())
    written = [doc("a")]
    write_batch(
        first, written, accept_extracted(first, written, extract_batch(first.extractor, written), set())
    )
    run = Run(store, ArticleExtractor())
    todo, known = skip_unchanged(run, [doc("a"), doc("b"), doc("c", "changed")])
    assert ([d.origin for d in todo], run.summary.unchanged) == (["news/b.txt", "news/c.txt"], 1)
    assert len(known) == 1
    forced = Run(store, ArticleExtractor(), force=True)
    assert [d.origin for d in skip_unchanged(forced, [doc("a")])[0]] == ["news/a.txt"]


def test_extract_batch_isolates_the_article_that_crashes() -> None:
    results = extract_batch(Exploding(), [doc("a"), doc("b", "BOOM"), doc("c")])
    assert [type(r).__name__ for r in results] == ["ArticleFacts", "SourceError", "ArticleFacts"]
    crashed = results[1]
    assert isinstance(crashed, SourceError)
    assert (crashed.origin, crashed.reason) == ("news/b.txt", "extraction error (RuntimeError: boom)")
    assert extract_batch(Exploding(), []) == []


def test_accept_extracted_stamps_facts_and_fails_refusals(store: Store, tmp_path: Path) -> None:
    run = Run(store, ArticleExtractor(), quarantine=Quarantine(tmp_path))
    todo = [doc("a"), doc("b")]
    results: list[ArticleFacts | InputError] = [
        next(ArticleExtractor().extract([todo[0]])),
        InputError("news/b.txt: the article has no text"),
    ]
    facts = accept_extracted(run, todo, results, known=set())
    assert [(f.article.url, f.article.extractor, f.may_exist) for f in facts] == [
        ("news/a.txt", "article-only/1", False)
    ]
    assert run.summary.quarantined == 1
    assert [(e["origin"], e["reason"], e["replay"]) for e in Quarantine(tmp_path).list()] == [
        ("news/b.txt", "the article has no text", "record")
    ]


def test_write_batch_writes_and_counts(store: Store) -> None:
    run = Run(store, ArticleExtractor())
    write_through(run, [doc("a"), doc("b")])
    assert articles(store) == {"news/a.txt", "news/b.txt"}
    s = run.summary
    assert (s.new, s.updated, s.events, s.no_events) == (2, 0, 0, 0)


def test_derive_touched_derives_what_the_run_wrote(store: Store) -> None:
    facts = fixture_facts()
    idle = Run(store, ArticleExtractor())
    derive_touched(idle)  # nothing written: nothing derived
    assert store.query(DERIVED) == []
    run = Run(store, ArticleExtractor())
    write_batch(run, [], facts)
    derive_touched(run)
    incremental = {(r["a"], r["t"], r["b"]) for r in store.query(DERIVED)}
    derive(store)
    assert incremental == {(r["a"], r["t"], r["b"]) for r in store.query(DERIVED)}
    assert len(incremental) > 5
