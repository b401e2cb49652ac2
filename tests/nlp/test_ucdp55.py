"""English SOHR-style headlines, round 55 (issue 14): a river, a mountain range or a place measured
from is the land, never a party; a state's forces named with the operation they fight in are that
state's military, not the factions the operation's name also stands for."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SNA = "Syrian National Army"
SDF = "Syrian Democratic Forces"
TURKEY = "Military Forces of Turkey"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after a compass point and its preposition is where, never who
        ("Clashes east of the Euphrates leave five dead in Syria",
         {(UAG, "FIGHT", None, "Euphrates valley")}),
        ("ISIS cells ambushed SDF fighters west of the Khabur", {("Islamic State", "FIGHT", SDF, None)}),
        # a name ending on a feature noun or opening on one
        ("Rebels clashed with the army in the Qalamoun Mountains near Damascus",
         {(UAG, "FIGHT", "Syrian Arab Army", "Qalamoun Mountains")}),
        ("The Hermon Mountains Brigade shelled a village near Quneitra",
         {("Hermon Mountains Brigade", "FIGHT", None, "Al Qunayţirah")}),
        # a name that is no feature stays a party
        ("The Euphrates Volunteers attacked a checkpoint near Manbij",
         {("Euphrates Volunteers", "FIGHT", "Syrian Arab Army", "Manbij")}),
        ("The Jabal Akrad Brigade attacked army posts near Latakia",
         {("Jabal Akrad Brigade", "FIGHT", "Syrian Arab Army", "Latakia")}),
        ("Desert Hawks fighters attacked rebels near Hama", {("Desert Hawks", "FIGHT", UAG, "Ḩamāh")}),
    ],
)  # fmt: skip
def test_land_is_no_party(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish forces of the Olive Branch operation shelled villages near Afrin",
         {(TURKEY, "FIGHT", None, "‘Afrīn")}),
        ("Turkish soldiers of the Euphrates Shield operation clashed with the SDF near Afrin",
         {(TURKEY, "FIGHT", SDF, "‘Afrīn")}),
        # with no state's demonym on the forces, or the state only backing them, the factions act
        ("Forces of the Olive Branch operation shelled villages near Afrin",
         {(SNA, "FIGHT", None, "‘Afrīn")}),
        ("Turkish-backed factions of the Olive Branch operation shelled villages near Afrin",
         {(SNA, "FIGHT", None, "‘Afrīn"), ("Turkey", "SUPPORT", SNA, "‘Afrīn")}),
    ],
)  # fmt: skip
def test_state_forces_of_an_operation(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Turkish forces of the Olive Branch operation", "Turkey"),
        ("Turkish troops of Operation Peace Spring", "Turkey"),
        # a state's own operation, an actor of that state, stays the operation
        ("French Operation Barkhane forces", "Operation Barkhane"),
        # no forces, no state: the factions
        ("factions of the Olive Branch operation", SNA),
    ],
)
def test_forces_of_an_operation_resolve(phrase: str, name: str) -> None:
    from conflictkg.knowledge.kb import KnowledgeBase

    entry = KnowledgeBase.load().resolve(phrase, "en")
    assert entry is not None and entry.name == name
