"""Where articles come from: files, directories and globs, stdin, JSONL, CSV, web pages and feeds.

Sources are listed on the command line (``conflictkg ingest PATH|URL|-``) or in a TOML config
(``conflictkg ingest --config sources.toml``, read by :mod:`conflictkg.sources.config`)::

    [http]                      # optional; these are the defaults
    timeout = 20                # seconds, connect and each read
    retries = 2                 # extra attempts on timeouts, connection errors, 429 and 5xx
    backoff = 1.0               # seconds before the first retry, doubled each time
    rate_limit = 1.0            # minimum seconds between two requests to the same host
    max_bytes = 5000000         # larger pages are quarantined
    deadline = 60               # seconds for a whole URL, retries included

    [extraction]                # optional: where the NLP runs (default: in this process)
    dask = "tcp://10.0.0.5:8786"  # a Dask scheduler, or "local"; the CLI's --dask wins

    [[sources]]
    path = "articles/"          # a file, a directory (recursive) or a glob ("news/**/*.txt")
    glob = "**/*.txt"           # optional, for a directory (default: every supported file)

    [[sources]]
    jsonl = "dump.jsonl"        # one JSON object a line: text, title, published, url, language

    [[sources]]
    csv = "export.csv"
    columns = { text = "body", title = "headline", date = "published_at", url = "link", language = "lang" }
    delimiter = ","             # optional

    [[sources]]
    url = "https://example.org/2020/05/article.html"   # one article page (main text by trafilatura)

    [[sources]]
    feed = "https://example.org/rss.xml"               # RSS or Atom; each entry's page is fetched
    language = "fr"                                    # optional, for every article of the source

Relative paths are resolved against the config file's directory. On the command line an argument
is ``-`` (stdin: JSONL if it starts with ``{``, an HTML page if it starts with ``<``, else one text),
an ``http(s)://`` URL (a feed when the server sends RSS/Atom, else an article page), or a path; a
path's suffix picks its reader (``.jsonl``/``.ndjson``, ``.csv``, ``.html``/``.htm``, text).

Everything is iterated lazily, so a run over a large directory, dump or feed holds one batch at a
time. Bad input is yielded as an :class:`InputError` (never raised) so the run goes on; an error
carries the bytes to quarantine (:class:`SourceError`, :class:`FetchError`).
"""

from __future__ import annotations

import csv
import glob as globlib
import hashlib
import io
import json
import os
import re
import stat
import xml.sax
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from conflictkg.errors import InputError
from conflictkg.sources.documents import (
    JSONL_SUFFIXES,
    MAX_BYTES,
    SUPPORTED_SUFFIXES,
    RawDocument,
    decode,
    parse_html,
    parse_text,
    read_file,
    record_to_document,
)
from conflictkg.sources.http import Fetcher, FetchError, FetchResult, redact

CSV_SUFFIXES = {".csv", ".tsv"}
KINDS = ("path", "jsonl", "csv", "url", "feed", "stdin")
MIN_PAGE_WORDS = 5
COLUMN_KEYS = ("text", "title", "date", "url", "language")
_GLOB_CHARS = re.compile(r"[*?\[]")


def printable(text: str) -> str:
    """Text every store, log and file can carry: a file name's undecodable bytes (kept by Python as
    surrogates) shown as ``\\xNN`` escapes. Text without them is returned as it is."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def not_regular(path: Path) -> str | None:
    """Why an existing path that is neither a file nor a directory cannot be read (a named pipe
    would block a reader forever, a device never ends); None for anything else. Never opens it."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    kinds = {stat.S_ISFIFO: "a named pipe", stat.S_ISCHR: "a character device",
             stat.S_ISBLK: "a block device", stat.S_ISSOCK: "a socket"}  # fmt: skip
    kind = next((name for test, name in kinds.items() if test(mode)), None)
    return f"not a regular file ({kind}); name a file or a directory" if kind else None


class SourceError(InputError):
    """Input that cannot be used, with what to keep in quarantine.

    ``payload`` is the bytes to keep (a JSONL line, a CSV row, a fetched page); ``replay`` says how a
    retry gets the input again: ``origin`` (read the path or fetch the URL again) or ``record`` (parse
    the kept payload as a JSON record). ``quarantine=False`` for inputs with nothing to keep (a path
    that does not exist): they are reported, not copied.
    """

    def __init__(
        self,
        origin: str,
        reason: str,
        payload: bytes | None = None,
        *,
        replay: str = "origin",
        quarantine: bool = True,
    ) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
        self.payload = payload
        self.replay = replay
        self.quarantine = quarantine


