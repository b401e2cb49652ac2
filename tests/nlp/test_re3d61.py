"""English coalition reports, round re3d61 (issue 14): a help verb whose clause holds a fight of the
party helped, or of the helper, makes both of them a side of that fight."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the party helped fights in the infinitive the help verb governs: the helper fights too
        ("The coalition is assisting the Iraqi army to push back and defeat ISIL in Anbar.",
         {("US-led coalition", "AID", "Iraqi Security Forces", "Al Anbar"),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", "Al Anbar"),
          ("US-led coalition", "FIGHT", "Islamic State", "Al Anbar")}),
        # the helper's own effort ('their efforts to defeat'): the party helped fights too
        ("Britain has long helped the Iraqi Security Forces in their efforts to defeat Daesh.",
         {("United Kingdom", "AID", "Iraqi Security Forces", None),
          ("United Kingdom", "FIGHT", "Islamic State", None),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", None)}),
        # a gerund the help verb's object controls
        ("Jordan backs the Government of Iraq in defeating Daesh.",
         {("Jordan", "SUPPORT", "Iraq", None), ("Iraq", "FIGHT", "Islamic State", None),
          ("Jordan", "FIGHT", "Islamic State", None)}),
    ],
)  # fmt: skip
def test_helper_joins_the_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight noun the support is given to stays the party's own
        ("Jordan supports the Iraqi army in its war against ISIL.",
         {("Jordan", "SUPPORT", "Iraqi Security Forces", None),
          ("Iraqi Security Forces", "FIGHT", "Islamic State", None)}),
        # the fight is in another clause, not governed by the help verb: the helper stays out of it
        ("Turkey helped the Syrian opposition after ISIL attacked Azaz.",
         {("Turkey", "AID", "Opposition (Syria)", None), ("Islamic State", "FIGHT", None, "I‘zāz")}),
        ("Jordan supported the Iraqi government, and ISIL attacked the army in Mosul.",
         {("Jordan", "SUPPORT", "Iraq", "Mosul"),
          ("Islamic State", "FIGHT", "Iraqi Security Forces", "Mosul")}),
    ],
)  # fmt: skip
def test_help_outside_the_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
