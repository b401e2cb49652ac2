"""Places, round 72 (issue 14): the bracket that locates a village is its hint whatever the parser
hangs it on: after the country's name ("X village in western Yemen (District, Governorate)") or after
a name whose first word reads as a preposition ("Qarn Salim (As Sawmaah, Al Bayda)"); a town named
after a national body's unknown name ("the Tunisian ... Union in Kairouan") is the place, not the
country its adjective names. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp

AD_DURAYHIMI = (14.63702, 43.05505)
AS_SAWMAAH = (14.08505, 45.80101)


def test_a_bracket_after_the_country_locates_the_village_before_it() -> None:
    text = (
        "On 14 March 2021, government forces shelled Bayt Hamid village in western Yemen "
        "(Ad Durayhimi, Al Hudaydah), damaging two houses."
    )
    assert located(text) == {("Bayt Hamid", "YEM", *AD_DURAYHIMI)}


def test_a_governorate_alone_after_the_country_locates_the_area() -> None:
    text = (
        "On 14 March 2021, coalition jets struck Wadi Nimr area in northwestern Yemen (Hajjah), with no "
        "casualties reported."
    )
    ((name, country, lat, lon),) = located(text)
    assert (name, country) == ("Wadi Nimr", "YEM")
    assert lat is not None and lon is not None and abs(lat - 15.69) < 0.1 and abs(lon - 43.61) < 0.1


def test_a_bracket_whose_first_word_reads_as_a_preposition_still_locates_a_taken_village() -> None:
    text = "On 14 March 2021, tribesmen took control of Qarn Salim (As Sawmaah, Al Bayda) from the Houthis."
    assert located(text) == {("Qarn Salim", "YEM", *AS_SAWMAAH)}


def test_two_taken_villages_each_take_their_own_bracket() -> None:
    text = (
        "On 14 March 2021, tribesmen took control of Qarn Salim (As Sawmaah, Al Bayda) and Bayt Awad "
        "(Mukayras, Al Bayda) from the Houthis."
    )
    got = {(name, round(lat or 0, 2)) for name, _c, lat, _lon in located(text)}
    assert got == {("Qarn Salim", 14.09), ("Bayt Awad", 13.94)}


def test_a_bracket_of_words_is_no_hint() -> None:
    text = "On 14 March 2021, tribesmen took control of Qarn Salim (as reported) from pro-Houthi forces."
    assert all(lat is None for _n, _c, lat, _lon in located(text))


def test_a_town_named_after_a_national_body_places_the_protest_not_its_country() -> None:
    text = (
        "On 9 June 2021, nurses rallied outside the local branch of the Tunisian General Health Union in "
        "Kairouan to demand unpaid bonuses."
    )
    assert located(text) == {("Kairouan", "TUN", 35.6781, 10.09633)}


def test_a_national_body_with_no_town_named_is_no_place() -> None:
    text = "On 9 June 2021, nurses rallied outside the local branch of the Tunisian General Health Union."
    assert all(country == "TUN" for _n, country, _lat, _lon in located(text))


def test_a_town_only_spelt_like_the_name_far_from_the_bracket_is_no_namesake() -> None:
    # "Adh Dhalah" is spelt like the governorate seat Ad Dali', 240 km from Shabwah's As Said
    text = (
        "On 7 June 2021, tribal gunmen attacked a checkpoint in Adh Dhalah area (As Said, Shabwah), "
        "wounding two soldiers."
    )
    ((name, country, lat, lon),) = located(text)
    assert (name, country) == ("Adh Dhalah", "YEM")
    assert lat is not None and lon is not None and lat > 14.0 and lon > 46.0


def test_a_town_hint_far_from_the_province_named_after_it_yields_to_the_province() -> None:
    # the San Rafael found first lies in Bicol, 300 km from Bulacan: the province is where it lies
    text = "On 2 June 2021, a drug suspect was shot dead by police in Barangay Pulo, San Rafael, Bulacan."
    assert located(text) == {("Barangay Pulo", "PHL", 14.79278, 120.87889)}
