"""Run bookkeeping: a killed run shows `interrupted`, a failed run counts only what it wrote, a missing
input fails the run, pipes and devices are "not a regular file", and credentials are never fetched as ***."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from conflictkg.errors import InputError, StoreError
from conflictkg.graph import embedded
from conflictkg.graph.open import open_store
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import MANUAL_RETRY, Quarantine, ingest, iter_documents, retry_quarantined
from conflictkg.jobs.progress import LineReporter
from conflictkg.model import ArticleFacts
from conflictkg.sources.articles import ArticleExtractor
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.inputs import SourceError, SourceSpec, iter_path, iter_sources

pytestmark = pytest.mark.store


def ckg(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=timeout
    )


def runs_of(cli_store_args: list[str]) -> list[dict[str, Any]]:
    done = ckg([*cli_store_args, "runs", "-f", "json", "--limit", "5"])
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def records(n: int) -> list[str]:
    return [json.dumps({"url": f"https://news.test/{i}", "text": f"Report number {i}."}) for i in range(n)]


def wait_for(cond: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def count_articles(store: Store) -> int:
    return int(store.query("MATCH (a:Article) RETURN count(a) AS n")[0]["n"])


def graph_facts(store: Store) -> set[tuple[str, str]]:
    return {(r["u"], r["s"]) for r in store.query("MATCH (a:Article) RETURN a.url AS u, a.sha256 AS s")}


def test_a_killed_run_shows_interrupted_and_a_rerun_equals_an_uninterrupted_run(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    lines = records(200)
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "ingest", "--no-nlp", "--batch-size", "10",
         "-"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write("\n".join(lines[:95]) + "\n")  # then it waits for more: surely mid-run
    proc.stdin.flush()
    wait_for(lambda: count_articles(store) >= 90)
    live = runs_of(cli_store_args)
    assert [r["status"] for r in live] == ["running"]  # its process is alive: not taken for dead
    proc.kill()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    killed = runs_of(cli_store_args)
    assert [(r["id"], r["status"]) for r in killed] == [(live[0]["id"], "interrupted")]

    rerun = ckg([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", str(dump)])
    assert rerun.returncode == 0, rerun.stderr
    assert "read 200, new 110, updated 0, unchanged 90" in rerun.stderr
    after_kill = graph_facts(store)
    assert [r["status"] for r in runs_of(cli_store_args)] == ["completed", "interrupted"]

    store.clear()
    store.apply_schema()
    clean = ckg([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", str(dump)])
    assert clean.returncode == 0, clean.stderr
    assert graph_facts(store) == after_kill
    assert {u for u, _ in after_kill} == {f"https://news.test/{i}" for i in range(200)}


def test_ingest_of_a_missing_path_exits_1_and_records_a_failed_run(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent"
    done = ckg([*cli_store_args, "ingest", "--no-nlp", "--log-format", "text", str(missing)])
    assert done.returncode == 1
    assert f'origin={missing} reason="no such file or directory"' in done.stderr
    assert "Traceback" not in done.stderr
    assert [(r["status"], r["read"], r["new"]) for r in runs_of(cli_store_args)] == [("failed", 0, 0)]


def test_pipes_and_devices_are_not_regular_files_and_are_never_opened(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "good.txt").write_text("A good report.", encoding="utf-8")

    # named on the command line: an error (exit 1), never a read that blocks on the pipe
    done = ckg([*cli_store_args, "ingest", "--no-nlp", "--log-format", "text", str(fifo), "/dev/zero"], 60)
    assert done.returncode == 1, done.stderr
    assert (
        f'origin={fifo} reason="not a regular file (a named pipe); name a file or a directory"' in done.stderr
    )
    assert 'origin=/dev/zero reason="not a regular file (a character device)' in done.stderr
    assert count_articles(store) == 0

    def reasons(items: Iterable[Any]) -> list[tuple[str, str, bool]]:
        return [(e.origin, e.reason, e.quarantine) for e in items if isinstance(e, SourceError)]

    jsonl = iter_sources([SourceSpec("jsonl", str(fifo)), SourceSpec("csv", "/dev/zero")])
    assert reasons(jsonl) == [
        (str(fifo), "not a regular file (a named pipe); name a file or a directory", False),
        ("/dev/zero", "not a regular file (a character device); name a file or a directory", False),
    ]
    # in a directory, only regular files are articles
    assert [d.origin for d in iter_path(str(tmp_path)) if isinstance(d, RawDocument)] == [
        str(tmp_path / "good.txt")
    ]


class StoppingExtractor:
    """Extracts like ArticleExtractor; on the document "STOP" it stops the store's server, so the
    write of that batch fails for real."""

    version = ArticleExtractor.version

    def __init__(self, home: Path) -> None:
        self.home = home

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        todo = list(docs)
        if any(d.text == "STOP" for d in todo):
            embedded.stop(self.home)
        yield from ArticleExtractor().extract(todo)


def test_a_failed_run_counts_only_what_it_wrote(tmp_path: Path) -> None:
    # A server of its own, stopped mid-run (the shared Neo4j is never stopped): FalkorDB only.
    home = tmp_path / "falkordb"
    store = open_store(None, home=home)
    store.apply_schema()
    docs = [RawDocument(f"doc{i}.txt", "STOP" if i == 15 else f"Report {i}.") for i in range(30)]
    out = io.StringIO()
    try:
        with pytest.raises(StoreError, match="FalkorDB"):
            ingest(
                store,
                docs,
                extractor=StoppingExtractor(home),
                batch_size=10,
                reporter=LineReporter("json", out),
            )
    finally:
        store.close()
        embedded.stop(home)
    finished = [json.loads(line) for line in out.getvalue().splitlines() if '"run_finished"' in line]
    assert [(f["status"], f["read"], f["new"], f["updated"]) for f in finished] == [("failed", 20, 10, 0)]


def test_a_quarantined_url_with_credentials_is_not_fetched_as_stars(store: Store, tmp_path: Path) -> None:
    q = Quarantine(tmp_path / "q")
    origin = "https://reader:s3cret@news.test/article"
    q.add(origin, "HTTP 503", "run:x")
    [entry] = q.list()
    assert (entry["origin"], entry["replay"]) == ("https://reader:***@news.test/article", "manual")
    assert entry["reason"] == f"HTTP 503; {MANUAL_RETRY}"

    summary, cleared = retry_quarantined(store, q, extractor=ArticleExtractor())
    assert cleared == []
    assert [(f.origin, f.reason) for f in summary.failures] == [(entry["origin"], MANUAL_RETRY)]
    assert count_articles(store) == 0
    assert [e["id"] for e in q.list()] == [entry["id"]]


def test_a_missing_input_beside_good_ones_fails_the_run_but_writes_the_good_ones(
    store: Store, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("A report.", encoding="utf-8")
    summary = ingest(store, iter_documents([str(tmp_path), str(tmp_path / "gone.txt")]))
    assert (summary.status, summary.new, summary.missing) == ("failed", 1, 1)
    assert graph_facts(store) == {(str(tmp_path / "a.txt"), RawDocument("x", "A report.").sha256)}
