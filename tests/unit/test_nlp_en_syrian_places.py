"""Round ucdp72: Syrian places of English war headlines that NER reads as people or organisations ("in
the vicinity of al-Bab": PERSON), or as an adjective before adjectives of a place noun ("Aleppo western
countryside"), a place name modifying a headline's event noun ("Homs's bombing"), and the Euphrates
valley that "east of the Euphrates" names;
sentences of our own, exact (type, place, country) of every event."""

from __future__ import annotations

import pytest
from unit._extract import Placed, placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.kb import KnowledgeBase

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Syrian Democratic Forces shelled the positions of the factions in the vicinity of al-Bab",
            {("FIGHT", "Al Bāb", "SYR")},
        ),
        (
            "Renewed clashes between the SDF and ISIS east of the Euphrates River",
            {("FIGHT", "Euphrates valley", "SYR")},
        ),
        (
            "Al-Nusra Front detonated a car bomb in Aleppo western countryside",
            {("ASSAULT", "Aleppo", "SYR")},
        ),
        (
            "Hama’s bombing leaves 3 casualties among civilians",
            {("FIGHT", "Ḩamāh", "SYR")},
        ),
        (
            "Gunmen attacked Iraqi troops west of the Euphrates in Anbar on Monday.",
            {("FIGHT", "Al Anbar", "IRQ")},
        ),
    ],
)
def test_syrian_headline_places(text: str, expected: set[Placed]) -> None:
    assert placed(text) == expected


def test_the_euphrates_dam_is_the_tabqa_dam() -> None:
    hit = Gazetteer.load().lookup("Euphrates Dam")
    assert hit is not None and hit.name == "Tabqa Dam" and hit.country == "SYR"


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("the Kurdish Units", "actor:people-s-protection-units"),
        ("Al-Rahman Corps", "actor:faylaq-al-rahman"),
        ("Sham Legion", "actor:faylaq-al-sham"),
        ("Nur al-Din Zanki movement", "actor:nour-al-din-al-zenki-movement"),
        ("Jaish al-Izza", "actor:jaysh-al-izza"),
    ],
)
def test_syrian_factions_as_the_observatory_names_them(name: str, actor: str) -> None:
    entry = KnowledgeBase.load().resolve(name, "en")
    assert entry is not None and entry.id == actor
