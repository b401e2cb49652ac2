"""English SOHR-style headlines, round 57 (issue 14): a name opened by a feature word (wadi, jabal,
mount) but ending on the noun of an armed unit is that unit, never the land."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
LNA = "Libyan National Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a feature word opening a unit's name: the unit acts
        ("On Monday, fighters of the Wadi Brigade seized the village of Qasr Bin Ghashir from the Libyan "
         "National Army.", {("Wadi Brigade", "CAPTURE", LNA, "Qaşr Bin Ghashīr")}),
        ("The Jabal Zawiya Battalion shelled army posts near Idlib",
         {("Jabal Zawiya Battalion", "FIGHT", "Syrian Arab Army", "Idlib")}),
        # the same words with no unit noun are the land
        ("Rebels clashed with the army in Wadi Barada near Damascus",
         {(UAG, "FIGHT", "Syrian Arab Army", "Wadi Barada")}),
        ("Rebels shelled army posts in Jabal al-Zawiya",
         {(UAG, "FIGHT", "Syrian Arab Army", "Jabal al-Zawiya")}),
    ],
)  # fmt: skip
def test_unit_named_after_the_land(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town the recognizer tags as a date, after a locative preposition, is still the place
        ("Clashes near Manbij leave five dead", {(UAG, "FIGHT", None, "Manbij")}),
        ("Clashes in Manbij leave four dead", {(UAG, "FIGHT", None, "Manbij")}),
        # a feast stays a date
        ("Clashes erupted in Ramadan near Manbij", {(UAG, "FIGHT", None, "Manbij")}),
    ],
)  # fmt: skip
def test_town_read_as_a_date(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline verb after a quoted name is the name's act
        ("The “Islamic State” advance again inside Yarmouk camp south of Damascus",
         {("Islamic State", "FIGHT", None, "al-Yarmūk")}),
        # the noun of a sentence with a verb of its own stays a noun
        ("The “Islamic State” advance was stopped near Palmyra", set()),
    ],
)  # fmt: skip
def test_verb_after_a_quoted_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
