"""`export events` on both stores: the contract's schema, exact content, order, paging and filters."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from conflictkg.evaluate import evaluate_store, find_article_url, parse_gold
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import (
    Actor,
    Article,
    ArticleFacts,
    ControlClaim,
    Event,
    Evidence,
    Location,
    event_id,
)
from conflictkg.queries.export import flatten, iter_event_rows, iter_events, stream_windows

SCHEMA_PATH = Path(__file__).resolve().parents[2] / "docs" / "contracts" / "export-events.schema.json"

TUR = Actor("actor:tur", "Turkey", "state", "TUR", "Q43", ["Turquie", "turc"])
GNA = Actor("actor:gna", "Government of National Accord", "government", "LBY", None, ["GNA"])
LNA = Actor("actor:lna", "Libyan National Army", "armed_group", "LBY", None, ["LNA", "ANL"])
ASABA = Location("loc:asaba", "Asaba", "town", "LBY", 32.07, 13.2, 2210247, ["Al-Asaba"])


def article(
    n: int, events: list[tuple[str, Actor, Actor | None, Location | None, int, str | None]]
) -> ArticleFacts:
    art = Article(id=f"art:{n}", url=f"news/{n}.txt", text="...", sha256=f"s{n}", published="2020-05")
    evs = [
        Event(
            id=event_id(art.id, typ, actor.id, target.id if target else None, start),
            type=typ,
            actor_id=actor.id,
            target_id=target.id if target else None,
            location_id=place.id if place else None,
            evidence=Evidence(f"Sentence at {start}: «{typ}».", start, start + 30, typ.lower()),
            date=date,
            date_precision=None if date is None else ("day" if len(date) == 10 else "month"),
            confidence=0.75,
        )
        for typ, actor, target, place, start, date in events
    ]
    return ArticleFacts(art, actors=[TUR, GNA, LNA], locations=[ASABA], events=evs)


@pytest.fixture
def graph(store: Store) -> Store:
    GraphWriter(store).write(
        [
            article(
                2,
                [
                    ("CAPTURE", GNA, LNA, ASABA, 120, "2020-05-20"),
                    ("SUPPORT", TUR, GNA, None, 10, "2020-05"),
                    ("RETREAT", LNA, None, None, 300, None),
                ],
            ),
            article(1, [("THREATEN", LNA, TUR, None, 50, "2020-04-30")]),
        ]
    )
    return store


@pytest.mark.store
def test_every_line_follows_the_schema_and_order(graph: Store) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    events = list(iter_events(graph))
    for ev in events:
        jsonschema.validate(ev, schema)
        json.dumps(ev)  # plain JSON types only
    # in event id order (the keyset the export pages by)
    assert [e["event_id"] for e in events] == sorted(e["event_id"] for e in events)
    assert sorted((e["article"], e["evidence"]["start"], e["action"]) for e in events) == [
        ("news/1.txt", 50, "THREATEN"),
        ("news/2.txt", 10, "SUPPORT"),
        ("news/2.txt", 120, "CAPTURE"),
        ("news/2.txt", 300, "RETREAT"),
    ]
    by_action = {e["action"]: e for e in events}
    capture = by_action["CAPTURE"]
    assert capture == {
        "article": "news/2.txt",
        "event_id": event_id("art:2", "CAPTURE", "actor:gna", "actor:lna", 120),
        "action": "CAPTURE",
        "cameo": None,
        "actor": {
            "name": "Government of National Accord",
            "id": "actor:gna",
            "kind": "government",
            "country": "LBY",
            "wikidata": None,
        },
        "target": {
            "name": "Libyan National Army",
            "id": "actor:lna",
            "kind": "armed_group",
            "country": "LBY",
            "wikidata": None,
        },
        "location": {"name": "Asaba", "lat": 32.07, "lon": 13.2, "geonames_id": 2210247, "country": "LBY"},
        "date": "2020-05-20",
        "date_precision": "day",
        "modality": "asserted",
        "confidence": 0.75,
        "evidence": {"text": "Sentence at 120: «CAPTURE».", "start": 120, "end": 150},
    }
    retreat = by_action["RETREAT"]
    assert retreat["target"] is None and retreat["location"] is None and retreat["date"] is None
    assert flatten(capture)["actor.name"] == "Government of National Accord"
    assert flatten(retreat)["target.name"] is None


@pytest.mark.store
def test_paging_gives_the_same_stream(graph: Store) -> None:
    whole = [e["event_id"] for e in iter_events(graph)]
    paged = [e["event_id"] for e in iter_events(graph, page_size=1)]
    assert paged == whole and len(whole) == 4


@pytest.mark.store
def test_an_event_with_two_reports_keeps_both_lines_across_pages(graph: Store) -> None:
    """A page's limit counts lines (one an event and article): an event reported by two articles
    whose lines straddle a page boundary keeps both."""
    graph.query(
        "MATCH (e:Event {type: 'CAPTURE'}), (art:Article {id: 'art:1'}) "
        "CREATE (e)-[:REPORTED_IN {text: 'Reported again.', start: 0, `end`: 15}]->(art)",
        write=True,
    )
    whole = sorted(json.dumps(e, sort_keys=True) for e in iter_events(graph, page_size=1000))
    assert len(whole) == 5
    for size in (1, 2, 3):
        paged = [json.dumps(e, sort_keys=True) for e in iter_events(graph, page_size=size, first_page=size)]
        assert sorted(paged) == whole


@pytest.mark.store
def test_keyset_pages_across_id_windows(store: Store) -> None:
    """Hundreds of events in small pages over several id windows: each event once, in id order."""
    from benchmarks.synthetic import Spec, generate
    from conflictkg.queries.export import id_windows

    GraphWriter(store).write(list(generate(Spec(300, actors=20, places=10, seed=3))))
    ids = {r["id"] for r in store.query("MATCH (e:Event) RETURN e.id AS id")}
    windows = id_windows(300, 7)
    assert len(windows) == 256 and windows[0] == ("ev:00", "ev:00g") and windows[-1] == ("ev:ff", "ev:ffg")
    assert all(sum(lo < i <= hi for lo, hi in windows) == 1 for i in ids)
    assert id_windows(300, 1000) == [("ev:", "ev:g")] and len(id_windows(10**9, 1)) == 16**4
    paged = [e["event_id"] for e in iter_events(store, page_size=7)]
    assert paged == sorted(ids)
    assert [e["event_id"] for e in iter_events(store, page_size=1000)] == paged
    whole = [json.dumps(e) for e in iter_events(store, page_size=7)]
    assert [json.dumps(e) for e in iter_events(store, page_size=40, first_page=3)] == whole


def test_a_streams_first_windows_are_the_api_pages() -> None:
    """The first window of a big page is cut into the small windows of the first page; together
    they still hold every id once, in order."""
    windows = stream_windows(10**6, 4000, 1000, first_window=1000)  # not cut again (see test_export_window29)
    assert windows[:2] == [("ev:000", "ev:000g"), ("ev:001", "ev:001g")]
    assert windows[15:17] == [("ev:00f", "ev:00fg"), ("ev:01", "ev:01g")]
    assert windows[-1] == ("ev:ff", "ev:ffg") and len(windows) == 16 + 255
    assert stream_windows(300, 4000, 1000, first_window=1000) == [("ev:", "ev:g")]


@pytest.mark.store
def test_a_stream_left_early_leaves_the_store_usable(store: Store) -> None:
    """A reader that stops after a few events (the next page is in flight in a thread) can go on
    using the store, and a new stream gives every event again."""
    from benchmarks.synthetic import Spec, generate

    GraphWriter(store).write(list(generate(Spec(300, actors=20, places=10, seed=5))))
    events = iter_events(store, page_size=7, first_page=7)
    head = [next(events)["event_id"] for _ in range(10)]
    events.close()
    ids = sorted(r["id"] for r in store.query("MATCH (e:Event) RETURN e.id AS id"))
    assert head == ids[:10]
    assert [e["event_id"] for e in iter_events(store, page_size=50)] == ids


@pytest.mark.store
def test_flat_rows_name_the_actors_and_places(graph: Store) -> None:
    """Evaluation's rows: each part's id, name and aliases, the place's coordinates."""
    rows = {r["action"]: r for r in iter_event_rows(graph)}
    capture = rows["CAPTURE"]
    assert (capture["actor_id"], capture["actor_name"]) == (GNA.id, GNA.name)
    assert capture["actor_aliases"] == ["GNA"]
    assert (capture["target_name"], sorted(capture["target_aliases"])) == (LNA.name, ["ANL", "LNA"])
    assert (capture["location_name"], capture["lat"], capture["lon"]) == ("Asaba", 32.07, 13.2)
    assert capture["location_aliases"] == ["Al-Asaba"]
    assert capture["sentence"] == "Sentence at 120: «CAPTURE»."
    retreat = rows["RETREAT"]
    assert retreat["target_id"] is None and retreat["target_name"] is None
    assert retreat["location_name"] is None and retreat["lat"] is None


