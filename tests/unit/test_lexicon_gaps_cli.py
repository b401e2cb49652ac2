"""`conflictkg lexicon gaps` end to end: files in, ranked predicates out (needs the spaCy models)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.nlp


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *args], capture_output=True, text=True, timeout=300
    )


def test_gaps_lists_the_unknown_predicate_with_its_example(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("The Taliban patrolled the streets of Kandahar on Monday.\n")
    done = _cli("lexicon", "gaps", str(tmp_path), "--lang", "en", "--top", "3", "-f", "json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    first = rows[0]
    assert (first["rank"], first["lemma"], first["kind"], first["count"]) == (1, "patrol", "verb", 2)
    assert first["example"].startswith("The Taliban patrolled")


def test_gaps_errors_are_one_line() -> None:
    done = _cli("lexicon", "gaps", "/nonexistent/dir")
    assert done.returncode == 1
    assert done.stderr.strip().startswith("error:") and "Traceback" not in done.stderr
    done = _cli("lexicon", "gaps", "/nonexistent/dir", "--lang", "xx")
    assert done.returncode != 0 and "Traceback" not in done.stderr


def test_gaps_read_with_the_users_kb(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Yesterday the Zorbian Wolves patrolled the streets again.\n")
    kb = tmp_path / "kb.toml"
    kb.write_text('[[actor]]\nname = "Zorbian Wolves"\nkind = "armed_group"\n')
    done = _cli("--kb", str(kb), "lexicon", "gaps", str(tmp_path / "in"), "--lang", "en", "-f", "json")
    assert done.returncode == 0, done.stderr
    assert [r["lemma"] for r in json.loads(done.stdout)] == ["patrol"]
    kb.write_text("[[actor]]\nname = \n")  # the file is read: a broken one is an error, not ignored
    done = _cli("--kb", str(kb), "lexicon", "gaps", str(tmp_path / "in"), "--lang", "en")
    assert done.returncode != 0 and done.stderr.startswith("error:") and "Traceback" not in done.stderr
