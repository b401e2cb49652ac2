"""`conflictkg ingest`, `schedule`, `runs`, `quarantine list|retry`: ingestion, attended or not.

Exit statuses of ``ingest``, ``schedule --once`` and ``quarantine retry``:

- 0: done, nothing quarantined
- 1: an error (bad option or config, store unreachable, an input path that does not exist or is
  not a regular file: the Run node then says ``failed``)
- 3: done, but some inputs were quarantined (``conflictkg quarantine list``)
- 75: another run holds the lock on this store (EX_TEMPFAIL; ``--wait SECONDS`` waits for it)
- 130 / 143: stopped by SIGINT / SIGTERM after writing the current batch (nothing half-written;
  the Run node says ``interrupted``)
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Annotated, Any
from urllib.parse import urlparse

import typer

from conflictkg.cli.common import FormatOpt, Settings, check_format, err, settings_of
from conflictkg.cli.output import render
from conflictkg.errors import ConflictKGError, InputError
from conflictkg.exitcodes import EXIT_ERROR, EXIT_LOCKED, EXIT_OK, EXIT_QUARANTINED, EXIT_SIGNAL
from conflictkg.sources.articles import ArticleExtractor, Extractor

BatchOpt = Annotated[int, typer.Option(min=1, help="Articles per NLP and write batch.")]
WorkersOpt = Annotated[
    int,
    typer.Option(
        min=1,
        help="NLP worker processes, one pool for the run (each batch split among them); 1: in this process.",
    ),
]
DaskOpt = Annotated[
    str | None,
    typer.Option(
        "--dask",
        metavar="local|tcp://HOST:8786",
        help="Extract on a Dask cluster: 'local' starts --workers processes here (default: one a "
        "core), else a scheduler's address (needs the dask extra). This process writes the graph.",
    ),
]
NoNlpOpt = Annotated[bool, typer.Option("--no-nlp", help="Write the articles only, without extraction.")]
WaitOpt = Annotated[
    float,
    typer.Option(min=0, help="Seconds to wait for another run on the same store to finish (0: refuse)."),
]
LogOpt = Annotated[
    str,
    typer.Option(
        "--log-format",
        help="auto (a progress bar on a terminal, text lines otherwise), rich, text, or json "
        "(one JSON object a line on stderr).",
    ),
]
ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", help="A TOML file listing the sources (see docs).")
]
TimeoutOpt = Annotated[
    float | None, typer.Option(min=0.01, help="HTTP timeout in seconds (overrides the config).")
]
LanguageOpt = Annotated[
    str | None,
    typer.Option(
        "--language",
        help="The language of every article of the given paths (fr or en), instead of detecting it.",
    ),
]
RetriesOpt = Annotated[int | None, typer.Option(min=0, help="HTTP retries (overrides the config).")]
RateOpt = Annotated[
    float | None,
    typer.Option(min=0, help="Minimum seconds between requests to one host (overrides the config)."),
]


def build_extractor(
    settings: Settings, no_nlp: bool, workers: int = 1, batch_size: int = 64, dask: str | None = None
) -> Extractor:
    """The extractor a run uses: the NLP one, or the article-only one with ``--no-nlp``."""
    if no_nlp:
        return ArticleExtractor()
    kb_files = [str(f) for f in settings.kb_files] or None
    if dask:
        try:
            from conflictkg.jobs.dask_pool import DaskExtractor
        except ImportError as exc:  # an optional extra, not one of our modules
            extra = "pip install 'conflictkg[dask]'"
            raise ConflictKGError(f"--dask needs the dask extra: {extra} ({exc})") from None
        local_workers = workers if workers > 1 else (os.cpu_count() or 2)
        return DaskExtractor(dask, workers=local_workers, kb_files=kb_files)
    if workers > 1:
        # one pool of spawned workers for the whole run; each loads the pipeline once and gets its
        # share of every batch (the user's --kb files passed to them explicitly)
        from conflictkg.jobs.pool import PoolExtractor

        return PoolExtractor(workers, kb_files=kb_files)
    from conflictkg.nlp.extractor import NLPExtractor

    # The gazetteer index stays in the user's cache dir, shared by every data dir: it derives from a
    # package's data only, and building it once per data dir would cost a minute each time.
    return NLPExtractor(kb=settings.user_kb())


# --- signals, lock, reporting ---------------------------------------------------------------------


class StopFlag:
    """SIGINT/SIGTERM ask the run to stop after its current batch; a second signal stops at once.

    The handler only sets the flag (printing or taking a lock in a handler can break the line or
    the lock the interrupted code was using); the message is logged where the flag is polled.
    """

    def __init__(self, log_format: str = "auto") -> None:
        self.signum: int | None = None
        self.log_format = log_format
        self._announced = False

    def __call__(self) -> bool:
        if self.signum is None:
            return False
        if not self._announced:
            self._announced = True
            self._announce(signal.Signals(self.signum).name)
        return True

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signum is not None:
            raise KeyboardInterrupt
        self.signum = signum

    def _announce(self, name: str) -> None:
        if self.log_format in {"json", "text"} or (self.log_format == "auto" and not sys.stderr.isatty()):
            from conflictkg.jobs.progress import LineReporter

            fmt = "json" if self.log_format == "json" else "text"
            LineReporter(fmt).log("stopping", "warning", signal=name, after="the current batch")
        else:
            err.print(
                f"{name}: finishing the current batch, then stopping (again: stop at once)", markup=False
            )

    @contextmanager
    def installed(self) -> Iterator[StopFlag]:
        old = {s: signal.signal(s, self._handle) for s in EXIT_SIGNAL}
        try:
            yield self
        finally:
            for s, h in old.items():
                signal.signal(s, h)

    def exit_code(self) -> int | None:
        return EXIT_SIGNAL.get(signal.Signals(self.signum)) if self.signum is not None else None


def lock_key(settings: Settings) -> str:
    """The store a run writes to, without credentials, as the lock's key."""
    uri = settings.store_uri or "embedded"
    if uri == "embedded":
        return f"embedded:{settings.home.resolve()}"
    parsed = urlparse(uri)
    host = parsed.hostname or ""
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{host}{port}{parsed.path}"


