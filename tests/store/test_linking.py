"""Cross-source SAME_AS links and the corroboration query, on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictkg.cli.app import app
from conflictkg.derived.linking import link
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, event_id
from conflictkg.queries.api import corroboration
from conflictkg.queries.files import load
from conflictkg.structured.acled import read_acled
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
    assert store.query(LINKS) == [r for r in before if "918273001" not in {ids[r["a"]], ids[r["b"]]}]

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
