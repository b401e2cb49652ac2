"""Helpers for the reliability tests of the embedded FalkorDB store."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conflictkg.graph import embedded
from conflictkg.graph.falkordb_store import FalkorDBStore


def open_graph(home: Path) -> FalkorDBStore:
    return FalkorDBStore(unix_socket=str(embedded.ensure_running(home)))


def article_ids(home: Path) -> set[str]:
    graph = open_graph(home)
    try:
        return {r["id"] for r in graph.query("MATCH (a:Article) RETURN a.id AS id")}
    finally:
        graph.close()


def ckg(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "CONFLICTKG_HOME"},
        timeout=300,
    )
