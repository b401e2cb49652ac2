"""The ingestion run: read sources, skip what is unchanged, extract, write in batches, quarantine.

Library code: the caller passes the store, the extractor, the quarantine, the reporter and a
``should_stop`` callable (the CLI wires it to SIGTERM/SIGINT); nothing here reads the environment.

Each article is known by its origin (path or URL: ``Article.id = make_id("art", origin)``) and the
sha256 of its content together with the extractor version, both stored on the Article node. An
unchanged article is skipped; a changed one is re-extracted and written by the writer, which removes
its stale events in the same transaction. A run stops only between batches, so an article is
written whole or not at all, and a ``(:Run)`` node records what each run did. An article the store
refuses to write (a value it cannot keep) is quarantined with the store's reason, and the rest of
its batch is written (``GraphWriter.write(isolate=True)``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.jobs.progress import Reporter
from conflictkg.jobs.quarantine import MANUAL_RETRY, Quarantine, replay_items
from conflictkg.jobs.stages import (
    Failure,
    InFlight,
    Run,
    RunSummary,
    derive_touched,
    finish_batch,
    overlaps,
    read_batches,
    submit_batch,
    write_run,
)
from conflictkg.sources.articles import ArticleExtractor, Extractor, article_id
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.http import Fetcher, HttpSettings
from conflictkg.sources.inputs import Item, Known, KnownLookup, Skip, SourceSpec, iter_path, iter_sources

__all__ = [
    "MANUAL_RETRY",
    "Failure",
    "Quarantine",
    "RunSummary",
    "ingest",
    "iter_documents",
    "known_lookup",
    "replay_items",
    "retry_quarantined",
    "run_sources",
    "write_run",
]


def known_lookup(store: Store, extractor_version: str, force: bool = False) -> KnownLookup:
    """What sources may skip: articles already extracted by this extractor version."""

    def lookup(urls: list[str]) -> dict[str, Known]:
        if force or not urls:
            return {}
        rows = store.query(
            "UNWIND $ids AS id MATCH (a:Article {id: id}) WHERE a.extractor = $ex "
            "RETURN a.url AS url, a.sha256 AS sha, a.feed_updated AS fu, a.http_etag AS etag, "
            "a.http_last_modified AS lm",
            {"ids": [article_id(u) for u in urls], "ex": extractor_version},
        )
        return {r["url"]: Known(r["sha"], r["fu"], r["etag"], r["lm"]) for r in rows}

    return lookup


def iter_documents(paths: list[str]) -> Iterator[Item]:
    """Files and directories named on a command line (kept for callers of the first API)."""
    for given in paths:
        yield from iter_path(given)


def ingest(
    store: Store,
    documents: Iterable[RawDocument | InputError | Skip],
    *,
    extractor: Extractor | None = None,
    quarantine: Quarantine | None = None,
    batch_size: int = 64,
    force: bool = False,
    on_progress: Callable[[RunSummary], None] | None = None,
    run_id: str | None = None,
    reporter: Reporter | None = None,
    should_stop: Callable[[], bool] | None = None,
    sources: list[str] | None = None,
    total: int | None = None,
    record_run: bool = True,
) -> RunSummary:
    """Ingest documents; return what happened. Bad inputs are quarantined and the run goes on.

    The stages (see :mod:`conflictkg.jobs.stages`): read → extract → write, batch by batch (see
    :func:`write_batches`), then derive. ``should_stop`` is polled between documents: when it turns
    true the batch read so far (and the one in flight on a pool) is written and the run ends with
    status ``interrupted``. The ``(:Run)`` node is written at the
    start (``running``) and at the end, whatever the end.
    """
    run = Run(
        store, extractor or ArticleExtractor(), quarantine=quarantine, reporter=reporter, force=force,
        on_progress=on_progress, run_id=run_id, sources=sources,
    )  # fmt: skip
    with run.recorded(record_run, total):
        write_batches(run, read_batches(run, documents, batch_size, should_stop))
        derive_touched(run)
    return run.summary


def write_batches(run: Run, batches: Iterable[list[RawDocument]]) -> None:
    """Extract and write each batch. With a pool (an extractor that can ``submit``), one batch is in
    flight: the workers extract batch k+1 while this process writes batch k, and no more is read
    ahead. A batch that repeats a document of the one in flight waits for it to be written (it must
    find that document in the graph, as it would one batch at a time)."""
    flight: InFlight | None = None
    for batch in batches:
        if flight is not None and overlaps(flight, batch):
            finish_batch(run, flight)
            flight = None
        submitted = submit_batch(run, batch)
        if flight is not None:
            finish_batch(run, flight)
        flight = submitted
        if flight.extraction is None:  # extracted here (or nothing to extract): nothing to overlap
            finish_batch(run, flight)
            flight = None
    if flight is not None:
        finish_batch(run, flight)


def run_sources(
    store: Store,
    specs: list[SourceSpec],
    *,
    extractor: Extractor | None = None,
    quarantine: Quarantine | None = None,
    http: HttpSettings | None = None,
    stdin: BinaryIO | None = None,
    batch_size: int = 64,
    force: bool = False,
    reporter: Reporter | None = None,
    should_stop: Callable[[], bool] | None = None,
    total: int | None = None,
) -> RunSummary:
    """Ingest every document of the given sources (see :mod:`conflictkg.sources.inputs`)."""
    extractor = extractor or ArticleExtractor()
    with Fetcher(http) as fetcher:
        items = iter_sources(
            specs, fetcher=fetcher, known=known_lookup(store, extractor.version, force), stdin=stdin
        )
        return ingest(
            store,
            items,
            extractor=extractor,
            quarantine=quarantine,
            batch_size=batch_size,
            force=force,
            reporter=reporter,
            should_stop=should_stop,
            sources=[s.label() for s in specs],
            total=total,
        )


def retry_quarantined(
    store: Store,
    quarantine: Quarantine,
    ids: list[str] | None = None,
    *,
    extractor: Extractor | None = None,
    http: HttpSettings | None = None,
    batch_size: int = 64,
    reporter: Reporter | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> tuple[RunSummary, list[str]]:
    """Ingest quarantined inputs again; those that now succeed leave the quarantine.

    Returns the run's summary and the ids that left. Unknown ids raise InputError.
    """
    entries = quarantine.list()
    if ids:
        by_id = {e["id"]: e for e in entries}
        unknown = [i for i in ids if i not in by_id]
        if unknown:
            raise InputError(f"no quarantine entry {', '.join(unknown)} (see `conflictkg quarantine list`)")
        entries = [by_id[i] for i in ids]
    with Fetcher(http) as fetcher:
        summary = ingest(
            store,
            replay_items(entries, fetcher),
            extractor=extractor,
            quarantine=quarantine,
            batch_size=batch_size,
            force=True,
            reporter=reporter,
            should_stop=should_stop,
            sources=[f"quarantine:{e['id']}" for e in entries],
        )
    if summary.status not in {"completed", "failed"}:  # failed here: some input was missing
        return summary, []
    failed = {f.origin for f in summary.failures}
    fresh = {e["id"] for e in quarantine.list() if e.get("run_id") == summary.run_id}
    cleared = []
    for entry in entries:
        if entry["origin"] not in failed and entry["id"] not in fresh:
            quarantine.remove_id(entry["id"])
            cleared.append(entry["id"])
    return summary, cleared
