"""ACLED rows → facts, without a store: schemas, types, actors, dates, malformed rows."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.model import ArticleFacts
from conflictkg.structured.acled import (
    AcledConverter,
    AcledRow,
    classify,
    normalise,
    parse_date,
    read_acled,
    read_rows,
)
from conflictkg.structured.resolver import Resolver

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ACLED = SHARED / "eval" / "raw" / "acled"
GLOBAL_2020 = ACLED / "rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv"
AFRICA_2016 = ACLED / "aschharwood_acled_2016-06-17_to_2016-07-02_africa.csv"
needs_acled = pytest.mark.skipif(not GLOBAL_2020.exists(), reason="no ../shared/eval/raw/acled")

HEADER = (
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
)


def offline() -> Resolver:
    return Resolver(kb=False, gazetteer=False)


def row(**values: str) -> AcledRow:
    fields = dict.fromkeys(HEADER.split(","), "")
    fields.update(
        event_id_cnty="LBY1", event_date="9-May-20", time_precision="1", event_type="Battles",
        sub_event_type="Armed clash", actor1="Military Forces of Libya (2014-) Haftar Faction", inter1="1",
        actor2="Military Forces of Libya (2016-) Government of National Accord", inter2="1",
        country="Libya", iso3="LBY", location="Salah Aldeen", latitude="32.8286", longitude="13.2141",
        geo_precision="1", notes="On 9 May 2020, clashes. More text.", fatalities="2",
    )  # fmt: skip
    fields.update(values)
    return AcledRow(7, normalise(fields), "sha")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("9-May-20", "2020-05-09"),
        ("2016-06-17", "2016-06-17"),
        ("27 April 2020", "2020-04-27"),
        ("27 Apr 2020", "2020-04-27"),
    ],
)
def test_dates(text: str, iso: str) -> None:
    assert parse_date(text) == iso


def test_unreadable_date() -> None:
    with pytest.raises(ValueError, match="event_date"):
        parse_date("May the 9th")


def test_types() -> None:
    assert classify("Battles", "Armed clash", "1") == ("FIGHT", "193", False)
    assert classify("Battles", "Government regains territory", "2") == ("CAPTURE", "192", True)
    assert classify("Strategic developments", "Non-violent transfer of territory", "") == (
        "CAPTURE",
        "192",
        True,
    )
    assert classify("Explosions/Remote violence", "Shelling/artillery/missile attack", "1")[0] == "FIGHT"
    # shelling that hits civilians is one-sided violence
    assert classify("Explosions/Remote violence", "Shelling/artillery/missile attack", "7")[0] == "ASSAULT"
    assert classify("Protests", "Peaceful protest", "")[0] == "PROTEST"
    assert classify("Violence against civilians", "", "7")[0] == "ASSAULT"
    with pytest.raises(ValueError, match="unknown event type"):
        classify("Picnics", "Lunch", "")


def test_old_schema_is_normalised() -> None:
    old = normalise(
        {"": "3", "event_type": "Battle-Government regains territory", "ally_actor_1": "X", "actor1": "A"}
    )
    assert (old["event_type"], old["sub_event_type"], old["assoc_actor_1"]) == (
        "Battles", "Government regains territory", "X"
    )  # fmt: skip
    assert "" not in old


def test_actor_rules() -> None:
    r = offline()
    lna = r.acled_actor("Military Forces of Libya (2014-) Haftar Faction", "state", "LBY")
    gna = r.acled_actor("Military Forces of Libya (2016-) Government of National Accord", "state", "LBY")
    assert (lna.name, lna.country) == ("Libyan National Army", "LBY")
    assert (gna.name, gna.country) == ("Government of National Accord", "LBY")
    # ACLED's generic forces keep ACLED's name (the node the text's "Turkish soldiers" meets on) ...
    turkey = r.acled_actor("Military Forces of Turkey (2016-)", "state", "LBY")
    assert (turkey.id, turkey.name, turkey.kind, turkey.country) == (
        "actor:military-forces-of-turkey", "Military Forces of Turkey", "military", "TUR"
    )  # fmt: skip
    assert r.acled_actor("Government of Kenya (2013-)", "state", "KEN").name == "Kenya"
    police = r.acled_actor("Police Forces of Tunisia (2014-)", "state", "TUN")
    assert (police.name, police.kind, police.country) == ("Police Forces of Tunisia", "police", "TUN")
    spc = r.acled_actor("Military Forces of Mali (2021-) Some Faction", "state", "MLI")
    assert (spc.name, spc.country) == ("Military Forces of Mali: Some Faction", "MLI")
    uag = r.acled_actor("Unidentified Armed Group (Libya)", "armed_group", "LBY")
    assert (uag.name, uag.kind, uag.country) == ("Unidentified Armed Group (Libya)", "armed_group", "LBY")
    for name, kind in [
        ("Protesters (Libya)", "protesters"),
        ("Civilians (Libya)", "civilians"),
        ("Rioters (Libya)", "rioters"),
    ]:
        a = r.acled_actor(name, kind, "LBY")
        assert (a.name, a.kind, a.country) == (name, kind, "LBY")
    # Niger and Nigeria stay apart (no fuzzy merge of country-scoped names)
    assert (
        r.acled_actor("Civilians (Niger)", "civilians", "NER").id
        != r.acled_actor("Civilians (Nigeria)", "civilians", "NGA").id
    )
    # a generic name without a country is scoped by the event's country
    y = r.acled_actor("Militia (Pro-Government)", "armed_group", "YEM")
    s = r.acled_actor("Militia (Pro-Government)", "armed_group", "SOM")
    assert y.id != s.id and y.country == "YEM"


def test_row_to_facts() -> None:
    facts = AcledConverter(offline()).facts(row(assoc_actor_1="Military Forces of Turkey (2016-)"))
    assert facts.article.url == "acled:LBY1" and facts.article.source == "acled"
    main, coop = facts.events
    names = {a.id: a.name for a in facts.actors}
    assert (main.type, names[main.actor_id], names[main.target_id or ""]) == (
        "FIGHT", "Libyan National Army", "Government of National Accord"
    )  # fmt: skip
    assert (main.date, main.date_precision, main.extra["fatalities"], main.extra["acled_id"]) == (
        "2020-05-09", "day", 2, "LBY1"
    )  # fmt: skip
    assert main.evidence.text == "On 9 May 2020, clashes."
    # the associated actor acts alongside actor1: COOPERATE from Turkey to the LNA, less confident
    assert (coop.type, names[coop.actor_id], names[coop.target_id or ""]) == (
        "COOPERATE", "Military Forces of Turkey", "Libyan National Army"
    )  # fmt: skip
    assert coop.confidence < main.confidence and coop.extra["acled_role"] == "associated"
    assert facts.locations[0].lat == 32.8286


def test_territory_row_is_a_capture_by_actor1() -> None:
    facts = AcledConverter(offline()).facts(
        row(sub_event_type="Government regains territory", actor2="Islamic State (Tripoli)", inter2="2")
    )
    names = {a.id: a.name for a in facts.actors}
    ev = facts.events[0]
    assert (ev.type, names[ev.actor_id], names[ev.target_id or ""], ev.extra["control_change"]) == (
        "CAPTURE", "Libyan National Army", "Islamic State", True
    )  # fmt: skip


@pytest.mark.parametrize(("code", "precision"), [("1", "day"), ("2", "week"), ("3", "month")])
def test_time_precision(code: str, precision: str) -> None:
    ev = AcledConverter(offline()).facts(row(time_precision=code)).events[0]
    assert (ev.date_precision, ev.extra["time_precision"]) == (precision, int(code))


def test_missing_event_id_falls_back_to_data_id() -> None:
    facts = AcledConverter(offline()).facts(row(event_id_cnty="", data_id="7080698"))
    assert facts.article.url == "acled:data-7080698"


def test_malformed_rows_are_reported_with_their_line(tmp_path: Path) -> None:
    good = next(csv.reader([HEADER]))
    values = dict.fromkeys(good, "")
    values.update(
        event_id_cnty="X1", event_date="9-May-20", event_type="Battles", sub_event_type="Armed clash",
        actor1="Rioters (Libya)", country="Libya", iso3="LBY", notes='two\nlines, "quoted"',
    )  # fmt: skip
    path = tmp_path / "a.csv"
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(good)
        w.writerow([values[c] for c in good])  # lines 2-3 (a newline inside notes)
        w.writerow(["1", "2"])  # line 4: too few fields
        w.writerow([{**values, "event_id_cnty": "X2", "latitude": "north"}[c] for c in good])  # line 5
        w.writerow([{**values, "event_id_cnty": "X3", "event_date": "someday"}[c] for c in good])  # line 7
        w.writerow([{**values, "event_id_cnty": "X4"}[c] for c in good])  # line 9
    out = list(read_acled(path, offline()))
    errors = [str(e) for e in out if isinstance(e, InputError)]
    ok = [f.article.url for f in out if isinstance(f, ArticleFacts)]
    assert ok == ["acled:X1", "acled:X4"]
    assert errors == [
        f"{path}#line 4: 2 fields, the header has 31",
        f"{path}#line 5: latitude is not a number: 'north'",
        f"{path}#line 7: unreadable event_date 'someday'",
    ]


def test_not_an_acled_file(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("a,b\n1,2\n")
    with pytest.raises(InputError, match="not an ACLED export"):
        list(read_rows(path))


@needs_acled
@pytest.mark.parametrize(("path", "rows"), [(GLOBAL_2020, 5071), (AFRICA_2016, 500)])
def test_every_row_of_the_eval_files_converts(path: Path, rows: int) -> None:
    out = list(read_acled(path))
    facts = [f for f in out if isinstance(f, ArticleFacts)]
    assert [e for e in out if isinstance(e, InputError)] == []
    assert len(facts) == rows == len({f.article.id for f in facts})


@needs_acled
def test_2016_libya_territory_rows() -> None:
    facts = [f for f in read_acled(AFRICA_2016) if isinstance(f, ArticleFacts)]
    captures = Counter(
        (f.locations[0].country, e.extra["acled_event_type"], e.extra["sub_event_type"])
        for f in facts
        for e in f.events
        if e.type == "CAPTURE"
    )
    assert captures[("LBY", "Battles", "Government regains territory")] == 19
    assert captures[("LBY", "Strategic developments", "Non-violent transfer of territory")] == 2
