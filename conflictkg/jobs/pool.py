"""A persistent pool of NLP worker processes for ``ingest --workers N``.

One pool serves the whole run (and every run of a ``schedule``): each worker loads the knowledge
base, the gazetteer and the spaCy pipelines once, in its initializer. Each batch of the ingest is
split into N contiguous parts, one per worker, and the results come back in the batch's order, so
the graph is the same as with one worker. The workers are started with ``spawn`` (the default on
macOS and, from Python 3.14, everywhere: no fork of a process holding threads and sockets); the
user's ``--kb`` files are passed to them explicitly, as a spawned process inherits nothing.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.model import ArticleFacts
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.sources.documents import RawDocument

_WORKER: NLPExtractor | None = None  # the extractor of this worker process


def _make_extractor(kb_files: list[str] | None, spacy_batch: int) -> NLPExtractor:
    kb = None
    if kb_files:
        from conflictkg.knowledge.kb import KnowledgeBase

        kb = KnowledgeBase.load(extra_files=[Path(f) for f in kb_files])
    return NLPExtractor(kb=kb, batch_size=spacy_batch)


def _init(kb_files: list[str] | None, spacy_batch: int, warm: list[str]) -> None:
    global _WORKER
    _WORKER = _make_extractor(kb_files, spacy_batch)
    from conflictkg.nlp.pipeline import load_pipeline, use_resources

    for lang in warm:  # the models and resources load now, not inside the first batch
        use_resources(load_pipeline(lang), _WORKER.kb, _WORKER.gazetteer)


def _extract(docs: list[RawDocument]) -> list[ArticleFacts | InputError]:
    assert _WORKER is not None
    return list(_WORKER.extract(docs))


class PoolExtractor:
    """The Extractor protocol over N worker processes (see the module docstring)."""

    def __init__(
        self, workers: int, *, kb_files: list[str] | None = None, spacy_batch: int = 32,
        warm: tuple[str, ...] = ("en", "fr"), start_method: str = "spawn",
    ) -> None:  # fmt: skip
        self.workers = workers
        self.start_method = start_method
        self.version = _make_extractor(kb_files, spacy_batch).version
        self._pool: ProcessPoolExecutor | None = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context(start_method),
            initializer=_init,
            initargs=(kb_files, spacy_batch, list(warm)),
        )

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        if self._pool is None:
            raise RuntimeError("the worker pool is closed")
        todo = list(docs)
        size = -(-len(todo) // self.workers) if todo else 0
        parts = [todo[i : i + size] for i in range(0, len(todo), size)] if size else []
        futures = [self._pool.submit(_extract, part) for part in parts]
        results: list[Any] = []
        for future in futures:
            results.extend(future.result())
        yield from results

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> PoolExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