@pytest.mark.store
def test_filters_by_article_and_dates(graph: Store) -> None:
    def actions(**kw: Any) -> list[str]:
        return sorted(e["action"] for e in iter_events(graph, **kw))

    assert actions(article="news/1.txt") == ["THREATEN"]
    assert actions(article="nowhere.txt") == []
    # A month-precision date overlaps any window inside its month; events without a date drop out.
    assert actions(since="2020-05-01") == ["CAPTURE", "SUPPORT"]
    assert actions(until="2020-05-01") == ["SUPPORT", "THREATEN"]
    assert actions(since="2020-05-21", until="2020-06") == ["SUPPORT"]


GOLD = {
    "format": "conflictkg-gold/1",
    "articles": [
        {
            "article": "news/2.txt",
            "actors": {
                "Turkey": {"aliases": ["Turquie"]},
                "GNA": {"aliases": ["gouvernement d'accord national"]},
                "LNA": {"aliases": ["armée nationale libyenne", "ANL"]},
            },
            "locations": {"Asaba": {"lat": 32.07, "lon": 13.2, "aliases": ["al-Asabaa"]}},
            "events": [
                {"actor": "GNA", "action": "CAPTURE", "target": "LNA", "location": "Asaba"},
                {"actor": "Turkey", "action": "SUPPORT", "target": "GNA"},
                {"actor": "LNA", "action": "THREATEN", "target": "Turkey"},
            ],
            "backs": [{"backer": "Turkey", "backed": "GNA"}],
            "control_changes": [{"location": "Asaba", "from": "LNA", "to": "GNA"}],
            "controls": [{"actor": "LNA", "location": "Asaba"}],
        }
    ],
}


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args],
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=300,
    )


