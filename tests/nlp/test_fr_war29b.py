"""French war reporting (issue 14), round 29b: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
USA_MIL = "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "forces" a state's demonym qualifies: that state's military, never the state
        ("Les forces américaines ont bombardé un village près de Kandahar.",
         {(USA_MIL, "FIGHT", None, "Kandahār")}),
        ("Les forces spéciales américaines ont tué un chef taliban à Kandahar.",
         {(USA_MIL, "FIGHT", "Taliban", "Kandahār")}),
        # a state whose forces the KB names keeps them; other group nouns keep their class
        ("Les forces tchadiennes ont tué dix jihadistes près de Kidal.",
         {("Chadian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal")}),
        ("Les forces gouvernementales ont bombardé Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_forces_of_a_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
