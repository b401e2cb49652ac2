"""Sources without a store: config, files, dirs, globs, JSONL, CSV, stdin, HTTP fetching, the lock,
log lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from conflictkg.errors import InputError
from conflictkg.jobs.locking import LockBusy, RunLock
from conflictkg.jobs.progress import LineReporter
from conflictkg.sources.config import load_config
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.http import Fetcher, FetchError, HttpSettings
from conflictkg.sources.inputs import (
    SourceError,
    SourceSpec,
    iter_csv_file,
    iter_path,
    iter_sources,
    iter_stream,
    redact,
    spec_of_argument,
)

ROOT = Path(__file__).resolve().parents[2]


def docs(items: object) -> list[tuple[str, str]]:
    return [(d.origin, d.text) for d in items if isinstance(d, RawDocument)]  # type: ignore[attr-defined]


def errors(items: object) -> list[tuple[str, str]]:
    out = []
    for e in items:  # type: ignore[attr-defined]
        if isinstance(e, InputError):
            out.append((e.origin, e.reason))  # type: ignore[attr-defined]
    return out


def test_config_lists_every_kind_with_paths_relative_to_the_file(tmp_path: Path) -> None:
    cfg = tmp_path / "sources.toml"
    cfg.write_text(
        """
[http]
timeout = 5
rate_limit = 0.5

[[sources]]
path = "articles"
glob = "**/*.txt"

[[sources]]
csv = "/data/export.csv"
columns = { text = "body", url = "link" }
delimiter = ";"

