"""English SOHR-style headlines, round ucdp88 (issue 14): the headline register a present-tense
control verb is read in (events/headline_controls.py: a title opens its text and has no bracketed
note tail)."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ACLED-style note with its coder's bracketed tail: a body sentence, who holds the villages
        ("Insurgents control several villages near Saraqib [size=no report]", set()),
        ("Militants control the town of Saraqib [size=around 20]", set()),
        # a present control after a body sentence on the same line: no title
        ("Rebels attacked an army post. Rebels control the town of Saraqib",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        # a real headline still tells territory taken, also on the line after a body sentence
        ("Insurgents control several villages near Saraqib",
         {(UAG, "CAPTURE", None, "Saraqib")}),
        ("Rebels control the town of Saraqib\nThe army shelled the town.",
         {(UAG, "CAPTURE", None, "Saraqib"), (SAA, "FIGHT", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_headline_register(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
