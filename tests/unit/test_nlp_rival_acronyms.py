"""An acronym more than one actor of the KB has ("AA": Anadolu Agency in Turkey, Arakan Army in
Myanmar) resolves by the article's country, or by the countries of its places and other actors:
exact (actor, type, target, modality) sets on sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events

from conflictkg.knowledge.kb import KnowledgeBase

pytestmark = pytest.mark.nlp

CASES: list[tuple[str, set[Fact]]] = [
    # Myanmar's places and army: the Arakan Army
    (
        "The Myanmar military clashed with the AA in Minbya Township, Rakhine State.",
        {("Tatmadaw", "FIGHT", "Arakan Army", "asserted")},
    ),
    (
        "The AA attacked a police post in Rakhine State.",
        {("Arakan Army", "FIGHT", "Police Forces of Myanmar", "asserted")},
    ),
    # a Turkish story citing AA: the news agency
    (
        "Turkish police detained two AA journalists in Istanbul, Turkey.",
        {("Police Forces of Turkey", "COERCE", "Anadolu Agency", "asserted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rival_acronym_by_country(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def test_kb_keeps_both_claims() -> None:
    kb = KnowledgeBase.load()
    assert {e.name for e in kb.rivals("AA")} == {"Anadolu Agency", "Arakan Army"}
    assert kb.rivals("PKK") == ()
