"""Places, round 42 (issue 14): first-level regions in the gazetteer index (admin1), a region that
contains its towns for the tellings of one event, "Town, Region" pairs resolved inside the region
(accents folded; a town the gazetteer lacks there is placed at the region), and a multi-word place
name that wins over an actor alias that is only part of it; sentences of our own, as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, facts, placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.regions import contains, region_codes, town_in
from conflictkg.textkeys import haversine_km

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_a_region_contains_its_towns_only(gaz: Gazetteer) -> None:
    mopti = gaz.admin_place(next(a for a in gaz.admins("Mopti", "MLI") if a.top))
    djenne, kayes = gaz.lookup("Djenne", "MLI"), gaz.lookup("Kayes", "MLI")
    sevare = gaz.lookup("Sevare", "MLI")  # curated: the admin1 of its nearest GeoNames town
    assert djenne is not None and kayes is not None and sevare is not None
    assert (contains(gaz, mopti, djenne), contains(gaz, mopti, sevare), contains(gaz, mopti, kayes)) == (
        True,
        True,
        False,
    )
    mali = gaz.country_place("MLI")
    assert mali is not None and contains(gaz, mali, kayes) and not contains(gaz, djenne, mopti)


def test_region_names_fold_accents(gaz: Gazetteer) -> None:
    assert region_codes("Nuevo León", "MEX") == region_codes("nuevo leon", "MEX") != frozenset()
    assert region_codes("Nuevo Leon", "VEN") == frozenset()
    town = town_in(gaz, "San Cárlos", "Cojedes", "VEN")
    assert town is not None and (town.name, town.country) == ("San Carlos", "VEN")
    assert town_in(gaz, "Maracaibo", "Cojedes", "VEN") is None


def test_a_region_without_a_namesake_inside_is_placed_among_its_towns(gaz: Gazetteer) -> None:
    # the village "Nuevo León" of Baja California is not where the state of Nuevo León lies
    state = gaz.admin_place(next(a for a in gaz.admins("Nuevo Leon", "MEX") if a.top))
    assert state.lat is not None and state.lon is not None  # the median point of its towns
    assert haversine_km(state.lat, state.lon, 25.67, -100.31) < 150


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the town of that name inside the region, not the bigger namesake of another state
        ("Gunmen attacked a police station in San Carlos, Cojedes.", {("FIGHT", "San Carlos", "VEN")}),
        ("Gunmen attacked a police station in San Cárlos, Cojedes.", {("FIGHT", "San Carlos", "VEN")}),
        # a town the gazetteer lacks in that state: named as written, in that state's country
        (
            "Gunmen attacked a checkpoint in Benito Juarez, Nuevo Leon, killing two police officers.",
            {("FIGHT", "Benito Juarez", "MEX")},
        ),
        # a place name whose last word is a country's other name
        ("Police arrested three gang members in San Salvador.", {("COERCE", "San Salvador", "SLV")}),
    ],
)
def test_town_and_region(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text, "en", "2020-05-01") == expected


def test_a_town_unknown_in_its_region_is_placed_at_the_region() -> None:
    f = facts("Gunmen attacked a checkpoint in Benito Juarez, Nuevo Leon, killing two police officers.", "en")
    (loc,) = f.locations
    assert loc.lat is not None and loc.lon is not None
    assert haversine_km(loc.lat, loc.lon, 25.67, -100.31) < 150


def test_san_salvador_is_no_actor() -> None:
    assert en_rows("Police arrested three gang members in San Salvador.") == {
        ("Police Forces of El Salvador", "COERCE", "Unidentified Armed Group (El Salvador)", "San Salvador")
    }  # gang members are an armed group (round en46): the arrested are its


def test_a_region_and_a_town_in_it_tell_one_event() -> None:
    region = "Jihadists attacked an army post in the Mopti region.\n"
    assert en_rows(
        region + "On Monday jihadists attacked an army post in Sevare, killing four soldiers."
    ) == {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Sévaré")}
    # a town of another region: two events
    assert en_rows(region + "On Monday jihadists attacked an army post in Kayes, killing four soldiers.") == {
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti"),
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kayes"),
    }
