"""English SOHR-style headlines, round ucdp84b (issue 14): ground taken inside a landform (a mountain
range) is placed at it, as a town's countryside is, while ground taken in a province stays unplaced;
an irregular past form the tagger read as a noun in a verbless headline is the headline's verb."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The factions recapture villages in the Latakia Mountains",
         {(UAG_SYR, "CAPTURE", None, "Latakia Mountains")}),
        ("Hezbollah fighters regain points in the Qalamoun Mountains",
         {("Hezbollah", "CAPTURE", None, "Qalamoun Mountains")}),
        # a province is no landform: the villages lie somewhere in it, unplaced
        ("Army troops regain villages in Borno state", {("Nigerian Armed Forces", "CAPTURE", None, None)}),
    ],
)  # fmt: skip
def test_ground_taken_in_a_landform(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army retook farms in Idlib countryside", {(SAA, "CAPTURE", None, "Idlib")}),
        ("Hezbollah retook positions in Qalamoun", {("Hezbollah", "CAPTURE", None, "Qalamoun Mountains")}),
        # the past form before a preposition has no object: no verb read
        ("A sniper shot in the market of Hama", set()),
    ],
)  # fmt: skip
def test_past_form_read_as_a_noun(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
