"""English news snippets and ACLED-style notes (issue 14): general rules read on sentences of our own
wording, each with its exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state forces taking people arrest them (COERCE), whatever the verb
        (
            "Police rounded up eight villagers in Multan on Monday.",
            {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Multan")},
        ),
        (
            "Soldiers nabbed four men near Kano on Friday.",
            {("Nigerian Armed Forces", "COERCE", "Civilians (Nigeria)", "Kano")},
        ),
        (
            "Police apprehended two journalists in Peshawar.",
            {("Police Forces of Pakistan", "COERCE", "Journalists (Pakistan)", "Peshawar")},
        ),
        (
            "Police seized three men in Lahore on Monday.",
            {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Lahore")},
        ),
        # armed men taking people still abduct them
        (
            "Gunmen seized two teachers in Gao on Sunday.",
            {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")},
        ),
    ],
)
def test_state_forces_taking_people_arrest_them(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
