"""Places, round 82 (issue 14): a foreign place a bare name points to must clear a stricter bar than
one of the countries the text's actors are of. A Swiss canton yields to the Kashmiri town of the two
armies firing there; a short name borne abroad only as another name of a city (Naha's "Nawa") is no
sign of that country; a name written without the Arabic article beside Syrian actors is the Syrian
village bearing it with the article, not a town of Trinidad. A place described at its area's town
carries the town's point marked ``precision="area"``. Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import facts, placed

pytestmark = pytest.mark.nlp


def _countries(text: str) -> set[str | None]:
    return {country for _, _, country in placed(text)}


def test_two_armies_firing_in_a_name_of_a_swiss_canton_fire_in_kashmir() -> None:
    text = (
        "On 8 May 2024, Pakistani troops fired mortar rounds at forward posts of the Indian army "
        "in Uri, wounding a porter."
    )
    assert _countries(text) == {"IND"}


def test_a_canton_beside_one_foreign_force_stays_a_sign_of_its_country() -> None:
    # a lone force abroad says nothing of where its target lies: no Indian sign, the canton stays
    text = "On 8 May 2024, Swiss police detained two hooligans in Uri after a football match."
    assert _countries(text) == {"CHE"}


def test_a_short_name_borne_by_a_japanese_city_only_as_another_name_is_not_japan() -> None:
    text = "On 8 May 2024, Afghan forces pushed back a Taliban raid on a checkpoint in Nawa, killing three."
    assert "JPN" not in _countries(text)


def test_a_name_without_its_article_beside_syrian_forces_is_syrian() -> None:
    text = "On 8 May 2024, Syrian army artillery pounded the edge of Arima with mortars, wounding a shepherd."
    assert _countries(text) == {"SYR"}


def test_a_trinidad_town_named_in_its_own_country_stays_there() -> None:
    text = "On 8 May 2024, police in Trinidad arrested two men after a shooting in Arima."
    assert _countries(text) <= {"TTO"}


def test_a_village_given_with_its_town_carries_the_towns_point_marked_as_its_area() -> None:
    f = facts("On 8 May 2024, LNA forces shelled GNA positions near Bir Zawiyat Hamdan (Misrata).", "en")
    locs = {loc.id: loc for loc in f.locations}
    got = {(locs[e.location_id].name, locs[e.location_id].precision) for e in f.events if e.location_id}
    assert got == {("Bir Zawiyat Hamdan", "area")}
