"""Batch isolation on both stores: an article the store refuses is quarantined alone, the rest is written.

The refused value is real: both FalkorDB and Neo4j refuse a map as a property value ("Property values
can only be of primitive types ..."), and a JSONL record may carry one as its title.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, event_id, make_id

pytestmark = pytest.mark.store

REFUSED = "Property values can only be of primitive types"


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300
    )


def cli_json(args: list[str]) -> Any:
    done = ckg([*args, "-f", "json"])
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def article_urls(store: Store) -> set[str]:
    return {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}


def clear_quarantine(cli_store_args: list[str]) -> None:
    shutil.rmtree(Path(cli_store_args[1]) / "quarantine", ignore_errors=True)


def test_one_refused_article_of_201_is_quarantined_and_200_are_written(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    clear_quarantine(cli_store_args)
    records: list[dict[str, Any]] = [
        {"title": f"Report {i}", "text": f"Report number {i}."} for i in range(201)
    ]
    records[100]["title"] = {"en": "a title the store cannot keep"}
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")

    done = ckg([*cli_store_args, "ingest", "--no-nlp", "--log-format", "text", str(dump)])

    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert article_urls(store) == {f"{dump}#{n}" for n in range(1, 202) if n != 101}
    entries = cli_json([*cli_store_args, "quarantine", "list"])
    assert [e["origin"] for e in entries] == [f"{dump}#101"]
    assert entries[0]["reason"].startswith("the store refused to write it (")
    assert REFUSED in entries[0]["reason"]
    assert entries[0]["replay"] == "record"
    runs = cli_json([*cli_store_args, "runs", "--limit", "1"])
    assert [(r["status"], r["read"], r["new"], r["quarantined"]) for r in runs] == [
        ("completed", 201, 200, 1)
    ]


def facts(n: int, title: Any = None) -> ArticleFacts:
    """Article n with one event; every article names the same two actors and place."""
    art = Article(id=f"art:{n}", url=f"a{n}.txt", text="...", sha256=f"sha{n}", title=title or f"T{n}")
    army = Actor(make_id("actor", "army"), "Army", "government")
    rebels = Actor(make_id("actor", "rebels"), "Rebels", "armed_group")
    town = Location(make_id("loc", "town"), "Town", "town", "LBY", 32.0, 13.0)
    ev = Event(
        event_id(art.id, "FIGHT", army.id, rebels.id, 0), "FIGHT", army.id,
        Evidence(f"sentence {n}", 0, 10, "x"), target_id=rebels.id, location_id=town.id,
    )  # fmt: skip
    return ArticleFacts(article=art, actors=[army, rebels], locations=[town], events=[ev])


def event_rows(store: Store) -> set[tuple[str, str, str, str]]:
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event)-[:REPORTED_IN]->(art:Article), (e)-[:TARGET]->(t:Actor), "
        "(e)-[:AT]->(l:Location) RETURN art.id AS art, a.name AS a, t.name AS t, l.name AS l"
    )
    return {(r["art"], r["a"], r["t"], r["l"]) for r in rows}


BAD_VALUES = {
    "map": ({"bad": True}, REFUSED),  # refused by the database server
    "int128": (10**30, "does not fit in a 64-bit integer"),  # refused by the store before sending
}


@pytest.mark.parametrize("value", sorted(BAD_VALUES))
@pytest.mark.parametrize(("bad", "max_rows"), [(0, 6), (0, 12), (5, 12), (39, 12)])
def test_the_writer_splits_a_refused_batch_and_later_batches_keep_their_actors(
    store: Store, bad: int, max_rows: int, value: str
) -> None:
    # An article is 6 rows: max_rows 6 sends one article a statement, 12 two. Later statements leave
    # out the actors and place an earlier one sent; with bad=0 that earlier one was refused, so they
    # must be sent again.
    bad_value, message = BAD_VALUES[value]
    items = [facts(n, bad_value if n == bad else None) for n in range(40)]
    stats = GraphWriter(store, max_rows=max_rows).write(items, isolate=True)

    assert [r.facts.article.id for r in stats.rejected] == [f"art:{bad}"]
    assert message in stats.rejected[0].reason
    assert (stats.articles, stats.events) == (39, 39)
    good = {f"art:{n}" for n in range(40) if n != bad}
    assert event_rows(store) == {(a, "Army", "Rebels", "Town") for a in good}
    assert {r["id"] for r in store.query("MATCH (a:Article) RETURN a.id AS id")} == good
    assert store.query("MATCH (e:Event) RETURN count(e) AS n") == [{"n": 39}]


def test_without_isolation_a_refused_batch_raises_and_writes_nothing(store: Store) -> None:
    from conflictkg.errors import StoreError

    with pytest.raises(StoreError, match=REFUSED):
        GraphWriter(store).write([facts(1), facts(2, {"bad": True})])
    assert store.query("MATCH (n) RETURN count(n) AS n") == [{"n": 0}]


def test_a_file_name_that_is_not_utf8_is_quarantined_and_the_others_are_written(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    clear_quarantine(cli_store_args)
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("A first report.", encoding="utf-8")
    (folder / "z.txt").write_text("A last report.", encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as fh:  # Latin-1 "café.txt"
        fh.write(b"A report with a Latin-1 name.")
    escaped = f"{folder}/caf\\xe9.txt"

    for attempt in (1, 2):  # a re-run goes the same way, without failing
        done = ckg([*cli_store_args, "ingest", "--no-nlp", "--log-format", "text", str(folder)])
        assert done.returncode == 3, done.stderr
        assert "Traceback" not in done.stderr
        assert article_urls(store) == {f"{folder}/a.txt", f"{folder}/z.txt"}
        entries = cli_json([*cli_store_args, "quarantine", "list"])
        assert [(e["origin"], e["reason"]) for e in entries] == [
            (
                escaped,
                "the file name is not valid UTF-8 (shown with \\xNN escapes); rename it to ingest it",
            )
        ]
        assert Path(entries[0]["copy"]).read_bytes() == b"A report with a Latin-1 name."
        runs = cli_json([*cli_store_args, "runs", "--limit", "1"])
        new = 2 if attempt == 1 else 0
        assert [(r["status"], r["new"], r["quarantined"]) for r in runs] == [("completed", new, 1)]
