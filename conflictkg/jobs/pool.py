"""A persistent pool of NLP worker processes for ``ingest --workers N``.

One pool serves the whole run (and every run of a ``schedule``): each worker loads the knowledge
base, the gazetteer and the spaCy pipelines once, in its initializer. Each batch of the ingest is
split into N contiguous parts, one per worker, and the results come back in the batch's order, so
the graph is the same as with one worker. :meth:`PoolExtractor.submit` returns at once: the ingest
submits batch k+1 before it writes batch k, so the workers do not wait for the writes. The workers
ignore SIGINT (a Ctrl-C reaches the whole process group): the parent decides when the run stops.
A worker that dies (the kernel's OOM killer, a crash in native code) breaks the executor: the next
submit starts a new pool, and the ingest retries the broken batch article by article, so only the
article that kills a worker again is quarantined and the run goes on.
The workers are started with ``spawn`` (the default on
macOS and, from Python 3.14, everywhere: no fork of a process holding threads and sockets); the
user's ``--kb`` files are passed to them explicitly, as a spawned process inherits nothing.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

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
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = _make_extractor(kb_files, spacy_batch)
    warm_up(_WORKER, warm)


# one sentence a language with an actor, a place and a date: what loads on first use loads in warm_up
WARM_TEXT = {
    "en": "On 3 May 2024, rebels attacked the army in Gao.",
    "fr": "Le 3 mai 2024, des rebelles ont attaqué l'armée à Gao.",
}


def warm_up(extractor: NLPExtractor, langs: Iterable[str]) -> None:
    """Load now, not inside the first batch: the models, resources and what they load lazily
    (dateparser's locales, the gazetteer's index) by extracting one sentence in each language."""
    from conflictkg.nlp.pipeline import load_pipeline, use_resources

    for lang in langs:
        use_resources(load_pipeline(lang), extractor.kb, extractor.gazetteer)
        if lang in WARM_TEXT:
            list(extractor.extract([RawDocument(origin="warm-up", text=WARM_TEXT[lang], language=lang)]))


def _extract(docs: list[RawDocument]) -> list[ArticleFacts | InputError]:
    assert _WORKER is not None
    return list(_WORKER.extract(docs))


def split(docs: list[RawDocument], parts: int) -> list[list[RawDocument]]:
    """``docs`` in at most ``parts`` contiguous parts of nearly equal size, in order."""
    size = -(-len(docs) // parts) if docs else 0
    return [docs[i : i + size] for i in range(0, len(docs), size)] if size else []


class PoolBatch:
    """A batch submitted to the pool: its parts' futures, collected in order."""

    def __init__(self, futures: list[Future[list[ArticleFacts | InputError]]]) -> None:
        self.futures = futures

    def result(self) -> list[ArticleFacts | InputError]:
        results: list[ArticleFacts | InputError] = []
        for future in self.futures:
            results.extend(future.result())
        return results


class PoolExtractor:
    """The Extractor protocol over N worker processes (see the module docstring)."""

    def __init__(
        self, workers: int, *, kb_files: list[str] | None = None, spacy_batch: int = 32,
        warm: tuple[str, ...] = ("en", "fr"), start_method: str = "spawn",
    ) -> None:  # fmt: skip
        self.workers = workers
        self.start_method = start_method
        self.version = _make_extractor(kb_files, spacy_batch).version
        self._initargs = (kb_files, spacy_batch, list(warm))
        self._pool: ProcessPoolExecutor | None = self._start()
        self.restarts = 0

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context(self.start_method),
            initializer=_init,
            initargs=self._initargs,
        )

    def submit(self, docs: list[RawDocument]) -> PoolBatch:
        """Start extracting ``docs`` on the workers; the result comes from ``.result()``."""
        if self._pool is None:
            raise RuntimeError("the worker pool is closed")
        try:
            return self._submit(self._pool, docs)
        except BrokenProcessPool:  # a worker died since the last batch: a new pool takes over
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            self.restarts += 1
            return self._submit(self._pool, docs)

    def _submit(self, pool: ProcessPoolExecutor, docs: list[RawDocument]) -> PoolBatch:
        return PoolBatch([pool.submit(_extract, part) for part in split(docs, self.workers)])

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        yield from self.submit(list(docs)).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> PoolExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
