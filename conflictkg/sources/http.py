"""Fetching over HTTP(S) with httpx: timeouts, retries with exponential backoff, a User-Agent,
a per-host rate limit, a maximum size, an overall deadline per URL and conditional GETs
(ETag / Last-Modified).

Secrets in URLs (a password in the userinfo, ``?token=``, ``api_key=``...) are never stored or
logged: :func:`redact` hides them in any text.

A failure is a :class:`FetchError` (an :class:`InputError`) that keeps the bytes received, if any,
so the quarantine can store what the server sent.
"""

from __future__ import annotations

import contextlib
import re
import socket
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import httpx

from conflictkg.errors import InputError
from conflictkg.meta import __version__

USER_AGENT = f"conflictkg/{__version__} (+https://github.com/conflictkg/conflictkg)"
RETRY_STATUSES = {429, 500, 502, 503, 504}
HIDDEN = "***"

# the userinfo of a URI: "user:password@" (the password hidden) or "token@" (all of it hidden)
_USERINFO = re.compile(r"(?P<scheme>[a-zA-Z][a-zA-Z0-9+.\-]*://)(?P<user>[^/?#@\s:]*)(?P<pw>:[^/?#@\s]*)?@")
_SECRET_NAMES = (
    "token|access_token|refresh_token|id_token|auth|auth_token|key|api_key|apikey|api-key|password|passwd"
    "|pwd|secret|client_secret|sig|signature|x-amz-signature|x-amz-credential|x-amz-security-token"
    "|x-goog-signature|x-goog-credential|session|sessionid"
)
# a secret-looking query parameter, also with a prefix such as "github_token" or "my-api-key"
_SECRET_PARAM = re.compile(
    rf"(?P<head>[?&;](?:[\w.\-]*[_\-.])?(?:{_SECRET_NAMES})=)[^&#;\s\"'<>]*", re.IGNORECASE
)


def _hide_userinfo(m: re.Match[str]) -> str:
    if m["pw"] is None:
        return f"{m['scheme']}{HIDDEN}@" if m["user"] else m[0]
    return f"{m['scheme']}{m['user']}:{HIDDEN}@"


def redact(text: str) -> str:
    """Hide secrets in the URIs of a text: passwords (``bolt://neo4j:secret@host`` →
    ``bolt://neo4j:***@host``), tokens given as the userinfo (``https://***@host``) and
    secret-looking query parameters (``?token=***``, ``&api_key=***``, ``&X-Amz-Signature=***``)."""
    return _SECRET_PARAM.sub(lambda m: m["head"] + HIDDEN, _USERINFO.sub(_hide_userinfo, text))


class FetchError(InputError):
    """A URL that could not be fetched, with the reason and whatever bytes came back."""

    def __init__(self, url: str, reason: str, payload: bytes | None = None, status: int | None = None):
        super().__init__(f"{url}: {reason}")
        self.origin = url
        self.reason = reason
        self.payload = payload
        self.status = status


@dataclass
class FetchResult:
    url: str  # the URL asked for (the identity of the article), not the one redirected to
    status: int
    content: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    final_url: str = ""

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass
class HttpSettings:
    timeout: float = 20.0  # seconds, for connect and for each read
    retries: int = 2  # extra attempts after the first, on timeouts, connection errors, 429 and 5xx
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    rate_limit: float = 1.0  # minimum seconds between two requests to the same host
    max_bytes: int = 5_000_000
    deadline: float = 60.0  # seconds for a whole URL, retries included, however slowly the bytes come
    user_agent: str = USER_AGENT
    headers: dict[str, str] = field(default_factory=dict)


