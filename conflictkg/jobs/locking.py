"""The run lock: two ingestion runs against the same store never overlap.

An ``fcntl.flock`` on a file under the data dir, one file per store URI. The kernel drops the lock
when its holder dies (even by ``kill -9``), so a crashed run never leaves a stale lock behind.

A run also records which process ran it (:func:`this_process`), so that a run left ``running`` by a
process that died can be told from one still going (:func:`process_gone`).
"""

from __future__ import annotations

import fcntl
import json
import os
import socket
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from conflictkg.errors import ConflictKGError
from conflictkg.model import make_id
from conflictkg.sources.http import redact


def _proc_stat(pid: int) -> tuple[str, int] | None:
    """(state, start time in clock ticks since boot) of a process, from Linux's /proc; None elsewhere."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()  # after "pid (command) ": the command may hold spaces
    return fields[0], int(fields[19])


def this_process() -> dict[str, object]:
    """Who is running: host, pid and (on Linux) the process's start time, which a reused pid lacks."""
    stat = _proc_stat(os.getpid())
    return {"host": socket.gethostname(), "pid": os.getpid(), "pid_start": stat[1] if stat else None}


def process_gone(host: object, pid: object, pid_start: object = None) -> bool:
    """Whether the process recorded by :func:`this_process` has surely ended (died, or its pid now
    belongs to another process). False when it cannot be told: another host, nothing recorded."""
    if host != socket.gethostname() or not isinstance(pid, int):
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        pass
    stat = _proc_stat(pid)
    if stat is None:
        return False
    state, start = stat
    return state == "Z" or (isinstance(pid_start, int) and start != pid_start)


class LockBusy(ConflictKGError):
    """Another run holds the lock."""


class RunLock:
    """``with RunLock(home, store_uri, wait=0):`` — waits up to ``wait`` seconds, then LockBusy."""

    def __init__(
        self,
        home: Path,
        store_uri: str,
        wait: float = 0.0,
        poll: float = 0.2,
        cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.cancel = cancel  # polled while waiting: a signal stops the wait
        self.store_uri = redact(store_uri)
        self.path = home / "locks" / (make_id("run", store_uri).split(":", 1)[1] + ".lock")
        self.wait = wait
        self.poll = poll
        self._fd: int | None = None

    def holder(self) -> dict[str, object]:
        try:
            return dict(json.loads(self.path.read_text() or "{}"))
        except (OSError, ValueError):
            return {}

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + max(self.wait, 0.0)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline or (self.cancel is not None and self.cancel()):
                    os.close(fd)
                    who = self.holder()
                    since = f" since {who['since']}" if who.get("since") else ""
                    pid = f" (pid {who['pid']}{since})" if who.get("pid") else ""
                    waited = f" after waiting {self.wait:g}s" if self.wait > 0 else ""
                    raise LockBusy(
                        f"another ingestion run{pid} holds the lock on {self.store_uri}{waited}; "
                        "try again later or pass --wait SECONDS"
                    ) from None
                time.sleep(self.poll)
        record = {"pid": os.getpid(), "since": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({**record, "store": self.store_uri}).encode(), 0)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> RunLock:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
