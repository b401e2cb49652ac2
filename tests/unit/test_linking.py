"""Cross-source matching rules, without a store."""

from __future__ import annotations

from typing import Any

from conflictkg.derived.linking import _item, candidate_pairs, score_pair, select

TRIPOLI = (32.8874, 13.1873)
MITIGA = (32.894, 13.276)  # 8.3 km from Tripoli's centre
GHARYAN = (32.1722, 13.0203)  # 80 km south


def row(id_: str, source: str, type_: str = "FIGHT", date: str = "2020-05-09", **kw: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": id_, "source": source, "type": type_, "date": date, "precision": "day", "geo": None,
        "country": None, "place": f"loc:{id_}", "place_country": "LBY", "place_kind": "city",
        "lat": TRIPOLI[0], "lon": TRIPOLI[1], "actor": "actor:lna", "actor_kind": "armed_group",
        "actor_name": "LNA", "actor_country": "LBY", "target": None, "target_kind": None,
        "target_name": None, "target_country": None,
    }  # fmt: skip
    base.update(kw)
    return base


def pair(a: dict[str, Any], b: dict[str, Any]) -> tuple[float, list[str]] | None:
    ia, ib = _item(a), _item(b)
    assert ia is not None and ib is not None
    return score_pair(ia, ib)


def test_same_happening_matches_with_reasons() -> None:
    got = pair(row("a", "text"), row("b", "acled", geo=1, lat=MITIGA[0], lon=MITIGA[1]))
    assert got is not None
    score, reasons = got
    assert 0.85 < score < 1.0
    assert reasons[0] == "type: FIGHT" and reasons[1] == "date: same day"
    assert reasons[2].startswith("place: 8.") and reasons[3] == "actor: same LNA"


def test_fight_and_assault_are_one_family() -> None:
    got = pair(row("a", "text", "ASSAULT"), row("b", "acled", "FIGHT"))
    assert got is not None and got[1][0] == "type: ASSAULT~FIGHT"


def test_incompatible_types_dates_places_actors() -> None:
    assert pair(row("a", "text", "PROTEST"), row("b", "acled", "FIGHT")) is None
    assert pair(row("a", "text"), row("b", "acled", date="2020-05-12")) is None
    assert pair(row("a", "text"), row("b", "acled", geo=1, lat=GHARYAN[0], lon=GHARYAN[1])) is None
    assert pair(row("a", "text"), row("b", "acled", place_country="TUN")) is None
    assert (
        pair(row("a", "text"), row("b", "acled", actor="actor:x", actor_name="X", actor_country="SYR"))
        is None
    )


def test_adjacent_days_and_imprecise_dates() -> None:
    got = pair(row("a", "text"), row("b", "acled", date="2020-05-10"))
    assert got is not None and got[1][1] == "date: adjacent days"
    # a month-precise text event overlaps a day in that month
    got = pair(row("a", "text", date="2020-05", precision="month"), row("b", "acled", date="2020-05-21"))
    assert got is not None and got[1][1] == "date: overlapping within precision"
    # week precision widens the window
    assert pair(row("a", "text"), row("b", "acled", date="2020-05-14")) is None
    assert pair(row("a", "text"), row("b", "acled", date="2020-05-14", precision="week")) is not None


def test_region_precision_widens_the_radius() -> None:
    far = {"lat": 32.55, "lon": 13.19}  # 37 km
    assert pair(row("a", "text"), row("b", "acled", geo=1, **far)) is None
    assert pair(row("a", "text"), row("b", "acled", geo=3, **far)) is not None
    country = pair(row("a", "text"), row("b", "gdelt", geo=4, lat=25.0, lon=17.0))
    assert country is not None and country[1][2] == "place: same country (LBY)"


def test_unknown_actor_is_compatible() -> None:
    got = pair(
        row("a", "text"),
        row("b", "gdelt", actor="actor:u", actor_kind="unknown", actor_name="Unidentified actor"),
    )
    assert got is not None and got[1][3] == "actor: unknown on one side"


def test_blocking_selection_and_direction() -> None:
    rows = [
        row("ev:9", "text"),
        row("ev:1", "acled", geo=1),
        row("ev:2", "acled", geo=1, date="2020-05-10"),
        row("ev:3", "acled", geo=1, date="2020-06-09"),
        row("ev:4", "text", geo=1),  # same source as ev:9: never linked to it
        row("ev:5", "gdelt", place_country="TUN"),
    ]
    items = [i for i in map(_item, rows) if i]
    links = select(candidate_pairs(items), per_source=1)
    # one best ACLED record per text event, and the link runs from the lower id to the higher
    assert [(r["a"], r["b"]) for r in links] == [("ev:1", "ev:4"), ("ev:1", "ev:9")]
    links = select(candidate_pairs(items), per_source=3)
    assert [(r["a"], r["b"]) for r in links] == [
        ("ev:1", "ev:4"),
        ("ev:1", "ev:9"),
        ("ev:2", "ev:4"),
        ("ev:2", "ev:9"),
    ]
