"""Round 82 (issue 14), without a model: a place described at its area's town carries that town's
point marked ``precision="area"``, and SAME_AS compares its name over a wider window; a short name
found abroad only as another name of a place, or a foreign subdivision, is weighed against the
countries of the text's actors (``nlp/foreign_signs.py``); a name written without the Arabic
article, in a country speaking Arabic, is the place bearing it with the article."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from conflictkg.derived.linking import _item, score_pair
from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.model import Location
from conflictkg.nlp.foreign_signs import actors_namesake, alias_only, article_sign, stray_alias
from conflictkg.nlp.place_checks import described_at

MISRATA = (32.37535, 15.09254)
FAR_SOUTH = (30.9, 15.0)  # ~165 km south of the town: still its wide district


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _row(id_: str, source: str, lat: float, lon: float, precision: str | None = None) -> dict[str, Any]:
    return {
        "id": id_, "source": source, "type": "FIGHT", "date": "2021-04-02", "precision": "day", "geo": None,
        "country": None, "place": f"loc:{id_}", "place_country": "LBY", "place_kind": "place",
        "lat": lat, "lon": lon, "place_precision": precision, "place_name": "Bir Zawiyat Hamdan",
        "place_aliases": [], "actor": "actor:lna", "actor_kind": "armed_group", "actor_name": "LNA",
        "actor_country": "LBY", "target": None, "target_kind": None, "target_name": None,
        "target_country": None,
    }  # fmt: skip


def test_a_town_lends_its_point_marked_as_its_areas() -> None:
    town = Location(
        id="loc:gn:1", name="Misratah", kind="city", country="LBY", lat=MISRATA[0], lon=MISRATA[1]
    )
    got = described_at("Bir Zawiyat Hamdan", None, town)
    assert (got.lat, got.lon, got.precision) == (*MISRATA, "area")


def test_same_as_compares_an_area_placed_name_over_a_wider_window() -> None:
    record = _item(_row("b", "acled", *FAR_SOUTH))
    area, exact = _item(_row("a", "text", *MISRATA, "area")), _item(_row("a", "text", *MISRATA))
    assert record is not None and area is not None and exact is not None
    assert area.area and (area.lat, area.lon) == MISRATA  # its point is kept, unlike a unit's centre
    got = score_pair(area, record)
    assert got is not None and "place: same name (bir zawiyat hamdan)" in got[1]
    assert score_pair(exact, record) is None  # a precise point that far is another place
    beyond = _item(_row("c", "acled", 27.5, 15.0))  # ~540 km: beyond the area's window too
    assert beyond is not None and score_pair(area, beyond) is None


def test_a_foreign_canton_yields_to_a_town_of_the_two_sides_countries(gaz: Gazetteer) -> None:
    assert actors_namesake(gaz, "Uri", "CHE", Counter({"IND": 1, "PAK": 1})) == "IND"
    # a lone actor's country keeps the subdivision's sign; so does a canton with its own city
    assert actors_namesake(gaz, "Uri", "CHE", Counter({"IND": 1})) is None
    assert actors_namesake(gaz, "Geneva", "CHE", Counter({"USA": 1, "RUS": 1})) is None


def test_a_short_name_borne_abroad_only_as_another_name_is_no_sign(gaz: Gazetteer) -> None:
    assert alias_only(gaz, "Nawa", "JPN", Counter({"AFG": 1}))
    assert not alias_only(gaz, "Nawa", "JPN", Counter())  # no actor to weigh it against
    naha = gaz.lookup("Naha")
    assert naha is not None and naha.country == "JPN"
    assert stray_alias(gaz, "Nawa", naha) and not stray_alias(gaz, "Naha", naha)


def test_a_name_without_its_arabic_article(gaz: Gazetteer) -> None:
    assert article_sign(gaz, "Arima", "TTO", Counter({"SYR": 1})) == "SYR"
    assert article_sign(gaz, "Arima", "TTO", Counter({"USA": 1})) is None
    hit = gaz.lookup("Arima", "SYR")
    assert hit is not None and hit.country == "SYR"
    trinidad = gaz.lookup("Arima", "TTO")
    assert trinidad is not None and trinidad.country == "TTO"
