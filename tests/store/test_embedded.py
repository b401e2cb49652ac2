"""The embedded FalkorDB server: persistence, reuse, crash recovery. Each test gets its own data dir."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conflictkg.graph import embedded
from conflictkg.graph.falkordb_store import FalkorDBStore

pytestmark = pytest.mark.store


def _store(home: Path) -> FalkorDBStore:
    sock = embedded.ensure_running(home)
    return FalkorDBStore(unix_socket=str(sock))


def _names(home: Path) -> set[str]:
    s = _store(home)
    try:
        return {r["name"] for r in s.query("MATCH (a:Actor) RETURN a.name AS name")}
    finally:
        s.close()


@pytest.fixture
def home(tmp_path: Path):
    h = tmp_path / "falkordb"
    yield h
    embedded.stop(h)


def test_data_survives_stop_and_kill(home: Path) -> None:
    s = _store(home)
    s.query("CREATE (:Actor {name: 'Turkey'})", write=True)
    s.close()
    assert embedded.stop(home)
    assert not embedded.status(home).running
    assert _names(home) == {"Turkey"}  # restarted from the append-only file

    s = _store(home)
    s.query("CREATE (:Actor {name: 'Russia'})", write=True)
    s.close()
    pid = embedded.status(home).pid
    assert pid
    os.kill(pid, signal.SIGKILL)
    time.sleep(0.2)
    # The pidfile now names a dead process: it is stale, and the next open starts a new server.
    assert not embedded.status(home).running
    assert _names(home) == {"Turkey", "Russia"}
    assert embedded.status(home).pid != pid


def test_second_process_reuses_the_server(home: Path) -> None:
    embedded.ensure_running(home)
    pid = embedded.status(home).pid
    code = (
        "import sys; from pathlib import Path; from conflictkg.graph import embedded; "
        "embedded.ensure_running(Path(sys.argv[1])); print(embedded.status(Path(sys.argv[1])).pid)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True, text=True, check=True)
    assert int(out.stdout.strip()) == pid


def test_stale_pidfile_and_socket_are_replaced(home: Path) -> None:
    home.mkdir(parents=True)
    (home / embedded.PIDFILE).write_text("999999\n")  # no such process
    (home / embedded.SOCKET).write_text("")  # a leftover file where the socket goes
    sock = embedded.ensure_running(home)
    st = embedded.status(home)
    assert st.running and st.pid != 999999 and sock.is_socket()


def test_concurrent_starts_give_one_server(home: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from conflictkg.graph import embedded; "
        "embedded.ensure_running(Path(sys.argv[1])); print(embedded.status(Path(sys.argv[1])).pid)"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(home)], stdout=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    pids = {int(p.communicate()[0].strip()) for p in procs}
    assert len(pids) == 1


def test_deep_data_dir_gets_a_short_socket(tmp_path: Path) -> None:
    deep = tmp_path / ("a-rather-long-directory-name-" * 4) / "falkordb"
    try:
        s = _store(deep)
        s.query("CREATE (:Actor {name: 'Mali'})", write=True)
        s.close()
        assert len(str(embedded.socket_path(deep))) <= embedded.MAX_SOCKET_PATH
        assert _names(deep) == {"Mali"}
    finally:
        embedded.stop(deep)


def test_stop_compacts_the_log(home: Path) -> None:
    s = _store(home)
    for i in range(200):
        s.query("MERGE (a:Actor {id: $id}) SET a.name = $name", {"id": "a", "name": f"n{i}"}, write=True)
    s.close()
    assert embedded.stop(home)
    # After the rewrite the log holds a snapshot, not two hundred queries.
    log = b"".join(p.read_bytes() for p in (home / "appendonlydir").glob("*.incr.aof"))
    assert log.count(b"GRAPH.QUERY") < 200
    assert _names(home) == {"n199"}
