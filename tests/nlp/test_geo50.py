"""Places, round 50 (issue 14): in a bracketed chain "X (District, Governorate)" the district hint is
the namesake inside the governorate, never one of another region of the country; sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_district_hint_outside_the_governorate_named_after_it_gives_way() -> None:
    # Yemen's GeoNames Sahar lies in Sanaa governorate: "(Sahar, Sadah)" is the Sahar of Sadah, which
    # GeoNames lacks, so the area is placed where Sadah is
    text = (
        "On 2 March 2021, two coalition airstrikes hit the Wadi Mazra area (Sahar, Sadah), killing a herder."
    )
    assert located(text) == {("Wadi Mazra", "YEM", 16.94021, 43.76393)}


def test_a_district_hint_inside_the_governorate_named_after_it_stays() -> None:
    text = (
        "On 2 March 2021, two coalition airstrikes hit the Wadi Mazra area (Sahar, Sanaa), killing a herder."
    )
    assert located(text) == {("Wadi Mazra", "YEM", 15.31637, 44.3088)}


def test_a_neighbourhood_far_from_the_city_the_sentence_names_is_no_namesake_town() -> None:
    # GeoNames' Roseira lies 190 km from Belford Roxo: the neighbourhood is placed where the city is
    text = "On 3 May 2021, in Belford Roxo, Rio de Janeiro, gunmen shot a man dead in Roseiral neighborhood."
    assert located(text) == {("Roseiral", "BRA", -22.76417, -43.39944)}


def test_a_town_named_without_a_part_word_keeps_its_namesake() -> None:
    text = "On 3 May 2021, in Belford Roxo, Rio de Janeiro, gunmen shot a man dead in Roseira."
    assert located(text) == {("Roseira", "BRA", -22.89806, -45.30528)}


def test_the_origin_of_migrants_is_not_the_country_of_the_protest() -> None:
    # "from Syria" says who the migrants are: Kilkis is looked up as Greece's town, not Syria's
    text = (
        "On 4 May 2021, dozens of locals gathered at a hotel in Kilkis, barring the way to "
        "200 migrants (mostly from Syria) who came by bus."
    )
    assert located(text) == {("Kilkís", "GRC", 40.99302, 22.87433)}


def test_a_village_of_the_origin_country_is_still_found_there() -> None:
    text = "On 4 May 2021, migrants from Syria rallied in Kassab against the authorities."
    assert located(text) == {("Kassab", "SYR", 35.92639, 35.9897)}
