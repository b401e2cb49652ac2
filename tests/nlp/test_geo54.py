"""Places, round 54 (issue 14): a lone direction or kind of place ("North", "the City") names no place,
a famous region ("the Sahara") is that region; a name called a village is never a city bearing it as
another name ("Ngoma village": no Goma); subdivisions spelled as ACLED and news write them ("Thi Qar",
"Aljfara", "Almargeb"); a district centre named in "X's Y district" is placed at that district.
Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_lone_direction_names_no_place() -> None:
    # "North" is also another name of a town abroad: alone it is no place
    assert located("On 3 March 2021, Houthi forces shelled a market in North, killing two.") == set()


def test_a_direction_before_a_name_still_places_the_event() -> None:
    text = "On 3 March 2021, rebels clashed with soldiers in northern Mali, killing two soldiers."
    assert located(text) == {("northern Mali", "MLI", 18.443, -0.349)}  # that part of Mali


def test_a_lone_kind_of_place_names_no_place() -> None:
    text = "On 3 March 2021, gunmen attacked a checkpoint in the City and killed two policemen."
    assert located(text) == set()


def test_a_city_named_with_its_kind_is_still_found() -> None:
    text = "On 3 March 2021, gunmen attacked a checkpoint in Mexico City and killed two policemen."
    assert located(text) == {("Mexico City", "MEX", 19.42847, -99.12766)}


def test_a_famous_region_is_the_region() -> None:
    text = "On 3 March 2021, militants ambushed a convoy in the Sahara, killing five soldiers."
    assert located(text) == {("Sahara", None, 23.0, 12.0)}


def test_a_village_is_no_city_bearing_its_name_as_another_name() -> None:
    text = "On 3 March 2021, gunmen killed three farmers in Ngoma village."
    assert located(text) == set()


def test_a_city_called_a_town_is_still_that_city() -> None:
    text = "On 3 March 2021, gunmen killed three farmers in Goma town."
    assert located(text) == {("Goma", "COD", -1.67409, 29.22845)}


def test_a_governorate_spelt_with_th_for_dh() -> None:
    text = "On 3 March 2021, dozens of teachers blocked roads in Thi Qar province, demanding unpaid salaries."
    assert located(text) == {("Dhī Qār", "IRQ", 31.1, 46.36)}


def test_a_district_spelt_with_its_article_joined() -> None:
    text = "On 3 March 2021, GNA forces shelled LNA positions in Aljfara, Libya."
    assert located(text) == {("Al Jafārah", "LBY", 32.45, 13.05)}


def test_a_district_spelt_with_g_for_q_and_its_article_joined() -> None:
    text = "On 3 March 2021, GNA forces shelled LNA positions in Almargeb, Libya."
    assert located(text) == {("Al Marqab", "LBY", 32.45, 14.1)}


def test_a_town_beside_a_spelt_district_stays_the_town() -> None:
    text = "On 3 March 2021, GNA forces shelled LNA positions near Tarhuna (Almargeb)."
    assert located(text) == {("Tarhuna", "LBY", 32.43501, 13.6332)}


def test_an_unknown_district_centre_lies_in_the_district_of_the_possessive_province() -> None:
    text = (
        "On 3 March 2021, Taliban fighters attacked Pana district centre of Ghazni's Andar district, "
        "killing two policemen."
    )
    assert located(text) == {("Pana", "AFG", 33.33, 68.47)}


def test_the_district_centre_of_a_possessive_province_district() -> None:
    text = (
        "On 3 March 2021, Taliban fighters attacked the district centre of Ghazni's Andar district, "
        "killing two policemen."
    )
    assert located(text) == {("Andar", "AFG", 33.33, 68.47)}


def test_a_possessive_before_no_place_noun_places_nothing() -> None:
    text = (
        "On 3 March 2021, Taliban fighters attacked a checkpoint of Ghazni's police, killing two policemen."
    )
    assert located(text) == set()
