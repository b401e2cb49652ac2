"""Cross-source SAME_AS links and the corroboration query, on both stores."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conflictkg.cli.app import app
from conflictkg.derived.linking import link
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, event_id
from conflictkg.queries.api import corroboration
from conflictkg.queries.files import load
from conflictkg.structured.acled import parse_date, read_acled
from conflictkg.structured.gdelt import read_gdelt
from conflictkg.structured.resolver import import_facts

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[2]
LIBYA_2020 = ROOT.parent / "shared" / "eval" / "raw" / "acled" / "rpanlilio_libya_only.csv"
GDELT = ROOT / "tests" / "data" / "gdelt" / "20200509151500.export.CSV"
needs_acled = pytest.mark.skipif(not LIBYA_2020.exists(), reason="no ../shared/eval/raw/acled")

LINKS = (
    "MATCH (a:Event)-[r:SAME_AS]->(b:Event) RETURN a.id AS a, b.id AS b, a.source AS sa, b.source AS sb, "
    "r.score AS score, r.reasons AS reasons ORDER BY a, b"
)


def text_article() -> ArticleFacts:
    """An article as the extractor writes it: the LNA shells Mitiga airport on 9 May 2020; a protest
    in Misrata nobody else reports."""
    art = Article(id="art:text1", url="news/mitiga.txt", text="...", sha256="s1", published="2020-05-09")
    lna = Actor("actor:libyan-national-army", "Libyan National Army", "armed_group", "LBY")
    crowd = Actor("actor:protesters-libya", "Protesters (Libya)", "protesters", "LBY")
    mitiga = Location(
        "loc:mitiga-international-airport", "Mitiga International Airport", "airport", "LBY", 32.894, 13.276
    )
    misrata = Location("loc:misrata", "Misrata", "city", "LBY", 32.3754, 15.0925)
    s1 = "Haftar's forces shelled Mitiga airport on Saturday."
    s2 = "Hundreds protested in Misrata."
    ev1 = Event(
        event_id(art.id, "FIGHT", lna.id, None, 0), "FIGHT", lna.id, Evidence(s1, 0, len(s1), s1),
        location_id=mitiga.id, date="2020-05-09", date_precision="day", confidence=0.8,
    )  # fmt: skip
    ev2 = Event(
        event_id(art.id, "PROTEST", crowd.id, None, 60), "PROTEST", crowd.id, Evidence(s2, 60, 90, s2),
        location_id=misrata.id, date="2020-05-09", date_precision="day", confidence=0.7,
    )  # fmt: skip
    return ArticleFacts(art, [lna, crowd], [mitiga, misrata], [ev1, ev2])


@needs_acled
def test_links_between_text_acled_and_gdelt(store: Store) -> None:
    facts = text_article()
    GraphWriter(store).write([facts])
    import_facts(store, read_acled(LIBYA_2020), source="acled")
    import_facts(store, read_gdelt(GDELT), source="gdelt")
    stats = link(store)
    links = store.query(LINKS)
    assert stats.links == len(links) > 0
    assert all(r["a"] < r["b"] and r["sa"] != r["sb"] for r in links)
    shelling = facts.events[0].id
    ids = {r["id"]: r["ref"] for r in store.query(
        "MATCH (e:Event) RETURN e.id AS id, coalesce(e.acled_id, e.gdelt_id) AS ref"
    )}  # fmt: skip
    linked = {ids[r["b"] if r["a"] == shelling else r["a"]] for r in links if shelling in (r["a"], r["b"])}
    # ACLED LBY9970 (LNA shells Mitiga Airport, 9 May) and GDELT 918273001 (LNA artillery, Tripoli)
    assert {"LBY9970", "918273001"} <= linked
    best = next(
        r for r in links if {r["a"], r["b"]} == {shelling, next(k for k, v in ids.items() if v == "LBY9970")}
    )
    assert best["score"] == 1.0 or best["score"] > 0.9
    assert best["reasons"][0] == "type: FIGHT" and best["reasons"][1] == "date: same day"
    # the protest in Misrata has no counterpart
    assert not any(facts.events[1].id in (r["a"], r["b"]) for r in links)

    # idempotent, and links of events that are gone are removed
    before = store.query(LINKS)
    assert link(store).removed == 0 and store.query(LINKS) == before
    store.query("MATCH (e:Event) WHERE e.gdelt_id = '918273001' DETACH DELETE e", write=True)
    stats = link(store)
    after = store.query(LINKS)
    kept = [r for r in before if "918273001" not in {ids[r["a"]], ids[r["b"]]}]
    # the others stay; a record whose best match is gone may now keep its next ones
    assert all(r in after for r in kept) and all("918273001" not in {ids[r["a"]], ids[r["b"]]} for r in after)

    rows = store.query(load("corroboration"), {"source": None, "status": None, "limit": 100})
    by_event = {r["event"]: r for r in rows}
    assert set(by_event) == {facts.events[0].id, facts.events[1].id}
    confirmed = by_event[shelling]
    assert (confirmed["type"], confirmed["actor"], confirmed["date"]) == (
        "FIGHT",
        "Libyan National Army",
        "2020-05-09",
    )
    assert confirmed["confirmations"] == len(confirmed["records"]) >= 1
    assert "LBY9970" in {r["record"] for r in confirmed["records"]}
    assert all(r["source"] == "acled" for r in confirmed["records"])
    assert by_event[facts.events[1].id]["confirmations"] == 0
    missing = store.query(load("corroboration"), {"source": None, "status": "unconfirmed", "limit": 100})
    assert [r["event"] for r in missing] == [facts.events[1].id]
    only_gdelt = store.query(load("corroboration"), {"source": "gdelt", "status": "confirmed", "limit": 100})
    assert only_gdelt == []
    assert corroboration(store, "acled", "confirmed") == [
        r for r in store.query(load("corroboration"), {"source": "acled", "status": None, "limit": 100})
        if r["confirmations"]
    ]  # fmt: skip


def test_one_source_has_nothing_to_link(store: Store) -> None:
    import_facts(store, read_gdelt(GDELT), source="gdelt")
    stats = link(store)
    assert (stats.links, stats.removed) == (0, 0)


@needs_acled
def test_cli_link_and_corroboration(store: Store, cli_store_args: list[str]) -> None:
    GraphWriter(store).write([text_article()])
    runner = CliRunner()
    res = runner.invoke(app, [*cli_store_args, "import", "acled", str(LIBYA_2020)])
    assert res.exit_code == 0, res.output
    assert "linked:" in res.stderr
    res = runner.invoke(app, [*cli_store_args, "link"])
    assert res.exit_code == 0 and "SAME_AS links (0 removed)" in res.stdout
    res = runner.invoke(app, [*cli_store_args, "ask", "corroboration", "--missing", "--format", "csv"])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].startswith("event,type,actor,target,location,date,confirmations")
    assert len(lines) == 2 and ",PROTEST,Protesters (Libya)," in lines[1]
    res = runner.invoke(app, [*cli_store_args, "ask", "corroboration", "--source", "ucdp"])
    assert res.exit_code != 0


ACLED_HEADER = (
    "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,assoc_actor_1,inter1,"
    "actor2,assoc_actor_2,inter2,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
    "notes,fatalities,iso3"
)
LNA = "Military Forces of Libya (2014-) Haftar Faction"
GNA = "Military Forces of Libya (2016-) Government of National Accord"
# Four records and their notes: a clash and, the same day at the same place, a shelling that killed a
# civilian (its own record, not the clash's); a place the gazetteer does not know, given with its
# area ("Wadi al Washka (Sirt)"); a spelling the record does not use ("Qaser Bin Ghashir").
NOTES = {
    "LBY1001": (
        "9-May-20", "Battles", "Armed clash", LNA, "1", GNA, "1", "Tripoli", "Ayn Zarah", 32.8133, 13.2697,
        "On 9 May 2020, LNA and GNA forces clashed again in Ayn Zarah (Tripoli), without casualties.",
    ),
    "LBY1002": (
        "9-May-20", "Explosions/Remote violence", "Shelling/artillery/missile attack", LNA, "1",
        "Civilians (Libya)", "7", "Tripoli", "Ayn Zarah", 32.8133, 13.2697,
        "On 9 May 2020, shells fired by LNA forces killed a civilian in Ayn Zarah (Tripoli).",
    ),
    "LBY1003": (
        "8-May-20", "Explosions/Remote violence", "Air/drone strike", GNA, "1", LNA, "1", "Sirt",
        "Wadi al Washkah", 31.4029, 15.5807,
        "On 8 May 2020, the GNA air force struck LNA positions in Wadi al Washka (Sirt). No one was hurt.",
    ),
    "LBY1004": (
        "6-May-20", "Explosions/Remote violence", "Shelling/artillery/missile attack", LNA, "1", "", "",
        "Aljfara", "Qasr Bin Ghashir", 32.6833, 13.1833,
        "On 6 May 2020, random shells fired by suspected LNA forces landed in Qaser Bin Ghashir "
        "(Aljfara); there were no casualties.",
    ),
}  # fmt: skip

TEXT_TO_ACLED = """
MATCH (t:Event {source: 'text'})-[:SAME_AS]-(r:Event {source: 'acled'}), (t)-[:REPORTED_IN]->(art:Article)
RETURN DISTINCT art.url AS article, r.acled_id AS record
"""


@pytest.fixture(scope="module")
def nlp_extractor() -> Any:
    from conflictkg.nlp.extractor import NLPExtractor

    return NLPExtractor()


def write_acled(path: Path, rows: dict[str, tuple[Any, ...]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(ACLED_HEADER.split(","))
        for eid, (date, etype, sub, a1, i1, a2, i2, admin1, place, lat, lon, notes) in rows.items():
            out.writerow(
                [eid, date, "1", etype, sub, a1, "", i1, a2, "", i2, "Libya", admin1, admin1, "", place,
                 lat, lon, "1", notes, "0", "LBY"]
            )  # fmt: skip
    return path


def test_notes_link_to_their_own_records(store: Store, tmp_path: Path, nlp_extractor: Any) -> None:
    from conflictkg.jobs.ingest import ingest
    from conflictkg.sources.documents import RawDocument

    summary = import_facts(store, read_acled(write_acled(tmp_path / "acled.csv", NOTES)), source="acled")
    assert (summary.new, summary.quarantined) == (4, 0)
    notes = [
        RawDocument(origin=f"notes/{eid}", text=row[-1], published=parse_date(row[0]), language="en")
        for eid, row in NOTES.items()
    ]
    # the ingest run links the articles it wrote (as `conflictkg ingest` after `import acled` does)
    ingest(store, notes, extractor=nlp_extractor)
    pairs = {(r["article"], r["record"]) for r in store.query(TEXT_TO_ACLED)}
    # each note to its own record only: the shelling's note not to the clash of the same day and place
    assert pairs == {(f"notes/{eid}", eid) for eid in NOTES}
    # the same links as a whole recomputation
    before = store.query(LINKS)
    assert (link(store).removed, store.query(LINKS)) == (0, before)
    reasons = store.query(
        "MATCH (t:Event {source: 'text'})-[s:SAME_AS]-(r:Event {acled_id: 'LBY1004'}) RETURN s.reasons AS why"
    )
    assert {tuple(r["why"]) for r in reasons} == {
        ("type: FIGHT", "date: same day", "place: qasr bin ghashir named in the report",
         "actor: same Libyan National Army"),
    }  # fmt: skip


def test_generic_actors_of_text_and_acled_are_one_node(
    store: Store, tmp_path: Path, nlp_extractor: Any
) -> None:
    from conflictkg.jobs.ingest import ingest
    from conflictkg.sources.documents import RawDocument

    path = tmp_path / "kenya.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(ACLED_HEADER.split(","))
        out.writerow(
            ["KEN1", "9-May-20", "1", "Protests", "Protest with intervention", "Protesters (Kenya)", "", "6",
             "Police Forces of Kenya (2013-)", "", "1", "Kenya", "Nairobi", "Nairobi", "", "Nairobi",
             "-1.2833", "36.8167", "1", "On 9 May 2020, police dispersed protesters in Nairobi.", "0", "KEN"]
        )  # fmt: skip
    import_facts(store, read_acled(path), source="acled")
    text = "Police fired tear gas at protesters in Nairobi."
    ingest(store, [RawDocument("news/nairobi.txt", text, published="2020-05-09", language="en")],
           extractor=nlp_extractor)  # fmt: skip
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR|TARGET]-(e:Event) WHERE a.kind IN ['police', 'protesters'] "
        "RETURN a.id AS id, a.name AS name, collect(DISTINCT e.source) AS sources"
    )
    assert {(r["id"], r["name"], tuple(sorted(r["sources"]))) for r in rows} == {
        ("actor:police-forces-of-kenya", "Police Forces of Kenya", ("acled", "text")),
        ("actor:protesters-kenya", "Protesters (Kenya)", ("acled", "text")),
    }
