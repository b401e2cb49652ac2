"""`conflictkg cypher` without --write refuses what writes, administers or reaches out, on both stores."""

from __future__ import annotations

import http.server
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest

from conflictkg.graph.readonly import why_not_read_only
from conflictkg.graph.store import Store

pytestmark = pytest.mark.store


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300
    )


def assert_needs_write(proc: subprocess.CompletedProcess[str]) -> None:
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "--write" in lines[0], proc.stderr


def graph_facts(store: Store) -> set[tuple[str, str]]:
    rows = store.query("MATCH (a:Actor) RETURN a.id AS id, a.name AS name")
    return {(r["id"], r["name"]) for r in rows}


@pytest.fixture
def seeded(store: Store) -> Store:
    store.query(
        "CREATE (:Actor {id: 'a1', name: 'Alpha'}), (:Actor {id: 'a2', name: 'MERGE me'})", write=True
    )
    return store


@pytest.fixture
def url_hits() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server serving a CSV; the list records every path the server was asked for."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            body = b"x\n1\n"
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/data.csv", hits
    server.shutdown()


REFUSED = [
    "CREATE (:Actor {id: 'x', name: 'X'})",
    "MATCH (a:Actor {id: 'a1'}) SET a.name = 'Changed'",
    "MATCH (a:Actor {id: 'a1'}) DETACH DELETE a",
    "MATCH (a:Actor {id: 'a1'}) REMOVE a.name",
    "MERGE (:Actor {id: 'x'})",
    "MATCH (a:Actor) FOREACH (i IN [1] | SET a.name = 'F')",
    "/* comment */ create (:Actor {id: 'lower'})",
    "CREATE INDEX extra FOR (n:Actor) ON (n.kind)",
    "DROP INDEX extra IF EXISTS",
    "CREATE DATABASE other",
    "STOP DATABASE neo4j",
    "CREATE USER eve SET PASSWORD 'secret123'",
    "GRANT ROLE admin TO eve",
    "SHOW TRANSACTIONS",
    "SHOW USERS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL db.createLabel('Injected')",
    "CALL dbms.components()",
    "CALL apoc.load.json('http://127.0.0.1:9/x')",
    "RETURN apoc.text.join(['a'], '') AS s",
    "CALL db.idx.fulltext.createNodeIndex('Actor', 'name')",
]


@pytest.mark.parametrize("query", REFUSED)
def test_refused_without_write_and_graph_untouched(
    seeded: Store, cli_store_args: list[str], query: str
) -> None:
    before = graph_facts(seeded)
    assert_needs_write(ckg([*cli_store_args, "cypher", query]))
    assert graph_facts(seeded) == before == {("a1", "Alpha"), ("a2", "MERGE me")}


def test_load_csv_never_reaches_the_url(
    seeded: Store, cli_store_args: list[str], url_hits: tuple[str, list[str]]
) -> None:
    url, hits = url_hits
    assert_needs_write(ckg([*cli_store_args, "cypher", f"LOAD CSV FROM '{url}' AS r RETURN r"]))
    assert hits == []
    if seeded.kind == "neo4j":  # the control: with --write the server does fetch it
        proc = ckg(
            [*cli_store_args, "cypher", "--write", f"LOAD CSV FROM '{url}' AS r RETURN r", "-f", "json"]
        )
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout) == [{"r": ["x"]}, {"r": ["1"]}]
        assert hits == ["/data.csv"]


def test_terminate_leaves_another_sessions_write_alone(seeded: Store, cli_store_args: list[str]) -> None:
    if seeded.kind != "neo4j":
        pytest.skip("FalkorDB has no transactions to terminate")
    driver = seeded._driver  # type: ignore[attr-defined]
    with driver.session(database=seeded.database) as session:  # type: ignore[attr-defined]
        tx = session.begin_transaction()
        tx.run("CREATE (:Actor {id: 'pending', name: 'Pending'})").consume()
        ids = [
            r["transactionId"]
            for r in seeded.query("SHOW TRANSACTIONS YIELD transactionId, currentQuery, status")
            if r["transactionId"]
        ]
        assert ids
        for tx_id in ids:
            assert_needs_write(ckg([*cli_store_args, "cypher", f"TERMINATE TRANSACTIONS '{tx_id}'"]))
        tx.commit()
    assert ("pending", "Pending") in graph_facts(seeded)


READS = [
    ("RETURN 'CREATE (x) SET y DELETE z' AS s", [{"s": "CREATE (x) SET y DELETE z"}]),
    (
        'MATCH (a:Actor) WHERE a.name <> "LOAD CSV" // DELETE everything\nRETURN a.id AS id ORDER BY id',
        [{"id": "a1"}, {"id": "a2"}],
    ),
    ("MATCH (a:Actor {name: 'MERGE me'}) RETURN a.id AS id, {set: 1} AS m", [{"id": "a2", "m": {"set": 1}}]),
    ("CALL db.labels() YIELD label WITH label WHERE label = 'Actor' RETURN label", [{"label": "Actor"}]),
    ("WITH 1 AS start RETURN start", [{"start": 1}]),
]


@pytest.mark.parametrize(("query", "rows"), READS)
def test_reads_still_work(seeded: Store, cli_store_args: list[str], query: str, rows: list[dict]) -> None:
    proc = ckg([*cli_store_args, "cypher", query, "-f", "json"])
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == rows


def test_write_flag_still_writes(seeded: Store, cli_store_args: list[str]) -> None:
    proc = ckg([*cli_store_args, "cypher", "--write", "MATCH (a:Actor {id: 'a1'}) SET a.name = 'Changed'"])
    assert proc.returncode == 0, proc.stderr
    assert graph_facts(seeded) == {("a1", "Changed"), ("a2", "MERGE me")}


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("RETURN '\\'CREATE' AS s", None),
        ("RETURN `CREATE`.x AS s", None),
        ("SHOW RANGE INDEXES YIELD name", None),
        ("CALL { MATCH (n) RETURN n } RETURN count(n) AS n", None),
        ("CALL `apoc`.load.json('x')", "CALL apoc.load.json"),
        ("load csv from 'file:///etc/passwd' as r return r", "LOAD CSV"),
        ("MATCH (n) CALL { WITH n SET n.x = 1 } IN TRANSACTIONS", "SET"),
    ],
)
def test_tokenizer(query: str, reason: str | None) -> None:
    assert why_not_read_only(query) == reason


def test_cli_store_uri_is_not_needed_for_refusal() -> None:
    # the check runs before any store is opened: no server is contacted for a refused query
    env_home = os.environ.get("TMPDIR", "/tmp")
    proc = ckg(["--home", env_home, "--store", "bolt://127.0.0.1:9", "cypher", "CREATE ()"])
    assert_needs_write(proc)
