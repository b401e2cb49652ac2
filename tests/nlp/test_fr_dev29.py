"""French real-news patterns, round 29 (issue 14): disputes that are no fight, the incumbent power,
deposed presidents, the judiciary and the electoral commission of a country, demands on a
coordination, addressee possessives; invented sentences, exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dispute noun as the subject of "opposer": a disagreement, no event
        ("Un différend oppose le Mali au Niger sur la frontière.", set()),
        ("Un litige oppose l'armée malienne aux rebelles sur le partage des armes.", set()),
        ("Le litige qui oppose le Soudan au Soudan du Sud porte sur le pétrole.", set()),
        # a fight noun still makes both sides fight
        ("Des combats opposent l'armée malienne aux rebelles touareg près de Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal"),
          ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_a_dispute_opposing_two_sides_is_no_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
