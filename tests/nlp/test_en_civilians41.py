"""People named by where they are when hit (shoppers, commuters, bystanders) are civilians: an attack
that kills them is an assault on the civilians of the place's country (issue 14, round 41)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A car bomb exploded near a market in Mogadishu, killing nine shoppers.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        ("A bomb went off at a bus station in Kano, killing six commuters.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")}),
        ("A suicide bomber killed four bystanders in Kabul.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_people_hit_where_they_are_are_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
