"""English notes naming a region the GeoNames towns lack: "Mindanao" is the Philippine island (not an
organisation), "Khyber" the Pakistani district (not a namesake town abroad); sentences of our own, exact
(type, place, country) of every event."""

from __future__ import annotations

import pytest
from unit._extract import Placed, placed

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A village teacher was stabbed to death by armed men in Mindanao on Sunday.",
            {("ASSAULT", "Mindanao", "PHL")},
        ),
        (
            "Gunmen attacked a checkpoint in Khyber on Monday.",
            {("FIGHT", "Khyber District", "PAK")},
        ),
    ],
)
def test_regions_of_curated_places(text: str, expected: set[Placed]) -> None:
    assert placed(text) == expected