def _with_claim(store: Store) -> None:
    facts = article(
        2,
        [
            ("CAPTURE", GNA, LNA, ASABA, 120, "2020-05-20"),
            ("SUPPORT", TUR, GNA, None, 10, None),
            ("RETREAT", LNA, None, None, 300, None),
        ],
    )
    facts.controls = [ControlClaim(LNA.id, ASABA.id, Evidence("LNA-held Asaba", 400, 414, "LNA-held Asaba"))]
    GraphWriter(store).write([facts])


@pytest.mark.store
def test_evaluate_reads_the_graph_like_the_facts(store: Store) -> None:
    _with_claim(store)
    gold = parse_gold(GOLD)
    report = evaluate_store(store, gold)
    assert report.not_found == []
    got = {k: (s.tp, s.fp, s.fn) for k, s in report.articles[0].scores.items()}
    assert got == {
        "events": (2, 1, 1), "events_strict": (2, 1, 1), "pairs": (2, 0, 1), "locations": (1, 0, 0),
        "backs": (1, 0, 0), "control_changes": (1, 0, 0), "controls": (1, 0, 0),
    }  # fmt: skip
    # a gold article is found by the end of its path, else by its file name
    assert find_article_url(store, "2.txt") == "news/2.txt"
    assert find_article_url(store, "../corpus/news/2.txt") == "news/2.txt"
    assert find_article_url(store, "news/3.txt") is None


@pytest.mark.store
def test_cli_export_and_evaluate(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    _with_claim(store)
    out = ckg([*cli_store_args, "export", "events", "--format", "jsonl", "--article", "./news/2.txt"])
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [e["event_id"] for e in lines] == sorted(e["event_id"] for e in lines)
    assert sorted((e["action"], e["actor"]["name"]) for e in lines) == [
        ("CAPTURE", "Government of National Accord"),
        ("RETREAT", "Libyan National Army"),
        ("SUPPORT", "Turkey"),
    ]
    as_csv = ckg([*cli_store_args, "export", "events", "--format", "csv"])
    assert as_csv.returncode == 0 and as_csv.stdout.splitlines()[0].startswith("article,event_id,action")
    assert len(as_csv.stdout.splitlines()) == 4
    as_json = ckg([*cli_store_args, "export", "events", "--format", "json", "--since", "2020-05-01"])
    assert [e["action"] for e in json.loads(as_json.stdout)] == ["CAPTURE"]

    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    ev = ckg([*cli_store_args, "evaluate", str(gold), "--no-ingest", "--format", "json"])
    assert ev.returncode == 0, ev.stderr
    totals = json.loads(ev.stdout)["totals"]
    assert (totals["events"]["precision"], totals["events"]["recall"], totals["events"]["f1"]) == (
        0.6667, 0.6667, 0.6667,
    )  # fmt: skip
    table = ckg([*cli_store_args, "evaluate", str(gold), "--no-ingest"])
    assert table.returncode == 0 and "control_changes" in table.stdout and "missed" in table.stdout

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "conflictkg-gold/1", "articles": [{"article": "x", "events": [
        {"actor": "Nobody", "action": "FIGHT"}]}]}))  # fmt: skip
    proc = ckg([*cli_store_args, "evaluate", str(bad), "--no-ingest"])
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == [
        f"error: {bad}: articles[0].events[0].actor: 'Nobody' is not in the article's actors"
    ]
    missing = ckg([*cli_store_args, "evaluate", str(gold)])  # ingest: news/2.txt is no file here
    assert missing.returncode == 1 and "article 'news/2.txt' not found" in missing.stderr
    bad_fmt = ckg([*cli_store_args, "export", "events", "--format", "xml"])
    assert bad_fmt.returncode != 0 and "Traceback" not in bad_fmt.stderr
