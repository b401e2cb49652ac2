"""Bounded inputs: zip bombs, huge articles and slow servers are refused quickly, with bounded
memory, and with a one-line reason."""

from __future__ import annotations

import contextlib
import csv
import glob
import json
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from conflictkg.errors import InputError
from conflictkg.graph.store import Store
from conflictkg.jobs.ingest import Quarantine, ingest, run_sources
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.nlp.text_pieces import split_text
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.http import Fetcher, FetchError, HttpSettings
from conflictkg.sources.inputs import SourceSpec
from conflictkg.structured.acled import read_acled
from conflictkg.structured.gdelt import MAX_UNZIPPED_BYTES, read_gdelt

ROOT = Path(__file__).resolve().parents[2]
GDELT_SAMPLE = ROOT / "tests" / "data" / "gdelt" / "20200509151500.export.CSV"
ACLED_NOTES = "/work/shared/eval/raw/acled/*.csv"
MIB = 1024 * 1024


# --- zip bombs ---------------------------------------------------------------------------------


def _bomb(path: Path, member: str, size: int) -> Path:
    """A zip whose one member is ``size`` zero bytes (about 1,000 times smaller compressed)."""
    block = b"\0" * (16 * MIB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf, zf.open(member, "w") as out:
        for _ in range(size // len(block)):
            out.write(block)
    return path


@pytest.fixture(scope="module")
def bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 528 MiB member (over the 512 MiB default) in a zip of about half a megabyte."""
    return _bomb(
        tmp_path_factory.mktemp("bomb") / "bomb.zip", "bomb.export.CSV", MAX_UNZIPPED_BYTES + 16 * MIB
    )


def _lie_about_size(path: Path, declared: int) -> None:
    """Rewrite the member's uncompressed size in the local header and the central directory."""
    data = bytearray(path.read_bytes())
    assert data[:4] == b"PK\x03\x04"
    struct.pack_into("<I", data, 22, declared)
    central = data.rindex(b"PK\x01\x02")
    struct.pack_into("<I", data, central + 24, declared)
    path.write_bytes(bytes(data))


READ_IN_CHILD = r"""
import json, re, sys, time
from conflictkg.errors import InputError
from conflictkg.structured.{module} import read_{module}
t = time.monotonic()
try:
    rows = sum(1 for _ in read_{module}(sys.argv[1]))
    out = {{"rows": rows}}
except InputError as exc:
    out = {{"error": str(exc)}}
out["seconds"] = time.monotonic() - t
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over exec, from the parent (pytest, with spaCy loaded)
status = open("/proc/self/status").read()
out["peak_mib"] = int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024
print(json.dumps(out))
"""


def _read_in_child(module: str, path: Path) -> dict[str, Any]:
    code = READ_IN_CHILD.format(module=module)
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("module", ["gdelt", "acled"])
def test_a_zip_bomb_is_refused_at_once_with_bounded_memory(bomb: Path, module: str) -> None:
    assert bomb.stat().st_size < 2 * MIB
    out = _read_in_child(module, bomb)
    assert out["error"] == f"{bomb}: more than 536,870,912 bytes once unzipped (the limit for an import file)"
    assert out["seconds"] < 5
    assert out["peak_mib"] < 400  # the interpreter and the loaders; the member is 528 MiB


def test_a_zip_that_lies_about_its_size_is_not_unpacked_either(tmp_path: Path) -> None:
    liar = _bomb(tmp_path / "liar.zip", "liar.export.CSV", 64 * MIB)
    _lie_about_size(liar, 1000)
    out = _read_in_child("gdelt", liar)
    assert out["error"].startswith(f"{liar}: cannot read (Bad CRC-32")
    assert out["peak_mib"] < 400


def test_the_unzipped_size_is_counted_while_reading(tmp_path: Path) -> None:
    # a plain file has no header to trust: the limit holds on the bytes read
    lines = GDELT_SAMPLE.read_bytes().splitlines(keepends=True)
    path = tmp_path / "big.export.CSV"
    path.write_bytes(b"".join(lines * 3))
    limit = len(b"".join(lines)) + 10
    got = list(read_gdelt(path, max_unzipped=10 * limit))
    assert not any(isinstance(g, InputError) for g in got)
    with pytest.raises(InputError) as caught:
        list(read_gdelt(path, max_unzipped=limit))
    assert (
        str(caught.value) == f"{path}: more than {limit:,} bytes once unzipped (the limit for an import file)"
    )


def test_a_zipped_acled_export_reads_like_the_plain_one(tmp_path: Path) -> None:
    plain = Path(sorted(glob.glob(ACLED_NOTES))[-1])  # the smallest export, Libya only
    zipped = tmp_path / "acled.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(plain, plain.name)

    def ids(path: Path) -> list[str]:
        return [f.article.url for f in read_acled(path) if not isinstance(f, InputError)]

    assert ids(zipped) == ids(plain)
    assert len(ids(plain)) > 100


@pytest.mark.store
def test_the_cli_refuses_a_zip_bomb_in_one_line(bomb: Path, cli_store_args: list[str]) -> None:
    cli = [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "import", "gdelt", str(bomb)]
    started = time.monotonic()
    done = subprocess.run(cli, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        f"error: {bomb}: more than 536,870,912 bytes once unzipped (the limit for an import file)"
    ]
    assert time.monotonic() - started < 30


# --- huge articles -----------------------------------------------------------------------------


def acled_notes_text(size: int) -> str:
    """A long English text of real ACLED notes, eight a paragraph, ``size`` characters at most."""
    notes: list[str] = []
    for path in sorted(glob.glob(ACLED_NOTES)):
        with open(path, encoding="utf-8-sig", newline="") as fh:
            notes += [r["notes"].strip() for r in csv.DictReader(fh) if (r.get("notes") or "").strip()]
    paragraphs, length, n = [], 0, 0
    while length < size:
        paragraph = " ".join(notes[n : n + 8])
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        n = (n + 8) % len(notes)
    return "\n\n".join(paragraphs)[:size]


def test_an_article_over_the_limit_is_refused_with_its_size() -> None:
    text = "The army shelled the town. " * 40_000  # 1,080,000 bytes
    small = RawDocument(
        origin="small.txt", text="Rebels attacked the army base in Gao on Monday.", language="en"
    )
    out = list(NLPExtractor().extract([RawDocument(origin="big.txt", text=text, language="en"), small]))
    assert isinstance(out[0], InputError)
    assert str(out[0]) == "big.txt: article too large: 1,080,000 bytes > 1,000,000"
    assert not isinstance(out[1], InputError)
    limited = list(NLPExtractor(max_article_bytes=20).extract([small]))
    assert str(limited[0]) == "small.txt: article too large: 47 bytes > 20"


@pytest.mark.store
def test_an_article_over_the_limit_is_quarantined(store: Store, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("The army shelled the town. " * 40_000, encoding="utf-8")
    q = Quarantine(tmp_path / "q")
    summary = ingest(
        store,
        iter([RawDocument(origin=str(big), text=big.read_text())]),
        extractor=NLPExtractor(),
        quarantine=q,
    )
    assert summary.quarantined == 1
    assert {e["origin"]: e["reason"] for e in q.list()} == {
        str(big): "article too large: 1,080,000 bytes > 1,000,000"
    }
    assert store.query("MATCH (a:Article) RETURN count(a) AS n") == [{"n": 0}]


def test_split_text_cuts_after_paragraphs_and_keeps_every_character() -> None:
    text = acled_notes_text(70_000)
    pieces = list(split_text(text, 20_000))
    assert len(pieces) == 4
    assert "".join(p for _, p in pieces) == text
    assert all(text[start : start + len(p)] == p and len(p) <= 20_000 for start, p in pieces)
    assert all(p.endswith("\n\n") for _, p in pieces[:-1])


def test_evidence_of_a_chunked_long_text_points_into_the_whole_text() -> None:
    text = acled_notes_text(65_000)
    doc = RawDocument(origin="long.txt", text=text, language="en")
    (facts,) = list(NLPExtractor(chunk_chars=20_000).extract([doc]))
    assert not isinstance(facts, InputError)
    late = [e for e in facts.events if e.evidence.start > 40_000]
    assert len(facts.events) > 50 and len(late) > 10
    pieces = [(start, start + len(piece)) for start, piece in split_text(text, 20_000)]
    for e in facts.events:
        sentence = text[e.evidence.start : e.evidence.end]
        assert sentence == e.evidence.sentence
        assert e.evidence.text in sentence
        # the sentence lies inside one piece: offsets were shifted by that piece's start
        assert any(a <= e.evidence.start and e.evidence.end <= b for a, b in pieces)


# --- slow servers ------------------------------------------------------------------------------


class Trickle(BaseHTTPRequestHandler):
    """Sends its headers (``/body``) or everything (``/headers``) one byte a second."""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        body = b"<html><body><p>" + b"The army shelled the town. " * 50 + b"</p></body></html>"
        head = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        slow = head + body if self.path == "/headers" else body
        with contextlib.suppress(OSError):
            if self.path != "/headers":
                self.wfile.write(head)
                self.wfile.flush()
            for i in range(len(slow)):
                self.wfile.write(slow[i : i + 1])
                self.wfile.flush()
                time.sleep(1)


@pytest.fixture
def trickle() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


TRICKLE_HTTP = HttpSettings(timeout=5, retries=2, backoff=0.1, rate_limit=0, deadline=2)


@pytest.mark.parametrize("path", ["/body", "/headers"])
def test_a_trickling_server_hits_the_deadline(trickle: str, path: str) -> None:
    started = time.monotonic()
    with Fetcher(TRICKLE_HTTP) as fetcher, pytest.raises(FetchError) as caught:
        fetcher.get(trickle + path)
    elapsed = time.monotonic() - started
    assert caught.value.reason == "deadline exceeded (2s for the URL)"
    assert 2 <= elapsed < 3


@pytest.mark.store
def test_a_trickling_url_is_quarantined_with_deadline_exceeded(
    store: Store, trickle: str, tmp_path: Path
) -> None:
    q = Quarantine(tmp_path / "q")
    started = time.monotonic()
    summary = run_sources(store, [SourceSpec("url", trickle + "/body")], quarantine=q, http=TRICKLE_HTTP)
    assert time.monotonic() - started < 4
    assert summary.quarantined == 1
    assert {e["origin"]: e["reason"] for e in q.list()} == {
        trickle + "/body": "deadline exceeded (2s for the URL)"
    }
