"""Places, round 45 (issue 14): a town name misspelt in an article about one country is that
country's town one letter away (never a town abroad, never with no country to go by), a town named
beside the town it lies in is the namesake near it, a name set right after "place" is the square's,
not a person, and a town followed by its other name in brackets is one place; sentences of our own,
as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import facts, fr_rows, placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.misspelt_towns import misspelt_town
from conflictkg.textkeys import haversine_km

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_a_misspelt_town_inside_the_country_only(gaz: Gazetteer) -> None:
    got = misspelt_town(gaz, "Bordeau", "FRA")
    assert got is not None and (got.name, got.country) == ("Bordeaux", "FRA")
    assert misspelt_town(gaz, "Bordeau", "DEU") is None  # never abroad
    assert misspelt_town(gaz, "Bordeau", None) is None  # no country to go by
    assert misspelt_town(gaz, "bordeau", "FRA") is None  # a lower-case word is no name
    assert misspelt_town(gaz, "Misrada", "LBY") is None  # two letters from Misratah: unsure


def test_a_misspelt_town_in_an_article_about_its_country() -> None:
    text = (
        "Les syndicats ont appelé à la grève partout en France. "
        "La police a arrêté vingt manifestants à Bordeau mardi."
    )
    assert fr_rows(text) == {
        ("Police Forces of France", "COERCE", "Protesters (France)", "Bordeaux"),
        ("Protesters (France)", "PROTEST", None, "Bordeaux"),
    }


def test_a_misspelt_town_with_no_country_stays_unplaced() -> None:
    assert placed("Riot police detained twenty students in Bordeau on Monday.", "en", "2020-05-01") == {
        ("COERCE", None, None)
    }


def test_a_town_inside_a_named_city_is_the_namesake_there() -> None:
    text = "La Turquie reste divisée. La police a arrêté dix manifestants à Kadikoy, à Istanbul."
    f = facts(text, "fr")
    located = {loc.id: loc for loc in f.locations}
    spots = {e.location_id for e in f.events if e.location_id}
    assert {(located[i].name, located[i].country) for i in spots} == {("Kadıköy", "TUR")}
    (loc,) = (located[i] for i in spots)
    assert loc.lat is not None and loc.lon is not None
    assert haversine_km(loc.lat, loc.lon, 41.01, 28.98) < 30  # in Istanbul, not a village so named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town followed by its other name in brackets: one place
        (
            "Indian police arrested forty protesters in Mumbai (Bombay) on Sunday.",
            {("COERCE", "Mumbai", "IND"), ("PROTEST", "Mumbai", "IND")},
        ),
    ],
)
def test_places(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text, "en", "2020-05-01") == expected


def test_a_town_and_its_french_exonym_in_brackets() -> None:
    assert fr_rows("La police chinoise a arrêté cinquante manifestants à Guangzhou (Canton) dimanche.") == {
        ("Police Forces of China", "COERCE", "Protesters (China)", "Guangzhou"),
        ("Protesters (China)", "PROTEST", None, "Guangzhou"),
    }


def test_a_square_named_after_a_person_is_no_actor() -> None:
    # the name set right after "place" is the square's, not a person the police act on
    text = "Des policiers égyptiens ont arrêté des manifestants sur la place Abdel Moneim Riyad."
    assert fr_rows(text) == {
        ("Police Forces of Egypt", "COERCE", "Protesters (Egypt)", "place Abdel Moneim Riyad"),
        ("Protesters (Egypt)", "PROTEST", None, "place Abdel Moneim Riyad"),
    }
