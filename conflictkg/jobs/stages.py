"""The stages an article goes through in an ingestion run, in order:

1. read:    :func:`read_batches` groups the documents of the sources into batches (a bad input is
            quarantined, a skipped or repeated one counted unchanged);
2. extract: :func:`skip_unchanged` leaves out what the graph already holds, :func:`extract_batch`
            runs the extractor (an article that crashes it is isolated), :func:`accept_extracted`
            keeps the facts and quarantines the refusals; with an extractor that can ``submit`` a
            batch (a pool of workers), :func:`submit_batch` starts it and :func:`finish_batch`
            collects and writes it later, so the workers extract the next batch while this one is
            written;
3. write:   :func:`write_batch` writes the facts in one transaction per batch;
4. derive:  :func:`derive_touched` recomputes the derived facts of what the run touched.

A :class:`Run` carries what the stages share: the store, the writer, the extractor, the summary and
where failures go. :func:`conflictkg.jobs.ingest.ingest` composes the stages.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from conflictkg.derived.derive import Scope, derive_run
from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter, known_hashes
from conflictkg.jobs.locking import this_process
from conflictkg.jobs.progress import Reporter
from conflictkg.jobs.quarantine import Quarantine, failure_parts, is_url
from conflictkg.model import ArticleFacts
from conflictkg.sources.articles import ArticleExtractor, Extractor, article_id
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.http import redact
from conflictkg.sources.inputs import Skip, SourceError, printable

MAX_FAILURES_KEPT = 1000  # the summary lists this many; the counts are always complete

RUN_STATEMENT = "UNWIND $rows AS row MERGE (r:Run {id: row.id}) SET r += row.props"
HTTP_META_STATEMENT = (
    "UNWIND $rows AS row MATCH (a:Article {id: row.id}) "
    "SET a.http_etag = row.etag, a.http_last_modified = row.last_modified, a.feed_updated = row.feed_updated"
)
HTTP_META_KEYS = ("etag", "last_modified", "feed_updated")


@dataclass
class Failure:
    origin: str
    reason: str


@dataclass
class RunSummary:
    run_id: str
    started_at: str
    finished_at: str | None = None
    # running | completed | interrupted (stopped by a signal, or its process died: see `runs`) |
    # aborted | failed (an error stopped it, or an input named could not be read: exit status 1)
    status: str = "running"
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    missing: int = 0  # inputs named but absent: reported, not quarantined
    events: int = 0
    no_events: int = 0  # articles written with no event found: reported, not an error
    duration_s: float = 0.0
    sources: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def counts(self) -> dict[str, Any]:
        """The summary without the failure list (what the Run node and the logs carry)."""
        return {k: v for k, v in self.as_dict().items() if k != "failures"}


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def write_run(
    writer: GraphWriter, summary: RunSummary, extractor_version: str, derived: bool = False
) -> None:
    props = summary.counts()
    props.pop("run_id")
    props["extractor"] = extractor_version
    # false until the run's derive is done: a run whose process dies in between is derived again by
    # the next one (derived/derive.py: derive_run)
    props["derived"] = derived
    props.update(this_process())  # `conflictkg runs` tells a dead run's "running" from a live one
    writer.write_rows(RUN_STATEMENT, [{"id": summary.run_id, "props": props}])


def unusable(doc: RawDocument, reason: str, payload: bytes | None = None) -> SourceError:
    """A document read but not written, with what a retry needs: its path or URL, else the record."""
    replay = "origin" if is_url(doc.origin) or Path(doc.origin).is_file() else "record"
    if replay == "record" and payload is None:
        payload = json.dumps(
            {"text": doc.text, "title": doc.title, "published": doc.published, "language": doc.language},
            ensure_ascii=False, default=str,
        ).encode()  # fmt: skip
    return SourceError(doc.origin, reason, payload, replay=replay)


class Run:
    """What the stages of one run share, and where its failures and progress go."""

    def __init__(
        self,
        store: Store,
        extractor: Extractor,
        *,
        quarantine: Quarantine | None = None,
        reporter: Reporter | None = None,
        force: bool = False,
        on_progress: Callable[[RunSummary], None] | None = None,
        run_id: str | None = None,
        sources: list[str] | None = None,
    ) -> None:
        self.store = store
        self.extractor = extractor
        self.quarantine = quarantine
        self.reporter = reporter
        self.force = force
        self.on_progress = on_progress
        self.writer = GraphWriter(store, run_id=run_id)
        self.summary = RunSummary(
            run_id=self.writer.run_id, started_at=now(), sources=[printable(redact(s)) for s in sources or []]
        )
        self.derived = False  # the run's derive is done (or it had nothing to derive)
        self.touched = Scope()  # the actor pairs and places whose derived facts the run must recompute
        self._t0 = time.monotonic()

    def progress(self) -> None:
        self.summary.duration_s = round(time.monotonic() - self._t0, 3)
        if self.on_progress:
            self.on_progress(self.summary)
        if self.reporter:
            self.reporter.advance({**self.summary.counts(), "elapsed_s": self.summary.duration_s})

    def fail(self, error: InputError) -> None:
        """An input not written: quarantined with its reason, or counted missing (not kept)."""
        origin, reason, payload, replay, keep = failure_parts(error)
        origin = printable(origin)  # a path given with undecodable bytes is still named, escaped
        summary = self.summary
        if len(summary.failures) < MAX_FAILURES_KEPT:
            summary.failures.append(Failure(redact(origin), reason))
        if not keep:
            summary.missing += 1
            if self.reporter:
                self.reporter.log("missing", "error", origin=origin, reason=reason)
            return
        summary.quarantined += 1
        if self.quarantine is not None:
            self.quarantine.add(origin, reason, self.writer.run_id, payload, replay)
        if self.reporter:
            self.reporter.log("quarantined", "warning", origin=origin, reason=reason)

    def count_written(self, result: ArticleFacts) -> None:
        if not result.events and not isinstance(self.extractor, ArticleExtractor):
            self.summary.no_events += 1
            if self.reporter is not None:
                self.reporter.log("no_events", "info", origin=result.article.url)
        if result.may_exist:
            self.summary.updated += 1
        else:
            self.summary.new += 1

    @contextmanager
    def recorded(self, record_run: bool = True, total: int | None = None) -> Iterator[None]:
        """The run's life: its ``(:Run)`` node written at the start and at the end, whatever the end,
        and its final status (``completed``, ``failed``, ``interrupted`` or ``aborted``)."""
        summary = self.summary
        if record_run:
            write_run(self.writer, summary, self.extractor.version)
        if self.reporter:
            self.reporter.start(total, summary.sources)
        try:
            yield
            if summary.status == "running":
                # An input named and not found is an error of the run (exit 1), and the Run node says so.
                summary.status = "failed" if summary.missing else "completed"
        except KeyboardInterrupt:
            summary.status = "aborted"  # a second signal: stopped at once (a batch in flight is rolled back)
            raise
        except BaseException:
            summary.status = "failed" if summary.status == "running" else summary.status
            raise
        finally:
            summary.duration_s = round(time.monotonic() - self._t0, 3)
            summary.finished_at = now()
            if record_run:
                try:
                    write_run(self.writer, summary, self.extractor.version, self.derived)
                except Exception:
                    if summary.status not in {"failed", "aborted"}:
                        raise
            if self.reporter:
                self.reporter.finish(summary.counts())


# --- 1. read -------------------------------------------------------------------------------------


def read_batches(
    run: Run,
    documents: Iterable[RawDocument | InputError | Skip],
    batch_size: int,
    should_stop: Callable[[], bool] | None = None,
) -> Iterator[list[RawDocument]]:
    """The documents in batches of ``batch_size``; ``should_stop`` is polled after each document
    (a stop ends the run after the batch read so far, with status ``interrupted``)."""
    batch: list[RawDocument] = []
    for item in documents:
        if isinstance(item, InputError):
            run.fail(item)
        elif isinstance(item, Skip) or any(d.origin == item.origin for d in batch):
            # (an article twice in one batch, from two feeds: once is enough; in a later batch
            # it is found unchanged in the graph)
            run.summary.read += 1
            run.summary.unchanged += 1
        else:
            run.summary.read += 1
            batch.append(item)
            if len(batch) >= batch_size:
                yield batch
                batch = []
        if should_stop and should_stop():
            run.summary.status = "interrupted"
            break
    if batch:
        yield batch


# --- 2. extract ----------------------------------------------------------------------------------


class Submitted(Protocol):
    """A batch being extracted elsewhere (by a pool's workers)."""

    def result(self) -> list[ArticleFacts | InputError]:
        """Wait for the batch; one result per document, in order (raises what the extraction raised)."""
        ...


@runtime_checkable
class Submitting(Protocol):
    """An extractor that starts a batch and returns at once (see :func:`submit_batch`)."""

    def submit(self, docs: list[RawDocument]) -> Submitted: ...


@dataclass
class InFlight:
    """A batch read and submitted, not yet written."""

    batch: list[RawDocument]
    todo: list[RawDocument]
    known: set[str]
    extraction: Submitted | None  # None: extracted in this process when finished


def submit_batch(run: Run, batch: list[RawDocument]) -> InFlight:
    """Leave out the unchanged documents and start extracting the others (on a pool: now)."""
    todo, known = skip_unchanged(run, batch)
    extractor = run.extractor
    extraction = extractor.submit(todo) if todo and isinstance(extractor, Submitting) else None
    return InFlight(batch, todo, known, extraction)


def finish_batch(run: Run, flight: InFlight) -> None:
    """Collect a submitted batch's extraction, write it whole and report the progress."""
    results = extract_batch(run.extractor, flight.todo, flight.extraction)
    write_batch(run, flight.batch, accept_extracted(run, flight.todo, results, flight.known))
    run.progress()


def overlaps(flight: InFlight, batch: list[RawDocument]) -> bool:
    """Whether ``batch`` repeats a document of ``flight`` (it must see that one written first)."""
    origins = {d.origin for d in flight.todo}
    return any(d.origin in origins for d in batch)


def skip_unchanged(run: Run, batch: list[RawDocument]) -> tuple[list[RawDocument], set[str]]:
    """The documents to extract (new, changed, or all with ``force``) and the ids the graph holds."""
    known = known_hashes(run.store, [article_id(d.origin) for d in batch])
    todo: list[RawDocument] = []
    for doc in batch:
        prev = known.get(article_id(doc.origin))
        if prev and prev == (doc.sha256, run.extractor.version) and not run.force:
            run.summary.unchanged += 1
        else:
            todo.append(doc)
    return todo, set(known)


def _crashed(doc: RawDocument, exc: Exception) -> SourceError:
    if isinstance(exc, BrokenProcessPool):
        return SourceError(doc.origin, "extraction error: its worker process died (out of memory?)")
    return SourceError(doc.origin, f"extraction error ({type(exc).__name__}: {exc})")


def extract_batch(
    extractor: Extractor, todo: list[RawDocument], submitted: Submitted | None = None
) -> list[ArticleFacts | InputError]:
    """The extractor's result for each document (``submitted``: the batch's extraction started
    earlier); one that crashes it fails alone, the others go on."""
    if not todo:
        return []
    try:
        return list(submitted.result() if submitted is not None else extractor.extract(todo))
    except Exception as exc:
        if len(todo) == 1:
            return [_crashed(todo[0], exc)]
    out: list[ArticleFacts | InputError] = []
    for doc in todo:  # find the article that breaks the batch
        try:
            out.extend(extractor.extract([doc]))
        except Exception as exc:
            out.append(_crashed(doc, exc))
    return out


def accept_extracted(
    run: Run, todo: list[RawDocument], results: list[ArticleFacts | InputError], known: set[str]
) -> list[ArticleFacts]:
    """The facts to write, stamped with the extractor version; the documents refused are failed."""
    facts: list[ArticleFacts] = []
    for doc, result in zip(todo, results, strict=True):
        if isinstance(result, InputError):
            _, reason, payload, _, _ = failure_parts(result)
            run.fail(unusable(doc, reason.removeprefix(doc.origin + ": "), payload))
            continue
        result.article.extractor = run.extractor.version
        result.may_exist = article_id(doc.origin) in known
        facts.append(result)
    return facts


# --- 3. write ------------------------------------------------------------------------------------


def write_batch(run: Run, batch: list[RawDocument], facts: list[ArticleFacts]) -> None:
    """Write one batch's facts (what the store refuses is failed, the rest written) and the HTTP
    caching fields of its documents; count what was written."""
    # What derive recomputes: the pairs and places of the events written, and of those the
    # rewrite of a known article removes (read before they go).
    run.touched.add_articles(run.store, [f.article.id for f in facts if f.may_exist])
    run.touched.add_facts(facts, run.store)
    stats = run.writer.write(facts, isolate=True)
    refused = {r.facts.article.id: r for r in stats.rejected}
    for doc in batch:
        rejected = refused.get(article_id(doc.origin))
        if rejected is not None:  # the writer's own reason says what was wrong
            reason = rejected.reason
            run.fail(
                unusable(doc, f"the store refused to write it ({reason})" if rejected.by_store else reason)
            )
    # counted once written: a run that fails mid-batch does not count the batch it lost
    for result in facts:
        if result.article.id not in refused:
            run.count_written(result)
    run.summary.events += stats.events
    meta = [
        {"id": article_id(d.origin), **{k: d.meta.get(k) for k in HTTP_META_KEYS}}
        for d in batch
        if any(d.meta.get(k) for k in HTTP_META_KEYS)
    ]
    if meta:
        run.writer.write_rows(HTTP_META_STATEMENT, meta)


# --- 4. derive -----------------------------------------------------------------------------------


def derive_touched(run: Run) -> None:
    """SUPPORTS / OPPOSES / CONTROLS follow the events just written (those the run touched)."""
    if run.summary.new or run.summary.updated:
        derive_run(run.store, run.writer.run_id, run.touched)
    run.derived = True
