"""English SOHR-style headlines, round 66 (issue 14): where a headline's event is when it drops the
preposition ("A blast rocks X", "clashes X countryside", "X's outskirts"), and a group named after the
state backing it ("Turkey-backed gunmen") is of that state's camp, not of that state."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an event noun's eventless verb strikes is where it happened
        ("A huge explosion rocks Binnish", {(UAG, "FIGHT", None, "Binnish")}),
        ("Two blasts rock Idlib city", {(UAG, "FIGHT", None, "Idlib")}),
        # a place phrase set beside the event noun with no preposition
        ("Renewed clashes Idlib countryside", {(UAG, "FIGHT", None, "Idlib")}),
        # a place's surroundings named by its possessive or by the name before them
        ("Heavy clashes in Idlib outskirts", {(UAG, "FIGHT", None, "Idlib")}),
        ("Rebels shelled Binnish's outskirts", {(UAG, "FIGHT", None, "Binnish")}),
    ],
)  # fmt: skip
def test_place_without_preposition(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2016-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun struck names no place
        ("A blast rocks the market", {("Unidentified Armed Group", "FIGHT", None, None)}),
        # whose control an area is under names no place ("the outskirts" would)
        ("Clashes under Turkey's control", {("Unidentified Armed Group (Turkey)", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_no_place_without_preposition(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2016-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X-backed": X's camp, backed by X, never X's own unnamed group
        ("Turkey-backed gunmen shelled the outskirts of Binnish",
         {("Turkey", "SUPPORT", "Unidentified Armed Group", None),
          ("Unidentified Armed Group", "FIGHT", None, None)}),
        ("Russia-backed fighters shelled the outskirts of Binnish",
         {("Russia", "SUPPORT", "Unidentified Armed Group", None),
          ("Unidentified Armed Group", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_backed_camp(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2016-05-01") == expected


def test_trained_is_no_camp() -> None:
    # a participle of no backing ("trained") leaves the demonym the group's country
    assert rows("Turkey-trained gunmen shelled the outskirts of Binnish", "en", "2016-05-01") == {
        ("Unidentified Armed Group (Turkey)", "FIGHT", None, None)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's demonym says who fights: the shelling came from a Syrian town
        ("A Russian soldier died in mortar fire from Syria's Binnish",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Russian Armed Forces", None)}),
        # with no place named, the force's country is the one sign left
        ("Gunmen ambushed two Turkish soldiers, officials said",
         {("Unidentified Armed Group (Turkey)", "FIGHT", "Military Forces of Turkey", None)}),
        # a place in the force's own country
        ("Gunmen shot dead three Turkish soldiers in Ankara",
         {("Unidentified Armed Group (Turkey)", "FIGHT", "Military Forces of Turkey", "Ankara")}),
    ],
)  # fmt: skip
def test_force_demonym_is_who_not_where(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", "2016-05-01") == expected


def test_named_territory_counts_as_a_place() -> None:
    # "en territoire syrien" is a place: the article's country though the force is Turkish
    text = "L'armée turque a pilonné des positions militaires en territoire syrien."
    expected = {("Military Forces of Turkey", "FIGHT", "Syrian Arab Army", "Syria")}
    assert rows(text, "fr", "2016-05-01") == expected
