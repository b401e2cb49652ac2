"""An article's events depend only on that article: extracting A, then B, then A again gives for A what
a fresh process gives. The texts are ACLED notes that leaked into each other before: B discovered an
organisation ("TDP", "Bayelsa") that A then resolved, and A's events changed (a PROTEST by the TDP;
a place for the abduction)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from conflictkg.errors import InputError
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument

PAIRS = {
    "IND74386": (
        "On 7 May 2020, members of the TDP staged a protest in Tenali (Guntur, AP) asking the state "
        "to shut liquor shops in the lockdown. [size=no report]",
        "On 10 May 2020, locals and members of the TDP, CPI and INC protested in Visakhapatnam "
        "(Visakhapatnam, AP) near a chemical plant after a gas leak there killed 11 people. Police used "
        "dispersed the crowd with a lathi charge. [size=hundreds]",
    ),
    "NIG16987": (
        "On 10 May 2020, gunmen kidnapped a journalist at his house in Yenagoa (Yenagoa LGA, Bayelsa).",
        "On 7 May 2020, gunmen attacked the Agbere community (Sagbama LGA, Bayelsa) and clashed with a "
        "communal militia there. A militiaman was injured and the brother of a local chief was abducted.",
    ),
}

FRESH = """
import json, sys
from conflictkg.errors import InputError
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument
from conflictkg.nlp.extractor import NLPExtractor
facts = next(iter(NLPExtractor().extract([RawDocument(origin=sys.argv[1], text=sys.argv[2])])))
print(json.dumps([[e.id, e.type, e.actor_id, e.target_id, e.location_id, e.date, e.modality, e.confidence]
                  for e in facts.events] + [sorted([a.id, a.name, a.kind] for a in facts.actors)]))
"""


def summary(facts: ArticleFacts | InputError) -> list[Any]:
    """The events (every field the export shows) and the actors, as JSON would carry them."""
    assert isinstance(facts, ArticleFacts), facts
    events: list[Any] = [
        [e.id, e.type, e.actor_id, e.target_id, e.location_id, e.date, e.modality, e.confidence]
        for e in facts.events
    ]
    return [*events, sorted([a.id, a.name, a.kind] for a in facts.actors)]


def facts_of(extractor: Any, origin: str, text: str) -> list[Any]:
    return summary(next(iter(extractor.extract([RawDocument(origin=origin, text=text)]))))


def in_fresh_process(origin: str, text: str) -> list[Any]:
    done = subprocess.run(
        [sys.executable, "-c", FRESH, origin, text], capture_output=True, text=True, timeout=300, check=True
    )
    return list(json.loads(done.stdout))


@pytest.mark.nlp
@pytest.mark.parametrize("origin", sorted(PAIRS))
def test_a_then_b_then_a_gives_a_what_a_fresh_process_gives(origin: str) -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    a, b = PAIRS[origin]
    extractor = NLPExtractor()
    first = facts_of(extractor, origin, a)
    after_b = facts_of(extractor, "other", b)
    again = facts_of(extractor, origin, a)
    assert again == first == in_fresh_process(origin, a)
    assert len(after_b) > 1  # B has events of its own, and discovered what used to leak


@pytest.mark.nlp
def test_a_batch_gives_each_article_what_it_gives_alone() -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    docs = [
        RawDocument(origin=f"{k}-{i}", text=t)
        for k, pair in sorted(PAIRS.items())
        for i, t in enumerate(pair)
    ]
    for order in (docs, docs[::-1]):
        together = [summary(f) for f in NLPExtractor().extract(order)]
        alone = [facts_of(NLPExtractor(), d.origin, d.text) for d in order]
        assert together == alone


# --- the knowledge base: discoveries stay in the view that made them ----------------------------


def test_a_discovery_does_not_reach_another_view_or_the_shared_kb() -> None:
    kb = KnowledgeBase.load()
    first = kb.for_document()
    assert kb.resolve("Zorbian Liberation Front") is None  # memoised as a miss in the shared memo
    found = first.discover("Zorbian Liberation Front", kind="armed_group", country="LBY")
    assert found.id == "actor:zorbian-liberation-front"
    hit = first.resolve("Zorbian Liberation Front")
    assert hit is not None and hit.id == found.id  # within the article, later mentions find it
    assert kb.resolve("Zorbian Liberation Front") is None
    assert kb.get(found.id) is None
    second = kb.for_document()
    assert second.resolve("Zorbian Liberation Front") is None and second.get(found.id) is None
    assert KnowledgeBase.load().resolve("Zorbian Liberation Front") is None


def test_a_discovered_id_comes_from_its_name_not_from_what_was_discovered_before() -> None:
    kb = KnowledgeBase.load()
    earlier = kb.for_document()
    assert earlier.discover("Brigade Al-Nasr").id == "actor:brigade-al-nasr"
    # a later article naming it the other way round gets the id of its own name
    assert kb.for_document().discover("Al-Nasr Brigade").id == "actor:al-nasr-brigade"
    # within one article the variants merge (on the name the article used first)
    one = kb.for_document()
    assert one.discover("Al-Nasr Brigade").id == one.discover("Brigade Al-Nasr").id == "actor:al-nasr-brigade"
    # known actors are never discovered anew
    assert kb.for_document().discover("Mouvement du 23 mars").id == "actor:m23"


@pytest.mark.nlp
def test_two_worker_processes_give_what_one_process_gives() -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    texts = [text for pair in PAIRS.values() for text in pair]
    docs = [RawDocument(origin=f"article-{i}", text=text) for i, text in enumerate(texts)]
    one = [summary(f) for f in NLPExtractor().extract(docs)]
    # batches of one article: spaCy deals them out to both processes in turn
    two = [summary(f) for f in NLPExtractor(batch_size=1, n_process=2).extract(docs)]
    assert two == one
