"""An unnamed government in an article whose country is not decided (issue 14, round gov63): "the
government", "les autorités" acting at a resolved place are the state of that place's country; with
no place, or with an owner of their own, nothing changes."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject resolves to no mention: the state of the country of the event's place
        ("The government imposed a curfew in Kidal", {("Mali", "MOBILIZE", "Civilians (Mali)", "Kidal")}),
        ("The authorities imposed a curfew in Kidal", {("Mali", "MOBILIZE", "Civilians (Mali)", "Kidal")}),
        # a government with its own country is resolved on its own, as before
        ("The Malian government imposed a curfew in Kidal",
         {("Mali", "MOBILIZE", "Civilians (Mali)", "Kidal")}),
        # no place: no country to take, no event
        ("The government imposed a curfew", set()),
        # an owner named in an "of" complement that resolves to nothing: no guess
        ("The government of the region imposed a curfew in Kidal", set()),
    ],
)  # fmt: skip
def test_en_government_of_the_place(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les autorités ont décrété un couvre-feu à Bamako",
         {("Mali", "MOBILIZE", "Civilians (Mali)", "Bamako")}),
        # no place: nothing
        ("Le gouvernement a décrété un couvre-feu.", set()),
        # a ruling noun's "de" complement stays its own rule (the state's forces)
        ("Les avions du régime ont bombardé Alep", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_fr_government_of_the_place(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