[[sources]]
feed = "https://example.org/rss.xml"
language = "fr"
""",
        encoding="utf-8",
    )
    config = load_config(cfg)
    assert [(s.kind, s.target) for s in config.sources] == [
        ("path", str(tmp_path / "articles")),
        ("csv", "/data/export.csv"),
        ("feed", "https://example.org/rss.xml"),
    ]
    assert config.sources[0].glob == "**/*.txt"
    assert config.sources[1].columns == {"text": "body", "url": "link"}
    assert config.sources[1].delimiter == ";"
    assert config.sources[2].language == "fr"
    assert (config.http.timeout, config.http.rate_limit, config.http.retries) == (5, 0.5, 2)


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("[[sources]]\npath = 'a'\nurl = 'https://x'\n", "exactly one of"),
        ("[[sources]]\nfeed = 'ftp://x'\n", "http(s) URL"),
        ("[[sources]]\ncsv = 'a.csv'\ncolumns = { body = 'x' }\n", "unknown column key(s) body"),
        ("[http]\ntimeout = -1\n[[sources]]\npath = 'a'\n", "timeout must be"),
        ("[http]\nproxy = 'x'\n[[sources]]\npath = 'a'\n", "unknown [http] key(s) proxy"),
        ("[sources]\n", "no [[sources]]"),
        ("[[sources]\n", "not valid TOML"),
    ],
)
def test_bad_configs_are_one_line_errors(tmp_path: Path, text: str, needle: str) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_config(cfg)
    assert needle in str(info.value) and "\n" not in str(info.value)


def test_the_shipped_example_config_loads() -> None:
    config = load_config(ROOT / "docker" / "sources.example.toml")
    assert {s.kind for s in config.sources} >= {"feed", "path", "csv", "jsonl", "url"}


def test_arguments() -> None:
    assert spec_of_argument("-") == SourceSpec("stdin", "-")
    assert spec_of_argument("https://x.org/a").kind == "url"
    assert spec_of_argument("dir/").kind == "path"


def test_directories_globs_and_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "d" / "sub").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("Alpha.", encoding="utf-8")
    (tmp_path / "d" / "sub" / "b.txt").write_text("Beta.", encoding="utf-8")
    (tmp_path / "d" / "sub" / "c.md").write_text("Gamma.", encoding="utf-8")
    (tmp_path / "d" / "img.png").write_bytes(b"\x89PNG\x00")
    (tmp_path / "d" / ".hidden.txt").write_text("no", encoding="utf-8")
    (tmp_path / "d" / ".git").mkdir()
    (tmp_path / "d" / ".git" / "HEAD").write_text("ref: refs/heads/main", encoding="utf-8")
    d = tmp_path / "d"
    assert docs(iter_path(str(d))) == [
        (str(d / "a.txt"), "Alpha."),
        (str(d / "sub" / "b.txt"), "Beta."),
        (str(d / "sub" / "c.md"), "Gamma."),
    ]
    assert docs(iter_path(str(d), "**/*.txt")) == [
        (str(d / "a.txt"), "Alpha."),
        (str(d / "sub/b.txt"), "Beta."),
    ]
    assert docs(iter_path(str(d / "**" / "*.md"))) == [(str(d / "sub" / "c.md"), "Gamma.")]
    missing = list(iter_path(str(tmp_path / "nope.txt")))
    assert errors(missing) == [(str(tmp_path / "nope.txt"), "no such file or directory")]
    assert isinstance(missing[0], SourceError) and missing[0].quarantine is False


def test_jsonl_is_streamed_and_bad_lines_keep_their_bytes(tmp_path: Path) -> None:
    f = tmp_path / "dump.jsonl"
    f.write_bytes(
        b'{"url": "https://x.org/1", "text": "One.", "title": "T1", "published": "2020-05-21T10:00"}\n'
        b"\n{broken\n"
        b'{"title": "no text"}\n'
        b'{"text": "caf\xe9"}\n'
        b'{"text": "Five."}\n'
    )
    items = list(iter_path(str(f)))
    assert docs(items) == [("https://x.org/1", "One."), (f"{f}#6", "Five.")]
    first = next(i for i in items if isinstance(i, RawDocument))
    assert (first.title, first.published) == ("T1", "2020-05-21")
    errs = [i for i in items if isinstance(i, SourceError)]
    assert [(e.origin, e.reason.split(" (")[0], e.payload, e.replay) for e in errs] == [
        (f"{f}#3", "malformed JSON", b"{broken\n", "record"),
        (f"{f}#4", "the record has no 'text'", b'{"title": "no text"}\n', "record"),
        (f"{f}#5", "not valid UTF-8", b'{"text": "caf\xe9"}\n', "record"),
    ]


def test_csv_with_a_column_mapping(tmp_path: Path) -> None:
    f = tmp_path / "export.csv"
    f.write_text(
        "link;headline;body;day;lang\n"
        'https://x.org/1;First;"Text, with; separators";2020-05-21;fr\n'
        ";Second;;2020-05-22;en\n"
        ";Third;Just text.;;\n",
        encoding="utf-8",
    )
    columns = {"text": "body", "title": "headline", "url": "link", "date": "day", "language": "lang"}
    items = list(iter_csv_file(f, columns, ";"))
    got = [(d.origin, d.title, d.text, d.published, d.language) for d in items if isinstance(d, RawDocument)]
    assert got == [
        ("https://x.org/1", "First", "Text, with; separators", "2020-05-21", "fr"),
        (f"{f}#3", "Third", "Just text.", None, None),
    ]
    assert errors(items) == [(f"{f}#2", "the record has no 'text'")]
    bad = list(iter_csv_file(f, {"text": "content"}, ";"))
    assert errors(bad) == [
        (str(f), "no column 'content' for the text (columns: link, headline, body, day, lang)")
    ]


def test_stdin_text_jsonl_and_html() -> None:
    text = list(iter_stream(io.BytesIO(b"A short report.\n"), "stdin"))
    assert [(d.origin.split(":")[0], d.text) for d in text] == [("stdin", "A short report.")]  # type: ignore[union-attr]
    again = list(iter_stream(io.BytesIO(b"A short report.\n"), "stdin"))
    assert again[0].origin == text[0].origin  # type: ignore[union-attr]  # same text, same article
    lines = list(
        iter_stream(io.BytesIO(b'{"url": "https://x.org/a", "text": "A."}\n{"text": "B."}\n'), "stdin")
    )
    assert docs(lines) == [("https://x.org/a", "A."), ("stdin#2", "B.")]
    empty = list(iter_stream(io.BytesIO(b"   \n"), "stdin"))
    assert [e.reason for e in empty] == ["the file is empty"]  # type: ignore[union-attr]


def test_redact_hides_passwords() -> None:
    assert redact("bolt://neo4j:s3cret@db:7687 and https://u:p@x.org/a") == (
        "bolt://neo4j:***@db:7687 and https://u:***@x.org/a"
    )
    assert redact("https://x.org/a?q=1") == "https://x.org/a?q=1"


def test_json_log_lines_are_objects_and_redacted() -> None:
    out = io.StringIO()
    LineReporter("json", out).log("run_started", sources=["neo4j://neo4j:pw@h:7687"], total=None)
    line = json.loads(out.getvalue())
    assert line["level"] == "info" and line["event"] == "run_started" and "ts" in line
    assert line["sources"] == ["neo4j://neo4j:***@h:7687"] and "total" not in line


# --- HTTP, with httpx's mock transport ---------------------------------------------------------


def fetcher(handler, **kw: object) -> Fetcher:  # type: ignore[no-untyped-def]
    settings = HttpSettings(**{"timeout": 1.0, "retries": 2, "backoff": 0.01, "rate_limit": 0.0, **kw})  # type: ignore[arg-type]
    return Fetcher(settings, transport=httpx.MockTransport(handler))


def test_retries_with_backoff_then_succeeds_and_sends_the_user_agent() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        if len(calls) < 3:
            return httpx.Response(503)
        return httpx.Response(
            200, text="<html>ok</html>", headers={"ETag": '"e1"', "Content-Type": "text/html"}
        )

    result = fetcher(handler).get("https://x.org/a")
    assert (result.status, result.etag, len(calls)) == (200, '"e1"', 3)
    assert calls[0].headers["User-Agent"].startswith("conflictkg/")
    assert "(+https://github.com/conflictkg/conflictkg)" in calls[0].headers["User-Agent"]


def test_client_errors_are_not_retried_and_keep_the_body() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(404, text="gone")

    with pytest.raises(FetchError) as info:
        fetcher(handler).get("https://x.org/a")
    assert (info.value.reason, info.value.payload, len(calls)) == ("HTTP error 404 Not Found", b"gone", 1)


def test_timeouts_are_retried_then_reported() -> None:
    calls = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError) as info:
        fetcher(handler, retries=1).get("https://x.org/a")
    assert info.value.reason.startswith("timeout after 1s") and len(calls) == 2


def test_too_large_and_conditional_get() -> None:
    def big(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"x" * 2000)

    with pytest.raises(FetchError) as info:
        fetcher(big, max_bytes=1000).get("https://x.org/a")
    assert info.value.reason.startswith("too large")

    def conditional(request: httpx.Request) -> httpx.Response:
        if request.headers.get("If-None-Match") == '"v1"':
            return httpx.Response(304)
        return httpx.Response(200, text="fresh")

    assert fetcher(conditional).get("https://x.org/a", etag='"v1"').not_modified
    assert fetcher(conditional).get("https://x.org/a", etag='"v0"').content == b"fresh"


class FakeClock:
    """The fetcher's clock: ``sleep`` advances it, so waits are exact and the test never sleeps."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def test_per_host_rate_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FakeClock()
    monkeypatch.setattr("conflictkg.sources.http.time", clock)
    times: dict[str, list[float]] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        times.setdefault(request.url.host, []).append(clock.now)
        clock.now += 0.05  # each request takes a while
        return httpx.Response(200, text="ok")

    f = fetcher(handler, rate_limit=0.2)
    for url in ("https://a.org/1", "https://b.org/1", "https://a.org/2", "https://a.org/3"):
        f.get(url)
    gaps = [round(b - a, 6) for a, b in zip(times["a.org"], times["a.org"][1:], strict=False)]
    assert gaps == [0.2, 0.2]
    assert round(times["b.org"][0] - times["a.org"][0], 6) == 0.05  # another host does not wait


