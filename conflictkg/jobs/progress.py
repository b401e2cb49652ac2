"""How a run shows itself: a rich progress bar on a terminal, log lines otherwise.

``--log-format auto`` (the default) picks the bar when stderr is a terminal and plain ``key=value``
lines when it is not; ``--log-format json`` prints one JSON object a line on stderr
(``{"ts", "level", "event", ...fields}``) for log collectors. Secrets in URIs are redacted.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, Protocol, TextIO

from conflictkg.sources.http import redact

LOG_FORMATS = ("auto", "rich", "text", "json")


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


class Reporter(Protocol):
    def log(self, event: str, level: str = "info", **fields: Any) -> None: ...

    def start(self, total: int | None, sources: list[str]) -> None: ...

    def advance(self, counts: dict[str, Any]) -> None: ...

    def finish(self, counts: dict[str, Any]) -> None: ...


def _text_value(value: Any) -> str:
    if isinstance(value, str) and (not value or any(c.isspace() or c in '"=' for c in value)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


SUMMARY_KEYS = ("read", "new", "updated", "unchanged", "quarantined", "events", "no_events", "duration_s")


def summary_line(counts: dict[str, Any]) -> str:
    status = counts.get("status", "completed")
    head = "" if status == "completed" else f"{status}: "
    return (
        f"{head}read {counts.get('read', 0)}, new {counts.get('new', 0)}, "
        f"updated {counts.get('updated', 0)}, "
        f"unchanged {counts.get('unchanged', 0)}, quarantined {counts.get('quarantined', 0)}, "
        f"events {counts.get('events', 0)} (articles with none: {counts.get('no_events', 0)}) "
        f"in {float(counts.get('duration_s', 0.0)):.1f}s"
    )


class LineReporter:
    """Plain lines: ``ts level event key=value ...`` (text) or one JSON object a line (json)."""

    def __init__(self, fmt: str = "text", stream: TextIO | None = None) -> None:
        self.fmt = fmt
        self.stream = stream or sys.stderr

    def log(self, event: str, level: str = "info", **fields: Any) -> None:
        fields = {k: _clean(v) for k, v in fields.items() if v is not None}
        if self.fmt == "json":
            line = json.dumps({"ts": _now(), "level": level, "event": event, **fields}, ensure_ascii=False)
        else:
            parts = [f"{k}={_text_value(v)}" for k, v in fields.items()]
            line = " ".join([_now(), level, event, *parts])
        print(line, file=self.stream, flush=True)

    def start(self, total: int | None, sources: list[str]) -> None:
        self.log("run_started", total=total, sources=sources)

    def advance(self, counts: dict[str, Any]) -> None:
        fields: dict[str, Any] = {k: counts.get(k) for k in SUMMARY_KEYS}
        self.log("batch_written", "info", **fields)

    def finish(self, counts: dict[str, Any]) -> None:
        if self.fmt == "json":
            self.log("run_finished", **counts)
        else:
            self.log("run_finished", run_id=counts.get("run_id"), status=counts.get("status"))
            print(summary_line(counts), file=self.stream, flush=True)


class RichReporter:
    """A progress bar: articles (of the total when known), events, rate, ETA."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = Console(stderr=True, highlight=False)
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("[bold]ingest"),
            BarColumn(bar_width=24),
            MofNCompleteColumn(),
            TextColumn("articles, {task.fields[events]} events, {task.fields[rate]}/s"),
            TextColumn("{task.fields[quarantined]} quarantined"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self.task: Any = None

    def log(self, event: str, level: str = "info", **fields: Any) -> None:
        if level in {"warning", "error"}:
            detail = " ".join(f"{k}={_clean(v)}" for k, v in fields.items() if v is not None)
            self.console.print(f"[yellow]{event}[/] {detail}", markup=True, highlight=False)

    def start(self, total: int | None, sources: list[str]) -> None:
        self.progress.start()
        self.task = self.progress.add_task("ingest", total=total, events=0, rate="0.0", quarantined=0)

    def advance(self, counts: dict[str, Any]) -> None:
        done = int(counts.get("read", 0))
        secs = float(counts.get("elapsed_s") or counts.get("duration_s") or 0.0)
        rate = f"{done / secs:.1f}" if secs > 0 else "0.0"
        self.progress.update(
            self.task,
            completed=done,
            events=counts.get("events", 0),
            rate=rate,
            quarantined=counts.get("quarantined", 0),
        )

    def finish(self, counts: dict[str, Any]) -> None:
        if self.task is not None:
            self.advance(counts)
        self.progress.stop()
        self.console.print(summary_line(counts), markup=False, highlight=False)


def make_reporter(fmt: str, stream: TextIO | None = None) -> Reporter:
    stream = stream or sys.stderr
    if fmt not in LOG_FORMATS:
        from conflictkg.errors import ConflictKGError

        raise ConflictKGError(f"unknown log format {fmt!r}; use one of {', '.join(LOG_FORMATS)}")
    if fmt == "auto":
        fmt = "rich" if stream.isatty() else "text"
    if fmt == "rich":
        return RichReporter()
    return LineReporter(fmt, stream)
