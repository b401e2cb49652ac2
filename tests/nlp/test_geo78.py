"""Events placed at the right spot (issue 14, round geo78), in headlines and notes of our own: Syrian
towns GeoNames holds as villages of no population are found with no country to go by ("air strikes on
al-Atarib"), and the front towns, quarters and regions it lacks or spells otherwise are places of the
gazetteer ("Lehaya", "Khan Toman", "Kafr Nabuda", "al-Marj area" of Eastern Ghouta), namesakes abroad
kept for a text of their own country (Libya's Al Marj)."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as rows

from conflictkg.knowledge.gazetteer import Gazetteer

pytestmark = pytest.mark.nlp


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_bombed_town_without_population_in_geonames() -> None:
    got = rows("Air strikes on al-Atarib kill four civilians")
    assert {r[3] for r in got} == {"Al Atārib"}


def test_toll_noun_on_a_town_without_population() -> None:
    got = rows("Human losses in aerial bombardment on Maskanah")
    assert {r[3] for r in got} == {"Maskanah"}


def test_countryside_of_a_town_named_as_a_modifier() -> None:
    got = rows("Shells target Marea countryside and kill two children")
    assert {r[3] for r in got} == {"Māri‘"}


def test_front_village_spelt_as_the_news_spells_it() -> None:
    got = rows("Regime forces advance in Lehaya after heavy shelling")
    assert got == {("Syrian Arab Army", "FIGHT", None, "Lahaya")}


def test_town_in_the_vicinity_named_by_a_variant_spelling() -> None:
    got = rows("IS militants attack regime positions in the vicinity of Khan Toman")
    assert {r[3] for r in got} == {"Khan Tuman"}


def test_first_of_two_bombed_villages() -> None:
    got = rows("Warplanes bomb Kafr Nabuda and Hamamiyat in the northern countryside of Hama")
    assert {r[3] for r in got} <= {"Kafr Nabudah", "Hamamiyat"}
    assert {r[3] for r in got}


def test_marj_area_of_eastern_ghouta() -> None:
    got = rows("Regime forces shell al-Marj area in Eastern Ghouta")
    assert {r[3] for r in got} == {"al-Marj"}


def test_libyan_al_marj_kept_for_a_libyan_note() -> None:
    got = rows("Gunmen attacked a checkpoint in Al Marj in eastern Libya")
    assert {r[3] for r in got} == {"Al Marj"}


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Khan Touman", "SYR"),
        ("Maardes", "SYR"),
        ("al-Lajat", "SYR"),
        ("Sokhna", "SYR"),
        ("al-Shuhail", "SYR"),
        ("Al-Ashara", "SYR"),
        ("Ramouseh", "SYR"),
        ("Qara Tapa", "IRQ"),
        ("El Menzah", "TUN"),
        ("Shewa Robit", "ETH"),
    ],
)
def test_front_places_known_with_no_country(gaz: Gazetteer, name: str, country: str) -> None:
    hit = gaz.lookup(name, None, "en")
    assert hit is not None and hit.country == country


@pytest.mark.parametrize(("name", "country"), [("Bani Zaid", "PSE"), ("Al Marj", "LBY"), ("Dhiban", "JOR")])
def test_namesake_abroad_kept_with_its_country(gaz: Gazetteer, name: str, country: str) -> None:
    hit = gaz.lookup(name, country, "en")
    assert hit is not None and hit.country == country
