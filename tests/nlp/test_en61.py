"""English news shapes (issue 14, round 61): an armed group's adjective on a leading role noun
('Islamist leaders') names that group, as a militia noun does ('militia leaders')."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

ISLAMIST_MLI = "Islamist Militia (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an armed group's adjective on its leaders or commanders: the group speaks through them
        ("Islamist leaders agreed to a ceasefire in Gao.", {(ISLAMIST_MLI, "AGREE", None, "Gao")}),
        ("Islamist commanders signed a truce in Gao.", {(ISLAMIST_MLI, "AGREE", None, "Gao")}),
        ("The army arrested two Islamist leaders in Gao.",
         {("Malian Armed Forces", "COERCE", ISLAMIST_MLI, "Gao")}),
        # an adjective of no armed group on leaders names no group
        ("Religious leaders agreed to a ceasefire in Gao.", set()),
    ],
)  # fmt: skip
def test_armed_adjective_leaders(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
