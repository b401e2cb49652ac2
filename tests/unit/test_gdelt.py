"""GDELT 2.0 event records → facts, without a store, on the fixture files in tests/data/gdelt."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.model import ArticleFacts
from conflictkg.structured.gdelt import classify, columns, read_gdelt
from conflictkg.structured.resolver import Resolver, Skipped, fips_to_iso3

DATA = Path(__file__).resolve().parents[1] / "data" / "gdelt"
PLAIN = DATA / "20200509151500.export.CSV"
ZIPPED = DATA / "20200509151500.export.CSV.zip"
MALFORMED = DATA / "malformed.export.CSV"


def offline() -> Resolver:
    return Resolver(kb=False, gazetteer=False)


def test_column_layout() -> None:
    cols = columns()
    assert len(cols) == 61
    assert cols[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert cols[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert cols[51:] == (
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
        "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    )  # fmt: skip


def test_cameo_codes() -> None:
    assert classify("193", "193", "19") == ("FIGHT", "asserted")
    assert classify("192", "192", "19") == ("CAPTURE", "asserted")
    assert classify("0874", "087", "08") == ("RETREAT", "asserted")
    assert classify("183", "183", "18") == ("ASSAULT", "asserted")
    assert classify("1383", "138", "13") == ("THREATEN", "threatened")
    assert classify("141", "141", "14") == ("PROTEST", "asserted")
    assert classify("010", "010", "01") is None  # a statement is no event


def test_fips_codes() -> None:
    assert (fips_to_iso3("LY"), fips_to_iso3("TU"), fips_to_iso3("SY"), fips_to_iso3("YM")) == (
        "LBY", "TUR", "SYR", "YEM"
    )  # fmt: skip


def summary(path: Path) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for item in read_gdelt(path, offline()):
        if isinstance(item, ArticleFacts):
            ev = item.events[0]
            names = {a.id: a.name for a in item.actors}
            place = item.locations[0] if item.locations else None
            out.append(
                (ev.extra["gdelt_id"], ev.type, names[ev.actor_id], names.get(ev.target_id or "", ""),
                 place.name if place else "", place.country or "" if place else "", ev.date or "")
            )  # fmt: skip
        elif isinstance(item, Skipped):
            out.append(("skipped", item.record, item.reason))
        else:
            out.append(("error", str(item)))
    return out


def test_fixture_records() -> None:
    assert summary(PLAIN) == [
        ("918273001", "FIGHT", "Libyan National Army", "Libya", "Tripoli", "LBY", "2020-05-09"),
        ("918273002", "AID", "Turkey", "Libya", "Libya", "LBY", "2020-05-09"),
        ("skipped", "918273003", "CAMEO 010 has no event type"),
        ("918273004", "ASSAULT", "Unidentified actor (Libya)", "Civilians (Libya)", "Qasr Bin Ghashir", "LBY",
         "2020-05-09"),
        ("918273005", "CAPTURE", "Libya", "Libyan National Army", "Al Watiyah", "LBY", "2020-05-18"),
        ("918273006", "PROTEST", "Civilians (Libya)", "Libya", "Tripoli", "LBY", "2020-05-09"),
        ("918273007", "FIGHT", "Syria", "Rebel", "Idlib", "SYR", "2020-05-08"),
    ]  # fmt: skip


def test_record_fields() -> None:
    facts = next(f for f in read_gdelt(PLAIN, offline()) if isinstance(f, ArticleFacts))
    ev = facts.events[0]
    assert facts.article.source == ev.source == "gdelt"
    assert facts.article.url == "https://news.example.org/2020/05/09/mitiga-airport-shelled#gdelt=918273001"
    assert (ev.cameo, ev.extra["num_mentions"], ev.extra["num_sources"], ev.extra["geo_precision"]) == (
        "194", 12, 3, 1
    )  # fmt: skip
    assert ev.extra["source_url"] == "https://news.example.org/2020/05/09/mitiga-airport-shelled"


def test_zip_reads_like_the_plain_file() -> None:
    assert summary(ZIPPED) == summary(PLAIN)
    shas = [f.article.sha256 for f in read_gdelt(ZIPPED, offline()) if isinstance(f, ArticleFacts)]
    assert shas == [f.article.sha256 for f in read_gdelt(PLAIN, offline()) if isinstance(f, ArticleFacts)]


def test_malformed_lines_are_reported_and_the_rest_read() -> None:
    out = summary(MALFORMED)
    assert [r[0] for r in out] == ["918273001", "error", "error", "918273007"]
    assert out[1] == ("error", f"{MALFORMED}#line 2: 60 columns, a GDELT 2.0 event has 61")
    assert out[2] == ("error", f"{MALFORMED}#line 3: SQLDATE is not a YYYYMMDD date: '2020-05-9'")


def test_not_a_gdelt_file(tmp_path: Path) -> None:
    text = tmp_path / "x.CSV"
    text.write_text("just,a,csv\n1,2,3\n")
    with pytest.raises(InputError, match=r"not a GDELT 2\.0 event export"):
        list(read_gdelt(text, offline()))
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as zf:
        zf.writestr("a.CSV", "x")
        zf.writestr("b.CSV", "y")
    with pytest.raises(InputError, match="expected one file"):
        list(read_gdelt(two, offline()))
