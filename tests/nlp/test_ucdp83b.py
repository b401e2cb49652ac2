"""English SOHR-style headlines, round ucdp83b (issue 14): a scene verb read after its place
("Idlib witnesses renewed fighting", "Daraa sees ..."), its place the head of a name NER took for a
person ("Rif Dimashq Desert"); a fight that goes on ("go on") between two sides; a group told by its
allegiance with no article ("attack gunmen loyal to the regime")."""

from __future__ import annotations

import pytest
from unit._extract import Row, both_fight, rows

pytestmark = pytest.mark.nlp


SAA = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lemmatizer left the verb re-tagged from a plural noun as written ("witnesses")
        ("Idlib witnesses violent clashes between the rebels and the regime forces",
         both_fight(UAG_SYR, SAA, "Idlib")),
        ("Daraa witnesses violent clashes between Jaysh al-Islam and the regime forces",
         both_fight("Jaysh al-Islam", SAA, "Dar‘ā")),
        # the parser kept the scene verb the subject of the participle after it
        ("Idlib witnesses renewed fighting between the rebels and the regime forces",
         both_fight(UAG_SYR, SAA, "Idlib")),
        ("Idlib witnesses renewed fighting", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        # the place noun heading a name is no person
        ("Rif Dimashq Desert witnesses fresh fighting close to the Jordanian border",
         {(UAG_SYR, "FIGHT", None, "Rīf Dimashq")}),
        # witnesses who tell of a fight stay people
        ("Witnesses saw heavy clashes in Tafas", {(UAG_SYR, "FIGHT", None, "Ţafas")}),
        ("Local witnesses describe violent clashes in Tafas", {(UAG_SYR, "FIGHT", None, "Ţafas")}),
    ],
)  # fmt: skip
def test_scene_verb_after_a_place(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting goes on in Douma between Jaysh al-Islam and the regime forces",
         both_fight("Jaysh al-Islam", SAA, "Dūmā")),
        ("Clashes go on in Harasta between Faylaq al-Rahman and the regime forces",
         both_fight("Faylaq al-Rahman", SAA, "Ḩarastā")),
        # with no sides named, the unnamed group's fight there
        ("Fighting goes on in Douma", {(UAG_SYR, "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_fight_going_on_between(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # with no article the parser hangs "loyal" on the verb
        ("Rebels attack gunmen loyal to the regime near Tafas", {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        ("Jihadists ambushed gunmen loyal to the regime near Tafas", {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        ("Rebels attack militiamen loyal to the government in Tafas", {(UAG_SYR, "FIGHT", SAA, "Ţafas")}),
        # loyalty with no object is no attack
        ("The rebels remain loyal to the regime in Tafas", set()),
    ],
)  # fmt: skip
def test_loyal_group_without_article(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whom a named side is loyal to is no third side
        ("Clashes between Ahrar al-Sham and the gunmen loyal to the regime in Tafas",
         both_fight("Ahrar al-Sham", UAG_SYR, "Ţafas")),
        # a group loyal to the government is the state's forces (allegiant.loyal_state, round roles83)
        ("Clashes in Tafas between Jaysh al-Islam and the militiamen loyal to the government",
         both_fight("Jaysh al-Islam", SAA, "Ţafas")),
        # a side named only by whom it is loyal to keeps that name
        ("Clashes between the rebels and the forces loyal to Assad in Tafas",
         both_fight(UAG_SYR, "Syria", "Ţafas")),
    ],
)  # fmt: skip
def test_allegiance_is_no_side(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # air bases named after their own names (curated places)
        ("IS fighters attacked the Jirah airbase on Sunday",
         {("Islamic State", "FIGHT", None, "Jirah air base")}),
        ("Clashes near Kuweires airbase", {(UAG_SYR, "FIGHT", None, "Kuweires air base")}),
        # a city's name before its outskirts, which NER read as a nationality
        ("Continuous clashes in Aleppo outskirts", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        ("Airstrikes target Aleppo outskirts", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        # a demonym before outskirts stays a demonym
        ("Clashes in Turkish outskirts", {("Unidentified Armed Group (Turkey)", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_air_bases_and_outskirts(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