def _reporter(fmt: str) -> Any:
    from conflictkg.jobs.progress import make_reporter

    return make_reporter(fmt)


def _exit_code(summary: Any, stop: StopFlag) -> int:
    code = stop.exit_code()
    if code is not None:
        return code
    if summary.missing:
        return EXIT_ERROR
    if summary.quarantined:
        return EXIT_QUARANTINED
    return EXIT_OK


def _checked_language(code: str | None) -> str | None:
    from conflictkg.knowledge.lexicon import SUPPORTED

    if code is not None and code not in SUPPORTED:
        raise typer.BadParameter(f"unsupported language {code!r}; use one of {', '.join(SUPPORTED)}")
    return code


def _sources(
    paths: list[str],
    config: Path | None,
    timeout: float | None,
    retries: int | None,
    rate: float | None,
    language: str | None = None,
) -> tuple[list[Any], Any]:
    from conflictkg.sources.config import load_config
    from conflictkg.sources.http import HttpSettings
    from conflictkg.sources.inputs import spec_of_argument

    specs: list[Any] = []
    http = HttpSettings()
    if config is not None:
        cfg = load_config(config)
        specs.extend(cfg.sources)
        http = cfg.http
    if language is not None and not paths:
        raise InputError("--language applies to the paths given on the command line; none given")
    specs.extend(spec_of_argument(p, language) for p in paths)
    if not specs:
        raise InputError("nothing to ingest: name files, directories, URLs or - (stdin), or pass --config")
    if timeout is not None:
        http.timeout = timeout
    if retries is not None:
        http.retries = retries
    if rate is not None:
        http.rate_limit = rate
    return specs, http


def _extraction(config: Path | None) -> Any:
    """The config's [extraction] table (where extraction runs), or its defaults."""
    from conflictkg.sources.config import ExtractionSettings, load_config

    return load_config(config).extraction if config is not None else ExtractionSettings()


