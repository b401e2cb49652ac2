"""Ingestion jobs on both stores: feeds over loopback HTTP, incremental runs, kill -9, the run lock,
signals, the Run node and the quarantine."""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import Quarantine, ingest, iter_documents, retry_quarantined, run_sources
from conflictkg.model import Actor, ArticleFacts, Event, Evidence, event_id, make_id
from conflictkg.sources.articles import article_of
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.http import HttpSettings
from conflictkg.sources.inputs import SourceSpec

pytestmark = pytest.mark.store

FAST_HTTP = HttpSettings(timeout=0.5, retries=1, backoff=0.01, rate_limit=0.0)
ARTICLE_HTML = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<p>{body}</p><p>The fighting went on for several days around the town, residents said, and the
roads to the coast were closed while both sides brought in reinforcements from the south.</p>
</article></body></html>"""
EMPTY_HTML = '<html><head><title>nothing</title></head><body><nav><a href="/">Home</a></nav></body></html>'


# --- a loopback web site ----------------------------------------------------------------------


class Site:
    """Routes of a tiny web server on 127.0.0.1; records every request it gets."""

    def __init__(self) -> None:
        self.routes: dict[str, dict[str, Any]] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(
        self,
        path: str,
        body: str | bytes,
        status: int = 200,
        ctype: str = "text/html; charset=utf-8",
        delay: float = 0.0,
        etag: str | None = None,
    ) -> None:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = {"body": data, "status": status, "ctype": ctype, "delay": delay, "etag": etag}

    def hits(self, path: str) -> list[dict[str, str]]:
        return [h for p, h in self.requests if p == path]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                site.requests.append((self.path, dict(self.headers.items())))
                route = site.routes.get(self.path)
                if route is None:
                    self.send_error(404)
                    return
                if route["delay"]:
                    time.sleep(route["delay"])
                if route["etag"] and self.headers.get("If-None-Match") == route["etag"]:
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route["status"])
                self.send_header("Content-Type", route["ctype"])
                self.send_header("Content-Length", str(len(route["body"])))
                if route["etag"]:
                    self.send_header("ETag", route["etag"])
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route["body"])

        return Handler


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.thread.start()
    yield s
    s.server.shutdown()
    s.server.server_close()


def rss(site: Site, entries: list[tuple[str | None, str, str | None]]) -> str:
    items = []
    for link, title, date in entries:
        parts = [f"<title>{title}</title>"]
        if link:
            parts.append(f"<link>{site.url(link)}</link>")
        if date:
            parts.append(f"<pubDate>{date}</pubDate>")
        items.append("<item>" + "".join(parts) + "</item>")
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>war news</title>'
        + "".join(items)
        + "</channel></rss>"
    )


def article_urls(store: Store) -> set[str]:
    return {r["url"] for r in store.query("MATCH (a:Article) RETURN a.url AS url")}


def reasons(quarantine: Quarantine) -> dict[str, str]:
    return {e["origin"]: e["reason"] for e in quarantine.list()}


def test_feed_over_http_good_land_bad_quarantined(store: Store, site: Site, tmp_path: Path) -> None:
    date = "Thu, 21 May 2020 10:00:00 GMT"
    site.add("/a1", ARTICLE_HTML.format(title="Forces take the airbase", body="Forces took the airbase."))
    site.add("/a2", ARTICLE_HTML.format(title="Drone strike", body="A drone struck a convoy at dawn."))
    site.add(
        "/a3", ARTICLE_HTML.format(title="Ceasefire", body="Both sides agreed a ceasefire."), etag='"v1"'
    )
    site.add("/err", "boom", status=500)
    site.add("/slow", ARTICLE_HTML.format(title="late", body="too late"), delay=1.5)
    site.add("/empty", EMPTY_HTML)
    feed = rss(
        site,
        [("/a1", "one", date), ("/a2", "two", date), ("/a3", "three", None), ("/err", "err", date),
         ("/slow", "slow", date), ("/empty", "empty", date), (None, "no link", date)],
    )  # fmt: skip
    site.add("/feed.xml", feed, ctype="application/rss+xml")
    site.add("/broken.xml", "<rss><channel><item><title>cut off", ctype="application/rss+xml")
    q = Quarantine(tmp_path / "quarantine")
    specs = [SourceSpec("feed", site.url("/feed.xml")), SourceSpec("feed", site.url("/broken.xml"))]

    summary = run_sources(store, specs, quarantine=q, http=FAST_HTTP, batch_size=2)

    assert article_urls(store) == {site.url("/a1"), site.url("/a2"), site.url("/a3")}
    got = reasons(q)
    assert set(got) == {
        site.url("/err"), site.url("/slow"), site.url("/empty"),
        site.url("/feed.xml") + "#entry7", site.url("/broken.xml"),
    }  # fmt: skip
    assert got[site.url("/err")].startswith("HTTP error 500")
    assert got[site.url("/slow")].startswith("timeout after 0.5s")
    assert "no article text" in got[site.url("/empty")]
    assert got[site.url("/feed.xml") + "#entry7"].startswith("malformed feed entry")
    assert got[site.url("/broken.xml")].startswith("malformed feed")
    assert (summary.read, summary.new, summary.quarantined, summary.status) == (3, 3, 5, "completed")
    # what the server sent is kept beside the reason
    err_entry = next(e for e in q.list() if e["origin"] == site.url("/err"))
    assert Path(err_entry["copy"]).read_bytes() == b"boom"
    assert len(site.hits("/err")) == 2  # retried once
    assert all(h["User-Agent"].startswith("conflictkg/") for _, h in site.requests)
    titles = {
        r["url"]: r["title"] for r in store.query("MATCH (a:Article) RETURN a.url AS url, a.title AS title")
    }
    assert titles[site.url("/a1")] == "Forces take the airbase"

    # second run: dated entries are not fetched again, the undated one gets a conditional GET (304)
    before = {p: len(site.hits(p)) for p in ("/a1", "/a2", "/a3")}
    again = run_sources(store, specs[:1], quarantine=q, http=FAST_HTTP, batch_size=2)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert len(site.hits("/a1")) == before["/a1"] and len(site.hits("/a2")) == before["/a2"]
    assert site.hits("/a3")[-1].get("If-None-Match") == '"v1"'
    assert article_urls(store) == {site.url("/a1"), site.url("/a2"), site.url("/a3")}

    # an article URL on its own: a conditional GET, 304, skipped; a new page is fetched and lands
    site.add("/a4", ARTICLE_HTML.format(title="Talks", body="Delegations met in Geneva for talks."))
    pages = [SourceSpec("url", site.url("/a3")), SourceSpec("url", site.url("/a4"))]
    direct = run_sources(store, pages, quarantine=q, http=FAST_HTTP)
    assert (direct.read, direct.new, direct.unchanged) == (2, 1, 1)
    assert site.hits("/a3")[-1].get("If-None-Match") == '"v1"'
    assert site.url("/a4") in article_urls(store)

    # the broken page is fixed: retry moves it from the quarantine into the graph
    site.add("/err", ARTICLE_HTML.format(title="Back", body="The page is back."))
    result, cleared = retry_quarantined(store, q, [Quarantine.id_of(site.url("/err"))], http=FAST_HTTP)
    assert cleared == [Quarantine.id_of(site.url("/err"))]
    assert site.url("/err") in article_urls(store)
    assert site.url("/err") not in reasons(q)
    assert result.new == 1


# --- a fake extractor with events: one event per sentence "A hits B." -----------------------


class SentenceExtractor:
    """Each sentence ``A verb B.`` becomes a FIGHT event of actor A against B."""

    version = "test-sentences/1"

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        for doc in docs:
            if "EXPLODE" in doc.text:
                raise RuntimeError("the extractor broke")
            art = article_of(doc)
            facts = ArticleFacts(article=art)
            start = 0
            for sentence in doc.text.split("."):
                words = sentence.split()
                if len(words) >= 3:
                    a = Actor(make_id("actor", words[0]), words[0])
                    b = Actor(make_id("actor", words[-1]), words[-1])
                    facts.actors += [a, b]
                    ev = Evidence(sentence.strip(), start, start + len(sentence), sentence.strip())
                    facts.events.append(
                        Event(event_id(art.id, "FIGHT", a.id, b.id, start), "FIGHT", a.id, ev, target_id=b.id)
                    )
                start += len(sentence) + 1
            yield facts


def events_of(store: Store) -> set[tuple[str, str]]:
    rows = store.query("MATCH (e:Event)-[:REPORTED_IN]->(a:Article) RETURN a.url AS url, e.id AS id")
    return {(r["url"], r["id"]) for r in rows}


def graph_facts(store: Store) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int]:
    arts = {
        (r["url"], r["sha"]) for r in store.query("MATCH (a:Article) RETURN a.url AS url, a.sha256 AS sha")
    }
    n = store.query("MATCH (a:Article) RETURN count(a) AS n")[0]["n"]
    return arts, events_of(store), n


def test_changed_article_replaces_its_events_unchanged_is_skipped(store: Store, tmp_path: Path) -> None:
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Rebels attack Army. Army shells Rebels.", encoding="utf-8")
    two.write_text("Militia raids Village.", encoding="utf-8")
    ex = SentenceExtractor()
    first = ingest(store, iter_documents([str(tmp_path)]), extractor=ex)
    assert (first.new, first.updated, first.unchanged, first.events) == (2, 0, 0, 3)
    old_one = {e for e in events_of(store) if e[0] == str(one)}
    assert len(old_one) == 2

    one.write_text("Rebels attack Army. Navy blockades Port.", encoding="utf-8")
    second = ingest(store, iter_documents([str(tmp_path)]), extractor=ex)
    assert (second.read, second.new, second.updated, second.unchanged) == (2, 0, 1, 1)
    now_one = {e for e in events_of(store) if e[0] == str(one)}
    art = make_id("art", str(one))
    navy, port = make_id("actor", "Navy"), make_id("actor", "Port")
    kept = event_id(art, "FIGHT", make_id("actor", "Rebels"), make_id("actor", "Army"), 0)
    assert now_one == {(str(one), kept), (str(one), event_id(art, "FIGHT", navy, port, 19))}
    assert store.query("MATCH (e:Event) RETURN count(e) AS n") == [{"n": 3}]
    snapshot = graph_facts(store)

    third = ingest(store, iter_documents([str(tmp_path)]), extractor=ex)
    assert (third.new, third.updated, third.unchanged, third.events) == (0, 0, 2, 0)
    assert graph_facts(store) == snapshot
    runs = store.query("MATCH (r:Run) RETURN r.id AS id, r.status AS s, r.updated AS u ORDER BY id")
    assert {(r["id"], r["s"], r["u"]) for r in runs} == {
        (first.run_id, "completed", 0), (second.run_id, "completed", 1), (third.run_id, "completed", 0)
    }  # fmt: skip


def test_an_extractor_crash_quarantines_that_article_only(store: Store, tmp_path: Path) -> None:
    for name, text in {"a.txt": "X hits Y.", "b.txt": "EXPLODE here now.", "c.txt": "Z hits W."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    q = Quarantine(tmp_path / "q")
    summary = ingest(store, iter_documents([str(tmp_path)]), extractor=SentenceExtractor(), quarantine=q)
    assert article_urls(store) == {str(tmp_path / "a.txt"), str(tmp_path / "c.txt")}
    assert summary.quarantined == 1
    assert reasons(q)[str(tmp_path / "b.txt")].startswith("extraction error (RuntimeError")


# --- the CLI in subprocesses: kill -9, the lock, signals ------------------------------------


def ckg(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300, **kw
    )


def popen(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "conflictkg.cli", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def records(n: int, start: int = 0) -> list[str]:
    return [
        json.dumps({"url": f"https://news.test/{i}", "title": f"Report {i}", "text": f"Report number {i}."})
        for i in range(start, start + n)
    ]


def wait_for(cond: Callable[[], bool], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def count_articles(store: Store) -> int:
    return int(store.query("MATCH (a:Article) RETURN count(a) AS n")[0]["n"])


def test_kill_9_mid_run_then_rerun_equals_an_uninterrupted_run(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    lines = records(200)
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # the process reads from a pipe, so it is surely mid-run: 95 records sent, 9 batches written
    proc = popen([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", "-"])
    assert proc.stdin is not None
    proc.stdin.write("\n".join(lines[:95]) + "\n")
    proc.stdin.flush()
    wait_for(lambda: count_articles(store) >= 90)
    time.sleep(0.3)
    proc.kill()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert count_articles(store) == 90  # whole batches only

    rerun = ckg([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", str(dump)])
    assert rerun.returncode == 0, rerun.stderr
    assert "read 200, new 110, updated 0, unchanged 90" in rerun.stderr
    after_kill = graph_facts(store)

    store.clear()
    store.apply_schema()
    clean = ckg([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", str(dump)])
    assert clean.returncode == 0, clean.stderr
    assert graph_facts(store) == after_kill
    assert after_kill[2] == 200 and len(after_kill[0]) == 200


def test_a_second_run_on_the_same_store_refuses_or_waits(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another report.", encoding="utf-8")
    first = popen([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "5", "-"])
    assert first.stdin is not None
    first.stdin.write("\n".join(records(10)) + "\n")
    first.stdin.flush()
    wait_for(lambda: count_articles(store) >= 10)  # first holds the lock, waiting for more input

    refused = ckg([*cli_store_args, "ingest", "--no-nlp", str(other)])
    assert refused.returncode == 75, refused.stderr
    assert "another ingestion run" in refused.stderr and "--wait" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert str(other) not in article_urls(store)

    waiting = popen([*cli_store_args, "ingest", "--no-nlp", "--wait", "60", str(other)])
    time.sleep(1.0)
    assert waiting.poll() is None  # still waiting for the lock
    first.stdin.write("\n".join(records(5, start=10)) + "\n")
    first.stdin.close()
    assert first.wait(timeout=60) == 0, first.stderr.read() if first.stderr else ""
    _, err = waiting.communicate(timeout=120)
    assert waiting.returncode == 0, err
    urls = article_urls(store)
    assert urls == {f"https://news.test/{i}" for i in range(15)} | {str(other)}
    assert count_articles(store) == len(urls)


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_finishes_the_current_batch_and_records_the_run(
    store: Store, cli_store_args: list[str], sig: signal.Signals, code: int
) -> None:
    proc = popen([*cli_store_args, "ingest", "--no-nlp", "--batch-size", "10", "--log-format", "json", "-"])
    assert proc.stdin is not None and proc.stderr is not None
    proc.stdin.write("\n".join(records(25)) + "\n")
    proc.stdin.flush()
    wait_for(lambda: count_articles(store) >= 20)
    time.sleep(0.3)
    proc.send_signal(sig)
    time.sleep(0.3)
    proc.stdin.write(records(1, start=25)[0] + "\n")  # the next document: the run sees the flag
    proc.stdin.flush()
    assert proc.wait(timeout=60) == code
    assert count_articles(store) == 26  # the batch in progress was finished, nothing half-written
    events = [json.loads(line) for line in proc.stderr.read().splitlines() if line.strip()]  # all JSON
    assert [e["signal"] for e in events if e["event"] == "stopping"] == [sig.name]
    finished = [e for e in events if e["event"] == "run_finished"]
    assert finished and finished[0]["status"] == "interrupted" and finished[0]["new"] == 26
    runs = store.query("MATCH (r:Run) RETURN r.status AS status, r.new AS new")
    assert runs == [{"status": "interrupted", "new": 26}]


def test_runs_and_quarantine_commands(store: Store, cli_store_args: list[str], tmp_path: Path) -> None:
    home = Path(cli_store_args[1])
    qdir = home / "quarantine"
    if qdir.exists():
        import shutil

        shutil.rmtree(qdir)
    dump = tmp_path / "d.jsonl"
    dump.write_text(records(1)[0] + "\n{not json\n", encoding="utf-8")
    first = ckg([*cli_store_args, "ingest", "--no-nlp", str(dump)])
    assert first.returncode == 3, first.stderr
    listed = json.loads(ckg([*cli_store_args, "quarantine", "list", "-f", "json"]).stdout)
    assert [(e["origin"], e["reason"].split(" (")[0]) for e in listed] == [(f"{dump}#2", "malformed JSON")]
    copy = Path(listed[0]["copy"])
    assert copy.read_text(encoding="utf-8").strip() == "{not json"

    still_bad = ckg([*cli_store_args, "quarantine", "retry", "--no-nlp"])
    assert still_bad.returncode == 3
    assert len(json.loads(ckg([*cli_store_args, "quarantine", "list", "-f", "json"]).stdout)) == 1

    copy.write_text(json.dumps({"text": "Fixed by hand."}), encoding="utf-8")
    fixed = ckg([*cli_store_args, "quarantine", "retry", "--no-nlp", listed[0]["id"]])
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(ckg([*cli_store_args, "quarantine", "list", "-f", "json"]).stdout) == []
    assert article_urls(store) == {"https://news.test/0", f"{dump}#2"}

    runs = json.loads(ckg([*cli_store_args, "runs", "-f", "json", "--limit", "2"]).stdout)
    assert [(r["status"], r["new"], r["quarantined"]) for r in runs] == [
        ("completed", 1, 0), ("completed", 0, 1)
    ]  # fmt: skip
    missing = ckg([*cli_store_args, "ingest", "--no-nlp", str(tmp_path / "nope.txt")])
    assert missing.returncode == 1 and "no such file" in missing.stderr
    assert json.loads(ckg([*cli_store_args, "quarantine", "list", "-f", "json"]).stdout) == []


def test_schedule_runs_every_interval_until_sigterm(
    store: Store, cli_store_args: list[str], tmp_path: Path
) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("First report.", encoding="utf-8")
    cfg = tmp_path / "sources.toml"
    cfg.write_text('[[sources]]\npath = "news"\n', encoding="utf-8")

    once = ckg([*cli_store_args, "schedule", "--config", str(cfg), "--once", "--no-nlp"])
    assert once.returncode == 0, once.stderr
    assert article_urls(store) == {str(news / "a.txt")}

    proc = popen(
        [
            *cli_store_args,
            "schedule",
            "--config",
            str(cfg),
            "--every",
            "1s",
            "--no-nlp",
            "--log-format",
            "json",
        ]
    )
    runs = lambda: int(store.query("MATCH (r:Run) RETURN count(r) AS n")[0]["n"])  # noqa: E731
    wait_for(lambda: runs() >= 2)
    (news / "b.txt").write_text("Second report.", encoding="utf-8")
    wait_for(lambda: str(news / "b.txt") in article_urls(store))
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 143
    assert proc.stderr is not None
    events = [json.loads(line)["event"] for line in proc.stderr.read().splitlines() if line.startswith("{")]
    assert events[0] == "schedule_started" and events[-1] == "schedule_stopped"
    statuses = {r["s"] for r in store.query("MATCH (r:Run) RETURN r.status AS s")}
    assert statuses <= {"completed", "interrupted"}
    assert article_urls(store) == {str(news / "a.txt"), str(news / "b.txt")}


@pytest.mark.slow
def test_memory_stays_flat_over_10000_articles(store: Store) -> None:
    import tracemalloc

    def generated(n: int) -> Iterator[RawDocument]:
        for i in range(n):
            yield RawDocument(
                origin=f"https://bulk.test/{i}", text=f"Report number {i}. " * 20, title=f"R{i}"
            )

    samples: list[int] = []
    tracemalloc.start()
    try:
        summary = ingest(
            store,
            generated(10_000),
            batch_size=250,
            record_run=False,
            on_progress=lambda s: samples.append(tracemalloc.get_traced_memory()[0]),
        )
    finally:
        tracemalloc.stop()
    assert summary.new == 10_000 and count_articles(store) == 10_000
    early = max(samples[2:8])
    late = max(samples[-8:])
    assert late < early + 2_000_000, (early, late)  # no growth with the number of articles


@pytest.mark.nlp
def test_the_default_extractor_replaces_a_changed_articles_events(store: Store, tmp_path: Path) -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    demo = sorted((Path(__file__).resolve().parents[2] / "seeds" / "demo").glob("*.txt"))
    art = tmp_path / "article.txt"
    text = demo[0].read_text(encoding="utf-8")
    art.write_text(text, encoding="utf-8")
    ex = NLPExtractor()
    first = ingest(store, iter_documents([str(art)]), extractor=ex)
    before = {e for e in events_of(store)}
    assert first.new == 1 and first.events == len(before) > 0
    again = ingest(store, iter_documents([str(art)]), extractor=ex)
    assert (again.unchanged, again.events) == (1, 0) and events_of(store) == before

    sentences = text.strip().split(". ")
    art.write_text(". ".join(sentences[: len(sentences) // 2]) + ".\n", encoding="utf-8")
    changed = ingest(store, iter_documents([str(art)]), extractor=ex)
    assert changed.updated == 1
    after = events_of(store)
    store.clear()
    store.apply_schema()
    ingest(store, iter_documents([str(art)]), extractor=ex)
    assert after == events_of(store)  # exactly the events of a fresh run on the new text
    assert after != before


@pytest.mark.nlp
def test_an_unsupported_language_is_quarantined_with_its_reason(store: Store, tmp_path: Path) -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    german = tmp_path / "bericht.txt"
    german.write_text(
        "Die Truppen der Regierung haben am Donnerstag die Stadt eingenommen, teilte das Ministerium mit.",
        encoding="utf-8",
    )
    q = Quarantine(tmp_path / "q")
    summary = ingest(store, iter_documents([str(german)]), extractor=NLPExtractor(), quarantine=q)
    assert (summary.new, summary.quarantined) == (0, 1)
    assert reasons(q)[str(german)].startswith("unsupported language")
    assert article_urls(store) == set()
