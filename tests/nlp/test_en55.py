"""English ACLED-note and news shapes (issue 14, round 55): the dead of a fight with a named side are
the other side's; a mob vandalising property riots; a capture of places a party holds is taken from
that party."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (India)"
POLICE = "Police Forces of India"
MAOISTS = "Communist Party of India (Maoist)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead belong to the side that fought the one named
        ("Two Maoists were killed in an encounter with security forces in Dantewada.",
         {(POLICE, "FIGHT", MAOISTS, "Dantewada"), (MAOISTS, "FIGHT", POLICE, "Dantewada")}),
        ("Three militants were killed in clashes with police in Kupwara.",
         {(POLICE, "FIGHT", UAG, "Kupwāra"), (UAG, "FIGHT", POLICE, "Kupwāra")}),
        ("Four soldiers were killed in fighting with Al Shabaab near Mogadishu.",
         {("Somali National Army", "FIGHT", "Al-Shabaab", "Mogadishu"),
          ("Al-Shabaab", "FIGHT", "Somali National Army", "Mogadishu")}),
    ],
)  # fmt: skip
def test_dead_of_a_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # civilians killed in clashes stay victims
        ("Two civilians were killed in clashes with police in Kupwara.",
         {(UAG, "ASSAULT", "Civilians (India)", "Kupwāra")}),
        # no side named: the unnamed armed group stays the actor
        ("Two Maoists were killed in Dantewada.", {(UAG, "FIGHT", MAOISTS, "Dantewada")}),
        ("Two soldiers were killed in an attack in Kupwara.",
         {(UAG, "FIGHT", "Military Forces of India", "Kupwāra")}),
    ],
)  # fmt: skip
def test_other_dead(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob vandalized shops in Rampur town.", {("Rioters (India)", "PROTEST", None, "Rāmpur")}),
        ("A mob vandalised a bus stand in Rampur town.", {("Rioters (India)", "PROTEST", None, "Rāmpur")}),
        # a past participle qualifying a noun stays one
        ("Vandalized shops lined the street in Rampur town.", set()),
    ],
)  # fmt: skip
def test_mob_vandalism(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army captured areas controlled by the Islamic State near Raqqa.",
         {("Syrian Arab Army", "CAPTURE", "Islamic State", "Ar Raqqah")}),
        ("Rebels seized three villages held by government forces near Idlib.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", "Syrian Arab Army", "Idlib")}),
        # areas no party is said to hold: taken from no one; weapons held: property seized
        ("The army captured areas near Raqqa.", {("Syrian Arab Army", "CAPTURE", None, "Ar Raqqah")}),
        ("The army seized weapons held by the rebels near Raqqa.",
         {("Syrian Arab Army", "COERCE", None, "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_held_places_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
