"""Places, round 60 (issue 14): "the X neighbourhood of Y" is at X, inside Y; a feast after a
preposition of time ("at Christmas") is a date, no sign of the article's country (Christmas Island); a
misspelt real city of few consonants ("Samwah") is still found in its country. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_feast_after_a_preposition_of_time_names_no_country() -> None:
    text = "On 25 December 2020, at Christmas, gunmen attacked worshippers outside a church in Kafanchan."
    assert located(text) == {("Kafanchan", "NGA", 9.58126, 8.2926)}


def test_an_island_named_after_a_feast_stays_a_place() -> None:
    text = "On 3 March 2021, asylum seekers held a hunger strike on Christmas Island."
    assert located(text) == {("Christmas Island", "CXR", -10.5, 105.667)}


def test_a_misspelt_city_of_few_consonants_is_found_in_its_country() -> None:
    text = "On 5 May 2021, nurses protested over unpaid salaries in Samwah, Iraq."
    assert located(text) == {("As Samawah", "IRQ", 31.33198, 45.2944)}


def test_a_named_neighbourhood_of_a_city_is_the_place_inside_it() -> None:
    text = "On 3 March 2021, police dispersed a sit-in in the Sheikh Jarrah neighbourhood of East Jerusalem."
    assert located(text) == {("Sheikh Jarrah", "ISR", 31.76904, 35.21633)}


def test_an_unnamed_district_of_a_city_leaves_the_city() -> None:
    text = "On 3 March 2021, police dispersed a sit-in in the old district of Homs."
    assert located(text) == {("Homs", "SYR", 34.72405, 36.72559)}
