"""Bad input anywhere on the command line is one `error:` line and a non-zero exit, never a traceback.

Each case runs the real CLI in a subprocess; no message may echo a password given in a store URI.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from conflictkg.graph.store import Store

Arg = str | bytes


def ckg(
    args: list[Arg], *, stdout: int | None = None, preexec: Callable[[], None] | None = None
) -> tuple[int, str]:
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args],
        stdout=stdout if stdout is not None else subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=preexec,
        timeout=300,
    )
    return proc.returncode, proc.stderr.decode("utf-8", "replace")


def one_error_line(result: tuple[int, str], *needles: str) -> str:
    code, stderr = result
    assert code != 0
    assert "Traceback" not in stderr and "Exception" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def home(tmp_path: Path) -> str:
    return str(tmp_path / "home")


# ---- arguments alone: no store is opened ---------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [b"cypher", b"RETURN '\xff' AS x"],
        [b"ask", b"actor", b"\xffTurquie"],
        [b"ask", b"who-backs-whom", b"--actor", b"\xfe\xff"],
    ],
)
def test_non_utf8_arguments(home: str, args: list[Arg]) -> None:
    one_error_line(ckg(["--home", home, *args]), "not valid UTF-8")


@pytest.mark.parametrize(
    ("param", "shown"), [("x=NaN", "NaN"), ("x=1e999", "1e999"), ("x=[1, -Infinity]", "-Infinity")]
)
def test_non_finite_params(home: str, param: str, shown: str) -> None:
    one_error_line(ckg(["--home", home, "cypher", "RETURN $x AS x", "--param", param]), shown, "finite")


@pytest.mark.parametrize(
    ("uri", "needle"),
    [
        ("falkordb://host:99999", "Port out of range"),
        ("falkordb://:S3cretPW@host:99999", "Port out of range"),
        ("bolt://[::1:7687", "Invalid IPv6"),
        ("bolt://neo4j:S3cretPW@[::1:7687", "Invalid IPv6"),
        ("blot://neo4j:S3cretPW@host", "unknown store URI"),
        ("bolt://neo4j:p@ss/S3cretPW@127.0.0.1:1", "cannot reach Neo4j"),
    ],
)
def test_bad_store_uri_without_secret(home: str, uri: str, needle: str) -> None:
    line = one_error_line(ckg(["--home", home, "--store", uri, "stats"]), needle)
    assert "S3cretPW" not in line


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_limit_below_one(home: str, limit: str) -> None:
    one_error_line(ckg(["--home", home, "ask", "who-backs-whom", "--limit", limit]), "--limit", "≥ 1")


def test_unusable_home(tmp_path: Path) -> None:
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    one_error_line(ckg(["--home", "/proc/foo", "stats"]), "/proc/foo", "--home")
    one_error_line(ckg(["--home", str(a_file / "sub"), "stats"]), "Not a directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a 0500 directory anyway")
def test_read_only_home(tmp_path: Path) -> None:
    home = tmp_path / "ro"
    home.mkdir(mode=0o500)
    one_error_line(ckg(["--home", str(home), "stats"]), "Permission denied")


def test_full_disk_on_stdout(home: str) -> None:
    with open("/dev/full", "wb") as full:
        one_error_line(ckg(["--version"], stdout=full.fileno()), "no space left on device")


# ---- with a store ---------------------------------------------------------------------------------


def test_full_disk_while_printing_rows(store: Store, cli_store_args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        result = ckg(
            [*cli_store_args, "cypher", "UNWIND range(1, 20000) AS x RETURN x", "-f", "csv"],
            stdout=full.fileno(),
        )
    one_error_line(result, "no space left on device")


def test_memory_error(store: Store, cli_store_args: list[str]) -> None:
    if store.kind != "falkordb":
        pytest.skip("one store is enough: the catch-all is in the CLI, not the store")

    def limit_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (1500 << 20, 1500 << 20))

    query = "UNWIND range(1, 30000000) AS x RETURN x"
    result = ckg([*cli_store_args, "cypher", query, "-f", "json"], preexec=limit_memory)
    one_error_line(result, "out of memory")


@pytest.mark.parametrize(
    ("command", "option", "value"),
    [
        (["ask", "who-backs-whom"], "--since", "2020-13-45"),
        (["ask", "place", "Asaba"], "--until", "2020-02-30"),
        (["export", "events"], "--since", "2020-13"),
        (["export", "events"], "--until", "2020/05"),
    ],
)
def test_bad_dates(
    store: Store, cli_store_args: list[str], command: list[str], option: str, value: str
) -> None:
    one_error_line(ckg([*cli_store_args, *command, option, value]), value, "ISO date")
