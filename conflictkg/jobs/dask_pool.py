"""Extraction on the workers of a Dask cluster, for ``ingest --dask local|tcp://HOST:8786``.

The client (the ``conflictkg`` process) reads the sources and writes the graph; only the texts
travel. Each Dask worker loads the knowledge base, the gazetteer and the spaCy pipelines once, when
the :class:`NLPWorkerPlugin` is registered (and again on a worker that joins later), and keeps that
extractor for every task. The user's ``--kb`` files are shipped in the plugin (their bytes), so a worker
on another machine needs the package installed but not the files.

Each batch of the ingest is cut into one part per worker and the results come back in the batch's
order, so the graph is the one a single process writes. :meth:`DaskExtractor.submit` returns at
once: the ingest submits batch k+1, then writes batch k, and reads on only once batch k is written:
the client holds at most two batches (back-pressure), however long the input.
A worker whose extractor version differs from the client's (other code, lexicons or
models) is refused with a clear error, since its events would not be the ones this version writes.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster, WorkerPlugin, get_worker

from conflictkg.errors import ConflictKGError, InputError
from conflictkg.jobs.pool import split, warm_up
from conflictkg.model import ArticleFacts
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.sources.documents import RawDocument

PLUGIN_NAME = "conflictkg-nlp"
CONNECT_TIMEOUT_S = 20


def _extractor(kb_texts: dict[str, bytes], spacy_batch: int) -> NLPExtractor:
    kb = None
    if kb_texts:
        from conflictkg.knowledge.kb import KnowledgeBase

        folder = Path(tempfile.mkdtemp(prefix="conflictkg-kb-"))
        files = []
        for i, (name, data) in enumerate(kb_texts.items()):
            path = folder / f"{i:03d}" / Path(name).name  # the names count in the extractor's version
            path.parent.mkdir()
            path.write_bytes(data)
            files.append(path)
        try:
            kb = KnowledgeBase.load(extra_files=files)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return NLPExtractor(kb=kb, batch_size=spacy_batch)


class NLPWorkerPlugin(WorkerPlugin):
    """A Dask worker plugin: the worker's extractor, built once in ``setup``."""

    name = PLUGIN_NAME

    def __init__(self, kb_texts: dict[str, bytes], spacy_batch: int, version: str, warm: list[str]) -> None:
        self.kb_texts = kb_texts
        self.spacy_batch = spacy_batch
        self.version = version
        self.warm = warm
        self.extractor: NLPExtractor | None = None

    def setup(self, worker: Any) -> None:
        extractor = _extractor(self.kb_texts, self.spacy_batch)
        if extractor.version != self.version:
            raise ConflictKGError(
                f"Dask worker {worker.address} runs extractor version {extractor.version}, the client "
                f"{self.version}: install the same conflictkg, models and data on every worker"
            )
        warm_up(extractor, self.warm)  # not inside the first task
        self.extractor = extractor

    def teardown(self, worker: Any) -> None:
        self.extractor = None


def _extract_on_worker(docs: list[RawDocument]) -> list[ArticleFacts | InputError]:
    plugin: Any = get_worker().plugins[PLUGIN_NAME]
    if plugin.extractor is None:
        raise ConflictKGError("the conflictkg worker plugin did not load its extractor")
    return list(plugin.extractor.extract(docs))


class DaskBatch:
    """A batch submitted to the cluster: its parts' futures, gathered in order."""

    def __init__(self, client: Any, futures: list[Any]) -> None:
        self.client = client
        self.futures = futures

    def result(self) -> list[ArticleFacts | InputError]:
        return [r for part in self.client.gather(self.futures) for r in part] if self.futures else []


class DaskExtractor:
    """The Extractor protocol over a Dask cluster (see the module docstring).

    ``address`` is ``local`` (a ``LocalCluster`` of ``workers`` processes started here, stopped by
    :meth:`close`) or a scheduler address such as ``tcp://10.0.0.5:8786``.
    """

    def __init__(
        self, address: str, *, workers: int = 2, kb_files: list[str] | None = None, spacy_batch: int = 32,
        warm: tuple[str, ...] = ("en", "fr"),
    ) -> None:  # fmt: skip
        kb_texts = {f: Path(f).read_bytes() for f in kb_files or []}
        local = _extractor(kb_texts, spacy_batch)
        self.version = local.version
        self._cluster: Any = None
        self._client: Any = None
        try:
            if address == "local":
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                )  # fmt: skip
                self._client = Client(self._cluster)
            else:
                self._client = Client(address, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            self._close_cluster()
            raise ConflictKGError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        plugin = NLPWorkerPlugin(kb_texts, spacy_batch, self.version, list(warm))
        try:
            self._client.register_plugin(plugin, name=PLUGIN_NAME)
        except ConflictKGError:
            self.close()
            raise
        self.workers = max(1, len(self._client.scheduler_info()["workers"]))

    def submit(self, docs: list[RawDocument]) -> DaskBatch:
        """Start extracting ``docs`` on the cluster's workers; the result comes from ``.result()``."""
        if not docs:
            return DaskBatch(self._client, [])
        workers = max(1, len(self._client.scheduler_info()["workers"]))
        futures = self._client.map(_extract_on_worker, split(docs, workers), pure=False)
        return DaskBatch(self._client, futures)

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        yield from self.submit(list(docs)).result()

    def _close_cluster(self) -> None:
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def close(self) -> None:
        client = getattr(self, "_client", None)
        if client is not None:
            client.close()
            self._client = None
        self._close_cluster()

    def __enter__(self) -> DaskExtractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
