"""The ``source`` filter of every question, on both stores: the fixture graph (extracted from text)
plus one structured record set (ACLED-like) that reports some of the same facts and some others."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from data.fixture_graph import ACTORS, LOCATIONS, fixture_facts

from conflictkg.derived.derive import derive
from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import Article, ArticleFacts, Event, Evidence, event_id, make_id
from conflictkg.queries.api import KnowledgeGraph

pytestmark = pytest.mark.store

GNA, LNA = "Government of National Accord", "Libyan National Army"
RECORDS = "fixture://acled/libya.csv"

# (record id, type, actor, target, place, date, note)
ACLED_ROWS = [
    ("LBY1", "SUPPORT", "Turkey", GNA, None, "2020-03-01", "Turkish advisers were deployed with GNA units."),
    ("LBY2", "FIGHT", LNA, GNA, "Tripoli", "2020-04-01", "LNA and GNA forces clashed in south Tripoli."),
    ("LBY3", "CAPTURE", GNA, LNA, "Asaba", "2020-05-21", "GNA forces regained Asaba from the LNA."),
    ("LBY4", "FIGHT", LNA, GNA, "Tripoli", None, "Clashes continued (date unknown)."),
]


def acled_facts() -> ArticleFacts:
    """One record set with source 'acled', each record one event (as the ACLED importer writes)."""
    art_id = make_id("art", RECORDS)
    text = " ".join(r[-1] for r in ACLED_ROWS)
    article = Article(art_id, RECORDS, text, make_id("sha", RECORDS), source="acled", published="2020-06-01")
    facts = ArticleFacts(article=article)
    for i, (rec, typ, actor, target, place, date, note) in enumerate(ACLED_ROWS):
        event = Event(
            id=event_id(art_id, typ, ACTORS[actor].id, ACTORS[target].id, i),
            type=typ, actor_id=ACTORS[actor].id, target_id=ACTORS[target].id,
            location_id=LOCATIONS[place].id if place else None,
            evidence=Evidence(note, 0, len(note), note), date=date,
            date_precision="day" if date else None, confidence=0.9, source="acled",
            extra={"acled_id": rec},
        )  # fmt: skip
        facts.events.append(event)
    facts.actors = [ACTORS[n] for n in sorted({r[2] for r in ACLED_ROWS} | {r[3] for r in ACLED_ROWS})]
    facts.locations = [LOCATIONS[n] for n in sorted({r[4] for r in ACLED_ROWS if r[4]})]
    return facts


@pytest.fixture
def kg(store: Store) -> KnowledgeGraph:
    GraphWriter(store, run_id="run:fixture").write([*fixture_facts(), acled_facts()])
    derive(store)
    return KnowledgeGraph(store)


def cols(rows: list[dict[str, Any]], *names: str) -> set[tuple]:
    return {tuple(r[n] for n in names) for r in rows}


def test_who_backs_whom_by_source(kg: KnowledgeGraph) -> None:
    key = ("backer", "backed", "events", "first_seen", "last_seen")
    acled = kg.rows("who_backs_whom", source="acled")
    assert cols(acled, *key) == {("Turkey", GNA, 1, "2020-03-01", "2020-03-01")}
    assert acled[0]["evidence"] == [{"sentence": ACLED_ROWS[0][-1], "article": RECORDS}]
    text = kg.rows("who_backs_whom", source="text", actor="Turkey")
    assert cols(text, *key) >= {("Turkey", GNA, 4, "2019-12-10", "2020-05-18")}
    assert RECORDS not in {e["article"] for r in text for e in r["evidence"]}
    both = kg.rows("who_backs_whom", actor="Turkey")
    assert ("Turkey", GNA, 5, "2019-12-10", "2020-05-18") in cols(both, *key)
    # source and window together: only the ACLED record of March 2020
    assert cols(kg.rows("who_backs_whom", source="acled", since="2020-01", until="2020-02"), *key) == set()
    assert cols(kg.rows("who_backs_whom", source="text", since="2020-03", until="2020-12"), *key) == {
        ("Turkey", GNA, 1, "2020-05-18", "2020-05-18")
    }


def test_who_fights_whom_by_source(kg: KnowledgeGraph) -> None:
    key = ("actor_a", "actor_b", "events", "fight", "threaten", "first_seen", "last_seen")
    # the undated record counts, but gives no date
    assert cols(kg.rows("who_fights_whom", source="acled"), *key) == {
        (GNA, LNA, 2, 2, 0, "2020-04-01", "2020-04-01")
    }
    assert (GNA, LNA, 4, 4, 0, "2019-06-01", "2020-05-19") in cols(kg.rows("who_fights_whom"), *key)
    assert (GNA, LNA, 2, 2, 0, "2019-06-01", "2020-05-19") in cols(
        kg.rows("who_fights_whom", source="text"), *key
    )


def test_towns_changed_hands_by_source(kg: KnowledgeGraph) -> None:
    key = ("location", "from", "to", "date")
    acled = kg.rows("towns_changed_hands", source="acled")
    # the ACLED record continues the GNA's period at Asaba (text: 2020-05-20): its own date and note
    assert cols(acled, *key) == {("Asaba", LNA, GNA, "2020-05-21")}
    assert acled[0]["evidence"] == [{"sentence": ACLED_ROWS[2][-1], "article": RECORDS}]
    everything = kg.rows("towns_changed_hands", since="2020-05-20", until="2020-05-20")
    assert cols(everything, *key) == {("Asaba", LNA, GNA, "2020-05-20")}
    assert [e["article"] for e in everything[0]["evidence"]] == [
        "fixture://libya/2020-05-watiya", RECORDS, "fixture://libya/2020-06-tarhuna",
    ]  # fmt: skip
    text = kg.rows("towns_changed_hands", source="text")
    assert ("Asaba", LNA, GNA, "2020-05-20") in cols(text, *key)
    assert RECORDS not in {e["article"] for r in text for e in r["evidence"]}


def test_timeline_profiles_and_proxies_by_source(kg: KnowledgeGraph) -> None:
    timeline = kg.rows("control_timeline", place="Asaba", source="acled")
    assert cols(timeline, "actor", "kind", "since") == {(GNA, "captured", "2020-05-20")}
    assert timeline[0]["evidence"] == [{"sentence": ACLED_ROWS[2][-1], "article": RECORDS}]
    stated = kg.rows("control_timeline", place="Tarhuna", source="text")
    assert ("Libyan National Army", "stated") in cols(stated, "actor", "kind")
    assert kg.rows("control_timeline", place="Tarhuna", source="acled") == []

    place = kg.rows("place_profile", place="Tripoli", source="acled")
    assert cols(place, "date", "type", "actor", "target", "source") == {
        ("2020-04-01", "FIGHT", LNA, GNA, "acled"), (None, "FIGHT", LNA, GNA, "acled"),
    }  # fmt: skip

    profile = kg.rows("actor_profile", actor="GNA", source="acled")
    assert cols(profile, "section", "other", "type", "events") == {
        ("actor_of", None, "CAPTURE", 1), ("target_of", None, "FIGHT", 2), ("target_of", None, "SUPPORT", 1),
        ("backed_by", "Turkey", None, 1), ("opponent", LNA, None, 2), ("controls", "Asaba", "captured", None),
        ("member", "Fayez al-Sarraj", "prime minister", None),  # memberships are not events: kept
    }  # fmt: skip

    proxies = kg.rows("proxy_links", source="acled")
    assert cols(proxies, "backer", "proxy", "opponent", "support_events", "fight_events") == {
        ("Turkey", GNA, LNA, 1, 2)
    }


def test_unknown_source_is_a_clear_error(kg: KnowledgeGraph) -> None:
    with pytest.raises(InputError, match="unknown source 'acle'"):
        kg.rows("who_backs_whom", source="acle")
    assert kg.who_backs_whom(source="gdelt").empty


def test_cli_source_option(kg: KnowledgeGraph, cli_store_args: list[str]) -> None:
    def ckg(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = [sys.executable, "-m", "conflictkg.cli", *cli_store_args, *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=300)

    proc = ckg("ask", "towns-changed-hands", "--source", "acled", "-f", "json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    got = [(r["location"], r["from"], r["to"], r["date"]) for r in rows]
    assert got == [("Asaba", LNA, GNA, "2020-05-21")]

    proc = ckg("export", "events", "--source", "acled")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(e["action"] for e in lines) == ["CAPTURE", "FIGHT", "FIGHT", "SUPPORT"]
    assert {e["article"] for e in lines} == {RECORDS}

    proc = ckg("ask", "who-backs-whom", "--source", "acle")
    assert proc.returncode != 0
    assert proc.stderr.strip().splitlines() == ["error: unknown source 'acle': use one of text, acled, gdelt"]
