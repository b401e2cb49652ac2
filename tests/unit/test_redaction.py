"""No secrets in stored data: credentials in a URL are hidden in Article.url, the article's id,
the quarantine and the exports, as they are in logs."""

from __future__ import annotations

import base64
import contextlib
import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import Quarantine, run_sources
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.sources.articles import article_id, article_of
from conflictkg.sources.documents import RawDocument, record_to_document
from conflictkg.sources.http import HttpSettings, redact
from conflictkg.sources.inputs import SourceSpec


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        ("https://user:pw@host/a.html", "https://user:***@host/a.html"),
        ("bolt://neo4j:s3cret@db:7687", "bolt://neo4j:***@db:7687"),
        ("https://ghp_abc123@github.com/x", "https://***@github.com/x"),
        ("https://x.org/a?token=abc&q=2#top", "https://x.org/a?token=***&q=2#top"),
        ("https://x.org/a?q=1&API_KEY=z&apikey=y", "https://x.org/a?q=1&API_KEY=***&apikey=***"),
        ("https://x.org/a?access_token=t;sig=s&page=2", "https://x.org/a?access_token=***;sig=***&page=2"),
        ("https://x.org/a?password=p&secret=s", "https://x.org/a?password=***&secret=***"),
        (
            "https://x.org/a?github_token=t&X-Amz-Signature=s",
            "https://x.org/a?github_token=***&X-Amz-Signature=***",
        ),
        ("see https://x.org/a?q=1 and x@y.org", "see https://x.org/a?q=1 and x@y.org"),
        ("https://x.org/a?keyword=war&monkey=1", "https://x.org/a?keyword=war&monkey=1"),
        ("articles/2020/a.txt", "articles/2020/a.txt"),
    ],
)
def test_redact(given: str, shown: str) -> None:
    assert redact(given) == shown


def test_a_document_keeps_no_secret_in_its_identity() -> None:
    doc = RawDocument(origin="https://user:pw@host/a.html?token=s3cret&id=7", text="text")
    article = article_of(doc)
    assert article.url == "https://user:***@host/a.html?token=***&id=7"
    assert article.id == article_id("https://user:***@host/a.html?token=***&id=7")
    record = record_to_document({"url": "https://x.org/a?api_key=k", "text": "t"}, "dump.jsonl#1")
    assert record.origin == "https://x.org/a?api_key=***"


# --- end to end: a site that wants credentials in the URL ---------------------------------------

PAGE = """<html><head><title>Kharkiv</title></head><body><article><h1>Kharkiv</h1>
<p>Russian forces shelled Kharkiv on Monday, officials said.</p>
<p>The fighting went on for several hours around the base, residents said.</p></article></body></html>"""


class Guarded(BaseHTTPRequestHandler):
    """``/basic.html`` wants user:pw in basic auth, ``/token.html`` wants ``?token=s3cret``."""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        wanted = "Basic " + base64.b64encode(b"user:pw").decode()
        allowed = (self.path == "/basic.html" and self.headers.get("Authorization") == wanted) or (
            self.path == "/token.html?token=s3cret"
        )
        body = PAGE.encode()
        self.send_response(200 if allowed else 401)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)


@pytest.fixture
def guarded() -> Iterator[int]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Guarded)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.mark.store
def test_credentials_in_fetched_urls_are_never_stored(
    store: Store, guarded: int, tmp_path: Path, cli_store_args: list[str]
) -> None:
    basic = f"http://user:pw@127.0.0.1:{guarded}/basic.html"
    token = f"http://127.0.0.1:{guarded}/token.html?token=s3cret"
    specs = [SourceSpec("url", basic), SourceSpec("url", token)]
    http = HttpSettings(timeout=5, retries=0, rate_limit=0)
    summary = run_sources(
        store, specs, extractor=NLPExtractor(), quarantine=Quarantine(tmp_path / "q"), http=http
    )
    assert (summary.new, summary.quarantined) == (2, 0)
    urls = {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}
    assert urls == {
        f"http://user:***@127.0.0.1:{guarded}/basic.html",
        f"http://127.0.0.1:{guarded}/token.html?token=***",
    }
    cli = [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "export", "events", "--format", "jsonl"]
    done = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert {r["article"] for r in rows} == urls, (done.stderr, summary.events, cli)
    assert "s3cret" not in done.stdout and ":pw@" not in done.stdout