class Fetcher:
    """One httpx client shared by a run; safe to use from several threads."""

    def __init__(self, settings: HttpSettings | None = None, transport: httpx.BaseTransport | None = None):
        self.settings = settings or HttpSettings()
        self._client = httpx.Client(
            timeout=httpx.Timeout(self.settings.timeout),
            follow_redirects=True,
            headers={"User-Agent": self.settings.user_agent, **self.settings.headers},
            transport=transport,
        )
        self._last: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait_turn(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            due = self._last.get(host, 0.0) + self.settings.rate_limit
            self._last[host] = max(now, due)
        if due > now:
            time.sleep(due - now)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """GET a URL; 304 is a result (``not_modified``), any other failure raises FetchError."""
        parsed = urlparse(url)
        if parsed.scheme not in {"http", "https"} or not parsed.hostname:
            raise FetchError(url, "not an http(s) URL")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        delay = self.settings.backoff
        attempts = self.settings.retries + 1
        deadline: float | None = None
        for attempt in range(1, attempts + 1):
            self._wait_turn(parsed.hostname)
            deadline = deadline or time.monotonic() + self.settings.deadline  # from the first request on
            try:
                return self._once(url, headers, deadline)
            except FetchError as exc:
                retryable = exc.status is None or exc.status in RETRY_STATUSES
                out_of_time = time.monotonic() + delay >= deadline
                final = attempt == attempts or exc.reason.startswith(("too large", "deadline exceeded"))
                if not retryable or final or out_of_time:
                    raise
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str], deadline: float) -> FetchResult:
        """One request; past the deadline its socket is shut down, which ends any read at once."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError(url, self._deadline_reason())
        sockets: list[socket.socket] = []
        watchdog = threading.Timer(remaining, _shut_down, args=(sockets,))
        watchdog.daemon = True
        watchdog.start()
        try:
            return self._request(url, headers, deadline, sockets)
        except FetchError as exc:
            if time.monotonic() >= deadline and not exc.reason.startswith("too large"):
                raise FetchError(url, self._deadline_reason(), exc.payload) from exc
            raise
        finally:
            watchdog.cancel()

    def _deadline_reason(self) -> str:
        return f"deadline exceeded ({self.settings.deadline:g}s for the URL)"

    def _request(
        self, url: str, headers: dict[str, str], deadline: float, sockets: list[socket.socket]
    ) -> FetchResult:
        limit = self.settings.max_bytes
        timeout = httpx.Timeout(max(0.001, min(self.settings.timeout, deadline - time.monotonic())))

        def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                sock = info["return_value"].get_extra_info("socket")
                if sock is not None:
                    sockets.append(sock)

        chunks: list[bytes] = []
        try:
            with self._client.stream(
                "GET", url, headers=headers, timeout=timeout, extensions={"trace": trace}
            ) as resp:
                declared = resp.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"too large ({int(declared):,} bytes; the limit is {limit:,})")
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"too large (more than {limit:,} bytes)")
                    chunks.append(chunk)
                    if time.monotonic() >= deadline:
                        raise FetchError(url, self._deadline_reason(), b"".join(chunks))
                body = b"".join(chunks)
                if resp.status_code == 304:
                    return FetchResult(url, 304, final_url=str(resp.url))
                if resp.status_code >= 400:
                    raise FetchError(
                        url, f"HTTP error {resp.status_code} {resp.reason_phrase}".strip(), body,
                        resp.status_code,
                    )  # fmt: skip
                return FetchResult(
                    url=url,
                    status=resp.status_code,
                    content=body,
                    content_type=resp.headers.get("Content-Type", ""),
                    etag=resp.headers.get("ETag"),
                    last_modified=resp.headers.get("Last-Modified"),
                    final_url=str(resp.url),
                )
        except httpx.TimeoutException as exc:
            payload = b"".join(chunks) or None
            reason = f"timeout after {self.settings.timeout:g}s ({type(exc).__name__})"
            raise FetchError(url, reason, payload) from exc
        except httpx.HTTPError as exc:
            payload = b"".join(chunks) or None
            raise FetchError(url, f"cannot fetch ({type(exc).__name__}: {exc})", payload) from exc


def _shut_down(sockets: list[socket.socket]) -> None:
    """Shut down the sockets of a request that ran out of time, so that a blocked read returns."""
    for sock in sockets:
        with contextlib.suppress(OSError):  # already closed
            sock.shutdown(socket.SHUT_RDWR)
