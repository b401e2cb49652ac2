"""English notes and news (issue 14), round 30: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon that falls, lands or goes off: the attack of whoever fired or planted it
        ("Two mortar shells fell on a market in Aleppo on Tuesday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Several rockets landed near the airport in Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
        ("A roadside bomb went off near a checkpoint in Marib.",
         {("Unidentified Armed Group (Yemen)", "FIGHT", None, "Ma'rib")}),
        # anything else that falls, lands or goes off is no attack; a town falls to someone
        ("The aid plane landed in Kandahar on Tuesday.", set()),
        ("The price of bread fell in Aleppo.", set()),
        ("The fire alarm went off in a school in Marib.", set()),
        ("Kidal fell to the rebels on Sunday.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_weapons_that_land(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells, mortars, missiles fired with no author named: the unnamed armed group's attack
        ("Shells were fired at Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
        ("Mortar shells were fired at Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Two missiles were fired at Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_weapons_fired_with_no_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject the parser hung on the fronted place, the verb tagged as a participle
        ("On 3 May 2020, in Hermosillo, Sonora, about 60 nurses protested outside the hospital.",
         {("Protesters (Mexico)", "PROTEST", None, "Hermosillo")}),
        ("In Kano, Nigeria, about 200 traders protested against new taxes.",
         {("Protesters (Nigeria)", "PROTEST", None, "Kano")}),
    ],
)  # fmt: skip
def test_subject_after_a_fronted_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
