"""Places, round 83 (issue 14): the place a bracket or a comma names beside a town decides among its
namesakes. A first-level subdivision written by its short name ("J&K", "AJK", "Metropolitana") is a
hint like its full name (``data/places/admin1_short_names.tsv``); a namesake far outside the region
the hint names is not the town meant (the one inside, else the town as written, where the region is),
unless it is a real town bearing the name; a real town far from a town named as the hint is not meant
either. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

from conflictkg.knowledge.gazetteer import Gazetteer, distance_km

pytestmark = pytest.mark.nlp

KASSERINE = (35.17, 8.84)
SOUSSE_EZZOUHOUR = (35.79, 10.58)
DONETSK = (48.02, 37.80)
POONCH = (33.77, 74.09)
SANTIAGO = (-33.45, -70.65)


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


# -- admin-1 short names are hints ------------------------------------------------------------------


def test_short_names_of_subdivisions_are_read_as_written() -> None:
    gaz = Gazetteer.load()
    assert [a.code for a in gaz.admins("J&K")] == ["IN-JK"]
    assert [a.code for a in gaz.admins("AJK", "PAK")] == ["PK-JK"]
    assert [a.code for a in gaz.admins("Metropolitana")] == ["CL-RM"]
    assert gaz.admins("AJK", "IND") == []  # of its own country only
    assert gaz.admins("jk") == [] and gaz.admins("UP") == []  # not a loose key; "UP" is no short name


def test_a_sector_of_a_district_in_ajk_is_in_pakistani_kashmir() -> None:
    text = (
        "On 8 May 2024, Indian troops shelled Pakistani posts in Neza Pir "
        "sector (Haveli district, AJK), killing a soldier."
    )
    assert _near(text, "PAK", (33.93, 74.11))


def test_a_chilean_commune_given_with_the_metropolitan_region_is_in_santiago() -> None:
    text = "On 8 May 2024, nurses protested in La Florida (Metropolitana) against unpaid wages."
    assert _near(text, "CHL", SANTIAGO)


def test_a_sector_given_with_its_district_and_jk_is_near_that_district() -> None:
    text = (
        "On 8 May 2024, Indian troops fired at Pakistani posts in Shahpur "
        "sector (Poonch district, J&K), killing a soldier."
    )
    assert _near(text, "IND", POONCH)


# -- a namesake far outside the region the hint names is not meant ---------------------------------


def test_a_town_given_with_its_governorate_is_not_its_namesake_of_another() -> None:
    text = "On 3 June 2024, traders in Ezzouhour (Kasserine) blocked a road to demand compensation."
    assert _near(text, "TUN", KASSERINE)


def test_a_village_given_with_its_oblast_is_not_a_namesake_of_the_next_oblast() -> None:
    text = (
        "On 8 May 2024, separatist forces shelled army positions near "
        "Bohdanivka, Donetsk, wounding a soldier."
    )
    assert _near(text, "UKR", DONETSK)


def test_the_namesake_inside_the_region_named_stays() -> None:
    text = "On 8 May 2024, traders protested in Ezzouhour (Sousse) against the closure of the market."
    assert _near(text, "TUN", SOUSSE_EZZOUHOUR, km=5.0)


def test_a_real_city_bearing_the_name_outside_the_region_named_stays() -> None:
    # the note's author thought it in another state: the city of that very name is meant
    text = "On 8 May 2024, gunmen killed a taxi driver in Apodaca, Jalisco, in front of his house."
    assert _near(text, "MEX", (25.78, -100.19), km=5.0)


# -- a real town far from a town named as the hint is not meant ------------------------------------


def test_a_sector_given_with_its_district_is_not_a_real_town_far_away() -> None:
    text = (
        "On 8 May 2024, Pakistani troops fired at Indian posts in Shahpur "
        "sector (Poonch district), killing a soldier."
    )
    assert _near(text, "IND", POONCH)


def test_a_village_given_with_its_district_town_is_the_namesake_nearest_it() -> None:
    text = "On 8 May 2024, gunmen shot dead a shopkeeper in Rampur, Jaunpur (UP)."
    _, lat, lon = _one(text)
    assert distance_km((28.81, 79.03), (lat, lon)) > 300  # not the city of Rampur, far from Jaunpur


def test_a_real_town_named_alone_stays_the_real_town() -> None:
    text = "On 8 May 2024, gunmen shot dead a shopkeeper in Rampur (UP)."
    assert _near(text, "IND", (28.81, 79.03), km=5.0)