@dataclass
class Skip:
    """An input known to be unchanged, not read again (a feed entry with the same date, a 304)."""

    origin: str


@dataclass
class Known:
    """What the graph knows of an article the source may skip."""

    sha256: str | None = None
    feed_updated: str | None = None
    etag: str | None = None
    last_modified: str | None = None


# urls → what the graph knows of those whose facts are current (empty when re-extracting everything)
KnownLookup = Callable[[list[str]], dict[str, Known]]


def _nothing_known(urls: list[str]) -> dict[str, Known]:
    return {}


@dataclass
class SourceSpec:
    kind: str  # one of KINDS
    target: str  # a path, a glob, a URL, or "-" for stdin
    glob: str | None = None
    columns: dict[str, str] = field(default_factory=dict)
    delimiter: str | None = None
    language: str | None = None
    force_language: bool = False  # the language overrides the one a document carries (ingest --language)

    def label(self) -> str:
        return redact(f"{self.kind}:{self.target}")


def is_url(text: str) -> bool:
    return text.startswith(("http://", "https://"))


def spec_of_argument(arg: str, language: str | None = None) -> SourceSpec:
    """One command-line argument → a source; ``language`` forces that of each of its documents."""
    kind = "stdin" if arg == "-" else "url" if is_url(arg) else "path"
    return SourceSpec(kind, arg, language=language, force_language=language is not None)


# --- reading -----------------------------------------------------------------------------------

Item = RawDocument | InputError | Skip


