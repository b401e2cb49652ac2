"""Month and year bounds include the whole period, the same in `export events` and `ask`; CSV escapes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, event_id
from conflictkg.queries.api import KnowledgeGraph
from conflictkg.queries.export import iter_events

pytestmark = pytest.mark.store

EVIL = '=HYPERLINK("http://evil.example/","x")'
GNA = Actor("actor:gna", "Government of National Accord", "government", "LBY", None, ["GNA"])
LNA = Actor("actor:lna", EVIL, "armed_group", "LBY", None, ["LNA"])
ASABA = Location("loc:asaba", "Asaba", "town", "LBY", 32.07, -13.2, 2210247, [])
DATES = ["2020-04-30", "2020-05", "2020-05-21", "2020-06-01", "2020-12-31", "2021-01-01"]


def ckg(args: list[str]) -> str:
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture
def dated(store: Store) -> Store:
    art = Article(id="art:1", url="news/1.txt", text="...", sha256="s1", published="2020-05")
    events = [
        Event(
            id=event_id(art.id, "FIGHT", GNA.id, LNA.id, 100 * i),
            type="FIGHT",
            actor_id=GNA.id,
            target_id=LNA.id,
            location_id=ASABA.id,
            evidence=Evidence(f"-Fight {i} (=1+1).", 100 * i, 100 * i + 20, "fight"),
            date=date,
            date_precision="day" if len(date) == 10 else "month",
            confidence=0.5,
        )
        for i, date in enumerate(DATES)
    ]
    GraphWriter(store).write([ArticleFacts(art, actors=[GNA, LNA], locations=[ASABA], events=events)])
    return store


BOUNDS = [
    ({"until": "2020-05"}, ["2020-04-30", "2020-05", "2020-05-21"]),
    ({"since": "2020-05", "until": "2020-05"}, ["2020-05", "2020-05-21"]),
    ({"since": "2020-05-22", "until": "2020-06"}, ["2020-05", "2020-06-01"]),
    ({"until": "2020"}, ["2020-04-30", "2020-05", "2020-05-21", "2020-06-01", "2020-12-31"]),
    ({"since": "2021"}, ["2021-01-01"]),
    ({"since": "2020", "until": "2020"}, DATES[:-1]),
]


@pytest.mark.parametrize(("bounds", "dates"), BOUNDS)
def test_export_and_ask_keep_the_same_dates(dated: Store, bounds: dict[str, str], dates: list[str]) -> None:
    exported = sorted(e["date"] for e in iter_events(dated, **bounds))
    asked = sorted(r["date"] for r in KnowledgeGraph(dated).rows("place_profile", place="Asaba", **bounds))
    assert exported == asked == dates


def test_cli_month_bound(dated: Store, cli_store_args: list[str]) -> None:
    lines = ckg([*cli_store_args, "export", "events", "--until", "2020-05"]).splitlines()
    exported = sorted(json.loads(line)["date"] for line in lines)
    asked = json.loads(ckg([*cli_store_args, "ask", "place", "Asaba", "--until", "2020-05", "-f", "json"]))
    assert exported == sorted(r["date"] for r in asked) == ["2020-04-30", "2020-05", "2020-05-21"]


def test_csv_exports_escape_formulas(dated: Store, cli_store_args: list[str]) -> None:
    out = ckg([*cli_store_args, "export", "events", "--since", "2021", "--format", "csv"])
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert (row["target.name"], row["evidence.text"]) == ("'" + EVIL, "'-Fight 5 (=1+1).")
    assert (row["actor.name"], row["location.lon"], row["date"]) == (GNA.name, "-13.2", "2021-01-01")
    as_json = json.loads(ckg([*cli_store_args, "export", "events", "--since", "2021", "--format", "json"]))
    assert as_json[0]["target"]["name"] == EVIL
    query = "MATCH (a:Actor {id: 'actor:lna'}) RETURN a.name AS name, -1.5 AS lon"
    out = ckg([*cli_store_args, "cypher", query, "-f", "csv"])
    assert list(csv.DictReader(io.StringIO(out))) == [{"name": "'" + EVIL, "lon": "-1.5"}]
