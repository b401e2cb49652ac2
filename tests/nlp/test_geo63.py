"""Places, round 63 (issue 14): a town named before an attack noun ("the Kano blast") is where the
attack happened, as is the toll a relative clause on that noun tells; a country's own name there is
the author, never the place. Districts and camps GeoNames lacks (Kadıköy, Cité Soleil, Paletwa,
Zamzam, the Catatumbo) are found. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import located

pytestmark = pytest.mark.nlp


def test_a_town_before_an_attack_noun_subject_is_its_place() -> None:
    text = "On 4 May 2021, the Maiduguri ambush left seven soldiers dead."
    assert located(text) == {("Maiduguri", "NGA", 11.84692, 13.15712)}


def test_a_capital_before_an_attack_noun_is_its_place_not_its_author() -> None:
    text = "The Kabul bombing killed six worshippers on Friday, officials said."
    assert located(text) == {("Kabul", "AFG", 34.52813, 69.17233)}


def test_the_toll_of_a_relative_clause_on_a_named_attack_is_there() -> None:
    text = "Al-Shabaab claimed the Mogadishu blast that killed nine traders."
    assert located(text) == {("Mogadishu", "SOM", 2.03711, 45.34375)}


def test_a_country_before_an_attack_noun_is_no_place() -> None:
    text = "On 4 May 2021, a US drone raid killed two fighters, the command said."
    assert located(text) == set()


def test_a_group_before_an_attack_noun_is_no_place() -> None:
    text = "The Hamas raid killed three soldiers, the army said."
    assert located(text) == set()


def test_a_place_the_attack_noun_governs_comes_first() -> None:
    text = "The Kabul attack on a guest house in Jalalabad killed four guards."
    assert located(text) == {("Jalālābād", "AFG", 34.42647, 70.45153)}


def test_a_district_of_a_big_city_beats_a_village_of_its_name() -> None:
    text = "On 8 May 2021, pupils rallied in Kadikoy, Istanbul, against a change of exam dates."
    assert located(text) == {("Kadıköy", "TUR", 40.99, 29.03)}


def test_a_commune_of_port_au_prince_is_found() -> None:
    text = "On 2 June 2021, rival gangs clashed in Cite Soleil, leaving four people dead."
    assert located(text) == {("Cité Soleil", "HTI", 18.58, -72.33)}


def test_a_town_of_chin_state_is_found() -> None:
    text = "On 2 June 2021, an artillery shell struck a house in Paletwa, wounding a woman."
    assert located(text) == {("Paletwa", "MMR", 21.3, 92.85)}


def test_a_camp_of_darfur_is_found() -> None:
    text = "On 2 June 2021, militiamen stormed the Zamzam camp, killing three displaced people."
    assert located(text) == {("Zamzam", "SDN", 13.5, 25.3)}


def test_a_border_region_of_colombia_is_found() -> None:
    text = "On 2 June 2021, guerrillas clashed with soldiers in the Catatumbo region."
    assert located(text) == {("Catatumbo", "COL", 8.6, -73.0)}


def test_a_far_namesake_outside_the_hinted_region_is_not_the_village_meant() -> None:
    # GeoNames' one Yasne lies in Zaporizhia oblast, 190 km off: the village at Donetsk
    text = "On 3 May 2021, separatist units fired mortars at army positions near Yasne, Donetsk."
    assert located(text) == {("Yasne", "UKR", 48.023, 37.80224)}


def test_a_namesake_in_the_next_region_far_from_the_hint_is_not_meant() -> None:
    # round 83: GeoNames' nearest Bohdanivka lies 135 km off in Dnipropetrovsk oblast, not in Donetsk
    # oblast: the village at Donetsk (a namesake just across the line, ~100 km, stays: test_geo58)
    text = "On 3 May 2021, separatist units fired mortars at army positions near Bohdanivka, Donetsk."
    assert located(text) == {("Bohdanivka", "UKR", 48.023, 37.80224)}