def test_feed_entries_are_fetched_and_unchanged_ones_skipped() -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
        "<item><title>One</title><link>https://x.org/1</link>"
        "<pubDate>Thu, 21 May 2020 10:00:00 GMT</pubDate></item>"
        "<item><title>Two</title><link>https://x.org/2</link>"
        "<pubDate>Thu, 21 May 2020 11:00:00 GMT</pubDate></item>"
        "</channel></rss>"
    )
    page = "<html><body><article><p>{} the fighting went on around the town for days.</p></article></body>"
    fetched = []

    def handler(request: httpx.Request) -> httpx.Response:
        fetched.append(str(request.url))
        if request.url.path == "/rss":
            return httpx.Response(200, text=feed, headers={"Content-Type": "application/rss+xml"})
        return httpx.Response(200, text=page.format(request.url.path), headers={"Content-Type": "text/html"})

    from conflictkg.sources.inputs import Known, Skip

    def known(urls: list[str]) -> dict[str, Known]:
        return {"https://x.org/1": Known(feed_updated="Thu, 21 May 2020 10:00:00 GMT")}

    items = list(
        iter_sources([SourceSpec("url", "https://x.org/rss")], fetcher=fetcher(handler), known=known)
    )
    assert items[0] == Skip("https://x.org/1")
    doc = items[1]
    assert isinstance(doc, RawDocument)
    assert (doc.origin, doc.title, doc.published, doc.source) == (
        "https://x.org/2",
        "Two",
        "2020-05-21",
        "web",
    )
    assert doc.meta["feed_updated"] == "Thu, 21 May 2020 11:00:00 GMT"
    assert fetched == ["https://x.org/rss", "https://x.org/2"]


