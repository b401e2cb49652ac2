"""NLP ingest throughput: tokens/s of the whole ingest path vs bare ``nlp.pipe``, same texts.

Texts: the seed article(s) in ``seeds/``, the gold articles in ``tests/gold/articles/`` and, read at
run time, the French Wikinews texts of ``../shared/eval/raw/french_text/`` (never copied into the
project); then variants of them (sentences shuffled with a seeded RNG) until there are ``n_docs``
distinct texts.

- bare: ``load_pipeline(lang, with_components=False)`` (the spaCy model alone) and
  ``nlp.pipe(texts, batch_size, n_process)``, tokens counted from the docs;
- components: the same with our pipeline components (``load_pipeline(lang)``), no facts, no writes
  (``--workers 1`` only: it splits the difference between spaCy, our components and the rest);
- full: ``conflictkg.jobs.ingest.ingest(store, docs, extractor=NLPExtractor(n_process=w))`` into an
  emptied store (parse, extract, resolve, write), as ``conflictkg ingest --workers w`` runs it.

Model, KB and gazetteer loading happen before either clock starts and are reported apart.
"""

from __future__ import annotations

import random
import re
import time
from typing import Any

from benchmarks import ROOT, SHARED, fresh, not_available
from conflictkg.graph.store import Store
from conflictkg.sources.documents import RawDocument, read_file

SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-Ý])")
BATCH = 64


def base_documents() -> list[RawDocument]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "gold" / "articles").glob("*"))
    paths += sorted((SHARED / "eval" / "raw" / "french_text").glob("*/*.txt"))
    docs = []
    for p in paths:
        if not p.is_file():
            continue
        for item in read_file(p, str(p)):
            if isinstance(item, RawDocument) and item.text.strip():
                docs.append(item)
    return docs


def variants(base: list[RawDocument], n_docs: int, seed: int = 3) -> list[RawDocument]:
    """``n_docs`` distinct texts: the bases, then sentence-shuffled copies of them."""
    rng = random.Random(seed)
    out = []
    for i in range(n_docs):
        src = base[i % len(base)]
        text = src.text
        if i >= len(base):
            sentences = SENTENCE_END.split(text)
            rng.shuffle(sentences)
            text = " ".join(sentences)
        out.append(
            RawDocument(
                origin=f"bench://ingest/{i}",
                text=text,
                title=src.title,
                published=src.published,
                published_text=src.published_text,
                language=src.language,
                source="text",
            )
        )
    return out


def run(store: Store, n_docs: int, workers: list[int]) -> dict[str, Any]:
    try:
        from conflictkg.jobs.ingest import ingest
        from conflictkg.nlp.extractor import NLPExtractor
        from conflictkg.nlp.pipeline import load_pipeline, use_resources
    except ImportError as exc:
        return not_available(f"the NLP extractor is not importable: {exc}")
    base = base_documents()
    if not base:
        return not_available("no input texts (seeds/, tests/gold/articles/)")
    docs = variants(base, n_docs)
    probe = NLPExtractor()
    t0 = time.perf_counter()
    langs: dict[str, list[str]] = {}
    for d in docs:
        code, _ = probe.language_of(d)
        langs.setdefault(str(code), []).append(d.text)
    _ = probe.kb, probe.gazetteer
    bare_nlp = {lang: load_pipeline(lang, with_components=False) for lang in langs}
    for lang in langs:
        use_resources(load_pipeline(lang), probe.kb, probe.gazetteer)
    out: dict[str, Any] = {
        "docs": len(docs),
        "base_texts": len(base),
        "languages": ",".join(f"{k}:{len(v)}" for k, v in sorted(langs.items())),
        "load_s": round(time.perf_counter() - t0, 2),
    }
    tokens = 0
    for w in workers:
        kwargs: dict[str, Any] = {"batch_size": 32}
        if w > 1:
            kwargs["n_process"] = w
        t0 = time.perf_counter()
        tokens = 0
        for lang, texts in langs.items():
            tokens += sum(len(doc) for doc in bare_nlp[lang].pipe(texts, **kwargs))
        bare_s = time.perf_counter() - t0
        fresh(store)
        extractor = NLPExtractor(kb=probe.kb, gazetteer=probe.gazetteer, n_process=w, batch_size=BATCH)
        t0 = time.perf_counter()
        summary = ingest(store, iter(docs), extractor=extractor, batch_size=BATCH)
        full_s = time.perf_counter() - t0
        out[f"workers{w}_bare_tokens_per_s"] = round(tokens / bare_s, 1)
        out[f"workers{w}_ingest_tokens_per_s"] = round(tokens / full_s, 1)
        out[f"workers{w}_ratio"] = round(bare_s / full_s, 3)
        if w == 1:  # where the difference goes: the pipeline with our components, no facts, no writes
            t0 = time.perf_counter()
            for lang, texts in langs.items():
                for _ in load_pipeline(lang).pipe(texts, **kwargs):
                    pass
            out["workers1_pipeline_with_components_tokens_per_s"] = round(
                tokens / (time.perf_counter() - t0), 1
            )
        out[f"workers{w}_events"] = summary.events
        out[f"workers{w}_quarantined"] = summary.quarantined
    out["tokens"] = tokens
    return out