def iter_sources(
    specs: Iterable[SourceSpec],
    *,
    fetcher: Fetcher | None = None,
    known: KnownLookup | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Every document of every source, lazily, in order."""
    known = known or _nothing_known
    own_fetcher = fetcher is None
    state: dict[str, Fetcher] = {}

    def get_fetcher() -> Fetcher:
        if fetcher is not None:
            return fetcher
        if "f" not in state:
            state["f"] = Fetcher()
        return state["f"]

    try:
        for spec in specs:
            for item in _iter_spec(spec, get_fetcher, known, stdin):
                if isinstance(item, RawDocument):
                    _apply_language(spec, item)
                yield item
    finally:
        if own_fetcher and "f" in state:
            state["f"].close()


def _apply_language(spec: SourceSpec, doc: RawDocument) -> None:
    """A source's language: forced on every document, or a default for those that carry none."""
    if spec.language and (spec.force_language or not doc.language):
        doc.language = spec.language


def _iter_spec(
    spec: SourceSpec, fetcher: Callable[[], Fetcher], known: KnownLookup, stdin: BinaryIO | None
) -> Iterator[Item]:
    if spec.kind == "stdin":
        if stdin is None:
            yield SourceError("stdin", "no standard input given", quarantine=False)
            return
        yield from iter_stream(stdin, "stdin")
    elif spec.kind == "path":
        yield from iter_path(spec.target, spec.glob)
    elif spec.kind == "jsonl":
        yield from _missing_or(Path(spec.target), iter_jsonl_file)
    elif spec.kind == "csv":
        yield from _missing_or(Path(spec.target), lambda p: iter_csv_file(p, spec.columns, spec.delimiter))
    elif spec.kind == "url":
        yield from iter_url(spec.target, fetcher(), known)
    elif spec.kind == "feed":
        yield from iter_feed(spec.target, fetcher(), known)
    else:  # pragma: no cover - load_config validates kinds
        raise InputError(f"unknown source kind {spec.kind!r}")


def _missing_or(path: Path, reader: Callable[[Path], Iterator[Item]]) -> Iterator[Item]:
    if not path.is_file():
        yield SourceError(str(path), not_regular(path) or "no such file", quarantine=False)
        return
    yield from reader(path)


def iter_path(target: str, pattern: str | None = None) -> Iterator[Item]:
    """A file, a directory (recursive; ``pattern`` filters) or a glob pattern."""
    path = Path(target)
    if path.is_dir():
        found = path.glob(pattern) if pattern else path.rglob("*")
        files = sorted(
            p
            for p in found
            if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
        )  # hidden files and directories (.git, .cache) are not articles
        for p in files:
            if pattern or p.suffix.lower() in SUPPORTED_SUFFIXES | CSV_SUFFIXES:
                yield from iter_file(p)
    elif path.is_file():
        yield from iter_file(path, os.path.normpath(target))
    elif why := not_regular(path):
        yield SourceError(target, why, quarantine=False)
    elif _GLOB_CHARS.search(target):
        matched = sorted(p for p in globlib.glob(target, recursive=True) if os.path.isfile(p))
        if not matched:
            yield SourceError(target, "no file matches the pattern", quarantine=False)
        for name in matched:
            yield from iter_file(Path(name))
    else:
        yield SourceError(target, "no such file or directory", quarantine=False)


def iter_file(path: Path, origin: str | None = None) -> Iterator[Item]:
    origin = origin or os.path.normpath(str(path))
    if printable(origin) != origin:
        yield _undecodable_name(path, origin)
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl_file(path, origin)
    elif suffix in CSV_SUFFIXES:
        yield from iter_csv_file(path, {}, "\t" if suffix == ".tsv" else None, origin)
    else:
        yield from read_file(path, origin)


def _undecodable_name(path: Path, origin: str) -> SourceError:
    """A file whose name is not UTF-8: its name cannot be an article's identity in the graph."""
    try:
        data = path.read_bytes() if path.stat().st_size <= MAX_BYTES else None
    except OSError:
        data = None
    reason = "the file name is not valid UTF-8 (shown with \\xNN escapes); rename it to ingest it"
    return SourceError(printable(origin), reason, data)


def _record_error(where: str, reason: str, line: bytes) -> SourceError:
    return SourceError(where, reason, line, replay="record")


def iter_jsonl_lines(lines: Iterable[bytes], origin: str) -> Iterator[Item]:
    """JSONL, one line at a time; a bad line is an error of its own and the rest goes on."""
    seen = False
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        seen = True
        where = f"{origin}#{lineno}"
        if len(line) > MAX_BYTES:
            yield _record_error(where, f"too large ({len(line):,} bytes; the limit is {MAX_BYTES:,})", b"")
            continue
        try:
            text = line.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield _record_error(where, f"not valid UTF-8 (byte {exc.start})", line)
            continue
        try:
            yield record_to_document(json.loads(text), where)
        except json.JSONDecodeError as exc:
            yield _record_error(where, f"malformed JSON ({exc.msg})", line)
        except InputError as exc:
            yield _record_error(where, str(exc).removeprefix(where + ": "), line)
    if not seen:
        yield SourceError(origin, "the file is empty")


def iter_jsonl_file(path: Path, origin: str | None = None) -> Iterator[Item]:
    origin = origin or os.path.normpath(str(path))
    try:
        with path.open("rb") as fh:
            yield from iter_jsonl_lines(fh, origin)
    except OSError as exc:
        yield SourceError(origin, f"cannot read ({exc.strerror})")


def _csv_record(row: dict[str, str | None], columns: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key in COLUMN_KEYS:
        column = columns.get(key, key)
        value = row.get(column)
        if value:
            record["published" if key == "date" else key] = value
    return record


def iter_csv_file(
    path: Path, columns: dict[str, str], delimiter: str | None = None, origin: str | None = None
) -> Iterator[Item]:
    """CSV rows → documents; ``columns`` maps text/title/date/url/language to column names."""
    origin = origin or os.path.normpath(str(path))
    try:
        fh = path.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        yield SourceError(origin, f"cannot read ({exc.strerror})")
        return
    with fh:
        reader = csv.DictReader(fh, delimiter=delimiter or ",")
        try:
            header = reader.fieldnames
            if not header:
                yield SourceError(origin, "the file is empty")
                return
            text_col = columns.get("text", "text")
            if text_col not in header:
                yield SourceError(
                    origin, f"no column {text_col!r} for the text (columns: {', '.join(header)})"
                )
                return
            for n, row in enumerate(reader, start=1):
                where = f"{origin}#{n}"
                record = _csv_record(row, columns)
                try:
                    yield record_to_document(record, where)
                except InputError as exc:
                    payload = json.dumps(record, ensure_ascii=False).encode()
                    yield _record_error(where, str(exc).removeprefix(where + ": "), payload)
        except UnicodeDecodeError as exc:
            yield SourceError(origin, f"not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first")
        except csv.Error as exc:
            yield SourceError(origin, f"malformed CSV ({exc})")


def iter_stream(stream: BinaryIO, origin: str) -> Iterator[Item]:
    """Standard input: JSONL when it starts with ``{``, an HTML page with ``<``, else one text."""
    buffered: Any = stream if hasattr(stream, "peek") else io.BufferedReader(stream)
    head = buffered.peek(4096)[:4096].lstrip()
    if head.startswith(b"{"):
        yield from iter_jsonl_lines(buffered, origin)
        return
    data = buffered.read(MAX_BYTES + 1)
    name = f"{origin}:{hashlib.sha256(data).hexdigest()[:16]}"
    try:
        text = decode(data, name)
        if head[:1] == b"<":
            yield parse_html(text, name)
        else:
            yield parse_text(text, name)
    except InputError as exc:
        yield SourceError(name, str(exc).removeprefix(name + ": "), data[:MAX_BYTES], replay="record")


# --- the web -----------------------------------------------------------------------------------


def _looks_like_feed(result: FetchResult) -> bool:
    ctype = result.content_type.lower()
    if any(t in ctype for t in ("rss", "atom", "/xml", "+xml")):
        return True
    head = result.content[:512].lstrip().lower()
    return head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf"))


def _page_document(result: FetchResult, origin: str) -> RawDocument:
    """A fetched page → a document; the page's bytes go with the error when it has no text."""
    try:
        text = decode(result.content, origin)
        ctype = result.content_type.lower()
        doc = parse_text(text, origin) if "text/plain" in ctype else parse_html(text, origin)
    except InputError as exc:
        raise FetchError(origin, str(exc).removeprefix(origin + ": "), result.content) from exc
    words = len(doc.text.split())
    if words < MIN_PAGE_WORDS:  # a menu or a cookie banner, not an article
        raise FetchError(origin, f"no article text found in the page (only {words} words)", result.content)
    doc.source = "web"
    doc.meta.update(etag=result.etag, last_modified=result.last_modified)
    return doc


def iter_url(url: str, fetcher: Fetcher, known: KnownLookup) -> Iterator[Item]:
    """An article page, or a feed when the server sends RSS/Atom."""
    prev = known([url]).get(url)
    try:
        result = fetcher.get(url, prev.etag if prev else None, prev.last_modified if prev else None)
    except FetchError as exc:
        yield exc
        return
    if result.not_modified:
        yield Skip(url)
        return
    if _looks_like_feed(result):
        yield from _feed_entries(url, result, fetcher, known)
        return
    try:
        yield _page_document(result, url)
    except FetchError as exc:
        yield exc


def iter_feed(url: str, fetcher: Fetcher, known: KnownLookup) -> Iterator[Item]:
    try:
        result = fetcher.get(url)
    except FetchError as exc:
        yield exc
        return
    yield from _feed_entries(url, result, fetcher, known)


def _entry_updated(entry: Any) -> str | None:
    # dict.get: feedparser's own get() maps updated → published with a DeprecationWarning
    value = dict.get(entry, "updated") or dict.get(entry, "published")
    return str(value) if value else None


def _entry_date(entry: Any) -> str | None:
    parsed = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def _feed_entries(url: str, result: FetchResult, fetcher: Fetcher, known: KnownLookup) -> Iterator[Item]:
    import feedparser

    parsed = feedparser.parse(result.content)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        reason = f"malformed feed ({problem})" if problem else "not an RSS or Atom feed"
        yield FetchError(url, reason, result.content)
        return
    broken = parsed.get("bozo_exception")
    malformed = isinstance(broken, xml.sax.SAXException)
    if malformed or (broken and not parsed.entries):
        # the feed is kept in quarantine; the entries read before the error still go on
        yield FetchError(url, f"malformed feed ({broken})", result.content)
    entries = list(parsed.entries)
    links = [e.get("link") for e in entries if e.get("link")]
    prev = known(links) if links else {}
    for n, entry in enumerate(entries, start=1):
        link = entry.get("link")
        if malformed and not link:
            continue
        if not link or not is_url(link):
            payload = json.dumps(
                {k: v for k, v in entry.items() if isinstance(v, str)}, ensure_ascii=False
            ).encode()
            yield SourceError(f"{url}#entry{n}", "malformed feed entry (no http(s) link)", payload)
            continue
        updated = _entry_updated(entry)
        seen = prev.get(link)
        if seen and updated and seen.feed_updated == updated:
            yield Skip(link)
            continue
        try:
            page = fetcher.get(link, seen.etag if seen else None, seen.last_modified if seen else None)
            if page.not_modified:
                yield Skip(link)
                continue
            doc = _page_document(page, link)
        except FetchError as exc:
            yield exc
            continue
        doc.title = doc.title or entry.get("title")
        doc.published = doc.published or _entry_date(entry)
        doc.meta.update(feed=url, feed_updated=updated)
        yield doc
