"""The embedded store survives a full disk and a crash mid-rewrite, and repairs a torn append-only file.

Issue 12 item 2. The disk-full test fills a real, small tmpfs mounted for the test (we run as root;
where mounting is refused the test is skipped and says why). The crash tests kill -9 the server while
it rewrites its AOF. A torn incremental AOF (a short write a full disk left behind) that is not the
last file stopped the server from starting; a start now keeps a copy and truncates the torn tail.
"""

from __future__ import annotations

import errno
import logging
import os
import signal
import stat
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from reliability.embedded_helpers import article_ids, open_graph

from conflictkg.errors import StoreError
from conflictkg.graph import embedded
from conflictkg.graph.falkordb_store import FalkorDBStore

pytestmark = pytest.mark.reliability

ARTICLE = (
    "CREATE (:Actor {id: $id + ':actor'})-[:ACTOR]->(:Event {id: $id + ':event'})"
    "-[:REPORTED_IN]->(:Article {id: $id, title: $title, text: $text})"
)


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    h = tmp_path / "falkordb"
    yield h
    embedded.stop(h)


def write_article(graph: FalkorDBStore, n: int) -> str:
    article_id = f"art-{n}"
    text = f"Report {n}: shelling near the river crossing. " * 20
    graph.query(ARTICLE, {"id": article_id, "title": f"Report {n}", "text": text}, write=True)
    return article_id


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 16 MiB tmpfs, unmounted after the test (its server stopped first)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs to fill (needs root): {mounted.stderr.strip()}")
    try:
        yield mount_point
    finally:
        embedded.stop(mount_point / "falkordb")
        _unmount(mount_point)


def _unmount(mount_point: Path) -> None:
    """A server killed with -9 may still hold its files for a moment after it is gone from the
    pid file: retry, then detach lazily (the kernel frees the tmpfs when the last file closes)."""
    for _ in range(20):
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode == 0:
            return
        time.sleep(0.5)
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def fill(path: Path) -> None:
    """Write ``path`` until the filesystem is full."""
    chunk = b"\0" * 65536
    with open(path, "wb", buffering=0) as fh:
        while True:
            try:
                fh.write(chunk if len(chunk) > 1 else b"\0")
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
                if len(chunk) == 1:
                    return
                chunk = chunk[: len(chunk) // 16]


@pytest.mark.parametrize("restart", ["stop", "kill -9"])
def test_disk_full_then_restart_keeps_the_data(small_disk: Path, restart: str) -> None:
    home = small_disk / "falkordb"
    graph = open_graph(home)
    before_full = {write_article(graph, n) for n in range(300)}

    fill(small_disk / "filler")
    acknowledged = set(before_full)
    failure = None
    for n in range(300, 400):
        try:
            acknowledged.add(write_article(graph, n))
        except StoreError as exc:
            failure = str(exc)
            break
    graph.close()
    assert failure is not None and "No space left on device" in failure, failure
    assert len(acknowledged) < 400
    # Still up and still ours (it refuses PING now): a start reuses it, signals nothing.
    pid = embedded.status(home).pid
    assert pid is not None and embedded.ensure_running(home) and embedded.status(home).pid == pid

    if restart == "kill -9":
        os.kill(pid, signal.SIGKILL)
    (small_disk / "filler").unlink()
    if restart == "stop":
        assert embedded.stop(home)
        assert article_ids(home) == acknowledged
    else:
        # A write acknowledged while the disk was full waits in memory for space (appendfsync
        # everysec): a kill loses it, never what reached the disk.
        assert before_full <= article_ids(home) <= acknowledged

    graph = open_graph(home)
    write_article(graph, 1000)
    graph.close()
    assert "art-1000" in article_ids(home)


def write_big_graph(graph: FalkorDBStore, batches: int) -> None:
    for batch in range(batches):
        graph.query(
            "UNWIND range($lo, $hi) AS i CREATE (:Article {id: 'big-' + toString(i), "
            "text: 'lorem ipsum dolor sit amet ' + toString(i)})-[:REPORTED_IN]->(:Event {id: toString(i)})",
            {"lo": batch * 10_000, "hi": batch * 10_000 + 9_999},
            write=True,
        )


def kill_during_rewrite(home: Path) -> None:
    """Write EARLY, start an AOF rewrite, write LATE while it runs, and kill -9 the server before it ends."""
    sock = embedded.ensure_running(home)
    pid = embedded.status(home).pid
    assert pid is not None
    graph = FalkorDBStore(unix_socket=str(sock))
    for article_id in EARLY:
        graph.query("CREATE (:Article {id: $id})", {"id": article_id}, write=True)
    client = redis.Redis(unix_socket_path=str(sock))
    client.bgrewriteaof()
    for article_id in LATE:
        graph.query("CREATE (:Article {id: $id})", {"id": article_id}, write=True)
    # appendfsync everysec: an acknowledged write may wait in the server's buffer while a slow fsync
    # runs (a loaded machine), and a kill then loses it by design; these tests are about the files,
    # so the kill waits until LATE has reached them.
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not all(
        any(a.encode() in p.read_bytes() for p in incr_files(home)) for a in LATE
    ):
        time.sleep(0.02)
    assert client.info("persistence")["aof_rewrite_in_progress"] == 1, "the rewrite ended too soon"
    os.kill(pid, signal.SIGKILL)
    graph.close()
    client.close()
    deadline = time.monotonic() + 10
    while embedded._alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)


