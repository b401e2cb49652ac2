"""The CLI end to end on both stores: one-line errors, exit codes, read-only Cypher, nothing lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conflictkg.graph.store import Store

pytestmark = pytest.mark.store


def ckg(args: list[str], env: dict[str, str] | None = None, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args],
        capture_output=True,
        text=True,
        input=stdin,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def assert_one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    for needle in needles:
        assert needle in errors[0]


def articles(store: Store) -> set[str]:
    return {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}


def test_bad_inputs_are_reported_and_nothing_is_lost(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(" date 2021-03 Une phrase sans grand intérêt.\n", encoding="utf-8")
    ok = ckg([*cli_store_args, "ingest", "--no-nlp", str(good)])
    assert ok.returncode == 0, ok.stderr
    before = articles(store)
    assert before == {str(good)}

    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "latin1.txt").write_bytes("prise de contrôle".encode("latin-1"))
    bad = [str(tmp_path / n) for n in ("empty.txt", "binary.txt", "latin1.txt", "missing.txt")]
    proc = ckg([*cli_store_args, "ingest", "--no-nlp", *bad])
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    reasons = "\n".join(proc.stderr.splitlines())
    assert "empty" in reasons and "binary" in reasons and "UTF-8" in reasons and "no such file" in reasons
    assert articles(store) == before


def test_cypher_is_read_only_unless_told(store: Store, cli_store_args: list[str]) -> None:
    proc = ckg([*cli_store_args, "cypher", "CREATE (:Actor {id: 'x', name: 'X'})"])
    assert_one_line_error(proc, "--write")
    assert store.query("MATCH (a:Actor) RETURN count(a) AS n") == [{"n": 0}]
    proc = ckg([*cli_store_args, "cypher", "--write", "CREATE (:Actor {id: 'x', name: 'X'})"])
    assert proc.returncode == 0, proc.stderr
    proc = ckg([*cli_store_args, "cypher", "MATCH (a:Actor) RETURN a.name AS name", "-f", "json"])
    assert json.loads(proc.stdout) == [{"name": "X"}]
    proc = ckg(
        [*cli_store_args, "cypher", "MATCH (a:Actor {name: $n}) RETURN a.id AS id", "-p", "n=X", "-f", "csv"]
    )
    assert proc.stdout.splitlines() == ["id", "x"]


def test_syntax_error_is_one_line(store: Store, cli_store_args: list[str]) -> None:
    assert_one_line_error(ckg([*cli_store_args, "cypher", "MATCH (n RETURN n"]))


def test_unreachable_store_and_wrong_password(tmp_path: Path) -> None:
    assert_one_line_error(
        ckg(["--home", str(tmp_path), "--store", "bolt://127.0.0.1:9", "stats"]), "cannot reach"
    )
    assert_one_line_error(ckg(["--home", str(tmp_path), "--store", "falkordb://127.0.0.1:9", "stats"]))
    assert_one_line_error(ckg(["--store", "ftp://x", "stats"]), "unknown store URI")


def test_wrong_neo4j_password(neo4j_store: Store) -> None:
    proc = ckg(["--store", os.environ["NEO4J_URI"], "stats"], env={"NEO4J_PASSWORD": "wrong-password"})
    assert_one_line_error(proc, "refused the credentials")
    assert "wrong-password" not in proc.stderr


@pytest.mark.nlp
def test_user_knowledge_base_file(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    kb = tmp_path / "my-actors.toml"
    kb.write_text(
        '[[actor]]\nname = "Brigade of the Northern Wolves"\nkind = "armed_group"\ncountry = "LBY"\n'
        'aliases = ["Northern Wolves", "Brigade des loups du Nord"]\n',
        encoding="utf-8",
    )
    article = tmp_path / "wolves.txt"
    article.write_text(" date 2021-03-02 The Northern Wolves attacked the town of Ajdabiya on Monday.\n")
    proc = ckg([*cli_store_args, "--kb", str(kb), "ingest", str(article)])
    assert proc.returncode == 0, proc.stderr
    rows = store.query(
        "MATCH (a:Actor)-[:ACTOR]->(e:Event)-[:AT]->(l:Location) RETURN a.name AS a, a.kind AS k, l.name AS l"
    )
    assert {(r["a"], r["k"], r["l"]) for r in rows} == {
        ("Brigade of the Northern Wolves", "armed_group", "Ajdabiya")
    }
    missing = ckg([*cli_store_args, "--kb", str(tmp_path / "nope.toml"), "stats"])
    assert_one_line_error(missing, "no such knowledge-base file")
    assert missing.returncode == 2


@pytest.mark.nlp
def test_article_without_events_is_reported_and_kept(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    calm = tmp_path / "calm.txt"
    calm.write_text(" date 2021-03-02 Il faisait beau sur la plage et personne ne parlait de politique.\n")
    proc = ckg([*cli_store_args, "ingest", str(calm)])
    assert proc.returncode == 0, proc.stderr
    assert f"no_events origin={calm}" in proc.stderr
    assert "(articles with none: 1)" in proc.stderr
    assert articles(store) == {str(calm)}
