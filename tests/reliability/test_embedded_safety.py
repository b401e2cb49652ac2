"""The embedded store never signals a process that is not its server, and keeps its data private.

Issue 12 items 3 and 8: a pidfile naming some other live process is stale (the process is left
alone); the data dir is 0700 with 0600 files; a data dir too deep for a unix socket path gets its
socket in a fresh private temp dir, recorded in the data dir, never at a predictable shared name.
"""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from reliability.embedded_helpers import article_ids, ckg, open_graph

from conflictkg.graph import embedded

pytestmark = pytest.mark.reliability


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    h = tmp_path / "falkordb"
    yield h
    embedded.stop(h)


@pytest.fixture
def sleeper() -> Iterator[subprocess.Popen[bytes]]:
    """A live process that is not ours to signal."""
    proc = subprocess.Popen(["sleep", "1000"])
    yield proc
    proc.kill()
    proc.wait()


def test_cli_never_signals_a_foreign_pid_in_the_pidfile(tmp_path: Path, sleeper: subprocess.Popen) -> None:
    data = tmp_path / "data"
    home = data / "falkordb"
    home.mkdir(parents=True)
    (home / embedded.PIDFILE).write_text(f"{sleeper.pid}\n")

    stopped = ckg("--home", str(data), "store", "stop")
    assert (stopped.returncode, stopped.stdout.strip()) == (0, "embedded FalkorDB was not running")
    assert sleeper.poll() is None
    assert not (home / embedded.PIDFILE).exists()  # stale, so removed

    (home / embedded.PIDFILE).write_text(f"{sleeper.pid}\n")
    started = time.monotonic()
    stats = ckg("--home", str(data), "stats", "--format", "json")
    stats_seconds = time.monotonic() - started
    try:
        assert stats.returncode == 0, stats.stderr
        assert sleeper.poll() is None
        server = embedded.status(home)
        assert server.running and server.pid != sleeper.pid
        assert int((home / embedded.PIDFILE).read_text()) == server.pid
        # No grace period spent waiting on the foreign pid (it used to be ~5 s, then SIGKILL).
        assert stats_seconds < 30

        # A running server whose pidfile was overwritten: stop ends the server, not the named pid.
        (home / embedded.PIDFILE).write_text(f"{sleeper.pid}\n")
        stopped = ckg("--home", str(data), "store", "stop")
        assert (stopped.returncode, stopped.stdout.strip()) == (0, "embedded FalkorDB stopped")
        assert sleeper.poll() is None
        assert not embedded._alive(server.pid)
    finally:
        embedded.stop(home)


def test_another_data_dirs_server_is_not_ours(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    try:
        embedded.ensure_running(theirs)
        their_pid = embedded.status(theirs).pid
        assert their_pid is not None
        mine.mkdir()
        (mine / embedded.PIDFILE).write_text(f"{their_pid}\n")  # a redis-server, but on another socket
        assert embedded.stop(mine) is False
        embedded.ensure_running(mine)
        assert embedded.status(theirs).pid == their_pid
        assert embedded.status(mine).pid not in (None, their_pid)
    finally:
        embedded.stop(mine)
        embedded.stop(theirs)


def _modes(home: Path) -> dict[str, int]:
    """Permission bits of everything under ``home`` (sockets aside), by path relative to it."""
    modes = {".": stat.S_IMODE(home.stat().st_mode)}
    for path in home.rglob("*"):
        st = path.lstat()
        if not stat.S_ISSOCK(st.st_mode):
            modes[str(path.relative_to(home))] = stat.S_IMODE(st.st_mode)
    return modes


def test_data_dir_is_private(home: Path) -> None:
    # An existing data dir with the old, readable modes is tightened on start.
    (home / embedded.AOF_DIR).mkdir(parents=True, mode=0o755)
    home.chmod(0o755)
    (home / embedded.LOGFILE).write_text("an older log\n")
    (home / embedded.LOGFILE).chmod(0o644)

    graph = open_graph(home)
    graph.query("CREATE (:Article {id: 'a1'})", write=True)
    graph.close()
    assert embedded.stop(home)  # a rewrite on stop: base and incr files
    assert article_ids(home) == {"a1"}

    modes = _modes(home)
    aof_files = {p for p in modes if p.startswith(embedded.AOF_DIR + "/")}
    assert {p.rsplit(".", 2)[-2:][1] for p in aof_files} >= {"rdb", "aof", "manifest"}
    assert {p for p, m in modes.items() if (home / p).is_dir() and m != 0o700} == set()
    assert {p for p, m in modes.items() if not (home / p).is_dir() and m != 0o600} == set()
    sock = embedded.socket_path(home)
    assert sock.parent == home and stat.S_IMODE(sock.stat().st_mode) & 0o077 == 0


def _old_predictable_socket(home: Path) -> Path:
    digest = hashlib.sha1(str(home.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"conflictkg-{os.getuid()}-{digest}.sock"


def test_deep_data_dir_gets_a_private_unpredictable_socket_dir(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-directory-name-" * 4) / "falkordb"
    # Someone took the name the socket used to get; it must not matter.
    squatted = _old_predictable_socket(deep)
    squatted.mkdir(mode=0o777)
    try:
        graph = open_graph(deep)
        graph.query("CREATE (:Article {id: 'a1'})", write=True)
        graph.close()
        sock = embedded.socket_path(deep)
        private = sock.parent
        assert len(str(sock).encode()) <= embedded.MAX_SOCKET_PATH
        assert private != squatted and not str(sock).startswith(str(squatted))
        assert (deep / embedded.SOCKET_DIR_RECORD).read_text().strip() == str(private)
        st = private.lstat()
        assert stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) == 0o700
        assert article_ids(deep) == {"a1"}

        assert embedded.stop(deep)
        assert not private.exists()  # nothing left behind in the temp dir
        assert not (deep / embedded.SOCKET_DIR_RECORD).exists()

        # A restart gets a new private dir, and the data comes back through it.
        assert article_ids(deep) == {"a1"}
        assert embedded.socket_path(deep).parent not in (private, squatted)
    finally:
        embedded.stop(deep)
        squatted.rmdir()


def test_a_socket_dir_opened_to_others_is_not_trusted(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-directory-name-" * 4) / "falkordb"
    try:
        embedded.ensure_running(deep)
        private = embedded.socket_path(deep).parent
        assert embedded.status(deep).running
        private.chmod(0o777)  # now anyone could swap the socket
        assert not embedded.status(deep).running
        assert embedded.socket_path(deep) == deep / embedded.SOCKET  # the record is ignored
    finally:
        private.chmod(0o700)
        embedded.stop(deep)
