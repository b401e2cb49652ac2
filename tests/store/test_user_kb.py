"""``--kb FILE`` reaches every command that resolves actors: ingest (tests/store/test_cli.py),
``import acled``, ``import gdelt`` and ``evaluate``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conflictkg.cli.app import app
from conflictkg.graph.store import Store

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[2]
GDELT_ROW = (ROOT / "tests" / "data" / "gdelt" / "malformed.export.CSV").read_text("utf-8").splitlines()[0]

USER_ACTOR = ("actor:brigade-of-the-northern-wolves", "Brigade of the Northern Wolves")
ACLED_HEADER = "event_id_cnty,event_date,event_type,actor1,inter1,country,location,latitude,longitude,notes"
ACLED_ROW = (
    "LBY90001,2021-03-02,Battles,Northern Wolves,3,Libya,Ajdabiya,30.7554,20.2263,"
    "The Northern Wolves attacked Ajdabiya."
)


def user_kb(tmp_path: Path) -> Path:
    kb = tmp_path / "my-actors.toml"
    kb.write_text(
        '[[actor]]\nname = "Brigade of the Northern Wolves"\nkind = "armed_group"\ncountry = "LBY"\n'
        'aliases = ["Northern Wolves", "Brigade des loups du Nord"]\n',
        encoding="utf-8",
    )
    return kb


def event_actors(store: Store) -> set[tuple[str, str]]:
    rows = store.query("MATCH (a:Actor)-[:ACTOR]->(:Event) RETURN DISTINCT a.id AS id, a.name AS name")
    return {(r["id"], r["name"]) for r in rows}


def run(args: list[str]) -> None:
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 0, res.output


def test_import_acled_resolves_through_the_user_kb(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    rows = tmp_path / "acled.csv"
    rows.write_text(f"{ACLED_HEADER}\n{ACLED_ROW}\n", encoding="utf-8")
    run([*cli_store_args, "import", "acled", str(rows), "--no-gazetteer", "--no-link"])
    assert event_actors(store) == {("actor:northern-wolves", "Northern Wolves")}  # no --kb: a new actor
    store.clear()
    store.apply_schema()
    run([*cli_store_args, "--kb", str(user_kb(tmp_path)), "import", "acled", str(rows), "--no-gazetteer"])
    assert event_actors(store) == {USER_ACTOR}


def test_import_gdelt_resolves_through_the_user_kb(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    rows = tmp_path / "wolves.export.CSV"
    rows.write_text(GDELT_ROW.replace("LIBYAN NATIONAL ARMY", "NORTHERN WOLVES") + "\n", encoding="utf-8")
    args = ["import", "gdelt", str(rows), "--no-gazetteer", "--no-link"]
    run([*cli_store_args, "--kb", str(user_kb(tmp_path)), *args])
    assert event_actors(store) == {USER_ACTOR}


@pytest.mark.nlp
def test_evaluate_ingests_with_the_user_kb(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    article = tmp_path / "wolves.txt"
    article.write_text(" date 2021-03-02 The Northern Wolves attacked the town of Ajdabiya on Monday.\n")
    gold = tmp_path / "gold.json"
    actor = {"kind": "armed_group", "aliases": ["Northern Wolves", "Brigade of the Northern Wolves"]}
    wolves = "Brigade of the Northern Wolves"
    annotated = {
        "article": "wolves.txt",
        "actors": {wolves: actor},
        "locations": {"Ajdabiya": {"aliases": ["Ajdabiya"]}},
        "events": [{"actor": wolves, "action": "FIGHT", "location": "Ajdabiya"}],
    }
    gold.write_text(json.dumps({"format": "conflictkg-gold/1", "articles": [annotated]}), encoding="utf-8")
    run([*cli_store_args, "--kb", str(user_kb(tmp_path)), "evaluate", str(gold), "--format", "json"])
    assert event_actors(store) == {USER_ACTOR}
