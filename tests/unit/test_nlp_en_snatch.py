"""Snatching people is an abduction (ASSAULT, CAMEO 181) on them, on sentences of our own: exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gunmen snatched two engineers near Kaduna on Monday.",
            {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")},
        ),
    ],
)
def test_snatching_people_is_an_abduction(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
