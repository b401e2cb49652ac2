"""English shapes, round en51 (issue 14): an arson attack is property destruction, a participle of
aiming on an event noun tells that noun's event, and territory handed over is taken from the giver."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_NG = "Unidentified Armed Group (Nigeria)"
NG_POLICE = "Police Forces of Nigeria"
LY_ARMY = "Military Forces of Libya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun an arson word qualifies destroys property, as the arson verbs do
        ("Gunmen carried out an arson attack on a school in Kano.", {(UAG_NG, "COERCE", None, "Kano")}),
        ("Boko Haram launched an incendiary attack on a police station in Kano.",
         {("Boko Haram", "COERCE", NG_POLICE, "Kano")}),
        # with a participle of aiming, the participle tells the noun's event, aimed at its object
        ("Boko Haram staged an arson attack targeting a police post in Kano.",
         {("Boko Haram", "COERCE", NG_POLICE, "Kano")}),
        ("Gunmen carried out one arson attack targeting a school in Kano.",
         {(UAG_NG, "COERCE", None, "Kano")}),
    ],
)  # fmt: skip
def test_arson_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no arson word: the attack stays a fight, also with a participle of aiming
        ("Boko Haram carried out an attack on a police station in Kano.",
         {("Boko Haram", "FIGHT", NG_POLICE, "Kano")}),
        ("Boko Haram carried out an attack targeting a police station in Kano.",
         {("Boko Haram", "FIGHT", NG_POLICE, "Kano")}),
    ],
)  # fmt: skip
def test_attack_without_arson(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the receiver takes the territory from the giver
        ("The militia handed over control of Sirte to the army.",
         {(LY_ARMY, "CAPTURE", "Unidentified Communal Militia (Libya)", "Sirte")}),
        ("The army handed over the town of Sirte to the rebels.",
         {("Unidentified Armed Group (Libya)", "CAPTURE", LY_ARMY, "Sirte")}),
    ],
)  # fmt: skip
def test_territory_handed_over(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # people or bodies handed over are no territory
        "The militia handed over the prisoners to the army in Sirte.",
        "The militia handed over the bodies of the soldiers to the army in Sirte.",
    ],
)
def test_people_handed_over(text: str) -> None:
    assert rows(text) == set()
