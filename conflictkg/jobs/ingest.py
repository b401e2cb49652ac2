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

import datetime as dt
import json
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from conflictkg.derived.derive import Scope, derive
from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter, known_hashes
from conflictkg.jobs.locking import this_process
from conflictkg.jobs.progress import Reporter
from conflictkg.model import ArticleFacts, make_id
from conflictkg.sources.articles import ArticleExtractor, Extractor, article_id
from conflictkg.sources.documents import RawDocument, decode, parse_html, parse_text, record_to_document
from conflictkg.sources.http import Fetcher, HttpSettings, redact
from conflictkg.sources.inputs import (
    Item,
    Known,
    KnownLookup,
    Skip,
    SourceError,
    SourceSpec,
    iter_file,
    iter_path,
    iter_sources,
    iter_url,
    printable,
)

MAX_COPY_BYTES = 50_000_000  # a larger bad file is named in quarantine, not copied
MANUAL_RETRY = "cannot be retried automatically: the URL's credentials are not kept; ingest it again"
MAX_FAILURES_KEPT = 1000  # the summary lists this many; the counts are always complete

RUN_STATEMENT = "UNWIND $rows AS row MERGE (r:Run {id: row.id}) SET r += row.props"
HTTP_META_STATEMENT = (
    "UNWIND $rows AS row MATCH (a:Article {id: row.id}) "
    "SET a.http_etag = row.etag, a.http_last_modified = row.last_modified, a.feed_updated = row.feed_updated"
)


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


# --- quarantine ----------------------------------------------------------------------------------


class Quarantine:
    """A folder of inputs that could not be used, each with its reason and what was read.

    ``<root>/<id>/reason.json`` holds ``{id, origin, reason, run_id, at, copy, replay}``; beside it
    the input itself: a copy of the file, the bytes a server sent, the JSONL line or CSV row.
    ``replay`` says how ``retry`` gets the input again: ``origin`` (read the path or fetch the URL
    again), ``record`` (parse the kept copy: edit it to fix a record, then retry) or ``manual`` (a
    URL with credentials, which are not kept: ingest it again from its source).
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def id_of(origin: str) -> str:
        return make_id("q", origin).split(":", 1)[1]

    def add(
        self,
        origin: str,
        reason: str,
        run_id: str,
        payload: bytes | None = None,
        replay: str = "origin",
    ) -> Path:
        if replay == "origin" and _is_url(origin) and redact(origin) != origin:
            # The entry keeps the URL without its credentials: fetching that could only fail.
            replay = "manual"
            reason += f"; {MANUAL_RETRY}"
        qid = self.id_of(origin)
        entry = self.root / qid
        if entry.exists():
            shutil.rmtree(entry, ignore_errors=True)
        entry.mkdir(parents=True, exist_ok=True)
        copied: Path | None = None
        src = Path(origin)
        if payload is not None:
            copied = entry / ("record.json" if replay == "record" and payload[:1] == b"{" else "payload")
            copied.write_bytes(payload)
        elif not _is_url(origin) and src.is_file() and src.stat().st_size <= MAX_COPY_BYTES:
            copied = entry / (src.name or "input")
            shutil.copyfile(src, copied)
        record = {
            "id": qid, "origin": redact(origin), "reason": reason, "run_id": run_id,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "copy": str(copied) if copied else None, "replay": replay,
        }  # fmt: skip
        tmp = entry / "reason.json.tmp"
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1))
        tmp.replace(entry / "reason.json")
        return entry

    def list(self) -> list[dict[str, Any]]:
        if not self.root.exists():
            return []
        out = []
        for p in sorted(self.root.glob("*/reason.json")):
            try:
                record = json.loads(p.read_text())
            except (OSError, json.JSONDecodeError):
                continue
            record.setdefault("id", p.parent.name)
            record.setdefault("replay", "origin")
            out.append(record)
        out.sort(key=lambda r: (r.get("at") or "", r["id"]))
        return out

    def get(self, qid: str) -> dict[str, Any] | None:
        return next((r for r in self.list() if r["id"] == qid), None)

    def remove(self, origin: str) -> None:
        self.remove_id(self.id_of(origin))

    def remove_id(self, qid: str) -> None:
        shutil.rmtree(self.root / qid, ignore_errors=True)


def _failure_parts(error: InputError) -> tuple[str, str, bytes | None, str, bool]:
    """(origin, reason, payload, replay, quarantine?) of any InputError."""
    origin = getattr(error, "origin", None)
    reason = getattr(error, "reason", None)
    if origin is None or reason is None:
        text = str(error)
        origin, _, reason = text.partition(": ")
        reason = reason or text
    return (
        origin,
        reason,
        getattr(error, "payload", None),
        getattr(error, "replay", "origin"),
        getattr(error, "quarantine", True),
    )


def _is_url(origin: str) -> bool:
    return origin.startswith(("http://", "https://"))


def replay_items(entries: Iterable[dict[str, Any]], fetcher: Fetcher | None = None) -> Iterator[Item]:
    """The inputs of quarantine entries, read again (see :class:`Quarantine`)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for entry in entries:
            origin = entry["origin"]
            if entry.get("replay") == "record":
                yield from _replay_record(origin, entry.get("copy"))
            elif entry.get("replay") == "manual":
                yield SourceError(origin, MANUAL_RETRY, quarantine=False)
            elif _is_url(origin):
                yield from iter_url(origin, fetcher, lambda urls: {})
            else:
                path = Path(origin)
                base = origin.rsplit("#", 1)[0]
                if path.is_file():
                    yield from iter_file(path, origin)
                elif base != origin and Path(base).is_file():  # one record of a file, nothing kept
                    reason = f"a record of {base}: read that file again to retry it"
                    yield SourceError(origin, reason, quarantine=False)
                else:
                    yield from iter_path(origin)
    finally:
        if own:
            fetcher.close()


