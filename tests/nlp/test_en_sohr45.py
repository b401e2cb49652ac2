"""English verbless toll headlines (issue 14, round 45): a headline headed by a count of victims
tells the attack it hangs on, else a fight by the unnamed armed group at its place."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack noun the toll hangs on is the event told, not one mentioned in passing
        ("New casualties in the shelling of Kafr Zita.", {(UAG_SYR, "FIGHT", None, "Kafr Zaytā")}),
        ("Eleven fatalities in the town of Homs after an air strike.", {(UAG_SYR, "FIGHT", None, "Homs")}),
        ("More casualties in raids by the regime forces on villages of the Idlib countryside.",
         {(SAA, "FIGHT", None, "Idlib")}),
        # no attack named: the unnamed armed group fights where the toll is
        ("At least nine casualties in the countryside of Hama.", {(UAG_SYR, "FIGHT", None, "Ḩamāh")}),
        ("Casualties in the Idlib countryside as the clashes go on.", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        # the group the dead belong to is hit; civilians counted make it an assault
        ("Heavy losses among the regime forces near Hama.", {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Twenty civilian casualties in the city of Homs.",
         {(UAG_SYR, "ASSAULT", "Civilians (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_toll_headlines(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Casualties in a road accident near Homs.",  # an accident names no attacker
        "The casualties of the long war in Syria.",  # a definite toll: a topic, no headline
        "Two casualties and a lot of damage.",  # neither a place nor a group
        "Thousands of deaths in Syria since the war began.",  # the count heads it: a summary
    ],
)
def test_no_toll_event(text: str) -> None:
    assert rows(text) == set()


SDF = "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll's victims are the target of the attack it tells
        ("Some 20 casualties in the ranks of the Syrian army during clashes east of Hama.",
         {(UAG_SYR, "FIGHT", SAA, "Ḩamāh")}),
        ("Twenty civilian casualties in raids on Homs.", {(UAG_SYR, "ASSAULT", "Civilians (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_toll_victims_hit(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight on places a party holds is aimed at that party
        ("Rockets hit neighbourhoods controlled by the regime forces west of Aleppo.",
         {(UAG_SYR, "FIGHT", SAA, "Aleppo")}),
        ("Turkish troops shelled SDF-controlled villages near Afrin.",
         {("Military Forces of Turkey", "FIGHT", SDF, "‘Afrīn")}),
        ("Mortars target the SDF's controlled districts in the countryside of Aleppo.",
         {(UAG_SYR, "FIGHT", SDF, "Aleppo")}),
        # no holder named: no target
        ("Rockets hit neighbourhoods in the south of Aleppo.", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_held_places_aimed_at_holder(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_toll_after_an_attack_told() -> None:
    # the toll sentence after an attack is that attack's, not a fight of its own
    text = "The regime forces shelled Homs on Monday. Five casualties in Homs."
    assert rows(text) == {(SAA, "FIGHT", None, "Homs")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an -ing word after a toll's preposition is the event noun it spells
        ("Seven martyrs in shelling on the town of Kafr Zita.", {(UAG_SYR, "FIGHT", None, "Kafr Zaytā")}),
        # 'bombardment' is a fight noun as 'shelling' is
        ("Heavy aerial bombardment on the outskirts of Idlib.", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        ("Heavy bombardment by the regime forces on Homs.", {(SAA, "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_toll_gerunds_and_bombardment(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
