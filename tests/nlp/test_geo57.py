"""Places, round 57 (issue 14): a place the gazetteer lacks, said to lie in a province that has only a
rough centre, is put at that centre, marked ``precision="unit"`` (was: no coordinates); so is a
village near which a monitoring mission reports, at the centre of the area it works in; SAME_AS never
compares distances with such a rough point. Of a mission's village, a namesake inside its area beats
a real town far away that bears the name only as an old one, or is only spelt alike. The seats of
eastern Congo's territories, which GeoNames lacks, place the villages bracketed with them. Sentences
of our own."""

from __future__ import annotations

import pytest
from unit._extract import facts, located

from conflictkg.derived.linking import _item

pytestmark = pytest.mark.nlp


def _precisions(text: str) -> set[tuple[str, str | None]]:
    f = facts(text, "en", "2021-03-20")
    locs = {loc.id: loc for loc in f.locations}
    return {(locs[e.location_id].name, locs[e.location_id].precision) for e in f.events if e.location_id}


def test_an_unknown_village_of_a_province_with_a_rough_centre_is_put_there() -> None:
    text = (
        "On 12 March 2021, unidentified gunmen burned shops in Kasongolwa (Nzeleka, "
        "Haut-Katanga), killing a trader."
    )
    assert located(text) == {("Kasongolwa", "COD", -10.6, 27.7)}
    assert _precisions(text) == {("Kasongolwa", "unit")}


def test_a_state_named_in_its_own_words_gives_its_centre() -> None:
    text = (
        "On 14 March 2021, militiamen raided the village of Tulbaya (Um Dukhun, "
        "Central Darfur) and stole cattle."
    )
    assert located(text) == {("Tulbaya", "SDN", 12.8, 23.8)}


def test_an_unknown_village_beside_a_known_town_is_at_that_town_and_precise() -> None:
    text = (
        "On 12 March 2021, unidentified gunmen burned shops in Kasongolwa (Kipushi, "
        "Haut-Katanga), killing a trader."
    )
    assert located(text) == {("Kasongolwa", "COD", -11.76097, 27.25135)}
    assert _precisions(text) == {("Kasongolwa", "area")}  # geo82: the town's point, as its area's (was None)


def test_an_unknown_village_of_a_whole_country_stays_unplaced() -> None:
    text = "On 12 March 2021, unidentified gunmen burned shops in Kasongolwa, Congo, killing a trader."
    assert located(text) == {("Kasongolwa", "COD", None, None)}


_SMM = "On 2 March 2021, the OSCE SMM heard 14 blasts from unidentified weapons near "


def test_a_village_whose_namesakes_lie_far_from_a_missions_area_is_at_its_centre() -> None:
    # GeoNames' Stavchany lie in the west, far from the front line the mission watches
    text = _SMM + "Stavchany."
    assert located(text) == {("Stavchany", "UKR", 48.0, 38.0)}
    assert _precisions(text) == {("Stavchany", "unit")}


def test_a_known_town_near_which_a_mission_reports_keeps_its_own_point() -> None:
    text = _SMM + "Horlivka."
    assert located(text) == {("Horlivka", "UKR", 48.29986, 38.01709)}
    assert _precisions(text) == {("Horlivka", None)}


def test_a_missions_village_is_not_a_far_city_that_once_bore_its_name() -> None:
    # a city of the south was once so called; a village of the name lies on the front line
    assert located(_SMM + "Novooleksandrivka.") == {("Novooleksandrivka", "UKR", 48.26194, 39.63714)}


def test_a_missions_town_is_the_one_inside_its_area_bearing_the_name() -> None:
    # a bigger town so named lies far west; the one inside the area bore the name written
    assert located(_SMM + "Pervomaisk.") == {("Sokolohirsk", "UKR", 48.6279, 38.52389)}


def test_a_real_city_far_from_a_missions_area_bearing_the_very_name_stays() -> None:
    assert located(_SMM + "Lviv.") == {("Lviv", "UKR", 49.83826, 24.02324)}


def test_a_village_of_a_congolese_territory_is_at_the_territorys_seat() -> None:
    text = "On 9 March 2021, Mai-Mai fighters attacked an army post at Kashebere (Walikale, North Kivu)."
    assert located(text) == {("Kashebere", "COD", -1.42, 28.05)}


def test_a_kenyan_city_spelt_like_a_congolese_seat_stays_kenyan() -> None:
    text = "On 9 March 2021, hundreds of traders marched in Mombasa against new market fees."
    assert located(text) == {("Mombasa", "KEN", -4.05466, 39.66359)}


def _row(precision: str | None) -> dict[str, object]:
    return {
        "id": "e1", "source": "text", "type": "FIGHT", "date": "2021-03-02", "precision": "day",
        "geo": None, "country": "UKR", "place": "loc:x", "place_country": "UKR", "place_kind": "place",
        "lat": 48.0, "lon": 38.0, "place_precision": precision, "place_name": "Stavchany",
        "place_aliases": [], "target": None, "actor": None,
    }  # fmt: skip


def test_same_as_compares_no_distance_with_a_rough_point() -> None:
    rough, exact = _item(_row("unit")), _item(_row(None))
    assert rough is not None and (rough.lat, rough.lon) == (None, None)
    assert exact is not None and (exact.lat, exact.lon) == (48.0, 38.0)
