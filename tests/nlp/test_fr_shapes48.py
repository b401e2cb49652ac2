"""French war reporting (issue 14), round 48: shapes round 47 found and left, in sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grenades with no tear-gas or stun complement: an attack, as other weapons thrown or fired
        ("Des rebelles ont lancé des grenades contre une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Des inconnus ont lancé une grenade contre un poste de police à Mogadiscio.",
         {("Unidentified Armed Group (Somalia)", "FIGHT", "Police Forces of Somalia", "Mogadishu")}),
        ("Des islamistes ont tiré des grenades sur des soldats tchadiens à Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Chadian Armed Forces", "Kidal")}),
        # agentless: the unnamed armed group's
        ("Des grenades ont été lancées sur un marché de Bangui.",
         {("Unidentified Armed Group (Central African Republic)", "FIGHT", None, "Bangui")}),
        # tear-gas and stun grenades stay force against people
        ("Les gendarmes ont tiré des grenades assourdissantes sur les étudiants à Abidjan.",
         {("Police Forces of Ivory Coast", "COERCE", "Civilians (Ivory Coast)", "Abidjan")}),
    ],
)  # fmt: skip
def test_grenades(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
