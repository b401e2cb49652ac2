"""Every shipped question on both stores: the same exact rows from the fixture graph, typed DataFrames,
index-anchored plans, the ``ask`` CLI and its JSON contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from data.fixture_graph import EXPECTED_CHANGES, EXPECTED_SUPPORTS, fixture_facts

from conflictkg.derived.derive import derive
from conflictkg.errors import InputError, NotFoundError
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.queries.api import QUERY_PARAMS, KnowledgeGraph
from conflictkg.queries.files import load, names

pytestmark = pytest.mark.store

GNA, LNA, SDF, SNA, SAA = (
    "Government of National Accord", "Libyan National Army", "Syrian Democratic Forces",
    "Syrian National Army", "Syrian Arab Army",
)  # fmt: skip
UAE, US = "United Arab Emirates", "United States"


@pytest.fixture
def kg(store: Store) -> KnowledgeGraph:
    GraphWriter(store, run_id="run:fixture").write(fixture_facts())
    derive(store)
    return KnowledgeGraph(store)


def cols(rows: list[dict[str, Any]], *names: str) -> list[tuple]:
    return [tuple(r[n] for n in names) for r in rows]


def test_who_backs_whom(kg: KnowledgeGraph) -> None:
    rows = kg.rows("who_backs_whom")
    assert cols(rows, "backer", "backed", "events", "first_seen", "last_seen") == [
        ("Turkey", GNA, 4, "2019-12-10", "2020-05-18"),
        ("Russia", LNA, 1, "2019-11-01", "2019-11-01"),
        ("Russia", SAA, 1, "2015-09-30", "2015-09-30"),
        ("Turkey", SNA, 1, "2018-01-20", "2018-01-20"),
        (UAE, LNA, 1, "2020-02-01", "2020-02-01"),
        (US, SDF, 1, "2017-05-09", "2017-05-09"),
    ]
    assert set(cols(rows, "backer", "backed", "events", "first_seen", "last_seen")) == EXPECTED_SUPPORTS
    assert rows[0]["evidence"] == [
        {"sentence": "La Turquie a affirmé son soutien au gouvernement d'accord national.",
         "article": "fixture://libya/2019-12-turkey"},
        {"sentence": "Turkey sent military advisers and drones to the GNA.", "article": "fixture://libya/2020-01-sirte"},
        {"sentence": "Le soutien turc a aidé le GNA à prendre la base.", "article": "fixture://libya/2020-05-watiya"},
        {"sentence": "Ankara has long backed the GNA.", "article": "fixture://libya/2020-01-sirte"},
    ]  # fmt: skip
    assert all(isinstance(r["events"], int) for r in rows)


def test_who_backs_whom_filters(kg: KnowledgeGraph) -> None:
    window = kg.rows("who_backs_whom", since="2020-01-01", until="2020-03")
    assert cols(window, "backer", "backed", "events", "first_seen", "last_seen") == [
        ("Turkey", GNA, 1, "2020-01-05", "2020-01-05"),
        (UAE, LNA, 1, "2020-02-01", "2020-02-01"),
    ]
    assert window[0]["evidence"] == [
        {
            "sentence": "Turkey sent military advisers and drones to the GNA.",
            "article": "fixture://libya/2020-01-sirte",
        }
    ]
    assert cols(kg.rows("who_backs_whom", actor="ANL"), "backer", "backed") == [("Russia", LNA), (UAE, LNA)]
    assert cols(kg.rows("who_backs_whom", min_events=2), "backer") == [("Turkey",)]
    assert cols(kg.rows("who_backs_whom", country="SYR"), "backed") == [(SAA,), (SNA,), (SDF,)]
    assert len(kg.rows("who_backs_whom", limit=2)) == 2


def test_who_fights_whom(kg: KnowledgeGraph) -> None:
    rows = kg.rows("who_fights_whom")
    names_ = (
        "actor_a",
        "actor_b",
        "events",
        "fight",
        "assault",
        "threaten",
        "coerce",
        "first_seen",
        "last_seen",
    )
    assert cols(rows, *names_) == [
        (GNA, LNA, 2, 2, 0, 0, 0, "2019-06-01", "2020-05-19"),
        (SDF, SNA, 2, 2, 0, 0, 0, "2019-10-12", "2019-10-13"),
        (LNA, "Turkey", 1, 0, 0, 1, 0, "2019-12-12", "2019-12-12"),
        (SAA, SNA, 1, 0, 0, 0, 1, "2019-10-20", "2019-10-20"),
        (SDF, "Turkey", 1, 1, 0, 0, 0, "2018-03-10", "2018-03-10"),
    ]
    assert all(isinstance(r["fight"], int) and isinstance(r["events"], int) for r in rows)
    assert cols(kg.rows("who_fights_whom", actor="Turquie", since="2019"), "actor_a", "actor_b") == [
        (LNA, "Turkey")
    ]


def test_towns_changed_hands(kg: KnowledgeGraph) -> None:
    rows = kg.rows("towns_changed_hands")
    assert cols(rows, "location", "from", "to", "date") == [
        ("Manbij", None, SDF, "2016-08-12"),
        ("Afrin", SDF, "Turkey", "2018-03-18"),
        ("Asaba", GNA, LNA, "2019-06-01"),  # inferred: the article's other Libyan party
        ("Manbij", SDF, SAA, "2019-10-16"),
        ("Sirte", GNA, LNA, "2020-01-06"),
        ("Al-Watiya Air Base", LNA, GNA, "2020-05-18"),
        ("Asaba", LNA, GNA, "2020-05-20"),
        ("Tarhuna", LNA, GNA, "2020-06-05"),
    ]
    assert set(cols(rows, "location", "from", "to", "date")) == EXPECTED_CHANGES
    watiya = rows[5]
    assert (watiya["lat"], watiya["lon"]) == (32.4747, 11.8983)
    assert watiya["evidence"] == [
        {"sentence": "Les forces du GNA ont repris la base aérienne d'Al-Watiya à l'ANL.",
         "article": "fixture://libya/2020-05-watiya"}
    ]  # fmt: skip
    assert len(rows[6]["evidence"]) == 2  # Asaba: the capture and the later report of the same hold
    libya_2020 = kg.rows("towns_changed_hands", country="LBY", since="2020", actor="LNA")
    assert cols(libya_2020, "location") == [("Sirte",), ("Al-Watiya Air Base",), ("Asaba",), ("Tarhuna",)]


def test_control_timeline(kg: KnowledgeGraph) -> None:
    rows = kg.rows("control_timeline", place="al-Asabaa")
    assert cols(rows, "actor", "kind", "since", "until", "from") == [
        (LNA, "captured", "2019-06-01", "2020-05-20", GNA),
        (GNA, "captured", "2020-05-20", None, LNA),
    ]
    rows = kg.rows("control_timeline", place="base aérienne d'Al-Watiya")
    assert cols(rows, "actor", "kind", "since", "until", "from") == [
        (LNA, "stated", None, None, None),
        (GNA, "captured", "2020-05-18", None, LNA),
    ]
    assert rows[0]["evidence"] == [
        {
            "sentence": "La base aérienne d'Al-Watiya, tenue par l'ANL.",
            "article": "fixture://libya/2019-12-turkey",
        }
    ]


def test_place_profile(kg: KnowledgeGraph) -> None:
    rows = kg.rows("place_profile", place="Tarabulus")
    assert cols(rows, "date", "type", "actor", "target", "modality") == [
        ("2019-06-01", "FIGHT", GNA, LNA, "asserted"),
        ("2020-01-10", "CAPTURE", LNA, None, "threatened"),
        ("2020-05-19", "ASSAULT", LNA, None, "asserted"),
        ("2020-05-19", "FIGHT", LNA, GNA, "asserted"),
    ]
    assert rows[0]["sentence"] == "GNA forces clashed with the LNA south of Tripoli."
    assert len(kg.rows("place_profile", place="Tripoli", since="2020-05")) == 2


def test_actor_profile(kg: KnowledgeGraph) -> None:
    rows = kg.rows("actor_profile", actor="ANL")
    assert cols(rows, "section", "other", "type", "events", "first_seen", "last_seen") == [
        ("actor_of", None, "CAPTURE", 3, "2019-06-01", "2020-01-10"),
        ("actor_of", None, "ASSAULT", 1, "2020-05-19", "2020-05-19"),
        ("actor_of", None, "FIGHT", 1, "2020-05-19", "2020-05-19"),
        ("actor_of", None, "RETREAT", 1, "2020-06-04", "2020-06-04"),
        ("actor_of", None, "THREATEN", 1, "2019-12-12", "2019-12-12"),
        ("backed_by", "Russia", None, 1, "2019-11-01", "2019-11-01"),
        ("backed_by", UAE, None, 1, "2020-02-01", "2020-02-01"),
        ("controls", "Al-Watiya Air Base", "stated", None, None, None),
        ("controls", "Sirte", "captured", None, "2020-01-06", None),
        ("controls", "Tarhuna", "stated", None, "2019-04-04", None),
        ("member", "Khalifa Haftar", "commander", None, None, None),
        ("opponent", GNA, None, 2, "2019-06-01", "2020-05-19"),
        ("opponent", "Turkey", None, 1, "2019-12-12", "2019-12-12"),
        ("target_of", None, "CAPTURE", 2, "2020-05-18", "2020-06-05"),
        ("target_of", None, "SUPPORT", 2, "2019-11-01", "2020-05-27"),
        ("target_of", None, "AID", 1, "2020-02-01", "2020-02-01"),
        ("target_of", None, "FIGHT", 1, "2019-06-01", "2019-06-01"),
    ]
    turkey = kg.rows("actor_profile", actor="Turquie")
    assert [r["other"] for r in turkey if r["section"] == "backs"] == [GNA, SNA]
    sarraj = kg.rows("actor_profile", actor="Sarraj")
    assert cols(sarraj, "section", "other", "type") == [("member_of", GNA, "prime minister")]


def test_proxy_links(kg: KnowledgeGraph) -> None:
    rows = kg.rows("proxy_links")
    assert cols(rows, "backer", "proxy", "opponent", "support_events", "fight_events") == [
        ("Russia", LNA, GNA, 1, 2),
        ("Turkey", GNA, LNA, 4, 2),
        ("Turkey", SNA, SDF, 1, 2),
        (UAE, LNA, GNA, 1, 2),
        (US, SDF, SNA, 1, 2),
        ("Russia", LNA, "Turkey", 1, 1),
        ("Russia", SAA, SNA, 1, 1),
        ("Turkey", SNA, SAA, 1, 1),
        (UAE, LNA, "Turkey", 1, 1),
        (US, SDF, "Turkey", 1, 1),
    ]
    assert cols(kg.rows("proxy_links", actor="Émirats arabes unis", min_events=2), "opponent") == [(GNA,)]


@pytest.mark.parametrize("query", ["proxy_links", "who_backs_whom", "who_fights_whom", "towns_changed_hands"])
def test_limit_is_the_head_of_the_full_answer(kg: KnowledgeGraph, query: str) -> None:
    # proxy_links cuts its work at the fight count where the rows reach the limit: ties included
    for params in ({}, {"since": "2019-10-13"}, {"actor": "Turkey"}):
        everything = kg.rows(query, **params)
        assert everything, (query, params)
        for k in range(1, len(everything) + 1):
            assert kg.rows(query, limit=k, **params) == everything[:k], (query, params, k)


def test_resolution_in_any_language(kg: KnowledgeGraph) -> None:
    for name in ("Turquie", "turkey", "TURKISH", "turc", "Ankara"):
        assert kg.resolve_actor(name)["name"] == "Turkey"
    for name in ("ANL", "LNA", "armee nationale libyenne", "Armée Nationale Libyenne"):
        assert kg.resolve_actor(name)["name"] == LNA
    assert kg.resolve_place("base aerienne d’Al Watiya")["name"] == "Al-Watiya Air Base"
    assert kg.resolve_place("SYRTE")["name"] == "Sirte"


def test_unknown_names_list_the_closest(kg: KnowledgeGraph) -> None:
    with pytest.raises(NotFoundError, match=r"unknown actor 'Turky'; closest: Turkey"):
        kg.resolve_actor("Turky")
    with pytest.raises(NotFoundError, match=r"unknown place 'Tripolli'; closest: Tripoli"):
        kg.place_profile("Tripolli")
    with pytest.raises(InputError, match="not an ISO date"):
        kg.who_backs_whom(since="last week")


def test_dataframes_are_typed(kg: KnowledgeGraph) -> None:
    df = kg.who_backs_whom()
    assert list(df.columns) == [
        "backer",
        "backed",
        "events",
        "first_seen",
        "last_seen",
        "confidence",
        "evidence",
    ]
    assert str(df["events"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(df["first_seen"])
    assert df.loc[0, "first_seen"] == pd.Timestamp("2019-12-10")
    towns = kg.towns_changed_hands()
    assert pd.api.types.is_datetime64_any_dtype(towns["date"]) and towns["lat"].dtype == "float64"
    assert towns["from"].isna().sum() == 1
    empty = kg.who_backs_whom(since="2030")
    assert empty.empty and list(empty.columns) == list(df.columns)
    assert str(kg.actor_profile("LNA")["events"].dtype) == "Int64"
    assert list(kg.control_timeline("Asaba")["actor"]) == [LNA, GNA]
    assert len(kg.place_profile("Tripoli")) == 4 and len(kg.proxy_links()) == 10
    assert str(kg.who_fights_whom()["assault"].dtype) == "Int64"


def test_dataframes_keep_the_date_precision(kg: KnowledgeGraph) -> None:
    df = kg.place_profile("Tripoli")
    assert list(df.columns[:4]) == ["location", "date", "date_precision", "type"]
    assert list(df["date_precision"]) == ["day"] * 4
    assert list(kg.place_profile("Tripoli", since="2030").columns) == list(df.columns)
    assert [e["date_precision"] for e in kg.events(since="2020-05-19", until="2020-05-19")] == ["day"] * 2


def test_networks(kg: KnowledgeGraph) -> None:
    g = kg.to_networkx("all")
    assert g.get_edge_data("Turkey", GNA, "supports")["weight"] == 4
    assert g.get_edge_data("Turkey", GNA, "supports")["sign"] == 1
    assert g.get_edge_data(GNA, LNA, "opposes")["sign"] == -1
    assert g.nodes["Turkey"]["country"] == "TUR"
    assert {(u, v) for u, v in kg.to_networkx("supports").edges()} == {
        (b, t) for b, t, *_ in EXPECTED_SUPPORTS
    }
    assert kg.to_networkx("opposes", since="2020").number_of_edges() == 1
    blocs = kg.alliance_blocs()
    assert {"Turkey", GNA} <= blocs[0] or {"Turkey", GNA} <= blocs[1]
    bloc_of = {a: i for i, b in enumerate(blocs) for a in b}
    assert bloc_of[GNA] != bloc_of[LNA] and bloc_of["Russia"] == bloc_of[LNA] == bloc_of[UAE]
    assert bloc_of[US] == bloc_of[SDF] != bloc_of[SNA]
    c = kg.centrality()
    assert list(c.columns) == [
        "actor",
        "degree",
        "backs",
        "backed_by",
        "opponents",
        "betweenness",
        "pagerank",
    ]
    lna = c.set_index("actor").loc[LNA]
    assert (lna["backed_by"], lna["opponents"], lna["degree"]) == (2, 2, 4)
    assert c.loc[0, "actor"] == LNA  # most backed, most central


ANCHORED = {
    "control_timeline": {"place": "Asaba"},
    "place_profile": {"place": "Tripoli"},
    "actor_profile": {"actor": "Turkey"},
}


@pytest.mark.parametrize("query", sorted(ANCHORED))
def test_anchored_queries_use_an_index(kg: KnowledgeGraph, query: str) -> None:
    params = {**QUERY_PARAMS[query], **ANCHORED[query]}
    plan = kg.store.explain(load(query), params)
    if kg.store.kind == "falkordb":
        assert "Node By Index Scan" in plan, plan
        assert "All Node Scan" not in plan and "Node By Label Scan" not in plan, plan
    else:
        assert "NodeIndexSeek" in plan or "NodeUniqueIndexSeek" in plan, plan
        assert "AllNodesScan" not in plan and "NodeByLabelScan" not in plan, plan


def test_every_query_file_runs_with_its_declared_params(kg: KnowledgeGraph) -> None:
    for name in names():
        if name in QUERY_PARAMS:
            params = {**QUERY_PARAMS[name], **ANCHORED.get(name, {})}
            assert isinstance(kg.run(name, **params), list)
            text = (Path(__file__).parents[2] / "conflictkg" / "queries" / f"{name}.cypher").read_text()
            declared = {line.split()[1] for line in text.splitlines() if line.startswith(":param")}
            assert declared == set(params), name


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300,
        env=os.environ.copy(),
    )  # fmt: skip


def test_cli_ask_json_contract(kg: KnowledgeGraph, cli_store_args: list[str]) -> None:
    proc = ckg([*cli_store_args, "ask", "who-backs-whom", "--format", "json", "--actor", "Turquie"])
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [list(r) for r in rows] == [
        ["backer", "backed", "events", "first_seen", "last_seen", "evidence"]
    ] * 2
    assert (rows[0]["backer"], rows[0]["backed"], rows[0]["events"]) == ("Turkey", GNA, 4)
    assert set(rows[0]["evidence"][0]) == {"sentence", "article"}

    proc = ckg([*cli_store_args, "ask", "towns-changed-hands", "-f", "json", "--since", "2020-05"])
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [list(r) for r in rows] == [["location", "lat", "lon", "from", "to", "date", "evidence"]] * 3
    assert [(r["location"], r["from"], r["to"]) for r in rows] == [
        ("Al-Watiya Air Base", LNA, GNA), ("Asaba", LNA, GNA), ("Tarhuna", LNA, GNA),
    ]  # fmt: skip


def test_cli_ask_commands(kg: KnowledgeGraph, cli_store_args: list[str]) -> None:
    proc = ckg([*cli_store_args, "ask", "timeline", "Watiya", "-f", "csv"])
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "location,actor,kind,since,until,from,evidence"
    proc = ckg([*cli_store_args, "ask", "actor", "ANL", "-f", "json"])
    assert json.loads(proc.stdout)[0] == {
        "section": "actor_of", "other": None, "type": "CAPTURE", "events": 3,
        "first_seen": "2019-06-01", "last_seen": "2020-01-10",
    }  # fmt: skip
    proc = ckg([*cli_store_args, "ask", "proxies", "--actor", "EAU"])
    assert proc.returncode == 0 and "Proxy links" in proc.stdout
    proc = ckg([*cli_store_args, "ask", "who-fights-whom", "--since", "2030"])
    assert proc.returncode == 0 and proc.stdout.strip() == "No fighting found."
    proc = ckg([*cli_store_args, "ask", "place", "Tripoli", "-f", "json", "--until", "2019"])
    assert [r["type"] for r in json.loads(proc.stdout)] == ["FIGHT"]


def test_cli_unknown_name_is_one_line(kg: KnowledgeGraph, cli_store_args: list[str]) -> None:
    proc = ckg([*cli_store_args, "ask", "actor", "Turky"])
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.strip().splitlines() == ["error: unknown actor 'Turky'; closest: Turkey"]
