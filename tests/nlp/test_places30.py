"""Event places, round 30 (issue 14, item 4): landmarks, a capital named by its noun, the most
specific of two places, the Arabic article before a sun letter. Sentences of our own, as exact
(actor, type, target, place) rows, and the places' countries and kinds."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, facts
from unit._extract import fr_rows as rows

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.sun_letters import assimilated

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named square or palace is a place of its own, named as written, where its city is
        ("La police a dispersé des manifestants sur la place Tahrir au Caire.",
         {("Police Forces of Egypt", "COERCE", "Protesters (Egypt)", "place Tahrir"),
          ("Protesters (Egypt)", "PROTEST", None, "place Tahrir")}),
        ("Des milliers de manifestants se sont rassemblés sur la place des Martyrs à Beyrouth.",
         {("Protesters (Lebanon)", "PROTEST", None, "place des Martyrs")}),
        ("Un kamikaze s'est fait exploser sur la place Abdel Moneim Riyad au Caire.",
         {("Unidentified Armed Group (Egypt)", "ASSAULT", None, "place Abdel Moneim Riyad")}),
        # "à la place de": instead of, no square
        ("Les rebelles ont attaqué Gao à la place de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        # "la capitale X": the capital noun names the city after it
        ("Des centaines d'étudiants ont manifesté dans la capitale Beijing (Pékin).",
         {("Protesters (China)", "PROTEST", None, "Beijing")}),
        ("Une bombe a tué 15 personnes dans un marché de la capitale Mogadiscio.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Mogadishu")}),
        # an area of a place, then ", à X": X, the more specific (a misspelt city of that country)
        ("Deux hommes ont été attaqués dans la banlieue de Lyon, à Villeurbane, hier.",
         {("Unidentified Armed Group (France)", "ASSAULT", "Civilians (France)", "Villeurbanne")}),
        ("Des soldats ont été tués à Tessalit, dans le nord du Mali.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Tessalit")}),
        # an attack someone escaped: the place the escape verb gives, a site of a city included
        # a local office with no holder named stands for the state, as war30 reads it (ACLED: the government)
        ("Le gouverneur est sorti indemne d'un attentat survenu lundi dans un marché de la ville de "
         "Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Afghanistan", "Kandahār")}),
        # "Al-Rass" is GeoNames' "Ar Rass": the article said as the sun letter
        ("Trois hommes ont été tués à Al-Rass, dans le centre de l'Arabie saoudite, par la police.",
         {("Police Forces of Saudi Arabia", "ASSAULT", "Civilians (Saudi Arabia)", "Ar Rass")}),
    ],
)  # fmt: skip
def test_french_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police fired tear gas at protesters in Tahrir Square in Cairo.",
         {("Police Forces of Egypt", "COERCE", "Protesters (Egypt)", "Tahrir Square"),
          ("Protesters (Egypt)", "PROTEST", None, "Tahrir Square")}),
        ("Thousands of protesters gathered outside the Presidential Palace in Khartoum.",
         {("Protesters (Sudan)", "PROTEST", None, "Presidential Palace")}),
        ("Protesters gathered in the capital Kabul on Monday.",
         {("Protesters (Afghanistan)", "PROTEST", None, "Kabul")}),
    ],
)  # fmt: skip
def test_english_places(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


def test_landmark_lies_where_its_city_is() -> None:
    """The square is a place of the city's country at the city's coordinates, not a town namesake."""
    f = facts("Des manifestants se sont rassemblés sur la place des Martyrs à Beyrouth.", "fr")
    assert {(loc.name, loc.kind, loc.country, loc.lat is not None) for loc in f.locations} == {
        ("place des Martyrs", "landmark", "LBN", True)
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("In Lima, hundreds of students staged a demonstration in San Martin square on Monday.", "en",
         {("San Martin square", "landmark", "PER", True)}),
        ("Thousands of people rallied in Tahrir Square of Baghdad city.", "en",
         {("Tahrir Square", "landmark", "IRQ", True)}),
        ("Hundreds of people rallied in Baghdad's Tahrir Square.", "en",
         {("Tahrir Square", "landmark", "IRQ", True)}),
    ],
)  # fmt: skip
def test_landmark_city_named_elsewhere(
    text: str, lang: str, expected: set[tuple[str, str, str, bool]]
) -> None:
    """The city is a genitive, a possessive, or the place the sentence names besides."""
    f = facts(text, lang)
    assert {(loc.name, loc.kind, loc.country, loc.lat is not None) for loc in f.locations} == expected


def test_landmark_without_city() -> None:
    """No city named: the gazetteer's landmark of that name, else the landmark as written, never a
    town ("Laplace"); where the article placed the same landmark in a city before, that city's."""
    f = facts("Des milliers de manifestants se sont rassemblés sur la Place des martyrs.", "fr")
    assert {(loc.name, loc.country) for loc in f.locations} == {("Martyrs' Square", "LBN")}
    f = facts("Des milliers de manifestants se sont rassemblés sur la place de la Concorde.", "fr")
    assert {(loc.name, loc.lat) for loc in f.locations} == {("place de la Concorde", None)}
    text = (
        "Des manifestants libanais se sont rassemblés sur la Place des martyrs à Beyrouth. Mardi, des "
        "milliers de manifestants se sont encore rassemblés sur la Place des martyrs."
    )
    f = facts(text, "fr")
    assert {(loc.name, loc.country, loc.lat is not None) for loc in f.locations} == {
        ("Place des martyrs", "LBN", True)
    }


def test_sun_letters() -> None:
    sun = ({"al", "el"}, {"sh", "th", "dh", "t", "d", "r", "z", "s", "n"})
    assert assimilated("al rass", *sun) == "ar rass"
    assert assimilated("al shaykh", *sun) == "ash shaykh"
    assert assimilated("al qaim", *sun) is None  # a moon letter keeps "al"
    assert assimilated("rass", *sun) is None
    place = Gazetteer.load().lookup("Al-Rass", "SAU")
    assert place is not None and (place.name, place.country) == ("Ar Rass", "SAU")


def test_capitalised_name_split_by_an_apostrophe() -> None:
    """ "Dar'a" is no title-case word for the tagger: still a name, and the place it contains is Syria's
    Karak, not Jordan's."""
    text = "On 8 May 2020, a bomb planted by gunmen in Karak area in Dar'a detonated near a patrol."
    f = facts(text, "en")
    assert {(loc.name, loc.country) for loc in f.locations} == {("Karak", "SYR")}
