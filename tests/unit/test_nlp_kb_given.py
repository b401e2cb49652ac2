"""The knowledge base reaches the event finder explicitly (``EventFinder(lexicon, kb)``, the pipeline's
components through ``use_resources``), never through a process-global: two extractors with different
knowledge bases in one process each see their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.model import ArticleFacts
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.sources.documents import RawDocument

pytestmark = pytest.mark.nlp

TEXT = "On 3 May 2024, ZLF fighters attacked the Malian army in Gao."
USER_KB = """
[[actor]]
name = "Zorbian Liberation Front"
kind = "armed_group"
country = "MLI"
aliases = ["ZLF"]
"""


def events_of(extractor: NLPExtractor) -> set[tuple[str, str, str | None]]:
    facts = next(iter(extractor.extract([RawDocument(origin="zlf.txt", text=TEXT, language="en")])))
    assert isinstance(facts, ArticleFacts), facts
    return {(e.type, e.actor_id, e.target_id) for e in facts.events}


def test_each_extractor_reads_with_its_own_knowledge_base(tmp_path: Path) -> None:
    path = tmp_path / "zlf.toml"
    path.write_text(USER_KB, encoding="utf-8")
    with_zlf = NLPExtractor(kb=KnowledgeBase.load(extra_files=[path]))
    packaged = NLPExtractor()
    expected = {("FIGHT", "actor:zorbian-liberation-front", "actor:malian-armed-forces")}
    assert events_of(with_zlf) == expected
    # the packaged KB knows no "ZLF": the fighters are an unidentified armed group, of the place (Gao)
    unidentified = "actor:unidentified-armed-group-mali"
    assert events_of(packaged) == {("FIGHT", unidentified, "actor:malian-armed-forces")}
    assert events_of(with_zlf) == expected  # and the other extractor's run did not replace its KB