EARLY = ["early-1", "early-2"]  # in the first incremental file
LATE = ["late-1", "late-2"]  # in the one the rewrite opened


def incr_files(home: Path) -> list[Path]:
    return embedded._incr_files(home / embedded.AOF_DIR)


@pytest.fixture(scope="module")
def big_graph_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir with 200,000 articles and events (AOF as a snapshot), server stopped."""
    home = tmp_path_factory.mktemp("big") / "falkordb"
    graph = open_graph(home)
    write_big_graph(graph, 20)
    graph.close()
    assert embedded.stop(home)
    return home


BIG_IDS = {f"big-{i}" for i in range(200_000)}


def copy_of(source: Path, target: Path) -> Path:
    subprocess.run(["cp", "-a", str(source), str(target)], check=True)
    return target


def test_kill_during_aof_rewrite_loses_nothing(big_graph_dir: Path, tmp_path: Path) -> None:
    home = copy_of(big_graph_dir, tmp_path / "falkordb")
    try:
        kill_during_rewrite(home)
        # The rewrite never finished: the manifest still lists the old increment and the new one.
        assert len(incr_files(home)) == 2
        assert article_ids(home) == BIG_IDS | {*EARLY, *LATE}
        graph = open_graph(home)
        graph.query("CREATE (:Article {id: 'after'})", write=True)
        graph.close()
        assert embedded.stop(home)
        assert article_ids(home) == BIG_IDS | {*EARLY, *LATE, "after"}
    finally:
        embedded.stop(home)


# Half of a GRAPH.QUERY command: what a short write on a full disk leaves at the end of a file.
TORN_TAIL = b"*3\r\n$11\r\nGRAPH.QUERY\r\n$10\r\nconflictkg\r\n$40\r\nCREATE (:Article {id: 'nev"
# A block of zeros: what a filesystem that lost a write after a crash can leave instead.
ZEROS_TAIL = b"\0" * 4096


@pytest.mark.parametrize(
    ("torn", "tail", "server_says"),
    [
        ("first", TORN_TAIL, "Unexpected end of file reading the append only file"),
        ("last", TORN_TAIL, "Unexpected end of file reading the append only file"),
        ("first", ZEROS_TAIL, "Bad file format reading the append only file"),
    ],
    ids=["torn-first-file", "torn-last-file", "zeros-in-first-file"],
)
def test_torn_incremental_aof_is_repaired_on_start(
    big_graph_dir: Path,
    tmp_path: Path,
    torn: str,
    tail: bytes,
    server_says: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    home = copy_of(big_graph_dir, tmp_path / "falkordb")
    try:
        kill_during_rewrite(home)
        first, last = incr_files(home)
        torn_file = first if torn == "first" else last
        with open(torn_file, "ab") as fh:
            fh.write(tail)
        torn_bytes = torn_file.read_bytes()

        with caplog.at_level(logging.WARNING, logger=embedded.__name__):
            assert article_ids(home) == BIG_IDS | {*EARLY, *LATE}
        assert server_says in (home / embedded.LOGFILE).read_text()
        backups = list(home.glob(embedded.BACKUP_PREFIX + "*"))
        assert len(backups) == 1
        assert stat.S_IMODE(backups[0].stat().st_mode) == 0o700
        assert (backups[0] / torn_file.name).read_bytes() == torn_bytes
        assert stat.S_IMODE((backups[0] / torn_file.name).stat().st_mode) == 0o600
        assert len(caplog.messages) == 1
        assert torn_file.name in caplog.messages[0] and str(backups[0]) in caplog.messages[0]
        assert torn_file.read_bytes() == torn_bytes[: -len(tail)]

        graph = open_graph(home)
        graph.query("CREATE (:Article {id: 'after'})", write=True)
        graph.close()
        assert embedded.stop(home)
        assert article_ids(home) == BIG_IDS | {*EARLY, *LATE, "after"}
    finally:
        embedded.stop(home)
