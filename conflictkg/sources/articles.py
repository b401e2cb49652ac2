"""From documents to :class:`ArticleFacts`.

:class:`ArticleExtractor` only records the article itself; the NLP extractor (spaCy pipelines,
lexicons, knowledge base, gazetteer) builds on it and adds events, actors and places.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from conflictkg.errors import InputError
from conflictkg.model import Article, ArticleFacts, make_id
from conflictkg.sources.documents import RawDocument


def article_id(origin: str) -> str:
    return make_id("art", origin)


def article_of(doc: RawDocument) -> Article:
    return Article(
        id=article_id(doc.origin),
        url=doc.origin,
        text=doc.text,
        sha256=doc.sha256,
        title=doc.title,
        published=doc.published,
        language=doc.language,
        source=doc.source,
    )


class Extractor(Protocol):
    version: str

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        """One result per document, in order: its facts, or the reason it cannot be used."""
        ...


class ArticleExtractor:
    """Writes the article node alone (no NLP)."""

    version = "article-only/1"

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        for doc in docs:
            yield ArticleFacts(article=article_of(doc))
