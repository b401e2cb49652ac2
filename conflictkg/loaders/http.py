"""Fetching over HTTP(S) with httpx: timeouts, retries with exponential backoff, a User-Agent,
a per-host rate limit, a maximum size and conditional GETs (ETag / Last-Modified).

A failure is a :class:`FetchError` (an :class:`InputError`) that keeps the bytes received, if any,
so the quarantine can store what the server sent.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

import httpx

from conflictkg import __version__
from conflictkg.errors import InputError

USER_AGENT = f"conflictkg/{__version__} (+https://github.com/conflictkg/conflictkg)"
RETRY_STATUSES = {429, 500, 502, 503, 504}


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
        for attempt in range(1, attempts + 1):
            self._wait_turn(parsed.hostname)
            try:
                return self._once(url, headers)
            except FetchError as exc:
                retryable = exc.status is None or exc.status in RETRY_STATUSES
                if not retryable or attempt == attempts or exc.reason.startswith("too large"):
                    raise
            time.sleep(delay)
            delay *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> FetchResult:
        limit = self.settings.max_bytes
        try:
            with self._client.stream("GET", url, headers=headers) as resp:
                declared = resp.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > limit:
                    raise FetchError(url, f"too large ({int(declared):,} bytes; the limit is {limit:,})")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise FetchError(url, f"too large (more than {limit:,} bytes)")
                    chunks.append(chunk)
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
            raise FetchError(url, f"timeout after {self.settings.timeout:g}s ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise FetchError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from exc
