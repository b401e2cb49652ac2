"""English agreements and their brokers (issue 14), on sentences of our own: "X brokered an
agreement between Y and Z" is Y and Z agreeing and X consulting them; exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Omani mediators brokered a truce between pro-Hadi forces and pro-STC forces in Aden, Yemen.",
            {
                ("Oman", "CONSULT", "Government of Yemen", "Aden"),
                ("Southern Transitional Council", "AGREE", "Government of Yemen", "Aden"),
                ("Government of Yemen", "AGREE", "Southern Transitional Council", "Aden"),
            },
        ),
        # the agreement with its two sides named stands on its own
        (
            "An agreement between the Houthis and the Government of Yemen was signed in Muscat.",
            {
                ("Houthis", "AGREE", "Government of Yemen", "Muscat"),
                ("Government of Yemen", "AGREE", "Houthis", "Muscat"),
            },
        ),
        # signing the agreement is the agreement: one event
        (
            "The Houthis signed an agreement with the Government of Yemen in Muscat.",
            {("Houthis", "AGREE", "Government of Yemen", "Muscat")},
        ),
        # an agreement with one side named is no pair
        ("Qatar brokered an agreement with the Taliban.", {("Qatar", "CONSULT", "Taliban", None)}),
    ],
)
def test_agreements(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