def _replay_record(origin: str, copy: str | None) -> Iterator[Item]:
    try:
        data = Path(copy).read_bytes() if copy else b""
    except OSError as exc:
        yield SourceError(origin, f"the quarantined copy is gone ({exc.strerror})", quarantine=False)
        return
    try:
        text = decode(data, origin)
        if text.lstrip().startswith("{"):
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise SourceError(origin, f"malformed JSON ({exc.msg})", data, replay="record") from exc
            yield record_to_document(record, origin)
        elif text.lstrip().startswith("<"):
            yield parse_html(text, origin)
        else:
            yield parse_text(text, origin)
    except SourceError as exc:
        yield exc
    except InputError as exc:
        yield SourceError(origin, str(exc).removeprefix(origin + ": "), data, replay="record")


# --- the run -------------------------------------------------------------------------------------


def _unusable(doc: RawDocument, reason: str, payload: bytes | None = None) -> SourceError:
    """A document read but not written, with what a retry needs: its path or URL, else the record."""
    replay = "origin" if _is_url(doc.origin) or Path(doc.origin).is_file() else "record"
    if replay == "record" and payload is None:
        payload = json.dumps(
            {"text": doc.text, "title": doc.title, "published": doc.published, "language": doc.language},
            ensure_ascii=False, default=str,
        ).encode()  # fmt: skip
    return SourceError(doc.origin, reason, payload, replay=replay)


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