# --- the run lock ------------------------------------------------------------------------------


def test_the_lock_refuses_a_second_holder_and_waits_when_told(tmp_path: Path) -> None:
    first = RunLock(tmp_path, "bolt://db:7687")
    first.acquire()
    with pytest.raises(LockBusy) as info:
        RunLock(tmp_path, "bolt://db:7687").acquire()
    assert "another ingestion run (pid" in str(info.value) and "--wait" in str(info.value)
    with RunLock(tmp_path, "bolt://other:7687"):  # another store: its own lock
        pass
    threading.Timer(0.3, first.release).start()
    t0 = time.monotonic()
    with RunLock(tmp_path, "bolt://db:7687", wait=5, poll=0.05):
        assert time.monotonic() - t0 >= 0.25


def test_the_lock_dies_with_its_holder(tmp_path: Path) -> None:
    code = (
        "import sys, time; from pathlib import Path; from conflictkg.jobs.locking import RunLock\n"
        f"RunLock(Path({str(tmp_path)!r}), 'embedded:x').acquire(); print('held', flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    with pytest.raises(LockBusy):
        RunLock(tmp_path, "embedded:x").acquire()
    proc.kill()
    proc.wait()
    with RunLock(tmp_path, "embedded:x"):
        pass


@pytest.mark.parametrize(
    ("text", "seconds"), [("90", 90), ("30s", 30), ("15m", 900), ("1h30m", 5400), ("1d", 86400)]
)
def test_schedule_intervals(text: str, seconds: float) -> None:
    from conflictkg.cli.jobs import parse_duration

    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0m", "5x", "m15", "-1h"])
def test_bad_schedule_intervals(text: str) -> None:
    import typer

    from conflictkg.cli.jobs import parse_duration

    with pytest.raises(typer.BadParameter):
        parse_duration(text)
