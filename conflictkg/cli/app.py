"""The command line: parses arguments, builds the store once, calls the library.

Every error meant for the user becomes one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import errno
import json
import math
import os
import signal
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from conflictkg.meta import __version__

try:  # typer >= 0.20 vendors click
    from typer._click import exceptions as click_exc
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as click_exc  # type: ignore[no-redef]
from conflictkg.cli import ask, exports, imports, jobs, lexicon, report
from conflictkg.cli.common import FormatOpt, Settings, check_format, err, settings_of
from conflictkg.cli.output import render
from conflictkg.errors import ConflictKGError
from conflictkg.exitcodes import EXIT_ERROR, EXIT_SIGNAL
from conflictkg.graph import embedded
from conflictkg.graph.open import default_home, redact

app = typer.Typer(
    help="conflictkg: news about wars → a knowledge graph of who did what to whom, where and when.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
store_app = typer.Typer(help="Start, stop or inspect the embedded FalkorDB server.", no_args_is_help=True)
app.add_typer(store_app, name="store")


def _version(value: bool) -> None:
    if value:
        print(f"conflictkg {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    store: Annotated[
        str | None,
        typer.Option(
            "--store",
            envvar="CONFLICTKG_STORE",
            help="Store URI: 'embedded' (default), falkordb://host:port, bolt://host:port, neo4j+s://host.",
        ),
    ] = None,
    home: Annotated[
        Path | None,
        typer.Option(
            "--home", envvar="CONFLICTKG_HOME", help="Data dir (default ~/.local/share/conflictkg)."
        ),
    ] = None,
    kb: Annotated[
        list[Path] | None,
        typer.Option("--kb", help="An extra knowledge-base file of actors (TOML or JSON); repeatable."),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    for path in kb or []:
        if not path.is_file():
            raise typer.BadParameter(f"{path}: no such knowledge-base file", param_hint="--kb")
    settings = Settings(store, (home or default_home()).expanduser(), kb or [])
    ctx.obj = settings
    ctx.call_on_close(settings.close)


# `ingest` lives in conflictkg/commands/jobs.py with the other ingestion commands.


@app.command()
def stats(ctx: typer.Context, fmt: FormatOpt = "table") -> None:
    """Count nodes by label and relationships by type."""
    from conflictkg.graph.stats import graph_stats

    check_format(fmt)
    rows = graph_stats(settings_of(ctx).store())
    render(rows, fmt, title="conflictkg graph", empty="The graph is empty.")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _not_a_number(text: str) -> Any:
    raise ValueError(text)


def _parse_param(text: str) -> tuple[str, Any]:
    if "=" not in text:
        raise typer.BadParameter(f"--param expects key=value, got {text!r}")
    key, raw = text.split("=", 1)
    key = key.strip().lstrip("$")
    try:
        value: Any = json.loads(raw, parse_float=_finite, parse_constant=_not_a_number)
    except json.JSONDecodeError:
        value = raw
    except ValueError as exc:  # NaN, Infinity, 1e999: Cypher has no such numbers
        raise typer.BadParameter(f"--param {key}: {exc} is not a finite number") from exc
    return key, value


@app.command()
def cypher(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help="A Cypher query, or @file.cypher to read one.")],
    param: Annotated[
        list[str] | None,
        typer.Option("--param", "-p", help="key=value (value parsed as JSON when it can be)."),
    ] = None,
    write: Annotated[bool, typer.Option(help="Allow the query to write (read-only otherwise).")] = False,
    fmt: FormatOpt = "table",
) -> None:
    """Run a Cypher query (read-only unless --write).

    With @FILE, the file's Neo4j Browser `:param name => value` lines give the parameters' defaults
    and each --param overrides one.
    """
    from conflictkg.graph.readonly import check_read_only
    from conflictkg.queries.files import browser_params, strip_browser_lines

    check_format(fmt)
    params: dict[str, Any] = {}
    if query.startswith("@"):
        path = query[1:]
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise ConflictKGError(f"{path}: cannot read ({exc.strerror})") from exc
        except UnicodeDecodeError as exc:
            raise ConflictKGError(f"{path}: not UTF-8 text") from exc
        try:
            params = browser_params(text)
        except ConflictKGError as exc:
            raise ConflictKGError(f"{path}: {exc}") from exc
        query = strip_browser_lines(text)
    if not write:
        check_read_only(query)
    params.update(_parse_param(p) for p in param or [])
    rows = settings_of(ctx).store().query(query, params, write=write)
    render(rows, fmt)


@store_app.command("start")
def store_start(ctx: typer.Context) -> None:
    """Start the embedded FalkorDB server (or reuse the running one)."""
    home = settings_of(ctx).home / "falkordb"
    sock = embedded.ensure_running(home)
    st = embedded.status(home)
    print(f"embedded FalkorDB running (pid {st.pid}) on {sock}")


@store_app.command("stop")
def store_stop(ctx: typer.Context) -> None:
    """Stop the embedded FalkorDB server; its data stays on disk."""
    home = settings_of(ctx).home / "falkordb"
    if embedded.stop(home):
        print("embedded FalkorDB stopped")
    else:
        print("embedded FalkorDB was not running")


@store_app.command("status")
def store_status(ctx: typer.Context) -> None:
    """Say whether the embedded FalkorDB server runs, and where its data is."""
    home = settings_of(ctx).home / "falkordb"
    st = embedded.status(home)
    state = f"running (pid {st.pid})" if st.running else "stopped"
    print(f"embedded FalkorDB: {state}; data in {st.data_dir}")


for _area in (ask, exports, imports, jobs, lexicon, report):
    _area.register(app)


def _one_line(text: str) -> str:
    return redact(" ".join(text.split()))


def _fail(message: str, code: int = EXIT_ERROR) -> None:
    err.print(f"error: {_one_line(message)}", markup=False)
    sys.exit(code)


def _check_utf8_arguments() -> None:
    # Python keeps undecodable argv bytes as lone surrogates; they would fail deep in a driver.
    for position, arg in enumerate(sys.argv[1:], 1):
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            shown = arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
            _fail(f"argument {position} is not valid UTF-8: {shown!r}")


def _os_error_message(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "no space left on device" + (f" ({exc.filename})" if exc.filename else "")
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}"


def _flush_stdout() -> None:
    """Flush here, where a full disk or closed pipe is one error line, not a shutdown traceback."""
    try:
        sys.stdout.flush()
    except OSError:
        devnull = os.open(os.devnull, os.O_WRONLY)  # nothing more can be written: drop the rest
        os.dup2(devnull, sys.stdout.fileno())
        raise


def main() -> None:
    _check_utf8_arguments()
    try:
        result = app(standalone_mode=False, prog_name="conflictkg")
        _flush_stdout()
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except click_exc.UsageError as exc:
        sub = exc.ctx.command_path.split(" ", 1)[1:] if exc.ctx else []
        hint = f" (see: {' '.join(['conflictkg', *sub, '--help'])})"
        _fail(f"{exc.format_message()}{hint}", exc.exit_code)
    except click_exc.ClickException as exc:
        _fail(exc.format_message(), exc.exit_code)
    except ConflictKGError as exc:
        _fail(str(exc))
    except (KeyboardInterrupt, typer.Abort):
        err.print("interrupted")
        sys.exit(EXIT_SIGNAL[signal.SIGINT])
    except BrokenPipeError:
        sys.exit(EXIT_ERROR)  # the reader went away (`| head`): nothing to tell it
    except OSError as exc:
        _fail(_os_error_message(exc))
    except MemoryError:
        _fail("out of memory")
    except UnicodeError as exc:
        _fail(f"text is not valid UTF-8 ({exc})")
    sys.exit(result if isinstance(result, int) else 0)


if __name__ == "__main__":
    main()
