"""Reading inputs into :class:`RawDocument` records, before any NLP.

Formats: the seed format (``␠date 2020-05␠`` then the text), plain text (optionally with a
``# source: ... dated 4 juillet 2012 ...`` header line), JSONL records (``title``, ``text``,
``published``, ``url``, ``language``) and HTML pages (main text via trafilatura).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.sources.http import redact

MAX_BYTES = 5_000_000
MAX_ARTICLE_BYTES = 1_000_000  # of text (UTF-8): the NLP cost of an article grows with its size
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES

_SEED_DATE = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+")
_SOURCE_HEADER = re.compile(r"^#\s*source:(?P<header>[^\n]*)\n")
_HEADER_TITLE = re.compile(r'title\s+"(?P<title>[^"]+)"')
_HEADER_DATED = re.compile(r"dated\s+(?P<date>[^;,]+)")


@dataclass
class RawDocument:
    """One article as read from its source, not yet parsed."""

    origin: str  # the path or URL as given to ingest (with #line for a JSONL record)
    text: str
    title: str | None = None
    published: str | None = None  # ISO date, possibly partial
    published_text: str | None = None  # a date in words from a header, resolved later
    language: str | None = None
    source: str = "text"
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # the origin is the article's identity (Article.url): credentials in a URL never reach the graph
        self.origin = redact(self.origin)

    @property
    def sha256(self) -> str:
        payload = json.dumps([self.title, self.published, self.published_text, self.language, self.text])
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def decode(data: bytes, origin: str) -> str:
    """Bytes → text, refusing empty, binary and non-UTF-8 input with a reason."""
    if not data.strip():
        raise InputError(f"{origin}: the file is empty")
    if len(data) > MAX_BYTES:
        raise InputError(f"{origin}: too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})")
    if b"\x00" in data[:8192]:
        raise InputError(f"{origin}: a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{origin}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8 first") from exc


def check_article_size(doc: RawDocument, limit: int = MAX_ARTICLE_BYTES) -> InputError | None:
    """The reason to refuse a document whose text is larger than ``limit`` bytes, else None."""
    size = len(doc.text.encode("utf-8"))
    if size > limit:
        return InputError(f"{doc.origin}: article too large: {size:,} bytes > {limit:,}")
    return None


def parse_text(text: str, origin: str) -> RawDocument:
    """The seed format or plain text with an optional ``# source:`` header."""
    doc = RawDocument(origin=origin, text=text)
    m = _SEED_DATE.match(text)
    if m:
        doc.published = m.group(1)
        doc.text = text[m.end() :]
    else:
        h = _SOURCE_HEADER.match(text)
        if h:
            header = h.group("header")
            doc.text = text[h.end() :]
            if t := _HEADER_TITLE.search(header):
                doc.title = t.group("title")
            if d := _HEADER_DATED.search(header):
                doc.published_text = d.group("date").strip()
            doc.meta["header"] = header.strip()
    doc.text = doc.text.strip()
    if not doc.text:
        raise InputError(f"{origin}: no text after the header")
    return doc


def parse_html(text: str, origin: str) -> RawDocument:
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, url=origin)
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or not body.strip():
        raise InputError(f"{origin}: no article text found in the HTML page")
    return RawDocument(
        origin=origin,
        text=body.strip(),
        title=getattr(extracted, "title", None),
        published=getattr(extracted, "date", None),
        language=getattr(extracted, "language", None),
    )


def record_to_document(record: Any, origin: str) -> RawDocument:
    """A JSON object with at least ``text`` → a document."""
    if not isinstance(record, dict):
        raise InputError(f"{origin}: a JSON object was expected")
    text = record.get("text") or record.get("body") or record.get("content")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{origin}: the record has no 'text'")
    published = record.get("published") or record.get("date")
    return RawDocument(
        origin=str(record.get("url") or origin),
        text=text.strip(),
        title=record.get("title"),
        published=str(published)[:10] if published else None,
        language=record.get("language") or record.get("lang"),
        meta={k: v for k, v in record.items() if k not in {"text", "body", "content"}},
    )


def iter_jsonl(text: str, origin: str) -> Iterator[RawDocument | InputError]:
    """Each line a record; a malformed line is an error of its own and the rest goes on."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{origin}#{lineno}"
        try:
            yield record_to_document(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: malformed JSON ({exc.msg})")
        except InputError as exc:
            yield exc


def read_file(path: Path, origin: str | None = None) -> Iterator[RawDocument | InputError]:
    """Every document in one file; errors are yielded, not raised, so a caller can go on."""
    origin = origin or os.path.normpath(str(path))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        yield InputError(f"{origin}: no such file")
        return
    except OSError as exc:
        yield InputError(f"{origin}: cannot read ({exc.strerror})")
        return
    try:
        text = decode(data, origin)
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from iter_jsonl(text, origin)
        elif suffix in HTML_SUFFIXES:
            yield parse_html(text, origin)
        else:
            yield parse_text(text, origin)
    except InputError as exc:
        yield exc


def expand_paths(paths: list[str], pattern: str = "*") -> Iterator[tuple[Path, str] | InputError]:
    """Files named, and files under directories named (recursive, sorted)."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob(pattern) if p.is_file() and not p.name.startswith("."))
            for p in found:
                if p.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield p, os.path.normpath(str(p))
        elif path.exists():
            yield path, os.path.normpath(given)
        else:
            yield InputError(f"{given}: no such file or directory")
