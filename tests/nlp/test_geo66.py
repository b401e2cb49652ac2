"""Places, round 66 (issue 14): between namesakes, the text's other places and sides decide. A
bracketed hint only loosely spelt like a subdivision abroad ("Sirt" ~ Turkey's Siirt) points where
the name itself does (Libya's Sirte); a "pro-X" camp is no sign of where things happen; a part of a
town ("X neighbourhood") lies in the country of the town the clause names. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_hint_loosely_spelt_like_a_province_abroad_is_the_town_it_names() -> None:
    text = "On 3 June 2021, GNA forces shelled LNA positions near Abu Grein (Sirt), killing two fighters."
    assert located(text) == {("Abu Grein", "LBY", 31.20892, 16.58866)}


def test_a_hint_naming_the_province_itself_keeps_its_country() -> None:
    text = "On 3 June 2021, gunmen killed two villagers in Kurtalan (Siirt)."
    assert located(text) == {("Kurtalan", "TUR", 37.92533, 41.68493)}


def test_a_camp_named_is_no_sign_of_the_country() -> None:
    text = "On 3 June 2021, pro-Russian rebels shelled a village near Donetsk, wounding two civilians."
    assert located(text) == {("Donetsk", "UKR", 48.023, 37.80224)}


def test_the_country_of_actors_named_as_themselves_still_decides() -> None:
    text = "On 3 June 2021, Russian police detained two activists in Donetsk."
    assert located(text) == {("Donetsk", "RUS", 48.33711, 39.95229)}


def test_a_neighbourhood_matched_abroad_is_the_town_the_clause_names() -> None:
    text = "On 3 June 2021, in Tegucigalpa, people of La Era neighbourhood burned tyres on a street."
    assert located(text) == {("Tegucigalpa", "HND", 14.0818, -87.20681)}


def test_a_neighbourhood_abroad_beats_the_guessed_country_too() -> None:
    text = "On 3 June 2021, in Tegucigalpa, residents of Kennedy neighbourhood blocked a road."
    assert located(text) == {("Tegucigalpa", "HND", 14.0818, -87.20681)}


def test_a_neighbourhood_found_in_the_towns_country_is_kept() -> None:
    text = (
        "On 3 June 2021, in Recife, residents of Boa Viagem neighbourhood blocked a road with burning tires."
    )
    assert located(text) == {("Boa Viagem", "BRA", -8.05389, -34.88111)}
