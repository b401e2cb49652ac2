"""French war reporting (issue 14), round 27b: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

MLI_ARMED, NER_ARMED = "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Niger)"
Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic group placed in a state's region is still unnamed: its place is where it is,
        # not who it is (the state no part of the group's name)
        ("Le Tchad a lancé une offensive contre les groupes jihadistes dans l'est du Mali.",
         {("Chad", "FIGHT", MLI_ARMED, "Mali")}),
        ("La France a lancé une opération contre des groupes armés au sud du Niger.",
         {("France", "FIGHT", NER_ARMED, "Niger")}),
    ],
)  # fmt: skip
def test_group_placed_in_a_state_region_stays_generic(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
