"""`conflictkg cypher @FILE` runs every shipped .cypher file as shipped, on both stores: the file's
Browser `:param` defaults apply, `--param` overrides them, and the rows are the fixture graph's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from data.fixture_graph import fixture_facts

from conflictkg.derived.derive import derive
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.queries.files import names

pytestmark = pytest.mark.store

QUERIES = Path(__file__).resolve().parents[2] / "conflictkg" / "queries"
GNA, LNA, SDF, SNA, SAA = (
    "Government of National Accord", "Libyan National Army", "Syrian Democratic Forces",
    "Syrian National Army", "Syrian Arab Army",
)  # fmt: skip
UAE, US = "United Arab Emirates", "United States"

# per file: the number of rows, and the first two columns of each row (None: too many rows to spell)
EXPECTED: dict[str, tuple[int, list[tuple[object, object]] | None]] = {
    "actor_profile": (11, [
        ("actor_of", None), ("actor_of", None), ("actor_of", None), ("actor_of", None), ("actor_of", None),
        ("backs", GNA), ("backs", SNA), ("controls", "Afrin"), ("opponent", LNA), ("opponent", SDF),
        ("target_of", None),
    ]),
    "control_timeline": (2, [("Asaba", LNA), ("Asaba", GNA)]),
    "corroboration": (30, None),
    "export_endpoints": (0, None),  # its default is no id: the export passes a page's ids
    "export_events": (30, None),
    "place_profile": (4, [("Tripoli", "2019-06-01"), ("Tripoli", "2020-01-10"), ("Tripoli", "2020-05-19"),
                          ("Tripoli", "2020-05-19")]),
    "proxy_links": (10, [
        ("Russia", LNA), ("Turkey", GNA), ("Turkey", SNA), (UAE, LNA), (US, SDF),
        ("Russia", LNA), ("Russia", SAA), ("Turkey", SNA), (UAE, LNA), (US, SDF),
    ]),
    "resolve_actor": (1, [("actor:a6b3fed3f428acd6", LNA)]),
    "resolve_place": (1, [("loc:a8a1d13cb4df5967", "Tripoli")]),
    "towns_changed_hands": (8, [
        ("Manbij", 36.5281), ("Afrin", 36.5119), ("Asaba", 32.0667), ("Manbij", 36.5281),
        ("Sirte", 31.2089), ("Al-Watiya Air Base", 32.4747), ("Asaba", 32.0667), ("Tarhuna", 32.435),
    ]),
    "who_backs_whom": (6, [
        ("Turkey", GNA), ("Russia", LNA), ("Russia", SAA), ("Turkey", SNA), (UAE, LNA), (US, SDF),
    ]),
    "who_fights_whom": (5, [(GNA, LNA), (SDF, SNA), (LNA, "Turkey"), (SAA, SNA), (SDF, "Turkey")]),
}  # fmt: skip


def ckg(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300,
        env=os.environ.copy(),
    )  # fmt: skip


@pytest.fixture
def fixture_store(store: Store) -> Store:
    GraphWriter(store, run_id="run:fixture").write(fixture_facts())
    derive(store)
    return store


def test_every_shipped_query_runs_as_shipped(fixture_store: Store, cli_store_args: list[str]) -> None:
    assert sorted(EXPECTED) == names()
    for name in names():
        proc = ckg([*cli_store_args, "cypher", f"@{QUERIES / f'{name}.cypher'}", "-f", "json"])
        assert proc.returncode == 0, (name, proc.stderr)
        rows = json.loads(proc.stdout)
        count, heads = EXPECTED[name]
        assert len(rows) == count, name
        if heads is not None:
            assert [tuple(list(r.values())[:2]) for r in rows] == heads, name


def test_param_overrides_the_file_default(fixture_store: Store, cli_store_args: list[str]) -> None:
    query = f"@{QUERIES / 'who_backs_whom.cypher'}"
    proc = ckg([*cli_store_args, "cypher", query, "-p", "actor=Russia", "--param", "limit=1", "-f", "json"])
    assert proc.returncode == 0, proc.stderr
    assert [(r["backer"], r["backed"], r["events"]) for r in json.loads(proc.stdout)] == [("Russia", LNA, 1)]
    proc = ckg([*cli_store_args, "cypher", f"@{QUERIES / 'control_timeline.cypher'}", "-p", "place=Tarhuna",
                "-f", "json"])  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [(r["location"], r["actor"]) for r in json.loads(proc.stdout)] == [
        ("Tarhuna", LNA),
        ("Tarhuna", GNA),
    ]


def test_a_bad_param_line_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.cypher"
    bad.write_text(":param limit => 'open\nRETURN $limit AS x\n", encoding="utf-8")
    proc = ckg(["--home", str(tmp_path), "cypher", f"@{bad}"])
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f'error: {bad}: line 1: :param limit: unterminated string at character 6 of "\'open"'
    ]
