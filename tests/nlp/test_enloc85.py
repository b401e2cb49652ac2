"""Places, round enloc85 (issue 14): where the events of real articles happen. A compass word before
a country ("in northern Iraq") is that part of the country, placed among its own towns of that side
(knowledge/compass_regions.py), not the country's centre. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows, located

pytestmark = pytest.mark.nlp


# -- a compass word before a country: that part of the country ---------------------------------------


def test_the_north_of_a_country_is_a_region_in_its_north() -> None:
    text = "Gunmen ambushed an army patrol in northern Iraq on Tuesday, killing two soldiers."
    rows = {("Unidentified Armed Group (Iraq)", "FIGHT", "Iraqi Security Forces", "northern Iraq")}
    assert en_rows(text) == rows
    ((name, country, lat, lon),) = located(text)
    assert (name, country) == ("northern Iraq", "IRQ")
    assert lat is not None and lon is not None and lat > 35.5 and 42.5 < lon < 45.0  # Mosul, Erbil, Dohuk


def test_a_corner_of_a_country_is_a_region_in_that_corner() -> None:
    text = "Government troops shelled rebel villages in southwestern Syria on Monday."
    assert en_rows(text) == {("Syrian Arab Army", "FIGHT", None, "southwestern Syria")}
    ((_, country, lat, lon),) = located(text)
    assert country == "SYR" and lat is not None and lon is not None and lat < 34.0 and lon < 37.0  # Daraa


def test_the_east_of_a_city_is_the_city() -> None:
    text = "Rebels shelled government positions in eastern Aleppo on Monday."
    assert en_rows(text) == {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}


def test_another_adjective_before_a_country_is_the_country() -> None:
    text = "Taliban fighters attacked a police post in neighbouring Pakistan on Monday."
    assert {r[3] for r in en_rows(text)} == {"Pakistan"}


# -- "the CAPITAL suburb of X": the part is X, by the capital ---------------------------------------


def test_a_suburb_named_after_its_capital_is_the_suburb() -> None:
    text = "Government forces shelled the rebel-held Damascus suburb of Darayya again on Monday."
    assert {r[3] for r in en_rows(text)} == {"Dārayyā"}


def test_a_district_named_after_its_capital_is_the_district() -> None:
    text = "Islamic State fighters bombed the Baghdad district of Karrada on Monday."
    assert {r[3] for r in en_rows(text)} == {"Karrada"}


def test_a_district_named_before_its_city_is_still_the_district() -> None:
    text = "Islamic State fighters bombed the Karrada district of Baghdad on Monday."
    assert {r[3] for r in en_rows(text)} == {"Karrada"}


# -- a visit is held where it goes ----------------------------------------------------------------------


def test_a_country_visited_is_the_place_of_the_visit() -> None:
    text = "Foreign Minister Sergei Lavrov visited Egypt on Sunday."
    assert {r[3] for r in en_rows(text)} == {"Egypt"}


def test_the_place_a_visit_noun_goes_to_is_its_place() -> None:
    text = "During his visit to Kenya, Ellwood met President Uhuru Kenyatta."
    assert en_rows(text) == {
        ("Ellwood", "CONSULT", "Kenya", "Kenya"),
        ("Ellwood", "CONSULT", "Uhuru Kenyatta", "Kenya"),
    }


def test_une_visite_au_mali_a_lieu_au_mali() -> None:
    text = "Le président français a effectué une visite au Mali lundi."
    assert fr_rows(text) == {("France", "CONSULT", "Mali", "Mali")}


def test_a_meeting_after_a_visit_is_not_placed_by_it() -> None:
    text = "Ellwood met President Uhuru Kenyatta after a visit to Kenya."
    assert en_rows(text) == {("Ellwood", "CONSULT", "Uhuru Kenyatta", None)}


def test_a_person_visited_is_no_place() -> None:
    text = "John Kerry visited Vladimir Putin on Monday."
    assert en_rows(text) == {("John Kerry", "CONSULT", "Russia", None)}
