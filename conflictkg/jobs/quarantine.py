"""The quarantine: inputs that could not be used, each kept with its reason, and read again by
``conflictkg quarantine retry``."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.model import make_id
from conflictkg.sources.documents import decode, parse_html, parse_text, record_to_document
from conflictkg.sources.http import Fetcher, redact
from conflictkg.sources.inputs import Item, SourceError, iter_file, iter_path, iter_url

MAX_COPY_BYTES = 50_000_000  # a larger bad file is named in quarantine, not copied
MANUAL_RETRY = "cannot be retried automatically: the URL's credentials are not kept; ingest it again"


class Quarantine:
    """A folder of inputs that could not be used, each with its reason and what was read.

    ``<root>/<id>/reason.json`` holds ``{id, origin, reason, run_id, at, copy, replay}``; beside it
    the input itself: a copy of the file, the bytes a server sent, the JSONL line or CSV row.
    ``replay`` says how ``retry`` gets the input again: ``origin`` (read the path or fetch the URL
    again), ``record`` (parse the kept copy: edit it to fix a record, then retry) or ``manual`` (a
    URL with credentials, which are not kept: ingest it again from its source).
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @staticmethod
    def id_of(origin: str) -> str:
        return make_id("q", origin).split(":", 1)[1]

    def add(
        self,
        origin: str,
        reason: str,
        run_id: str,
        payload: bytes | None = None,
        replay: str = "origin",
    ) -> Path:
        if replay == "origin" and is_url(origin) and redact(origin) != origin:
            # The entry keeps the URL without its credentials: fetching that could only fail.
            replay = "manual"
            reason += f"; {MANUAL_RETRY}"
        qid = self.id_of(origin)
        entry = self.root / qid
        if entry.exists():
            shutil.rmtree(entry, ignore_errors=True)
        entry.mkdir(parents=True, exist_ok=True)
        copied: Path | None = None
        src = Path(origin)
        if payload is not None:
            copied = entry / ("record.json" if replay == "record" and payload[:1] == b"{" else "payload")
            copied.write_bytes(payload)
        elif not is_url(origin) and src.is_file() and src.stat().st_size <= MAX_COPY_BYTES:
            copied = entry / (src.name or "input")
            shutil.copyfile(src, copied)
        record = {
            "id": qid, "origin": redact(origin), "reason": reason, "run_id": run_id,
            "at": dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"),
            "copy": str(copied) if copied else None, "replay": replay,
        }  # fmt: skip
        tmp = entry / "reason.json.tmp"
        tmp.write_text(json.dumps(record, ensure_ascii=False, indent=1))
        tmp.replace(entry / "reason.json")
        return entry

    def list(self) -> list[dict[str, Any]]:
        if not self.root.exists():
            return []
        out = []
        for p in sorted(self.root.glob("*/reason.json")):
            try:
                record = json.loads(p.read_text())
            except (OSError, json.JSONDecodeError):
                continue
            record.setdefault("id", p.parent.name)
            record.setdefault("replay", "origin")
            out.append(record)
        out.sort(key=lambda r: (r.get("at") or "", r["id"]))
        return out

    def get(self, qid: str) -> dict[str, Any] | None:
        return next((r for r in self.list() if r["id"] == qid), None)

    def remove(self, origin: str) -> None:
        self.remove_id(self.id_of(origin))

    def remove_id(self, qid: str) -> None:
        shutil.rmtree(self.root / qid, ignore_errors=True)


def failure_parts(error: InputError) -> tuple[str, str, bytes | None, str, bool]:
    """(origin, reason, payload, replay, quarantine?) of any InputError."""
    origin = getattr(error, "origin", None)
    reason = getattr(error, "reason", None)
    if origin is None or reason is None:
        text = str(error)
        origin, _, reason = text.partition(": ")
        reason = reason or text
    return (
        origin,
        reason,
        getattr(error, "payload", None),
        getattr(error, "replay", "origin"),
        getattr(error, "quarantine", True),
    )


def is_url(origin: str) -> bool:
    return origin.startswith(("http://", "https://"))


def replay_items(entries: Iterable[dict[str, Any]], fetcher: Fetcher | None = None) -> Iterator[Item]:
    """The inputs of quarantine entries, read again (see :class:`Quarantine`)."""
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        for entry in entries:
            origin = entry["origin"]
            if entry.get("replay") == "record":
                yield from _replay_record(origin, entry.get("copy"))
            elif entry.get("replay") == "manual":
                yield SourceError(origin, MANUAL_RETRY, quarantine=False)
            elif is_url(origin):
                yield from iter_url(origin, fetcher, lambda urls: {})
            else:
                path = Path(origin)
                base = origin.rsplit("#", 1)[0]
                if path.is_file():
                    yield from iter_file(path, origin)
                elif base != origin and Path(base).is_file():  # one record of a file, nothing kept
                    reason = f"a record of {base}: read that file again to retry it"
                    yield SourceError(origin, reason, quarantine=False)
                else:
                    yield from iter_path(origin)
    finally:
        if own:
            fetcher.close()


def _replay_record(origin: str, copy: str | None) -> Iterator[Item]:
    try:
        data = Path(copy).read_bytes() if copy else b""
    except OSError as exc:
        yield SourceError(origin, f"the quarantined copy is gone ({exc.strerror})", quarantine=False)
        return
    try:
        text = decode(data, origin)
        if text.lstrip().startswith("{"):
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                raise SourceError(origin, f"malformed JSON ({exc.msg})", data, replay="record") from exc
            yield record_to_document(record, origin)
        elif text.lstrip().startswith("<"):
            yield parse_html(text, origin)
        else:
            yield parse_text(text, origin)
    except SourceError as exc:
        yield exc
    except InputError as exc:
        yield SourceError(origin, str(exc).removeprefix(origin + ": "), data, replay="record")
