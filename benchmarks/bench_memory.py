"""RSS of the ingest process over a long run (is it flat?), and the embedded server's RSS.

Ingests ``n_articles`` generated articles (a few paragraphs each, distinct texts) through
``conflictkg.jobs.ingest.ingest`` with the article-only extractor — the NLP one would take hours for
10,000 articles on a shared 2-core machine; the process-level growth it could add is in the NLP
pipeline, which spaCy streams — and samples this process's RSS (psutil) after every batch.
Bytes per event in the store are measured by the query benchmark while it loads its graph.
"""

from __future__ import annotations

import random
import statistics
from collections.abc import Iterator
from typing import Any

import psutil

from benchmarks import Embedded, fresh
from conflictkg.jobs.ingest import RunSummary, ingest
from conflictkg.sources.articles import ArticleExtractor
from conflictkg.sources.documents import RawDocument

VOCABULARY = (
    "forces attacked the town near the border while the government accused the rebels of shelling "
    "civilian areas and the army said it had taken control of the airport after heavy fighting"
)
WORDS = tuple(VOCABULARY.split())


def documents(n: int, seed: int = 5) -> Iterator[RawDocument]:
    rng = random.Random(seed)
    for i in range(n):
        text = "\n\n".join(
            " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + "."
            for _ in range(rng.randint(3, 8))
        )
        yield RawDocument(
            origin=f"bench://rss/{i}", text=text, title=f"Report {i}", published="2021-03-04", language="en"
        )


def run(emb: Embedded, n_articles: int, batch: int = 64) -> dict[str, Any]:
    fresh(emb.store)
    proc = psutil.Process()
    server = psutil.Process(emb.pid) if emb.pid else None
    samples: list[float] = []
    server_samples: list[float] = []

    def sample(_: RunSummary) -> None:
        samples.append(proc.memory_info().rss / 2**20)
        if server is not None:
            server_samples.append(server.memory_info().rss / 2**20)

    summary = ingest(emb.store, documents(n_articles), extractor=ArticleExtractor(), batch_size=batch,
                     on_progress=sample)  # fmt: skip
    tenth = max(1, len(samples) // 10)
    plateau = statistics.median(samples[tenth : 2 * tenth + 1])
    return {
        "articles": summary.new,
        "extractor": "article-only",
        "samples": len(samples),
        "rss_first_mb": round(samples[0], 1),
        "rss_plateau_mb": round(plateau, 1),
        "rss_last_mb": round(samples[-1], 1),
        "rss_max_mb": round(max(samples), 1),
        "rss_growth_after_plateau_mb": round(samples[-1] - plateau, 1),
        "server_rss_first_mb": round(server_samples[0], 1) if server_samples else 0.0,
        "server_rss_last_mb": round(server_samples[-1], 1) if server_samples else 0.0,
        "articles_per_s": round(summary.new / max(1e-9, summary.duration_s), 1),
    }
