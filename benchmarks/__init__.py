"""Reproducible benchmarks: ``python -m benchmarks run [--quick]`` (see benchmarks/README.md).

Shared helpers: timing statistics, a private embedded FalkorDB under a temporary directory, and the
"not available" result of a measure whose code does not exist (yet) in this checkout.
"""

from __future__ import annotations

import contextlib
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis

from conflictkg.graph import embedded
from conflictkg.graph.open import open_store
from conflictkg.graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def not_available(reason: str) -> dict[str, Any]:
    return {"available": False, "reason": reason}


def percentile(samples: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation."""
    data = sorted(samples)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100.0
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summarize_ms(samples_s: list[float]) -> dict[str, float]:
    ms = [s * 1000.0 for s in samples_s]
    return {
        "median_ms": round(statistics.median(ms), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "runs": len(ms),
    }


def clock(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


@dataclass
class Embedded:
    """A private embedded FalkorDB: its store, data dir and a raw redis client for INFO / MEMORY."""

    store: Store
    home: Path
    redis: redis.Redis

    @property
    def pid(self) -> int | None:
        return embedded.status(self.home).pid

    def used_memory(self) -> int:
        return int(self.redis.info("memory")["used_memory"])

    def graph_memory(self, graph: str = "conflictkg") -> float | None:
        """FalkorDB's own estimate of the graph's memory, in bytes (whole MB; None if the module lacks it)."""
        try:
            reply = self.redis.execute_command("GRAPH.MEMORY", "USAGE", graph)
        except redis.ResponseError:
            return None
        fields = reply if isinstance(reply, dict) else dict(zip(reply[::2], reply[1::2], strict=False))
        total = fields.get(b"total_graph_sz_mb", fields.get("total_graph_sz_mb"))
        return float(total) * 1024 * 1024 if total is not None else None

    def set_query_timeout(self, ms: int) -> None:
        """FalkorDB's default query timeout (0 = none); it applies to writes too."""
        self.redis.execute_command("GRAPH.CONFIG", "SET", "TIMEOUT_DEFAULT", ms)

    def aof_bytes(self) -> int:
        """Bytes of the append-only files (base snapshot + increments)."""
        return sum(p.stat().st_size for p in (self.home / "appendonlydir").glob("*") if p.is_file())

    def rewrite_aof(self, timeout: float = 600.0) -> int:
        """Compact the append-only file (BGREWRITEAOF) and return its size after."""
        with contextlib.suppress(redis.ResponseError):
            self.redis.bgrewriteaof()
        deadline = time.monotonic() + timeout
        time.sleep(0.2)
        while time.monotonic() < deadline:
            info = self.redis.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                break
            time.sleep(0.2)
        return self.aof_bytes()


@contextlib.contextmanager
def private_embedded(prefix: str = "ckg-bench-") -> Iterator[Embedded]:
    """Start an embedded FalkorDB under a fresh temporary dir; stop it and remove the dir after."""
    home = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        store = open_store(None, home=home)
        client = redis.Redis(unix_socket_path=str(home / embedded.SOCKET))
        try:
            yield Embedded(store, home, client)
        finally:
            client.close()
            store.close()
    finally:
        embedded.stop(home)
        shutil.rmtree(home, ignore_errors=True)


def fresh(store: Store) -> None:
    """Empty the graph and re-apply the schema.

    On Neo4j, relationships go first in small transactions: ``DETACH DELETE`` of a hot node with
    tens of thousands of relationships exceeds the server's transaction memory limit."""
    if store.kind == "neo4j":
        while store.query(
            "MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*) AS deleted", write=True
        )[0]["deleted"]:
            pass
    store.clear()
    store.apply_schema()
