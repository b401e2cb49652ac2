"""The ingestion run: read sources, skip what is unchanged, extract, write in batches, quarantine.

Library code: the caller passes the store, the extractor and the quarantine; nothing here reads the
environment.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.graph.model import ArticleFacts, make_id
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.loaders.documents import RawDocument, expand_paths, read_file
from conflictkg.loaders.extract import ArticleExtractor, Extractor, article_id


@dataclass
class Failure:
    origin: str
    reason: str


@dataclass
class RunSummary:
    run_id: str
    started_at: str
    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    events: int = 0
    duration_s: float = 0.0
    failures: list[Failure] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Quarantine:
    """A folder of inputs that could not be used, each with its reason."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def add(self, origin: str, reason: str, run_id: str) -> Path:
        entry = self.root / make_id("q", origin).split(":", 1)[1]
        entry.mkdir(parents=True, exist_ok=True)
        src = Path(origin.split("#", 1)[0])
        copied = None
        if src.is_file():
            copied = entry / src.name
            shutil.copyfile(src, copied)
        record = {
            "origin": origin, "reason": reason, "run_id": run_id,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "copy": str(copied) if copied else None,
        }  # fmt: skip
        (entry / "reason.json").write_text(json.dumps(record, ensure_ascii=False, indent=1))
        return entry

    def list(self) -> list[dict[str, Any]]:
        if not self.root.exists():
            return []
        out = []
        for p in sorted(self.root.glob("*/reason.json")):
            try:
                out.append(json.loads(p.read_text()))
            except (OSError, json.JSONDecodeError):
                continue
        return out

    def remove(self, origin: str) -> None:
        shutil.rmtree(self.root / make_id("q", origin).split(":", 1)[1], ignore_errors=True)


def iter_documents(paths: list[str]) -> Iterator[RawDocument | InputError]:
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, origin = item
        yield from read_file(path, origin)


def known_hashes(store: Store, ids: list[str]) -> dict[str, tuple[str | None, str | None]]:
    rows = store.query(
        "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.sha256 AS sha, a.extractor AS ex",
        {"ids": ids},
    )
    return {r["id"]: (r["sha"], r["ex"]) for r in rows}


def _origin_of(error: InputError) -> str:
    return str(error).split(": ", 1)[0]


def ingest(
    store: Store,
    documents: Iterable[RawDocument | InputError],
    *,
    extractor: Extractor | None = None,
    quarantine: Quarantine | None = None,
    batch_size: int = 64,
    force: bool = False,
    on_progress: Callable[[RunSummary], None] | None = None,
    run_id: str | None = None,
) -> RunSummary:
    """Ingest documents; return what happened. Bad inputs are quarantined and the run goes on."""
    extractor = extractor or ArticleExtractor()
    writer = GraphWriter(store, run_id=run_id)
    summary = RunSummary(
        run_id=writer.run_id, started_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    )
    t0 = time.monotonic()

    def fail(origin: str, reason: str) -> None:
        summary.quarantined += 1
        summary.failures.append(Failure(origin, reason))
        if quarantine is not None:
            quarantine.add(origin, reason, writer.run_id)

    batch: list[RawDocument] = []

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
        facts: list[ArticleFacts] = []
        for doc, result in zip(todo, extractor.extract(todo), strict=True):
            if isinstance(result, InputError):
                fail(doc.origin, str(result).removeprefix(doc.origin + ": "))
                continue
            result.article.extractor = extractor.version
            facts.append(result)
            if article_id(doc.origin) in known:
                summary.updated += 1
            else:
                summary.new += 1
        stats = writer.write(facts)
        summary.events += stats.events
        batch.clear()
        if on_progress:
            on_progress(summary)

    for item in documents:
        if isinstance(item, InputError):
            fail(_origin_of(item), str(item).split(": ", 1)[-1])
            continue
        summary.read += 1
        batch.append(item)
        if len(batch) >= batch_size:
            flush()
    flush()
    summary.duration_s = round(time.monotonic() - t0, 3)
    return summary
