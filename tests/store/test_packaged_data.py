"""A packaged data file that is missing is a broken install: one clear error, never a default."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from conflictkg.errors import ConflictKGError
from conflictkg.knowledge import lexicon, packaged

pytestmark = pytest.mark.store

ROOT = Path(__file__).resolve().parents[2]
GDELT = ROOT / "tests" / "data" / "gdelt" / "20200509151500.export.CSV"


def test_a_missing_lexicon_file_names_itself(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(packaged, "resources", SimpleNamespace(files=lambda package: tmp_path))
    with pytest.raises(ConflictKGError) as raised:
        lexicon.load_lexicon.__wrapped__("en")
    assert str(raised.value) == (
        "packaged data file conflictkg/knowledge/data/lexicons/en.json cannot be read "
        "(No such file or directory): reinstall conflictkg"
    )


def test_a_missing_resolver_table_is_one_error_line_at_the_cli(falkordb_home: Path, tmp_path: Path) -> None:
    # a fresh process (no cached table) whose package data lies in an empty directory
    script = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from types import SimpleNamespace
        from conflictkg.knowledge import packaged
        packaged.resources = SimpleNamespace(files=lambda package: Path({str(tmp_path)!r}))
        sys.argv = ["conflictkg", "--home", {str(falkordb_home.parent)!r}, "import", "gdelt", {str(GDELT)!r},
                    "--no-gazetteer", "--no-link"]
        from conflictkg.cli.app import main
        main()
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        "error: packaged data file conflictkg/structured/data/acled/actors.json cannot be read "
        "(No such file or directory): reinstall conflictkg"
    ]
