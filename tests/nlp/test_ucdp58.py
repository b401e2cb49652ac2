"""English SOHR-style headlines, round 58 (issue 14): a gerund "Fighting" heading a toll verb is
the event noun it spells, a sideless fight at the place it names, as "Heavy fighting" is."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the gerund subject of a toll verb: the unnamed armed group's fight there
        ("Fighting near Manbij leaves five dead", {(UAG, "FIGHT", None, "Manbij")}),
        ("Fighting near Manbij kills five", {(UAG, "FIGHT", None, "Manbij")}),
        ("Fighting in Aleppo killed three soldiers", {(UAG, "FIGHT", "Syrian Arab Army", "Aleppo")}),
        # a gerund with an object of its own is a verb clause, no fight noun
        ("Fighting corruption in Manbij kills jobs", set()),
        # a gerund no lexicon knows as an event noun tells nothing
        ("Hunting near Manbij kills five", set()),
    ],
)  # fmt: skip
def test_gerund_fight_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
