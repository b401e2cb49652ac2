"""Events placed where the headline's place phrase says (issue 14, round uplace75), in headlines of our
own: "dessert", the frequent misspelling of "desert", is a place noun as "desert" is, the desert around
a town standing for that town ("clashes in Palmyra dessert": Palmyra); a town's name the parser splits
into a modifier and its head inside one place entity ("Deir" hung on "Ezzor") is read whole; an air base
named after a town the gazetteer does not hold lies beside that town ("near Deir Ezzor Airbase")."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as rows

pytestmark = pytest.mark.nlp


def test_misspelt_desert_of_a_town_is_the_town() -> None:
    got = rows("Fierce clashes in Palmyra dessert between the regime forces and ISIS")
    assert {r[3] for r in got} == {"Tadmur"}


def test_advance_into_a_misspelt_desert() -> None:
    got = rows("Regime forces advance into Al-Suwaida dessert after heavy shelling")
    assert got == {("Syrian Arab Army", "FIGHT", None, "As Suwaydā'")}


def test_town_name_split_by_the_parser_is_read_whole() -> None:
    got = rows("Russian jets pound IS hideouts in Deir Ezzor southern dessert killing dozens")
    assert ("Russian Armed Forces", "FIGHT", "Islamic State", "Deir ez-Zor") in got


def test_air_base_named_after_a_town_is_beside_it() -> None:
    got = rows("Five soldiers were killed in shelling near Deir Ezzor Airbase")
    assert {r[3] for r in got} == {"Deir ez-Zor"}


def test_base_taken_off_from_is_not_the_place_struck() -> None:
    got = rows("Russian jets took off from Hmeimim Airbase and bombed Idlib")
    assert got == {("Russian Armed Forces", "FIGHT", None, "Idlib")}


def test_a_desert_with_no_name_leaves_the_town_named_after_it() -> None:
    got = rows("The militants attacked a checkpoint in the dessert south of Raqqa")
    assert {r[3] for r in got} == {"Ar Raqqah"}
