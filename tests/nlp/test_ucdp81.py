"""English SOHR-style headlines, round 81 (issue 14): who acts and who is hit. An -ing attack noun
with an agent of its own is the event noun ("killed in shelling by X"); a unit of the Syrian army
and an ally of the SDF are named as the KB names them; a fight renewed between two sides is fought
by both; a massacre or an assassination told with no author is the unnamed armed group's."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"
PUBLISHED = "2018-03-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three civilians killed in shelling by regime forces on Saraqib",
         {(SAA, "ASSAULT", "Civilians (Syria)", "Saraqib")}),
        ("Two children killed in shelling by ISIS on the neighbourhoods of Deir Ezzor",
         {("Islamic State", "ASSAULT", "Civilians (Syria)", "Deir ez-Zor")}),
        ("A woman wounded in bombing by the Turkish forces on Tal Rifaat",
         {("Military Forces of Turkey", "ASSAULT", "Civilians (Syria)", "Tall Rif‘at")}),
        ("Renewed shelling by government troops hits farmland near Hama", {(SAA, "FIGHT", None, "Ḩamāh")}),
        ("Renewed shelling by the factions on the city of Mhardeh", {(UAG, "FIGHT", None, "Maharda")}),
    ],
)  # fmt: skip
def test_attack_noun_with_its_own_agent(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by night" names no one: the attacker stays unnamed
        ("Two farmers killed in shelling by night on Kafr Nabl", {(UAG, "FIGHT", None, "Kafranbel")}),
        # a gerund with an object is a clause of its own
        ("The army began shelling by night the positions near Latamna",
         {("Military Forces", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_gerund_with_no_agent_of_its_own(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tiger Forces advance towards Khan Shaykhun", {(SAA, "FIGHT", None, "Khān Shaykhūn")}),
        # the Syrian Elite Forces fought beside the SDF: no unit of the Syrian army
        ("Syrian Elite Forces advance towards the Tabqa dam near Raqqa",
         {("Syrian Elite Forces", "FIGHT", None, "Al-Tabqa")}),
    ],
)  # fmt: skip
def test_named_forces(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes renewed between the regime forces and ISIS in the desert of Homs",
         {(SAA, "FIGHT", "Islamic State", "Homs"), ("Islamic State", "FIGHT", SAA, "Homs")}),
    ],
)  # fmt: skip
def test_fight_renewed_between_two_sides(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_renewed_with_an_object_names_no_sides() -> None:
    # what the clashes renewed is fear, not a fight between its "between" sides
    text = "The clashes renewed fears between the residents and the council in Idlib"
    assert rows(text, "en", PUBLISHED) == {(UAG, "FIGHT", None, "Idlib")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A massacre in Saraqib leaves 9 casualties", {(UAG, "ASSAULT", "Civilians (Syria)", "Saraqib")}),
        ("A massacre in the countryside of Daraa claims the lives of 6 citizens",
         {(UAG, "ASSAULT", "Civilians (Syria)", "Dar‘ā")}),
        ("An assassination hits two members of the SDF in Raqqa city",
         {(UAG, "FIGHT", "Syrian Democratic Forces", "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_unsigned_massacre_or_assassination_is_the_unnamed_groups(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


def test_massacre_remembered_is_no_attack() -> None:
    assert rows("The massacre of Srebrenica was commemorated in Bosnia", "en", PUBLISHED) == set()