def write_run(writer: GraphWriter, summary: RunSummary, extractor_version: str) -> None:
    props = summary.counts()
    props.pop("run_id")
    props["extractor"] = extractor_version
    props.update(this_process())  # `conflictkg runs` tells a dead run's "running" from a live one
    writer.write_rows(RUN_STATEMENT, [{"id": summary.run_id, "props": props}])


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


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

    ``should_stop`` is polled between documents: when it turns true the current batch is written
    and the run ends with status ``interrupted``. The ``(:Run)`` node is written at the start
    (``running``) and at the end, whatever the end.
    """
    extractor = extractor or ArticleExtractor()
    writer = GraphWriter(store, run_id=run_id)
    summary = RunSummary(
        run_id=writer.run_id, started_at=_now(), sources=[printable(redact(s)) for s in sources or []]
    )
    t0 = time.monotonic()

    def progress() -> None:
        summary.duration_s = round(time.monotonic() - t0, 3)
        if on_progress:
            on_progress(summary)
        if reporter:
            reporter.advance({**summary.counts(), "elapsed_s": summary.duration_s})

    def fail(error: InputError) -> None:
        origin, reason, payload, replay, keep = _failure_parts(error)
        origin = printable(origin)  # a path given with undecodable bytes is still named, escaped
        if len(summary.failures) < MAX_FAILURES_KEPT:
            summary.failures.append(Failure(redact(origin), reason))
        if not keep:
            summary.missing += 1
            if reporter:
                reporter.log("missing", "error", origin=origin, reason=reason)
            return
        summary.quarantined += 1
        if quarantine is not None:
            quarantine.add(origin, reason, writer.run_id, payload, replay)
        if reporter:
            reporter.log("quarantined", "warning", origin=origin, reason=reason)

    batch: list[RawDocument] = []
    touched = Scope()

    def count_written(result: ArticleFacts) -> None:
        if not result.events and not isinstance(extractor, ArticleExtractor):
            summary.no_events += 1
            if reporter is not None:
                reporter.log("no_events", "info", origin=result.article.url)
        if result.may_exist:
            summary.updated += 1
        else:
            summary.new += 1

    def crashed(doc: RawDocument, exc: Exception) -> SourceError:
        return SourceError(doc.origin, f"extraction error ({type(exc).__name__}: {exc})")

    def extract_all(todo: list[RawDocument]) -> list[ArticleFacts | InputError]:
        if not todo:
            return []
        try:
            return list(extractor.extract(todo))
        except Exception as exc:
            if len(todo) == 1:
                return [crashed(todo[0], exc)]
        out: list[ArticleFacts | InputError] = []
        for doc in todo:  # find the article that breaks the batch; the others go on
            try:
                out.extend(extractor.extract([doc]))
            except Exception as exc:
                out.append(crashed(doc, exc))
        return out

    def flush() -> None:
        if not batch:
            return
        known = known_hashes(store, [article_id(d.origin) for d in batch])
        todo: list[RawDocument] = []
        for doc in batch:
            prev = known.get(article_id(doc.origin))
            if prev and prev == (doc.sha256, extractor.version) and not force:
                summary.unchanged += 1
            else:
                todo.append(doc)
        results = extract_all(todo)
        facts: list[ArticleFacts] = []
        for doc, result in zip(todo, results, strict=True):
            if isinstance(result, InputError):
                _, reason, payload, _, _ = _failure_parts(result)
                fail(_unusable(doc, reason.removeprefix(doc.origin + ": "), payload))
                continue
            result.article.extractor = extractor.version
            result.may_exist = article_id(doc.origin) in known
            facts.append(result)
        # What derive recomputes: the pairs and places of the events written, and of those the
        # rewrite of a known article removes (read before they go).
        touched.add_articles(store, [f.article.id for f in facts if f.may_exist])
        touched.add_facts(facts)
        stats = writer.write(facts, isolate=True)
        refused = {r.facts.article.id: r.reason for r in stats.rejected}
        for doc in todo:
            if article_id(doc.origin) in refused:
                fail(_unusable(doc, f"the store refused to write it ({refused[article_id(doc.origin)]})"))
        # counted once written: a run that fails mid-batch does not count the batch it lost
        for result in facts:
            if result.article.id not in refused:
                count_written(result)
        summary.events += stats.events
        meta = [
            {"id": article_id(d.origin), "etag": d.meta.get("etag"),
             "last_modified": d.meta.get("last_modified"), "feed_updated": d.meta.get("feed_updated")}
            for d in batch
            if any(d.meta.get(k) for k in ("etag", "last_modified", "feed_updated"))
        ]  # fmt: skip
        if meta:
            writer.write_rows(HTTP_META_STATEMENT, meta)
        batch.clear()
        progress()

    if record_run:
        write_run(writer, summary, extractor.version)
    if reporter:
        reporter.start(total, summary.sources)
    try:
        for item in documents:
            if isinstance(item, InputError):
                fail(item)
            elif isinstance(item, Skip) or any(d.origin == item.origin for d in batch):
                # (an article twice in one batch, from two feeds: once is enough; in a later batch
                # it is found unchanged in the graph)
                summary.read += 1
                summary.unchanged += 1
            else:
                summary.read += 1
                batch.append(item)
                if len(batch) >= batch_size:
                    flush()
            if should_stop and should_stop():
                summary.status = "interrupted"
                break
        flush()
        if summary.new or summary.updated:
            # SUPPORTS / OPPOSES / CONTROLS follow the events just written (those the run touched)
            derive(store, writer.run_id, scope=touched)
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
        summary.duration_s = round(time.monotonic() - t0, 3)
        summary.finished_at = _now()
        if record_run:
            try:
                write_run(writer, summary, extractor.version)
            except Exception:
                if summary.status not in {"failed", "aborted"}:
                    raise
        if reporter:
            reporter.finish(summary.counts())
    return summary


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
