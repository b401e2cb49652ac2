"""Cross-source matching rules, without a store."""

from __future__ import annotations

from typing import Any

from conflictkg.derived.linking import _item, _items, candidate_pairs, score_pair, select

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
    gna = {"target": "actor:gna", "target_kind": "armed_group", "target_name": "GNA", "target_country": "LBY"}
    got = pair(row("a", "text", "ASSAULT", **gna), row("b", "acled", "FIGHT", **gna))
    assert got is not None and got[1][0] == "type: ASSAULT~FIGHT"
    # without a target the report cannot tell a fight from an assault
    got = pair(row("a", "text", "FIGHT"), row("b", "acled", "ASSAULT", **gna))
    assert got is not None and got[1][0] == "type: FIGHT~ASSAULT (no target to tell them apart)"
    assert pair(row("a", "text", "FIGHT"), row("b", "acled", "FIGHT", **gna)) > got  # type: ignore[operator]


def test_place_names_admin_areas_and_sentences() -> None:
    far = {"lat": 32.3754, "lon": 15.0925}  # Misrata, 190 km east of Tripoli
    named = {"place_name": "Ayn Zarah", "place_country": "LBY"}
    # a report's place named as written, with its area's coordinates: the record's place by name
    got = pair(row("a", "text", **named), row("b", "acled", geo=1, lat=32.8133, lon=13.2697, **named))
    assert got is not None and got[1][2] == "place: same name (ayn zarah)"
    # spelling variants of a several-word name; not one word and a longer one
    got = pair(
        row("a", "text", place_name="Qaser Bin Ghashir"),
        row("b", "acled", geo=1, place_name="Qaşr Bin Ghashīr", lat=32.6878, lon=13.1739),
    )
    assert got is not None and got[1][2] == "place: similar names (qaser bin ghashir ~ qasr bin ghashir)"
    assert (
        pair(row("a", "text", place_name="Donetsk"), row("b", "acled", place_name="Donetskyi", **far)) is None
    )
    # the same name too far away is another place
    assert (
        pair(
            row("a", "text", place_name="Al Hishah"),
            row("b", "acled", place_name="Al Hishah", lat=25.0, lon=20.0),
        )
        is None
    )
    # the report's place is the record's admin area
    got = pair(
        row("a", "text", place_name="Tripoli"),
        row("b", "acled", place_name="Salah Aldeen", admin1="Tripoli", **far),
    )
    assert got is not None and got[1][2] == "place: within tripoli"
    # no place in the report: its sentence names the record's place, even misspelt
    text = row("a", "text", place=None, place_country=None, lat=None, lon=None)
    record = row("b", "acled", place_name="Ayn Zarah", admin1="Tripoli", **far)
    said = "On 5 May, shells fired by LNA forces fell in Ayn Zara (Tripoli)."
    items = _items([text, record], {"a": [("art:1", said)]})
    got = score_pair(*items)
    assert got is not None and got[1][2] == "place: ayn zarah named in the report"
    # a report placed only in the record's province still names the record's place
    idlib = {"place": "loc:idlib", "place_kind": "region", "place_name": "Idlib", "lat": 35.9, "lon": 36.6}
    province = row("a", "text", **idlib)
    nayrab = row("b", "acled", place_name="Nayrab", lat=35.87, lon=36.72)
    items = _items([province, nayrab], {"a": [("art:1", "Regime forces shelled Nayrab in Idleb.")]})
    got = score_pair(*items)
    assert got is not None and got[1][2] == "place: nayrab named in the report"
    # a sentence that names no place of the record's
    items = _items([text, record], {"a": [("art:1", "On 5 May, LNA shells fell in Tripoli.")]})
    assert score_pair(*items) is None


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
    # the record of the next day scores clearly less than the same day's: not kept beside it
    assert [(r["a"], r["b"]) for r in links] == [("ev:1", "ev:4"), ("ev:1", "ev:9")]
    # records that score as well are all kept, up to per_source
    items = [i for i in map(_item, [*rows, row("ev:6", "acled", geo=1, lat=32.89)]) if i]
    links = select(candidate_pairs(items), per_source=3)
    assert [(r["a"], r["b"]) for r in links] == [
        ("ev:1", "ev:4"),
        ("ev:1", "ev:9"),
        ("ev:4", "ev:6"),
        ("ev:6", "ev:9"),
    ]
    # more records as good as the best than a report may keep: it cannot tell them apart
    assert select(candidate_pairs(items), per_source=1) == []


def test_a_group_of_no_country_meets_one_of_its_kind() -> None:
    crowd = {
        "actor": "actor:protesters", "actor_kind": "protesters", "actor_name": "Protesters",
        "actor_country": None,
    }  # fmt: skip
    kenyans = {
        "actor": "actor:protesters-kenya", "actor_kind": "protesters", "actor_name": "Protesters (Kenya)",
        "actor_country": "KEN",
    }  # fmt: skip
    got = pair(row("a", "text", "PROTEST", **crowd), row("b", "acled", "PROTEST", **kenyans))
    assert got is not None and got[1][3] == "actor: same kind of group (protesters)"
    # a named organisation of no country is no generic group
    union = {**crowd, "actor": "actor:union", "actor_kind": "protesters", "actor_name": "Teachers Union"}
    assert pair(row("a", "text", "PROTEST", **union), row("b", "acled", "PROTEST", **kenyans)) is None
