"""French parties of one listed subject fighting one enemy are one side (nlp/events/joint_sides.py,
``joint_fight_types`` now in fr.json as in en.json): each cooperates with the others. Sentences of
our own."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
CHAD, NIGER, MALI = "Chadian Armed Forces", "Niger Armed Forces", "Malian Armed Forces"
REBELS_MALI, CIVILIANS = "Unidentified Armed Group (Mali)", "Civilians (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée tchadienne et l'armée nigérienne ont attaqué Boko Haram mardi près de Diffa.",
         {(CHAD, "FIGHT", "Boko Haram", "Diffa"), (NIGER, "FIGHT", "Boko Haram", "Diffa"),
          (CHAD, "COOPERATE", NIGER, "Diffa")}),
        # the two sides of a reciprocal fight share no side
        ("L'armée malienne et les rebelles se sont affrontés lundi près de Kidal.",
         {(MALI, "FIGHT", REBELS_MALI, "Kidal"), (REBELS_MALI, "FIGHT", MALI, "Kidal")}),
        # killing civilians together is no fight against one enemy: no side told
        ("Des soldats et des rebelles ont tué trois civils lundi près de Kidal.",
         {(MALI, "ASSAULT", CIVILIANS, "Kidal"), (REBELS_MALI, "ASSAULT", CIVILIANS, "Kidal")}),
    ],
)  # fmt: skip
def test_listed_fighters_are_one_side(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