def _count_documents(specs: list[Any]) -> int | None:
    """The number of documents when cheap to know (local text/HTML files only), for the ETA."""
    from conflictkg.sources.documents import HTML_SUFFIXES, TEXT_SUFFIXES

    total = 0
    for spec in specs:
        if spec.kind != "path":
            return None
        path = Path(spec.target)
        if path.is_file():
            files = [path]
        elif path.is_dir():
            files = [p for p in (path.glob(spec.glob) if spec.glob else path.rglob("*")) if p.is_file()]
        else:
            continue
        for p in files:
            if p.suffix.lower() not in TEXT_SUFFIXES | HTML_SUFFIXES:
                return None
            total += 1
    return total


def run_once(
    settings: Settings,
    specs: list[Any],
    http: Any,
    *,
    stop: StopFlag,
    force: bool,
    batch_size: int,
    workers: int,
    no_nlp: bool,
    wait: float,
    log_format: str,
    extractor: Extractor | None = None,
    dask: str | None = None,
) -> int:
    """One locked ingestion run; returns its exit status."""
    from conflictkg.jobs.ingest import Quarantine, run_sources
    from conflictkg.jobs.locking import RunLock

    reporter = _reporter(log_format)
    own = extractor is None
    with RunLock(settings.home, lock_key(settings), wait=wait, cancel=stop), contextlib.ExitStack() as stack:
        store = settings.store()
        extractor = extractor or build_extractor(settings, no_nlp, workers, batch_size, dask)
        if own and hasattr(extractor, "close"):
            stack.callback(extractor.close)
        total = _count_documents(specs) if type(reporter).__name__ == "RichReporter" else None
        summary = run_sources(
            store,
            specs,
            extractor=extractor,
            quarantine=Quarantine(settings.home / "quarantine"),
            http=http,
            stdin=sys.stdin.buffer if any(s.kind == "stdin" for s in specs) else None,
            batch_size=batch_size,
            force=force,
            reporter=reporter,
            should_stop=stop,
            total=total,
        )
    if type(reporter).__name__ == "RichReporter":
        for failure in summary.failures:
            err.print(f"not ingested: {failure.origin}: {failure.reason}", markup=False)
    return _exit_code(summary, stop)


def _locked_exit(exc: ConflictKGError, stop: StopFlag) -> typer.Exit:
    code = stop.exit_code()
    if code is not None:  # stopped by a signal while waiting for the lock
        return typer.Exit(code)
    err.print(f"error: {exc}", markup=False, soft_wrap=True)
    return typer.Exit(EXIT_LOCKED)


def ingest(
    ctx: typer.Context,
    paths: Annotated[
        list[str] | None,
        typer.Argument(help="Files, directories (recursive), glob patterns, http(s) URLs, or - for stdin."),
    ] = None,
    config: ConfigOpt = None,
    force: Annotated[bool, typer.Option(help="Re-extract articles even when unchanged.")] = False,
    batch_size: BatchOpt = 64,
    workers: WorkersOpt = 1,
    dask: DaskOpt = None,
    no_nlp: NoNlpOpt = False,
    wait: WaitOpt = 0.0,
    log_format: LogOpt = "auto",
    timeout: TimeoutOpt = None,
    retries: RetriesOpt = None,
    rate_limit: RateOpt = None,
    language: LanguageOpt = None,
) -> None:
    """Ingest articles: extract their events and write them to the graph (idempotent, incremental).

    Exit status: 0 done, 1 an error or a missing input, 3 some inputs quarantined,
    75 another run holds the lock, 130/143 stopped by SIGINT/SIGTERM (current batch written).
    """
    from conflictkg.jobs.locking import LockBusy

    settings = settings_of(ctx)
    specs, http = _sources(paths or [], config, timeout, retries, rate_limit, _checked_language(language))
    extraction = _extraction(config)
    stop = StopFlag(log_format)
    with stop.installed():
        try:
            code = run_once(
                settings, specs, http, stop=stop, force=force, batch_size=batch_size, workers=workers,
                no_nlp=no_nlp, wait=wait, log_format=log_format, dask=dask or extraction.dask,
            )  # fmt: skip
        except LockBusy as exc:
            raise _locked_exit(exc, stop) from None
    if code:
        raise typer.Exit(code)


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """``90``, ``30s``, ``15m``, ``1h30m``, ``1d`` → seconds."""
    compact = text.strip().lower().replace(" ", "")
    pos, total = 0, 0.0
    while pos < len(compact):
        m = _DURATION.match(compact, pos)
        if not m or m.end() == pos:
            raise typer.BadParameter(f"not a duration: {text!r} (use e.g. 30s, 15m, 1h30m)")
        total += float(m.group(1)) * _UNIT[m.group(2)]
        pos = m.end()
    if total <= 0:
        raise typer.BadParameter(f"the interval must be positive, got {text!r}")
    return total


