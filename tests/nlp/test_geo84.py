"""Places, round 84 (issue 14): a place noun's own name is no hint of where the place lies ("the town
of Karak in Dar'a": the locative the parser hung on a word above the phrase is); districts a note names
as the hint of a town they hold are placed at their seat (Nelson Mandela Bay, Kech, Gujiba LGA:
``data/places/towns.toml``). Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

from conflictkg.knowledge.gazetteer import distance_km

pytestmark = pytest.mark.nlp

DARAA = (32.62, 36.10)


def _one(text: str) -> tuple[str | None, float, float]:
    """The country of the one place the text's events are put at, and its point."""
    got = {(country, lat, lon) for _, country, lat, lon in located(text)}
    assert len(got) == 1, got
    country, lat, lon = next(iter(got))
    assert lat is not None and lon is not None
    return country, lat, lon


def _near(text: str, country: str, point: tuple[float, float], km: float = 50.0) -> bool:
    got, lat, lon = _one(text)
    return got == country and distance_km(point, (lat, lon)) <= km


# -- "the town of X in Y": Y is where X lies, not X itself ----------------------------------------


def test_a_town_of_a_name_found_abroad_is_the_one_in_the_governorate_after_it() -> None:
    text = (
        "On 9 June 2024, clashes broke out between two clans in the town of Karak in Daraa "
        "after a dispute over land."
    )
    assert _near(text, "SYR", DARAA)


def test_a_town_the_gazetteer_lacks_is_placed_where_the_governorate_after_it_is() -> None:
    text = (
        "On 9 June 2024, clashes broke out between two clans in the town of Mahajjah in Daraa "
        "after a dispute over land."
    )
    assert {(name, country) for name, country, _, _ in located(text)} == {("Mahajjah", "SYR")}
    assert _near(text, "SYR", DARAA)


def test_a_town_named_with_no_locative_after_it_keeps_its_own_reading() -> None:
    text = "On 9 June 2024, gunmen killed two farmers in the village of Karak on Monday."
    assert {(name, country) for name, country, _, _ in located(text)} == {("Qīr Moāv", "JOR")}


# -- districts a note names as the hint of a town they hold: at their seat (data: towns.toml) -------

GQEBERHA = (-33.96, 25.61)
TURBAT = (26.00, 63.05)
BUNI_YADI = (11.27, 12.01)


def test_a_township_of_nelson_mandela_bay_is_at_gqeberha() -> None:
    text = (
        "On 7 June 2024, about 30 nurses demonstrated outside a clinic in New Brighton "
        "(Nelson Mandela Bay, Eastern Cape) over a shortage of masks."
    )
    assert _near(text, "ZAF", GQEBERHA)


def test_another_township_given_with_the_metro_alone_is_at_gqeberha() -> None:
    text = "On 7 June 2024, workers protested in Motherwell (Nelson Mandela Bay) over unpaid wages."
    assert _near(text, "ZAF", GQEBERHA)


def test_a_village_of_kech_district_is_near_its_seat() -> None:
    text = (
        "On 7 June 2024, three soldiers were killed when a roadside bomb hit their vehicle in "
        "Buleda (Kech, Balochistan)."
    )
    assert _near(text, "PAK", TURBAT)


def test_a_town_given_with_kech_district_is_near_its_seat() -> None:
    text = "On 7 June 2024, gunmen shot dead a shopkeeper in Tump (Kech district, Balochistan)."
    assert _near(text, "PAK", TURBAT)


def test_a_town_given_with_its_lga_and_a_wrong_state_is_the_one_of_that_lga() -> None:
    text = (
        "On 7 June 2024, militants killed four soldiers in an ambush on a patrol near Buni Yadi "
        "(Gujiba LGA, Borno)."
    )
    assert _near(text, "NGA", BUNI_YADI, km=10.0)


def test_a_town_of_balochistan_named_without_the_district_keeps_its_own_place() -> None:
    text = "On 7 June 2024, gunmen shot dead a shopkeeper in Turbat (Balochistan)."
    assert {(name, country) for name, country, _, _ in located(text)} == {("Turbat", "PAK")}
