"""Places, round enloc85b (issue 14): the third English article gold (re3d). Towns of Iraq's
Euphrates border strip the gazetteer lacked ("Karabilah" fell to Karbala by its consonants), and a
town told again by its kind noun ("the city") is the one the sentence before named with that noun
("the city of Ubaydi"), not the place of that sentence's events. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, located

pytestmark = pytest.mark.nlp


# -- towns of the Al Qa'im border strip --------------------------------------------------------------


def test_karabilah_is_not_karbala() -> None:
    text = "Iraqi troops shelled insurgent positions in Karabilah on Sunday."
    ((name, country, lat, lon),) = located(text)
    assert (name, country) == ("Karabilah", "IRQ")
    assert lat is not None and lon is not None and lat > 34.0 and lon < 41.5  # the Syrian border


def test_husaybah_is_a_town_of_its_own() -> None:
    text = "Insurgents attacked a police station in Husaybah on Tuesday."
    assert {r[3] for r in en_rows(text)} == {"Husaybah"}


def test_ubaydi_is_found() -> None:
    text = "American aircraft bombed a militant hideout near Ubaydi on Friday."
    assert {loc[:2] for loc in located(text)} == {("Ubaydi", "IRQ")}


def test_karbala_stays_karbala() -> None:
    text = "Iraqi troops shelled insurgent positions in Karbala on Sunday."
    assert {loc[:2] for loc in located(text)} == {("Karbala", "IRQ")}


def test_al_qaim_stays_al_qaim() -> None:
    text = "Insurgents attacked a police station in Al Qaim on Tuesday."
    assert {r[3] for r in en_rows(text)} == {"Al Qā’im"}


# -- "the city" told again: the town the sentence before named with "city" -------------------------


def test_the_city_fell_is_the_city_named_before() -> None:
    text = (
        "After three days of fighting in Husaybah, the army moved into the city of Ubaydi. "
        "The fortified city fell to the army after a week of fighting."
    )
    assert ("Iraqi Security Forces", "CAPTURE", None, "Ubaydi") in en_rows(text)
    assert ("Iraqi Security Forces", "CAPTURE", None, "Husaybah") not in en_rows(text)


def test_the_town_fell_is_the_town_named_before_with_no_event() -> None:
    text = "Rebels entered the town of Ubaydi on Monday. The town fell to the rebels after three days."
    assert en_rows(text) == {("Unidentified Armed Group (Iraq)", "CAPTURE", None, "Ubaydi")}


def test_the_city_stormed_is_the_city_named_before() -> None:
    text = (
        "Fighting raged in Husaybah on Monday, and the army entered the city of Ubaydi. "
        "The army stormed the city after seven days of fighting."
    )
    assert ("Iraqi Security Forces", "FIGHT", None, "Ubaydi") in en_rows(text)


def test_a_town_named_with_another_noun_leaves_the_place_told() -> None:
    # "the town" never named the city: the event told before keeps its place
    text = "Rebels attacked Ariha. Thousands fled to the city of Idlib. The town fell to the rebels."
    assert ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Idlib") not in en_rows(text)


def test_the_town_with_a_name_of_its_own_is_that_town() -> None:
    text = "Rebels attacked Ariha on Monday. The town of Saraqib fell to the rebels on Tuesday."
    assert ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Saraqib") in en_rows(text)


# -- "on the way / along the road to X": where the way leads --------------------------------------------


def test_an_attack_on_the_road_to_a_town_is_placed_there() -> None:
    text = "Insurgents attacked a military convoy along the road to Sirte."
    assert en_rows(text) == {
        ("Unidentified Armed Group (Libya)", "FIGHT", "Military Forces of Libya", "Sirte")
    }


def test_an_advance_on_the_road_to_a_town() -> None:
    text = "The army advanced along the road to Sirte."
    assert en_rows(text) == {("Military Forces of Libya", "FIGHT", None, "Sirte")}


def test_ground_taken_on_the_way_to_a_city_is_not_the_city_taken() -> None:
    # a capture's place is where control changed hands: the villages, not the city they lead to (merge
    # of round 85: the real gold places the SDF's advance at Raqqah but records no control change there)
    text = "The Syrian Democratic Forces liberated several villages on the way to Raqqah."
    assert en_rows(text) == {("Syrian Democratic Forces", "CAPTURE", None, None)}


def test_a_place_of_the_clause_wins_over_the_way_it_leads() -> None:
    text = "Rebels ambushed a convoy near Ghazni on its way to Kabul."
    assert {r[3] for r in en_rows(text)} == {"Ghazni"}


def test_a_way_to_no_place_places_nothing() -> None:
    text = "Rebels captured a bridge on the way to the capital."
    assert {r[3] for r in en_rows(text)} == {None}
