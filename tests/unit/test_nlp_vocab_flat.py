"""A long-running ingest or schedule keeps its memory: the strings an article adds to spaCy's shared
vocab are freed once its batch is extracted (spaCy's memory zone), and its facts stay whole."""

from __future__ import annotations

import pytest

from conflictkg.model import ArticleFacts
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.nlp.pipeline import load_pipeline
from conflictkg.sources.documents import RawDocument

pytestmark = pytest.mark.nlp


def test_new_words_leave_no_string_in_the_vocab() -> None:
    extractor = NLPExtractor()
    first = "On 3 May 2024, rebels attacked the army in Gao."
    list(extractor.extract([RawDocument(origin="warm", text=first, language="en")]))
    strings = load_pipeline("en").vocab.strings
    before = len(strings)
    # words no model has seen, in a sentence that gives an event
    texts = [
        f"On {day} May 2024, Zorblaxian{day} militiamen attacked Quuxtown{day} police in Gao."
        for day in range(4, 12)
    ]
    results = list(
        extractor.extract([RawDocument(origin=f"d{i}", text=t, language="en") for i, t in enumerate(texts)])
    )
    assert len(strings) == before
    assert all(isinstance(r, ArticleFacts) for r in results)
    facts = [r for r in results if isinstance(r, ArticleFacts)]
    assert [sorted({(e.type, e.date) for e in f.events}) for f in facts] == [
        [("FIGHT", f"2024-05-{day:02d}")] for day in range(4, 12)
    ]