def schedule(
    ctx: typer.Context,
    config: Annotated[Path, typer.Option("--config", "-c", help="A TOML file listing the sources.")],
    every: Annotated[str, typer.Option(help="Interval between run starts: 30s, 15m, 1h...")] = "15m",
    once: Annotated[bool, typer.Option("--once", help="Run once and exit (for cron).")] = False,
    force: Annotated[bool, typer.Option(help="Re-extract articles even when unchanged.")] = False,
    batch_size: BatchOpt = 64,
    workers: WorkersOpt = 1,
    dask: DaskOpt = None,
    no_nlp: NoNlpOpt = False,
    wait: WaitOpt = 0.0,
    log_format: LogOpt = "auto",
) -> None:
    """Ingest the sources of a config now and then every interval, until SIGTERM/SIGINT.

    Runs start at fixed intervals; a run that overruns makes the next start when it ends (ticks are
    never stacked). The config is read again before each run. A run that finds the lock held is
    skipped. SIGTERM/SIGINT finish the current batch and exit 143/130.
    """
    from conflictkg.jobs.locking import LockBusy
    from conflictkg.jobs.progress import make_reporter

    settings = settings_of(ctx)
    interval = parse_duration(every)
    _sources([], config, None, None, None)  # fail fast on a bad config
    stop = StopFlag(log_format)
    log = make_reporter("text" if log_format in {"auto", "rich"} else log_format)
    extractor: list[Extractor] = []

    def tick() -> int:
        specs, http = _sources([], config, None, None, None)
        if not extractor:
            extraction = _extraction(config)
            extractor.append(build_extractor(settings, no_nlp, workers, batch_size, dask or extraction.dask))
        return run_once(
            settings, specs, http, stop=stop, force=force, batch_size=batch_size, workers=workers,
            no_nlp=no_nlp, wait=wait, log_format=log_format, extractor=extractor[0],
        )  # fmt: skip

    with stop.installed():
        if once:
            try:
                code = tick()
            except LockBusy as exc:
                raise _locked_exit(exc, stop) from None
            if code:
                raise typer.Exit(code)
            return
        log.log("schedule_started", config=str(config), every_s=interval)
        _loop(tick, interval, stop, log)
    code = stop.exit_code() or 0
    log.log("schedule_stopped", exit=code)
    raise typer.Exit(code)


