"""Every Cypher text the project ships passes Neo4j's own parser and semantic analysis.

Collected: every ``conflictkg/**/*.cypher`` file; every string literal in ``conflictkg/**/*.py`` that
is a whole Cypher statement (found by parsing the modules: not a docstring, not part of an f-string
or ``+``, starting with a Cypher clause); the statements built at import time (the writer's batch
statements including ``ALL_PARTS_STATEMENT``, the schema DDL of both stores); and any module-level
``SHIPPED_CYPHER`` list. They go through ``scripts/lint-cypher.mjs`` (``npm ci`` installs its parser).
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "conflictkg"
LINTER = ROOT / "scripts" / "lint-cypher.mjs"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
CLAUSE = re.compile(r"^\s*(MATCH|OPTIONAL\s+MATCH|UNWIND|CREATE|CALL|RETURN|WITH|MERGE|DROP|SHOW)\b")


def literal_statements(path: Path) -> list[tuple[str, str]]:
    """(name, text) of the whole Cypher statements written as string literals in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    out = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        parent = parents.get(id(node))
        if isinstance(parent, (ast.Expr, ast.JoinedStr, ast.BinOp)):
            continue  # a docstring, or a fragment of a statement built at run time
        text = node.value
        if not CLAUSE.match(text) or text.startswith(" ") or ";" in text:  # fragments, SQL
            continue
        out.append((f"{path.relative_to(ROOT)}:{node.lineno}", text))
    return out


def shipped_cypher() -> list[dict[str, str]]:
    from conflictkg.graph import schema
    from conflictkg.graph import write_statements as writer

    items: list[tuple[str, str]] = [
        (str(p.relative_to(ROOT)), p.read_text(encoding="utf-8")) for p in sorted(PACKAGE.rglob("*.cypher"))
    ]
    for path in sorted(PACKAGE.rglob("*.py")):
        items.extend(literal_statements(path))
    items.append(("writer.ALL_PARTS_STATEMENT", writer.ALL_PARTS_STATEMENT))
    items.extend((f"writer.batch_statement({name})", writer.batch_statement([name])) for name in writer.PARTS)
    items.extend((f"schema.neo4j_statements()[{i}]", s) for i, s in enumerate(schema.neo4j_statements()))
    items.extend(
        (f"schema.falkordb_statements()[{i}]", s) for i, s in enumerate(schema.falkordb_statements())
    )
    for path in sorted(PACKAGE.rglob("*.py")):
        if "SHIPPED_CYPHER" not in path.read_text(encoding="utf-8"):
            continue
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for i, text in enumerate(getattr(importlib.import_module(module), "SHIPPED_CYPHER", [])):
            items.append((f"{module}.SHIPPED_CYPHER[{i}]", text))
    seen: set[str] = set()
    unique = []
    for name, text in items:
        if text not in seen:
            seen.add(text)
            unique.append({"name": name, "query": text})
    return unique


def lint(queries: list[dict[str, str]]) -> list[dict]:
    node = shutil.which("node")
    parser = ROOT / "node_modules" / "@neo4j-cypher" / "language-support"
    if node is None or not parser.exists() or not LINTER.exists():
        reason = "needs node and `npm ci` at the repo root (@neo4j-cypher/language-support)"
        if IN_CI:
            pytest.fail(reason)
        pytest.skip(reason)
    # The parser takes seconds on a long query: the queries are shared out, longest first, among
    # one process per core, and the results put back in the order given.
    shares: list[list[int]] = [[] for _ in range(min(len(queries), os.cpu_count() or 1))]
    loads = [0] * len(shares)
    for i in sorted(range(len(queries)), key=lambda i: -len(queries[i]["query"])):
        least = loads.index(min(loads))
        shares[least].append(i)
        loads[least] += len(queries[i]["query"])
    # Each share is given as a file, so that every process starts at once (stdin is read whole first).
    with tempfile.TemporaryDirectory() as tmp:
        procs = []
        for n, share in enumerate(shares):
            path = Path(tmp) / f"share{n}.json"
            path.write_text(json.dumps([queries[i] for i in share]), encoding="utf-8")
            procs.append(
                subprocess.Popen(
                    [node, str(LINTER), str(path)],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    cwd=ROOT,
                )
            )
        results: list[dict] = [{}] * len(queries)
        for proc, share in zip(procs, shares, strict=True):
            out, err = proc.communicate(timeout=600)
            assert proc.returncode in (0, 1), err
            for i, result in zip(share, json.loads(out), strict=True):
                results[i] = result
    return results


def test_the_collector_finds_what_we_ship() -> None:
    names = {q["name"] for q in shipped_cypher()}
    texts = {q["query"] for q in shipped_cypher()}
    from conflictkg.derived import derive_cypher
    from conflictkg.graph import write_statements as writer

    assert writer.ALL_PARTS_STATEMENT in texts
    assert all(s in texts for s in derive_cypher.SHIPPED_CYPHER)
    for query in (
        "who_backs_whom",
        "towns_changed_hands",
        "control_timeline",
        "actor_profile",
        "resolve_actor",
    ):
        assert f"conflictkg/queries/{query}.cypher" in names
    assert any(n.startswith("conflictkg/graph/stats.py:") for n in names)
    assert any(n.startswith("conflictkg/jobs/ingest.py:") for n in names)
    assert not any(q["query"] == "CREATE INDEX FOR (n:" for q in shipped_cypher())  # no f-string fragments


def test_the_linter_catches_errors() -> None:
    results = lint(
        [{"name": "bad", "query": "MATCH (n RETURN n"}, {"name": "ok", "query": "MATCH (n) RETURN n"}]
    )
    assert [bool(r["errors"]) for r in results] == [True, False]


def test_every_shipped_statement_parses() -> None:
    queries = shipped_cypher()
    assert len(queries) >= 30
    failures = [
        f"{r['name']}:{e['line']}:{e['column']}: {e['message']}" for r in lint(queries) for e in r["errors"]
    ]
    assert not failures, "\n".join(failures)
