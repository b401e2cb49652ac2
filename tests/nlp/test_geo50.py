"""Places, round 50 (issue 14): in a bracketed chain "X (District, Governorate)" the district hint is
the namesake inside the governorate, never one of another region of the country; sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import SNIPPETS_PUBLISHED, facts

pytestmark = pytest.mark.nlp


def _placed(text: str) -> set[tuple[str, str | None, float | None, float | None]]:
    f = facts(text, "en", SNIPPETS_PUBLISHED)
    places = {p.id: p for p in f.locations}
    return {
        (places[e.location_id].name, places[e.location_id].country, places[e.location_id].lat,
         places[e.location_id].lon)
        for e in f.events
        if e.location_id
    }  # fmt: skip


def test_a_district_hint_outside_the_governorate_named_after_it_gives_way() -> None:
    # Yemen's GeoNames Sahar lies in Sanaa governorate: "(Sahar, Sadah)" is the Sahar of Sadah, which
    # GeoNames lacks, so the area is placed where Sadah is
    text = (
        "On 2 March 2021, two coalition airstrikes hit the Wadi Mazra area (Sahar, Sadah), killing a herder."
    )
    assert _placed(text) == {("Wadi Mazra", "YEM", 16.94021, 43.76393)}


def test_a_district_hint_inside_the_governorate_named_after_it_stays() -> None:
    text = (
        "On 2 March 2021, two coalition airstrikes hit the Wadi Mazra area (Sahar, Sanaa), killing a herder."
    )
    assert _placed(text) == {("Wadi Mazra", "YEM", 15.31637, 44.3088)}