def _loop(tick: Callable[[], int], interval: float, stop: StopFlag, log: Any) -> None:
    from conflictkg.jobs.locking import LockBusy

    start = time.monotonic()
    n = 0
    while not stop():
        try:
            code = tick()
            if code not in (EXIT_OK, None):
                log.log("run_ended", "warning", exit=code)
        except LockBusy as exc:
            log.log("run_skipped", "warning", reason=str(exc))
        except ConflictKGError as exc:  # the store was down, a config turned bad: try next tick
            log.log("run_failed", "error", reason=" ".join(str(exc).split()))
        except Exception as exc:  # a bug must not end a months-long schedule; the next tick tries again
            log.log("run_crashed", "error", reason=f"{type(exc).__name__}: {' '.join(str(exc).split())}")
        if stop():
            break
        n = max(n + 1, int((time.monotonic() - start) // interval) + 1)
        while not stop() and time.monotonic() < start + n * interval:
            time.sleep(min(0.5, max(0.0, start + n * interval - time.monotonic())))


def runs(
    ctx: typer.Context,
    limit: Annotated[int, typer.Option(min=1, help="How many runs, newest first.")] = 20,
    fmt: FormatOpt = "table",
) -> None:
    """List past ingestion runs, newest first: what each read, wrote and quarantined.

    A run still marked ``running`` whose process has ended (killed, crashed) shows ``interrupted``.
    """
    check_format(fmt)
    rows = (
        settings_of(ctx)
        .store()
        .query(
            "MATCH (r:Run) RETURN r.id AS id, r.started_at AS started_at, r.finished_at AS finished_at, "
            "r.status AS status, r.read AS read, r.new AS new, r.updated AS updated, "
            "r.unchanged AS unchanged, r.quarantined AS quarantined, r.events AS events, "
            "r.duration_s AS duration_s, r.sources AS sources, "
            "r.host AS host, r.pid AS pid, r.pid_start AS pid_start "
            "ORDER BY started_at DESC, id DESC LIMIT $limit",
            {"limit": limit},
        )
    )
    rows = [_run_row(r) for r in rows]
    if fmt == "table":  # the full record in json / csv; what fits a terminal here
        rows = [{k: v for k, v in r.items() if k not in {"finished_at", "sources"}} for r in rows]
    render(rows, fmt, title="ingestion runs", empty="No runs yet.")


def _run_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Run node as listed: a ``running`` run whose process is gone was interrupted."""
    from conflictkg.jobs.locking import process_gone

    host, pid, pid_start = row.pop("host"), row.pop("pid"), row.pop("pid_start")
    if row["status"] == "running" and process_gone(host, pid, pid_start):
        row["status"] = "interrupted"
    return row


quarantine_app = typer.Typer(help="Inputs that could not be ingested, and why.", no_args_is_help=True)


@quarantine_app.command("list")
def quarantine_list(ctx: typer.Context, fmt: FormatOpt = "table") -> None:
    """List quarantined inputs with their reasons (oldest first)."""
    from conflictkg.jobs.ingest import Quarantine

    check_format(fmt)
    entries = Quarantine(settings_of(ctx).home / "quarantine").list()
    rows = [
        {k: e.get(k) for k in ("id", "origin", "reason", "at", "run_id", "replay", "copy")} for e in entries
    ]
    render(rows, fmt, title="quarantine", empty="The quarantine is empty.")


@quarantine_app.command("retry")
def quarantine_retry(
    ctx: typer.Context,
    ids: Annotated[list[str] | None, typer.Argument(help="Entry ids (default: every entry).")] = None,
    batch_size: BatchOpt = 64,
    no_nlp: NoNlpOpt = False,
    wait: WaitOpt = 0.0,
    log_format: LogOpt = "auto",
) -> None:
    """Ingest quarantined inputs again; those that now succeed leave the quarantine."""
    from conflictkg.jobs.ingest import Quarantine, retry_quarantined
    from conflictkg.jobs.locking import LockBusy, RunLock

    settings = settings_of(ctx)
    quarantine = Quarantine(settings.home / "quarantine")
    if not quarantine.list():
        err.print("The quarantine is empty.")
        return
    stop = StopFlag(log_format)
    with stop.installed():
        try:
            with RunLock(settings.home, lock_key(settings), wait=wait, cancel=stop):
                summary, cleared = retry_quarantined(
                    settings.store(),
                    quarantine,
                    ids or None,
                    extractor=build_extractor(settings, no_nlp, 1, batch_size),
                    batch_size=batch_size,
                    reporter=_reporter(log_format),
                    should_stop=stop,
                )
        except LockBusy as exc:
            raise _locked_exit(exc, stop) from None
    err.print(f"left the quarantine: {len(cleared)}; still there: {len(quarantine.list())}", markup=False)
    code = _exit_code(summary, stop)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.command()(ingest)
    app.command()(schedule)
    app.command()(runs)
    app.add_typer(quarantine_app, name="quarantine")
