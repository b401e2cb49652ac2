"""ACLED / GDELT imports on both stores: no row lost, idempotent, updates replace, bad rows
quarantined, territory rows become control changes listed by towns-changed-hands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictkg.cli.app import app
from conflictkg.derived.derive import derive
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import Quarantine
from conflictkg.queries.api import KnowledgeGraph
from conflictkg.structured.acled import read_acled
from conflictkg.structured.gdelt import read_gdelt
from conflictkg.structured.resolver import import_facts

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[2]
ACLED = ROOT.parent / "shared" / "eval" / "raw" / "acled"
AFRICA_2016 = ACLED / "aschharwood_acled_2016-06-17_to_2016-07-02_africa.csv"
GLOBAL_2020 = ACLED / "rpanlilio_acled_2020-04-27_to_2020-05-09_global.csv"
LIBYA_2020 = ACLED / "rpanlilio_libya_only.csv"
GDELT = ROOT / "tests" / "data" / "gdelt"
needs_acled = pytest.mark.skipif(not AFRICA_2016.exists(), reason="no ../shared/eval/raw/acled")

SNAPSHOT_NODES = "MATCH (n) RETURN n.id AS id, properties(n) AS props ORDER BY id"
SNAPSHOT_RELS = (
    "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b"
)


def count(store: Store, cypher: str, **params: object) -> int:
    return int(store.query(cypher, params)[0]["n"])


def snapshot(store: Store) -> tuple[list[dict], list[dict]]:
    return store.query(SNAPSHOT_NODES), store.query(SNAPSHOT_RELS)


@needs_acled
def test_acled_2016_import_no_row_lost_and_idempotent(store: Store) -> None:
    first = import_facts(store, read_acled(AFRICA_2016), source="acled")
    assert (first.read, first.new, first.quarantined) == (500, 500, 0)
    assert count(store, "MATCH (a:Article) WHERE a.source = 'acled' RETURN count(a) AS n") == 500
    # one main event per row (plus COOPERATE events for associated actors)
    main = "MATCH (e:Event) WHERE e.source = 'acled' AND e.acled_role IS NULL RETURN count(e) AS n"
    assert count(store, main) == 500
    before = snapshot(store)
    again = import_facts(store, read_acled(AFRICA_2016), source="acled")
    assert (again.unchanged, again.new, again.updated) == (500, 0, 0)
    forced = import_facts(store, read_acled(AFRICA_2016), source="acled", force=True)
    assert forced.updated == 500
    assert snapshot(store) == before


@needs_acled
def test_acled_event_properties(store: Store) -> None:
    import_facts(store, read_acled(LIBYA_2020), source="acled")
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event)-[:REPORTED_IN]->(art:Article) WHERE e.acled_id = $id "
        "MATCH (e)-[:AT]->(l:Location) OPTIONAL MATCH (e)-[:TARGET]->(t:Actor) "
        "RETURN e.type AS type, a.name AS actor, t.name AS target, l.name AS place, e.date AS date, "
        "e.date_precision AS precision, e.fatalities AS deaths, e.geo_precision AS geo, art.url AS url",
        {"id": "LBY9971"},
    )
    assert rows == [
        {"type": "ASSAULT", "actor": "Libyan National Army", "target": "Civilians (Libya)",
         "place": rows[0]["place"], "date": "2020-05-09", "precision": "day", "deaths": 2, "geo": 1,
         "url": "acled:LBY9971"}
    ]  # fmt: skip
    assert rows[0]["place"] in ("Qasr Bin Ghashir", "Qaşr Bin Ghashīr")  # ACLED's name or GeoNames'


@needs_acled
def test_updated_row_replaces_its_old_version(store: Store, tmp_path: Path) -> None:
    with LIBYA_2020.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    header = list(rows[0])
    path = tmp_path / "libya.csv"

    def write(rows_: list[dict[str, str]]) -> None:
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, header)
            w.writeheader()
            w.writerows(rows_)

    write(rows[:5])
    import_facts(store, read_acled(path), source="acled")
    target = rows[2]["event_id_cnty"]
    rows[2] = {**rows[2], "sub_event_type": "Armed clash", "event_type": "Battles", "fatalities": "7"}
    rows[2]["actor2"] = "Military Forces of Libya (2016-) Government of National Accord"
    write(rows[:5])
    summary = import_facts(store, read_acled(path), source="acled")
    assert (summary.updated, summary.unchanged) == (1, 4)
    got = store.query(
        "MATCH (e:Event) WHERE e.acled_id = $id AND e.acled_role IS NULL "
        "RETURN e.type AS type, e.fatalities AS deaths",
        {"id": target},
    )
    assert got == [{"type": "FIGHT", "deaths": 7}]
    assert count(store, "MATCH (a:Article) RETURN count(a) AS n") == 5


@needs_acled
def test_a_row_given_again_in_one_file_last_version_wins(store: Store, tmp_path: Path) -> None:
    """Rows are written while later ones are read: a row given again later in the same file (changed
    or not) is found though its first version may not be in the graph yet."""
    with LIBYA_2020.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))[:40]
    changed = {**rows[2], "sub_event_type": "Armed clash", "event_type": "Battles", "fatalities": "7"}

    def write(name: str, rows_: list[dict[str, str]]) -> Path:
        path = tmp_path / name
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, list(rows[0]))
            w.writeheader()
            w.writerows(rows_)
        return path

    summary = import_facts(
        store, read_acled(write("again.csv", [*rows, changed, rows[5]])), source="acled", batch_size=3
    )
    assert (summary.read, summary.new, summary.updated, summary.unchanged) == (42, 40, 1, 1)
    got = store.query(
        "MATCH (e:Event) WHERE e.acled_id = $id AND e.acled_role IS NULL "
        "RETURN e.type AS type, e.fatalities AS deaths",
        {"id": rows[2]["event_id_cnty"]},
    )
    assert got == [{"type": "FIGHT", "deaths": 7}]
    after = snapshot(store)
    store.clear()
    store.apply_schema()
    import_facts(store, read_acled(write("last.csv", [*rows[:2], changed, *rows[3:]])), source="acled")
    assert len(snapshot(store)[0]) == len(after[0]) and snapshot(store)[1] == after[1]


def test_malformed_rows_are_quarantined_and_the_rest_goes_on(store: Store, tmp_path: Path) -> None:
    quarantine = Quarantine(tmp_path / "quarantine")
    summary = import_facts(
        store, read_gdelt(GDELT / "malformed.export.CSV"), source="gdelt", quarantine=quarantine
    )
    assert (summary.new, summary.quarantined) == (2, 2)
    origins = sorted(q["origin"] for q in quarantine.list())
    assert origins == [f"{GDELT / 'malformed.export.CSV'}#line 2", f"{GDELT / 'malformed.export.CSV'}#line 3"]
    ids = {r["id"] for r in store.query("MATCH (e:Event) RETURN e.gdelt_id AS id")}
    assert ids == {"918273001", "918273007"}


def test_gdelt_zip_import(store: Store) -> None:
    summary = import_facts(store, read_gdelt(GDELT / "20200509151500.export.CSV.zip"), source="gdelt")
    assert (summary.read, summary.new, summary.skipped, summary.quarantined) == (7, 6, 1, 0)
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event)-[:AT]->(l:Location) WHERE e.source = 'gdelt' "
        "RETURN e.gdelt_id AS id, e.type AS type, a.name AS actor, l.country AS country, "
        "e.num_mentions AS mentions ORDER BY id"
    )
    assert [(r["id"], r["type"], r["country"], r["mentions"]) for r in rows] == [
        ("918273001", "FIGHT", "LBY", 12), ("918273002", "AID", "LBY", 6),
        ("918273004", "ASSAULT", "LBY", 8), ("918273005", "CAPTURE", "LBY", 40),
        ("918273006", "PROTEST", "LBY", 3), ("918273007", "FIGHT", "SYR", 5),
    ]  # fmt: skip
    # the plain file holds the same records: nothing changes
    again = import_facts(store, read_gdelt(GDELT / "20200509151500.export.CSV"), source="gdelt")
    assert (again.unchanged, again.new) == (6, 0)


@needs_acled
def test_libya_2016_territory_rows_in_towns_changed_hands(store: Store) -> None:
    with AFRICA_2016.open(newline="", encoding="utf-8") as fh:
        wanted = {
            (r["event_id_cnty"], r["location"], r["event_date"])
            for r in csv.DictReader(fh)
            if r["country"] == "Libya" and r["event_type"] == "Battle-Government regains territory"
        }
    assert len(wanted) == 19
    import_facts(store, read_acled(AFRICA_2016), source="acled")
    derive(store)
    rows = KnowledgeGraph(store).rows("towns_changed_hands", country="LBY")
    listed = {
        (ev["article"].removeprefix("acled:"), row["location"]): row for row in rows for ev in row["evidence"]
    }
    names = {
        "Ganfouda",
        "Sirte",
        "Al Qawarishah",
        "Qaryunus",
        "As Sabiri al Gharbi",
        "Benghazi",
        "Qamnis",
        "Ajdabiya",
    }
    assert {loc for _, loc, _ in wanted} == names
    for eid, location, date in sorted(wanted):
        row = listed.get((eid, location))
        assert row is not None, f"{eid} ({location}, {date}) is not listed"
        assert row["date"] <= date  # the change it belongs to started on or before this row's date
    # every distinct (location, first date) change is a row of its own, with its taker
    changes = {(r["location"], r["date"], r["to"]) for r in rows if r["location"] in names}
    assert ("Sirte", "2016-06-21", "Government of National Accord") in changes
    assert ("Ganfouda", "2016-06-22", "Libyan National Army") in changes
    assert ("Qamnis", "2016-06-27", "Libyan National Army") in changes


@needs_acled
def test_cli_import_acled_and_gdelt(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(app, [*cli_store_args, "import", "acled", str(LIBYA_2020), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert [(o["read"], o["new"], o["quarantined"]) for o in out] == [(122, 122, 0)]
    res = runner.invoke(app, [*cli_store_args, "import", "gdelt", str(GDELT / "malformed.export.CSV")])
    assert res.exit_code == 3
    assert "malformed.export.CSV#line 2: 60 columns" in res.stderr
    res = runner.invoke(app, [*cli_store_args, "import", "gdelt", str(tmp_path / "missing.CSV")])
    assert res.exit_code == 1 and "no such file" in str(res.exception or res.output)
    assert count(store, "MATCH (a:Article) WHERE a.source = 'acled' RETURN count(a) AS n") == 122


@needs_acled
@pytest.mark.slow
def test_global_2020_file_no_row_lost(store: Store) -> None:
    summary = import_facts(store, read_acled(GLOBAL_2020), source="acled")
    assert (summary.read, summary.new, summary.quarantined) == (5071, 5071, 0)
    assert count(store, "MATCH (a:Article) WHERE a.source = 'acled' RETURN count(a) AS n") == 5071
