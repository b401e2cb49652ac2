"""The Syrian regime is the state of Syria, which also bears ACLED's name of its government
(issue 14): 'Government of <country>' is an alias of every state the KB has no separate government
for; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

from conflictkg.knowledge.kb import KnowledgeBase

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Government of Syria", "Syria"),
        ("Government of Mali", "Mali"),
        ("Government of Afghanistan", "Afghanistan"),
        ("le régime de Bachar al-Assad", "Syria"),
        # a curated government keeps its name
        ("Government of Yemen", "Government of Yemen"),
    ],
)  # fmt: skip
def test_governments_by_their_acled_name(kb: KnowledgeBase, name: str, expected: str) -> None:
    found = kb.resolve(name)
    assert found is not None and found.name == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le régime de Bachar al-Assad a accusé la Jordanie d'armer les insurgés.",
         {("Syria", "ACCUSE", "Jordan", None)}),
        ("Le pouvoir de Damas a bombardé les quartiers rebelles de Hama.",
         {("Syria", "FIGHT", None, "Ḩamāh")}),
        # no KB actor for the Syrian intelligence services: the government acts
        ("Les services de renseignement syriens ont arrêté un opposant à Homs.",
         {("Syria", "COERCE", "Opposition (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_the_regime_is_the_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
